/*
 * check.h — a tiny TAP-style harness for zhnum's C unit tests.
 *
 * Each check prints one line, "ok N - name" or "not ok N - name"; a failed
 * comparison adds a "#   got ..., want ..." diagnostic.  check_done() prints
 * the plan "1..N" and returns the process exit status (0 only when at least
 * one check ran and none failed).  test/zhnum-env.sh counts those lines.
 *
 *	#include "check.h"
 *	int main(void)
 *	{
 *		CHECK(1 + 1 == 2, "addition");
 *		CHECK_STR_EQ(zn_something("25亿"), "2500000000", "25亿");
 *		CHECK_INT_EQ(strlen("abc"), 3, "strlen");
 *		return check_done();
 *	}
 *
 * Names are plain strings (they may contain '%'); check_fmt() builds one
 * printf-style when a test loops over a table of cases.  Every check macro
 * returns whether it passed, so a test can skip dependent checks.
 */
#ifndef ZHNUM_CHECK_H
#define ZHNUM_CHECK_H

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

static int check_count_;
static int check_failed_;

/* Print one result line (flushed, so a later crash loses nothing). */
static inline int
check_report_(int ok, const char *name, const char *file, int line)
{
	++check_count_;
	printf("%sok %d - %s\n", ok ? "" : "not ", check_count_, name ? name : "");
	if (!ok)
	{
		++check_failed_;
		printf("#   at %s:%d\n", file, line);
	}
	fflush(stdout);
	return ok;
}

static inline int
check_str_eq_(const char *got, const char *want, const char *name,
			  const char *file, int line)
{
	int			ok = (got == NULL || want == NULL) ? got == want
		: strcmp(got, want) == 0;

	if (!check_report_(ok, name, file, line))
	{
		printf("#   got %s%s%s, want %s%s%s\n",
			   got ? "\"" : "", got ? got : "NULL", got ? "\"" : "",
			   want ? "\"" : "", want ? want : "NULL", want ? "\"" : "");
		fflush(stdout);
	}
	return ok;
}

static inline int
check_int_eq_(long long got, long long want, const char *name,
			  const char *file, int line)
{
	if (!check_report_(got == want, name, file, line))
	{
		printf("#   got %lld, want %lld\n", got, want);
		fflush(stdout);
	}
	return got == want;
}

#define CHECK(cond, name) \
	check_report_(!!(cond), (name), __FILE__, __LINE__)
#define CHECK_STR_EQ(got, want, name) \
	check_str_eq_((got), (want), (name), __FILE__, __LINE__)
#define CHECK_INT_EQ(got, want, name) \
	check_int_eq_((long long) (got), (long long) (want), (name), __FILE__, __LINE__)

/* A printf-style name; the result lives until the 8th later call. */
static inline const char *
check_fmt(const char *fmt,...) __attribute__((format(printf, 1, 2)));
static inline const char *
check_fmt(const char *fmt,...)
{
	static char buf[8][256];
	static int	next;
	char	   *b = buf[next++ % 8];
	va_list		ap;

	va_start(ap, fmt);
	vsnprintf(b, sizeof buf[0], fmt, ap);
	va_end(ap);
	return b;
}

/* Print the plan and a summary; return the exit status for main(). */
static inline int
check_done(void)
{
	printf("1..%d\n", check_count_);
	if (check_count_ == 0)
		printf("# no checks ran\n");
	else if (check_failed_ > 0)
		printf("# %d of %d checks failed\n", check_failed_, check_count_);
	fflush(stdout);
	return (check_count_ == 0 || check_failed_ > 0) ? 1 : 0;
}

#endif							/* ZHNUM_CHECK_H */
