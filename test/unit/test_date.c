/*
 * test_date.c — calendar arithmetic and the date and duration grammar.
 *
 * Grammar cases render a parse as "2019-04-14..2019-04-19" (a date span),
 * "..2019-03-31" / "2018-01-01.." (open ends), "empty", "unknown" (vague or
 * relative without a reference), "P1Y2M3DT4H" (a duration, with " more_than"
 * etc. for a qualifier) or "error CODE at POS".
 */
#include <stdio.h>
#include <stdlib.h>

#include "check.h"
#include "zn_date.h"

static void
fmt_day(char *buf, size_t n, int32_t d)
{
	int32_t		y;
	int			m,
				dd;

	zn_ymd(d, &y, &m, &dd);
	snprintf(buf, n, "%04d-%02d-%02d", (int) y, m, dd);
}

static int32_t
day(int y, int m, int d)
{
	return zn_days(y, m, d);
}

/* Render a parse of s against ref (ZN_NO_REF for none). */
static const char *
render_ref(const char *s, unsigned kinds, int32_t ref)
{
	static char out[256];
	char		a[16] = "",
				b[16] = "";
	zn_figure	f;
	zn_error	e;

	if (zn_parse(s, strlen(s), kinds, ref, &f, &e) != ZN_OK)
	{
		snprintf(out, sizeof out, "error %d at %d", (int) e.code, (int) zn_char_pos(s, e.byte_pos));
		return out;
	}
	if (f.kind == ZN_KIND_DURATION)
	{
		int			n = snprintf(out, sizeof out, "P%dM%dDT%lldS", f.duration.months,
								 f.duration.days, (long long) (f.duration.usecs / 1000000));

		if (f.qual != ZN_Q_EXACT)
			snprintf(out + n, sizeof out - n, " %s", zn_qual_name(f.qual));
		return out;
	}
	if (!f.dates.known)
		return "unknown";
	if (f.dates.lo != ZN_DATE_NEG_INF && f.dates.hi != ZN_DATE_POS_INF && f.dates.lo > f.dates.hi)
		return "empty";
	if (f.dates.lo != ZN_DATE_NEG_INF)
		fmt_day(a, sizeof a, f.dates.lo);
	if (f.dates.hi != ZN_DATE_POS_INF)
		fmt_day(b, sizeof b, f.dates.hi);
	if (f.dates.lo == f.dates.hi)
		snprintf(out, sizeof out, "%s", a);
	else
		snprintf(out, sizeof out, "%s..%s", a, b);
	return out;
}

/* Dates against the reference day, 2019-04-22 (a Monday). */
static const char *
d(const char *s)
{
	return render_ref(s, ZN_MASK(ZN_KIND_DATE), day(2019, 4, 22));
}

static const char *
dur(const char *s)
{
	return render_ref(s, ZN_MASK(ZN_KIND_DURATION), ZN_NO_REF);
}

typedef struct ccase
{
	const char *in;
	const char *want;
} ccase;

static void
run(const ccase *cs, size_t n, const char *(*fn) (const char *))
{
	size_t		k;

	for (k = 0; k < n; k++)
		CHECK_STR_EQ(fn(cs[k].in), cs[k].want, cs[k].in);
}

#define RUN(a, fn) run((a), sizeof(a) / sizeof((a)[0]), (fn))

static void
test_calendar(void)
{
	int32_t		x,
				y;
	int			m,
				dd,
				bad = 0;
	bool		leap;

	CHECK_INT_EQ(zn_days(2000, 1, 1), 0, "epoch is 2000-01-01");
	CHECK_INT_EQ(zn_days(1970, 1, 1), -10957, "1970-01-01");
	CHECK_INT_EQ(zn_days(2019, 4, 22), 7051, "2019-04-22");
	CHECK_INT_EQ(zn_days(1, 1, 1), -730119, "0001-01-01");
	/* every day of years 1..9999 round-trips */
	for (x = zn_days(1, 1, 1); x <= zn_days(9999, 12, 31); x++)
	{
		zn_ymd(x, &y, &m, &dd);
		if (zn_days(y, m, dd) != x || dd > zn_month_len(y, m))
			bad++;
	}
	CHECK_INT_EQ(bad, 0, "zn_ymd inverts zn_days over years 1..9999");
	CHECK(zn_is_leap(2000) && zn_is_leap(2020) && !zn_is_leap(1900) && !zn_is_leap(2019),
		  "leap years: 2000, 2020 yes; 1900, 2019 no");
	CHECK_INT_EQ(zn_month_len(2019, 2), 28, "February 2019");
	CHECK_INT_EQ(zn_month_len(2020, 2), 29, "February 2020");
	CHECK_INT_EQ(zn_month_len(2019, 13), 0, "no month 13");
	CHECK_INT_EQ(zn_weekday(day(2019, 4, 22)), 1, "2019-04-22 is a Monday");
	CHECK_INT_EQ(zn_weekday(day(2000, 1, 1)), 6, "2000-01-01 is a Saturday");
	CHECK_INT_EQ(zn_weekday(day(1, 1, 1)), 1, "0001-01-01 is a Monday");
	CHECK_INT_EQ(zn_week_start(day(2019, 4, 28)), day(2019, 4, 22), "week of a Sunday");
	CHECK(zn_add_months(day(2019, 1, 31), 1, &x) && x == day(2019, 2, 28), "Jan 31 + 1 month clips");
	CHECK(zn_add_months(day(2020, 3, 31), -1, &x) && x == day(2020, 2, 29), "Mar 31 - 1 month clips");
	CHECK(zn_add_months(day(2019, 4, 22), -12 * 3, &x) && x == day(2016, 4, 22), "minus 3 years");
	CHECK(!zn_add_months(day(9999, 12, 1), 1, &x), "past year 9999 is refused");
	CHECK(!zn_add_days(day(1, 1, 1), -1, &x), "before year 1 is refused");
	CHECK(!zn_add_days(0, INT64_C(1) << 40, &x), "a huge offset is refused");
	CHECK_INT_EQ(zn_easter(2013), day(2013, 3, 31), "Easter 2013");
	CHECK_INT_EQ(zn_easter(2019), day(2019, 4, 21), "Easter 2019");
	CHECK_INT_EQ(zn_easter_orthodox(2013), day(2013, 5, 5), "Orthodox Easter 2013");
	CHECK_INT_EQ(zn_easter_orthodox(2019), day(2019, 4, 28), "Orthodox Easter 2019");

	/* the lunar table */
	CHECK(zn_lunar_to_days(2019, 1, false, 1, &x) && x == day(2019, 2, 5), "春节 2019");
	CHECK(zn_lunar_to_days(2020, 4, true, 1, &x) && x == day(2020, 5, 23), "闰四月初一 2020");
	CHECK(!zn_lunar_to_days(2019, 4, true, 1, &x), "no leap month in 2019");
	CHECK(zn_lunar_to_days(2023, 8, false, 15, &x) && x == day(2023, 9, 29), "中秋 2023");
	CHECK(zn_lunar_from_days(day(2025, 1, 28), &y, &m, &leap, &dd) && y == 2024 && m == 12 &&
		  dd == 29 && !leap, "2025-01-28 is 腊月廿九 of 2024");
	CHECK(!zn_lunar_to_days(2100, 1, false, 1, &x), "the table ends in 2099");
	bad = 0;
	for (x = day(1901, 3, 1); x <= day(2099, 12, 31); x++)
	{
		int32_t		back;

		if (!zn_lunar_from_days(x, &y, &m, &leap, &dd) ||
			!zn_lunar_to_days(y, m, leap, dd, &back) || back != x)
			bad++;
	}
	CHECK_INT_EQ(bad, 0, "lunar dates round-trip 1901..2099");
	CHECK(zn_solar_term(2019, 6, &x) && x == day(2019, 4, 5), "清明 2019");
	CHECK(zn_solar_term(2024, 23, &x) && x == day(2024, 12, 21), "冬至 2024");
}

static const ccase absolute[] = {
	{"2019年4月14日", "2019-04-14"},
	{"二〇一九年四月十四日", "2019-04-14"},
	{"二零一九年四月十四日", "2019-04-14"},
	{"2019.4.14", "2019-04-14"},
	{"2019-04-14", "2019-04-14"},
	{"2019/4/14", "2019-04-14"},
	{"20190414", "2019-04-14"},
	{"2019 04 14", "2019-04-14"},
	{"２０１９年４月１４日", "2019-04-14"},
	{"2019年4月14号", "2019-04-14"},
	{"2019 年 4 月 14 日", "2019-04-14"},
	{"两千零四年八月十五", "2004-08-15"},
	{"2019年", "2019-01-01..2019-12-31"},
	{"2019", "2019-01-01..2019-12-31"},
	{"2019年度", "2019-01-01..2019-12-31"},
	{"4月", "2019-04-01..2019-04-30"},
	{"4月份", "2019-04-01..2019-04-30"},
	{"14日", "2019-04-14"},
	{"4月14日", "2019-04-14"},
	{"1月3", "2019-01-03"},
	{"4/14", "2019-04-14"},
	{"2019.08", "2019-08-01..2019-08-31"},
	{"13.5.2015", "2015-05-13"},
	{"10/31/1974", "1974-10-31"},
	{"19年", "2019-01-01..2019-12-31"},
	{"98年", "1998-01-01..1998-12-31"},
	{"69年", "1969-01-01..1969-12-31"},
	{"九七年一季度", "1997-01-01..1997-03-31"},
	{"民国三年", "1914-01-01..1914-12-31"},
	{"80年代", "1980-01-01..1989-12-31"},
	{"上世纪90年代", "1990-01-01..1999-12-31"},
	{"19世纪", "1800-01-01..1899-12-31"},
	{"2019年4月14日（周日）", "2019-04-14"},
};

static const ccase relative[] = {
	{"今年", "2019-01-01..2019-12-31"},
	{"去年", "2018-01-01..2018-12-31"},
	{"前年", "2017-01-01..2017-12-31"},
	{"明年", "2020-01-01..2020-12-31"},
	{"后年", "2021-01-01..2021-12-31"},
	{"上年", "2018-01-01..2018-12-31"},
	{"本月", "2019-04-01..2019-04-30"},
	{"上月", "2019-03-01..2019-03-31"},
	{"下个月", "2019-05-01..2019-05-31"},
	{"今天", "2019-04-22"},
	{"昨天", "2019-04-21"},
	{"前天", "2019-04-20"},
	{"明天", "2019-04-23"},
	{"后天", "2019-04-24"},
	{"本周", "2019-04-22..2019-04-28"},
	{"上周", "2019-04-15..2019-04-21"},
	{"下周", "2019-04-29..2019-05-05"},
	{"下周三", "2019-05-01"},
	{"上周五", "2019-04-19"},
	{"周一", "2019-04-22"},
	{"星期三", "2019-04-24"},
	{"礼拜天", "2019-04-28"},
	{"周末", "2019-04-27..2019-04-28"},
	{"明年 8 月", "2020-08-01..2020-08-31"},
	{"去年本月十日", "2018-04-10"},
	{"上个月15号", "2019-03-15"},
};

static const ccase periods[] = {
	{"一季度", "2019-01-01..2019-03-31"},
	{"第二季度", "2019-04-01..2019-06-30"},
	{"今年一季度", "2019-01-01..2019-03-31"},
	{"去年四季度", "2018-10-01..2018-12-31"},
	{"前三季度", "2019-01-01..2019-09-30"},
	{"Q3", "2019-07-01..2019-09-30"},
	{"上半年", "2019-01-01..2019-06-30"},
	{"2018年下半年", "2018-07-01..2018-12-31"},
	{"年初", "2019-01-01..2019-01-31"},
	{"年底", "2019-12-01..2019-12-31"},
	{"去年年末", "2018-12-01..2018-12-31"},
	{"4月上旬", "2019-04-01..2019-04-10"},
	{"4月中旬", "2019-04-11..2019-04-20"},
	{"2月下旬", "2019-02-21..2019-02-28"},
	{"3月底", "2019-03-21..2019-03-31"},
	{"月初", "2019-04-01..2019-04-10"},
	{"月末", "2019-04-21..2019-04-30"},
	{"十月第一个星期一", "2019-10-07"},
	{"3月第三周", "2019-03-18..2019-03-24"},
	{"2020年2月的最后一天", "2020-02-29"},
	{"今年前五个月", "2019-01-01..2019-05-31"},
	{"本季度", "2019-04-01..2019-06-30"},
	{"上季度末", "2019-03-01..2019-03-31"},
	{"春节", "2019-02-05"},
	{"2019年国庆", "2019-10-01"},
	{"去年中秋节", "2018-09-24"},
	{"清明", "2019-04-05"},
	{"母亲节", "2019-05-12"},
	{"正月十五", "2019-02-19"},
	{"农历八月十五", "2019-09-13"},
	/* names longer than the eight bytes compared at once, at the end */
	{"复活节星期一", "2019-04-22"},
	{"2019年东正教复活节星期一", "2019-04-29"},
};

static const ccase ranges[] = {
	{"4 月 14—19 日", "2019-04-14..2019-04-19"},
	{"4月14日至19日", "2019-04-14..2019-04-19"},
	{"1—3 月", "2019-01-01..2019-03-31"},
	{"1至3月份", "2019-01-01..2019-03-31"},
	{"2018-2019年", "2018-01-01..2019-12-31"},
	{"2018年至2019年", "2018-01-01..2019-12-31"},
	{"4月14日至5月3日", "2019-04-14..2019-05-03"},
	{"2019年1-9月", "2019-01-01..2019-09-30"},
	{"2019年4月12-19日", "2019-04-12..2019-04-19"},
	{"2017年8月至11月", "2017-08-01..2017-11-30"},
	{"2017年8月15日至2018年3月29日", "2017-08-15..2018-03-29"},
	{"从2020-05-26至2020-05-29止", "2020-05-26..2020-05-29"},
	{"8月至2月", "2019-08-01..2020-02-29"},
	{"上周三到这周二", "2019-04-17..2019-04-23"},
	{"2007年与2009年之间", "2007-01-01..2009-12-31"},
	{"1999.08-2002.02", "1999-08-01..2002-02-28"},
};

static const ccase open_ranges[] = {
	{"去年以来", "2018-01-01..2019-04-22"},
	{"今年以来", "2019-01-01..2019-04-22"},
	{"今年三季度以来", "empty"},
	{"截至3月底", "..2019-03-31"},
	{"截至目前", "..2019-04-22"},
	{"自2018年起", "2018-01-01.."},
	{"2018年起", "2018-01-01.."},
	{"从去年9月开始", "2018-09-01.."},
	{"2015年前", "..2014-12-31"},
	{"2014年9月14日之前", "..2014-09-13"},
	{"2018年之后", "2019-01-01.."},
	{"2019年1月1日或之后", "2019-01-01.."},
	{"2019年4月4日或之前", "..2019-04-04"},
	{"从2001年起至今", "2001-01-01..2019-04-22"},
};

static const ccase windows[] = {
	{"近30天", "2019-03-23..2019-04-22"},
	{"近三个月", "2019-01-22..2019-04-22"},
	{"最近一年", "2018-04-22..2019-04-22"},
	{"过去一周", "2019-04-15..2019-04-22"},
	{"未来7天", "2019-04-22..2019-04-29"},
	{"3个月内", "2019-04-22..2019-07-22"},
	{"三个多月以来", "2019-01-22..2019-04-22"},
	{"3天前", "2019-04-19"},
	{"两年后", "2021-04-22"},
	{"一年半以前", "2017-10-22"},
	{"过两天", "2019-04-24"},
	{"近日", "unknown"},
	{"近年来", "unknown"},
	{"日前", "unknown"},
};

static const ccase durations[] = {
	{"为期6天", "P0M6DT0S"},
	{"为期 6 天", "P0M6DT0S"},
	{"3个月", "P3M0DT0S"},
	{"3个月内", "P3M0DT0S at_most"},
	{"半年", "P6M0DT0S"},
	{"两个多小时", "P0M0DT7200S more_than"},
	{"一年半", "P18M0DT0S"},
	{"两年零三个月", "P27M0DT0S"},
	{"8天20小时", "P0M8DT72000S"},
	{"1.5小时", "P0M0DT5400S"},
	{"一个半月", "P1M15DT0S"},
	{"半个月", "P0M15DT0S"},
	{"4周", "P0M28DT0S"},
	{"一刻钟", "P0M0DT900S"},
	{"分半", "P0M0DT90S"},
	{"五分三十秒", "P0M0DT330S"},
	{"俩礼拜", "P0M14DT0S"},
	{"约3天", "P0M3DT0S approx"},
	{"三十年以上", "P360M0DT0S at_least"},
};

static const ccase errors[] = {
	{"2019年2月30日", "error 5 at 8"},
	{"2019年2月29日", "error 5 at 8"},
	{"2019-02-30", "error 5 at 9"},
	{"2019年13月", "error 5 at 6"},
	{"2019年4月14日下雨", "error 1 at 11"},
	{"明天见", "error 1 at 3"},
	{"", "error 1 at 1"},
};

/*
 * The forms the grammar's filters let through, one for each way in:
 * year_part after a year (m_quarter by its words, Q in both widths, or by
 * a number then 季度, 季, spaces between; zn_d_lunar by its words or by a
 * number then 月), m_amount_expr (a number then 个, 年, 季度, 星期, 天; a
 * number then 月 is a month, 5月前), read_term's numeric dates and bare
 * year, and range_sep.  A filter that wrongly rejects fails one of these.
 */
static const ccase filtered[] = {
	{"2019年一季度", "2019-01-01..2019-03-31"},
	{"2019年3季度", "2019-07-01..2019-09-30"},
	{"2019年 3 季度", "2019-07-01..2019-09-30"},
	{"2019年3季", "2019-07-01..2019-09-30"},
	{"2019年Q2", "2019-04-01..2019-06-30"},
	{"2019年 q3", "2019-07-01..2019-09-30"},
	{"2019年Ｑ4", "2019-10-01..2019-12-31"},
	{"2019年第二季度", "2019-04-01..2019-06-30"},
	{"2019年首季", "2019-01-01..2019-03-31"},
	{"2019年首季度", "2019-01-01..2019-03-31"},
	{"2019年的三季度", "2019-07-01..2019-09-30"},
	{"2019年三季度末", "2019-09-01..2019-09-30"},
	{"2019年五月初五", "2019-06-07"},
	/* (the month's own lunar reading finds 五月初五 too, but not as written
	 * with its year, which the elided range needs) */
	{"2018-2019年五月初五", "2018-01-01..2019-06-07"},
	{"2019年 五 月初五", "2019-06-07"},
	{"2019年正月十五", "2019-02-19"},
	{"2019年腊月", "2019-12-26..2020-01-24"},
	{"2019年农历八月十五", "2019-09-13"},
	{"2020年闰四月初一", "2020-05-23"},
	{"2019年4月14日", "2019-04-14"},
	{"2019年4 月", "2019-04-01..2019-04-30"},
	{"2019年五月", "2019-05-01..2019-05-31"},
	{"3个月前", "2019-01-22"},
	{"3 个月前", "2019-01-22"},
	{"两个月后", "2019-06-22"},
	{"十几个月前", "unknown"},
	{"5月前", "..2019-04-30"},
	{"5月以来", "empty"},
	{"5 月以来", "empty"},
	{"3年前", "2016-04-22"},
	{"三天前", "2019-04-19"},
	{"2个星期后", "2019-05-06"},
	{"10年以来", "2010-01-01..2019-04-22"},
	{"1季度前", "2019-01-22"},
	/* an amount of years, but 2019年 is a year (number_alts) */
	{"两千年前", "0019-04-22"},
	{"1000多年前", "1019-04-22"},
	{"2019年前", "..2018-12-31"},
	{"2019年以来", "2019-01-01..2019-04-22"},
	{"1000 年前", "..0999-12-31"},
	{"999年前", "1020-04-22"},
	/* read_term: numeric dates after an Arabic number with a separator (or
	 * eight digits, or four and a space), a bare year alone */
	{"2018", "2018-01-01..2018-12-31"},
	{"2010 01 29", "2010-01-29"},
	{"4-14", "2019-04-14"},
	{"4.14", "2019-04-14"},
	{"1999.08", "1999-08-01..1999-08-31"},
	{"2019年4.14", "2019-04-14"},
	/* range_sep: every separator, - and ~ in both widths */
	{"4月14－19日", "2019-04-14..2019-04-19"},
	{"4月14～19日", "2019-04-14..2019-04-19"},
	{"4月14〜19日", "2019-04-14..2019-04-19"},
	{"4月14~~19日", "2019-04-14..2019-04-19"},
	{"2018—2019年", "2018-01-01..2019-12-31"},
	{"2018——2019年", "2018-01-01..2019-12-31"},
	{"4月14日 至 19日", "2019-04-14..2019-04-19"},
	{"4月14日直到19日", "2019-04-14..2019-04-19"},
	{"4月14ー19日", "2019-04-14..2019-04-19"},
	{"4月14−19日", "2019-04-14..2019-04-19"},
};

static void
test_no_ref(void)
{
	CHECK_STR_EQ(render_ref("去年", ZN_MASK(ZN_KIND_DATE), ZN_NO_REF), "unknown",
				 "relative without a reference: matched, no range");
	CHECK_STR_EQ(render_ref("4月14日", ZN_MASK(ZN_KIND_DATE), ZN_NO_REF), "unknown",
				 "a year-less date needs the reference year");
	CHECK_STR_EQ(render_ref("2019年4月14日", ZN_MASK(ZN_KIND_DATE), ZN_NO_REF), "2019-04-14",
				 "an absolute date needs no reference");
	CHECK_STR_EQ(render_ref("19年", ZN_MASK(ZN_KIND_DATE), day(1990, 6, 1)),
				 "2019-01-01..2019-12-31", "19年 from 1990 is 2019 (29 years on)");
	CHECK_STR_EQ(render_ref("40年", ZN_MASK(ZN_KIND_DATE), day(1990, 6, 1)),
				 "1940-01-01..1940-12-31", "40年 from 1990: exactly 50 years takes the past, 1940");
}

/* Running text: the matchers at an offset, anchored = false. */
static void
test_running_text(void)
{
	static const struct
	{
		const char *text;
		const char *want;		/* the first date match, or "" */
	}			cs[] = {
		{"2019年2月30日的会议", ""},
		{"身份证号140302197706220124", ""},
		{"每周三开会", ""},
		{"二十一个人", ""},
		{"查询20240307计划", "20240307"},
		{"他在4月14—19日出差", "4月14—19日"},
		{"今年一季度以来增长了5%", "今年一季度以来"},
		/* a festival of another calendar after a year */
		{"他说2019年开斋节很热闹", "2019年开斋节"},
		{"会在明年逾越节前后", "明年逾越节前后"},
	};
	size_t		k;

	for (k = 0; k < sizeof(cs) / sizeof(cs[0]); k++)
	{
		zn_ctx		c;
		zn_figure	f;
		size_t		i = 0,
					n = strlen(cs[k].text);
		char		got[128] = "";

		zn_ctx_init(&c, cs[k].text, n, day(2019, 4, 22), false);
		while (i < n)
		{
			size_t		e,
						nx;

			c.fail = ZN_OK;
			e = zn_m_date(&c, i, &f);
			if (e > i)
			{
				snprintf(got, sizeof got, "%.*s", (int) (e - i), cs[k].text + i);
				break;
			}
			zn_cp(&c, i, &nx);
			i = nx;
		}
		CHECK_STR_EQ(got, cs[k].want, cs[k].text);
	}
}

int
main(void)
{
	test_calendar();
	RUN(absolute, d);
	RUN(relative, d);
	RUN(periods, d);
	RUN(ranges, d);
	RUN(open_ranges, d);
	RUN(windows, d);
	RUN(durations, dur);
	RUN(errors, d);
	RUN(filtered, d);
	test_no_ref();
	test_running_text();
	return check_done();
}
