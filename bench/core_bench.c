/*
 * core_bench.c — speed of zhnum's parsing core alone (no PostgreSQL).
 *
 *   core_bench run INPUT_DIR DATA_FILE [--runs N] [--ms MS] [--mb MB]
 *       parses per second of zn_parse_number over INPUT_DIR/numbers.txt,
 *       zn_parse(ZN_KIND_MONEY) over INPUT_DIR/amounts.txt plus generated
 *       amounts ("386.42 亿元"), zn_parse(ZN_KIND_DATE, fixed ref) over
 *       INPUT_DIR/dates.txt; MB/s of zn_extract over a corpus of at least MB
 *       MiB (default 50) made of the paragraphs of DATA_FILE in a seeded random
 *       order.  Each figure is the best of N runs (default 5) of about MS
 *       milliseconds (default 200), timed with CLOCK_MONOTONIC; the parse
 *       kinds take turns, one run each per round.
 *
 *   core_bench cg KIND INPUT_DIR DATA_FILE
 *       one pass over the inputs of KIND (numbers, amounts, dates) or over a
 *       512 KiB corpus (extract), for valgrind --tool=callgrind
 *       --toggle-collect=cg_loop: the instructions counted are those of the
 *       parsing loop alone; "R cg.KIND.count N" says how many parses (or
 *       bytes) they were spent on.
 *
 *   core_bench corpus OUT_FILE DATA_FILE [--mb MB]
 *       the extraction corpus, one paragraph a line, in COPY text format
 *       (for bench/sql_bench.sh).
 *
 *   core_bench numerals OUT_FILE N
 *       N random numbers as "中文数字<TAB>arabic" lines (COPY text format).
 *
 * Results are printed as lines "R<TAB>key<TAB>value" for bench/run.sh, and
 * as prose on stderr.
 */
#define _POSIX_C_SOURCE 200809L

#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "zn.h"

#define CORPUS_SEED		UINT64_C(20190414)
#define AMOUNT_SEED		UINT64_C(38642)
#define NUMERAL_SEED	UINT64_C(1001)
#define N_GENERATED		2000

/* ---- small utilities ------------------------------------------------------ */

static volatile uint64_t sink;	/* keeps results alive */

static uint64_t
now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t) ts.tv_sec * 1000000000u + (uint64_t) ts.tv_nsec;
}

static uint64_t
splitmix64(uint64_t *state)
{
	uint64_t	z = (*state += UINT64_C(0x9E3779B97F4A7C15));

	z = (z ^ (z >> 30)) * UINT64_C(0xBF58476D1CE4E5B9);
	z = (z ^ (z >> 27)) * UINT64_C(0x94D049BB133111EB);
	return z ^ (z >> 31);
}

static uint64_t
rnd(uint64_t *state, uint64_t n)	/* 0 .. n-1 */
{
	return splitmix64(state) % n;
}

static void *
xrealloc(void *p, size_t n)
{
	p = realloc(p, n ? n : 1);
	if (!p)
	{
		fprintf(stderr, "core_bench: out of memory\n");
		exit(2);
	}
	return p;
}

/* ---- string sets ---------------------------------------------------------- */

typedef struct strset
{
	char	   *buf;
	size_t		used,
				cap;
	size_t	   *off;
	size_t	   *len;
	size_t		n,
				ncap;
} strset;

static void
set_add(strset *set, const char *s, size_t len)
{
	if (set->used + len + 1 > set->cap)
	{
		set->cap = (set->used + len + 1) * 2;
		set->buf = xrealloc(set->buf, set->cap);
	}
	if (set->n == set->ncap)
	{
		set->ncap = set->ncap ? set->ncap * 2 : 256;
		set->off = xrealloc(set->off, set->ncap * sizeof(size_t));
		set->len = xrealloc(set->len, set->ncap * sizeof(size_t));
	}
	memcpy(set->buf + set->used, s, len);
	set->buf[set->used + len] = '\0';
	set->off[set->n] = set->used;
	set->len[set->n] = len;
	set->n++;
	set->used += len + 1;
}

/* Non-empty lines of a file (trailing \r dropped); false if unreadable. */
static bool
load_lines(const char *path, strset *set)
{
	FILE	   *f = fopen(path, "r");
	char	   *line = NULL;
	size_t		cap = 0;
	ssize_t		n;

	if (!f)
		return false;
	while ((n = getline(&line, &cap, f)) >= 0)
	{
		while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r'))
			n--;
		if (n > 0)
			set_add(set, line, (size_t) n);
	}
	free(line);
	fclose(f);
	return true;
}

/* ---- generated inputs ----------------------------------------------------- */

/* Amounts like "386.42 亿元", "57万元", "1200.5元", "约30亿美元". */
static void
gen_amounts(strset *set, int n)
{
	static const char *const scale[] = {"", "万", "亿"};
	static const char *const cur[] = {"元", "元", "元", "元", "元", "元", "元", "美元", "港元", "元"};
	uint64_t	st = AMOUNT_SEED;
	char		b[96];

	for (int k = 0; k < n; k++)
	{
		unsigned	ip = 1 + (unsigned) rnd(&st, 9999);
		unsigned	nd = (unsigned) rnd(&st, 3);
		unsigned	fr = (unsigned) rnd(&st, 100);
		const char *sp = rnd(&st, 2) ? " " : "";
		const char *sc = scale[rnd(&st, 3)];
		const char *cu = cur[rnd(&st, 10)];
		const char *q = rnd(&st, 10) == 0 ? "约" : "";
		int			len;

		if (nd == 0)
			len = snprintf(b, sizeof b, "%s%u%s%s%s", q, ip, sp, sc, cu);
		else if (nd == 1)
			len = snprintf(b, sizeof b, "%s%u.%u%s%s%s", q, ip, fr % 10, sp, sc, cu);
		else
			len = snprintf(b, sizeof b, "%s%u.%02u%s%s%s", q, ip, fr, sp, sc, cu);
		set_add(set, b, (size_t) len);
	}
}

/* The lower-case Chinese spelling of v (< 10^16), as 一万零三百 / 十五. */
static void
spell_int(uint64_t v, char *out)
{
	static const char *const dig[] = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
	static const char *const pos[] = {"", "十", "百", "千"};
	static const char *const big[] = {"", "万", "亿", "万亿"};
	unsigned	grp[4];
	int			ng = 0,
				g;
	bool		pending_zero = false,
				started = false;

	out[0] = '\0';
	if (v == 0)
	{
		strcat(out, "零");
		return;
	}
	while (v)
	{
		grp[ng++] = (unsigned) (v % 10000);
		v /= 10000;
	}
	for (g = ng - 1; g >= 0; g--)
	{
		unsigned	x = grp[g];
		int			p;

		if (x == 0)
		{
			pending_zero = started;
			continue;
		}
		if (started && x < 1000)
			pending_zero = true;
		for (p = 3; p >= 0; p--)
		{
			unsigned	d = (x / (p == 3 ? 1000u : p == 2 ? 100u : p == 1 ? 10u : 1u)) % 10;

			if (d == 0)
			{
				if (started)
					pending_zero = true;
				continue;
			}
			if (pending_zero)
				strcat(out, "零");
			pending_zero = false;
			/* 十五, not 一十五, at the very start */
			if (!(d == 1 && p == 1 && !started))
				strcat(out, dig[d]);
			strcat(out, pos[p]);
			started = true;
		}
		strcat(out, big[g]);
		pending_zero = false;
	}
}

static int
cmd_numerals(const char *path, long n)
{
	static const char *const dig[] = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
	FILE	   *f = fopen(path, "w");
	uint64_t	st = NUMERAL_SEED;
	char		zh[512];

	if (!f)
	{
		fprintf(stderr, "core_bench: %s: %s\n", path, strerror(errno));
		return 1;
	}
	for (long k = 0; k < n; k++)
	{
		unsigned	ndig = 1 + (unsigned) rnd(&st, 12);
		uint64_t	lo = 1,
					v;
		unsigned	nfrac = rnd(&st, 100) < 15 ? 1 + (unsigned) rnd(&st, 2) : 0;
		unsigned	frac = (unsigned) rnd(&st, nfrac == 1 ? 10 : 100);

		for (unsigned j = 1; j < ndig; j++)
			lo *= 10;
		v = lo == 1 ? rnd(&st, 10) : lo + rnd(&st, lo * 9);
		spell_int(v, zh);
		if (nfrac)
		{
			strcat(zh, "点");
			if (nfrac == 2)
				strcat(zh, dig[frac / 10]);
			strcat(zh, dig[frac % 10]);
			fprintf(f, "%s\t%" PRIu64 ".%0*u\n", zh, v, (int) nfrac, frac);
		}
		else
			fprintf(f, "%s\t%" PRIu64 "\n", zh, v);
	}
	return fclose(f) == 0 ? 0 : 1;
}

/* ---- the extraction corpus ------------------------------------------------ */

typedef struct corpus
{
	char	   *buf;			/* paragraphs, each followed by '\n' */
	size_t		len;
	size_t	   *poff;			/* each paragraph (without its '\n') */
	size_t	   *plen;
	size_t		np;
} corpus;

static bool
build_corpus(const char *data_file, size_t min_bytes, corpus *cp)
{
	strset		paras = {0};
	uint64_t	st = CORPUS_SEED;
	size_t		cap = min_bytes + 65536,
				pcap = 1024;

	if (!load_lines(data_file, &paras) || paras.n == 0)
		return false;
	memset(cp, 0, sizeof *cp);
	cp->buf = xrealloc(NULL, cap);
	cp->poff = xrealloc(NULL, pcap * sizeof(size_t));
	cp->plen = xrealloc(NULL, pcap * sizeof(size_t));
	while (cp->len < min_bytes)
	{
		size_t		k = (size_t) rnd(&st, paras.n);
		size_t		n = paras.len[k];

		if (cp->len + n + 1 > cap)
		{
			cap = (cp->len + n + 1) * 2;
			cp->buf = xrealloc(cp->buf, cap);
		}
		if (cp->np == pcap)
		{
			pcap *= 2;
			cp->poff = xrealloc(cp->poff, pcap * sizeof(size_t));
			cp->plen = xrealloc(cp->plen, pcap * sizeof(size_t));
		}
		memcpy(cp->buf + cp->len, paras.buf + paras.off[k], n);
		cp->poff[cp->np] = cp->len;
		cp->plen[cp->np] = n;
		cp->np++;
		cp->len += n;
		cp->buf[cp->len++] = '\n';
	}
	free(paras.buf);
	free(paras.off);
	free(paras.len);
	return true;
}

static int
cmd_corpus(const char *out, const char *data_file, size_t mb)
{
	corpus		cp;
	FILE	   *f;

	if (!build_corpus(data_file, mb << 20, &cp))
	{
		fprintf(stderr, "core_bench: cannot read %s\n", data_file);
		return 1;
	}
	if (!(f = fopen(out, "w")))
	{
		fprintf(stderr, "core_bench: %s: %s\n", out, strerror(errno));
		return 1;
	}
	for (size_t k = 0; k < cp.np; k++)
	{
		const char *p = cp.buf + cp.poff[k];

		for (size_t j = 0; j < cp.plen[k]; j++)
		{
			/* COPY text format: escape the backslash and the tab */
			if (p[j] == '\\')
				fputs("\\\\", f);
			else if (p[j] == '\t')
				fputs("\\t", f);
			else
				fputc(p[j], f);
		}
		fputc('\n', f);
	}
	fprintf(stderr, "corpus: %zu paragraphs, %zu bytes\n", cp.np, cp.len);
	return fclose(f) == 0 ? 0 : 1;
}

/* ---- the measured loops --------------------------------------------------- */

enum kind
{
	K_NUMBERS, K_AMOUNTS, K_DATES
};

static int32_t bench_ref;		/* the fixed reference date */

/* Days since 2000-01-01 of a civil date (Howard Hinnant's algorithm). */
static int32_t
days_from_civil(int y, unsigned m, unsigned d)
{
	int			era;
	unsigned	yoe,
				doy,
				doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = (unsigned) (y - era * 400);
	doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + (int32_t) doe - 719468 - 10957;
}

/* One pass over the set; returns how many inputs parsed.  Not inlined, and
 * named, so that callgrind --toggle-collect=cg_loop measures it alone. */
__attribute__((noinline)) size_t
cg_loop(enum kind k, const strset *set)
{
	size_t		ok = 0;
	uint64_t	acc = 0;

	for (size_t j = 0; j < set->n; j++)
	{
		const char *s = set->buf + set->off[j];
		size_t		len = set->len[j];
		zn_error	err;

		if (k == K_NUMBERS)
		{
			zn_dec		d;

			if (zn_parse_number(s, len, &d, &err) == ZN_OK)
			{
				ok++;
				acc += (uint64_t) d.coef + (uint64_t) d.exp;
			}
		}
		else
		{
			zn_figure	f;
			unsigned	kinds = k == K_AMOUNTS ? ZN_MASK(ZN_KIND_MONEY) : ZN_MASK(ZN_KIND_DATE);

			if (zn_parse(s, len, kinds, bench_ref, &f, &err) == ZN_OK)
			{
				ok++;
				acc += (uint64_t) f.lo.coef + (uint64_t) f.dates.lo;
			}
		}
	}
	sink += acc;
	return ok;
}

typedef struct ext_state
{
	size_t		figures;
	size_t		ticks;
} ext_state;

static bool
ext_emit(void *arg, const zn_figure *fig)
{
	ext_state  *es = arg;

	es->figures++;
	sink += fig->end;
	return true;
}

static void
ext_tick(void *arg)
{
	((ext_state *) arg)->ticks++;
}

/* zn_extract over each paragraph (per_para) or the whole corpus at once;
 * returns the number of figures found, or (size_t) -1 on an error. */
__attribute__((noinline)) size_t
cg_extract(const corpus *cp, size_t npara, bool per_para)
{
	ext_state	es = {0};
	zn_extract_opts o;
	zn_error	err;

	o.ref = ZN_NO_REF;
	o.kinds = ZN_MASK_ALL;
	o.emit = ext_emit;
	o.tick = ext_tick;
	o.arg = &es;
	if (!per_para)
		return zn_extract(cp->buf, cp->len, &o, &err) == ZN_OK ? es.figures : (size_t) -1;
	for (size_t k = 0; k < npara; k++)
		if (zn_extract(cp->buf + cp->poff[k], cp->plen[k], &o, &err) != ZN_OK)
			return (size_t) -1;
	return es.figures;
}

/* ---- timing ---------------------------------------------------------------- */

static int	opt_runs = 5;
static long opt_ms = 200;

static void
emit_row(const char *key, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

#include <stdarg.h>
static void
emit_row(const char *key, const char *fmt, ...)
{
	va_list		ap;

	printf("R\t%s\t", key);
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	printf("\n");
	fflush(stdout);
}

/* Parses per second of one kind over a set: calibrated alone, then timed in
 * rounds interleaved with the other kinds (see bench_parses). */
typedef struct parse_bench
{
	const char *name;
	enum kind	k;
	const strset *set;
	size_t		ok;				/* inputs that parse; 0: nothing to time */
	uint64_t	passes;			/* passes over the set in one timed run */
	uint64_t	best;			/* fastest run, ns */
} parse_bench;

/* Warm-up (which also counts the inputs that parse) and calibration: the
 * number of passes for a run of about opt_ms. */
static void
parse_bench_prepare(parse_bench *pb)
{
	uint64_t	passes = 1,
				t;

	pb->best = UINT64_MAX;
	pb->ok = pb->set->n ? cg_loop(pb->k, pb->set) : 0;
	if (pb->ok == 0)
		return;
	for (;;)
	{
		uint64_t	t0 = now_ns();

		for (uint64_t p = 0; p < passes; p++)
			cg_loop(pb->k, pb->set);
		t = now_ns() - t0;
		if (t >= 20000000u || passes >= (UINT64_C(1) << 40))
			break;
		passes *= 2;
	}
	pb->passes = passes * (uint64_t) opt_ms * 1000000u / (t ? t : 1);
	if (pb->passes < 1)
		pb->passes = 1;
}

static void
parse_bench_run(parse_bench *pb)
{
	uint64_t	t0 = now_ns(),
				t;

	for (uint64_t p = 0; p < pb->passes; p++)
		cg_loop(pb->k, pb->set);
	t = now_ns() - t0;
	if (t < pb->best)
		pb->best = t;
}

static void
parse_bench_report(const parse_bench *pb)
{
	double		rate;

	if (pb->set->n == 0)
	{
		emit_row(pb->name, "n/a no inputs");
		return;
	}
	if (pb->ok == 0)
	{
		emit_row(pb->name, "n/a none of the %zu inputs parses", pb->set->n);
		return;
	}
	rate = (double) pb->passes * (double) pb->set->n * 1e9 / (double) pb->best;
	emit_row(pb->name, "%.0f parses/s %.1f ns/parse inputs=%zu ok=%zu",
			 rate, 1e9 / rate, pb->set->n, pb->ok);
	fprintf(stderr, "%-22s %12.0f parses/s  %7.1f ns  (%zu inputs, %zu parse)\n",
			pb->name, rate, 1e9 / rate, pb->set->n, pb->ok);
}

/* Best of opt_runs runs of each kind, the kinds taking turns: on a shared
 * machine a burst of load from elsewhere then costs each kind one run, not
 * every run of one kind. */
static void
bench_parses(parse_bench *pbs, int n)
{
	for (int i = 0; i < n; i++)
		parse_bench_prepare(&pbs[i]);
	for (int r = 0; r < opt_runs; r++)
		for (int i = 0; i < n; i++)
			if (pbs[i].ok)
				parse_bench_run(&pbs[i]);
	for (int i = 0; i < n; i++)
		parse_bench_report(&pbs[i]);
}

/* Best of up to `runs` runs, but no new run once `budget_ms` has gone by
 * (a slow extractor would otherwise make the benchmark take minutes).
 * Returns the best run's time in ns, or 0 on an error. */
static uint64_t
bench_extract(const char *name, const corpus *cp, bool per_para, int runs, long budget_ms)
{
	uint64_t	best = UINT64_MAX,
				start = now_ns();
	size_t		figs = 0;
	double		mbs;
	int			r;

	for (r = 0; r < runs; r++)
	{
		uint64_t	t0 = now_ns(),
					t;

		if (r > 0 && t0 - start > (uint64_t) budget_ms * 1000000u)
			break;
		figs = cg_extract(cp, cp->np, per_para);
		t = now_ns() - t0;
		if (figs == (size_t) -1)
		{
			emit_row(name, "n/a zn_extract returned an error");
			return 0;
		}
		if (t < best)
			best = t;
	}
	mbs = (double) cp->len / 1e6 * 1e9 / (double) best;
	emit_row(name, "%.2f MB/s bytes=%zu paragraphs=%zu figures=%zu best_ms=%.1f runs=%d",
			 mbs, cp->len, cp->np, figs, (double) best / 1e6, r);
	fprintf(stderr, "%-22s %12.2f MB/s     (%zu bytes, %zu paragraphs, %zu figures, best of %d)\n",
			name, mbs, cp->len, cp->np, figs, r);
	return best;
}

/* ---- commands -------------------------------------------------------------- */

static bool
load_inputs(const char *dir, strset *num, strset *amt, strset *amt_gen, strset *dat)
{
	char		p[4096];
	bool		ok = true;

	snprintf(p, sizeof p, "%s/numbers.txt", dir);
	ok &= load_lines(p, num);
	snprintf(p, sizeof p, "%s/amounts.txt", dir);
	ok &= load_lines(p, amt);
	snprintf(p, sizeof p, "%s/dates.txt", dir);
	ok &= load_lines(p, dat);
	gen_amounts(amt_gen, N_GENERATED);
	return ok;
}

static int
cmd_run(const char *dir, const char *data_file, size_t mb)
{
	strset		num = {0},
				amt = {0},
				gen = {0},
				mix = {0},
				dat = {0};
	corpus		cp;

	if (!load_inputs(dir, &num, &amt, &gen, &dat))
		fprintf(stderr, "core_bench: some input files in %s are missing\n", dir);
	for (size_t j = 0; j < amt.n; j++)
		set_add(&mix, amt.buf + amt.off[j], amt.len[j]);
	for (size_t j = 0; j < gen.n; j++)
		set_add(&mix, gen.buf + gen.off[j], gen.len[j]);

	{
		parse_bench pbs[] = {
			{.name = "core.numbers", .k = K_NUMBERS, .set = &num},
			{.name = "core.amounts", .k = K_AMOUNTS, .set = &mix},
			{.name = "core.amounts.corpus", .k = K_AMOUNTS, .set = &amt},
			{.name = "core.amounts.generated", .k = K_AMOUNTS, .set = &gen},
			{.name = "core.dates", .k = K_DATES, .set = &dat},
		};

		bench_parses(pbs, (int) (sizeof pbs / sizeof pbs[0]));
	}

	if (!build_corpus(data_file, mb << 20, &cp))
	{
		emit_row("core.extract", "n/a cannot read %s", data_file);
		return 0;
	}
	{
		int			runs = opt_runs < 3 ? opt_runs : 3;
		uint64_t	t = bench_extract("core.extract", &cp, true, runs, 10000);

		/* one call on the whole corpus: shows costs that grow with the
		 * length of the text; skipped when the extractor is very slow */
		if (t == 0)
			;
		else if (t < UINT64_C(5000000000))
			bench_extract("core.extract.whole", &cp, false, runs, 5000);
		else
			emit_row("core.extract.whole", "n/a skipped: one pass per paragraph took %.0f s",
					 (double) t / 1e9);
	}
	return 0;
}

static int
cmd_cg(const char *what, const char *dir, const char *data_file)
{
	strset		num = {0},
				amt = {0},
				gen = {0},
				dat = {0};

	if (strcmp(what, "extract") == 0)
	{
		corpus		cp;

		if (!build_corpus(data_file, 512u << 10, &cp))
			return 1;
		if (cg_extract(&cp, cp.np, true) == (size_t) -1)
			return 1;
		emit_row("cg.extract.count", "%zu", cp.len);
		return 0;
	}
	load_inputs(dir, &num, &amt, &gen, &dat);
	if (strcmp(what, "numbers") == 0)
	{
		cg_loop(K_NUMBERS, &num);
		emit_row("cg.numbers.count", "%zu", num.n);
	}
	else if (strcmp(what, "amounts") == 0)
	{
		cg_loop(K_AMOUNTS, &amt);
		cg_loop(K_AMOUNTS, &gen);
		emit_row("cg.amounts.count", "%zu", amt.n + gen.n);
	}
	else if (strcmp(what, "dates") == 0)
	{
		cg_loop(K_DATES, &dat);
		emit_row("cg.dates.count", "%zu", dat.n);
	}
	else
		return 2;
	return 0;
}

static void
usage(void)
{
	fprintf(stderr,
			"usage: core_bench run INPUT_DIR DATA_FILE [--runs N] [--ms MS] [--mb MB]\n"
			"       core_bench cg numbers|amounts|dates|extract INPUT_DIR DATA_FILE\n"
			"       core_bench corpus OUT_FILE DATA_FILE [--mb MB]\n"
			"       core_bench numerals OUT_FILE N\n");
	exit(2);
}

int
main(int argc, char **argv)
{
	size_t		mb = 50;
	int			nargs = 0;
	char	   *args[8];

	bench_ref = days_from_civil(2019, 4, 14);
	for (int a = 1; a < argc; a++)
	{
		if (strcmp(argv[a], "--runs") == 0 && a + 1 < argc)
			opt_runs = atoi(argv[++a]);
		else if (strcmp(argv[a], "--ms") == 0 && a + 1 < argc)
			opt_ms = atol(argv[++a]);
		else if (strcmp(argv[a], "--mb") == 0 && a + 1 < argc)
			mb = (size_t) atol(argv[++a]);
		else if (nargs < 8)
			args[nargs++] = argv[a];
		else
			usage();
	}
	if (opt_runs < 1)
		opt_runs = 1;
	if (opt_ms < 1)
		opt_ms = 1;
	if (mb < 1)
		mb = 1;
	if (nargs == 3 && strcmp(args[0], "run") == 0)
		return cmd_run(args[1], args[2], mb);
	if (nargs == 4 && strcmp(args[0], "cg") == 0)
		return cmd_cg(args[1], args[2], args[3]);
	if (nargs == 3 && strcmp(args[0], "corpus") == 0)
		return cmd_corpus(args[1], args[2], mb);
	if (nargs == 3 && strcmp(args[0], "numerals") == 0)
		return cmd_numerals(args[1], atol(args[2]));
	usage();
	return 2;
}
