/*
 * zn_date_range.c — how terms combine into a date expression.
 *
 *   ranges         X至Y X到Y X—Y X~Y, 从X到Y止, X和Y之间; both ends are
 *                  included and Y may leave out what it shares with X
 *                  (4月14—19日, 2017年8月至11月) while X may leave out
 *                  the unit Y names (1—3月, 2018-2019年, 2019年1-9月)
 *   open ranges    X以来 = [start of X, ref]; 截至X = (−∞, end of X];
 *                  自X起, X起, X开始 = [start of X, ∞); X以前 = (−∞, start
 *                  of X); X以后 = (end of X, ∞); X或之前 / X及以后 include X
 *   windows        近30天 最近三个月 过去一年 = [ref − N, ref];
 *                  未来7天 今后10年 3个月内 = [ref, ref + N]
 *   offsets        3天前 = ref − 3 days, 两年后 = ref + 2 years, 过两天
 *   vague words    近日 日前 近年来 近期: recognised, no range
 *
 * A span whose lo > hi is empty: 今年三季度以来 before July.
 */
#include "zn_date.h"

#define NW(a) ((int) (sizeof(a) / sizeof((a)[0])))

static const char *const range_seps_w[] = {
	"至", "到", "-", "--", "—", "——", "–", "~", "〜", "～", "ー", "−", "至到", "直至", "直到"
};
ZN_DWORDS(range_seps, range_seps_w);
/* - and ~ in every width (zn_cp folds the full-width forms into these) */
static const char *const dashes_w[] = {"-", "~", "－", "～"};
ZN_DWORDS(dashes, dashes_w);

/* The first characters of range_sep's separators (a bit set: any bit). */
static zn_dstarts range_sep_starts;

__attribute__((constructor))
static void
range_sep_starts_init(void)
{
	zn_dstarts_add_list(&range_sep_starts, 1, &range_seps);
	zn_dstarts_add_list(&range_sep_starts, 1, &dashes);
}

static size_t
range_sep(const zn_dstate *st, size_t i)
{
	size_t		j = zn_d_skip(st->c, i),
				n,
				m;
	int			w;
	uint32_t	cp;

	/* most places have none: decided by one table lookup */
	if (zn_dstarts_at(&range_sep_starts, st->c, j) == 0)
		return 0;
	cp = zn_cp(st->c, j, &n);
	/* - and ~ in every width (dashes) */
	if (cp == '-' || cp == '~')
	{
		if (zn_cp(st->c, n, &m) == cp)
			n = m;
		return n;
	}
	return zn_d_words(st, i, &range_seps, &w);
}

static void
open_span(zn_dspan *s, int32_t lo, int32_t hi)
{
	s->lo = lo;
	s->hi = hi;
}

/* The context the second half of a range inherits from the first. */
static void
ctx_of(const zn_dspan *t, zn_dctx *ctx)
{
	memset(ctx, 0, sizeof(*ctx));
	if (t->grain == ZN_G_DECADE || t->grain == ZN_G_CENTURY)
		return;
	ctx->y = t->y;
	if (t->grain <= ZN_G_MONTH && t->grain != ZN_G_WEEK)
		ctx->m = t->m;
	ctx->lunar = t->lunar;
}

/*
 * The second half of a range.  When it ends before the first begins and
 * it left out a part, it continues into the next month or year
 * (8月至2月, 28日至3日); a bare weekday into the next week (周六至周一).
 */
static size_t
second_half(zn_dstate *st, size_t i, const zn_dspan *t1, zn_dspan *t2)
{
	zn_dctx		ctx;
	size_t		e;

	ctx_of(t1, &ctx);
	memset(t2, 0, sizeof(*t2));
	e = zn_d_term(st, i, &ctx, t2);
	if (e == 0 || t2->hi >= t1->lo)
		return e;
	if (t2->weekday_only)
	{
		t2->lo += 7;
		t2->hi += 7;
		return e;
	}
	if (!(t2->written & ZN_W_YEAR) && (t2->written & ZN_W_MONTH) && ctx.y)
	{
		ctx.y += 1;
		memset(t2, 0, sizeof(*t2));
		return zn_d_term(st, i, &ctx, t2);
	}
	if (!(t2->written & (ZN_W_YEAR | ZN_W_MONTH)) && (t2->written & ZN_W_DAY) && ctx.m)
	{
		if (++ctx.m > 12)
		{
			ctx.m = 1;
			ctx.y += 1;
		}
		memset(t2, 0, sizeof(*t2));
		return zn_d_term(st, i, &ctx, t2);
	}
	return e;
}

static void
join(zn_dspan *out, const zn_dspan *t1, const zn_dspan *t2)
{
	*out = *t1;
	out->hi = t2->hi;
	out->rel = t1->rel || t2->rel;
	out->weekday_only = false;
	if (t2->grain < out->grain)
		out->grain = t2->grain;
}

/* After the second half: 止, 为止, 之间, 期间. */
static size_t
range_tail(const zn_dstate *st, size_t i)
{
	static const char *const tails_w[] = {"止", "为止", "為止", "之间", "之間", "期间", "期間", "间", "間"};
	ZN_DWORDS(tails, tails_w);
	int			w;
	size_t		e = zn_d_words(st, i, &tails, &w);

	return e ? e : i;
}

/*
 * The first half written as a bare number whose unit the second half
 * names: 1—3月 (months), 2018-2019年 (years), 2019年1-9月, 1985到89年9月,
 * and 2016-2018 (two four-digit years).
 */
static size_t
elided_range(zn_dstate *st, size_t i, zn_dspan *out)
{
	zn_dnum		a,
				b;
	zn_dctx		ctx;
	zn_dspan	t1,
				t2,
				pre;
	size_t		j = i,
				e,
				f;
	int32_t		y;

	memset(&ctx, 0, sizeof(ctx));
	memset(&pre, 0, sizeof(pre));
	/* an optional year (and month) before: 2019年1-9月, 2019年4月12-19日 */
	if ((e = zn_d_prefix(st, i, &pre)) != 0)
	{
		ctx_of(&pre, &ctx);
		j = e;
	}
	if ((e = zn_d_num(st, j, &a)) == 0 || a.liang)
		return 0;
	if ((f = range_sep(st, e)) == 0)
		return 0;
	memset(&t2, 0, sizeof(t2));
	e = zn_d_term(st, f, ctx.y ? &ctx : NULL, &t2);
	if (st->c->fail)
		return 0;
	memset(&t1, 0, sizeof(t1));
	if (e == 0)
	{
		/* 2016-2018: two bare four-digit years */
		if (ctx.y || a.ndigits != 4 || a.val < 1000 || (e = zn_d_num(st, f, &b)) == 0 ||
			b.ndigits != 4 || b.val < a.val || b.unit || a.unit)
			return 0;
		{
			size_t		n;
			uint32_t	cp = zn_cp(st->c, e, &n);

			if ((cp >= '0' && cp <= '9') || cp == '.' || cp == '%')
				return 0;
		}
		out->lo = zn_year_first(a.val);
		out->hi = zn_year_last(b.val);
		out->grain = ZN_G_YEAR;
		out->y = a.val;
		return e;
	}
	if (t2.written & ZN_W_YEAR && !ctx.y)
	{
		if (a.ndigits == 4 && !a.unit && a.val >= 1000)
			y = a.val;
		else if (a.ndigits == 2 && !a.unit && (t2.written & ZN_W_YEAR))
		{
			/* the century of the second year: 2018-19年 */
			y = (t2.y / 100) * 100 + a.val;
			t1.rel = true;
		}
		else
			return 0;
		t1.lo = zn_year_first(y);
		t1.hi = zn_year_last(y);
		t1.grain = ZN_G_YEAR;
	}
	else if ((t2.written & ZN_W_MONTH) && !(t2.written & ZN_W_YEAR) && !ctx.m)
	{
		if (a.val < 1 || a.val > 12)
			return 0;
		y = t2.y;
		t1.lo = zn_month_first(y, a.val);
		t1.hi = zn_month_last(y, a.val);
		t1.grain = ZN_G_MONTH;
		t1.rel = t2.rel;
	}
	else if (t2.written == ZN_W_DAY && ctx.m)
	{
		if (a.val < 1 || a.val > zn_month_len(ctx.y, ctx.m))
			return 0;
		t1.lo = t1.hi = zn_days(ctx.y, ctx.m, a.val);
		t1.grain = ZN_G_DAY;
		t1.rel = pre.rel;
	}
	else
		return 0;
	if (t2.hi < t1.lo)
		return 0;
	join(out, &t1, &t2);
	out->rel = out->rel || pre.rel;
	return range_tail(st, e);
}

/* The words an expression begins with (those of windows are further down). */
static const char *const range_from_w[] = {"从", "從", "自", "自从", "自從", "由", "于", "於"};
ZN_DWORDS(range_from, range_from_w);
static const char *const from_w[] = {"从", "從", "自", "自从", "自從", "由"};
ZN_DWORDS(from, from_w);
static const char *const until_w[] = {
	"截至", "截止", "截止到", "截止至", "截至到", "直至", "直到", "截止于", "截至于"
};
ZN_DWORDS(until, until_w);
static const char *const to_w[] = {"到", "至"};
ZN_DWORDS(to, to_w);
static const char *const vague_words_w[] = {
	"近日", "日前", "近年来", "近年來", "近年", "近期", "近来", "近來", "连日", "連日",
	"近些年", "这些年", "這些年", "近几年", "近幾年", "早前", "前些天", "前些日子",
	"最近"
};
ZN_DWORDS(vague_words, vague_words_w);
static const char *const approx_before_w[] = {"约", "約", "大约", "大約", "大概", "大致"};
ZN_DWORDS(approx_before, approx_before_w);

/*
 * The alternatives of an expression that begin with a word, for the
 * first-character filter (zn_dstarts); the term at the start is always
 * tried (its own filter is in zn_date_term.c), and so are the
 * alternatives that may begin with a number when there is one.
 */
#define E_APPROX		0x0001	/* 约 大约 … */
#define E_RANGE			0x0002	/* 从 自 … 在 */
#define E_UNTIL			0x0004	/* 截至 … 到 至 */
#define E_FROM			0x0008
#define E_PAST			0x0010	/* 近 最近 过去 … */
#define E_FUTURE		0x0020	/* 未来 今后 … */
#define E_PASS			0x0040	/* 过 再过 … */
#define E_AMOUNT		0x0080	/* an amount's words: 半 几 数 若干 */
#define E_VAGUE			0x0100	/* 近日 日前 … */

static zn_dstarts expr_starts;

/* What the alternatives that begin with a number need right after it (its
 * first character, after spaces): a range's separator or its first half's
 * 年 (2019年1-9月, 1—3月), an amount's unit (3个月, 5天前). */
static zn_dstarts expr_follows;

/* X SEP Y, optionally 从/自 before and 止 after; X 和 Y 之间. */
static size_t
m_range(zn_dstate *st, size_t i, zn_dspan *out)
{
	static const char *const start_mark_w[] = {"起", "开始", "開始"};
	ZN_DWORDS(start_mark, start_mark_w);
	static const char *const and_words_w[] = {"和", "与", "與", "及", "跟", "同"};
	ZN_DWORDS(and_words, and_words_w);
	static const char *const between_w[] = {"之间", "之間", "间", "間"};
	ZN_DWORDS(between, between_w);
	zn_dspan	t1,
				t2;
	size_t		j = i,
				e,
				f,
				best = 0;
	int			w;
	bool		at = false;

	if ((e = zn_d_words(st, j, &range_from, &w)) != 0)
		j = e;
	else if ((e = zn_d_lit(st, j, "在")) != 0)
	{
		j = e;					/* 在X与Y之间 only */
		at = true;
	}
	memset(&t1, 0, sizeof(t1));
	if ((e = zn_d_term(st, j, NULL, &t1)) != 0)
	{
		size_t		k = e;

		if ((f = zn_d_words(st, k, &start_mark, &w)) != 0)
		{
			static const char *const comma_w[] = {",", "，"};
			ZN_DWORDS(comma, comma_w);

			k = f;
			if ((f = zn_d_words(st, k, &comma, &w)) != 0)
				k = f;
		}
		if (!at && (f = range_sep(st, k)) != 0)
		{
			size_t		g = second_half(st, f, &t1, &t2);
			zn_dnum		b;

			if (g == 0)
				zn_miss(st->c, zn_d_skip(st->c, f), "a range needs a date after 至, 到 or —");

			if (g != 0 && t2.hi >= t1.lo)
			{
				join(out, &t1, &t2);
				best = range_tail(st, g);
			}
			/* 2008.03-2009: a bare year after a dated first half */
			else if (g == 0 && (t1.written & ZN_W_YEAR) && (g = zn_d_num(st, f, &b)) != 0 &&
					 b.arabic && b.ndigits == 4 && b.val >= t1.y)
			{
				size_t		nx;
				uint32_t	cp = zn_cp(st->c, g, &nx);

				if (!((cp >= '0' && cp <= '9') || cp == '.' || cp == '-' || cp == '/'))
				{
					memset(&t2, 0, sizeof(t2));
					t2.hi = zn_year_last(b.val);
					t2.grain = ZN_G_YEAR;
					join(out, &t1, &t2);
					best = range_tail(st, g);
				}
			}
		}
		if ((f = zn_d_words(st, e, &and_words, &w)) != 0 &&
			(f = second_half(st, f, &t1, &t2)) != 0 &&
			(f = zn_d_words(st, f, &between, &w)) != 0 && f > best &&
			t2.hi >= t1.lo)
		{
			join(out, &t1, &t2);
			best = f;
		}
	}
	if (st->c->fail || at)
		return st->c->fail ? 0 : best;
	{
		zn_dspan	r;

		memset(&r, 0, sizeof(r));
		if ((e = elided_range(st, j, &r)) > best)
		{
			*out = r;
			best = e;
		}
	}
	return best;
}

/* ---- open ranges ----------------------------------------------------------- */

typedef enum
{
	O_SINCE,					/* [lo, ref] */
	O_FROM,						/* [lo, ∞) */
	O_BEFORE,					/* (−∞, lo − 1] */
	O_UNTIL,					/* (−∞, hi] */
	O_AFTER,					/* [hi + 1, ∞) */
	O_APPROX					/* the term itself, approximately */
} okind;

static const struct
{
	const char *w;
	okind		k;
}			open_suffix[] = {
	{"以来", O_SINCE}, {"以來", O_SINCE}, {"来", O_SINCE}, {"來", O_SINCE},
	{"至今", O_SINCE}, {"迄今", O_SINCE}, {"起至今", O_SINCE}, {"以来至今", O_SINCE},
	{"到现在", O_SINCE}, {"到現在", O_SINCE}, {"到今天", O_SINCE}, {"开始至今", O_SINCE},
	{"起", O_FROM}, {"开始", O_FROM}, {"開始", O_FROM}, {"起始", O_FROM},
	{"以后起", O_FROM}, {"或之后", O_FROM}, {"或以后", O_FROM}, {"及以后", O_FROM},
	{"及之后", O_FROM}, {"或之後", O_FROM}, {"及以後", O_FROM}, {"以后(含)", O_FROM},
	{"以前", O_BEFORE}, {"之前", O_BEFORE}, {"前", O_BEFORE},
	{"或之前", O_UNTIL}, {"或以前", O_UNTIL}, {"及以前", O_UNTIL}, {"及之前", O_UNTIL},
	{"为止", O_UNTIL}, {"為止", O_UNTIL},
	{"以后", O_AFTER}, {"以後", O_AFTER}, {"之后", O_AFTER}, {"之後", O_AFTER},
	{"后", O_AFTER}, {"後", O_AFTER},
	{"左右", O_APPROX}, {"前后", O_APPROX}, {"前後", O_APPROX}, {"上下", O_APPROX}
};

ZN_DWORDS(open_words, open_suffix);

static size_t
open_word(const zn_dstate *st, size_t i, okind *k)
{
	int			n;
	size_t		e = zn_d_words(st, i, &open_words, &n);

	if (e)
		*k = open_suffix[n].k;
	return e;
}

/* Apply an open-range word to the span t. */
static bool
apply_open(const zn_dstate *st, okind k, zn_dspan *t)
{
	switch (k)
	{
		case O_SINCE:
			/* empty (lo > ref) when X begins after the reference */
			open_span(t, t->lo, st->ref);
			t->rel = true;
			return true;
		case O_FROM:
			open_span(t, t->lo, ZN_DATE_POS_INF);
			return true;
		case O_BEFORE:
			open_span(t, ZN_DATE_NEG_INF, t->lo - 1);
			return true;
		case O_UNTIL:
			open_span(t, ZN_DATE_NEG_INF, t->hi);
			return true;
		case O_AFTER:
			open_span(t, t->hi + 1, ZN_DATE_POS_INF);
			return true;
		case O_APPROX:
			t->qual = ZN_Q_APPROX;
			return true;
	}
	return false;
}

/* 截至X, 截止到X, 到X为止: (−∞, end of X]. */
static size_t
m_until(zn_dstate *st, size_t i, zn_dspan *out)
{
	static const char *const now_w[] = {"目前", "现在", "現在", "今", "今天", "当前", "當前"};
	ZN_DWORDS(now, now_w);
	size_t		e,
				f;
	int			w;
	bool		weak = false;

	if ((e = zn_d_words(st, i, &until, &w)) == 0)
	{
		if ((e = zn_d_words(st, i, &to, &w)) == 0)
			return 0;
		weak = true;			/* 到 needs 为止 after it */
	}
	if (!weak && (f = zn_d_words(st, e, &now, &w)) != 0)
	{
		open_span(out, ZN_DATE_NEG_INF, st->ref);
		out->rel = true;
		out->grain = ZN_G_DAY;
		return range_tail(st, f);
	}
	if ((f = zn_d_term(st, e, NULL, out)) == 0)
		return 0;
	open_span(out, ZN_DATE_NEG_INF, out->hi);
	{
		static const char *const stop_w[] = {"止", "为止", "為止"};
		ZN_DWORDS(stop, stop_w);
		size_t		g = zn_d_words(st, f, &stop, &w);

		if (g)
			return g;
	}
	return weak ? 0 : f;
}

/* 自X, 从X起, 自X以来 … : the forms with 自/从 in front. */
static size_t
m_from(zn_dstate *st, size_t i, zn_dspan *out)
{
	size_t		e,
				f;
	int			w;
	okind		k;

	if ((e = zn_d_words(st, i, &from, &w)) == 0)
		return 0;
	if ((f = zn_d_term(st, e, NULL, out)) == 0)
		return 0;
	if ((e = open_word(st, f, &k)) != 0 && (k == O_SINCE || k == O_FROM || k == O_AFTER))
	{
		if (k == O_AFTER)
			k = O_FROM;			/* 从2018年以后: from 2018 on */
		apply_open(st, k, out);
		return e;
	}
	/* 自从2018年: from then on */
	apply_open(st, O_FROM, out);
	return f;
}

/* ---- windows and offsets -------------------------------------------------- */

static const char *const past_words_w[] = {
	"近", "最近", "过去", "過去", "过去的", "過去的", "前", "上", "近些", "这", "這",
	"最近的", "近来", "近來"
};
ZN_DWORDS(past_words, past_words_w);
static const char *const future_words_w[] = {
	"未来", "未來", "未来的", "未來的", "今后", "今後", "接下来", "接下來", "后", "後", "下",
	"往后", "往後", "此后", "此後"
};
ZN_DWORDS(future_words, future_words_w);
static const char *const within_words_w[] = {"内", "內", "以内", "以內", "之内", "之內", "里", "裡", "中"};
ZN_DWORDS(within_words, within_words_w);
static const char *const since_words_w[] = {"以来", "以來", "来", "來"};
ZN_DWORDS(since_words, since_words_w);
static const char *const ago_words_w[] = {"前", "以前", "之前"};
ZN_DWORDS(ago_words, ago_words_w);
static const char *const later_words_w[] = {"后", "後", "以后", "以後", "之后", "之後"};
ZN_DWORDS(later_words, later_words_w);
static const char *const pass_words_w[] = {"过", "過", "再过", "再過", "要过", "要過"};
ZN_DWORDS(pass_words, pass_words_w);

/* A window or offset past years 1..9999: 22003 in a whole-string parse. */
static bool
out_of_range(const zn_dstate *st)
{
	if (st->c->anchored && !st->noref)
		zn_fail(st->c, ZN_ERR_RANGE, st->start, "the date falls outside years 1 to 9999");
	return false;
}

static bool
window(const zn_dstate *st, const zn_damount *a, int sign, zn_dspan *out)
{
	int32_t		d;

	if (a->vague)
	{
		out->vague = true;
		out->rel = true;
		out->lo = out->hi = st->ref;
		return true;
	}
	if (!zn_d_shift(st, a, sign, &d))
		return out_of_range(st);
	out->lo = sign < 0 ? d : st->ref;
	out->hi = sign < 0 ? st->ref : d;
	out->grain = ZN_G_DAY;
	out->rel = true;
	return true;
}

static bool
offset_day(const zn_dstate *st, const zn_damount *a, int sign, zn_dspan *out)
{
	int32_t		d;

	if (a->vague)
	{
		out->vague = true;
		out->rel = true;
		out->lo = out->hi = st->ref;
		return true;
	}
	if (!zn_d_shift(st, a, sign, &d))
		return out_of_range(st);
	out->lo = out->hi = d;
	out->grain = ZN_G_DAY;
	out->rel = true;
	return true;
}

/*
 * Windows and offsets built on an amount.  *ago is set when the match is
 * "amount + 前/后" (which outranks a term read the other way: 19年前 is
 * nineteen years ago, not before 2019).
 */
static size_t
m_amount_expr(zn_dstate *st, size_t i, uint32_t alts, zn_dspan *out, bool *ago)
{
	zn_damount	a;
	size_t		e,
				f,
				best = 0;
	int			w;
	zn_dspan	t;

	*ago = false;
	/* 近30天, 未来7天, 过两天 */
	if ((alts & E_PAST) && (e = zn_d_words(st, i, &past_words, &w)) != 0 &&
		(f = zn_d_amount(st, e, true, &a)) != 0)
	{
		size_t		g;

		memset(&t, 0, sizeof(t));
		if ((g = zn_d_words(st, f, &since_words, &w)) != 0 ||
			(g = zn_d_words(st, f, &within_words, &w)) != 0)
			f = g;
		if (window(st, &a, -1, &t) && f > best)
		{
			best = f;
			*out = t;
		}
	}
	if ((alts & E_FUTURE) && (e = zn_d_words(st, i, &future_words, &w)) != 0 &&
		(f = zn_d_amount(st, e, true, &a)) != 0)
	{
		size_t		g;

		memset(&t, 0, sizeof(t));
		if ((g = zn_d_words(st, f, &within_words, &w)) != 0)
			f = g;
		if (window(st, &a, 1, &t) && f > best)
		{
			best = f;
			*out = t;
		}
	}
	if ((alts & E_PASS) && (e = zn_d_words(st, i, &pass_words, &w)) != 0 &&
		(f = zn_d_amount(st, e, true, &a)) != 0)
	{
		memset(&t, 0, sizeof(t));
		if (offset_day(st, &a, 1, &t) && f > best)
		{
			best = f;
			*out = t;
		}
	}
	/* 3个月内, 三年以来, 5天前, 两年后 */
	if ((alts & E_AMOUNT) && (e = zn_d_amount(st, i, false, &a)) != 0)
	{
		memset(&t, 0, sizeof(t));
		if ((f = zn_d_words(st, e, &within_words, &w)) != 0 && w < 6 &&
			window(st, &a, 1, &t) && f > best)
		{
			best = f;
			*out = t;
		}
		memset(&t, 0, sizeof(t));
		if ((f = zn_d_words(st, e, &since_words, &w)) != 0 &&
			window(st, &a, -1, &t) && f > best)
		{
			best = f;
			*out = t;
		}
		memset(&t, 0, sizeof(t));
		if ((f = zn_d_words(st, e, &ago_words, &w)) != 0 &&
			offset_day(st, &a, -1, &t) && f > best)
		{
			best = f;
			*out = t;
			*ago = true;
		}
		memset(&t, 0, sizeof(t));
		if ((f = zn_d_words(st, e, &later_words, &w)) != 0 &&
			offset_day(st, &a, 1, &t) && f > best)
		{
			best = f;
			*out = t;
			*ago = true;
		}
	}
	return best;
}

/* ---- vague words ------------------------------------------------------------ */

static size_t
m_vague(zn_dstate *st, size_t i, zn_dspan *out)
{
	int			w;
	size_t		e = zn_d_words(st, i, &vague_words, &w);

	if (e == 0)
		return 0;
	out->vague = true;
	out->rel = true;
	out->lo = out->hi = st->ref;
	out->grain = ZN_G_DAY;
	return e;
}

/* ---- the expression ------------------------------------------------------- */

/*
 * Every word each alternative may begin with.  Keep this in step with the
 * alternatives: a word missing here is an expression never found.
 */
__attribute__((constructor))
static void
expr_starts_init(void)
{
	zn_dstarts *t = &expr_starts;
	zn_dstarts_arg amount = {t, E_AMOUNT};

	t->firsts = &zn_d_date_firsts;
	zn_dstarts_add_list(t, E_APPROX, &approx_before);
	zn_dstarts_add_list(t, E_RANGE, &range_from);
	zn_dstarts_add(t, E_RANGE, "在");
	zn_dstarts_add_list(t, E_UNTIL, &until);
	zn_dstarts_add_list(t, E_UNTIL, &to);
	zn_dstarts_add_list(t, E_FROM, &from);
	zn_dstarts_add_list(t, E_PAST, &past_words);
	zn_dstarts_add_list(t, E_FUTURE, &future_words);
	zn_dstarts_add_list(t, E_PASS, &pass_words);
	zn_d_amount_starts(zn_dstarts_add_cb, &amount);
	zn_dstarts_add_list(t, E_VAGUE, &vague_words);
}

__attribute__((constructor))
static void
expr_follows_init(void)
{
	zn_dstarts *t = &expr_follows;
	zn_dstarts_arg amount = {t, E_AMOUNT};

	zn_dstarts_add(t, E_RANGE, "年");	/* zn_d_prefix */
	zn_dstarts_add_list(t, E_RANGE, &range_seps);
	zn_dstarts_add_list(t, E_RANGE, &dashes);
	zn_d_amount_follows(zn_dstarts_add_cb, &amount);
}

/*
 * A number at i (the term read it already) brings in a range without 从/在
 * and an amount, when what follows it may continue them.  Not an amount
 * after 2019年: zn_d_amount takes a number of 1000 or more written without
 * 十百千 right before 年 for a year, not a count (an amount that begins with
 * a word, 半 or 几, is brought in by that word: expr_starts).
 */
static inline __attribute__((always_inline)) uint32_t
number_alts(zn_dstate *st, size_t i)
{
	zn_dnum		n;
	size_t		e = zn_d_num(st, i, &n),
				f;
	uint32_t	alts;

	if (e == 0)
		return 0;
	f = zn_d_skip(st->c, e);
	alts = zn_dstarts_at(&expr_follows, st->c, f);
	if (n.val >= 1000 && !n.unit && zn_m_lit(st->c, f, "年"))
		alts &= ~E_AMOUNT;
	return alts;
}

/*
 * May a date expression begin at i in running text?  False only where
 * zn_m_date surely finds nothing: zn_d_expr tries its term and every other
 * alternative only when one of these filters says it may match, so with
 * none of them, nothing does.  Most candidates of a text are numbers that
 * no date word follows (25 亿元, 一流, 12 个), where this costs a fraction
 * of the grammar's way there.  A hard error in reading the number says
 * true (zn_m_date must meet it again); the state it leaves in c matters
 * only to a whole-string parse's error position.
 */
bool
zn_date_may_begin(zn_ctx *c, size_t i)
{
	zn_dstate	st;
	uint32_t	alts;
	bool		may;

	if (zn_dstarts_at(&expr_starts, c, zn_d_skip(c, i)) != 0)
		return true;
	zn_dstate_init(&st, c);
	if (zn_d_term_alts(&st, i) != 0)
		return true;
	alts = number_alts(&st, i);

	/*
	 * 个 多 余 几 after the number bring in an amount alone (3个月前,
	 * 十几天内), which m_amount_expr tries only when zn_d_amount reads one
	 * at i: reading it is cheaper than the grammar's way there, and most of
	 * these are counts of other things (12 个项目, 5000 余人).
	 */
	if (alts == E_AMOUNT)
	{
		zn_damount	a;

		may = zn_d_amount(&st, i, false, &a) != 0;
	}
	else
		may = alts != 0;
	return may || c->fail != ZN_OK;
}

size_t
zn_d_expr(zn_dstate *st, size_t i, zn_dspan *out)
{
	zn_dspan	s,
				term;
	size_t		best = 0,
				e,
				f,
				term_end;
	bool		ago = false;
	int			w;
	okind		k;
	uint32_t	alts = zn_dstarts_at(&expr_starts, st->c, zn_d_skip(st->c, i));

#define TAKE(end_) do { if ((end_) > best) { best = (end_); *out = s; } } while (0)
#define FAILED() (st->c->fail != ZN_OK)

	/* 约2019年4月: approximately */
	if ((alts & E_APPROX) && (e = zn_d_words(st, i, &approx_before, &w)) != 0)
	{
		memset(&s, 0, sizeof(s));
		if ((f = zn_d_expr(st, e, &s)) != 0)
		{
			s.qual = ZN_Q_APPROX;
			TAKE(f);
		}
		return best;
	}

	memset(&term, 0, sizeof(term));
	term_end = zn_d_term(st, i, NULL, &term);
	if (FAILED())
		return 0;
	if (term_end)
	{
		s = term;
		TAKE(term_end);
		/* X以来, X起, X以前, X以后, X或之后, X左右 */
		if ((e = open_word(st, term_end, &k)) != 0 &&
			/* a lone 来 is more often the verb: 明天来 */
			!(k == O_SINCE && e - zn_d_skip(st->c, term_end) == 3 && term.grain < ZN_G_MONTH))
		{
			s = term;
			if (apply_open(st, k, &s))
				TAKE(e);
		}
	}

	alts |= number_alts(st, i);

	memset(&s, 0, sizeof(s));
	if (((alts & E_RANGE) || term_end) && (e = m_range(st, i, &s)) != 0)
	{
		zn_dspan	r = s;

		TAKE(e);
		/* 2018-2019年以来 */
		if ((f = open_word(st, e, &k)) != 0 && k != O_BEFORE && k != O_AFTER)
		{
			s = r;
			if (apply_open(st, k, &s))
				TAKE(f);
		}
	}
	if (FAILED())
		return 0;

	memset(&s, 0, sizeof(s));
	if ((alts & E_UNTIL) && (e = m_until(st, i, &s)) != 0)
		TAKE(e);
	memset(&s, 0, sizeof(s));
	if ((alts & E_FROM) && (e = m_from(st, i, &s)) != 0)
		TAKE(e);
	if (FAILED())
		return 0;

	memset(&s, 0, sizeof(s));
	if ((e = m_amount_expr(st, i, alts, &s, &ago)) != 0)
	{
		if (e > best || (e == best && ago))
		{
			best = e;
			*out = s;
		}
	}
	memset(&s, 0, sizeof(s));
	if ((alts & E_VAGUE) && (e = m_vague(st, i, &s)) != 0)
		TAKE(e);
#undef TAKE
#undef FAILED
	return st->c->fail ? 0 : best;
}
