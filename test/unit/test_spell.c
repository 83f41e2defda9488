/*
 * test_spell.c — writing numbers in Chinese (zn_spell.c).
 *
 * Tables of cases for each style and for 人民币大写, errors, buffer sizes,
 * and a round trip: whatever zn_spell and zn_capital_amount write, the
 * parser reads back to the same value.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "zn_spell.h"

typedef struct spell_case
{
	const char *in;
	const char *want;
} spell_case;

static const char *
spell(const char *dec, zn_spell_style style)
{
	static char buf[4096];
	zn_error	err;

	if (zn_spell(dec, style, buf, sizeof buf, &err) < 0)
		snprintf(buf, sizeof buf, "ERROR %d", (int) err.code);
	return buf;
}

static const char *
amount(const char *dec)
{
	static char buf[4096];
	zn_error	err;

	if (zn_capital_amount(dec, buf, sizeof buf, &err) < 0)
		snprintf(buf, sizeof buf, "ERROR %d", (int) err.code);
	return buf;
}

static void
run_spell(const char *label, zn_spell_style style, const spell_case *c, size_t n)
{
	size_t		i;

	for (i = 0; i < n; i++)
		CHECK_STR_EQ(spell(c[i].in, style), c[i].want, check_fmt("%s %s", label, c[i].in));
}

#define RUN_SPELL(label, style, cases) \
	run_spell(label, style, cases, sizeof(cases) / sizeof(cases[0]))

/* ---- lower ------------------------------------------------------------- */

static const spell_case lower_cases[] = {
	/* small numbers; a leading 一十 is 十 only at the very start */
	{"0", "零"}, {"1", "一"}, {"2", "二"}, {"10", "十"}, {"12", "十二"},
	{"20", "二十"}, {"99", "九十九"}, {"100", "一百"}, {"110", "一百一十"},
	{"111", "一百一十一"}, {"1010", "一千零一十"}, {"100010", "十万零一十"},
	/* zero placement */
	{"101", "一百零一"}, {"1001", "一千零一"}, {"1100", "一千一百"},
	{"10001", "一万零一"}, {"10100", "一万零一百"}, {"10010", "一万零一十"},
	{"100001", "十万零一"}, {"1000054", "一百万零五十四"},
	{"100010000", "一亿零一万"}, {"100500000", "一亿零五十万"},
	{"100000001", "一亿零一"}, {"100001000", "一亿零一千"},
	/* 每级末尾的0都不读: the tail of a group before a 千 digit is silent */
	{"101000", "十万一千"}, {"1001000", "一百万一千"}, {"10001000", "一千万一千"},
	{"50008000", "五千万八千"}, {"103453", "十万三千四百五十三"},
	{"150006355", "一亿五千万六千三百五十五"}, {"1010001000", "十亿一千万一千"},
	{"10000100", "一千万零一百"},
	/* scale words */
	{"10000", "一万"}, {"100000", "十万"}, {"2500000000", "二十五亿"},
	{"1000000000000", "一万亿"}, {"1200000000000", "一万二千亿"},
	{"10000000000000", "十万亿"}, {"1001000000000", "一万零一十亿"},
	{"12000012412421", "十二万亿零一千二百四十一万二千四百二十一"},
	{"9876543298765432", "九千八百七十六万五千四百三十二亿九千八百七十六万五千四百三十二"},
	{"10000000000000000", "一亿亿"},
	{"10000000100000000", "一亿亿零一亿"},
	{"10000000010000000", "一亿亿零一千万"},
	{"10000000000000001", "一亿亿零一"},
	{"120000000000000000000", "一万二千亿亿"},
	{"1000000000000000000000000", "一亿亿亿"},
	{"1000000010000000000000000", "一亿零一亿亿"},
	{"100000000000000000000000000000000", "一亿亿亿亿"},
	/* leading zeros are not digits */
	{"007", "七"}, {"0010", "十"}, {"000", "零"},
	/* negatives and decimals: digits after 点 one by one, scale kept */
	{"-5", "负五"}, {"-11", "负十一"}, {"+5", "五"}, {"3.14", "三点一四"},
	{"0.05", "零点零五"}, {"-0.1", "负零点一"}, {"12.0", "十二点零"},
	{"1.50", "一点五零"}, {"10.5", "十点五"}, {"0.000500050005005", "零点零零零五零零零五零零零五零零五"},
	{"1000054.4321", "一百万零五十四点四三二一"}, {".5", "零点五"}, {"5.", "五"},
	/* zero has no sign */
	{"-0", "零"}, {"-0.00", "零点零零"},
};

static const spell_case capital_cases[] = {
	{"0", "零"}, {"1", "壹"}, {"10", "壹拾"}, {"11", "壹拾壹"}, {"12", "壹拾贰"},
	{"110", "壹佰壹拾"}, {"1001", "壹仟零壹"}, {"1024", "壹仟零贰拾肆"},
	{"2500000000", "贰拾伍亿"}, {"100350089", "壹亿零叁拾伍万零捌拾玖"},
	{"103453", "壹拾万叁仟肆佰伍拾叁"}, {"150006355", "壹亿伍仟万陆仟叁佰伍拾伍"},
	{"10000000000000", "壹拾万亿"}, {"1000000000000", "壹万亿"},
	{"10000000000000000", "壹亿亿"},
	{"-1", "负壹"}, {"-3.14", "负叁点壹肆"}, {"0.05", "零点零伍"}, {"12.0", "壹拾贰点零"},
	{"1234567890", "壹拾贰亿叁仟肆佰伍拾陆万柒仟捌佰玖拾"},
};

static const spell_case traditional_cases[] = {
	{"0", "零"}, {"10", "十"}, {"13", "十三"}, {"20", "二十"}, {"1001", "一千零一"},
	{"10000", "一萬"}, {"100000", "十萬"}, {"2500000000", "二十五億"},
	{"1000000000000", "一兆"}, {"10000000000000", "十兆"}, {"1200000000000", "一兆二千億"},
	{"10000000000000000", "一萬兆"}, {"1000000000000000000000000", "一兆兆"},
	{"1000100000000", "一兆零一億"},
	/* every inner run of zeros is read, the tail of a group too */
	{"101000", "十萬零一千"}, {"102506", "十萬零二千五百零六"},
	{"150006355", "一億五千萬零六千三百五十五"}, {"12021", "一萬二千零二十一"},
	{"100000102506", "一千億零一十萬零二千五百零六"},
	{"9007199254740992", "九千零七兆一千九百九十二億五千四百七十四萬零九百九十二"},
	{"2147483647", "二十一億四千七百四十八萬三千六百四十七"},
	{"-3", "負三"}, {"2.9", "二點九"}, {"-0.05", "負零點零五"},
};

/* ---- 人民币大写 ----------------------------------------------------------- */

static const spell_case amount_cases[] = {
	/* examples of 《正确填写票据和结算凭证的基本规定》 */
	{"1409.50", "壹仟肆佰零玖元伍角整"},	/* the rule allows 整 after 角 */
	{"6007.14", "陆仟零柒元壹角肆分"},
	{"1680.32", "壹仟陆佰捌拾元零叁角贰分"},
	{"107000.53", "壹拾万柒仟元零伍角叁分"},
	{"16409.02", "壹万陆仟肆佰零玖元零贰分"},
	{"325.04", "叁佰贰拾伍元零肆分"},
	/* 整 after 元 and 角, never after 分 */
	{"1234.56", "壹仟贰佰叁拾肆元伍角陆分"}, {"100", "壹佰元整"}, {"10", "壹拾元整"},
	{"1.5", "壹元伍角整"}, {"1.50", "壹元伍角整"}, {"1.05", "壹元零伍分"},
	{"1004.05", "壹仟零肆元零伍分"}, {"1000.50", "壹仟元零伍角整"},
	{"10.01", "壹拾元零壹分"}, {"11", "壹拾壹元整"}, {"2421.02", "贰仟肆佰贰拾壹元零贰分"},
	/* below one 元 */
	{"0.5", "伍角整"}, {"0.05", "伍分"}, {"0.55", "伍角伍分"}, {"0.01", "壹分"},
	{"0", "零元整"}, {"0.00", "零元整"}, {"-0", "零元整"}, {"-0.1", "负壹角整"},
	/* zero digits beyond 分 are fine */
	{"1.230", "壹元贰角叁分"}, {"7.0000", "柒元整"},
	/* large amounts */
	{"1000054", "壹佰万零伍拾肆元整"}, {"200000000.00", "贰亿元整"},
	{"12000000002421", "壹拾贰万亿零贰仟肆佰贰拾壹元整"},
	{"12412412412421.12", "壹拾贰万肆仟壹佰贰拾肆亿壹仟贰佰肆拾壹万贰仟肆佰贰拾壹元壹角贰分"},
	{"9999999999999999.99", "玖仟玖佰玖拾玖万玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分"},
	{"-1234.56", "负壹仟贰佰叁拾肆元伍角陆分"},
	/* errors (ERROR 1 syntax, 2 range) */
	{"1.234", "ERROR 2"}, {"0.001", "ERROR 2"}, {"10000000000000000", "ERROR 2"},
	{"10000000000000000.00", "ERROR 2"}, {"abc", "ERROR 1"}, {"", "ERROR 1"},
	{"1e5", "ERROR 1"},
};

static void
test_amounts(void)
{
	size_t		i;

	for (i = 0; i < sizeof(amount_cases) / sizeof(amount_cases[0]); i++)
		CHECK_STR_EQ(amount(amount_cases[i].in), amount_cases[i].want,
					 check_fmt("amount %s", amount_cases[i].in));
}

/* ---- errors and buffers --------------------------------------------------- */

static void
test_errors(void)
{
	static const struct
	{
		const char *in;
		size_t		pos;
	}			bad[] = {
		{"", 0}, {"-", 1}, {".", 1}, {"1,000", 1}, {" 1", 0}, {"1e5", 1},
		{"NaN", 0}, {"1.2.3", 3}, {"--1", 1}, {"１", 0},
	};
	size_t		i;
	char		buf[64];
	zn_error	err;
	zn_spell_style st;

	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
	{
		int			r = zn_spell(bad[i].in, ZN_SPELL_LOWER, buf, sizeof buf, &err);

		CHECK(r == -1 && err.code == ZN_ERR_SYNTAX && err.byte_pos == bad[i].pos,
			  check_fmt("not a decimal: \"%s\" (syntax at byte %zu)", bad[i].in, bad[i].pos));
	}

	/* amount errors say why */
	CHECK(zn_capital_amount("1.234", buf, sizeof buf, &err) == -1 &&
		  err.code == ZN_ERR_RANGE && err.byte_pos == 4 && err.detail != NULL,
		  "a third decimal place: range error at that digit, with a detail");

	/* buffers: exactly enough, one byte short, none */
	CHECK_INT_EQ(zn_spell("2500000000", ZN_SPELL_LOWER, buf, 13, &err), 12, "exact buffer (12 bytes + NUL)");
	CHECK_STR_EQ(buf, "二十五亿", "exact buffer holds the text");
	CHECK(zn_spell("2500000000", ZN_SPELL_LOWER, buf, 12, &err) == -1 && err.code == ZN_ERR_RANGE,
		  "a buffer one byte short is a range error");
	CHECK(zn_spell("1", ZN_SPELL_LOWER, buf, 0, &err) == -1 && err.code == ZN_ERR_RANGE,
		  "an empty buffer is a range error");
	CHECK(zn_capital_amount("100", buf, 5, &err) == -1 && err.code == ZN_ERR_RANGE,
		  "amount: a short buffer is a range error");

	/* style names */
	CHECK(zn_spell_style_from_name("lower", 5, &st) && st == ZN_SPELL_LOWER, "style lower");
	CHECK(zn_spell_style_from_name("capital", 7, &st) && st == ZN_SPELL_CAPITAL, "style capital");
	CHECK(zn_spell_style_from_name("traditional", 11, &st) && st == ZN_SPELL_TRADITIONAL, "style traditional");
	CHECK(!zn_spell_style_from_name("Lower", 5, &st), "style names are exact");
	CHECK(!zn_spell_style_from_name("low", 3, &st), "no prefixes");
	CHECK(!zn_spell_style_from_name("lowerx", 6, &st), "no extra characters");
}

/*
 * Long numbers: numeric holds 131072 digits before the point.  The output
 * always fits zn_spell_max_size, whatever the pattern of zeros.
 */
static void
test_long(void)
{
	static const char *patterns[] = {"1", "10", "1000", "10000000", "1000000000000000", "9", "1001"};
	size_t		lens[] = {17, 33, 100, 1000, 131072};
	size_t		p,
				l;
	int			fits = 0,
				tries = 0;

	for (p = 0; p < sizeof(patterns) / sizeof(patterns[0]); p++)
		for (l = 0; l < sizeof(lens) / sizeof(lens[0]); l++)
		{
			size_t		n = lens[l],
						i,
						plen = strlen(patterns[p]);
			char	   *dec = malloc(n + 16);
			size_t		size;
			char	   *buf;
			zn_error	err;
			int			st;

			for (i = 0; i < n; i++)
				dec[i] = patterns[p][i % plen];
			strcpy(dec + n, ".05");
			size = zn_spell_max_size(strlen(dec));
			buf = malloc(size);
			for (st = 0; st < 3; st++)
			{
				tries++;
				if (zn_spell(dec, (zn_spell_style) st, buf, size, &err) > 0)
					fits++;
				else
					printf("#   %zu digits of %s in style %d do not fit %zu bytes\n", n, patterns[p], st, size);
			}
			free(buf);
			free(dec);
		}
	CHECK_INT_EQ(fits, tries, "long numbers always fit zn_spell_max_size");
	CHECK_STR_EQ(spell("100000000000000000000000000000000000000000000000", ZN_SPELL_LOWER),
				 "一千万亿亿亿亿亿", "10^47: 千万 亿 亿亿 亿亿亿亿");
}

/*
 * Round trip through the parser: random numbers below 10^16 with many
 * zeros, in every style and as amounts.  (Above 10^16 the recursive forms
 * such as 一亿亿零一亿 are not read by zh_number yet.)
 */
static void
test_round_trip(void)
{
	unsigned	seed = 20190414;
	int			bad = 0,
				bad_amount = 0,
				r;

	for (r = 0; r < 20000; r++)
	{
		char		dec[40];
		int			k = 0,
					len,
					i,
					st;
		zn_dec		want,
					got;
		zn_figure	fig;
		zn_error	err;
		char		buf[512];

#define RAND() ((seed = seed * 1103515245u + 12345u) >> 16)
		if (RAND() % 5 == 0)
			dec[k++] = '-';
		len = 1 + (int) (RAND() % 16);
		for (i = 0; i < len; i++)
		{
			int			d = RAND() % 10 < 6 ? 0 : 1 + (int) (RAND() % 9);

			dec[k++] = (char) ('0' + (i == 0 && d == 0 && len > 1 ? 1 : d));
		}
		if (RAND() % 3 == 0)
		{
			int			f = 1 + (int) (RAND() % 2);

			dec[k++] = '.';
			for (i = 0; i < f; i++)
				dec[k++] = (char) ('0' + RAND() % 10);
		}
		dec[k] = '\0';
		zn_dec_from_str(dec, strlen(dec), &want);
		for (st = 0; st < 3; st++)
		{
			zn_spell(dec, (zn_spell_style) st, buf, sizeof buf, &err);
			if (zn_parse_number(buf, strlen(buf), &got, &err) != ZN_OK ||
				zn_dec_cmp(got, want) != 0)
			{
				if (bad++ < 5)
					printf("#   %s in style %d: %s does not read back\n", dec, st, buf);
			}
		}
		/* negative amounts: the money grammar reads 负壹元捌角 as -1 + 0.8 */
		if (dec[0] == '-')
			continue;
		zn_capital_amount(dec, buf, sizeof buf, &err);
		if (zn_parse(buf, strlen(buf), ZN_MASK(ZN_KIND_MONEY), ZN_NO_REF, &fig, &err) != ZN_OK ||
			zn_dec_cmp(fig.lo, want) != 0 || strcmp(fig.currency, "CNY") != 0)
		{
			if (bad_amount++ < 5)
				printf("#   amount %s: %s does not read back\n", dec, buf);
		}
	}
	CHECK_INT_EQ(bad, 0, "zh_number reads back every spelling (20000 random numbers x 3 styles)");
	CHECK_INT_EQ(bad_amount, 0, "the parser reads back every 人民币大写 as CNY (random amounts >= 0)");
}

int
main(void)
{
	RUN_SPELL("lower", ZN_SPELL_LOWER, lower_cases);
	RUN_SPELL("capital", ZN_SPELL_CAPITAL, capital_cases);
	RUN_SPELL("traditional", ZN_SPELL_TRADITIONAL, traditional_cases);
	test_amounts();
	test_errors();
	test_long();
	test_round_trip();
	return check_done();
}
