/*
 * zn_numeral.c — the numeral grammar: Arabic, Chinese and mixed numbers.
 *
 * A numeral is read in two steps.  The tokenizer (next_token) turns
 * characters into tokens: numbers (an Arabic digit run, or one Chinese
 * digit), small units 十百千, big units 万亿兆, 廿卅卌, a decimal fraction
 * after 点, and the vague markers 多 余 几 数.  The evaluator then folds the
 * tokens left to right with the usual section algorithm:
 *
 *   small unit u:  section += (pending or 1) * u       (units must decrease)
 *   big unit U:    if U is above everything so far:  total = (total+section)*U
 *                  else (a lower section, 三亿五千万):  total += section*U
 *
 * Two accumulators run side by side, one for the low and one for the high
 * end, so that adjacent-digit ranges (三五百, 十五六, 一万六七) are just a
 * number token whose low and high values differ.
 */
#include "zn_scan.h"

/* ---- character classes -------------------------------------------------- */

typedef enum nclass
{
	NC_NONE = 0,
	NC_DIGIT,					/* 零一二…九 and their variants; val = 0..9 */
	NC_SMALL,					/* 十百千; val = power of ten */
	NC_TENS,					/* 廿卅卌; val = 2..4 tens */
	NC_BIG,						/* 万亿兆; val = power of ten */
	NC_POINT,					/* 点 點 */
	NC_MORE,					/* 多 余 餘 */
	NC_SOME,					/* 几 幾 */
	NC_SEVERAL					/* 数 數 (only leading: 数十亿) */
} nclass;

/* Every numeral character, its class and value (the digit, the power of
 * ten of a unit, the tens of 廿卅卌). */
static const struct nchar
{
	uint32_t	cp;
	uint8_t		cl;				/* nclass */
	int8_t		val;
}			nchars[] = {
	{0x96F6, NC_DIGIT, 0},		/* 零 */
	{0x3007, NC_DIGIT, 0},		/* 〇 */
	{0x25CB, NC_DIGIT, 0},		/* ○, common in dates written 二○一九 */
	{0x4E00, NC_DIGIT, 1},		/* 一 */
	{0x58F9, NC_DIGIT, 1},		/* 壹 */
	{0x5E7A, NC_DIGIT, 1},		/* 幺 */
	{0x5F0C, NC_DIGIT, 1},		/* 弌 */
	{0x4E8C, NC_DIGIT, 2},		/* 二 */
	{0x8D30, NC_DIGIT, 2},		/* 贰 */
	{0x8CB3, NC_DIGIT, 2},		/* 貳 */
	{0x4E24, NC_DIGIT, 2},		/* 两 */
	{0x5169, NC_DIGIT, 2},		/* 兩 */
	{0x5006, NC_DIGIT, 2},		/* 倆 */
	{0x5F0D, NC_DIGIT, 2},		/* 弍 */
	{0x8CAE, NC_DIGIT, 2},		/* 貮 */
	{0x4E09, NC_DIGIT, 3},		/* 三 */
	{0x53C1, NC_DIGIT, 3},		/* 叁 */
	{0x53C3, NC_DIGIT, 3},		/* 參 */
	{0x53C4, NC_DIGIT, 3},		/* 叄 */
	{0x5F0E, NC_DIGIT, 3},		/* 弎 */
	{0x56DB, NC_DIGIT, 4},		/* 四 */
	{0x8086, NC_DIGIT, 4},		/* 肆 */
	{0x4E94, NC_DIGIT, 5},		/* 五 */
	{0x4F0D, NC_DIGIT, 5},		/* 伍 */
	{0x516D, NC_DIGIT, 6},		/* 六 */
	{0x9646, NC_DIGIT, 6},		/* 陆 */
	{0x9678, NC_DIGIT, 6},		/* 陸 */
	{0x4E03, NC_DIGIT, 7},		/* 七 */
	{0x67D2, NC_DIGIT, 7},		/* 柒 */
	{0x516B, NC_DIGIT, 8},		/* 八 */
	{0x634C, NC_DIGIT, 8},		/* 捌 */
	{0x4E5D, NC_DIGIT, 9},		/* 九 */
	{0x7396, NC_DIGIT, 9},		/* 玖 */
	{0x5341, NC_SMALL, 1},		/* 十 */
	{0x62FE, NC_SMALL, 1},		/* 拾 */
	{0x767E, NC_SMALL, 2},		/* 百 */
	{0x4F70, NC_SMALL, 2},		/* 佰 */
	{0x5343, NC_SMALL, 3},		/* 千 */
	{0x4EDF, NC_SMALL, 3},		/* 仟 */
	{0x5EFF, NC_TENS, 2},		/* 廿 */
	{0x5345, NC_TENS, 3},		/* 卅 */
	{0x534C, NC_TENS, 4},		/* 卌 */
	{0x4E07, NC_BIG, 4},		/* 万 */
	{0x842C, NC_BIG, 4},		/* 萬 */
	{0x4EBF, NC_BIG, 8},		/* 亿 */
	{0x5104, NC_BIG, 8},		/* 億 */
	{0x5146, NC_BIG, 12},		/* 兆: 10^12, as in the api */
	{0x70B9, NC_POINT, 0},		/* 点 */
	{0x9EDE, NC_POINT, 0},		/* 點 */
	{0x591A, NC_MORE, 0},		/* 多 */
	{0x4F59, NC_MORE, 0},		/* 余 */
	{0x9918, NC_MORE, 0},		/* 餘 */
	{0x51E0, NC_SOME, 0},		/* 几 */
	{0x5E7E, NC_SOME, 0},		/* 幾 */
	{0x6570, NC_SEVERAL, 0},	/* 数 */
	{0x6578, NC_SEVERAL, 0},	/* 數 */
};

/*
 * classify() is asked about nearly every character a figure is made of.
 * Nearly every numeral character, and nearly every character asked about,
 * is a CJK Unified Ideograph U+4E00–9FFF: for these one byte each (built
 * from nchars when the library is loaded), the class in the high half and
 * the value in the low half (0 for no numeral character), answers with one
 * load.  The few others (〇 ○) are looked for in a short list.
 */
#define CJK_FIRST 0x4E00
#define CJK_LAST 0x9FFF

static uint8_t cjk_class[CJK_LAST - CJK_FIRST + 1];

_Static_assert(NC_SEVERAL <= 0x0F, "an nclass must fit in half a byte of cjk_class");

#define NNCHARS (sizeof(nchars) / sizeof(nchars[0]))
static struct nchar other_chars[NNCHARS];	/* the nchars outside the ideographs */
static size_t n_other_chars;

__attribute__((constructor))
static void
nchars_init(void)
{
	size_t		k;

	for (k = 0; k < NNCHARS; k++)
	{
		if (nchars[k].cp >= CJK_FIRST && nchars[k].cp <= CJK_LAST)
			cjk_class[nchars[k].cp - CJK_FIRST] = (uint8_t) (nchars[k].cl << 4 | nchars[k].val);
		else
			other_chars[n_other_chars++] = nchars[k];
	}
}

static inline nclass
classify(uint32_t cp, int *val)
{
	size_t		k;

	if (cp - CJK_FIRST <= CJK_LAST - CJK_FIRST)
	{
		uint8_t		e = cjk_class[cp - CJK_FIRST];

		if (e == 0)
			return NC_NONE;
		*val = e & 0x0F;
		return (nclass) (e >> 4);
	}
	if (cp < 0x2000)
		return NC_NONE;
	for (k = 0; k < n_other_chars; k++)
		if (other_chars[k].cp == cp)
		{
			*val = other_chars[k].val;
			return (nclass) other_chars[k].cl;
		}
	return NC_NONE;
}

static inline bool
is_ascii_digit(uint32_t cp)
{
	return cp >= '0' && cp <= '9';
}

static inline bool
is_ascii_letter(uint32_t cp)
{
	return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
}

/* ---- tokens ------------------------------------------------------------- */

typedef enum ttype
{
	T_END = 0,
	T_NUM,						/* a number: Arabic run or one Chinese digit */
	T_SMALL,
	T_TENS,
	T_BIG,
	T_FRAC,						/* .xyz after 点 (or after an Arabic point) */
	T_MORE,
	T_SOME,
	T_SEVERAL
} ttype;

typedef struct token
{
	ttype		type;
	int			ival;			/* digit value, power, or tens */
	zn_dec		val;			/* T_NUM, T_FRAC */
	bool		chinese;		/* T_NUM: one Chinese digit */
	bool		point;			/* T_NUM: Arabic with a fractional part */
	int			ndigits;		/* digits written (T_NUM, T_FRAC) */
	size_t		start;
	size_t		end;
} token;

/* Options that narrow the grammar for zn_m_uint. */
#define NO_POINT	0x01
#define NO_SEP		0x02
#define NO_BIG		0x04
#define NO_LETTER	0x08
#define NO_VAGUE	0x10
#define NO_RANGE	0x20

static const int64_t p10[19] = {
	1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000,
	1000000000, 10000000000, 100000000000, 1000000000000, 10000000000000,
	100000000000000, 1000000000000000, 10000000000000000,
	100000000000000000, 1000000000000000000
};

/*
 * The leading ASCII digits of a run at j and an ASCII fraction, up to 18
 * digits in all: they fit an int64 as they are.  Returns the offset after
 * them; *v, *exp, *nd and *point describe them.  (arabic_run goes on from
 * there with pending zeros, which only defer trailing zeros that the
 * normalisation at its end removes anyway.)
 */
static inline size_t
ascii_run(const zn_ctx *c, size_t j, unsigned opts, int64_t *v, int32_t *exp,
		  int *nd, bool *point)
{
	int64_t		x = 0;
	int			d;
	size_t		from = j,
				lim = c->len > j + 18 ? j + 18 : c->len;	/* 18 digits at most */

	*exp = 0;
	*point = false;
	while (j < lim && (unsigned) (c->s[j] - '0') <= 9)
	{
		x = x * 10 + (c->s[j] - '0');
		j++;
	}
	d = (int) (j - from);
	if (d < 18 && !(opts & NO_POINT) && j + 1 < c->len && c->s[j] == '.' &&
		(unsigned) (c->s[j + 1] - '0') <= 9)
	{
		*point = true;
		from = ++j;
		lim = c->len > j + (18 - d) ? j + (18 - d) : c->len;
		while (j < lim && (unsigned) (c->s[j] - '0') <= 9)
		{
			x = x * 10 + (c->s[j] - '0');
			j++;
		}
		*exp = -(int32_t) (j - from);
		d += (int) (j - from);
	}
	*v = x;
	*nd = d;
	return j;
}

/*
 * An Arabic digit run at i: digits, optional thousands separators (groups
 * of exactly three; in running text only ASCII commas, since a full-width
 * comma there separates list items), optional point and fraction.  A
 * leading point (.5) is accepted only in whole-string mode.
 */
static size_t
arabic_run(zn_ctx *c, size_t i, unsigned opts, token *t)
{
	size_t		j = i,
				n;
	uint32_t	cp = zn_cp(c, j, &n);
	zn_i128		coef = 0;
	int32_t		exp = 0;
	int			pending_zeros = 0;
	int			nd = 0,
				group = -1;
	bool		point = false;

	if (cp == '.' && !(c->anchored && !(opts & NO_POINT)))
		return 0;

	/* the loop below takes over where ascii_run stops */
	{
		int64_t		v;

		j = ascii_run(c, j, opts, &v, &exp, &nd, &point);
		coef = v;
	}

	for (;;)
	{
		cp = zn_cp(c, j, &n);
		if (is_ascii_digit(cp))
		{
			nd++;
			if (group >= 0)
				group++;
			if (point)
				exp--;
			if (cp == '0')
				pending_zeros++;
			else if (pending_zeros < 18 &&
					 coef <= (INT64_MAX - 9) / p10[pending_zeros + 1])
			{
				/* the common case, in 64-bit arithmetic */
				coef = (int64_t) coef * p10[pending_zeros + 1] + (cp - '0');
				pending_zeros = 0;
			}
			else
			{
				zn_i128		p = 1;
				int			k;

				for (k = 0; k <= pending_zeros; k++)
				{
					if (__builtin_mul_overflow(p, (zn_i128) 10, &p))
						return zn_fail(c, ZN_ERR_RANGE, i, "more than 38 significant digits");
				}
				if (__builtin_mul_overflow(coef, p, &coef) ||
					__builtin_add_overflow(coef, (zn_i128) (cp - '0'), &coef))
					return zn_fail(c, ZN_ERR_RANGE, i, "more than 38 significant digits");
				pending_zeros = 0;
			}
			if (exp > ZN_DEC_MAX_EXP || pending_zeros > ZN_DEC_MAX_EXP)
				return zn_fail(c, ZN_ERR_RANGE, i, "value out of range");
			j = n;
			continue;
		}
		if (cp == ',' && !point && !(opts & NO_SEP) && nd > 0 &&
			(c->anchored || c->s[j] == ',') &&
			(group < 0 ? nd <= 3 : group == 3))
		{
			/* a separator must be followed by exactly three digits */
			size_t		k = n,
						m;
			int			cnt = 0;

			while (cnt < 4 && is_ascii_digit(zn_cp(c, k, &m)))
			{
				cnt++;
				k = m;
			}
			if (cnt != 3)
				break;
			group = 0;
			j = n;
			continue;
		}
		if (cp == '.' && !point && !(opts & NO_POINT) && (group < 0 || group == 3))
		{
			size_t		m;

			if (!is_ascii_digit(zn_cp(c, n, &m)))
				break;
			point = true;
			j = n;
			continue;
		}
		break;
	}
	if (nd == 0 || (group >= 0 && group != 3 && !point))
		return 0;
	exp += pending_zeros;
	if (c->anchored && !(opts & NO_POINT) && (cp == 'e' || cp == 'E'))
	{
		/* 12.32e+14, -12e-1: scientific notation, whole strings only */
		size_t		k = n,
					m;
		uint32_t	d = zn_cp(c, k, &m);
		bool		eneg = false;
		int32_t		ev = 0;
		int			ed = 0;

		if (d == '+' || d == '-')
		{
			eneg = (d == '-');
			k = m;
		}
		while (is_ascii_digit(d = zn_cp(c, k, &m)) && ed < 7)
		{
			ev = ev * 10 + (int32_t) (d - '0');
			ed++;
			k = m;
		}
		if (ed > 0 && !is_ascii_digit(d) && !is_ascii_letter(d))
		{
			exp += eneg ? -ev : ev;
			if (exp > ZN_DEC_MAX_EXP || exp < ZN_DEC_MIN_EXP)
				return zn_fail(c, ZN_ERR_RANGE, i, "value out of range");
			j = k;
		}
	}
	t->type = T_NUM;
	t->val = zn_dec_normalize(zn_dec_make(coef, exp));
	t->chinese = false;
	t->point = point;
	t->ndigits = nd;
	t->start = i;
	t->end = j;
	return j;
}

/*
 * The digits of a fraction from j, at most max of them: Chinese digits or
 * Arabic digits, read one by one (三点一四, 一點零零五, 三点86); in
 * whole-string mode spaces between them too.  Returns the end, with the
 * digits in *coef and their count in *nd; *full says that one more digit
 * stands at the end.  (Shared by fraction_digits and numeral_fast; not
 * inlined: numeral_fast is faster without its registers, and fractions
 * are rare.)
 */
static __attribute__((noinline)) size_t
fraction_scan(const zn_ctx *c, size_t j, int max, zn_i128 *coef, int *nd,
			  bool *full)
{
	size_t		n;

	*coef = 0;
	*nd = 0;
	*full = false;
	for (;;)
	{
		int			v;
		uint32_t	cp = zn_cp(c, j, &n);

		if (is_ascii_digit(cp))
			v = (int) (cp - '0');
		else if (classify(cp, &v) != NC_DIGIT)
			break;
		if (*nd >= max)
		{
			*full = true;
			break;
		}
		*coef = *coef * 10 + v;
		(*nd)++;
		j = n;
		if (c->anchored)
		{
			size_t		k = zn_skip_spaces(c, j);
			int			w;
			uint32_t	cp2 = zn_cp(c, k, &n);

			if (is_ascii_digit(cp2) || classify(cp2, &w) == NC_DIGIT)
				j = k;
		}
	}
	return j;
}

/* The fraction after a Chinese point (spaces may follow the point). */
static size_t
fraction_digits(zn_ctx *c, size_t i, token *t)
{
	zn_i128		coef;
	int			nd;
	bool		full;
	size_t		j = fraction_scan(c, zn_skip_spaces(c, i), 38, &coef, &nd, &full);

	if (full)
		return zn_fail(c, ZN_ERR_RANGE, j, "more than 38 significant digits");
	if (nd == 0)
	{
		zn_miss(c, j, "a digit must follow the decimal point");
		return 0;
	}
	t->type = T_FRAC;
	t->val = zn_dec_normalize(zn_dec_make(coef, -nd));
	t->ndigits = nd;
	t->end = j;
	return j;
}

/* Scale letters after Arabic digits: 10k, 30w, 1.2M, -.0012G. */
static int
letter_scale(zn_ctx *c, uint32_t cp)
{
	switch (cp)
	{
		case 'k':
		case 'K':
			return 3;
		case 'w':
		case 'W':
			return 4;
		case 'M':
			return c->anchored ? 6 : 0;
		case 'G':
			return c->anchored ? 9 : 0;
		default:
			return 0;
	}
}

/*
 * The token at i; prev is the previous token type (T_END at the start).
 * Spaces between tokens are allowed before units and vague markers ("25
 * 亿", "30 多万") and, in whole-string mode, anywhere ("三 百 五").
 */
static size_t
next_token(zn_ctx *c, size_t i, ttype prev, bool prev_arabic, unsigned opts,
		   token *t)
{
	size_t		j = i,
				n;
	uint32_t	cp;
	int			v;
	nclass		cl;
	bool		spaced;

	if (prev != T_END)
		j = zn_skip_spaces(c, i);
	spaced = (j != i);
	cp = zn_cp(c, j, &n);
	/* every field but val (set with the T_NUM and T_FRAC types, the only
	 * ones that read it) */
	t->type = T_END;
	t->ival = 0;
	t->chinese = false;
	t->point = false;
	t->ndigits = 0;
	t->start = j;
	t->end = 0;

	if (is_ascii_digit(cp) || (cp == '.' && prev == T_END))
	{
		if (spaced && !c->anchored)
			return 0;
		return arabic_run(c, j, opts, t);
	}
	if (prev_arabic && !(opts & NO_LETTER) && (v = letter_scale(c, cp)) != 0)
	{
		size_t		m;

		if ((spaced && !c->anchored) || is_ascii_letter(zn_cp(c, n, &m)))
			return 0;
		t->type = T_BIG;
		t->ival = v;
		t->end = n;
		return n;
	}
	cl = classify(cp, &v);
	if (cp == 0x534A && prev == T_END && c->anchored)
	{
		/* 半百 = 50, 半个 = 0.5: a leading half, whole strings only (in
		 * running text 半 begins words: 半导体, 半年) */
		t->type = T_NUM;
		t->val = zn_dec_make(5, -1);
		t->point = true;
		t->ndigits = 1;
		t->end = n;
		return n;
	}
	if (cp == 0x4E2A && prev == T_NUM && !prev_arabic)
	{
		/* 两个亿, 三个多亿: a classifier before a big unit */
		size_t		m;
		int			w;
		size_t		q = n;
		uint32_t	nx = zn_cp(c, q, &m);

		if (classify(nx, &w) == NC_MORE)
			nx = zn_cp(c, m, &m);
		if (classify(nx, &w) == NC_BIG && w >= 4)
		{
			j = n;
			cp = zn_cp(c, j, &n);
			cl = classify(cp, &v);
			t->start = j;
		}
	}
	if (spaced && !c->anchored && cl != NC_BIG && cl != NC_MORE && cl != NC_SMALL)
		return 0;
	switch (cl)
	{
		case NC_DIGIT:
			if ((cp == 0x4E24 || cp == 0x5169) && prev != T_END)
			{
				/* 两 is never a digit read one by one or a final digit
				 * (三十两 is thirty taels): only before a unit */
				size_t		m;
				int			w;
				nclass		nx = classify(zn_cp(c, zn_skip_spaces(c, n), &m), &w);

				if (nx != NC_SMALL && nx != NC_BIG)
					return 0;
			}
			t->type = T_NUM;
			t->val = zn_dec_make(v, 0);
			t->ival = v;
			t->chinese = true;
			t->ndigits = 1;
			break;
		case NC_SMALL:
			t->type = T_SMALL;
			t->ival = v;
			break;
		case NC_TENS:
			t->type = T_TENS;
			t->ival = v;
			break;
		case NC_BIG:
			if (opts & NO_BIG)
				return 0;
			t->type = T_BIG;
			t->ival = v;
			break;
		case NC_POINT:
			if ((opts & NO_POINT) || prev == T_END)
				return 0;
			t->end = n;
			return fraction_digits(c, n, t);
		case NC_MORE:
			if (opts & NO_VAGUE)
				return 0;
			t->type = T_MORE;
			break;
		case NC_SOME:
			if (opts & NO_VAGUE)
				return 0;
			t->type = T_SOME;
			break;
		case NC_SEVERAL:
			if ((opts & NO_VAGUE) || prev != T_END)
				return 0;
			t->type = T_SEVERAL;
			break;
		default:
			return 0;
	}
	t->end = n;
	return n;
}

/* ---- evaluation --------------------------------------------------------- */

/* One end (low or high) of the value being built. */
typedef struct acc
{
	zn_dec		total;
	zn_dec		section;
	zn_dec		pending;
} acc;

typedef struct numstate
{
	acc			a[2];			/* low, high */
	bool		has_pending;
	bool		pending_single; /* pending is one digit, integral */
	bool		pending_point;	/* pending has a fractional part */
	bool		ranged;			/* low and high differ */
	bool		any;			/* something was read */
	bool		units;			/* any unit seen */
	bool		digitseq;		/* read digit by digit */
	bool		after_point;	/* a fraction was read: only a higher 万/亿 may follow */
	bool		zero;			/* 零 since the last unit */
	bool		more;			/* 多 / 余 / 几 seen: nothing but a big unit follows */
	int			top;			/* power applied to the whole so far */
	int			last_big;		/* power of the last big unit */
	int			last_small;		/* power of the last small unit in this section */
	int			last_unit;		/* power of the unit just before pending, or -1 */
	ttype		prev;
	zn_qual		qual;
	unsigned	flags;
	int			ndigits;
	int			first_digit;	/* value of the first Chinese digit (for digit sequences) */
	int32_t		lead_scale;		/* for tail_scale: power applied to the lead number */
	bool		lead_only;		/* one number followed by units only so far */
	bool		last_arabic;	/* the last number token was Arabic */
	int			big_tail;		/* powers of the big units ending the numeral */
} numstate;

#define NOT_YET 99

/* Only the low accumulator runs until a range appears (the high one is
 * then copied from it): most numerals are not ranges. */
#define NACC(st) ((st)->ranged ? 2 : 1)

static inline bool
acc_add(zn_ctx *c, zn_dec *x, zn_dec y, size_t pos)
{
	if (!zn_dec_add(*x, y, x))
	{
		zn_fail(c, ZN_ERR_RANGE, pos, "value out of range");
		return false;
	}
	return true;
}

static inline bool
acc_shift(zn_ctx *c, zn_dec *x, int p, size_t pos)
{
	if (!zn_dec_shift(*x, p, x))
	{
		zn_fail(c, ZN_ERR_RANGE, pos, "value out of range");
		return false;
	}
	return true;
}

/* Apply a small unit 10^p (十百千) to the pending number or an implicit 1. */
static inline bool
apply_small(zn_ctx *c, numstate *st, int p, const token *t)
{
	int			k;

	if (p >= st->last_small || st->after_point || st->more || st->digitseq)
		return false;
	for (k = 0; k < NACC(st); k++)
	{
		zn_dec		m = st->has_pending ? st->a[k].pending : zn_dec_make(1, 0);

		if (!acc_shift(c, &m, p, t->start) || !acc_add(c, &st->a[k].section, m, t->start))
			return false;
		st->a[k].pending = zn_dec_make(0, 0);
	}
	if (st->pending_point)
		st->after_point = true;
	if (st->lead_only)
		st->lead_scale += p;
	st->has_pending = false;
	st->last_small = p;
	st->last_unit = p;
	st->zero = false;
	return true;
}

/*
 * Colloquial trailing digit: 一万三 = 13000, 两千六 = 2600, 13万2: a single
 * digit right after a unit above 十, with no 零 between, stands one place
 * below that unit.
 */
static inline bool
colloquial(const numstate *st)
{
	return st->has_pending && st->pending_single && st->prev == T_NUM &&
		st->last_unit >= 2 && !st->zero && !st->digitseq && st->units &&
		!st->pending_point;
}

/* Apply a big unit 10^p (万亿兆, or a scale letter). */
static bool
apply_big(zn_ctx *c, numstate *st, int p, const token *t)
{
	int			k;
	bool		whole,
				empty;

	if (st->digitseq)
		return false;
	/* above everything so far, or right after another big unit: multiply
	 * the whole (万亿, 十万多亿, 万万, 百万万) */
	whole = (p > st->top) || (st->top == 0) || (st->prev == T_BIG && !st->after_point);
	if (!whole && (p >= st->last_big || st->after_point || st->more))
		return false;
	if (colloquial(st) && st->last_small != NOT_YET && st->last_unit == st->last_small)
	{
		/* 百二万 = 120万, 8千3万 = 8300万 */
		for (k = 0; k < NACC(st); k++)
			if (!acc_shift(c, &st->a[k].pending, st->last_small - 1, t->start))
				return false;
	}
	/* 万 with nothing before it in this section: 万万, 一万亿 */
	empty = !st->has_pending && st->last_small == NOT_YET &&
		zn_dec_is_zero(st->a[0].section);
	if (empty && !whole)
		return false;
	for (k = 0; k < NACC(st); k++)
	{
		acc		   *a = &st->a[k];
		zn_dec		sec = a->section;

		if (st->has_pending && !acc_add(c, &sec, a->pending, t->start))
			return false;
		if (empty && (zn_dec_is_zero(a->total) || st->top == 0))
			sec = zn_dec_make(1, 0);
		if (whole)
		{
			if (!acc_add(c, &a->total, sec, t->start) ||
				!acc_shift(c, &a->total, p, t->start))
				return false;
		}
		else
		{
			if (!acc_shift(c, &sec, p, t->start) ||
				!acc_add(c, &a->total, sec, t->start))
				return false;
		}
		a->section = zn_dec_make(0, 0);
		a->pending = zn_dec_make(0, 0);
	}
	if (st->pending_point)
		st->after_point = true;
	if (whole)
		st->top += p;
	if (st->lead_only)
		st->lead_scale += p;
	/* the level later sections must stay below: 一亿亿零一亿 adds at 亿 */
	st->last_big = whole ? st->top : p;
	st->last_small = NOT_YET;
	st->last_unit = p;
	st->has_pending = false;
	st->zero = false;
	st->flags |= ZN_NF_ENDS_BIG;
	return true;
}

static bool
adjacent(int a, int b)
{
	return a != 0 && (b == a + 1 || (a == 3 && b == 5));
}

/* A number token: an Arabic run or one Chinese digit. */
static inline bool
take_number(numstate *st, const token *t)
{
	int			k;

	if (st->after_point || st->more)
		return false;
	if (t->chinese && t->ival == 0)
	{
		/* 零: a placeholder inside a number, or the number zero */
		if (st->has_pending && !st->units)
		{
			/* digit sequence such as 二〇一九, 一〇〇 */
			if (st->ranged)
				return false;
			st->digitseq = true;
			for (k = 0; k < NACC(st); k++)
				(void) zn_dec_shift(st->a[k].pending, 1, &st->a[k].pending);
			st->ndigits++;
			return true;
		}
		if (st->has_pending)
			return false;
		if (!st->any)
		{
			st->has_pending = true;
			st->pending_single = true;
			st->first_digit = 0;
			st->ndigits = 1;
			for (k = 0; k < NACC(st); k++)
				st->a[k].pending = zn_dec_make(0, 0);
		}
		st->zero = true;
		return true;
	}
	if (st->has_pending)
	{
		/* a number right after a number: digit sequence or adjacent range */
		if (!t->chinese || !st->pending_single || st->pending_point)
			return false;
		if (!st->units && (st->digitseq || st->ranged || st->ndigits >= 2 ||
						   !adjacent(st->first_digit, t->ival) || st->zero))
		{
			/* 一二三四, 二〇二三: digit by digit (an adjacent pair read so far
			 * becomes a sequence when a third digit follows) */
			zn_dec		lo = st->a[0].pending;

			if (st->ranged)
				lo = zn_dec_make(st->first_digit * 10 + (int) st->a[1].pending.coef, 0);
			if (st->ndigits >= 38)
				return false;
			if (!zn_dec_shift(lo, 1, &lo) || !zn_dec_add(lo, zn_dec_make(t->ival, 0), &lo))
				return false;
			st->a[0].pending = st->a[1].pending = lo;
			st->ranged = false;
			st->digitseq = true;
			st->ndigits++;
			return true;
		}
		if (st->ranged || st->digitseq || st->zero)
			return false;
		{
			int			a = (int) st->a[0].pending.coef;

			if (!adjacent(a, t->ival))
				return false;
			st->a[1] = st->a[0];
			st->a[1].pending = zn_dec_make(t->ival, 0);
			st->ranged = true;
			st->ndigits++;
			return true;
		}
	}
	for (k = 0; k < NACC(st); k++)
		st->a[k].pending = t->val;
	st->has_pending = true;
	st->pending_single = t->chinese || (!t->point && t->ndigits == 1);
	st->pending_point = t->point;
	if (!st->any)
		st->first_digit = t->chinese ? t->ival : -1;
	st->ndigits += t->ndigits;
	st->last_arabic = !t->chinese;
	if (st->any)
		st->lead_only = false;
	st->flags |= t->chinese ? ZN_NF_CHINESE : ZN_NF_ARABIC;
	if (t->point)
		st->flags |= ZN_NF_POINT;
	return true;
}

/* 多 余 几 after a number or unit: "more than" the value so far. */
static bool
take_more(numstate *st, const token *t)
{
	int			k;

	if (st->more || st->digitseq || st->ranged)
		return false;
	if (t->type == T_MORE)
	{
		/* 多 needs something to exceed; not after a bare digit in a
		 * section with units (三十五多 is not a number) */
		if (!st->any || (st->has_pending && st->units && st->last_unit != -1 && st->pending_single))
			return false;
	}
	else
	{
		/* 几 stands for an unknown digit after a unit: 十几, 三千四百五十几 */
		if (!st->units || st->has_pending)
			return false;
	}
	if (st->has_pending)
	{
		for (k = 0; k < NACC(st); k++)
		{
			(void) zn_dec_add(st->a[k].section, st->a[k].pending, &st->a[k].section);
			st->a[k].pending = zn_dec_make(0, 0);
		}
		st->has_pending = false;
	}
	st->more = true;
	st->qual = ZN_Q_MORE_THAN;
	st->flags |= ZN_NF_VAGUE;
	return true;
}

/* Leading 几 / 数: "some" of the unit that follows: 数十亿 is read as
 * 10亿 to 100亿 (approx). */
static bool
take_several(numstate *st)
{
	if (st->any)
		return false;
	st->a[0].pending = zn_dec_make(1, 0);
	st->a[1].pending = zn_dec_make(10, 0);
	st->has_pending = true;
	st->pending_single = false;
	st->ranged = true;
	st->qual = ZN_Q_APPROX;
	st->flags |= ZN_NF_VAGUE | ZN_NF_CHINESE;
	return true;
}

/* A decimal fraction after 点: it belongs to everything read so far. */
static bool
take_frac(zn_ctx *c, numstate *st, const token *t)
{
	int			k;

	if (st->after_point || st->more || st->ranged || st->pending_point)
		return false;
	if (!st->has_pending && st->last_unit == -1)
		return false;
	if (colloquial(st))
	{
		/* 两千三点一 = 2300.1 */
		for (k = 0; k < NACC(st); k++)
			if (!acc_shift(c, &st->a[k].pending, st->last_unit - 1, t->start))
				return false;
	}
	for (k = 0; k < NACC(st); k++)
	{
		acc		   *a = &st->a[k];

		if (!acc_add(c, &a->section, a->pending, t->start) ||
			!acc_add(c, &a->section, a->total, t->start) ||
			!acc_add(c, &a->section, t->val, t->start))
			return false;
		a->total = zn_dec_make(0, 0);
		a->pending = zn_dec_make(0, 0);
	}
	/* what follows scales the whole: 三点八六亿 */
	st->top = 0;
	st->last_big = NOT_YET;
	st->last_small = 0;
	st->has_pending = false;
	st->after_point = true;
	st->lead_only = false;
	st->flags |= ZN_NF_POINT;
	st->digitseq = false;
	return true;
}

/* Can a numeral begin with this character?  (A cheap test before the
 * state below is set up.) */
static inline bool
may_start(const zn_ctx *c, size_t i)
{
	size_t		n;
	uint32_t	cp = zn_cp(c, i, &n);
	int			v;

	if (cp < 0x80)
		return is_ascii_digit(cp) || (cp == '.' && c->anchored);
	return classify(cp, &v) != NC_NONE || cp == 0x534A;
}

/*
 * The character a token of numeral_fast begins with, at j or after the
 * spaces there (none before the first token): its offset in *k, the next
 * one's in *n.  Nearly every character of a Chinese numeral is an ideograph
 * U+4000–9FFF (lead bytes E4–E9), which is no space and nothing zn_cp folds:
 * it is decoded at once, as zn_skip_spaces and zn_cp would find it.
 */
static inline uint32_t
token_cp(const zn_ctx *c, size_t j, bool first, size_t *k, size_t *n)
{
	const unsigned char *p = c->s + j;

	if (j < c->len && (unsigned) (p[0] - 0xE4) <= 0xE9 - 0xE4)
	{
		*k = j;
		*n = j + 3;
		return zn_utf8_cp3(p);
	}
	*k = first ? j : zn_skip_spaces(c, j);
	return zn_cp(c, *k, n);
}

/*
 * The common Chinese numeral, fast: digits 一 to 九, 零 between them or
 * first (零点五), and the units 十百千万亿兆 (spaces between them as
 * next_token allows them), perhaps a fraction after 点 and higher big units
 * after that (三点一四, 两千三点一, 三点八六亿), with no vague marker or
 * range, and a coefficient within int64.  It takes the steps of
 * take_number, apply_small, apply_big, take_frac and numeral() below for
 * exactly these tokens, in int64 arithmetic, and gives up (returning 0,
 * having changed nothing) at anything else, which numeral() then reads the
 * general way.  Returns the end of the numeral, as numeral() would.
 * (Inlined into numeral_chinese below, its one caller.)
 */
static inline __attribute__((always_inline)) size_t
numeral_fast(const zn_ctx *c, size_t i, zn_numv *out)
{
	int64_t		total = 0,
				section = 0,
				pending = 0;
	bool		has_pending = false,
				zero = false,
				units = false,
				any = false,
				lead_only = true,
				after_point = false;
	int			top = 0,
				last_big = NOT_YET,
				last_small = NOT_YET,
				last_unit = -1,
				ndigits = 0,
				big_tail = 0;
	int32_t		lead_scale = 0,
				exp = 0;
	unsigned	flags = 0;
	ttype		prev = T_END;
	size_t		j = i,
				last_start = i;

	for (;;)
	{
		/* next_token: spaces may come before any token but the first */
		size_t		k,
					n;
		uint32_t	cp = token_cp(c, j, prev == T_END, &k, &n);
		bool		spaced = (k != j);
		int			v = 0;
		nclass		cl;
		ttype		type;

		if (cp < 0x80)
		{
			/* Arabic digits or a leading point: the general way (in running
			 * text digits after a space end the numeral); anything else of
			 * ASCII, and the end of the input, end it */
			if ((is_ascii_digit(cp) && !(spaced && !c->anchored)) ||
				(cp == '.' && prev == T_END))
				return 0;
			break;
		}
		cl = classify(cp, &v);
		/* 个 (两个亿, "三 个亿") and 半 have rules of their own: they are
		 * no numeral characters, so only asked about where one ends */
		if (cl == NC_NONE && (cp == 0x4E2A || cp == 0x534A))
			return 0;
		/* in running text only a unit may follow a space */
		if (spaced && !c->anchored && cl != NC_BIG && cl != NC_MORE && cl != NC_SMALL)
			break;
		switch (cl)
		{
			case NC_NONE:
				type = T_END;
				break;
			case NC_DIGIT:
				if (prev != T_END && (cp == 0x4E24 || cp == 0x5169))
				{
					/* 两 after something only before a unit, else the
					 * numeral ends before it */
					size_t		m;
					int			w;
					nclass		nx = classify(zn_cp(c, zn_skip_spaces(c, n), &m), &w);

					if (nx != NC_SMALL && nx != NC_BIG)
					{
						type = T_END;
						break;
					}
				}
				if (has_pending || after_point)
					return 0;
				if (v == 0)
				{
					/* take_number: 零 as a placeholder (一千零一), or first
					 * the number zero (零点五; no ZN_NF_CHINESE for it) */
					if (!any)
					{
						has_pending = true;
						ndigits = 1;
					}
					zero = true;
					type = T_NUM;
					break;
				}
				/* take_number */
				pending = v;
				has_pending = true;
				ndigits++;
				if (any)
					lead_only = false;
				flags |= ZN_NF_CHINESE;
				type = T_NUM;
				break;
			case NC_SMALL:
				/* apply_small */
				if (v >= last_small || after_point)
					return 0;
				section += (has_pending ? pending : 1) * p10[v];
				if (lead_only)
					lead_scale += v;
				pending = 0;
				has_pending = false;
				zero = false;
				last_small = last_unit = v;
				units = true;
				type = T_SMALL;
				break;
			case NC_BIG:
				{
					/* apply_big (after a point only a higher unit: 三点八六亿) */
					bool		whole = v > top || top == 0 || (prev == T_BIG && !after_point);
					bool		empty;
					int64_t		sec;

					if (!whole && (v >= last_big || after_point))
						return 0;
					if (has_pending && prev == T_NUM && last_unit >= 2 && !zero && units &&
						last_small != NOT_YET && last_unit == last_small)
						pending *= p10[last_small - 1];		/* colloquial: 百二万 */
					empty = !has_pending && last_small == NOT_YET && section == 0;
					if (empty && !whole)
						return 0;
					sec = section + (has_pending ? pending : 0);
					if (empty && (total == 0 || top == 0))
						sec = 1;
					if (whole ? (__builtin_add_overflow(total, sec, &total) ||
								 __builtin_mul_overflow(total, p10[v], &total)) :
						(__builtin_mul_overflow(sec, p10[v], &sec) ||
						 __builtin_add_overflow(total, sec, &total)))
						return 0;
					section = pending = 0;
					if (whole)
						top += v;
					if (lead_only)
						lead_scale += v;
					last_big = whole ? top : v;
					last_small = NOT_YET;
					last_unit = v;
					has_pending = false;
					zero = false;
					flags |= ZN_NF_ENDS_BIG;
					units = true;
					type = T_BIG;
					break;
				}
			case NC_POINT:
				{
					/*
					 * take_frac (never first: next_token reads no point
					 * there; and here something before it is always a
					 * pending digit or a unit).  The value is then total
					 * * 10^exp, with exp = -(digits after the point).
					 */
					zn_i128		frac;
					int			nd;
					bool		full;

					if (prev == T_END || after_point)
						return 0;
					n = fraction_scan(c, zn_skip_spaces(c, n), 18, &frac, &nd, &full);
					if (full || nd == 0)
						return 0;
					if (has_pending && prev == T_NUM && last_unit >= 2 && !zero && units)
						pending *= p10[last_unit - 1];	/* colloquial: 两千三点一 */
					if (__builtin_add_overflow(total, section, &total) ||
						__builtin_add_overflow(total, pending, &total) ||
						__builtin_mul_overflow(total, p10[nd], &total) ||
						__builtin_add_overflow(total, (int64_t) frac, &total) ||
						total == 0)
						return 0;	/* zero (零点零) the general way: it is 0e0,
									 * and 零点零万亿 10^8 */
					exp = -nd;
					section = pending = 0;
					has_pending = false;
					top = 0;
					last_big = NOT_YET;
					last_small = 0;
					after_point = true;
					lead_only = false;
					flags |= ZN_NF_POINT;
					type = T_FRAC;
					break;
				}
			default:
				return 0;
		}
		if (type == T_END)
			break;
		/* numeral()'s bookkeeping after a token */
		if (type == T_SMALL || type == T_BIG)
			flags |= ZN_NF_UNIT;
		if (type != T_BIG)
		{
			flags &= ~ZN_NF_ENDS_BIG;
			big_tail = 0;
		}
		else
		{
			big_tail += v;
			flags |= ZN_NF_HAS_BIG;
		}
		if (!any && (type == T_SMALL || type == T_BIG))
		{
			flags |= ZN_NF_BARE_UNIT;
			lead_only = false;
		}
		any = true;
		prev = type;
		last_start = k;
		j = n;
	}
	if (!any)
		return 0;
	if (has_pending && prev == T_NUM && last_unit >= 2 && !zero && units)
		pending *= p10[last_unit - 1];	/* colloquial: 一万三 */
	if (__builtin_add_overflow(total, section, &total) ||
		__builtin_add_overflow(total, pending, &total))
		return 0;
	/* zn_dec_normalize, in int64: 450 is 45e1 */
	while (total != 0 && total % 10 == 0)
	{
		total /= 10;
		exp++;
	}
	out->lo = out->hi = zn_dec_make(total, exp);
	out->is_range = false;
	out->qual = ZN_Q_EXACT;
	out->flags = flags;
	out->ndigits = ndigits;
	out->big_tail = big_tail;
	out->tail_scale = (lead_only && units) ? lead_scale : -1;
	out->last_start = last_start;
	return j;
}

/*
 * The common Arabic numeral, fast: a digit run (arabic_run) and big units
 * after it (3.86亿, 25 万亿), each a higher power than the last.  As
 * numeral_fast: the steps of take_number, apply_big and numeral() for these
 * tokens, giving up (returning 0, having changed nothing but what arabic_run
 * records, which numeral() records again) at anything else.  (Inlined into
 * numeral_arabic below, its one caller.)
 */
static inline __attribute__((always_inline)) size_t
numeral_fast_arabic(zn_ctx *c, size_t i, zn_numv *out)
{
	zn_dec		total;
	int			ndigits;
	bool		point;
	unsigned	flags;
	int			top = 0,
				big_tail = 0;
	ttype		prev = T_NUM;
	size_t		j,
				last_start = i;

	/*
	 * The run alone, when what follows cannot continue it (a digit, a
	 * comma, a point, an exponent, or with lead byte EF their full-width
	 * forms): arabic_run would read just as much and give the same token.
	 * (Its value is kept in locals, not in a token, which the compiler
	 * then holds in registers.)
	 */
	{
		int64_t		v;
		int32_t		exp;

		j = ascii_run(c, i, 0, &v, &exp, &ndigits, &point);
		if (ndigits < 18 && (j >= c->len ||
							 (c->s[j] != ',' && c->s[j] != '.' && c->s[j] != 'e' &&
							  c->s[j] != 'E' && c->s[j] != 0xEF)))
			total = zn_dec_normalize(zn_dec_make(v, exp));
		else
		{
			token		t;

			if ((j = arabic_run(c, i, 0, &t)) == 0)
				return 0;
			total = t.val;
			ndigits = t.ndigits;
			point = t.point;
		}
	}
	flags = ZN_NF_ARABIC | (point ? ZN_NF_POINT : 0);
	for (;;)
	{
		size_t		k = zn_skip_spaces(c, j),
					n;
		uint32_t	cp = zn_cp(c, k, &n);
		int			v;

		if (cp < 0x80)
		{
			/* digits after spaces and scale letters (10k) have rules of
			 * their own; anything else of ASCII ends the numeral */
			if (is_ascii_digit(cp) || (prev == T_NUM && letter_scale(c, cp)))
				return 0;
			break;
		}
		switch (classify(cp, &v))
		{
			case NC_NONE:
				/* so have 个 and 半 */
				if (cp == 0x4E2A || cp == 0x534A)
					return 0;
				break;
			case NC_BIG:
				/* apply_big, above everything so far (after a point only a
				 * higher unit follows) */
				if (!(v > top || top == 0 || (prev == T_BIG && !point)) ||
					zn_dec_is_zero(total) || !zn_dec_shift(total, v, &total))
					return 0;
				top += v;
				big_tail += v;
				flags |= ZN_NF_ENDS_BIG | ZN_NF_UNIT | ZN_NF_HAS_BIG;
				prev = T_BIG;
				last_start = k;
				j = n;
				continue;
			default:
				return 0;
		}
		break;
	}
	/* (normalised already: the run's value is, and a unit only adds to
	 * the exponent of a nonzero coefficient) */
	out->lo = out->hi = total;
	out->is_range = false;
	out->qual = ZN_Q_EXACT;
	out->flags = flags;
	out->ndigits = ndigits;
	out->big_tail = big_tail;
	out->tail_scale = top > 0 ? top : -1;
	out->last_start = last_start;
	return j;
}

static size_t
numeral(zn_ctx *c, size_t i, unsigned opts, zn_numv *out)
{
	numstate	st;
	size_t		j = i,
				end = 0;
	int			k;

	if (!may_start(c, i))
	{
		zn_miss(c, i, NULL);
		return 0;
	}
	memset(&st, 0, sizeof(st));
	st.last_big = NOT_YET;
	st.last_small = NOT_YET;
	st.last_unit = -1;
	st.prev = T_END;
	st.lead_only = true;
	/* the memset made every accumulator zero */

	for (;;)
	{
		token		t;
		size_t		n;
		bool		ok = false;

		n = next_token(c, j, st.prev, st.prev == T_NUM && st.last_arabic, opts, &t);
		if (c->fail)
			return 0;
		if (n == 0)
			break;
		switch (t.type)
		{
			case T_NUM:
				ok = take_number(&st, &t);
				break;
			case T_SMALL:
				ok = apply_small(c, &st, t.ival, &t);
				st.units = true;
				break;
			case T_TENS:
				if (!st.has_pending && st.last_small > 1 && !st.after_point && !st.more &&
					!st.digitseq)
				{
					t.val = zn_dec_make(t.ival, 0);
					for (k = 0; k < NACC(&st); k++)
						st.a[k].pending = t.val;
					st.has_pending = true;
					ok = apply_small(c, &st, 1, &t);
					st.units = true;
					st.flags |= ZN_NF_CHINESE;
				}
				break;
			case T_BIG:
				ok = apply_big(c, &st, t.ival, &t);
				st.units = true;
				break;
			case T_FRAC:
				ok = take_frac(c, &st, &t);
				break;
			case T_MORE:
				ok = take_more(&st, &t);
				break;
			case T_SOME:
				ok = st.any ? take_more(&st, &t) : take_several(&st);
				break;
			case T_SEVERAL:
				ok = take_several(&st);
				break;
			case T_END:
				break;
		}
		if (c->fail)
			return 0;
		/* the take_ and apply_ functions check before they change st */
		if (!ok)
		{
			zn_miss(c, t.start, NULL);
			break;
		}
		if (t.type == T_SMALL || t.type == T_BIG || t.type == T_TENS)
			st.flags |= ZN_NF_UNIT;
		if (t.type != T_BIG)
		{
			st.flags &= ~ZN_NF_ENDS_BIG;
			st.big_tail = 0;
		}
		else
		{
			st.big_tail += t.ival;
			st.flags |= ZN_NF_HAS_BIG;
		}
		if (!st.any && (t.type == T_SMALL || t.type == T_BIG || t.type == T_TENS))
		{
			st.flags |= ZN_NF_BARE_UNIT;
			st.lead_only = false;
		}
		st.any = true;
		st.prev = t.type;
		out->last_start = t.start;
		j = t.end;
		end = j;
	}
	if (!st.any || end == 0)
		return 0;
	/* a leading 几 / 数 needs a unit after it */
	if ((st.flags & ZN_NF_VAGUE) && st.ranged && st.has_pending && st.first_digit == 0 &&
		st.qual == ZN_Q_APPROX && !st.units)
		return 0;
	if (st.ranged && (opts & NO_RANGE))
		return 0;

	if (colloquial(&st))
	{
		for (k = 0; k < NACC(&st); k++)
			if (!acc_shift(c, &st.a[k].pending, st.last_unit - 1, j))
				return 0;
	}
	for (k = 0; k < NACC(&st); k++)
	{
		acc		   *a = &st.a[k];

		if (!acc_add(c, &a->total, a->section, i) || !acc_add(c, &a->total, a->pending, i))
			return 0;
	}
	out->lo = zn_dec_normalize(st.a[0].total);
	out->hi = st.ranged ? zn_dec_normalize(st.a[1].total) : out->lo;
	out->is_range = st.ranged;
	out->qual = st.ranged ? ZN_Q_APPROX : st.qual;
	if (st.ranged && st.qual == ZN_Q_APPROX)
		out->qual = ZN_Q_APPROX;
	out->flags = st.flags | (st.digitseq ? ZN_NF_DIGITSEQ : 0);
	out->ndigits = st.ndigits;
	out->big_tail = st.big_tail;
	out->tail_scale = (st.lead_only && st.units && !st.ranged && !st.more) ? st.lead_scale : -1;
	return end;
}

bool
zn_numeral_may_start(const zn_ctx *c, size_t i)
{
	return may_start(c, i);
}

/*
 * A fast path with numeral() behind it, which it calls last (a tail call:
 * zn_m_numeral then hands over to these without a frame of its own).  Not
 * inlined: numeral() is faster without their registers.
 */
static __attribute__((noinline)) size_t
numeral_chinese(zn_ctx *c, size_t i, zn_numv *out)
{
	size_t		end = numeral_fast(c, i, out);

	return end ? end : numeral(c, i, 0, out);
}

static __attribute__((noinline)) size_t
numeral_arabic(zn_ctx *c, size_t i, zn_numv *out)
{
	size_t		end = numeral_fast_arabic(c, i, out);

	if (end || c->fail)
		return end;				/* (arabic_run overflowed: so would numeral()) */
	return numeral(c, i, 0, out);
}

/*
 * The common forms first, before numeral() sets up its state (when a
 * failure is pending, the general way gives up as it always has).  Neither
 * fast path reads anything at a character that cannot begin a numeral, so
 * numeral() still notes the miss there.
 */
static inline __attribute__((always_inline)) size_t
numeral_read(zn_ctx *c, size_t i, zn_numv *out)
{
	if (i < c->len && c->fail == ZN_OK)
	{
		if (c->s[i] >= 0x80)
			return numeral_chinese(c, i, out);
		if (is_ascii_digit(c->s[i]))
			return numeral_arabic(c, i, out);
	}
	return numeral(c, i, 0, out);
}

/*
 * numeral_read in running text, through the ctx's memo of the last numeral
 * read there (see zn_ctx).  A read depends on the text, len and the offset
 * only, and acts on c only through zn_miss (a failure is not remembered):
 * the memo keeps where a read from far = 0 got far to, and zn_miss of that
 * on any state does what the read's own zn_miss calls would do, as
 * zn_miss only ever moves far forward (or fills in the detail at far).
 * (Not inlined: whole-string parsing, which does not use it, is faster
 * without its registers in zn_m_numeral.)
 */
static __attribute__((noinline)) size_t
numeral_memo(zn_ctx *c, size_t i, zn_numv *out)
{
	size_t		far = c->far,
				end;
	const char *far_detail = c->far_detail;

	if (c->fail != ZN_OK)
		return numeral_read(c, i, out);
	if (c->memo_at == i + 1 && c->memo_len == c->len)
	{
		*out = c->memo;
		zn_miss(c, c->memo_far, c->memo_far_detail);
		return c->memo_end;
	}
	c->far = 0;
	c->far_detail = NULL;
	end = numeral_read(c, i, out);
	if (end && c->fail == ZN_OK)
	{
		c->memo_at = i + 1;
		c->memo_len = c->len;
		c->memo_end = end;
		c->memo_far = c->far;
		c->memo_far_detail = c->far_detail;
		c->memo = *out;
	}
	{
		size_t		f = c->far;
		const char *fd = c->far_detail;

		c->far = far;
		c->far_detail = far_detail;
		zn_miss(c, f, fd);
	}
	return end;
}

size_t
zn_m_numeral(zn_ctx *c, size_t i, zn_numv *out)
{
	return c->anchored ? numeral_read(c, i, out) : numeral_memo(c, i, out);
}

size_t
zn_m_uint(zn_ctx *c, size_t i, int32_t *val, int *ndigits)
{
	zn_numv		v;
	size_t		end = numeral(c, i, NO_POINT | NO_SEP | NO_BIG | NO_LETTER | NO_VAGUE | NO_RANGE, &v);
	zn_i128		x;

	if (end == 0 || v.is_range || v.lo.coef < 0)
		return 0;
	if (!zn_dec_to_scaled(v.lo, 0, &x) || x > 999999999)
		return 0;
	*val = (int32_t) x;
	*ndigits = v.ndigits;
	return end;
}
