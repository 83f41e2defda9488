/*
 * zn_date_term.c — one calendar term of the date grammar.
 *
 *   [year] [month] [day]      2019年4月14日, 4月14日, 14日, 去年3月, 本月9日
 *   year + part               2019年上半年, 今年一季度, 前三季度, 年底, 第2周
 *   month + part              4月上旬, 3月底, 十月第一个星期一, 上月最后五天
 *   numeric                   2019-04-14, 2019.4.14, 2019/4/14, 20190414, 4/14
 *   days and weeks            今天 昨天 前天 明天 后天, 下周三, 周五, 上周末
 *   decades, centuries        80年代, 上世纪90年代, 19世纪
 *   holidays, lunar dates     春节, 2019年国庆, 正月十五 (zn_holiday.c)
 *
 * Conventions (the README lists them): a year-less date takes the
 * reference (or range context) year, a month-less day the reference month;
 * two-digit years fall within 50 years of the reference; weeks run Monday
 * to Sunday and a bare weekday is that day of the current week; the n-th
 * week of a month or year is counted from its first Monday.
 */
#include "zn_date.h"

#define NW(a) ((int) (sizeof(a) / sizeof((a)[0])))

static void
set_span(zn_dspan *s, int32_t lo, int32_t hi, zn_grain g)
{
	s->lo = lo;
	s->hi = hi;
	s->grain = g;
}

static void
set_year(zn_dspan *s, int32_t y)
{
	set_span(s, zn_year_first(y), zn_year_last(y), ZN_G_YEAR);
	s->y = y;
	s->m = 0;
}

static void
set_month(zn_dspan *s, int32_t y, int m)
{
	set_span(s, zn_month_first(y, m), zn_month_last(y, m), ZN_G_MONTH);
	s->y = y;
	s->m = m;
}

/* An optional 的 between the parts of a term. */
static size_t
skip_de(const zn_dstate *st, size_t i)
{
	size_t		e = zn_d_lit(st, i, "的");

	return e ? e : i;
}

static bool
year_ok(int32_t y)
{
	return y >= ZN_YEAR_MIN && y <= ZN_YEAR_MAX;
}

/* ---- years --------------------------------------------------------------- */

/* The year yy (0..99) nearest the reference; at exactly 50 years the past. */
static int32_t
two_digit_year(const zn_dstate *st, int yy)
{
	int32_t		base = st->ry,
				cand = (base / 100) * 100 + yy;

	if (cand - base >= 50)
		cand -= 100;
	else if (base - cand > 50)
		cand += 100;
	return cand;
}

static const char *const year_words_w[] = {
	"今年", "本年", "这一年", "這一年", "去年", "上年", "上一年", "前年", "大前年",
	"明年", "下年", "下一年", "来年", "來年", "次年", "翌年", "后年", "後年",
	"大后年", "大後年"
};
ZN_DWORDS(year_words, year_words_w);
static const int year_offsets[] = {
	0, 0, 0, 0, -1, -1, -1, -2, -3,
	1, 1, 1, 1, 1, 1, 1, 2, 2,
	3, 3
};

/* Words after 年 that make it something other than a calendar year. */
static const char *const not_year_after_w[] = {
	"代", "级", "級", "龄", "齡", "纪", "紀", "薪", "均", "华", "限", "轻", "輕", "货", "夜饭"
};
ZN_DWORDS(not_year_after, not_year_after_w);

/*
 * Reign and republican years: 民国三年 (1914), 康熙二十年 (1681).  Only
 * the eras a modern text still cites; a year past an era's end counts on
 * (雍正二十三年 = 1745), as the sources that print such dates do.
 */
static const struct
{
	const char *w;
	int32_t		first;
}			eras[] = {
	{"民国", 1912}, {"民國", 1912}, {"顺治", 1644}, {"順治", 1644}, {"康熙", 1662},
	{"雍正", 1723}, {"乾隆", 1736}, {"嘉庆", 1796}, {"嘉慶", 1796}, {"道光", 1821},
	{"咸丰", 1851}, {"咸豐", 1851}, {"同治", 1862}, {"光绪", 1875}, {"光緒", 1875},
	{"宣统", 1909}, {"宣統", 1909}
};
ZN_DWORDS(era_words, eras);

static size_t
m_era_year(zn_dstate *st, size_t i, int32_t *y)
{
	zn_dnum		n;
	size_t		e,
				f;
	int			k;

	if ((e = zn_d_first(st, i, &era_words, &k)) == 0)
		return 0;
	if ((f = zn_d_lit(st, e, "元年")) != 0)
	{
		*y = eras[k].first;
		return f;
	}
	if ((f = zn_d_num(st, e, &n)) == 0 || n.val < 1 || n.val > 200 ||
		(f = zn_d_lit(st, f, "年")) == 0)
		return 0;
	*y = eras[k].first + n.val - 1;
	return f;
}

/*
 * A year: 2019年, 19年, 二〇一九年, 两千零四年, 九七年, or a relative word
 * (今年 去年 明年 …).  *rel says whether the reference was needed.
 */
static size_t
read_year(zn_dstate *st, size_t i, int32_t *y, bool *rel)
{
	zn_dnum		n;
	size_t		e;
	int			w;

	e = zn_d_words(st, i, &year_words, &w);
	if (e)
	{
		*y = st->ry + year_offsets[w];
		*rel = true;
		return year_ok(*y) ? e : 0;
	}
	if ((e = m_era_year(st, i, y)) != 0)
	{
		*rel = false;
		return year_ok(*y) ? e : 0;
	}
	e = zn_d_num(st, i, &n);
	if (e == 0 || (n.liang && !n.unit))
		return 0;
	if (n.ndigits == 4 && !n.unit && n.val >= 1000)
	{
		*y = n.val;
		*rel = false;
	}
	else if (n.ndigits == 2 && !n.unit && n.val < 100)
	{
		*y = two_digit_year(st, n.val);
		*rel = true;
	}
	else if (n.unit && !n.arabic && n.val >= 1000 && n.val <= ZN_YEAR_MAX)
	{
		*y = n.val;				/* 两千零四年 */
		*rel = false;
	}
	else
		return 0;
	e = zn_d_lit(st, e, "年");
	if (e == 0)
		return 0;
	if (zn_dw_first(st->c, e, &not_year_after, &w))
		return 0;
	if (zn_m_lit(st->c, e, "度"))
		e += strlen("度");		/* 2019年度 */
	return year_ok(*y) ? e : 0;
}

/* read_year, remembered: m_calendar and zn_d_prefix read the same year */
static size_t
m_year(zn_dstate *st, size_t i, int32_t *y, bool *rel)
{
	if (st->year_at != i || st->c->fail != ZN_OK)
	{
		st->year_end = read_year(st, i, &st->year_y, &st->year_rel);
		/* after a hard error the grammar stops: nothing to remember */
		st->year_at = st->c->fail == ZN_OK ? i : SIZE_MAX;
	}
	*y = st->year_y;
	*rel = st->year_rel;
	return st->year_end;
}

/* ---- months and days ----------------------------------------------------- */

static const char *const month_words_w[] = {
	"本月", "这个月", "這個月", "这月", "這月", "当月", "當月", "今個月", "今个月",
	"上月", "上个月", "上個月", "上一个月", "上一個月", "上一月", "上上个月", "上上個月",
	"下月", "下个月", "下個月", "下一个月", "下一個月", "下一月", "下下个月", "下下個月"
};
ZN_DWORDS(month_words, month_words_w);
static const int month_offsets[] = {
	0, 0, 0, 0, 0, 0, 0, 0, 0,
	-1, -1, -1, -1, -1, -1, -2, -2,
	1, 1, 1, 1, 1, 1, 2, 2
};

/* Words after 月 that make it a noun of its own (月薪 月饼 …). */
static const char *const not_month_after_w[] = {
	"薪", "饼", "餅", "球", "亮", "光", "租", "费", "費", "供", "票", "嫂", "子",
	"刊", "经", "經", "息", "利率", "环比", "均"
};
ZN_DWORDS(not_month_after, not_month_after_w);

/*
 * A numbered month: 4月, 四月, 4月份, 十二月.  Returns its end; *pos the
 * offset of its number.  A number above 12 before 月 is not a month; in a
 * whole-string parse that is an impossible date.
 */
static size_t
m_month_num(zn_dstate *st, size_t i, int *m, size_t *pos)
{
	zn_dnum		n;
	size_t		e,
				f;
	int			w;

	e = zn_d_num(st, i, &n);
	if (e == 0 || n.liang)
		return 0;
	f = zn_d_lit(st, e, "月");
	if (f == 0)
		return 0;
	if (zn_dw_first(st->c, f, &not_month_after, &w))
		return 0;
	*pos = n.start;
	if (n.val < 1 || n.val > 12)
	{
		if (n.val > 12 && n.val < 100)
			zn_d_bad(st, n.start, "there is no such month");
		return 0;
	}
	*m = n.val;
	if (zn_m_lit(st->c, f, "份"))
		f += strlen("份");
	return f;
}

static const char *const day_suffix_w[] = {"日", "号", "號"};
ZN_DWORDS(day_suffix, day_suffix_w);

/* Words after 日/号 that make them something else (日本, 1号线 …). */
static const char *const not_day_after_w[] = {
	"本", "元", "圆", "语", "文", "线", "線", "楼", "樓", "院", "码", "碼", "称",
	"召", "位", "机", "機", "馆"
};
ZN_DWORDS(not_day_after, not_day_after_w);

/*
 * A numbered day: 14日, 十四日, 14号.  *pos gets the offset of its number.
 * 两日 and 俩号 are never days of the month.
 */
static size_t
m_day_num(zn_dstate *st, size_t i, int *d, size_t *pos)
{
	zn_dnum		n;
	size_t		e,
				f;
	int			w;

	e = zn_d_num(st, i, &n);
	if (e == 0 || n.liang || n.val < 1 || n.val > 99)
		return 0;
	f = zn_d_words(st, e, &day_suffix, &w);
	if (f == 0)
		return 0;
	if (w > 0 && zn_dw_first(st->c, f, &not_day_after, &w))
		return 0;
	if (w == 0 && zn_m_lit(st->c, f, "本"))
		return 0;
	*d = n.val;
	*pos = n.start;
	return f;
}

/* Characters after which a bare number following a month is not a day:
 * 3月5个, 4月3天, 5月1000万元. */
static bool
bare_day_stop(zn_dstate *st, size_t e)
{
	static const char *const stops_w[] = {
		"个", "個", "年", "月", "天", "周", "週", "小时", "分", "点", "點", "时",
		"時", "秒", "万", "萬", "亿", "億", "千", "百", "倍", "%", "％", "岁", "歲",
		"名", "人", "次", "家", "元", "块", "亩", "吨", "米", ".", ":", "："
	};
	ZN_DWORDS(stops, stops_w);
	int			w;

	if (zn_dw_first(st->c, e, &stops, &w))
		return true;
	return false;
}

/* A day written without 日 after an explicit month: 1月3, 十月31. */
static size_t
m_bare_day(zn_dstate *st, size_t i, int *d, size_t *pos)
{
	zn_dnum		n;
	size_t		e;

	e = zn_d_num(st, i, &n);
	if (e == 0 || n.liang || n.val < 1 || n.val > 31)
		return 0;
	if (!n.arabic && n.ndigits > 2)
		return 0;
	if (bare_day_stop(st, e))
		return 0;
	*d = n.val;
	*pos = n.start;
	return e;
}

/* Validate y-m-d, recording an impossible date at pos. */
static bool
check_day(zn_dstate *st, int32_t y, int m, int d, size_t pos)
{
	if (d >= 1 && d <= zn_month_len(y, m))
		return true;
	zn_d_bad(st, pos, "there is no such day in that month");
	return false;
}

/* ---- weekdays ------------------------------------------------------------ */

static const char *const week_words_w[] = {"星期", "礼拜", "禮拜", "周", "週"};
ZN_DWORDS(week_words, week_words_w);

/* A weekday digit or character after a week word: 一 … 六 日 天 1 … 7. */
static size_t
m_weekday_char(const zn_dstate *st, size_t i, int *wd)
{
	static const char *const names_w[] = {"一", "二", "三", "四", "五", "六", "日", "天"};
	ZN_DWORDS(names, names_w);
	static const int vals[] = {1, 2, 3, 4, 5, 6, 7, 7};
	size_t		e,
				n;
	int			w;
	uint32_t	cp;

	e = zn_dw_first(st->c, i, &names, &w);
	if (e)
	{
		*wd = vals[w];
		return e;
	}
	cp = zn_cp(st->c, i, &n);
	if (cp >= '1' && cp <= '7')
	{
		uint32_t	next = zn_cp(st->c, n, &e);

		if (next >= '0' && next <= '9')
			return 0;
		*wd = (int) (cp - '0');
		return n;
	}
	return 0;
}

/* 周一, 星期天, 礼拜3; *wd = 1..7. */
static size_t
m_weekday(const zn_dstate *st, size_t i, int *wd)
{
	int			w;
	size_t		e = zn_d_words(st, i, &week_words, &w);

	if (e == 0)
		return 0;
	return m_weekday_char(st, e, wd);
}

static const char *const this_words_w[] = {"这个", "這個", "这一", "這一", "今個", "今个", "这", "這", "本", "今"};
ZN_DWORDS(this_words, this_words_w);

/*
 * Weeks: 本周 这周 上周 上上周 下周 下个星期 …, optionally with a weekday
 * (下周三, 上个礼拜天) or 末 (下周末: Saturday and Sunday); a bare weekday
 * (周五) is that day of the current week.
 */
static size_t
m_week(zn_dstate *st, size_t i, zn_dspan *s)
{
	zn_ctx	   *c = st->c;
	size_t		j = zn_d_skip(c, i),
				e;
	int			off = 0,
				w,
				wd = 0;
	bool		prefix = false,
				weekend = false;
	int32_t		monday;

	while ((e = zn_m_lit(c, j, "上")) != 0)
	{
		off--;
		j = e;
		prefix = true;
	}
	if (!prefix)
		while ((e = zn_m_lit(c, j, "下")) != 0)
		{
			off++;
			j = e;
			prefix = true;
		}
	if (!prefix && (e = zn_dw_first(c, j, &this_words, &w)) != 0)
	{
		j = e;
		prefix = true;
	}
	if (prefix)
	{
		static const char *const ge_w[] = {"一个", "一個", "个", "個", "一"};
		ZN_DWORDS(ge, ge_w);

		if ((e = zn_dw_first(c, j, &ge, &w)) != 0)
			j = e;
	}
	e = zn_dw_first(c, j, &week_words, &w);
	if (e == 0)
		return 0;
	j = e;
	/* 下周周六, 下周星期三 */
	if (prefix && (e = m_weekday(st, j, &wd)) != 0)
		j = e;
	else if ((e = m_weekday_char(st, j, &wd)) != 0)
		j = e;
	else if ((e = zn_m_lit(c, j, "末")) != 0)
	{
		weekend = true;
		j = e;
	}
	else if (!prefix)
		return 0;
	else if (zn_m_lit(c, j, "年") || zn_m_lit(c, j, "岁") || zn_m_lit(c, j, "期"))
		return 0;

	monday = zn_week_start(st->ref) + 7 * off;
	s->rel = true;
	if (wd)
	{
		set_span(s, monday + wd - 1, monday + wd - 1, ZN_G_DAY);
		s->weekday_only = !prefix;
	}
	else if (weekend)
		set_span(s, monday + 5, monday + 6, ZN_G_WEEK);
	else
		set_span(s, monday, monday + 6, ZN_G_WEEK);
	zn_ymd(s->lo, &s->y, &s->m, &w);
	return j;
}

/* ---- days ---------------------------------------------------------------- */

static const char *const day_words_w[] = {
	"今天", "今日", "本日", "昨天", "昨日", "琴日", "尋日", "前天", "前日", "大前天",
	"大前日", "大大前天", "明天", "明日", "聽日", "听日", "次日", "翌日", "后天",
	"後天", "后日", "後日", "大后天", "大後天", "大后日", "大後日", "大大后天", "大大後天"
};
ZN_DWORDS(day_words, day_words_w);
static const int day_offsets[] = {
	0, 0, 0, -1, -1, -1, -1, -2, -2, -3,
	-3, -4, 1, 1, 1, 1, 1, 1, 2,
	2, 2, 2, 3, 3, 3, 3, 4, 4
};

static size_t
m_relday(zn_dstate *st, size_t i, zn_dspan *s)
{
	int			w,
				d;
	size_t		e = zn_d_words(st, i, &day_words, &w);
	int32_t		day;

	if (e == 0)
		return 0;
	day = st->ref + day_offsets[w];
	set_span(s, day, day, ZN_G_DAY);
	s->rel = true;
	zn_ymd(day, &s->y, &s->m, &d);
	return e;
}

/* ---- numeric dates ------------------------------------------------------- */

/* A separator of numeric dates: - . / · and their full-width forms. */
static size_t
num_sep(const zn_dstate *st, size_t i, uint32_t *sep)
{
	size_t		n;
	uint32_t	cp = zn_cp(st->c, i, &n);

	if (cp == '-' || cp == '.' || cp == '/' || cp == 0xB7 || cp == 0x30FB)
	{
		*sep = cp == 0x30FB ? 0xB7 : cp;
		return n;
	}
	return 0;
}

/* Arabic digits only, no spaces before them. */
static size_t
arabic_num(zn_dstate *st, size_t i, zn_dnum *n)
{
	size_t		e;

	if (zn_d_skip(st->c, i) != i)
		return 0;
	e = zn_d_num(st, i, n);
	return (e && n->arabic) ? e : 0;
}

/*
 * After a numeric date: no further digit, and not the same separator and a
 * digit (1.2.3.4 is no date; 2018/1/10-2018/7/10 is a range of two).
 */
static bool
numeric_end_ok(const zn_dstate *st, size_t e, uint32_t used)
{
	size_t		n,
				m;
	uint32_t	sep,
				cp = zn_cp(st->c, e, &n);

	if (cp >= '0' && cp <= '9')
		return false;
	if (num_sep(st, e, &sep) && (sep == used || used == 0))
	{
		cp = zn_cp(st->c, n, &m);
		if (cp >= '0' && cp <= '9')
			return false;
	}
	return true;
}

static bool
set_ymd(zn_dstate *st, zn_dspan *s, int32_t y, int m, int d, size_t dpos)
{
	if (!year_ok(y) || m < 1 || m > 12)
		return false;
	if (!check_day(st, y, m, d, dpos))
		return false;
	set_span(s, zn_days(y, m, d), zn_days(y, m, d), ZN_G_DAY);
	s->y = y;
	s->m = m;
	s->written |= ZN_W_YEAR | ZN_W_MONTH | ZN_W_DAY;
	return true;
}

/*
 * Month and day written with a separator, after a year or on their own:
 * 4/14, 09-01, 8.20.  `year` is the context year (0: the reference's).
 * Dots and middle dots are decimal points or event names (9·11) as often as
 * dates, so in running text they need a year before or 日/号 after.
 */
static size_t
m_numeric_md(zn_dstate *st, size_t i, int32_t year, bool have_year, zn_dspan *s)
{
	zn_dnum		a,
				b;
	size_t		e,
				f;
	uint32_t	sep;
	int			w;
	bool		marked;
	int32_t		y = have_year ? year : st->ry;

	if ((e = arabic_num(st, zn_d_skip(st->c, i), &a)) == 0 || a.ndigits > 2)
		return 0;
	if ((f = num_sep(st, e, &sep)) == 0 || (e = arabic_num(st, f, &b)) == 0 || b.ndigits > 2)
		return 0;
	if (!numeric_end_ok(st, e, sep))
		return 0;
	f = zn_d_words(st, e, &day_suffix, &w);
	marked = f != 0;
	/* 2019年1-9月 is a range of months, not January 9 */
	if (!marked && (zn_d_lit(st, e, "月") || zn_d_lit(st, e, "年")))
		return 0;
	if (!marked && !have_year && !st->c->anchored)
	{
		if (sep == '.' || sep == 0xB7)
		{
			int			wd;

			/* 10.28周四 */
			if (m_weekday(st, e, &wd) == 0 && !zn_m_lit(st->c, zn_d_skip(st->c, e), "(") &&
				!zn_m_lit(st->c, zn_d_skip(st->c, e), "（"))
				return 0;
		}
		else if (sep == '-' && (a.ndigits != 2 || b.ndigits != 2))
			return 0;
	}
	if (a.val < 1 || a.val > 12 || b.val < 1 || b.val > 31)
		return 0;
	if (!set_ymd(st, s, y, a.val, b.val, b.start))
		return 0;
	s->rel = !have_year;
	if (!have_year)
		s->written &= ~ZN_W_YEAR;
	return marked ? f : e;
}

/*
 * Fully numeric dates: 2019-04-14, 2019.4.14, 2019/4/14, 2010 01 29,
 * 20190414, 2019.08 (a month), 13.5.2015 and 3/7/2017 (day first unless
 * that is impossible: 10/31/1974), 12-11-10 (two-digit year first).
 */
static size_t
m_numeric(zn_dstate *st, size_t i, zn_dspan *s)
{
	zn_ctx	   *c = st->c;
	zn_dnum		a,
				b,
				d;
	size_t		e,
				f,
				g;
	uint32_t	sep1,
				sep2 = 0;
	bool		spaced = false;
	int			w;

	i = zn_d_skip(c, i);
	if ((e = arabic_num(st, i, &a)) == 0)
		return 0;

	/* 20190414 */
	if (a.ndigits == 8)
	{
		int32_t		y = a.val / 10000;
		int			m = (a.val / 100) % 100,
					dd = a.val % 100;

		if (!numeric_end_ok(st, e, 0) || y < 1000 || m < 1 || m > 12 || dd < 1)
			return 0;
		if (!set_ymd(st, s, y, m, dd, i + 6))
			return 0;
		return e;
	}

	if ((f = num_sep(st, e, &sep1)) == 0)
	{
		/* 2010 01 29 */
		if (a.ndigits != 4 || zn_m_lit(c, e, " ") == 0)
			return 0;
		f = e + 1;
		sep1 = ' ';
		spaced = true;
	}
	if ((g = arabic_num(st, f, &b)) == 0 || b.ndigits > 4)
		return 0;
	if (spaced && b.ndigits != 2)
		return 0;

	/* a third part */
	if (spaced ? zn_m_lit(c, g, " ") != 0 : num_sep(st, g, &sep2) != 0)
	{
		size_t		h = spaced ? g + 1 : num_sep(st, g, &sep2),
					k;

		if ((k = arabic_num(st, h, &d)) != 0 && (!spaced || d.ndigits == 2) &&
			numeric_end_ok(st, k, sep2))
		{
			int32_t		y;
			int			m,
						dd;
			size_t		dpos;

			if (a.ndigits == 4 && b.ndigits <= 2 && d.ndigits <= 2)
			{
				y = a.val;
				m = b.val;
				dd = d.val;
				dpos = d.start;
			}
			else if (a.ndigits <= 2 && b.ndigits <= 2 && d.ndigits == 4)
			{
				y = d.val;
				/* day first, unless only month first makes sense */
				if (b.val <= 12 && a.val <= 31)
				{
					m = b.val;
					dd = a.val;
					dpos = a.start;
				}
				else
				{
					m = a.val;
					dd = b.val;
					dpos = b.start;
				}
			}
			else if (a.ndigits <= 2 && b.ndigits <= 2 && d.ndigits <= 2 &&
					 (sep1 == '/' || sep1 == '-') && sep2 == sep1)
			{
				/* all short: the two-digit year is the part that cannot be
				 * a day, else the first unless only the last is padded */
				if (d.val > 31 || (a.val <= 31 && a.ndigits == 1 && d.ndigits == 2))
				{
					y = two_digit_year(st, d.val);
					if (b.val <= 12)
					{
						m = b.val;
						dd = a.val;
						dpos = a.start;
					}
					else
					{
						m = a.val;
						dd = b.val;
						dpos = b.start;
					}
				}
				else
				{
					y = two_digit_year(st, a.val);
					m = b.val;
					dd = d.val;
					dpos = d.start;
				}
				s->rel = true;
			}
			else
				goto two_parts;	/* 1999.08-2002.02: a month, then a range */
			if (m < 1 || m > 12 || dd < 1 || dd > 31)
				return 0;
			if (!set_ymd(st, s, y, m, dd, dpos))
				return 0;
			/* 2019.4.14日 */
			if ((f = zn_d_words(st, k, &day_suffix, &w)) != 0)
				return f;
			return k;
		}
	}

two_parts:
	if (spaced || !numeric_end_ok(st, g, sep1))
		return 0;

	/* 2019.08, 2019-4: a month */
	if (a.ndigits == 4 && b.ndigits <= 2 && b.val >= 1 && b.val <= 12 && a.val >= 1000 &&
		sep1 != 0xB7)
	{
		set_month(s, a.val, b.val);
		s->written |= ZN_W_YEAR | ZN_W_MONTH;
		if ((f = zn_d_lit(st, g, "月")) != 0)
			return f;
		return g;
	}
	return 0;
}

/* ---- parts of a year ----------------------------------------------------- */

/* The first Monday on or after day d. */
static int32_t
first_monday(int32_t d)
{
	int			wd = zn_weekday(d);

	return wd == 1 ? d : d + (8 - wd);
}

static const char *const ge_words_w[] = {"个", "個"};
ZN_DWORDS(ge_words, ge_words_w);
static const char *const week_unit_w[] = {"星期", "礼拜", "禮拜", "周", "週"};
ZN_DWORDS(week_unit, week_unit_w);
static const char *const day_unit_w[] = {"天", "日"};
ZN_DWORDS(day_unit, day_unit_w);
static const char *const last_words_w[] = {"最后", "最後", "末"};
ZN_DWORDS(last_words, last_words_w);

/* num [个] : the count of 前N个月, 第N周 … */
static size_t
count_ge(zn_dstate *st, size_t i, zn_dnum *n)
{
	size_t		e = zn_d_num(st, i, n),
				f;
	int			w;

	if (e == 0)
		return 0;
	f = zn_d_words(st, e, &ge_words, &w);
	return f ? f : e;
}

static const char *const qwords_w[] = {"季度", "季"};
ZN_DWORDS(qwords, qwords_w);

/*
 * The words m_quarter may begin with: Q3 (full width too: zn_cp folds it),
 * 首季, 第二季度.  Its other form is a number, then qwords (year_part's and
 * read_term's filters know both).
 */
static const char *const quarter_lead_w[] = {"Q", "q", "Ｑ", "ｑ", "首季", "第"};
ZN_DWORDS(quarter_lead, quarter_lead_w);

/*
 * A quarter: 一季度, 第二季度, 2季度, Q3, 首季度, 三季; *q = 1..4.
 */
static size_t
m_quarter(zn_dstate *st, size_t i, int *q)
{
	zn_ctx	   *c = st->c;
	zn_dnum		n;
	size_t		j = zn_d_skip(c, i),
				e,
				nx;
	int			w;
	uint32_t	cp = zn_cp(c, j, &nx);

	if (cp == 'Q' || cp == 'q')
	{
		uint32_t	d = zn_cp(c, nx, &e);
		size_t		f;

		if (d < '1' || d > '4')
			return 0;
		cp = zn_cp(c, e, &f);
		if ((cp >= '0' && cp <= '9') || (cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z'))
			return 0;
		*q = (int) (d - '0');
		f = zn_d_words_n(st, e, &qwords, 1, &w);
		return f ? f : e;
	}
	if ((e = zn_m_lit(c, j, "首季")) != 0)
	{
		*q = 1;
		return zn_m_lit(c, e, "度") ? e + strlen("度") : e;
	}
	if ((e = zn_m_lit(c, j, "第")) != 0)
		j = e;
	e = zn_d_num(st, j, &n);
	if (e == 0 || n.val < 1 || n.val > 4 || n.liang)
		return 0;
	e = zn_d_words(st, e, &qwords, &w);
	if (e == 0)
		return 0;
	/* 三季 alone is a season count in 三季稻; require 季度 unless 第 */
	*q = n.val;
	return e;
}

static size_t quarter_part(zn_dstate *st, size_t i, zn_dspan *s);

static const char *const rel_quarter_pre_w[] = {
	"本", "这个", "這個", "这", "這", "当", "當", "上个", "上個", "上", "上上个",
	"上上個", "下个", "下個", "下", "下下个", "下下個"
};
ZN_DWORDS(rel_quarter_pre, rel_quarter_pre_w);
static const int rel_quarter_off[] = {0, 0, 0, 0, 0, 0, 0, -1, -1, -1, -2, -2, 1, 1, 1, 2, 2};

/* Relative quarters and halves: 本季度 上季度 下下个季度 上个半年. */
static size_t
m_rel_quarter(zn_dstate *st, size_t i, zn_dspan *s)
{
	int			w,
				k;
	size_t		e = zn_d_words(st, i, &rel_quarter_pre, &w),
				f;
	int32_t		mm;

	if (e == 0)
		return 0;
	if ((f = zn_m_lit(st->c, e, "季度")) != 0)
	{
		mm = (int32_t) st->ry * 4 + (st->rm - 1) / 3 + rel_quarter_off[w];
		k = (int) (mm % 4);
		set_span(s, zn_month_first(mm / 4, 3 * k + 1), zn_month_last(mm / 4, 3 * k + 3),
				 ZN_G_QUARTER);
		s->y = mm / 4;
	}
	else if ((f = zn_m_lit(st->c, e, "半年")) != 0 && rel_quarter_off[w] != 0 &&
			 strstr(rel_quarter_pre_w[w], "个"))
	{
		mm = (int32_t) st->ry * 2 + (st->rm - 1) / 6 + rel_quarter_off[w];
		k = (int) (mm % 2);
		set_span(s, zn_month_first(mm / 2, 6 * k + 1), zn_month_last(mm / 2, 6 * k + 6),
				 ZN_G_HALF);
		s->y = mm / 2;
	}
	else
		return 0;
	if (!year_ok(s->y))
		return 0;
	s->rel = true;
	if (s->grain == ZN_G_QUARTER)
	{
		size_t		g = quarter_part(st, f, s);

		if (g)
			return g;
	}
	return f;
}

/* A quarter's first or last month: 一季度末, 四季度初. */
static size_t
quarter_part(zn_dstate *st, size_t i, zn_dspan *s)
{
	static const char *const w_end_w[] = {"末", "底", "尾"};
	ZN_DWORDS(w_end, w_end_w);
	int32_t		y;
	int			m,
				d,
				w;
	size_t		e;

	zn_ymd(s->lo, &y, &m, &d);
	if ((e = zn_d_lit(st, i, "初")) != 0)
	{
		set_month(s, y, m);
		return e;
	}
	if ((e = zn_d_words(st, i, &w_end, &w)) != 0)
	{
		set_month(s, y, m + 2);
		return e;
	}
	return 0;
}

static const char *const h1_w[] = {"上半年", "前半年"};
ZN_DWORDS(h1, h1_w);
static const char *const h2_w[] = {"下半年", "后半年", "後半年"};
ZN_DWORDS(h2, h2_w);
/* the first entries also stand without a year (年初 = this January) */
static const char *const start_words_w[] = {"年初", "年头", "年頭", "开年", "開年", "初", "伊始"};
ZN_DWORDS(start_words, start_words_w);
static const char *const end_words_w[] = {"年底", "年末", "年终", "年終", "岁末", "歲末", "底", "末"};
ZN_DWORDS(end_words, end_words_w);
static const char *const whole_words_w[] = {"年内", "年內", "内", "內", "全年"};
ZN_DWORDS(whole_words, whole_words_w);

/*
 * The parts of year y: halves, quarters, 前三季度, 年初 (January), 年底
 * (December), 前N个月, 第N个月, 第N周, 最后一天 … and holidays.
 */
/* The parts of a year, by what they begin with: a word, or (quarters and
 * lunar dates) a word or a number (see year_part_alts). */
#define Y_H1			0x0001
#define Y_H2			0x0002
#define Y_START			0x0004
#define Y_END			0x0008
#define Y_WHOLE			0x0010
#define Y_SUMMER		0x0020
#define Y_BEFORE		0x0040	/* 前 */
#define Y_FIRST_MONTH	0x0080
#define Y_LAST			0x0100
#define Y_AFTER			0x0200	/* 后 後 */
#define Y_NTH			0x0400	/* 第 */
#define Y_HOLIDAY		0x0800	/* zn_d_holiday */
#define Y_QUARTER		0x1000	/* m_quarter */
#define Y_LUNAR			0x2000	/* zn_d_lunar */

static zn_dstarts year_part_starts;

__attribute__((constructor))
static void
year_part_starts_init(void)
{
	zn_dstarts *t = &year_part_starts;
	zn_dstarts_arg holiday = {t, Y_HOLIDAY},
				lunar = {t, Y_LUNAR};

	zn_dstarts_add_list(t, Y_H1, &h1);
	zn_dstarts_add_list(t, Y_H2, &h2);
	zn_dstarts_add_list(t, Y_START, &start_words);
	zn_dstarts_add_list(t, Y_END, &end_words);
	zn_dstarts_add_list(t, Y_WHOLE, &whole_words);
	zn_dstarts_add(t, Y_SUMMER, "暑假");
	zn_dstarts_add(t, Y_BEFORE, "前");
	zn_dstarts_add(t, Y_FIRST_MONTH, "首月");
	zn_dstarts_add_list(t, Y_LAST, &last_words);
	zn_dstarts_add(t, Y_AFTER, "后");
	zn_dstarts_add(t, Y_AFTER, "後");
	zn_dstarts_add(t, Y_NTH, "第");
	zn_d_holiday_starts(zn_dstarts_add_cb, &holiday);
	zn_dstarts_add_list(t, Y_QUARTER, &quarter_lead);
	zn_d_lunar_starts(zn_dstarts_add_cb, &lunar);
}

/*
 * What m_quarter and zn_d_lunar need after a number that begins the part:
 * 一季度, 3季 (qwords) and 五月 (a lunar month read as a number, then 月).
 */
static zn_dstarts year_part_follows;

__attribute__((constructor))
static void
year_part_follows_init(void)
{
	zn_dstarts *t = &year_part_follows;

	zn_dstarts_add_list(t, Y_QUARTER, &qwords);
	zn_dstarts_add(t, Y_LUNAR, "月");
}

/*
 * The parts of a year that may begin at i: those whose words begin there,
 * and, where m_quarter and zn_d_lunar find none of theirs, the ones the
 * number there may go on to (after 2019年 mostly a month, 4月, which no
 * quarter continues).  Both read that number first when none of their
 * words is there, so reading it here leaves the trace (zn_miss) they
 * would.  After a hard error all are tried, as before.
 */
static uint32_t
year_part_alts(zn_dstate *st, size_t i)
{
	const zn_ctx *c = st->c;
	size_t		j = zn_d_skip(c, i),
				e;
	uint32_t	alts;
	zn_dnum		n;

	if (c->fail != ZN_OK)
		return ~0u;
	alts = zn_dstarts_at(&year_part_starts, c, j);
	if (alts & (Y_QUARTER | Y_LUNAR))
		return alts | Y_QUARTER | Y_LUNAR;
	if ((e = zn_d_num(st, j, &n)) != 0)
		alts |= zn_dstarts_at(&year_part_follows, c, zn_d_skip(c, e));
	return c->fail != ZN_OK ? ~0u : alts;
}

static size_t
year_part(zn_dstate *st, size_t i, int32_t y, bool yrel, bool bare, zn_dspan *s)
{
	zn_ctx	   *c = st->c;
	zn_dnum		n;
	size_t		j = skip_de(st, i),
				e,
				f,
				best = 0;
	int			w,
				q;
	zn_dspan	t;
	uint32_t	alts = year_part_alts(st, j);

#define TAKE(end_) do { if ((end_) > best) { best = (end_); *s = t; } } while (0)

	memset(&t, 0, sizeof(t));
	t.rel = yrel;
	t.y = y;
	if ((alts & Y_H1) && (e = zn_d_words(st, j, &h1, &w)) != 0)
	{
		set_span(&t, zn_month_first(y, 1), zn_month_last(y, 6), ZN_G_HALF);
		TAKE(e);
	}
	if ((alts & Y_H2) && (e = zn_d_words(st, j, &h2, &w)) != 0)
	{
		set_span(&t, zn_month_first(y, 7), zn_month_last(y, 12), ZN_G_HALF);
		TAKE(e);
	}
	if ((alts & Y_QUARTER) && (e = m_quarter(st, j, &q)) != 0)
	{
		set_span(&t, zn_month_first(y, 3 * q - 2), zn_month_last(y, 3 * q), ZN_G_QUARTER);
		TAKE(e);
		if ((f = quarter_part(st, e, &t)) != 0)
			TAKE(f);
	}
	if ((alts & Y_START) &&
		(e = zn_d_words_n(st, j, &start_words, bare ? 5 : NW(start_words_w), &w)) != 0)
	{
		set_month(&t, y, 1);
		TAKE(e);
	}
	if ((alts & Y_END) &&
		(e = zn_d_words_n(st, j, &end_words, bare ? 6 : NW(end_words_w), &w)) != 0)
	{
		set_month(&t, y, 12);
		TAKE(e);
	}
	if ((alts & Y_WHOLE) &&
		(e = zn_d_words_n(st, j, &whole_words, bare ? 2 : NW(whole_words_w), &w)) != 0)
	{
		set_year(&t, y);
		TAKE(e);
	}
	if ((alts & Y_SUMMER) && (e = zn_d_lit(st, j, "暑假")) != 0)
	{
		set_span(&t, zn_month_first(y, 7), zn_month_last(y, 8), ZN_G_MONTH);
		TAKE(e);
	}
	if (bare)
	{
		/* without a year only 前N季度 remains: 前两个月 is a window */
		if ((alts & Y_BEFORE) && (e = zn_d_lit(st, j, "前")) != 0 &&
			(f = count_ge(st, e, &n)) != 0 && n.val >= 1 && n.val <= 4 &&
			((f = zn_d_lit(st, f, "季度")) != 0))
		{
			set_span(&t, zn_year_first(y), zn_month_last(y, 3 * n.val), ZN_G_QUARTER);
			TAKE(f);
		}
		goto done;
	}
	if ((alts & Y_FIRST_MONTH) && (e = zn_d_lit(st, j, "首月")) != 0)
	{
		set_month(&t, y, 1);
		TAKE(e);
	}
	/* 最后一个月, 最后一天, 最后3周 */
	if ((alts & Y_LAST) && (e = zn_d_words_n(st, j, &last_words, 2, &w)) != 0)
	{
		if ((f = zn_m_lit(c, e, "一天")) != 0)
		{
			set_span(&t, zn_year_last(y), zn_year_last(y), ZN_G_DAY);
			t.m = 12;
			TAKE(f);
		}
		if ((f = count_ge(st, e, &n)) != 0 && n.val >= 1)
		{
			size_t		g;

			if ((g = zn_d_lit(st, f, "月")) != 0 && n.val <= 12)
			{
				set_span(&t, zn_month_first(y, 13 - n.val), zn_year_last(y), ZN_G_MONTH);
				TAKE(g);
			}
			if ((g = zn_d_words(st, f, &week_unit, &w)) != 0 && n.val <= 52)
			{
				/* whole weeks that end within the year */
				int32_t		sun = zn_year_last(y);

				sun -= zn_weekday(sun) % 7;
				set_span(&t, sun - 7 * n.val + 1, sun, ZN_G_WEEK);
				TAKE(g);
			}
		}
	}
	/* 后三个月 (the last three months) */
	if ((alts & Y_AFTER) &&
		((e = zn_d_lit(st, j, "后")) != 0 || (e = zn_d_lit(st, j, "後")) != 0) &&
		(f = count_ge(st, e, &n)) != 0 && n.val >= 1 && n.val <= 12 &&
		(f = zn_d_lit(st, f, "月")) != 0)
	{
		set_span(&t, zn_month_first(y, 13 - n.val), zn_year_last(y), ZN_G_MONTH);
		TAKE(f);
	}
	/* 前N个月, 前三季度, 前两周, 前10天 */
	if ((alts & Y_BEFORE) && (e = zn_d_lit(st, j, "前")) != 0 &&
		(f = count_ge(st, e, &n)) != 0 && n.val >= 1)
	{
		size_t		g;

		if ((g = zn_d_lit(st, f, "月")) != 0 && n.val <= 12)
		{
			set_span(&t, zn_year_first(y), zn_month_last(y, n.val), ZN_G_MONTH);
			TAKE(g);
		}
		if (((g = zn_d_lit(st, f, "季度")) != 0 || (g = zn_d_lit(st, f, "季")) != 0) &&
			n.val <= 4)
		{
			set_span(&t, zn_year_first(y), zn_month_last(y, 3 * n.val), ZN_G_QUARTER);
			TAKE(g);
		}
		if ((g = zn_d_words(st, f, &week_unit, &w)) != 0 && n.val <= 53)
		{
			int32_t		mon = first_monday(zn_year_first(y));

			set_span(&t, mon, mon + 7 * n.val - 1, ZN_G_WEEK);
			TAKE(g);
		}
		if ((g = zn_d_words(st, f, &day_unit, &w)) != 0 && n.val <= 366)
		{
			set_span(&t, zn_year_first(y), zn_year_first(y) + n.val - 1, ZN_G_DAY);
			if (t.hi <= zn_year_last(y))
				TAKE(g);
		}
	}
	/* 第N个月, 第N周 */
	if ((alts & Y_NTH) && (e = zn_d_lit(st, j, "第")) != 0 &&
		(f = count_ge(st, e, &n)) != 0 && n.val >= 1)
	{
		size_t		g;

		if ((g = zn_d_lit(st, f, "月")) != 0 && n.val <= 12)
		{
			set_month(&t, y, n.val);
			TAKE(g);
		}
		if ((g = zn_d_words(st, f, &week_unit, &w)) != 0 && n.val <= 53)
		{
			int32_t		mon = first_monday(zn_year_first(y)) + 7 * (n.val - 1);

			set_span(&t, mon, mon + 6, ZN_G_WEEK);
			if (m_weekday_char(st, g, &q) == 0)
				TAKE(g);
		}
	}
	/* holidays of that year: 2019年国庆, 去年春节 */
	memset(&t, 0, sizeof(t));
	if ((alts & Y_HOLIDAY) && (e = zn_d_holiday(st, j, y, yrel, &t)) != 0)
		TAKE(e);
	memset(&t, 0, sizeof(t));
	if ((alts & Y_LUNAR) && (e = zn_d_lunar(st, j, y, yrel, &t)) != 0)
		TAKE(e);
done:
#undef TAKE
	if (best)
	{
		s->rel = s->rel || yrel;
		s->written |= ZN_W_YEAR;
		if (s->y == 0)
			s->y = y;
	}
	return best;
}

/* ---- parts of a month ---------------------------------------------------- */

static const struct
{
	const char *w;
	int			lo;
	int			hi;			/* 0: the month's last day */
}			parts[] = {
	{"上旬", 1, 10}, {"月初", 1, 10}, {"初", 1, 10}, {"中旬", 11, 20}, {"月中", 11, 20},
	{"下旬", 21, 0}, {"月底", 21, 0}, {"月末", 21, 0}, {"底", 21, 0}, {"末", 21, 0},
	{"中下旬", 11, 0}, {"上中旬", 1, 20}, {"中上旬", 1, 20}, {"上半月", 1, 15},
	{"前半月", 1, 15}, {"下半月", 16, 0}, {"后半月", 16, 0}, {"後半月", 16, 0},
	{"月尾", 21, 0}, {"月头", 1, 10}, {"月頭", 1, 10}
};
ZN_DWORDS(part_words, parts);

/* The parts of a month, all of which begin with a word. */
#define M_PARTS			0x0001
#define M_NTH			0x0002	/* 第 */
#define M_LAST			0x0004
#define M_BEFORE		0x0008	/* 前 */

static zn_dstarts month_part_starts;

__attribute__((constructor))
static void
month_part_starts_init(void)
{
	zn_dstarts *t = &month_part_starts;

	zn_dstarts_add_list(t, M_PARTS, &part_words);
	zn_dstarts_add(t, M_NTH, "第");
	zn_dstarts_add_list(t, M_LAST, &last_words);
	zn_dstarts_add(t, M_BEFORE, "前");
}

/*
 * Parts of month y-m: 上旬/月初 (1-10), 中旬 (11-20), 下旬/月底/月末 (21 to
 * the end), 上半月, 第N周, 第N个星期一, 最后一个星期五, 最后一天, 前N天.
 */
static size_t
month_part(zn_dstate *st, size_t i, int32_t y, int m, zn_dspan *s)
{
	zn_ctx	   *c = st->c;
	zn_dnum		n;
	size_t		j = skip_de(st, i),
				e,
				f,
				g,
				best = 0;
	int			k,
				w,
				wd;
	int32_t		first,
				last;
	zn_dspan	t = *s;
	uint32_t	alts = zn_dstarts_at(&month_part_starts, c, zn_d_skip(c, j));

#define TAKE(end_) do { if ((end_) > best) { best = (end_); *s = t; } } while (0)

	if (alts == 0)
		return 0;				/* (every part begins with a word) */
	first = zn_month_first(y, m);
	last = zn_month_last(y, m);
	if ((alts & M_PARTS) && (e = zn_d_words(st, j, &part_words, &k)) != 0)
	{
		set_span(&t, first + parts[k].lo - 1,
				 parts[k].hi ? first + parts[k].hi - 1 : last, ZN_G_XUN);
		TAKE(e);
	}
	/* 第N周, 第N个星期一 */
	if ((alts & M_NTH) && (e = zn_d_lit(st, j, "第")) != 0 &&
		(f = zn_d_num(st, e, &n)) != 0 &&
		n.val >= 1 && n.val <= 6)
	{
		bool		ge = (g = zn_d_words(st, f, &ge_words, &w)) != 0;

		if ((g = zn_d_words(st, ge ? g : f, &week_unit, &w)) != 0)
		{
			if ((e = m_weekday_char(st, g, &wd)) != 0)
			{
				int32_t		d = first + ((wd - zn_weekday(first) + 7) % 7) + 7 * (n.val - 1);

				if (d <= last)
				{
					set_span(&t, d, d, ZN_G_DAY);
					TAKE(e);
				}
			}
			else
			{
				int32_t		mon = first_monday(first) + 7 * (n.val - 1);

				if (mon <= last)
				{
					set_span(&t, mon, mon + 6, ZN_G_WEEK);
					TAKE(g);
				}
			}
		}
	}
	/* 最后一个星期一, 最后一天, 最后五天 */
	if ((alts & M_LAST) && (e = zn_d_words_n(st, j, &last_words, 2, &w)) != 0)
	{
		static const char *const one_ge_w[] = {"一个", "一個"};
		ZN_DWORDS(one_ge, one_ge_w);

		if ((f = zn_m_lit(c, e, "一天")) != 0)
		{
			set_span(&t, last, last, ZN_G_DAY);
			TAKE(f);
		}
		if ((f = zn_d_words(st, e, &one_ge, &w)) != 0 &&
			(g = zn_d_words(st, f, &week_unit, &w)) != 0 &&
			(g = m_weekday_char(st, g, &wd)) != 0)
		{
			int32_t		d = last - ((zn_weekday(last) - wd + 7) % 7);

			set_span(&t, d, d, ZN_G_DAY);
			TAKE(g);
		}
		if ((f = zn_d_num(st, e, &n)) != 0 && n.val >= 1 && n.val <= 31 &&
			(g = zn_d_words(st, f, &day_unit, &w)) != 0)
		{
			set_span(&t, last - n.val + 1 < first ? first : last - n.val + 1, last, ZN_G_DAY);
			TAKE(g);
		}
	}
	if ((alts & M_BEFORE) && (e = zn_d_lit(st, j, "前")) != 0 &&
		(f = zn_d_num(st, e, &n)) != 0 &&
		n.val >= 1 && n.val <= 31 && (g = zn_d_words(st, f, &day_unit, &w)) != 0)
	{
		set_span(&t, first, first + n.val - 1 > last ? last : first + n.val - 1, ZN_G_DAY);
		TAKE(g);
	}
#undef TAKE
	return best;
}

/* ---- year, month, day ------------------------------------------------------ */

/*
 * A relative month word (本月 上个月 …) at i; with an explicit year it names
 * the reference's month of that year (去年本月).
 */
static size_t
m_rel_month(zn_dstate *st, size_t i, int32_t *y, int *m, bool have_year)
{
	int			w;
	size_t		e = zn_d_words(st, i, &month_words, &w);
	int64_t		mm;

	if (e == 0)
		return 0;
	if (have_year)
	{
		*m = st->rm;
		return month_offsets[w] == 0 ? e : 0;
	}
	mm = (int64_t) st->ry * 12 + (st->rm - 1) + month_offsets[w];
	*y = (int32_t) (mm / 12);
	*m = (int) (mm % 12) + 1;
	return year_ok(*y) ? e : 0;
}

/*
 * [year] [month] [day] with the parts of a year or month.  At least one of
 * the three is written.
 */
static size_t
m_calendar(zn_dstate *st, size_t i, const zn_dctx *ctx, zn_dspan *out)
{
	zn_dspan	s;
	size_t		best = 0,
				e,
				j = i,
				me,
				de,
				pos = 0;
	int32_t		y = 0;
	bool		yrel = false,
				have_y = false,
				mrel = false;
	int			m = 0,
				d = 0;

#define TAKE(end_) do { if ((end_) > best) { best = (end_); *out = s; } } while (0)

	memset(&s, 0, sizeof(s));
	if ((e = m_year(st, i, &y, &yrel)) != 0)
	{
		have_y = true;
		j = e;
		memset(&s, 0, sizeof(s));
		set_year(&s, y);
		s.rel = yrel;
		s.written = ZN_W_YEAR;
		TAKE(e);
		memset(&s, 0, sizeof(s));
		if ((e = year_part(st, j, y, yrel, false, &s)) != 0)
			TAKE(e);
		/* 去年8.20, 08年04-03 */
		memset(&s, 0, sizeof(s));
		if ((e = m_numeric_md(st, skip_de(st, j), y, true, &s)) != 0)
		{
			s.rel = s.rel || yrel;
			TAKE(e);
		}
		j = skip_de(st, j);
		/* 二零一六年，九月三号 */
		{
			static const char *const comma_w[] = {",", "，"};
			ZN_DWORDS(comma, comma_w);
			int			w;
			size_t		f = zn_d_words(st, j, &comma, &w),
						pos2;
			int			m2;

			if (f && m_month_num(st, f, &m2, &pos2))
				j = f;
		}
	}
	else if (ctx && ctx->y)
		y = ctx->y;
	else
	{
		y = st->ry;
		yrel = true;
	}

	/*
	 * Without a year, a month right after 年 (or a day right after 月) is
	 * the tail of a larger date that did not parse: 2019年2月30日 must not
	 * yield 2月30日 or 30日.
	 */
	if (!have_y)
	{
		uint32_t	prev = zn_cp_before(st->c, zn_d_skip(st->c, i));

		if (prev == 0x5E74)		/* 年 */
			return 0;
		if (prev == 0x6708 && !(ctx && ctx->m))	/* 月 */
			return 0;
	}

	/* the month */
	me = m_month_num(st, j, &m, &pos);
	if (me == 0)
	{
		int32_t		y2 = y;

		if ((me = m_rel_month(st, j, &y2, &m, have_y)) != 0)
		{
			y = y2;
			mrel = true;
		}
	}
	if (me == 0 && st->c->fail)
		return 0;
	if (me)
	{
		bool		rel = mrel || yrel;

		memset(&s, 0, sizeof(s));
		set_month(&s, y, m);
		s.rel = rel;
		s.written = (have_y ? ZN_W_YEAR : 0) | ZN_W_MONTH;
		TAKE(me);
		{
			zn_dspan	t = s;

			if ((e = month_part(st, me, y, m, &t)) != 0)
			{
				s = t;
				TAKE(e);
				s = t;
			}
		}
		/* lunar days (初一, 廿二) make the month lunar: 五月初五 */
		memset(&s, 0, sizeof(s));
		if (!mrel && (e = zn_d_lunar(st, j, have_y || (ctx && ctx->y) ? y : 0, yrel, &s)) != 0)
			TAKE(e);

		/* the day */
		memset(&s, 0, sizeof(s));
		de = m_day_num(st, me, &d, &pos);
		if (de == 0 && !st->c->fail)
			de = m_bare_day(st, me, &d, &pos);
		if (st->c->fail)
			return 0;
		if (de)
		{
			if (!check_day(st, y, m, d, pos))
				return 0;
			set_span(&s, zn_days(y, m, d), zn_days(y, m, d), ZN_G_DAY);
			s.y = y;
			s.m = m;
			s.rel = rel;
			s.written = (have_y ? ZN_W_YEAR : 0) | ZN_W_MONTH | ZN_W_DAY;
			TAKE(de);
		}
	}
	else if (!have_y)
	{
		/* a day alone: 14日, the month from the context or the reference */
		int			mm = (ctx && ctx->m) ? ctx->m : st->rm;
		bool		rel = !(ctx && ctx->m);

		if (ctx && ctx->y)
			y = ctx->y;
		de = m_day_num(st, j, &d, &pos);
		if (de && d > 31)
			de = 0;				/* 60日内: a count of days */
		if (de)
		{
			zn_dnum		n;

			/* 一日 (one day) is a duration far more often than the 1st */
			zn_d_num(st, j, &n);
			if (!st->c->anchored && !n.arabic && n.ndigits == 1 && !n.unit && !ctx)
				de = 0;
		}
		if (de)
		{
			if (!check_day(st, y, mm, d, pos))
				return 0;
			memset(&s, 0, sizeof(s));
			set_span(&s, zn_days(y, mm, d), zn_days(y, mm, d), ZN_G_DAY);
			s.y = y;
			s.m = mm;
			s.rel = rel || yrel;
			s.written = ZN_W_DAY;
			TAKE(de);
		}
	}
#undef TAKE
	return best;
}

/* ---- decades and centuries --------------------------------------------- */

static const char *const cent_word_w[] = {"世纪", "世紀"};
ZN_DWORDS(cent_word, cent_word_w);
static const char *const cent_rel_w[] = {
	"上世纪", "上世紀", "上个世纪", "上個世紀", "本世纪", "本世紀", "这个世纪",
	"這個世紀", "下世纪", "下世紀", "下个世纪", "下個世紀"
};
ZN_DWORDS(cent_rel, cent_rel_w);
static const int cent_off[] = {-1, -1, -1, -1, 0, 0, 0, 0, 1, 1, 1, 1};

static size_t
m_decade(zn_dstate *st, size_t i, zn_dspan *s)
{
	zn_dnum		n;
	size_t		e,
				f,
				best = 0;
	int			w;
	int32_t		base = -1;
	bool		rel = false;

	if ((e = zn_d_words(st, i, &cent_rel, &w)) != 0)
	{
		base = (st->ry / 100 + cent_off[w]) * 100;
		rel = true;
	}
	else if ((e = zn_d_num(st, i, &n)) != 0 && n.val >= 1 && n.val <= 99 && !n.liang &&
			 (f = zn_d_words(st, e, &cent_word, &w)) != 0)
	{
		base = (n.val - 1) * 100;
		e = f;
	}
	else
		e = 0;
	if (e)
	{
		if (base < 0 || base + 99 > ZN_YEAR_MAX)
			return 0;
		set_span(s, zn_year_first(base < 1 ? 1 : base), zn_year_last(base + 99), ZN_G_CENTURY);
		s->rel = rel;
		best = e;
		e = skip_de(st, e);
	}
	else
		e = i;

	/* 80年代, 九十年代 */
	if ((f = zn_d_num(st, e, &n)) != 0 && n.val % 10 == 0 && n.val <= 90 && !n.liang &&
		(f = zn_d_lit(st, f, "年代")) != 0)
	{
		int32_t		y;

		if (base >= 0)
			y = base + n.val;
		else
		{
			y = (st->ry / 100) * 100 + n.val;
			if (y > st->ry)
				y -= 100;
			rel = true;
		}
		if (y < 1 || y + 9 > ZN_YEAR_MAX)
			return best;
		set_span(s, zn_year_first(y), zn_year_last(y + 9), ZN_G_DECADE);
		s->rel = rel;
		best = f;
	}
	if (best)
		s->y = 0;
	return best;
}

/* ---- stand-alone forms ---------------------------------------------------- */

/* A four-digit year without 年, in a whole-string parse only: 2018. */
static size_t
m_bare_year(zn_dstate *st, size_t i, zn_dspan *s)
{
	zn_dnum		n;
	size_t		e;

	if (!st->c->anchored || (e = arabic_num(st, zn_d_skip(st->c, i), &n)) == 0 ||
		n.ndigits != 4 || n.val < 1000 || !numeric_end_ok(st, e, 0))
		return 0;
	set_year(s, n.val);
	s->written = ZN_W_YEAR;
	return e;
}

static const char *const two_periods_w[] = {"今明两年", "今明兩年", "今明两天", "今明兩天", "今明两日"};
ZN_DWORDS(two_periods, two_periods_w);

/* 今明两年, 今明两天: this and the next. */
static size_t
m_two_periods(zn_dstate *st, size_t i, zn_dspan *s)
{
	int			k;
	size_t		e = zn_d_words(st, i, &two_periods, &k);

	if (e == 0)
		return 0;
	if (k < 2)
	{
		set_span(s, zn_year_first(st->ry), zn_year_last(st->ry + 1), ZN_G_YEAR);
		s->y = st->ry;
	}
	else
		set_span(s, st->ref, st->ref + 1, ZN_G_DAY);
	s->rel = true;
	return e;
}

static const char *const alone_w[] = {
	"上旬", "中旬", "下旬", "中下旬", "上中旬", "中上旬", "月初", "月中", "月底",
	"月末", "上半月", "下半月", "前半月", "后半月", "後半月", "月头", "月頭", "月尾"
};
ZN_DWORDS(alone, alone_w);

/* The parts of a month that also stand alone: 上旬 月底 上半月 中下旬. */
static size_t
bare_month_part(zn_dstate *st, size_t i, int32_t y, int m, zn_dspan *s)
{
	int			w;

	if (zn_d_words(st, i, &alone, &w) == 0)
		return 0;
	return month_part(st, i, y, m, s);
}

/* ---- a term -------------------------------------------------------------- */

/* (周四), ，星期一 after a day: an annotation, not a second date. */
static size_t
weekday_note(zn_dstate *st, size_t i)
{
	static const char *const open_w[] = {"(", "（", ",", "，", "、"};
	ZN_DWORDS(open, open_w);
	static const char *const close_w[] = {")", "）"};
	ZN_DWORDS(close, close_w);
	size_t		j = i,
				e;
	int			w,
				wd;
	bool		paren = false;

	if ((e = zn_d_words(st, j, &open, &w)) != 0)
	{
		paren = w < 2;
		j = e;
	}
	if ((e = m_weekday(st, j, &wd)) == 0)
		return 0;
	if (paren)
	{
		if ((e = zn_d_words(st, e, &close, &w)) == 0)
			return 0;
	}
	return e;
}

/*
 * Which alternatives of a term may begin at an offset.  A term is tried
 * at every candidate offset and has a dozen alternatives; most of them
 * begin with one of a few words, so the first character rules them out
 * (with one table lookup instead of a dozen word-list lookups).
 */
#define T_CALENDAR		0x0001	/* m_calendar */
#define T_NUMERIC		0x0002	/* m_numeric, m_numeric_md */
#define T_RELDAY		0x0004
#define T_WEEK			0x0008
#define T_REL_QUARTER	0x0010
#define T_DECADE		0x0020
#define T_HOLIDAY		0x0040
#define T_LUNAR			0x0080
#define T_TWO_PERIODS	0x0100
#define T_MONTH_PART	0x0200	/* bare_month_part */
#define T_YEAR_PART		0x0400	/* year_part without a year */
#define T_BARE_YEAR		0x0800	/* m_bare_year */

/* The alternatives that may begin with a number. */
#define T_NUMBER		(T_CALENDAR | T_DECADE | T_LUNAR | T_YEAR_PART)

static zn_dstarts term_starts;

/*
 * Every word each alternative may begin with.  Keep this in step with the
 * alternatives: a word missing here is a term never found.
 */
__attribute__((constructor))
static void
term_starts_init(void)
{
	static const char *const week_lead_w[] = {"上", "下"};
	/* 的 (skip_de), 暑假, 前N季度; m_quarter's words are added below */
	static const char *const year_part_lead_w[] = {"的", "暑假", "前"};
	ZN_DWORDS(week_lead, week_lead_w);
	ZN_DWORDS(year_part_lead, year_part_lead_w);
	zn_dstarts *t = &term_starts;
	zn_dstarts_arg lunar = {t, T_LUNAR},
				holiday = {t, T_HOLIDAY};

	/* every term begins a date expression */
	t->firsts = &zn_d_date_firsts;

	zn_dstarts_add_list(t, T_CALENDAR, &year_words);
	zn_dstarts_add_list(t, T_CALENDAR, &era_words);
	zn_dstarts_add_list(t, T_CALENDAR, &month_words);
	zn_dstarts_add_list(t, T_RELDAY, &day_words);
	zn_dstarts_add_list(t, T_WEEK, &week_lead);
	zn_dstarts_add_list(t, T_WEEK, &this_words);
	zn_dstarts_add_list(t, T_WEEK, &week_words);
	zn_dstarts_add_list(t, T_REL_QUARTER, &rel_quarter_pre);
	zn_dstarts_add_list(t, T_DECADE, &cent_rel);
	zn_d_lunar_starts(zn_dstarts_add_cb, &lunar);
	zn_d_holiday_starts(zn_dstarts_add_cb, &holiday);
	zn_dstarts_add_list(t, T_TWO_PERIODS, &two_periods);
	zn_dstarts_add_list(t, T_MONTH_PART, &alone);
	zn_dstarts_add_list(t, T_YEAR_PART, &year_part_lead);
	zn_dstarts_add_list(t, T_YEAR_PART, &quarter_lead);
	zn_dstarts_add_list(t, T_YEAR_PART, &h1);
	zn_dstarts_add_list(t, T_YEAR_PART, &h2);
	zn_dstarts_add_list(t, T_YEAR_PART, &start_words);
	zn_dstarts_add_list(t, T_YEAR_PART, &end_words);
	zn_dstarts_add_list(t, T_YEAR_PART, &whole_words);
}

/*
 * What the alternatives that begin with a number need right after it
 * (after spaces): 2019年, 4月, 14日, 19世纪, 90年代, 一季度.  Numeric
 * dates (2019-04-14, 2010 01 29) are numeric_may_follow's business.
 */
static zn_dstarts term_follows;

__attribute__((constructor))
static void
term_follows_init(void)
{
	zn_dstarts *t = &term_follows;

	zn_dstarts_add(t, T_CALENDAR | T_DECADE, "年");	/* m_year, 年代 */
	zn_dstarts_add(t, T_CALENDAR | T_LUNAR, "月");	/* m_month_num, zn_d_lunar */
	zn_dstarts_add_list(t, T_CALENDAR, &day_suffix);	/* m_day_num */
	zn_dstarts_add_list(t, T_DECADE, &cent_word);
	zn_dstarts_add_list(t, T_YEAR_PART, &qwords);	/* m_quarter */
}

/*
 * May m_numeric or m_numeric_md go on after the Arabic number n ending at
 * e?  Both read num_sep right after it (m_numeric also one space after four
 * digits: 2010 01 29) and return 0 without reading anything more when it is
 * not there, so this is their own first test, made before they are called:
 * in running text a number is mostly followed by a space or a word
 * (25 亿元, 12 个), which no numeric date continues.  (Eight digits,
 * 20190414, need nothing after them; see term_alts_at.)
 */
static bool
numeric_may_follow(const zn_dstate *st, const zn_dnum *n, size_t e)
{
	uint32_t	sep;

	return num_sep(st, e, &sep) != 0 ||
		(n->ndigits == 4 && zn_m_lit(st->c, e, " ") != 0);
}

/*
 * The alternatives to try at i.  Every alternative reads at the first
 * character after the spaces, and those that find no word there go on to
 * read a number there (m_numeric always does): reading it here first
 * leaves the same trace (zn_miss) as before.  A number then brings in the
 * alternatives that may continue with what follows it.  After a hard error
 * the grammar is cut short as it always was (m_calendar alone runs), so all
 * are tried then.
 */
static inline __attribute__((always_inline)) unsigned
term_alts_at(zn_dstate *st, size_t i)
{
	const zn_ctx *c = st->c;
	size_t		j = zn_d_skip(c, i),
				e;
	unsigned	alts = 0;
	zn_dnum		n;

	if (c->fail != ZN_OK)
		return ~0u;
	alts = zn_dstarts_at(&term_starts, c, j);
	if ((e = zn_d_num(st, j, &n)) != 0)
	{
		size_t		f = zn_d_skip(c, e);
		unsigned	next = zn_dstarts_at(&term_follows, c, e) |
			(f != e ? zn_dstarts_at(&term_follows, c, f) : 0);

		alts |= next & T_NUMBER;
		/* 20190414, 2019-04-14; and 2018 alone in a whole-string parse,
		 * which the numeric dates need not be tried for (2019年4月14日) */
		if (n.arabic && (n.ndigits == 8 || numeric_may_follow(st, &n, e)))
			alts |= T_NUMERIC;
		if (n.arabic && c->anchored && n.ndigits == 4)
			alts |= T_BARE_YEAR;
	}
	return alts;
}

/* (term_alts_at, inlined in read_term, where a call is felt) */
unsigned
zn_d_term_alts(zn_dstate *st, size_t i)
{
	return term_alts_at(st, i);
}

static size_t
read_term(zn_dstate *st, size_t i, const zn_dctx *ctx, zn_dspan *out)
{
	zn_dspan	s;
	size_t		best = 0,
				e;
	unsigned	alts = term_alts_at(st, i);

#define TRY(alt, call) do { if (alts & (alt)) { memset(&s, 0, sizeof(s)); e = (call); \
		if (st->c->fail) return 0; \
		if (e > best) { best = e; *out = s; } } } while (0)

	TRY(T_CALENDAR, m_calendar(st, i, ctx, &s));
	TRY(T_NUMERIC, m_numeric(st, i, &s));
	TRY(T_NUMERIC, m_numeric_md(st, i, ctx ? ctx->y : 0, ctx && ctx->y, &s));
	TRY(T_RELDAY, m_relday(st, i, &s));
	TRY(T_WEEK, m_week(st, i, &s));
	TRY(T_REL_QUARTER, m_rel_quarter(st, i, &s));
	TRY(T_DECADE, m_decade(st, i, &s));
	TRY(T_HOLIDAY, zn_d_holiday(st, i, ctx ? ctx->y : 0, !(ctx && ctx->y), &s));
	TRY(T_LUNAR, zn_d_lunar(st, i, 0, true, &s));
	TRY(T_BARE_YEAR, m_bare_year(st, i, &s));
	TRY(T_TWO_PERIODS, m_two_periods(st, i, &s));
	/* 上旬, 月底, 上半月: this month's, or the range context's */
	memset(&s, 0, sizeof(s));
	if (alts & T_MONTH_PART)
	{
		int32_t		y = (ctx && ctx->m) ? ctx->y : st->ry;
		int			m = (ctx && ctx->m) ? ctx->m : st->rm;

		s.rel = !(ctx && ctx->m);
		e = bare_month_part(st, i, y, m, &s);
		if (e > best)
		{
			best = e;
			*out = s;
		}
	}

	/* a year-less quarter or half: 一季度, 上半年, 前三季度 */
	TRY(T_YEAR_PART,
		year_part(st, i, ctx && ctx->y ? ctx->y : st->ry, !(ctx && ctx->y), true, &s));
#undef TRY
	if (best == 0)
		return 0;

	/* 周日，二月十号: the weekday names the date that follows */
	if (out->weekday_only)
	{
		static const char *const comma_w[] = {",", "，"};
		ZN_DWORDS(comma, comma_w);
		int			w;
		size_t		f = zn_d_words(st, best, &comma, &w);

		if (f)
		{
			zn_dspan	t;

			memset(&t, 0, sizeof(t));
			if ((e = m_calendar(st, f, ctx, &t)) != 0 && t.grain == ZN_G_DAY)
			{
				*out = t;
				best = e;
			}
		}
	}
	else if (out->grain == ZN_G_DAY && (e = weekday_note(st, best)) != 0)
		best = e;
	if (out->y == 0 && out->grain != ZN_G_DECADE && out->grain != ZN_G_CENTURY)
	{
		int			d;

		zn_ymd(out->lo, &out->y, &out->m, &d);
		if (out->grain > ZN_G_MONTH)
			out->m = 0;
	}
	return best;
}

size_t
zn_d_term(zn_dstate *st, size_t i, const zn_dctx *ctx, zn_dspan *out)
{
	size_t		e;

	if (ctx != NULL)
		return read_term(st, i, ctx, out);
	/* after a hard error the grammar stops: no memo then */
	if (st->term_at == i && st->c->fail == ZN_OK)
	{
		if (st->term_end)
			*out = st->term;
		return st->term_end;
	}
	e = read_term(st, i, NULL, out);
	if (st->c->fail == ZN_OK)
	{
		st->term_at = i;
		st->term_end = e;
		if (e)
			st->term = *out;
	}
	return e;
}

/*
 * The context before an elided range: a year and optionally a month
 * (2019年 in 2019年1-9月, 2019年4月 in 2019年4月12-19日).  Fills s as the
 * year or month it names, but for its days (lo, hi): the range takes only
 * the context (y, m, grain, rel) and is mostly not there, so they would be
 * computed for nothing.
 */
size_t
zn_d_prefix(zn_dstate *st, size_t i, zn_dspan *s)
{
	int32_t		y;
	bool		rel;
	int			m;
	size_t		e,
				f,
				pos;

	if ((e = m_year(st, i, &y, &rel)) == 0)
		return 0;
	memset(s, 0, sizeof(*s));
	s->grain = ZN_G_YEAR;
	s->y = y;
	s->rel = rel;
	s->written = ZN_W_YEAR;
	if ((f = m_month_num(st, skip_de(st, e), &m, &pos)) != 0)
	{
		s->grain = ZN_G_MONTH;
		s->m = m;
		s->written |= ZN_W_MONTH;
		return f;
	}
	return e;
}
