/*
 * zn_spell.c — writing numbers in Chinese (zh_spell, zh_capital_amount).
 *
 * Everything works on the decimal digits as text, so a number of any length
 * is spelled exactly.  The conventions are described in zn_spell.h.
 */
#include "zn_spell.h"

#include <string.h>

/* The words of one style. */
typedef struct spell_words
{
	const char *digit[10];		/* 零 一 … 九 */
	const char *pos[4];			/* "", 十, 百, 千: place within a group of 4 */
	int			cycle;			/* groups under one top word: 2 (亿) or 3 (兆) */
	const char *group[3];		/* word after group k, by k % cycle (0: none) */
	const char *top;			/* after every `cycle` groups: 亿 or 兆 */
	const char *point;
	const char *minus;
	bool		short_ten;		/* leading 一十 written 十 */
	bool		quiet_group_tail;	/* 101000 十万一千 (mainland school rule)
									 * rather than 十萬零一千 */
} spell_words;

static const spell_words lower_words = {
	{"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"},
	{"", "十", "百", "千"},
	2, {NULL, "万", NULL}, "亿",
	"点", "负", true, true
};

static const spell_words capital_words = {
	{"零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖"},
	{"", "拾", "佰", "仟"},
	2, {NULL, "万", NULL}, "亿",
	"点", "负", false, true
};

static const spell_words traditional_words = {
	{"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"},
	{"", "十", "百", "千"},
	3, {NULL, "萬", "億"}, "兆",
	"點", "負", true, false
};

/* An output buffer that remembers whether anything did not fit. */
typedef struct spell_out
{
	char	   *buf;
	size_t		size;
	size_t		len;
	bool		overflow;
} spell_out;

static void
put(spell_out *o, const char *s)
{
	size_t		n = strlen(s);

	if (o->overflow || o->len + n + 1 > o->size)
	{
		o->overflow = true;
		return;
	}
	memcpy(o->buf + o->len, s, n);
	o->len += n;
	o->buf[o->len] = '\0';
}

/* A plain decimal split into its parts. */
typedef struct spell_dec
{
	bool		negative;
	const char *int_digits;		/* without leading zeros; may be empty */
	size_t		int_len;
	const char *frac_digits;	/* as given, trailing zeros kept */
	size_t		frac_len;
	bool		is_zero;		/* every digit is 0 */
} spell_dec;

static bool
is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/*
 * Split [sign] digits [. digits]; at least one digit.  On failure *err
 * points at the first character that does not belong.
 */
static bool
split_decimal(const char *s, spell_dec *d, zn_error *err)
{
	const char *p = s;
	size_t		ndigits = 0,
				i;

	memset(d, 0, sizeof(*d));
	if (*p == '-' || *p == '+')
		d->negative = (*p++ == '-');
	while (*p == '0' && is_digit(p[1]))
	{
		p++;
		ndigits++;
	}
	d->int_digits = p;
	while (is_digit(*p))
		p++;
	d->int_len = (size_t) (p - d->int_digits);
	ndigits += d->int_len;
	if (*p == '.')
	{
		d->frac_digits = ++p;
		while (is_digit(*p))
			p++;
		d->frac_len = (size_t) (p - d->frac_digits);
		ndigits += d->frac_len;
	}
	if (*p != '\0' || ndigits == 0)
	{
		err->code = ZN_ERR_SYNTAX;
		err->byte_pos = (size_t) (p - s);
		err->byte_len = *p ? 1 : 0;
		err->detail = "not a plain decimal number";
		return false;
	}
	/* a lone "0" integer part is no digit at all for spelling */
	if (d->int_len == 1 && d->int_digits[0] == '0')
		d->int_len = 0;
	d->is_zero = (d->int_len == 0);
	for (i = 0; i < d->frac_len && d->is_zero; i++)
		if (d->frac_digits[i] != '0')
			d->is_zero = false;
	return true;
}

/*
 * Spell the integer digits[0..n) (n >= 1, digits[0] != '0').
 *
 * Digits are read from the top.  The place p of a digit is its power of ten;
 * groups are four places wide (group k = p / 4), and `cycle` groups make a
 * block (8 places under 亿, 12 under 兆).  After the last digit of group k
 * (k >= 1) comes its word:
 *
 *  - inside a block, the group word (万, 萬, 億) if the group said anything;
 *  - at the end of block m, the top word repeated lowbit(m) times (the
 *    largest power of two dividing m), if the blocks it closes, m up to
 *    m + lowbit(m) - 1, said anything.
 *
 * This is the recursion "H亿L": a number is split at the largest power
 * 亿^(2^j) it reaches, the part above spelled (itself split the same way)
 * and followed by that many 亿.  Below 10^16 it is the usual 一万二千亿
 * (not 一万亿二千亿); above, 亿亿 names 10^16 as 亿 names 10^8, so
 * 10^16 + 10^8 is 一亿亿零一亿 (not the puzzling 一亿零一亿).  The words
 * grow with the logarithm of the number, not with its length.
 *
 * 零 goes before a digit when zeros separate it from the digit spoken before.
 * In the simplified styles the zeros that are exactly the tail of the
 * previous group stay silent when this digit is the 千 of the next group
 * (101000 十万一千: "每级末尾的0都不读", the mainland school rule); the
 * traditional style reads every inner run of zeros (十萬零一千), as Taiwan
 * and Hong Kong usage does.
 */
static void
spell_integer(spell_out *o, const spell_words *w, const char *digits,
			  size_t n, bool short_ten)
{
	size_t		cycle = (size_t) w->cycle;
	size_t		i;
	size_t		last = 0;		/* place of the lowest nonzero digit so far */

	for (i = 0; i < n; i++)
	{
		size_t		p = n - 1 - i;
		int			dg = digits[i] - '0';

		if (dg != 0)
		{
			if (i > 0 && last - p > 1 &&
				!(w->quiet_group_tail && p % 4 == 3 && last / 4 == p / 4 + 1))
				put(o, w->digit[0]);
			/* 十二, 十万: the very first digit of the number is a 1 in a 十 place */
			if (!(i == 0 && dg == 1 && p % 4 == 1 && short_ten))
				put(o, w->digit[dg]);
			put(o, w->pos[p % 4]);
			last = p;
		}
		if (p % 4 == 0 && p > 0)
		{
			size_t		k = p / 4;

			/* digits[0] is nonzero, so `last` is a place seen in this loop */
			if (k % cycle != 0)
			{
				if (last < 4 * (k + 1))
					put(o, w->group[k % cycle]);
			}
			else
			{
				size_t		m = k / cycle;
				size_t		lowbit = m & (~m + 1);
				size_t		t;

				if (last < 4 * cycle * (m + lowbit))
					for (t = 0; t < lowbit; t++)
						put(o, w->top);
			}
		}
	}
}

static const spell_words *
style_words(zn_spell_style style)
{
	switch (style)
	{
		case ZN_SPELL_CAPITAL:
			return &capital_words;
		case ZN_SPELL_TRADITIONAL:
			return &traditional_words;
		case ZN_SPELL_LOWER:
		default:
			return &lower_words;
	}
}

bool
zn_spell_style_from_name(const char *name, size_t len, zn_spell_style *out)
{
	static const struct
	{
		const char *name;
		zn_spell_style style;
	}			styles[] = {
		{"lower", ZN_SPELL_LOWER},
		{"capital", ZN_SPELL_CAPITAL},
		{"traditional", ZN_SPELL_TRADITIONAL},
	};
	size_t		i;

	for (i = 0; i < sizeof(styles) / sizeof(styles[0]); i++)
		if (strlen(styles[i].name) == len && memcmp(styles[i].name, name, len) == 0)
		{
			*out = styles[i].style;
			return true;
		}
	return false;
}

size_t
zn_spell_max_size(size_t declen)
{
	/*
	 * Per digit at most 零 + digit + place word (9 bytes); a group word per
	 * four digits; top words: lowbit(m) of them after block m (of at least 8
	 * digits).  Sign, 点, 元, 角, 分, 整 fit in the constant.
	 */
	size_t		blocks = declen / 8 + 1;
	size_t		tops = 0;
	size_t		m;

	for (m = 1; m <= blocks; m++)
		tops += m & (~m + 1);
	return 9 * declen + 3 * (declen / 4 + 1) + 3 * tops + 64;
}

static int
finish(spell_out *o, zn_error *err)
{
	if (o->overflow)
	{
		err->code = ZN_ERR_RANGE;
		err->byte_pos = 0;
		err->byte_len = 0;
		err->detail = "the output buffer is too small";
		return -1;
	}
	return (int) o->len;
}

int
zn_spell(const char *dec, zn_spell_style style, char *buf, size_t bufsz,
		 zn_error *err)
{
	const spell_words *w = style_words(style);
	spell_out	o = {buf, bufsz, 0, bufsz == 0};
	spell_dec	d;
	size_t		i;

	if (bufsz > 0)
		buf[0] = '\0';
	if (!split_decimal(dec, &d, err))
		return -1;
	if (d.negative && !d.is_zero)
		put(&o, w->minus);
	if (d.int_len == 0)
		put(&o, w->digit[0]);
	else
		spell_integer(&o, w, d.int_digits, d.int_len, w->short_ten);
	if (d.frac_len > 0)
	{
		put(&o, w->point);
		for (i = 0; i < d.frac_len; i++)
			put(&o, w->digit[d.frac_digits[i] - '0']);
	}
	return finish(&o, err);
}

/*
 * 人民币大写.  The rules of 《正确填写票据和结算凭证的基本规定》 and the
 * choices where they leave one:
 *
 *  - Digits 零壹贰叁肆伍陆柒捌玖, places 拾佰仟万亿, units 元角分; 10 元 is
 *    壹拾元整 (the 壹 is kept).  No 人民币 prefix: the caller adds it where the
 *    form does not print it.
 *  - Ending in 元: 整 after 元 (100 → 壹佰元整).  Ending in 角: 整 as well
 *    (1.5 → 壹元伍角整); the rule allows it to be left out, and writing it
 *    keeps anyone from adding 分.  Ending in 分: no 整.
 *  - Zeros inside the 元 part: one 零 for a run (6007.14 → 陆仟零柒元壹角肆分),
 *    none for a zero 万 place before a nonzero 千 (107000.53 →
 *    壹拾万柒仟元…, one of the two forms the rule allows), as in zh_spell.
 *  - 元 place 0 but 角 not: 零 after 元 (1680.32 → 壹仟陆佰捌拾元零叁角贰分;
 *    the rule allows it either way, this is the form it names first).
 *    角 0 but 分 not: 零 after 元, as required (325.04 → 叁佰贰拾伍元零肆分).
 *  - Below one 元 the amount starts at 角 or 分 (0.5 → 伍角整, 0.05 → 伍分);
 *    0 is 零元整.  A negative amount starts with 负.
 *  - Digits beyond 分 must be zero: an amount is not rounded.  Amounts reach
 *    9999万亿 (just under 10^16 元).
 */
#define AMOUNT_MAX_INT_DIGITS 16

int
zn_capital_amount(const char *dec, char *buf, size_t bufsz, zn_error *err)
{
	const spell_words *w = &capital_words;
	spell_out	o = {buf, bufsz, 0, bufsz == 0};
	spell_dec	d;
	size_t		i;
	int			jiao,
				fen;

	if (bufsz > 0)
		buf[0] = '\0';
	if (!split_decimal(dec, &d, err))
		return -1;
	for (i = 2; i < d.frac_len; i++)
		if (d.frac_digits[i] != '0')
		{
			err->code = ZN_ERR_RANGE;
			err->byte_pos = (size_t) (d.frac_digits + i - dec);
			err->byte_len = 1;
			err->detail = "an amount has at most two decimal places (角 and 分)";
			return -1;
		}
	if (d.int_len > AMOUNT_MAX_INT_DIGITS)
	{
		err->code = ZN_ERR_RANGE;
		err->byte_pos = (size_t) (d.int_digits - dec);
		err->byte_len = d.int_len;
		err->detail = "an amount must be less than 10^16 元 (一亿亿元)";
		return -1;
	}
	jiao = d.frac_len > 0 ? d.frac_digits[0] - '0' : 0;
	fen = d.frac_len > 1 ? d.frac_digits[1] - '0' : 0;

	if (d.int_len == 0 && jiao == 0 && fen == 0)
	{
		put(&o, "零元整");
		return finish(&o, err);
	}
	if (d.negative)
		put(&o, w->minus);
	if (d.int_len > 0)
	{
		spell_integer(&o, w, d.int_digits, d.int_len, false);
		put(&o, "元");
		if (jiao == 0 && fen == 0)
		{
			put(&o, "整");
			return finish(&o, err);
		}
		if (d.int_digits[d.int_len - 1] == '0' || jiao == 0)
			put(&o, w->digit[0]);
	}
	if (jiao != 0)
	{
		put(&o, w->digit[jiao]);
		put(&o, "角");
	}
	if (fen != 0)
	{
		put(&o, w->digit[fen]);
		put(&o, "分");
	}
	else
		put(&o, "整");
	return finish(&o, err);
}
