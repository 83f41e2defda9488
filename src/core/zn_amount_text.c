/*
 * zn_amount_text.c — writing a zh_amount: the canonical Chinese form and
 * the arabic, iso and capital styles.
 *
 * The canonical form must read back (through zn_parse) to the same value,
 * so every choice here is one the grammar in zn_figure.c reads:
 *
 *   [qualifier word] bound [至 bound] currency
 *
 *  - A bound is written with the largest scale word its magnitude reaches
 *    (万亿 from 10^12, 亿 from 10^8, 万 from 10^4) and the plain decimal
 *    digits of the quotient, without trailing zeros: 25亿, 3.86亿, 1234.56,
 *    1.2345678901234567万亿.  The choice depends only on the value, never
 *    on how it was written or on a setting.
 *  - One word per qualifier, all written before the number so that ranges
 *    read the same way: 约 (approx), 逾 (more_than), 至少 (at_least),
 *    不足 (less_than), 最多 (at_most).  Each reads back as itself.
 *  - The currency follows the number: 元 for CNY, the usual Chinese name for
 *    the currencies zn_words.c knows, and " XYZ" (a space, then the ISO
 *    code) for any other.
 *  - In a range the currency is written once, at the end (20亿至30亿元),
 *    except when the lower bound has no scale word and the upper has one:
 *    the grammar would let the lower take the upper's scale (18至20亿元 is
 *    18亿 to 20亿), so the lower bound gets its own currency (5元至3亿元).
 */
#include "zn_amount.h"
#include "zn_spell.h"

/* ---- a bounded output buffer ---------------------------------------------- */

typedef struct sbuf
{
	char	   *buf;
	size_t		size;
	size_t		len;
	bool		full;
} sbuf;

static void
put_n(sbuf *b, const char *s, size_t n)
{
	if (b->full || b->len + n >= b->size)
	{
		b->full = true;
		return;
	}
	memcpy(b->buf + b->len, s, n);
	b->len += n;
	b->buf[b->len] = '\0';
}

static void
put(sbuf *b, const char *s)
{
	put_n(b, s, strlen(s));
}

/* ---- names ---------------------------------------------------------------- */

static const struct
{
	char		iso[4];
	const char *name;
}			currency_names[] = {
	{"CNY", "元"}, {"USD", "美元"}, {"HKD", "港元"}, {"EUR", "欧元"},
	{"JPY", "日元"}, {"GBP", "英镑"}, {"TWD", "新台币"}, {"MOP", "澳门元"},
	{"AUD", "澳元"}, {"CAD", "加元"}, {"SGD", "新加坡元"}, {"KRW", "韩元"},
	{"CHF", "瑞士法郎"}, {"RUB", "卢布"}, {"INR", "印度卢比"}, {"THB", "泰铢"},
	{"MYR", "林吉特"}, {"NZD", "新西兰元"},
};

const char *
zn_currency_name(const char *iso)
{
	size_t		k;

	for (k = 0; k < sizeof(currency_names) / sizeof(currency_names[0]); k++)
		if (memcmp(currency_names[k].iso, iso, 3) == 0)
			return currency_names[k].name;
	return NULL;
}

const char *
zn_qual_word(zn_qual q)
{
	static const char *const words[ZN_Q_COUNT] = {
		"", "约", "逾", "至少", "不足", "最多"
	};

	return (unsigned) q < ZN_Q_COUNT ? words[q] : "";
}

bool
zn_amount_style_from_name(const char *name, size_t len, zn_amount_style *out)
{
	static const char *const names[] = {"chinese", "arabic", "iso", "capital"};
	int			k;

	for (k = 0; k < 4; k++)
		if (strlen(names[k]) == len && memcmp(names[k], name, len) == 0)
		{
			*out = (zn_amount_style) k;
			return true;
		}
	return false;
}

/* ---- numbers --------------------------------------------------------------- */

/*
 * v ten-thousandths divided by 10^shift, in plain decimal: at least minfrac
 * fractional digits (trailing zeros beyond those dropped), thousands
 * separators in the integer part if asked.
 */
static void
put_units(sbuf *b, zn_i128 v, int shift, int minfrac, bool commas)
{
	char		digits[48];
	char		out[96];
	int			nd,
				point = ZN_AMOUNT_SCALE + shift,	/* fractional digits */
				nint,
				nfrac,
				k,
				o = 0;
	const char *p;

	/* |v| < 10^38, so -v does not overflow */
	nd = zn_i128_to_str(v < 0 ? -v : v, digits);
	if (v < 0)
		out[o++] = '-';
	/* pad so that there is at least one integer digit */
	if (nd <= point)
	{
		int			pad = point + 1 - nd;

		memmove(digits + pad, digits, nd + 1);
		memset(digits, '0', pad);
		nd += pad;
	}
	nint = nd - point;
	nfrac = point;
	while (nfrac > minfrac && digits[nint + nfrac - 1] == '0')
		nfrac--;
	for (k = 0, p = digits; k < nint; k++)
	{
		if (commas && k > 0 && (nint - k) % 3 == 0)
			out[o++] = ',';
		out[o++] = p[k];
	}
	if (nfrac > 0)
	{
		out[o++] = '.';
		memcpy(out + o, digits + nint, nfrac);
		o += nfrac;
	}
	put_n(b, out, o);
}

/* The scale word for |v| (in ten-thousandths) and its power of ten. */
static int
scale_of(zn_i128 v, const char **word)
{
	static const struct
	{
		int			power;
		const char *word;
	}			scales[] = {{12, "万亿"}, {8, "亿"}, {4, "万"}};
	zn_u128		mag = v < 0 ? (zn_u128) -v : (zn_u128) v;
	size_t		k;

	for (k = 0; k < sizeof(scales) / sizeof(scales[0]); k++)
	{
		zn_u128		p = 1;
		int			j;

		for (j = 0; j < scales[k].power + ZN_AMOUNT_SCALE; j++)
			p *= 10;
		if (mag >= p)
		{
			*word = scales[k].word;
			return scales[k].power;
		}
	}
	*word = "";
	return 0;
}

static void
put_currency(sbuf *b, const char *iso)
{
	const char *name = zn_currency_name(iso);

	if (name)
		put(b, name);
	else
	{
		put(b, " ");
		put_n(b, iso, 3);
	}
}

/* ---- the styles ------------------------------------------------------------ */

static void
put_chinese_bound(sbuf *b, zn_i128 v)
{
	const char *word;
	int			shift = scale_of(v, &word);

	put_units(b, v, shift, 0, false);
	put(b, word);
}

static void
format_chinese(sbuf *b, const zn_amount *a)
{
	zn_i128		lo = zn_amount_lower(a),
				hi = zn_amount_upper(a);

	put(b, zn_qual_word((zn_qual) a->qual));
	put_chinese_bound(b, lo);
	if (zn_amount_is_range(a))
	{
		const char *wlo,
				   *whi;

		/* 5至3亿元 would read as 5亿 to 3亿: name the currency twice */
		if (scale_of(lo, &wlo) == 0 && scale_of(hi, &whi) != 0)
			put_currency(b, a->currency);
		put(b, "至");
		put_chinese_bound(b, hi);
	}
	put_currency(b, a->currency);
}

static void
format_arabic(sbuf *b, const zn_amount *a)
{
	put(b, zn_qual_word((zn_qual) a->qual));
	put_units(b, zn_amount_lower(a), 0, 2, true);
	if (zn_amount_is_range(a))
	{
		put(b, "至");
		put_units(b, zn_amount_upper(a), 0, 2, true);
	}
	put_currency(b, a->currency);
}

static void
format_iso(sbuf *b, const zn_amount *a)
{
	put(b, zn_qual_word((zn_qual) a->qual));
	put_n(b, a->currency, 3);
	put(b, " ");
	put_units(b, zn_amount_lower(a), 0, 2, false);
	if (zn_amount_is_range(a))
	{
		/* ~ reads back as a range separator, and -5.00~-3.00 stays clear */
		put(b, "~");
		put_units(b, zn_amount_upper(a), 0, 2, false);
	}
}

static bool
put_capital_bound(sbuf *b, zn_i128 v)
{
	char		dec[96];		/* zn_dec_str_size: at most 44 + 38 */
	char		out[256];
	zn_error	err;

	if (zn_dec_to_str(zn_dec_make(v, -ZN_AMOUNT_SCALE), dec, sizeof(dec)) < 0 ||
		zn_capital_amount(dec, out, sizeof(out), &err) < 0)
		return false;
	put(b, out);
	return true;
}

/*
 * 大写 as on Chinese bank forms: the amount in 元/角/分 after the name of the
 * currency, which is left out for CNY (美元贰佰万元整, 贰拾伍亿元整); a
 * currency without a Chinese name is written as its code and a space.
 */
static bool
format_capital(sbuf *b, const zn_amount *a)
{
	const char *name = zn_currency_name(a->currency);

	put(b, zn_qual_word((zn_qual) a->qual));
	if (memcmp(a->currency, "CNY", 3) != 0)
	{
		if (name)
			put(b, name);
		else
		{
			put_n(b, a->currency, 3);
			put(b, " ");
		}
	}
	if (!put_capital_bound(b, zn_amount_lower(a)))
		return false;
	if (zn_amount_is_range(a))
	{
		put(b, "至");
		if (!put_capital_bound(b, zn_amount_upper(a)))
			return false;
	}
	return true;
}

int
zn_amount_format(const zn_amount *a, zn_amount_style style, char *buf,
				 size_t bufsz, zn_amount_status *st)
{
	sbuf		b = {buf, bufsz, 0, bufsz == 0};

	if (bufsz > 0)
		buf[0] = '\0';
	switch (style)
	{
		case ZN_AMOUNT_CHINESE:
			format_chinese(&b, a);
			break;
		case ZN_AMOUNT_ARABIC:
			format_arabic(&b, a);
			break;
		case ZN_AMOUNT_ISO:
			format_iso(&b, a);
			break;
		case ZN_AMOUNT_CAPITAL:
			if (!format_capital(&b, a))
			{
				*st = ZN_AMT_STYLE;
				return -1;
			}
			break;
	}
	if (b.full)
	{
		*st = ZN_AMT_INVALID;
		return -1;
	}
	*st = ZN_AMT_OK;
	return (int) b.len;
}
