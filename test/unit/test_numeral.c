/*
 * test_numeral.c — the number grammar through zn_parse / zn_parse_number.
 *
 * Each case renders the parse result as "kind value" ("number 2500000000",
 * "money 20..30 CNY approx") so that one string pins every field.
 */
#include <stdlib.h>

#include "check.h"
#include "zn.h"

static const char *const kind_names[] = {
	"none", "number", "money", "quantity", "percent", "date", "duration"
};

/* Render a parse of s with the given kinds, or "error CODE at POS". */
static const char *
render(const char *s, unsigned kinds)
{
	static char out[512];
	zn_figure	f;
	zn_error	e;
	char		lo[256],
				hi[256];
	int			n;

	if (zn_parse(s, strlen(s), kinds, ZN_NO_REF, &f, &e) != ZN_OK)
	{
		snprintf(out, sizeof out, "error %d at %d", (int) e.code, (int) zn_char_pos(s, e.byte_pos));
		return out;
	}
	zn_dec_to_str(f.lo, lo, sizeof lo);
	zn_dec_to_str(f.hi, hi, sizeof hi);
	n = snprintf(out, sizeof out, "%s %s", kind_names[f.kind], lo);
	if (f.is_range)
		n += snprintf(out + n, sizeof out - n, "..%s", hi);
	if (f.currency[0])
		n += snprintf(out + n, sizeof out - n, " %s", f.currency);
	if (f.unit_len)
		n += snprintf(out + n, sizeof out - n, " [%.*s]", (int) f.unit_len, s + f.unit_start);
	if (f.qual != ZN_Q_EXACT)
		snprintf(out + n, sizeof out - n, " %s", zn_qual_name(f.qual));
	return out;
}

static const char *
number(const char *s)
{
	static char out[512];
	zn_dec		d;
	zn_error	e;

	if (zn_parse_number(s, strlen(s), &d, &e) != ZN_OK)
	{
		snprintf(out, sizeof out, "error %d at %d", (int) e.code, (int) zn_char_pos(s, e.byte_pos));
		return out;
	}
	zn_dec_to_str(d, out, sizeof out);
	return out;
}

typedef struct
{
	const char *in;
	const char *want;
} kase;

/* zh_number: one exact value */
static const kase numbers[] = {
	/* Arabic digits, separators, scales */
	{"25", "25"}, {"3.86亿", "386000000"}, {"1,234.5万", "12345000"}, {"13万2", "132000"},
	{"25 亿", "2500000000"}, {"1.2万亿", "1200000000000"}, {"4.78万亿", "4780000000000"},
	{"0.0012", "0.0012"}, {"-.5", "-0.5"}, {"12.32e+14", "1232000000000000"}, {"30w", "300000"},
	/* full-width */
	{"２５亿", "2500000000"}, {"３７．６％", "0.376"}, {"－５", "-5"},
	/* Chinese numerals */
	{"一千零一", "1001"}, {"两千万", "20000000"}, {"廿", "20"}, {"卅五", "35"}, {"〇", "0"},
	{"幺", "1"}, {"十", "10"}, {"十五", "15"}, {"一百一十", "110"}, {"二十亿零一十万零一百一十二", "2000100112"},
	{"一兆", "1000000000000"},
	/* 大写 and traditional */
	{"贰拾伍亿", "2500000000"}, {"壹仟零壹", "1001"}, {"萬", "10000"}, {"兩億參仟", "200003000"}, {"兩億參仟萬", "230000000"},
	{"貳拾陸", "26"}, {"十萬柒仟捌佰伍拾肆", "107854"},
	/* mixed, compound scales */
	{"3亿5千万", "350000000"}, {"一万亿", "1000000000000"}, {"万万", "100000000"},
	{"五千万亿", "5000000000000000"}, {"百二萬", "1200000"},
	/* colloquial trailing digits */
	{"一万三", "13000"}, {"两千六", "2600"}, {"百三", "130"}, {"一亿五", "150000000"},
	{"一万三千五", "13500"}, {"两千三点一", "2300.1"},
	/* Chinese decimal point */
	{"三点八六亿", "386000000"}, {"一點零零五", "1.005"}, {"一百二十三点八九零万", "1238900"},
	{"负二十三万三千一百二十三点九九四零亿", "-23312399400000"},
	{"九万九千三百零七点一九", "99307.19"}, {"八十七点七", "87.7"}, {"三万二点五", "32000.5"},
	{"零点零五", "0.05"}, {"零点零", "0"}, {"零点零万亿", "100000000"}, {"三点八亿万", "error 1 at 5"},
	{"三点86", "3.86"}, {"三 点 一 四", "3.14"}, {"十点五万亿", "10500000000000"},
	{"一点一二三四五六七八九一二三四五六七八九", "1.123456789123456789"},
	/* negatives, fractions, percent, per-mille, 成 */
	{"负五", "-5"}, {"-5", "-5"}, {"三分之一", "0.33333333333333333333"}, {"三分之二", "0.66666666666666666667"},
	{"一又二分之一", "1.5"}, {"-3/2", "-1.5"}, {"百分之三十七点六", "0.376"}, {"37.6%", "0.376"},
	{"千分之五", "0.005"}, {"七成", "0.7"}, {"百分之５６.２", "0.562"}, {"5‰", "0.005"},
	{"八五折", "0.85"}, {"百分百", "1"},
	/* digit sequences */
	{"二〇一九", "2019"}, {"一二三四", "1234"}, {"幺零零八六", "10086"},
	/* rejected */
	{"一切", "error 1 at 2"}, {"四川", "error 1 at 2"}, {"五角大楼", "error 1 at 2"},
	{"一看", "error 1 at 2"}, {"一百你三", "error 1 at 3"}, {"10..1万", "error 1 at 3"},
	{"零点", "error 1 at 3"}, {"点一", "error 1 at 1"}, {"负", "error 1 at 2"}, {"", "error 1 at 1"},
	{"元整", "error 1 at 1"}, {"十一十二", "error 1 at 3"}, {"10.1万零100", "error 1 at 6"},
		/* ranges and qualified figures have no single value */
	{"十五六", "error 3 at 1"}, {"约200", "error 3 at 1"}, {"三千多", "error 3 at 1"},
	/* beyond 38 significant digits or numeric's exponent range */
	{"12345678901234567890123456789012345678901", "error 2 at 1"},
	{"12345678901234567890123456789012345678", "12345678901234567890123456789012345678"},
	/* whole strings that end at a percent mark (side_ends in zn_figure.c) */
	{"37.6 ％", "0.376"},
	{"七成", "0.7"},
	{"85折", "0.85"},
	{"5 个 百 分点", "0.05"},
	{"15‰", "0.015"},
	{"五百分点", "0.05"},
	{"5%x", "error 1 at 3"},
	{"12成", "error 1 at 1"},
};

/* zh_parse: every field */
static const kase figures[] = {
	{"25 亿元", "money 2500000000 CNY"},
	{"3.86亿元", "money 386000000 CNY"},
	{"贰拾伍亿元整", "money 2500000000 CNY"},
	{"约200万美元", "money 2000000 USD approx"},
	{"3000多亿元人民币", "money 300000000000 CNY more_than"},
	{"近50亿港币", "money 5000000000 HKD less_than"},
	{"18至20亿元人民币", "money 1800000000..2000000000 CNY"},
	{"20-30亿元", "money 2000000000..3000000000 CNY"},
	{"20亿至30亿元", "money 2000000000..3000000000 CNY"},
	{"三到四百萬", "number 3000000..4000000"},
	{"二三十亿元", "money 2000000000..3000000000 CNY approx"},
	{"三五百万元", "money 3000000..5000000 CNY approx"},
	{"数十亿元", "money 1000000000..10000000000 CNY approx"},
	{"每股10.42-10.52港元", "money 10.42..10.52 HKD"},
	{"贰亿贰仟陆佰贰拾陆万叁仟捌佰陆拾伍元", "money 226263865 CNY"},
	{"1234.56元", "money 1234.56 CNY"},
	{"二十五元三毛", "money 25.3 CNY"},
	{"一块二", "money 1.2 CNY"},
	{"壹元零伍分", "money 1.05 CNY"},
	{"人民币  50元", "money 50 CNY"},
	{"港币两千九百六十元", "money 2960 HKD"},
	{"三万元欧元", "money 30000 EUR"},
	{"US$5", "money 5 USD"},
	{"￥1,000", "money 1000 CNY"},
	{"100 CHF", "money 100 CHF"},
	{"1000万元以上", "money 10000000 CNY at_least"},
	{"不超过5亿元", "money 500000000 CNY at_most"},
	{"逾百亿元", "money 10000000000 CNY more_than"},
	{"5亿元左右", "money 500000000 CNY approx"},
	{"5000 余人", "quantity 5000 [人] more_than"},
	{"约 200 亩", "quantity 200 [亩] approx"},
	{"500万人次", "quantity 5000000 [人次]"},
	{"200 多家", "quantity 200 [家] more_than"},
	{"12千米", "quantity 12 [千米]"},
	{"一吨半", "quantity 1.5 [吨]"},
	{"7个百分点", "percent 0.07 [个百分点]"},
	{"10%-20%", "percent 0.1..0.2"},
	{"十几万", "number 100000 more_than"},
	{"七百三四十", "number 730..740 approx"},
	{"一万六七", "number 16000..17000 approx"},
	{"十五六", "number 15..16 approx"},
	{"10000与20000之间", "number 10000..20000"},
	{"25亿", "number 2500000000"},
	{"负壹元捌角", "money -1.8 CNY"},
	{"负伍分", "money -0.05 CNY"},
	{"一亿亿零一亿", "number 10000000100000000"},
	{"万分之三", "percent 0.0003"},
	{"2.3", "number 2.3"},
	{"20亿元至30亿美元", "error 1 at 5"},
	{"30亿至20亿元", "error 1 at 4"},
	{"3元5", "money 3.5 CNY"},
	{"4人民币 5美元", "error 1 at 5"},
};

int
main(void)
{
	size_t		k;

	for (k = 0; k < sizeof numbers / sizeof numbers[0]; k++)
		CHECK_STR_EQ(number(numbers[k].in), numbers[k].want,
					 check_fmt("zh_number %s", numbers[k].in));
	for (k = 0; k < sizeof figures / sizeof figures[0]; k++)
		CHECK_STR_EQ(render(figures[k].in, ZN_MASK_ALL), figures[k].want,
					 check_fmt("figure %s", figures[k].in));

	/* kinds restrict what may be read: money needs a currency */
	CHECK_STR_EQ(render("25亿", ZN_MASK(ZN_KIND_MONEY)), "error 1 at 4", "money without currency");
	CHECK_STR_EQ(render("25亿元", ZN_MASK(ZN_KIND_NUMBER)), "error 1 at 4", "number with currency");

	/* exponent range: 亿 repeated beyond numeric's 131072 digits */
	{
		size_t		n = 20000;
		char	   *s = malloc(3 * n + 2);
		size_t		i;

		s[0] = '1';
		for (i = 0; i < n; i++)
			memcpy(s + 1 + 3 * i, "亿", 3);
		s[1 + 3 * n] = '\0';
		CHECK(strncmp(number(s), "error 2", 7) == 0, "亿 x 20000 is out of range");
		free(s);
	}
	/* a megabyte of digits: an error, quickly, not a crash */
	{
		size_t		n = 1 << 20;
		char	   *s = malloc(n + 1);

		memset(s, '7', n);
		s[n] = '\0';
		CHECK(strncmp(number(s), "error 2", 7) == 0, "1 MB of digits");
		memset(s, 0xE4, n);		/* malformed UTF-8 */
		CHECK(strncmp(number(s), "error 4", 7) == 0, "malformed UTF-8");
		free(s);
	}
	/*
	 * zn_parse_number_plain and zn_parse_plain: the result of the plain-less
	 * calls, and plain exactly for valid text of ASCII and U+4000-9FFF (so
	 * that the glue may skip zn_norm_needed), failures included.
	 */
	{
		static const struct
		{
			const char *s;
			bool		plain;
		}			cases[] = {
			{"二十五", true}, {"25", true}, {" 3.86亿 ", true}, {"一", true},
			{"九万九千三百零七点一九", true}, {"25亿元", true}, {"abc", true}, {"约", true},
			{"２５", false}, {"二〇一九", false}, {"¥25", false}, {"25\xC2\xA0亿元", false},
			{"25亿\xF0\x9F\x98\x80", false}, {"二十五\xE4", false}, {"\xE4\xB8", false},
			{"\xED\xA0\x80", false}, {"参\xEA\xB0\x80", false},
		};
		size_t		k;

		for (k = 0; k < sizeof(cases) / sizeof(cases[0]); k++)
		{
			const char *s = cases[k].s;
			zn_dec		d1,
						d2;
			zn_error	e1,
						e2;
			zn_figure	f1,
						f2;
			bool		plain = !cases[k].plain;
			zn_status	s1 = zn_parse_number(s, strlen(s), &d1, &e1),
						s2 = zn_parse_number_plain(s, strlen(s), &d2, &e2, &plain);

			CHECK(s1 == s2 && (s1 != ZN_OK ? e1.byte_pos == e2.byte_pos :
							   zn_dec_cmp(d1, d2) == 0),
				  check_fmt("zn_parse_number_plain(%s) = zn_parse_number", s));
			CHECK(plain == cases[k].plain, check_fmt("zn_parse_number_plain(%s): plain", s));
			plain = !cases[k].plain;
			s1 = zn_parse(s, strlen(s), ZN_MASK(ZN_KIND_MONEY), ZN_NO_REF, &f1, &e1);
			s2 = zn_parse_plain(s, strlen(s), ZN_MASK(ZN_KIND_MONEY), ZN_NO_REF, &f2, &e2, &plain);
			CHECK(s1 == s2 && (s1 != ZN_OK ? e1.byte_pos == e2.byte_pos :
							   zn_dec_cmp(f1.lo, f2.lo) == 0 && zn_dec_cmp(f1.hi, f2.hi) == 0),
				  check_fmt("zn_parse_plain(%s) = zn_parse", s));
			CHECK(plain == cases[k].plain, check_fmt("zn_parse_plain(%s): plain", s));
		}
	}
	return check_done();
}
