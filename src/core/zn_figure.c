/*
 * zn_figure.c — figures: a numeral with its sign, fraction, percent sign,
 * currency, sub-units (角 分 厘), measure word, qualifiers and range.
 *
 *   figure := qual? currency? value (unit | currency subunits?)?
 *             (sep value (unit | currency)?)? qual?
 *   value  := sign? ( numeral 分之 numeral | numeral (又 fraction)? | a/b )
 *
 * The kind follows from what is found: a currency makes money, a percent
 * sign (% ‰ 百分之 个百分点 成 折) a percent, a measure word a quantity.
 */
#include "zn_scan.h"
#include "zn_words.h"

static const zn_dec ZERO = {0, 0};

static bool
is_ascii_digit_at(const zn_ctx *c, size_t i)
{
	size_t		n;
	uint32_t	cp = zn_cp(c, i, &n);

	return cp >= '0' && cp <= '9';
}

/* - + − 负 負 (inlined: every value asks, and most fail at the first test) */
static inline __attribute__((always_inline)) size_t
m_sign(const zn_ctx *c, size_t i, bool *neg)
{
	size_t		n;
	uint32_t	cp;

	/* lead bytes of the signs (− is E2 88 92, 负 E8 B4 9F, 負 E8 B2 A0,
	 * and the full-width －＋ that zn_cp folds are EF BC 8D / 8B) */
	if (i >= c->len || (c->s[i] != '-' && c->s[i] != '+' && c->s[i] != 0xE2 &&
						c->s[i] != 0xE8 && c->s[i] != 0xEF))
		return 0;
	cp = zn_cp(c, i, &n);

	if (cp == '-' || cp == 0x2212 || cp == 0x8D1F || cp == 0x8CA0)
	{
		*neg = true;
		return n;
	}
	if (cp == '+')
	{
		*neg = false;
		return n;
	}
	return 0;
}

static size_t
skip_sp(const zn_ctx *c, size_t i)
{
	return zn_skip_spaces(c, i);
}

/* A plain numeral usable as a denominator or numerator: one exact value. */
static bool
plain(const zn_numv *v)
{
	return !v->is_range && v->qual == ZN_Q_EXACT;
}

static size_t
neg_numeral(zn_ctx *c, size_t i, zn_numv *v)
{
	bool		neg = false;
	size_t		j = m_sign(c, i, &neg);
	size_t		e;

	j = j ? (c->anchored ? skip_sp(c, j) : j) : i;
	e = zn_m_numeral(c, j, v);
	if (e && neg)
	{
		v->lo.coef = -v->lo.coef;
		v->hi.coef = -v->hi.coef;
	}
	return e;
}

/* "X分之Y" at i, where X has already been read into den (ending at i). */
static size_t
per_fraction(zn_ctx *c, size_t i, const zn_numv *den, zn_numv *out)
{
	size_t		j = c->anchored ? skip_sp(c, i) : i;
	size_t		k = zn_m_lit(c, j, "分");
	zn_numv		num;
	size_t		e;

	if (k)
	{
		size_t		z = zn_m_lit(c, c->anchored ? skip_sp(c, k) : k, "之");
		size_t		m;

		/* 百分三十, 百分百: 之 left out after a bare 百 */
		if (!z && !((den->flags & ZN_NF_BARE_UNIT) && !(den->flags & ZN_NF_ARABIC) &&
					zn_dec_cmp(den->lo, zn_dec_make(100, 0)) == 0 &&
					zn_cp(c, k, &m) != 0x70B9))
			return 0;
		k = z ? z : k;
	}
	if (!k)
		return 0;
	if (!plain(den) || zn_dec_is_zero(den->lo))
	{
		zn_miss(c, j, "a fraction needs a nonzero denominator");
		return 0;
	}
	k = c->anchored ? skip_sp(c, k) : k;
	e = neg_numeral(c, k, &num);
	if (!e)
	{
		zn_miss(c, k, "a number must follow 分之");
		return 0;
	}
	*out = num;
	if (!zn_dec_div(num.lo, den->lo, &out->lo) || !zn_dec_div(num.hi, den->lo, &out->hi))
		return zn_fail(c, ZN_ERR_RANGE, i, "value out of range");
	out->flags |= ZN_NF_CHINESE;
	out->tail_scale = -1;
	return e;
}

/*
 * "/b" after the Arabic numerator a (ending at e): a/b, whole strings only
 * (in running text a slash is a date).
 */
static size_t
slash_rest(zn_ctx *c, size_t e, const zn_numv *a, zn_numv *out)
{
	zn_numv		b;
	size_t		k = skip_sp(c, e),
				k2;

	if (!c->anchored || a->flags != ZN_NF_ARABIC || zn_cp(c, k, &k2) != '/')
		return 0;
	k = skip_sp(c, k2);
	e = zn_m_numeral(c, k, &b);
	if (!e || b.flags != ZN_NF_ARABIC || zn_dec_is_zero(b.lo))
		return 0;
	*out = *a;
	if (!zn_dec_div(a->lo, b.lo, &out->lo))
		return zn_fail(c, ZN_ERR_RANGE, k, "value out of range");
	out->hi = out->lo;
	out->tail_scale = -1;
	return e;
}

/* Arabic a/b at i. */
static size_t
slash_fraction(zn_ctx *c, size_t i, zn_numv *out)
{
	zn_numv		a;
	size_t		e = zn_m_numeral(c, i, &a);

	return e ? slash_rest(c, e, &a, out) : 0;
}

/*
 * Can a fraction (分之, 又, a/b, "1 3/5") or a multiplying word (打 对 双)
 * follow the numeral ending at e?  Each begins with one of these characters
 * (after spaces at most), so when none is there m_value need not try them.
 */
static bool
value_goes_on(const zn_ctx *c, size_t e)
{
	size_t		n;
	uint32_t	cp = zn_cp(c, skip_sp(c, e), &n);

	switch (cp)
	{
		case 0x5206:			/* 分 */
		case 0x53C8:			/* 又 */
		case '/':
		case 0x6253:			/* 打 */
		case 0x5BF9:			/* 对 */
		case 0x5C0D:			/* 對 */
		case 0x53CC:			/* 双 */
		case 0x96D9:			/* 雙 */
			return true;
		default:
			return cp >= '0' && cp <= '9';
	}
}

/*
 * A value: sign, then a fraction or a numeral with an optional 又-fraction.
 * *pct is set for 百分之 / 千分之 (a percent or per-mille written as a
 * fraction).  pre, when not 0, is the end of the numeral already read into
 * *v at i, where there is no sign (zn_m_figure reads it first).  (Inlined
 * into m_side, its caller on every parse, which saves a call's register
 * traffic: compilers do not do it alone at this size.)
 */
static inline __attribute__((always_inline)) size_t
m_value(zn_ctx *c, size_t i, zn_numv *v, bool *pct, size_t pre)
{
	bool		neg = false;
	size_t		j,
				e,
				k;
	zn_numv		n,
				f;

	*pct = false;
	if (pre)
		e = pre;
	else
	{
		j = m_sign(c, i, &neg);
		j = j ? (c->anchored ? skip_sp(c, j) : j) : i;
		/* the numeral is read straight into *v: most values are that alone */
		e = zn_m_numeral(c, j, v);
		if (c->fail)
			return 0;
		if (!e)
		{
			zn_miss(c, j, NULL);
			return 0;
		}
	}
	if (!value_goes_on(c, e))
		goto sign;
	n = *v;

	/* X分之Y */
	if ((k = per_fraction(c, e, &n, &f)) != 0)
	{
		/* 百分之, 千分之, 万分之, 百万分之: a share of a power of ten */
		zn_dec		d = zn_dec_normalize(n.lo);

		*pct = (n.flags & ZN_NF_BARE_UNIT) && !(n.flags & ZN_NF_ARABIC) &&
			d.coef == 1 && d.exp >= 2;
		*v = f;
		e = k;
	}
	else if (c->fail)
		return 0;
	else if (plain(&n))
	{
		/* N又X分之Y, or (whole string) "1 3/5" */
		size_t		s = c->anchored ? skip_sp(c, e) : e;
		size_t		y = zn_m_lit(c, s, "又");
		zn_numv		den;

		if (y)
		{
			y = c->anchored ? skip_sp(c, y) : y;
			k = zn_m_numeral(c, y, &den);
			if (k && (k = per_fraction(c, k, &den, &f)) != 0 &&
				zn_dec_add(n.lo, f.lo, &v->lo))
			{
				v->hi = v->lo;
				v->tail_scale = -1;
				e = k;
			}
		}
		else if (c->anchored && s > e && is_ascii_digit_at(c, s) &&
				 (k = slash_fraction(c, s, &f)) != 0 &&
				 zn_dec_add(n.lo, f.lo, &v->lo))
		{
			v->hi = v->lo;
			v->tail_scale = -1;
			e = k;
		}
		else if ((k = slash_rest(c, e, &n, &f)) != 0)
		{
			*v = f;
			e = k;
		}
		if (c->fail)
			return 0;
	}
	if (c->anchored && plain(v) && !*pct)
	{
		/* 五打 = 60, 一对 = 2: counting words that multiply (whole strings
		 * only; in running text they are measure words: 一双鞋) */
		int			times = 0;

		switch (zn_cp(c, skip_sp(c, e), &k))
		{
			case 0x6253:		/* 打 */
				times = 12;
				break;
			case 0x5BF9:		/* 对 */
			case 0x5C0D:		/* 對 */
			case 0x53CC:		/* 双 */
			case 0x96D9:		/* 雙 */
				times = 2;
				break;
		}
		if (times)
		{
			if (!zn_dec_mul(v->lo, zn_dec_make(times, 0), &v->lo))
				return zn_fail(c, ZN_ERR_RANGE, i, "value out of range");
			v->hi = v->lo;
			v->tail_scale = -1;
			e = k;
		}
	}
sign:
	if (neg)
	{
		zn_dec		t = v->lo;

		v->lo.coef = -v->hi.coef;
		v->lo.exp = v->hi.exp;
		v->hi.coef = -t.coef;
		v->hi.exp = t.exp;
		v->flags |= ZN_NF_SIGN;
	}
	return e;
}

/* ---- percent ------------------------------------------------------------ */

typedef enum pct_mark
{
	PCT_NONE,
	PCT_PERCENT,				/* % or 个百分点 (value / 100) */
	PCT_PERMILLE,				/* ‰ (value / 1000) */
	PCT_CHENG,					/* 成: tenths */
	PCT_ZHE						/* 折: 八折 = 80%, 75折 = 75% */
} pct_mark;

static size_t
m_percent_mark(const zn_ctx *c, size_t i, pct_mark *m, size_t *unit_start, size_t *unit_len)
{
	size_t		j = skip_sp(c, i),
				e,
				n;

	*unit_len = 0;
	/* the first character tells which mark it can be */
	switch (zn_cp(c, j, &n))
	{
		case '%':				/* and ％, which zn_cp folds */
			*m = PCT_PERCENT;
			return n;
		case 0x2030:			/* ‰ */
			*m = PCT_PERMILLE;
			return n;
		case 0x6210:			/* 成 */
			*m = PCT_CHENG;
			return n;
		case 0x6298:			/* 折 */
			*m = PCT_ZHE;
			return n;
		case 0x767E:			/* 百 */
			if ((e = zn_m_lit(c, j, "百分点")) || (e = zn_m_lit(c, j, "百分點")))
			{
				*m = PCT_PERCENT;
				*unit_start = j;
				*unit_len = e - j;
				return e;
			}
			return 0;
		case 0x4E2A:			/* 个 */
		case 0x500B:			/* 個 */
			break;
		default:
			return 0;
	}
	{
		static const char *const pts[] = {"个百分点", "個百分點", "个百分點"};
		size_t		k;
		size_t		s = j;

		for (k = 0; k < sizeof(pts) / sizeof(pts[0]); k++)
			if ((e = zn_m_lit(c, s, pts[k])))
			{
				*m = PCT_PERCENT;
				*unit_start = s;
				*unit_len = e - s;
				return e;
			}
		if (c->anchored)
		{
			/* "六   个 百 分点": the same words with spaces between their
			 * characters, whole-string only */
			static const char *const parts[][4] = {
				{"个", "百", "分", "点"}, {"個", "百", "分", "點"}
			};
			int			p;

			for (p = 0; p < 2; p++)
			{
				size_t		q = s;
				int			w;

				for (w = 0; w < 4; w++)
				{
					size_t		r = zn_m_lit(c, skip_sp(c, q), parts[p][w]);

					if (!r)
						break;
					q = r;
				}
				if (w == 4)
				{
					*m = PCT_PERCENT;
					*unit_start = s;
					*unit_len = q - s;
					return q;
				}
			}
		}
	}
	return 0;
}

/* Turn the value into a fraction for the mark; false if it cannot be one. */
static bool
apply_percent(zn_ctx *c, zn_numv *v, pct_mark m)
{
	int			places;
	zn_dec		ten = zn_dec_make(10, 0);

	switch (m)
	{
		case PCT_PERCENT:
			places = -2;
			break;
		case PCT_PERMILLE:
			places = -3;
			break;
		case PCT_CHENG:
			/* 七成, 六点五成: at most ten tenths */
			if (v->is_range ? zn_dec_cmp(v->hi, ten) > 0 : zn_dec_cmp(v->lo, ten) > 0)
				return false;
			places = -1;
			break;
		case PCT_ZHE:
			/* 八折 = 0.8, 八五折 / 85折 = 0.85, 8.5折 = 0.85 */
			if (zn_dec_cmp(v->lo, ten) < 0)
				places = -1;
			else if (zn_dec_cmp(v->lo, zn_dec_make(100, 0)) < 0 && !(v->flags & ZN_NF_POINT))
				places = -2;
			else
				return false;
			break;
		default:
			return true;
	}
	if (!zn_dec_shift(v->lo, places, &v->lo) || !zn_dec_shift(v->hi, places, &v->hi))
	{
		zn_fail(c, ZN_ERR_RANGE, 0, "value out of range");
		return false;
	}
	return true;
}

/* ---- money sub-units ---------------------------------------------------- */

/* Add d * 10^place to both ends of v (away from zero when v is negative:
 * 负壹元捌角 is -1.8). */
static bool
add_part(zn_ctx *c, zn_numv *v, zn_dec d, int place, size_t pos)
{
	if (v->flags & ZN_NF_SIGN)
		d.coef = -d.coef;
	if (!zn_dec_shift(d, place, &d) || !zn_dec_add(v->lo, d, &v->lo) ||
		!zn_dec_add(v->hi, d, &v->hi))
	{
		zn_fail(c, ZN_ERR_RANGE, pos, "value out of range");
		return false;
	}
	return true;
}

/* One digit 0-9 written alone (no unit, point or sign). */
static size_t
m_digit(zn_ctx *c, size_t i, zn_dec *d)
{
	zn_numv		v;
	size_t		e = zn_m_numeral(c, i, &v);

	if (!e || !plain(&v) || v.ndigits != 1 ||
		(v.flags & (ZN_NF_UNIT | ZN_NF_POINT | ZN_NF_SIGN | ZN_NF_DIGITSEQ)))
		return 0;
	*d = v.lo;
	return e;
}

/*
 * Sub-units after the main unit (or alone, first = true): 3角5分, 三毛,
 * 5厘, a trailing digit one place below the last unit (一块二 = 1.2,
 * 两毛五 = 0.25), 零 before a lower unit (三块零四 = 3.04, 壹元零伍分),
 * then 钱.  Adds to v; returns the new end (i when nothing follows).
 */
static size_t
m_subunits(zn_ctx *c, size_t i, zn_numv *v, bool first)
{
	static const struct
	{
		const char *w;
		int			place;
	}			subs[] = {
		{"角", -1}, {"毛", -1}, {"毫", -1}, {"分", -2}, {"仙", -2}, {"厘", -3}
	};
	size_t		j = i,
				end = i;
	int			last = 0;		/* place of the last unit: 0 is 元 */
	bool		zero = false;

	/* most amounts end at their unit: no digit (零 is one) after it */
	if (!zn_numeral_may_start(c, skip_sp(c, i)))
	{
		zn_miss(c, skip_sp(c, i), NULL);
		return i;
	}
	for (;;)
	{
		zn_dec		d;
		size_t		e,
					k = 0;
		int			s,
					found = -1;

		if (!zero && last > -2 && (e = zn_m_lit(c, j, "零")) != 0)
		{
			/* 零 between units: 壹元零伍分, 三块零四 */
			zero = true;
			j = e;
			continue;
		}
		e = m_digit(c, skip_sp(c, j), &d);

		if (!e)
		{
			/* 二十分 (whole string): a two-digit count of 分 alone */
			zn_numv		w;

			if (first && last == 0 && c->anchored &&
				(e = zn_m_numeral(c, j, &w)) && plain(&w) &&
				zn_dec_cmp(w.lo, zn_dec_make(100, 0)) < 0 && zn_dec_cmp(w.lo, ZERO) > 0 &&
				!(w.flags & (ZN_NF_POINT | ZN_NF_SIGN)) && (k = zn_m_lit(c, e, "分")))
			{
				if (!add_part(c, v, w.lo, -2, j))
					return 0;
				end = k;
			}
			break;
		}
		for (s = 0; s < (int) (sizeof(subs) / sizeof(subs[0])); s++)
			if ((k = zn_m_lit(c, e, subs[s].w)) != 0)
			{
				found = s;
				break;
			}
		if (found < 0)
		{
			/* a trailing digit one place below the last unit, at the end */
			int			place = zero ? -2 : last - 1;

			char		cur[4];

			/* ... written right after the unit, and not the start of another
			 * amount (4人民币 5美元 is two amounts) */
			if ((first && last == 0) || place < -2 || zn_m_lit(c, e, "分") ||
				zn_m_lit(c, e, "厘") || skip_sp(c, j) != j ||
				zn_m_currency_after(c, skip_sp(c, e), cur, NULL))
				break;
			if (!add_part(c, v, d, place, j))
				return 0;
			end = e;
			break;
		}
		if (subs[found].place >= last)
			break;
		if (!add_part(c, v, d, subs[found].place, j))
			return 0;
		last = subs[found].place;
		zero = false;
		j = end = k;
	}
	if (end > i && (j = zn_m_lit(c, end, "钱")) != 0)
		end = j;
	return end;
}

/* 整 or 正 closing an amount. */
static size_t
m_zheng(const zn_ctx *c, size_t i)
{
	size_t		e;

	if ((e = zn_m_lit(c, i, "整")) || (e = zn_m_lit(c, i, "正")))
		return e;
	return 0;
}

/* (含) after a bound: the bound is included, as 以上 already says. */
static size_t
m_inclusive_mark(const zn_ctx *c, size_t i)
{
	size_t		n,
				e;

	if (zn_cp(c, i, &n) != '(' || !(e = zn_m_lit(c, n, "含")) || zn_cp(c, e, &n) != ')')
		return 0;
	return n;
}

/* ---- one end of a figure ------------------------------------------------ */

typedef struct side
{
	zn_numv		v;
	bool		pct;			/* 百分之 */
	pct_mark	mark;
	char		cur[4];
	bool		generic;		/* the currency was only 元 / 块 */
	size_t		unit_start,
				unit_len;
	size_t		end;
} side;

/* The currency after a value, with sub-units and 整. */
static size_t
m_money_after(zn_ctx *c, size_t e, side *sd)
{
	bool		generic2;
	size_t		j = skip_sp(c, e),
				k = zn_m_currency_after(c, j, sd->cur, &sd->generic),
				s,
				z;
	char		cur2[4];

	if (!k)
		return 0;
	/* in running text 块 is also a measure word (254 块 KT 板): it is money
	 * only as 块钱 or with 角 digits after it (三块五) */
	if (!c->anchored && k == j + 3 &&
		(zn_m_lit(c, j, "块") || zn_m_lit(c, j, "塊")))
	{
		zn_dec		d;

		if (!m_digit(c, k, &d))
		{
			sd->cur[0] = '\0';	/* not money: no currency either */
			sd->generic = false;
			return 0;
		}
	}
	if (k >= c->len)
	{
		/* what m_subunits notes when nothing follows (most amounts) */
		zn_miss(c, k, NULL);
		return k;
	}
	if (sd->generic)
	{
		/* 三万元欧元, 9000元日币: the named currency wins over 元 */
		size_t		k2 = zn_m_currency_after(c, k, cur2, &generic2);

		if (k2 && !generic2)
		{
			memcpy(sd->cur, cur2, 4);
			sd->generic = false;
			k = k2;
		}
	}
	s = m_subunits(c, k, &sd->v, false);
	if (c->fail)
		return 0;
	if ((z = m_zheng(c, s)) != 0)
		s = z;
	/* 7.22元/股, 3000元/吨: a price per unit; the unit is kept, slash and all */
	{
		size_t		n,
					u;

		if (zn_cp(c, s, &n) == '/' && (u = zn_m_measure(c, n)) != 0)
		{
			sd->unit_start = s;
			sd->unit_len = u - s;
			s = u;
		}
	}
	return s;
}

/* Every field but v, which m_value fills when it succeeds (the struct is
 * large: a memset of it costs more than this). */
static inline void
side_init(side *sd)
{
	sd->pct = false;
	sd->mark = PCT_NONE;
	memset(sd->cur, 0, sizeof(sd->cur));
	sd->generic = false;
	sd->unit_start = sd->unit_len = 0;
	sd->end = 0;
}

/*
 * A value and what follows it (percent mark, currency with sub-units, or a
 * measure word), restricted to the kinds asked for.  pre: as for m_value.
 */
static size_t
m_side(zn_ctx *c, size_t i, unsigned kinds, side *sd, size_t pre)
{
	size_t		e,
				k;

	side_init(sd);
	e = m_value(c, i, &sd->v, &sd->pct, pre);
	if (!e)
		return 0;

	/*
	 * A unit word that begins with the numeral's last character (千米, 兆瓦,
	 * 百分点) takes that character back from the numeral.
	 */
	if ((kinds & (ZN_MASK(ZN_KIND_QUANTITY) | ZN_MASK(ZN_KIND_PERCENT))) &&
		(sd->v.flags & ZN_NF_UNIT) && sd->v.last_start > i && !sd->pct)
	{
		size_t		ls = sd->v.last_start;
		size_t		mw = (kinds & ZN_MASK(ZN_KIND_QUANTITY)) ? zn_m_measure(c, ls) : 0;
		pct_mark	pm;
		size_t		us,
					ul;
		size_t		pw = (kinds & ZN_MASK(ZN_KIND_PERCENT)) ?
			m_percent_mark(c, ls, &pm, &us, &ul) : 0;

		if ((mw > e) || (pw > e))
		{
			size_t		save = c->len;
			side		shorter;

			c->len = ls;
			k = m_value(c, i, &shorter.v, &shorter.pct, 0);
			c->len = save;
			if (k)
			{
				sd->v = shorter.v;
				sd->pct = shorter.pct;
				e = k;
			}
		}
	}
	sd->end = e;
	if (e >= c->len)
		return e;				/* no mark, currency or unit can follow */

	if ((kinds & ZN_MASK(ZN_KIND_PERCENT)) && !sd->pct)
	{
		pct_mark	m;
		size_t		us = 0,
					ul = 0;

		k = m_percent_mark(c, e, &m, &us, &ul);
		if (k && (m == PCT_PERCENT || m == PCT_PERMILLE || !(sd->v.flags & ZN_NF_ARABIC) ||
				  m == PCT_ZHE || c->anchored))
		{
			sd->mark = m;
			sd->unit_start = us;
			sd->unit_len = ul;
			sd->end = k;
			return k;
		}
	}
	if (sd->pct)
		return e;
	if (kinds & ZN_MASK(ZN_KIND_MONEY))
	{
		k = m_money_after(c, e, sd);
		if (c->fail)
			return 0;
		if (k)
			return sd->end = k;
		/* 五角, 两毛五 (and 二十五分 in a whole string): fractions of 元 alone */
		if ((sd->v.flags & ZN_NF_POINT) == 0 && plain(&sd->v))
		{
			zn_numv		w = sd->v;
			size_t		j = skip_sp(c, e);
			bool		neg = false;
			size_t		from = m_sign(c, i, &neg);

			/* the sub-units are read again from after the sign */
			from = from ? (c->anchored ? skip_sp(c, from) : from) : i;

			if (zn_m_lit(c, j, "角") || zn_m_lit(c, j, "毛") ||
				(c->anchored && (zn_m_lit(c, j, "分") || zn_m_lit(c, j, "毫") ||
								 zn_m_lit(c, j, "仙"))))
			{
				size_t		s;

				w.lo = w.hi = ZERO;
				if (!neg)
					w.flags &= ~ZN_NF_SIGN;
				s = m_subunits(c, from, &w, true);
				if (c->fail)
					return 0;
				if (s > e)
				{
					size_t		z = m_zheng(c, s);

					sd->v.lo = w.lo;
					sd->v.hi = w.hi;
					memcpy(sd->cur, "CNY", 4);
					sd->generic = true;
					sd->end = z ? z : s;
					return sd->end;
				}
			}
		}
	}
	if (kinds & ZN_MASK(ZN_KIND_QUANTITY))
	{
		size_t		j = skip_sp(c, e);

		k = zn_m_measure(c, j);
		if (k)
		{
			size_t		h = zn_m_lit(c, k, "半");

			sd->unit_start = j;
			sd->unit_len = k - j;
			/* 一吨半, 三斤半: and a half */
			if (h && plain(&sd->v) && !(sd->v.flags & ZN_NF_POINT))
			{
				if (!add_part(c, &sd->v, zn_dec_make(5, 0), -1, k))
					return 0;
				k = h;
			}
			sd->end = k;
			return k;
		}
	}
	return e;
}

static zn_kind
side_kind(const side *sd)
{
	if (sd->pct || sd->mark != PCT_NONE)
		return ZN_KIND_PERCENT;
	if (sd->cur[0])
		return ZN_KIND_MONEY;
	if (sd->unit_len)
		return ZN_KIND_QUANTITY;
	return ZN_KIND_NUMBER;
}

/*
 * Scale the left end by what the right end says and the left omits:
 * 20至30亿 (a bare number takes the right end's units after its leading
 * number: 三到四百万 is 300万 to 400万), 一百二十到一百五十万 (a number
 * without 万/亿 takes the right end's trailing 万/亿).
 */
static bool
inherit_scale(zn_ctx *c, side *l, const side *r)
{
	int			p = 0;

	if (l->v.is_range || (l->v.flags & (ZN_NF_HAS_BIG | ZN_NF_LETTER)) || l->pct)
		return true;
	if (!(l->v.flags & ZN_NF_UNIT) && r->v.tail_scale > 0)
		p = r->v.tail_scale;
	else
		p = r->v.big_tail;
	if (p <= 0)
		return true;
	if (!zn_dec_shift(l->v.lo, p, &l->v.lo) || !zn_dec_shift(l->v.hi, p, &l->v.hi))
	{
		zn_fail(c, ZN_ERR_RANGE, l->end, "value out of range");
		return false;
	}
	return true;
}

/* 至 到 - — ~ between the ends, or X与Y之间 (fills *between). */
static size_t
m_sep(const zn_ctx *c, size_t i, bool *between)
{
	size_t		k;

	*between = false;
	if ((k = zn_m_range_sep(c, i)) != 0)
		return k;
	if ((k = zn_m_lit(c, i, "与")) || (k = zn_m_lit(c, i, "和")))
	{
		*between = true;
		return k;
	}
	return 0;
}

/*
 * The right end of a range after the left end `a` (ending at e): on
 * success a becomes the range and the new end is returned.
 */
static size_t
m_range_try(zn_ctx *c, size_t e, unsigned kinds, const char *precur, side *a)
{
	size_t		s = skip_sp(c, e),
				sep,
				r,
				k;
	bool		between;
	side		b,
				l;
	zn_kind		ka = side_kind(a),
				kb;

	if (a->v.is_range || !(sep = m_sep(c, s, &between)))
		return 0;
	l = *a;
	/* in X与Y之间 the 间 is not a measure word */
	r = m_side(c, skip_sp(c, sep), between ? kinds & ~ZN_MASK(ZN_KIND_QUANTITY) : kinds, &b, 0);
	if (c->fail || !r || b.v.is_range || b.v.qual != ZN_Q_EXACT)
		return 0;
	if ((k = m_inclusive_mark(c, r)) != 0)
		r = b.end = k;
	if (precur[0] && (b.cur[0] == '\0' || b.generic))
		memcpy(b.cur, precur, 4);
	kb = side_kind(&b);
	if (ka == ZN_KIND_NUMBER)
	{
		/* the left end omits what the right end says */
		if (b.pct)
			return 0;
		l.mark = b.mark;
		memcpy(l.cur, b.cur, 4);
		if (!inherit_scale(c, &l, &b))
			return 0;
		/* 从8500到3万: scaled, the left end would pass the right one */
		if (zn_dec_cmp(l.v.lo, b.v.lo) >= 0)
		{
			l.v.lo = a->v.lo;
			l.v.hi = a->v.hi;
		}
	}
	else if (ka != kb || (ka == ZN_KIND_MONEY && strcmp(a->cur, b.cur) != 0))
		return 0;
	if (l.mark != PCT_NONE && !apply_percent(c, &l.v, l.mark))
		return 0;
	if (b.mark != PCT_NONE && !apply_percent(c, &b.v, b.mark))
		return 0;
	if (zn_dec_cmp(l.v.lo, b.v.lo) >= 0)
		return 0;
	if (between)
	{
		size_t		t = zn_m_lit(c, skip_sp(c, r), "之间");

		if (!t)
			t = zn_m_lit(c, skip_sp(c, r), "间");
		if (!t)
			return 0;
		r = t;
	}
	*a = l;
	a->v.hi = b.v.lo;
	a->v.is_range = true;
	/* the percent marks are applied above: the ends are fractions now */
	a->pct = (kb == ZN_KIND_PERCENT);
	a->mark = PCT_NONE;
	memcpy(a->cur, b.cur, 4);
	a->generic = b.generic;
	a->unit_start = b.unit_start;
	a->unit_len = b.unit_len;
	a->end = r;
	return r;
}

/*
 * A range after `a`, or 0.  When a separator is there but what follows it
 * does not make a range (30亿至20亿元, 20亿元至30亿美元), the error points
 * at the separator rather than wherever the attempt got to.
 */
static size_t
m_range(zn_ctx *c, size_t e, unsigned kinds, const char *precur, side *a)
{
	size_t		far = c->far,
				s = skip_sp(c, e),
				r;
	const char *far_detail = c->far_detail;
	bool		between;

	/* most figures are no range: the separator decides before anything */
	if (a->v.is_range || !m_sep(c, s, &between))
		return 0;
	r = m_range_try(c, e, kinds, precur, a);
	if (r || c->fail)
		return r;
	c->far = far;
	c->far_detail = far_detail;
	zn_miss(c, s, "the ends of a range must be in order and in one currency");
	return 0;
}

/*
 * The whole-string figure that ends with its numeral (read into sd->v at
 * a value without a sign, ending at e), right after a percent mark ("37.6%",
 * "七成"; the numeral without units, which would let m_side read a mark
 * such as 百分点 into it) or right after a currency word ("1234.56万元"),
 * filled into *sd as m_side would fill it: then m_value finds no fraction
 * to try (no mark or currency word begins as one does) and m_side nothing
 * more.  0 for any other figure, which m_side reads then.
 */
static size_t
side_ends(zn_ctx *c, size_t e, unsigned kinds, side *sd)
{
	size_t		k;

	side_init(sd);
	if (e >= c->len)
		return sd->end = e;
	if ((kinds & ZN_MASK(ZN_KIND_PERCENT)) && !(sd->v.flags & ZN_NF_UNIT))
	{
		/* (m_side takes every mark in a whole string) */
		pct_mark	m;
		size_t		us = 0,
					ul = 0;

		k = m_percent_mark(c, e, &m, &us, &ul);
		if (k < c->len)
			return 0;
		sd->mark = m;
		sd->unit_start = us;
		sd->unit_len = ul;
		return sd->end = k;
	}
	if ((kinds & (ZN_MASK(ZN_KIND_QUANTITY) | ZN_MASK(ZN_KIND_PERCENT))) ||
		!(kinds & ZN_MASK(ZN_KIND_MONEY)))
		return 0;
	k = zn_m_currency_after(c, skip_sp(c, e), sd->cur, &sd->generic);
	if (k < c->len)
		return 0;				/* (m_side sets cur and generic again) */
	zn_miss(c, k, NULL);		/* as m_money_after */
	return sd->end = k;
}

size_t
zn_m_figure(zn_ctx *c, size_t i, unsigned kinds, zn_figure *out)
{
	size_t		j = i,
				k,
				e,
				r;
	zn_qual		qpre = ZN_Q_EXACT,
				qpost;
	char		precur[4] = "";
	side		a;
	bool		from = false,
				neg;
	size_t		pre;
	zn_kind		kind;

	/* no prefix word begins with an Arabic digit: go straight to the value */
	if (j < c->len && c->s[j] >= '0' && c->s[j] <= '9')
		goto value;
	/* 每股 (per share) names what the amount is for; it is not kept */
	if ((kinds & ZN_MASK(ZN_KIND_MONEY)) && (k = zn_m_lit(c, j, "每股")) != 0)
		j = skip_sp(c, k);
	/* 从 X 到 Y */
	if ((k = zn_m_lit(c, j, "从")) != 0)
	{
		j = skip_sp(c, k);
		from = true;
	}
	/* qualifier, then currency, before the number (约1234元: no currency
	 * begins with a digit either) */
	if ((k = zn_m_qual_before(c, j, &qpre)) != 0)
		j = skip_sp(c, k);
	if ((kinds & ZN_MASK(ZN_KIND_MONEY)) && !(j < c->len && c->s[j] >= '0' && c->s[j] <= '9') &&
		(k = zn_m_currency_before(c, j, precur)) != 0)
		j = skip_sp(c, k);

value:
	e = 0;
	pre = 0;
	if (c->anchored && !from && !precur[0] && !m_sign(c, j, &neg))
	{
		/* the numeral first: most whole strings end with it or after a
		 * currency word, which side_ends takes without m_side */
		pre = zn_m_numeral(c, j, &a.v);
		if (c->fail)
			return 0;
		if (!pre)
		{
			zn_miss(c, j, NULL);	/* as m_value */
			return 0;
		}
		e = side_ends(c, pre, kinds, &a);
	}
	if (!e)
		e = m_side(c, j, kinds, &a, pre);
	if (!e)
		return 0;
	/* (a whole string mostly ends here: nothing below can follow then) */
	if (e < c->len && (k = m_inclusive_mark(c, e)) != 0)
		e = a.end = k;
	if (precur[0])
	{
		/* 人民币50元, 港币两千元: a currency after as well must agree */
		if (a.cur[0] && !a.generic && strcmp(a.cur, precur) != 0)
			return 0;
		if (side_kind(&a) != ZN_KIND_NUMBER && side_kind(&a) != ZN_KIND_MONEY)
			return 0;
		memcpy(a.cur, precur, 4);
		a.generic = false;
	}

	r = e < c->len ? m_range(c, e, kinds, precur, &a) : 0;
	if (c->fail)
		return 0;
	if (r)
		e = r;
	else if (from)
		return 0;
	else if (a.mark != PCT_NONE && !apply_percent(c, &a.v, a.mark))
		return 0;

	/* qualifier after: 左右 以上 以下 以内 余 */
	if (e < c->len && (k = zn_m_qual_after(c, skip_sp(c, e), &qpost)) != 0 &&
		!a.v.is_range)
	{
		if (qpre == ZN_Q_EXACT)
			qpre = qpost;
		e = k;
	}

	kind = side_kind(&a);
	if (!(kinds & ZN_MASK(kind)))
	{
		zn_miss(c, e, kind == ZN_KIND_NUMBER && (kinds & ZN_MASK(ZN_KIND_MONEY)) ?
				"a currency is required" : NULL);
		return 0;
	}
	/* every field set one by one: cheaper than a memset of the whole */
	out->kind = kind;
	out->is_range = a.v.is_range;
	out->lo = a.v.lo;
	out->hi = a.v.is_range ? a.v.hi : a.v.lo;
	out->qual = qpre != ZN_Q_EXACT ? qpre : a.v.qual;
	if (kind == ZN_KIND_MONEY)
		memcpy(out->currency, a.cur, 4);
	else
		memset(out->currency, 0, sizeof(out->currency));
	out->dates.known = false;
	out->dates.lo = out->dates.hi = 0;
	out->duration.months = out->duration.days = 0;
	out->duration.usecs = 0;
	out->unit_start = a.unit_start;
	out->unit_len = a.unit_len;
	out->start = i;
	out->end = e;
	return e;
}
