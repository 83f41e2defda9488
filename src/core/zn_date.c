/*
 * zn_date.c — entry point of the date grammar and the helpers its parts
 * share.
 *
 * The grammar is layered:
 *
 *   zn_m_date      a figure of kind date: zn_d_expr, then the figure
 *   zn_d_expr      ranges (至 到 —), open ranges (以来 截至 起 以前 以后),
 *                  windows (近30天, 3个月内), offsets (3天前)   zn_date_range.c
 *   zn_d_term      one calendar term: 2019年4月14日, 去年一季度, 下周三,
 *                  2019-04-14, 春节                               zn_date_term.c
 *   zn_d_amount    a count of calendar units: 3个月, 两年半      zn_duration.c
 *
 * Every part works on days since 2000-01-01 and an inclusive [lo, hi].
 * Relative expressions are resolved against the reference date; without
 * one they are computed against a stand-in date and the figure says
 * dates.known = false, so that they still match (extraction reports them)
 * but carry no range.
 */
#include "zn_date.h"

void
zn_dstate_init(zn_dstate *st, zn_ctx *c)
{
	int32_t		lo = zn_year_first(ZN_YEAR_MIN),
				hi = zn_year_last(ZN_YEAR_MAX);

	st->c = c;
	st->start = 0;
	/* a reference outside years 1..9999 resolves nothing */
	st->noref = c->ref == ZN_NO_REF || c->ref < lo || c->ref > hi;
	st->ref = st->noref ? 0 : c->ref;
	zn_ymd(st->ref, &st->ry, &st->rm, &st->rd);
}

size_t
zn_d_lit(const zn_dstate *st, size_t i, const char *w)
{
	return zn_m_lit(st->c, zn_skip_spaces(st->c, i), w);
}

size_t
zn_d_words(const zn_dstate *st, size_t i, const char *const *w, int n, int *which)
{
	size_t		j = zn_skip_spaces(st->c, i),
				best = 0;
	int			k;

	for (k = 0; k < n; k++)
	{
		size_t		e = zn_m_lit(st->c, j, w[k]);

		if (e > best)
		{
			best = e;
			*which = k;
		}
	}
	return best;
}

static bool
is_unit_char(uint32_t cp)
{
	switch (cp)
	{
		case 0x5341:			/* 十 */
		case 0x62FE:			/* 拾 */
		case 0x767E:			/* 百 */
		case 0x4F70:			/* 佰 */
		case 0x5343:			/* 千 */
		case 0x4EDF:			/* 仟 */
		case 0x5EFF:			/* 廿 */
		case 0x5345:			/* 卅 */
			return true;
		default:
			return false;
	}
}

size_t
zn_d_num(const zn_dstate *st, size_t i, zn_dnum *n)
{
	zn_ctx	   *c = st->c;
	size_t		j = zn_skip_spaces(c, i),
				e,
				k,
				nx;
	uint32_t	cp = zn_cp(c, j, &nx);

	memset(n, 0, sizeof(*n));
	n->start = j;
	/* 俩 and 仨 are colloquial counts the numeral grammar leaves alone */
	if (cp == 0x4FE9 || cp == 0x5006)	/* 俩 倆 */
	{
		n->val = 2;
		n->ndigits = 1;
		n->liang = true;
		return nx;
	}
	if (cp == 0x4EE8)			/* 仨 */
	{
		n->val = 3;
		n->ndigits = 1;
		n->liang = true;
		return nx;
	}
	e = zn_m_uint(c, j, &n->val, &n->ndigits);
	if (e == 0)
		return 0;
	n->liang = (cp == 0x4E24 || cp == 0x5169);	/* 两 兩 */
	n->arabic = true;
	for (k = j; k < e;)
	{
		cp = zn_cp(c, k, &nx);
		if (cp < '0' || cp > '9')
			n->arabic = false;
		if (is_unit_char(cp))
			n->unit = true;
		k = nx;
	}
	return e;
}

size_t
zn_d_bad(zn_dstate *st, size_t pos, const char *detail)
{
	if (st->c->anchored)
		zn_fail(st->c, ZN_ERR_DATE, pos, detail);
	return 0;
}

/* Chinese numeral characters, to keep a date from starting inside a
 * numeral (二十一 must not yield 十一). */
bool
zn_d_is_cn_numeral(uint32_t cp)
{
	switch (cp)
	{
		case 0x96F6:			/* 零 */
		case 0x3007:			/* 〇 */
		case 0x4E00:			/* 一 */
		case 0x4E8C:			/* 二 */
		case 0x4E24:			/* 两 */
		case 0x4E09:			/* 三 */
		case 0x56DB:			/* 四 */
		case 0x4E94:			/* 五 */
		case 0x516D:			/* 六 */
		case 0x4E03:			/* 七 */
		case 0x516B:			/* 八 */
		case 0x4E5D:			/* 九 */
		case 0x5341:			/* 十 */
		case 0x767E:			/* 百 */
		case 0x5343:			/* 千 */
		case 0x4E07:			/* 万 */
		case 0x4EBF:			/* 亿 */
		case 0x5EFF:			/* 廿 */
		case 0x5345:			/* 卅 */
			return true;
		default:
			return false;
	}
}

/*
 * In running text a date must not begin in the middle of a number:
 * "202403073" holds no 20240307, "1.5" no 5, "二十一" no 十一.
 */
static bool
glued_to_number(zn_ctx *c, size_t i)
{
	size_t		n;
	uint32_t	cp = zn_cp(c, i, &n),
				prev = zn_cp_before(c, i);
	bool		digit = cp >= '0' && cp <= '9';

	if (i == 0)
		return false;
	if (digit && ((prev >= '0' && prev <= '9') || prev == '.' ||
				  (prev >= 'A' && prev <= 'Z') || (prev >= 'a' && prev <= 'z')))
		return true;
	if (zn_d_is_cn_numeral(cp) && zn_d_is_cn_numeral(prev))
		return true;
	return false;
}

/*
 * Recurring or lunar-leap contexts a date must not be read out of:
 * 每周三, 每年春节, 隔天, 闰四月 (a leap month the table does not have).
 */
static bool
after_every(zn_ctx *c, size_t i)
{
	uint32_t	prev = zn_cp_before(c, i);
	size_t		j;

	if (prev == 0x6BCF || prev == 0x9694 || prev == 0x95F0 || prev == 0x958F)	/* 每 隔 闰 閏 */
		return true;
	/* 每个周一, 每年母亲节 */
	if (prev == 0x4E2A || prev == 0x500B || prev == 0x5E74 || prev == 0x6708)	/* 个 個 年 月 */
	{
		j = i;
		do
			j--;
		while (j > 0 && (c->s[j] & 0xC0) == 0x80);
		return zn_cp_before(c, j) == 0x6BCF;
	}
	return false;
}

size_t
zn_m_date(zn_ctx *c, size_t i, zn_figure *out)
{
	zn_dstate	st;
	zn_dspan	s;
	size_t		e;

	/* a figure never begins with white space (its span would include it) */
	if (zn_skip_spaces(c, i) != i || glued_to_number(c, i) || after_every(c, i))
		return 0;
	zn_dstate_init(&st, c);
	st.start = i;
	memset(&s, 0, sizeof(s));
	e = zn_d_expr(&st, i, &s);
	if (e == 0 || c->fail)
		return 0;

	memset(out, 0, sizeof(*out));
	out->kind = ZN_KIND_DATE;
	out->qual = s.qual;
	out->dates.known = !s.vague && !(s.rel && st.noref);
	out->dates.lo = out->dates.known ? s.lo : 0;
	out->dates.hi = out->dates.known ? s.hi : 0;
	out->is_range = out->dates.known && s.lo != s.hi;
	out->lo = zn_dec_make(0, 0);
	out->hi = out->lo;
	out->start = i;
	out->end = e;
	return e;
}
