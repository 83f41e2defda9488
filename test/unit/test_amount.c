/*
 * test_amount.c — zh_amount values in the core: parsing into them, the
 * canonical text and the other styles, the binary form, comparison and
 * arithmetic.  The round-trip checks run every written form back through
 * zn_parse, so a change in the grammar that breaks the canonical form shows
 * up here first.
 */
#include <stdio.h>
#include <string.h>

#include "check.h"
#include "zn_amount.h"

#define MONEY ZN_MASK(ZN_KIND_MONEY)

static zn_i128
units(long long whole, int frac4)
{
	return (zn_i128) whole * 10000 + (whole < 0 ? -frac4 : frac4);
}

static zn_i128
pow10i(int n)
{
	zn_i128		p = 1;

	while (n-- > 0)
		p *= 10;
	return p;
}

/* Parse s as money into *a; the status of whichever step failed. */
static int
parse_amount(const char *s, zn_amount *a)
{
	zn_figure	f;
	zn_error	e;

	if (zn_parse(s, strlen(s), MONEY, ZN_NO_REF, &f, &e) != ZN_OK)
		return -1;
	return zn_amount_from_figure(a, &f);
}

static const char *
fmt(const zn_amount *a, zn_amount_style style)
{
	static char buf[4][ZN_AMOUNT_TEXT_MAX];
	static int	next;
	char	   *b = buf[next++ % 4];
	zn_amount_status st;

	if (zn_amount_format(a, style, b, ZN_AMOUNT_TEXT_MAX, &st) < 0)
		return NULL;
	return b;
}

static zn_amount
mk(zn_i128 lo, zn_i128 hi, const char *cur, zn_qual q)
{
	zn_amount	a;

	if (zn_amount_set(&a, lo, hi, cur, q) != ZN_AMT_OK)
		memset(&a, 0xEE, sizeof(a));
	return a;
}

/* ---- parsing to a value and writing it canonically -------------------- */

static void
test_canonical(void)
{
	static const struct
	{
		const char *in;
		const char *out;
	}			cases[] = {
		{"25 亿元", "25亿元"},
		{"3.86亿元", "3.86亿元"},
		{"1234.56元", "1234.56元"},
		{"约200万美元", "约200万美元"},
		{"3000多亿元人民币", "逾3000亿元"},
		{"近50亿港币", "不足50亿港元"},
		{"18至20亿元人民币", "18亿至20亿元"},
		{"20亿至30亿元", "20亿至30亿元"},
		{"20-30亿元", "20亿至30亿元"},
		{"20—30亿元", "20亿至30亿元"},
		{"贰亿贰仟陆佰贰拾陆万叁仟捌佰陆拾伍元", "2.26263865亿元"},
		{"每股10.42-10.52港元", "10.42至10.52港元"},
		{"二三十亿元", "约20亿至30亿元"},
		{"数十亿元", "约10亿至100亿元"},
		{"几百万元", "约100万至1000万元"},
		{"三五百万元", "约300万至500万元"},
		{"5000万元以上", "至少5000万元"},
		{"不超过5000万元", "最多5000万元"},
		{"逾5000万元", "逾5000万元"},
		{"人民币25亿", "25亿元"},
		{"￥1,234.50", "1234.5元"},
		{"US$ 3.5 million", NULL},	/* not Chinese: an error */
		{"3元5角", "3.5元"},
		{"壹佰元整", "100元"},
		{"1.5万亿元", "1.5万亿元"},
		{"9999元", "9999元"},
		{"10000元", "1万元"},
		{"0元", "0元"},
		{"-25亿元", "-25亿元"},
		{"25亿 XYZ", "25亿 XYZ"},
		{"XYZ 25亿", "25亿 XYZ"},
		{"新台币 177.1 亿元", "177.1亿新台币"},
		{"1.2345元", "1.2345元"},
	};
	size_t		k;

	for (k = 0; k < sizeof(cases) / sizeof(cases[0]); k++)
	{
		zn_amount	a;
		int			st = parse_amount(cases[k].in, &a);

		if (cases[k].out == NULL)
			CHECK(st != 0, check_fmt("%s is not an amount", cases[k].in));
		else if (CHECK_INT_EQ(st, 0, check_fmt("%s parses", cases[k].in)))
			CHECK_STR_EQ(fmt(&a, ZN_AMOUNT_CHINESE), cases[k].out,
						 check_fmt("%s canonical", cases[k].in));
	}
}

/*
 * Whole strings that end with their numeral or right after a currency word
 * take a shorter way through zn_m_figure (side_ends): its results, and the
 * errors around it, must be those of the general way.
 */
static void
test_whole_string_ends(void)
{
	static const struct
	{
		const char *in;
		const char *value;		/* NULL: an error at byte err_pos */
		const char *cur;
		size_t		err_pos;
		const char *detail;
	}			cases[] = {
		{"5 美元", "5", "USD", 0, NULL},
		{"5元 ", "5", "CNY", 0, NULL},
		{"两千三百元", "2300", "CNY", 0, NULL},
		{"100USD", "100", "USD", 0, NULL},
		{"5元整", "5", "CNY", 0, NULL},
		{"-5元", "-5", "CNY", 0, NULL},
		{"5元5", "5.5", "CNY", 0, NULL},
		{"5元/股", "5", "CNY", 0, NULL},
		{"5元人民币", "5", "CNY", 0, NULL},
		{"3000", NULL, NULL, 4, "a currency is required"},
		{"1234.56万", NULL, NULL, 10, "a currency is required"},
		{"5 ", NULL, NULL, 1, "a currency is required"},
		{"5元x", NULL, NULL, 4, NULL},
		{"约", NULL, NULL, 3, "the expression is incomplete"},
	};
	size_t		k;

	for (k = 0; k < sizeof(cases) / sizeof(cases[0]); k++)
	{
		zn_figure	f;
		zn_error	e;
		zn_status	st = zn_parse(cases[k].in, strlen(cases[k].in), MONEY, ZN_NO_REF, &f, &e);
		char		b[64];

		if (cases[k].value)
		{
			if (!CHECK_INT_EQ(st, ZN_OK, check_fmt("%s parses", cases[k].in)))
				continue;
			zn_dec_to_str(f.lo, b, sizeof(b));
			CHECK_STR_EQ(b, cases[k].value, check_fmt("%s value", cases[k].in));
			CHECK_STR_EQ(f.currency, cases[k].cur, check_fmt("%s currency", cases[k].in));
			continue;
		}
		if (!CHECK_INT_EQ(st, ZN_ERR_SYNTAX, check_fmt("%s is an error", cases[k].in)))
			continue;
		CHECK_INT_EQ(e.byte_pos, cases[k].err_pos, check_fmt("%s error position", cases[k].in));
		CHECK(cases[k].detail ? e.detail && strcmp(e.detail, cases[k].detail) == 0 :
			  e.detail == NULL, check_fmt("%s error detail", cases[k].in));
	}
}

static void
test_input_limits(void)
{
	zn_amount	a;

	CHECK_INT_EQ(parse_amount("25亿", &a), -1, "no currency: not an amount");
	CHECK_INT_EQ(parse_amount("1.23456元", &a), ZN_AMT_INEXACT, "5 fractional digits");
	CHECK_INT_EQ(parse_amount("0.00001元", &a), ZN_AMT_INEXACT, "10^-5");
	CHECK_INT_EQ(parse_amount("1.23450元", &a), ZN_AMT_OK, "a trailing zero is not a digit");
	CHECK_INT_EQ(parse_amount("9999999999999999999999999999999999.9999元", &a), ZN_AMT_OK,
				 "34 integer and 4 fractional digits");
	CHECK_STR_EQ(fmt(&a, ZN_AMOUNT_CHINESE), "9999999999999999999999.9999999999999999万亿元",
				 "largest value canonical");
	CHECK_INT_EQ(parse_amount("10000000000000000000000000000000000元", &a), ZN_AMT_OVERFLOW,
				 "10^34 overflows");
	CHECK_INT_EQ(parse_amount("-1亿亿亿亿亿元", &a), ZN_AMT_OVERFLOW, "10^40 overflows");
	CHECK_INT_EQ(zn_amount_set(&a, 1, 0, "CNY", ZN_Q_EXACT), ZN_AMT_INVALID, "lower > upper");
	CHECK_INT_EQ(zn_amount_set(&a, 0, 0, "CNy", ZN_Q_EXACT), ZN_AMT_INVALID, "lowercase currency");
	CHECK_INT_EQ(zn_amount_set(&a, 0, 0, "CNY", (zn_qual) 6), ZN_AMT_INVALID, "qualifier 6");
	CHECK_INT_EQ(zn_amount_set(&a, 5, 5, "CNY", ZN_Q_APPROX), ZN_AMT_OK, "equal bounds");
	CHECK(!zn_amount_is_range(&a), "equal bounds make a point");
	CHECK(zn_amount_valid(&a), "a made value is valid");
	a.reserved[1] = 1;
	CHECK(!zn_amount_valid(&a), "reserved bytes must be zero");
}

/* ---- round trips of every style ---------------------------------------- */

static bool
reads_back(const zn_amount *a, zn_amount_style style)
{
	const char *s = fmt(a, style);
	zn_amount	b;

	if (s == NULL || parse_amount(s, &b) != 0)
		return false;
	return zn_amount_eq(a, &b);
}

static void
check_round_trip(const zn_amount *a, const char *what)
{
	if (!CHECK(reads_back(a, ZN_AMOUNT_CHINESE), check_fmt("%s: canonical %s reads back", what,
														   fmt(a, ZN_AMOUNT_CHINESE))))
		return;
	CHECK(reads_back(a, ZN_AMOUNT_ARABIC), check_fmt("%s: arabic %s reads back", what,
													 fmt(a, ZN_AMOUNT_ARABIC)));
	CHECK(reads_back(a, ZN_AMOUNT_ISO), check_fmt("%s: iso %s reads back", what,
												  fmt(a, ZN_AMOUNT_ISO)));
}

static void
test_round_trips(void)
{
	static const char *const curs[] = {
		"CNY", "USD", "HKD", "EUR", "JPY", "GBP", "TWD", "MOP", "AUD", "CAD",
		"SGD", "KRW", "CHF", "RUB", "INR", "THB", "MYR", "NZD", "XYZ", "XAU"
	};
	zn_i128		lim = pow10i(38) - 1;
	zn_i128		fixed[] = {
		0, 1, -1, 5000, 9999, 10000, 12345678, 99999999, 100000000, units(1, 5),
		units(9999, 9999), units(10000, 0), units(123456789, 1234), units(250000000, 0),
		pow10i(16), pow10i(16) - 1, pow10i(20) + 1, lim, -lim, units(-5, 0),
	};
	size_t		i,
				j;
	int			q;
	uint64_t	seed = 88172645463325252ULL;
	int			failures = 0;

	/* currencies: each Chinese name reads back as its code */
	for (i = 0; i < sizeof(curs) / sizeof(curs[0]); i++)
	{
		zn_amount	a = mk(units(25, 0) * 100000000, units(25, 0) * 100000000, curs[i], ZN_Q_EXACT);

		check_round_trip(&a, curs[i]);
	}
	/* qualifiers on a point and on a range */
	for (q = 0; q < ZN_Q_COUNT; q++)
	{
		zn_amount	p = mk(units(5000, 0) * 10000, units(5000, 0) * 10000, "CNY", (zn_qual) q);
		zn_amount	r = mk(units(20, 0) * 100000000, units(30, 0) * 100000000, "USD", (zn_qual) q);

		check_round_trip(&p, zn_qual_name((zn_qual) q));
		check_round_trip(&r, check_fmt("range %s", zn_qual_name((zn_qual) q)));
	}
	/* every pair of the fixed bounds as a range, and each alone */
	for (i = 0; i < sizeof(fixed) / sizeof(fixed[0]); i++)
	{
		zn_amount	a = mk(fixed[i], fixed[i], "CNY", ZN_Q_EXACT);

		check_round_trip(&a, "point");
		for (j = 0; j < sizeof(fixed) / sizeof(fixed[0]); j++)
			if (fixed[i] < fixed[j])
			{
				zn_amount	r = mk(fixed[i], fixed[j], "CNY", ZN_Q_EXACT);

				if (!reads_back(&r, ZN_AMOUNT_CHINESE) || !reads_back(&r, ZN_AMOUNT_ARABIC) ||
					!reads_back(&r, ZN_AMOUNT_ISO))
				{
					check_round_trip(&r, "range");
					failures++;
				}
			}
	}
	CHECK_INT_EQ(failures, 0, "every range of the fixed bounds reads back in every style");

	/* random values of every magnitude (xorshift: the same run every time) */
	failures = 0;
	for (i = 0; i < 20000; i++)
	{
		zn_i128		v[2];
		zn_amount	a;
		int			k;

		for (k = 0; k < 2; k++)
		{
			int			digits;

			seed ^= seed << 13;
			seed ^= seed >> 7;
			seed ^= seed << 17;
			digits = (int) (seed % 38) + 1;
			v[k] = (zn_i128) ((((zn_u128) seed << 64) | (seed * 2654435761u)) %
							  (zn_u128) pow10i(digits));
			if (seed & 0x100000)
				v[k] = -v[k];
		}
		if (i % 3 == 0)
			v[1] = v[0];
		a = mk(v[0] < v[1] ? v[0] : v[1], v[0] < v[1] ? v[1] : v[0],
			   curs[seed % 20], (zn_qual) (seed % ZN_Q_COUNT));
		if (!reads_back(&a, ZN_AMOUNT_CHINESE) || !reads_back(&a, ZN_AMOUNT_ARABIC) ||
			!reads_back(&a, ZN_AMOUNT_ISO))
		{
			if (failures++ < 5)
				check_round_trip(&a, "random");
		}
	}
	CHECK_INT_EQ(failures, 0, "20000 random values read back in every style");
}

static void
test_styles(void)
{
	zn_amount	a = mk(units(2500000000LL, 0), units(2500000000LL, 0), "CNY", ZN_Q_EXACT);
	zn_amount	r = mk(units(2000000000LL, 0), units(3000000000LL, 0), "CNY", ZN_Q_APPROX);
	zn_amount	u = mk(units(2000000, 0), units(2000000, 0), "USD", ZN_Q_EXACT);
	zn_amount	x = mk(units(1234, 5600), units(1234, 5600), "XYZ", ZN_Q_EXACT);
	zn_amount	f = mk(units(0, 1), units(0, 1), "CNY", ZN_Q_EXACT);
	zn_amount	n = mk(units(-5, 0), units(-3, 2500), "CNY", ZN_Q_EXACT);
	zn_amount	big = mk(pow10i(20), pow10i(20), "CNY", ZN_Q_EXACT);
	zn_amount_style st;

	CHECK_STR_EQ(fmt(&a, ZN_AMOUNT_ARABIC), "2,500,000,000.00元", "arabic");
	CHECK_STR_EQ(fmt(&a, ZN_AMOUNT_ISO), "CNY 2500000000.00", "iso");
	CHECK_STR_EQ(fmt(&a, ZN_AMOUNT_CAPITAL), "贰拾伍亿元整", "capital");
	CHECK_STR_EQ(fmt(&r, ZN_AMOUNT_CHINESE), "约20亿至30亿元", "range canonical");
	CHECK_STR_EQ(fmt(&r, ZN_AMOUNT_ARABIC), "约2,000,000,000.00至3,000,000,000.00元", "range arabic");
	CHECK_STR_EQ(fmt(&r, ZN_AMOUNT_ISO), "约CNY 2000000000.00~3000000000.00", "range iso");
	CHECK_STR_EQ(fmt(&r, ZN_AMOUNT_CAPITAL), "约贰拾亿元整至叁拾亿元整", "range capital");
	CHECK_STR_EQ(fmt(&u, ZN_AMOUNT_CHINESE), "200万美元", "usd canonical");
	CHECK_STR_EQ(fmt(&u, ZN_AMOUNT_CAPITAL), "美元贰佰万元整", "usd capital");
	CHECK_STR_EQ(fmt(&x, ZN_AMOUNT_CHINESE), "1234.56 XYZ", "unnamed currency canonical");
	CHECK_STR_EQ(fmt(&x, ZN_AMOUNT_ARABIC), "1,234.56 XYZ", "unnamed currency arabic");
	CHECK_STR_EQ(fmt(&x, ZN_AMOUNT_CAPITAL), "XYZ 壹仟贰佰叁拾肆元伍角陆分", "unnamed currency capital");
	CHECK_STR_EQ(fmt(&f, ZN_AMOUNT_ARABIC), "0.0001元", "arabic keeps the fourth digit");
	CHECK_STR_EQ(fmt(&f, ZN_AMOUNT_ISO), "CNY 0.0001", "iso keeps the fourth digit");
	CHECK_STR_EQ(fmt(&f, ZN_AMOUNT_CAPITAL), NULL, "capital stops at 分");
	CHECK_STR_EQ(fmt(&big, ZN_AMOUNT_CAPITAL), NULL, "capital stops below 10^16");
	CHECK_STR_EQ(fmt(&n, ZN_AMOUNT_CHINESE), "-5至-3.25元", "negative range");
	CHECK_STR_EQ(fmt(&n, ZN_AMOUNT_ISO), "CNY -5.00~-3.25", "negative range iso");
	CHECK_STR_EQ(fmt(&n, ZN_AMOUNT_CAPITAL), "负伍元整至负叁元贰角伍分", "negative capital");
	{
		zn_amount	m = mk(units(5, 0), units(300000000, 0), "CNY", ZN_Q_EXACT);
		zn_amount	m2 = mk(units(5, 0), units(300000000, 0), "XYZ", ZN_Q_EXACT);

		CHECK_STR_EQ(fmt(&m, ZN_AMOUNT_CHINESE), "5元至3亿元", "unscaled lower bound keeps its currency");
		CHECK_STR_EQ(fmt(&m2, ZN_AMOUNT_CHINESE), "5 XYZ至3亿 XYZ", "... also as a code");
	}
	{
		char		tiny[8];
		zn_amount_status s;

		CHECK_INT_EQ(zn_amount_format(&a, ZN_AMOUNT_CHINESE, tiny, sizeof(tiny), &s), -1,
					 "small buffer");
		CHECK_INT_EQ(s, ZN_AMT_INVALID, "small buffer status");
	}
	CHECK(zn_amount_style_from_name("capital", 7, &st) && st == ZN_AMOUNT_CAPITAL, "style name");
	CHECK(!zn_amount_style_from_name("Capital", 7, &st), "style names are lower case");
	for (int q = 0; q < ZN_Q_COUNT; q++)
	{
		zn_amount	p = mk(units(1, 0), units(1, 0), "CNY", (zn_qual) q);
		zn_amount	b;

		CHECK(parse_amount(fmt(&p, ZN_AMOUNT_CHINESE), &b) == 0 && b.qual == q,
			  check_fmt("qualifier word %s reads back as %s", zn_qual_word((zn_qual) q),
						zn_qual_name((zn_qual) q)));
	}
}

/* ---- the binary form ------------------------------------------------------- */

static void
test_binary(void)
{
	zn_amount	a = mk(units(2500000000LL, 0), units(2500000000LL, 0), "CNY", ZN_Q_EXACT);
	zn_amount	n = mk(units(-1, 0), units(2, 0), "USD", ZN_Q_AT_MOST);
	zn_amount	b;
	unsigned char w[ZN_AMOUNT_WIRE_SIZE],
				c[ZN_AMOUNT_WIRE_SIZE];
	char		hex[2 * ZN_AMOUNT_WIRE_SIZE + 1];
	const char *detail;
	int			k;

	zn_amount_pack(&a, w);
	for (k = 0; k < ZN_AMOUNT_WIRE_SIZE; k++)
		sprintf(hex + 2 * k, "%02x", w[k]);
	/* 25亿 × 10^4 = 2.5 × 10^13 = 0x0000_16BC_C41E_9000 */
	CHECK_STR_EQ(hex, "010000434e59"
				 "0000000000000000000016bcc41e9000"
				 "0000000000000000000016bcc41e9000", "bytes of 25亿元");
	CHECK_INT_EQ(zn_amount_unpack(w, sizeof(w), &b, &detail), ZN_AMT_OK, "unpack");
	CHECK(zn_amount_eq(&a, &b) && memcmp(&a, &b, sizeof(a)) == 0, "unpack gives the same value");

	zn_amount_pack(&n, w);
	for (k = 0; k < ZN_AMOUNT_WIRE_SIZE; k++)
		sprintf(hex + 2 * k, "%02x", w[k]);
	CHECK_STR_EQ(hex, "010105555344"
				 "ffffffffffffffffffffffffffffd8f0"
				 "00000000000000000000000000004e20", "bytes of -1 to 2 USD, at most");
	CHECK(zn_amount_unpack(w, sizeof(w), &b, &detail) == ZN_AMT_OK && zn_amount_eq(&n, &b),
		  "negative round trip");

	/* each corruption is refused */
#define CORRUPT(i, v, name) \
	do { memcpy(c, w, sizeof(c)); c[i] = (v); \
		 CHECK_INT_EQ(zn_amount_unpack(c, sizeof(c), &b, &detail), ZN_AMT_INVALID, name); } while (0)
	CORRUPT(0, 2, "version 2");
	CORRUPT(0, 0, "version 0");
	CORRUPT(1, 0, "range flag cleared");
	CORRUPT(1, 3, "unknown flag");
	CORRUPT(2, 6, "qualifier 6");
	CORRUPT(3, 'u', "lowercase currency");
	CORRUPT(5, 0, "NUL in currency");
	CORRUPT(6, 0x7f, "lower beyond 10^38");
	CORRUPT(22, 0x80, "upper below lower");
	CHECK_INT_EQ(zn_amount_unpack(w, sizeof(w) - 1, &b, &detail), ZN_AMT_INVALID, "short");
	zn_amount_pack(&a, c);
	c[1] = 1;
	CHECK_INT_EQ(zn_amount_unpack(c, sizeof(c), &b, &detail), ZN_AMT_INVALID, "range flag on a point");
}

/* ---- comparison ------------------------------------------------------------ */

static void
test_compare(void)
{
	zn_amount	v[] = {
		mk(units(-5, 0), units(-5, 0), "CNY", ZN_Q_EXACT),
		mk(units(1, 0), units(1, 0), "CNY", ZN_Q_EXACT),
		mk(units(1, 0), units(1, 0), "CNY", ZN_Q_APPROX),
		mk(units(1, 0), units(1, 0), "CNY", ZN_Q_AT_MOST),
		mk(units(1, 0), units(2, 0), "CNY", ZN_Q_EXACT),
		mk(units(1, 1), units(1, 1), "CNY", ZN_Q_EXACT),
		mk(pow10i(37), pow10i(37), "CNY", ZN_Q_EXACT),
	};
	size_t		n = sizeof(v) / sizeof(v[0]),
				i,
				j;
	int			bad = 0;

	for (i = 0; i < n; i++)
		for (j = 0; j < n; j++)
		{
			int			want = (i > j) - (i < j);

			if (zn_amount_cmp(&v[i], &v[j]) != want || zn_amount_eq(&v[i], &v[j]) != (i == j))
				bad++;
		}
	CHECK_INT_EQ(bad, 0, "order: lower, upper, qualifier");
	{
		zn_amount	usd = v[1];

		memcpy(usd.currency, "USD", 3);
		CHECK(!zn_amount_same_currency(&v[1], &usd), "currencies differ");
		CHECK(!zn_amount_eq(&v[1], &usd), "different currencies are not equal");
	}
}

/* ---- arithmetic ----------------------------------------------------------- */

static const char *
canon_of(zn_amount_status st, const zn_amount *a)
{
	return st == ZN_AMT_OK ? fmt(a, ZN_AMOUNT_CHINESE) : check_fmt("status %d", st);
}

static zn_dec
dec(const char *s)
{
	zn_dec		d;

	if (!zn_dec_from_str(s, strlen(s), &d))
		d = zn_dec_make(0, 0);
	return d;
}

static zn_amount
amt(const char *s)
{
	zn_amount	a;

	if (parse_amount(s, &a) != 0)
		memset(&a, 0xEE, sizeof(a));
	return a;
}

static void
test_arith(void)
{
	zn_amount	r,
				a;
	zn_amount_status st;
	static const struct
	{
		const char *a;
		char		op;
		const char *b;
		const char *want;
	}			cases[] = {
		{"25亿元", '+', "3.86亿元", "28.86亿元"},
		{"逾5亿元", '+', "3亿元", "逾8亿元"},
		{"逾5亿元", '+', "至少3亿元", "逾8亿元"},
		{"至少5亿元", '+', "至少3亿元", "至少8亿元"},
		{"逾5亿元", '+', "不足3亿元", "约8亿元"},
		{"约5亿元", '+', "3亿元", "约8亿元"},
		{"最多5亿元", '+', "不足3亿元", "不足8亿元"},
		{"20至30亿元", '+', "1亿元", "21亿至31亿元"},
		{"20至30亿元", '+', "1至2亿元", "21亿至32亿元"},
		{"20至30亿元", '-', "1至2亿元", "18亿至29亿元"},
		{"逾5亿元", '-', "不足3亿元", "逾2亿元"},
		{"25亿元", '-', "25亿元", "0元"},
		{"1元", '-', "3元", "-2元"},
		{"1元", '+', "1美元", "status 3"},
		{"9999999999999999999999999999999999元", '+', "1元", "status 1"},
		{"25亿元", '*', "2", "50亿元"},
		{"25亿元", '*', "0.5", "12.5亿元"},
		{"1.2345元", '*', "0.5", "status 2"},
		{"1.2345元", '*', "2", "2.469元"},
		{"20至30亿元", '*', "-1", "-30亿至-20亿元"},
		{"逾5亿元", '*', "-2", "不足-10亿元"},
		{"逾5亿元", '*', "0", "0元"},
		{"1元", '*', "0.0001", "0.0001元"},
		{"1元", '*', "0.00001", "status 2"},
		{"1亿亿亿元", '*', "10000000000", "status 1"},
		{"1元", '*', "100000000000000000000000000000000000000", "status 1"},
		{"10元", '/', "4", "2.5元"},
		{"1元", '/', "3", "status 2"},
		{"1元", '/', "0", "status 4"},
		{"1元", '/', "0.0001", "1万元"},
		{"0.0001元", '/', "2", "status 2"},
		{"10亿元", '/', "-0.25", "-40亿元"},
		{"21亿至33亿元", '/', "3", "7亿至11亿元"},
		{"0.0001元", '/', "0.00000000000000000000000000000000000001", "status 1"},
		{"1元", '/', "1000000000000000000000000000000", "status 2"},
		{"0元", '/', "7", "0元"},
		/* 2^50 × 2^-50: exact although the coefficients are long */
		{"1125899906842624元", '*', "0.00000000000000088817841970012523233890533447265625", "1元"},
	};
	size_t		k;

	for (k = 0; k < sizeof(cases) / sizeof(cases[0]); k++)
	{
		zn_amount	x = amt(cases[k].a);

		switch (cases[k].op)
		{
			case '+':
				{
					zn_amount	y = amt(cases[k].b);

					st = zn_amount_add(&x, &y, &r);
				}
				break;
			case '-':
				{
					zn_amount	y = amt(cases[k].b);

					st = zn_amount_sub(&x, &y, &r);
				}
				break;
			case '*':
				st = zn_amount_mul(&x, dec(cases[k].b), &r);
				break;
			default:
				st = zn_amount_div(&x, dec(cases[k].b), &r);
				break;
		}
		CHECK_STR_EQ(canon_of(st, &r), cases[k].want,
					 check_fmt("%s %c %s", cases[k].a, cases[k].op, cases[k].b));
	}

	a = amt("逾20至30亿元");
	zn_amount_neg(&a, &r);
	CHECK_STR_EQ(fmt(&r, ZN_AMOUNT_CHINESE), "不足-30亿至-20亿元", "negation");

	/* the mean: exact when it divides, approx when it rounds */
	a = amt("10元");
	st = zn_amount_avg(&a, 4, &r);
	CHECK_STR_EQ(canon_of(st, &r), "2.5元", "avg exact");
	st = zn_amount_avg(&a, 3, &r);
	CHECK_STR_EQ(canon_of(st, &r), "约3.3333元", "avg rounded is approx");
	a = amt("-0.0002元");
	st = zn_amount_avg(&a, 4, &r);
	CHECK_STR_EQ(canon_of(st, &r), "约-0.0001元", "avg rounds half away from zero");
	a = amt("逾10至20元");
	st = zn_amount_avg(&a, 2, &r);
	CHECK_STR_EQ(canon_of(st, &r), "逾5至10元", "avg of a range keeps an exact qualifier");
	CHECK_INT_EQ(zn_amount_avg(&a, 0, &r), ZN_AMT_DIV_ZERO, "avg of nothing");

	CHECK_INT_EQ(zn_qual_add(ZN_Q_EXACT, ZN_Q_EXACT), ZN_Q_EXACT, "exact + exact");
	CHECK_INT_EQ(zn_qual_add(ZN_Q_AT_MOST, ZN_Q_AT_MOST), ZN_Q_AT_MOST, "<= + <=");
	CHECK_INT_EQ(zn_qual_add(ZN_Q_APPROX, ZN_Q_MORE_THAN), ZN_Q_APPROX, "approx + >");
}

int
main(void)
{
	test_canonical();
	test_whole_string_ends();
	test_input_limits();
	test_round_trips();
	test_styles();
	test_binary();
	test_compare();
	test_arith();
	return check_done();
}
