/*
 * test_harness.c — checks check.h itself.
 *
 * Run plainly, it makes passing checks, then runs itself again with the
 * argument "fail" (where every check fails on purpose) and checks what that
 * child printed and returned.
 */
#define _POSIX_C_SOURCE 200809L	/* popen() under -std=c11 */

#include <stdlib.h>
#include <sys/wait.h>

#include "check.h"

/* The child: each kind of check failing once, then check_done(). */
static int
failing_run(void)
{
	CHECK(1 == 2, "plain");
	CHECK_STR_EQ("25亿", "30亿", "string 37.6%");
	CHECK_STR_EQ(NULL, "x", "null string");
	CHECK_INT_EQ(25, 30, "integer");
	return check_done();
}

/* Run ourselves with "fail"; return its output (static) and exit status. */
static const char *
run_failing_child(const char *self, int *status)
{
	static char out[4096];
	char		cmd[1024];
	size_t		n = 0, r;
	FILE	   *p;

	snprintf(cmd, sizeof cmd, "'%s' fail", self);
	if ((p = popen(cmd, "r")) == NULL)
		return NULL;
	while (n < sizeof out - 1 && (r = fread(out + n, 1, sizeof out - 1 - n, p)) > 0)
		n += r;
	out[n] = '\0';
	*status = pclose(p);
	return out;
}

int
main(int argc, char **argv)
{
	const char *out;
	int			status = -1;

	if (argc > 1 && strcmp(argv[1], "fail") == 0)
		return failing_run();

	CHECK(1, "CHECK passes on a true condition");
	CHECK_STR_EQ("二十五亿", "二十五亿", "CHECK_STR_EQ on equal UTF-8 strings");
	CHECK_STR_EQ(NULL, NULL, "CHECK_STR_EQ on two NULLs");
	CHECK_INT_EQ(2500000000LL, 25 * 100000000LL, "CHECK_INT_EQ beyond 32 bits");
	CHECK_STR_EQ(check_fmt("%s=%d", "n", 25), "n=25", "check_fmt formats a name");

	out = run_failing_child(argv[0], &status);
	if (!CHECK(out != NULL, "the failing child runs"))
		return check_done();
	CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 1, "a failing run exits with 1");
	CHECK(strstr(out, "not ok 1 - plain\n") != NULL, "a failure prints 'not ok N - name'");
	CHECK(strstr(out, "not ok 2 - string 37.6%\n") != NULL, "a name may contain '%'");
	CHECK(strstr(out, "#   got \"25亿\", want \"30亿\"\n") != NULL, "strings show got and want");
	CHECK(strstr(out, "#   got NULL, want \"x\"\n") != NULL, "NULL shows as NULL");
	CHECK(strstr(out, "#   got 25, want 30\n") != NULL, "integers show got and want");
	CHECK(strstr(out, "1..4\n") != NULL, "check_done prints the plan");
	return check_done();
}
