/*
 * zn_holiday.c — named days and lunar dates.
 *
 *   fixed days           元旦 妇女节 劳动节 国庆 圣诞节 …
 *   rules                母亲节 (second Sunday of May), 感恩节, 复活节 …
 *   lunar festivals      春节 元宵节 端午节 中秋节 重阳节 除夕 …
 *   solar terms          清明 冬至 芒种 …
 *   lunar dates          农历八月十五, 正月初一, 腊月18, 五月廿二
 *
 * A holiday without a year is the one of the reference year (as for any
 * year-less date); with a year, that year's: 2019年国庆, 去年春节.  除夕 is
 * the last day of the lunar year, so 2023年除夕 is 2024-02-09.  A lunar
 * month or day without a year belongs to the lunar year that holds the
 * reference date.  Festivals of other calendars (Hebrew, Islamic, Hindu:
 * 逾越节, 开斋节, 排灯节) are zn_world_holiday.c's, which zn_d_holiday falls
 * back on when no name of its own list matches.
 */
#include "zn_date.h"
#include "zn_world_holiday.h"

#define NW(a) ((int) (sizeof(a) / sizeof((a)[0])))

typedef enum hkind
{
	H_FIXED,					/* a: month, b: day */
	H_NTH_WEEKDAY,				/* a: month, b: n, c: weekday */
	H_EASTER,					/* a: offset from Easter Sunday */
	H_EASTER_ORTHODOX,			/* a: offset from Orthodox Easter */
	H_LUNAR,					/* a: lunar month, b: lunar day */
	H_LUNAR_EVE,				/* the last day of the lunar year */
	H_TERM						/* a: solar term 0..23 */
} hkind;

typedef struct holiday
{
	const char *name;
	hkind		kind;
	int			a;
	int			b;
	int			c;
	bool		common;			/* also an ordinary word: whole strings only */
} holiday;

static const holiday holidays[] = {
	{"元旦", H_FIXED, 1, 1, 0, false}, {"元旦节", H_FIXED, 1, 1, 0, false}, {"元旦節", H_FIXED, 1, 1, 0, false},
	{"阳历新年", H_FIXED, 1, 1, 0, false}, {"陽曆新年", H_FIXED, 1, 1, 0, false}, {"新年", H_FIXED, 1, 1, 0, false},
	{"情人节", H_FIXED, 2, 14, 0, false}, {"情人節", H_FIXED, 2, 14, 0, false}, {"圣瓦伦丁节", H_FIXED, 2, 14, 0, false},
	{"女生节", H_FIXED, 3, 7, 0, false},
	{"妇女节", H_FIXED, 3, 8, 0, false}, {"婦女節", H_FIXED, 3, 8, 0, false}, {"三八妇女节", H_FIXED, 3, 8, 0, false},
	{"国际妇女节", H_FIXED, 3, 8, 0, false}, {"三八节", H_FIXED, 3, 8, 0, false},
	{"植树节", H_FIXED, 3, 12, 0, false}, {"植樹節", H_FIXED, 3, 12, 0, false},
	{"消费者权益日", H_FIXED, 3, 15, 0, false}, {"国际消费者权益日", H_FIXED, 3, 15, 0, false},
	{"国际消費者權益日", H_FIXED, 3, 15, 0, false}, {"三一五", H_FIXED, 3, 15, 0, false},
	{"愚人节", H_FIXED, 4, 1, 0, false}, {"愚人節", H_FIXED, 4, 1, 0, false},
	{"劳动节", H_FIXED, 5, 1, 0, false}, {"勞動節", H_FIXED, 5, 1, 0, false}, {"五一劳动节", H_FIXED, 5, 1, 0, false},
	{"五一国际劳动节", H_FIXED, 5, 1, 0, false}, {"国际劳动节", H_FIXED, 5, 1, 0, false}, {"五一", H_FIXED, 5, 1, 0, true},
	{"青年节", H_FIXED, 5, 4, 0, false}, {"青年節", H_FIXED, 5, 4, 0, false}, {"五四青年节", H_FIXED, 5, 4, 0, false},
	{"儿童节", H_FIXED, 6, 1, 0, false}, {"兒童節", H_FIXED, 6, 1, 0, false}, {"国际儿童节", H_FIXED, 6, 1, 0, false},
	{"六一儿童节", H_FIXED, 6, 1, 0, false},
	{"建党节", H_FIXED, 7, 1, 0, false}, {"建黨節", H_FIXED, 7, 1, 0, false},
	{"建军节", H_FIXED, 8, 1, 0, false}, {"建軍節", H_FIXED, 8, 1, 0, false}, {"八一建军节", H_FIXED, 8, 1, 0, false},
	{"八一建軍節", H_FIXED, 8, 1, 0, false},
	{"教师节", H_FIXED, 9, 10, 0, false}, {"教師節", H_FIXED, 9, 10, 0, false},
	{"国庆", H_FIXED, 10, 1, 0, false}, {"国庆节", H_FIXED, 10, 1, 0, false}, {"國慶", H_FIXED, 10, 1, 0, false},
	{"國慶節", H_FIXED, 10, 1, 0, false}, {"国庆節", H_FIXED, 10, 1, 0, false}, {"國慶节", H_FIXED, 10, 1, 0, false},
	{"万圣节", H_FIXED, 10, 31, 0, false}, {"萬聖節", H_FIXED, 10, 31, 0, false},
	{"光棍节", H_FIXED, 11, 11, 0, false}, {"双十一", H_FIXED, 11, 11, 0, false}, {"雙十一", H_FIXED, 11, 11, 0, false},
	{"澳门回归纪念日", H_FIXED, 12, 20, 0, false}, {"澳門回歸紀念日", H_FIXED, 12, 20, 0, false},
	{"老板节", H_FIXED, 10, 16, 0, false}, {"老闆節", H_FIXED, 10, 16, 0, false},
	{"平安夜", H_FIXED, 12, 24, 0, false},
	{"圣诞", H_FIXED, 12, 25, 0, false}, {"圣诞节", H_FIXED, 12, 25, 0, false}, {"聖誕", H_FIXED, 12, 25, 0, false},
	{"聖誕節", H_FIXED, 12, 25, 0, false},

	{"母亲节", H_NTH_WEEKDAY, 5, 2, 7, false}, {"母親節", H_NTH_WEEKDAY, 5, 2, 7, false},
	{"父亲节", H_NTH_WEEKDAY, 6, 3, 7, false}, {"父親節", H_NTH_WEEKDAY, 6, 3, 7, false},
	{"感恩节", H_NTH_WEEKDAY, 11, 4, 4, false}, {"感恩節", H_NTH_WEEKDAY, 11, 4, 4, false},

	{"复活节", H_EASTER, 0, 0, 0, false}, {"復活節", H_EASTER, 0, 0, 0, false}, {"主復活日", H_EASTER, 0, 0, 0, false},
	{"复活节星期一", H_EASTER, 1, 0, 0, false}, {"復活節星期一", H_EASTER, 1, 0, 0, false},
	{"耶稣受难日", H_EASTER, -2, 0, 0, false}, {"耶穌受難日", H_EASTER, -2, 0, 0, false}, {"主受难日", H_EASTER, -2, 0, 0, false},
	{"主受难节", H_EASTER, -2, 0, 0, false}, {"聖週五", H_EASTER, -2, 0, 0, false}, {"沈默周五", H_EASTER, -2, 0, 0, false},
	{"圣周六", H_EASTER, -1, 0, 0, false}, {"神圣周六", H_EASTER, -1, 0, 0, false}, {"聖週六", H_EASTER, -1, 0, 0, false},
	{"耶稣受难日翌日", H_EASTER, -1, 0, 0, false}, {"主受難節翌日", H_EASTER, -1, 0, 0, false},
	{"復活節前夜", H_EASTER, -1, 0, 0, false}, {"复活节前夜", H_EASTER, -1, 0, 0, false}, {"黑色星期六", H_EASTER, -1, 0, 0, false},
	{"濯足節", H_EASTER, -3, 0, 0, false}, {"神聖星期四", H_EASTER, -3, 0, 0, false}, {"圣周星期四", H_EASTER, -3, 0, 0, false},
	{"圣周四", H_EASTER, -3, 0, 0, false}, {"設立聖餐日", H_EASTER, -3, 0, 0, false},
	{"棕枝主日", H_EASTER, -7, 0, 0, false}, {"圣枝主日", H_EASTER, -7, 0, 0, false}, {"聖樹主日", H_EASTER, -7, 0, 0, false},
	{"基督苦難主日", H_EASTER, -7, 0, 0, false},
	{"大斋首日", H_EASTER, -46, 0, 0, false}, {"聖灰星期三", H_EASTER, -46, 0, 0, false}, {"灰日", H_EASTER, -46, 0, 0, false},
	{"圣灰礼仪日", H_EASTER, -46, 0, 0, false}, {"圣灰日", H_EASTER, -46, 0, 0, false},
	{"忏悔節", H_EASTER, -47, 0, 0, false}, {"忏悔节", H_EASTER, -47, 0, 0, false}, {"忏悔火曜日", H_EASTER, -47, 0, 0, false},
	{"煎餅星期二", H_EASTER, -47, 0, 0, false},
	{"五旬节", H_EASTER, 49, 0, 0, false}, {"圣灵降临节", H_EASTER, 49, 0, 0, false}, {"聖靈降臨日", H_EASTER, 49, 0, 0, false},
	{"圣三一主日", H_EASTER, 56, 0, 0, false}, {"聖三一主日", H_EASTER, 56, 0, 0, false},
	{"天主三一主日", H_EASTER, 56, 0, 0, false}, {"天主聖三一节", H_EASTER, 56, 0, 0, false},
	{"聖三主日", H_EASTER, 56, 0, 0, false}, {"圣三节", H_EASTER, 56, 0, 0, false},
	{"圣灵节庆日", H_EASTER, 50, 0, 0, false}, {"聖靈節慶日", H_EASTER, 50, 0, 0, false},
	{"基督聖體节", H_EASTER, 60, 0, 0, false}, {"基督圣体节", H_EASTER, 60, 0, 0, false},
	{"基督聖體聖血瞻礼", H_EASTER, 60, 0, 0, false}, {"基督聖體聖血節", H_EASTER, 60, 0, 0, false},
	{"东正教复活节", H_EASTER_ORTHODOX, 0, 0, 0, false}, {"東正教復活節", H_EASTER_ORTHODOX, 0, 0, 0, false},
	{"东正教复活节星期一", H_EASTER_ORTHODOX, 1, 0, 0, false}, {"東正教復活節星期一", H_EASTER_ORTHODOX, 1, 0, 0, false},
	{"东正教圣周六", H_EASTER_ORTHODOX, -1, 0, 0, false}, {"東正教神聖週六", H_EASTER_ORTHODOX, -1, 0, 0, false},
	{"東正教聖週六", H_EASTER_ORTHODOX, -1, 0, 0, false}, {"東正教耶稣受难日翌日", H_EASTER_ORTHODOX, -1, 0, 0, false},
	{"東正教主受難節翌日", H_EASTER_ORTHODOX, -1, 0, 0, false}, {"東正教复活节前夜", H_EASTER_ORTHODOX, -1, 0, 0, false},
	{"东正教耶稣受难日", H_EASTER_ORTHODOX, -2, 0, 0, false}, {"東正教耶穌受难日", H_EASTER_ORTHODOX, -2, 0, 0, false},
	{"东正教主受难节", H_EASTER_ORTHODOX, -2, 0, 0, false}, {"东正教圣周五", H_EASTER_ORTHODOX, -2, 0, 0, false},
	{"東正教聖週五", H_EASTER_ORTHODOX, -2, 0, 0, false}, {"東正教沈默週五", H_EASTER_ORTHODOX, -2, 0, 0, false},
	{"东正教棕枝主日", H_EASTER_ORTHODOX, -7, 0, 0, false}, {"东正教圣枝主日", H_EASTER_ORTHODOX, -7, 0, 0, false},
	{"东正教聖樹主日", H_EASTER_ORTHODOX, -7, 0, 0, false}, {"東正教基督苦難主日", H_EASTER_ORTHODOX, -7, 0, 0, false},
	{"拉撒路聖週六", H_EASTER_ORTHODOX, -8, 0, 0, false}, {"拉撒路圣周六", H_EASTER_ORTHODOX, -8, 0, 0, false},
	{"拉匝路周六", H_EASTER_ORTHODOX, -8, 0, 0, false},

	{"春节", H_LUNAR, 1, 1, 0, false}, {"春節", H_LUNAR, 1, 1, 0, false}, {"新春", H_LUNAR, 1, 1, 0, false},
	{"农历新年", H_LUNAR, 1, 1, 0, false}, {"農曆新年", H_LUNAR, 1, 1, 0, false}, {"大年初一", H_LUNAR, 1, 1, 0, false},
	{"正月正时", H_LUNAR, 1, 1, 0, false}, {"正月正時", H_LUNAR, 1, 1, 0, false}, {"正月朔日", H_LUNAR, 1, 1, 0, false},
	{"元宵", H_LUNAR, 1, 15, 0, false}, {"元宵节", H_LUNAR, 1, 15, 0, false}, {"元宵節", H_LUNAR, 1, 15, 0, false},
	{"龙抬头", H_LUNAR, 2, 2, 0, false}, {"龍抬頭", H_LUNAR, 2, 2, 0, false},
	{"端午", H_LUNAR, 5, 5, 0, false}, {"端午节", H_LUNAR, 5, 5, 0, false}, {"端午節", H_LUNAR, 5, 5, 0, false},
	{"七夕", H_LUNAR, 7, 7, 0, false}, {"七夕节", H_LUNAR, 7, 7, 0, false}, {"七夕節", H_LUNAR, 7, 7, 0, false},
	{"中元节", H_LUNAR, 7, 15, 0, false}, {"中元節", H_LUNAR, 7, 15, 0, false},
	{"中秋", H_LUNAR, 8, 15, 0, false}, {"中秋节", H_LUNAR, 8, 15, 0, false}, {"中秋節", H_LUNAR, 8, 15, 0, false},
	{"重阳", H_LUNAR, 9, 9, 0, false}, {"重阳节", H_LUNAR, 9, 9, 0, false}, {"重陽節", H_LUNAR, 9, 9, 0, false},
	{"腊八", H_LUNAR, 12, 8, 0, false}, {"腊八节", H_LUNAR, 12, 8, 0, false}, {"臘八節", H_LUNAR, 12, 8, 0, false},
	{"除夕", H_LUNAR_EVE, 0, 0, 0, false}, {"除夕夜", H_LUNAR_EVE, 0, 0, 0, false}, {"大年三十", H_LUNAR_EVE, 0, 0, 0, false}, {"大年30", H_LUNAR_EVE, 0, 0, 0, false},
	{"年三十", H_LUNAR_EVE, 0, 0, 0, false}, {"大年夜", H_LUNAR_EVE, 0, 0, 0, false},

	{"小寒", H_TERM, 0, 0, 0, false}, {"大寒", H_TERM, 1, 0, 0, false}, {"立春", H_TERM, 2, 0, 0, false},
	{"雨水", H_TERM, 3, 0, 0, true}, {"惊蛰", H_TERM, 4, 0, 0, false}, {"驚蟄", H_TERM, 4, 0, 0, false},
	{"春分", H_TERM, 5, 0, 0, false}, {"清明", H_TERM, 6, 0, 0, false}, {"清明节", H_TERM, 6, 0, 0, false}, {"清明節", H_TERM, 6, 0, 0, false},
	{"谷雨", H_TERM, 7, 0, 0, false}, {"穀雨", H_TERM, 7, 0, 0, false}, {"立夏", H_TERM, 8, 0, 0, false}, {"小满", H_TERM, 9, 0, 0, false},
	{"小滿", H_TERM, 9, 0, 0, false}, {"芒种", H_TERM, 10, 0, 0, false}, {"芒種", H_TERM, 10, 0, 0, false}, {"夏至", H_TERM, 11, 0, 0, false},
	{"小暑", H_TERM, 12, 0, 0, false}, {"大暑", H_TERM, 13, 0, 0, false}, {"立秋", H_TERM, 14, 0, 0, false}, {"处暑", H_TERM, 15, 0, 0, false},
	{"處暑", H_TERM, 15, 0, 0, false}, {"白露", H_TERM, 16, 0, 0, true}, {"秋分", H_TERM, 17, 0, 0, false},
	{"寒露", H_TERM, 18, 0, 0, false}, {"霜降", H_TERM, 19, 0, 0, false}, {"立冬", H_TERM, 20, 0, 0, false},
	{"小雪", H_TERM, 21, 0, 0, true}, {"大雪", H_TERM, 22, 0, 0, true}, {"冬至", H_TERM, 23, 0, 0, false},
};

/* The day of holiday h in year y; false when it cannot be computed. */
static bool
holiday_day(const holiday *h, int32_t y, int32_t *out)
{
	switch (h->kind)
	{
		case H_FIXED:
			*out = zn_days(y, h->a, h->b);
			return true;
		case H_NTH_WEEKDAY:
			{
				int32_t		first = zn_month_first(y, h->a);

				*out = first + ((h->c - zn_weekday(first) + 7) % 7) + 7 * (h->b - 1);
				return true;
			}
		case H_EASTER:
			*out = zn_easter(y) + h->a;
			return y >= 1583;
		case H_EASTER_ORTHODOX:
			*out = zn_easter_orthodox(y) + h->a;
			return y >= 1583;
		case H_LUNAR:
			return zn_lunar_to_days(y, h->a, false, h->b, out);
		case H_LUNAR_EVE:
			/* the eve that ends lunar year y */
			if (!zn_lunar_to_days(y + 1, 1, false, 1, out))
				return false;
			*out -= 1;
			return true;
		case H_TERM:
			return zn_solar_term(y, h->a, out);
	}
	return false;
}

/* After a named day: 当天 那天 (the day itself), 前一天, 后一天. */
static size_t
holiday_suffix(zn_dstate *st, size_t i, int32_t *day)
{
	static const char *const same_w[] = {"当天", "當天", "当日", "那天", "那一天"};
	ZN_DWORDS(same, same_w);
	static const char *const before_w[] = {"前一天", "前一日", "前夕"};
	ZN_DWORDS(before, before_w);
	static const char *const after_w[] = {"后一天", "後一天", "后一日", "次日", "翌日"};
	ZN_DWORDS(after, after_w);
	int			w;
	size_t		e;

	if ((e = zn_d_words(st, i, &before, &w)) != 0)
	{
		*day -= 1;
		return e;
	}
	if ((e = zn_d_words(st, i, &after, &w)) != 0)
	{
		*day += 1;
		return e;
	}
	if ((e = zn_d_words(st, i, &same, &w)) != 0)
		return e;
	return i;
}

ZN_DWORDS(holiday_names, holidays);

void
zn_d_holiday_starts(void (*add) (void *arg, const char *w), void *arg)
{
	int			k;

	for (k = 0; k < NW(holidays); k++)
		add(arg, holidays[k].name);
	zn_d_world_holiday_starts(add, arg);
}

size_t
zn_d_holiday(zn_dstate *st, size_t i, int32_t year, bool year_rel, zn_dspan *out)
{
	size_t		j = zn_d_skip(st->c, i),
				best = 0,
				n;
	const holiday *h = NULL;
	int32_t		y = year ? year : st->ry,
				day;
	int			d,
				k;
	zn_dw_iter	it;

	if (!zn_dw_begin(&it, &holiday_names, st->c, j))
		return zn_d_world_holiday(st, i, year, year_rel, out);
	while ((k = zn_dw_next(&it, &n)) >= 0)
	{
		if (j + n > best && (!holidays[k].common || st->c->anchored || year ||
							 holidays[k].kind == H_FIXED))
		{
			best = j + n;
			h = &holidays[k];
		}
	}
	if (h == NULL)
		return zn_d_world_holiday(st, i, year, year_rel, out);
	/* 五一 inside numbers: 五一二, 十五一 */
	if (h->kind == H_FIXED && h->common)
	{
		size_t		n;
		uint32_t	cp = zn_cp(st->c, best, &n),
					prev = zn_cp_before(st->c, j);

		if ((cp >= '0' && cp <= '9') || zn_d_is_cn_numeral(cp) || zn_d_is_cn_numeral(prev))
			return 0;
	}
	/*
	 * 除夕 without a year is the one that falls in the reference year (the
	 * eve before its 春节); with a year it ends that lunar year.
	 */
	if (h->kind == H_LUNAR_EVE && year == 0)
		y -= 1;
	if (!holiday_day(h, y, &day))
		return 0;
	best = holiday_suffix(st, best, &day);
	out->lo = out->hi = day;
	out->grain = ZN_G_DAY;
	out->rel = year == 0 || year_rel;
	zn_ymd(day, &out->y, &out->m, &d);
	return best;
}

/* ---- lunar dates --------------------------------------------------------- */

static const char *const lunar_marks_w[] = {"农历", "農曆", "阴历", "陰曆", "夏历", "旧历", "舊曆"};
ZN_DWORDS(lunar_marks, lunar_marks_w);

/* Lunar month names that need no mark. */
static const struct
{
	const char *w;
	int			m;
}			lunar_months[] = {
	{"正月", 1}, {"冬月", 11}, {"腊月", 12}, {"臘月", 12}, {"大年", 1}
};
ZN_DWORDS(lunar_month_words, lunar_months);

void
zn_d_lunar_starts(void (*add) (void *arg, const char *w), void *arg)
{
	int			k;

	for (k = 0; k < NW(lunar_marks_w); k++)
		add(arg, lunar_marks_w[k]);
	add(arg, "闰");
	add(arg, "閏");
	for (k = 0; k < NW(lunar_months); k++)
		add(arg, lunar_months[k].w);
}

/* The words of zn_d_lunar_starts: where a mark, 闰 or a named month may
 * begin (most lunar months read here are numbers that are no lunar month). */
static zn_dstarts lunar_word_starts;

__attribute__((constructor))
static void
lunar_word_starts_init(void)
{
	zn_dstarts_arg a = {&lunar_word_starts, 1};

	zn_d_lunar_starts(zn_dstarts_add_cb, &a);
}

/* Does a lunar-style day (初一, 廿二, 卅) begin at i (after spaces)? */
static bool
lunar_style_at(const zn_dstate *st, size_t i)
{
	size_t		j = zn_d_skip(st->c, i),
				nx;
	uint32_t	cp = zn_cp(st->c, j, &nx);

	return cp == 0x521D || cp == 0x5EFF || cp == 0x5345;	/* 初 廿 卅 */
}

/* A lunar day: 初一 … 初十, 十一 … 三十, 廿二, 初8, 18 (after a month). */
static size_t
lunar_day(zn_dstate *st, size_t i, bool after_named, int *d, bool *lunar_style)
{
	zn_dnum		n;
	size_t		e,
				f;
	static const char *const sfx_w[] = {"日", "号", "號"};
	ZN_DWORDS(sfx, sfx_w);
	int			w;

	if ((e = zn_d_lit(st, i, "初")) != 0)
	{
		if ((f = zn_d_num(st, e, &n)) == 0 || n.val < 1 || n.val > 10 || n.liang)
			return 0;
		*d = n.val;
		*lunar_style = true;
		return f;
	}
	if ((e = zn_d_num(st, i, &n)) == 0 || n.val < 1 || n.val > 30 || n.liang)
		return 0;
	/* 廿 and 卅 are the lunar way of writing 20 and 30 */
	{
		size_t		nx;
		uint32_t	cp = zn_cp(st->c, n.start, &nx);

		*lunar_style = cp == 0x5EFF || cp == 0x5345;
	}
	if (!*lunar_style && !after_named && !n.unit)
		return 0;
	*d = n.val;
	if ((f = zn_d_words(st, e, &sfx, &w)) != 0)
		return f;
	return e;
}

/*
 * A lunar month with an optional day.  Without a year before it, it may
 * begin with 农历 and a year (农历2020年十二月二十九日).  `year` is the
 * lunar year named before it, 0 for the one holding the reference.
 */
static size_t
read_lunar(zn_dstate *st, size_t i, int32_t year, bool year_rel, zn_dspan *out)
{
	zn_ctx	   *c = st->c;
	size_t		j = i,
				e,
				f;
	int			w,
				m = 0,
				d = 0,
				k;
	bool		mark = false,
				named = false,
				leap = false,
				style = false,
				rel = year == 0 || year_rel;
	int32_t		ly = year,
				lo,
				hi;
	zn_dnum		n;
	bool		words = zn_dstarts_at(&lunar_word_starts, c, zn_d_skip(c, j)) != 0;

	/* without a word at j, none after a mark either: there is no mark */
	if (words && (e = zn_d_words(st, j, &lunar_marks, &w)) != 0)
	{
		mark = true;
		j = e;
		if ((e = zn_d_lit(st, j, "的")) != 0)
			j = e;
		/* 农历2015年…, 农历二〇二〇年… */
		if (year == 0 && (e = zn_d_num(st, j, &n)) != 0 && n.ndigits == 4 && !n.unit &&
			(f = zn_d_lit(st, e, "年")) != 0)
		{
			ly = n.val;
			rel = false;
			j = f;
		}
	}
	if (words &&
		((e = zn_d_lit(st, j, "闰")) != 0 || (e = zn_d_lit(st, j, "閏")) != 0))
	{
		leap = true;
		j = e;
	}
	if (words && (e = zn_d_first(st, j, &lunar_month_words, &k)) != 0)
	{
		m = lunar_months[k].m;
		named = true;
	}
	if (!named)
	{
		if ((e = zn_d_num(st, j, &n)) == 0 || n.val < 1 || n.val > 12 || n.liang ||
			(e = zn_d_lit(st, e, "月")) == 0)
			return 0;
		m = n.val;
		if (zn_m_lit(c, e, "份"))
			e += strlen("份");
	}
	j = e;
	/*
	 * Without a mark, 闰 or a named month only a lunar-style day makes the
	 * month lunar (五月初五, 五月廿二): one that begins with 初 廿 卅.
	 * Most months here are Gregorian (4月14日): tell that before reading.
	 */
	if (!(mark || named || leap) && !lunar_style_at(st, j))
		return 0;
	f = lunar_day(st, j, named || mark, &d, &style);
	if (!(mark || named || leap || (f && style)))
		return 0;

	/* the lunar year */
	if (ly == 0)
	{
		int32_t		y2;
		int			m2,
					d2;
		bool		l2;

		if (!zn_lunar_from_days(st->ref, &y2, &m2, &l2, &d2))
			return 0;
		ly = y2;
	}
	if (f)
	{
		/* no error for 腊月三十 in a 29-day month: common usage for 除夕 */
		if (!zn_lunar_to_days(ly, m, leap, d, &lo))
			return 0;
		hi = lo;
		out->grain = ZN_G_DAY;
		j = f;
	}
	else
	{
		if (!zn_lunar_to_days(ly, m, leap, 1, &lo))
			return 0;
		hi = lo + zn_lunar_month_len(ly, m, leap) - 1;
		out->grain = ZN_G_MONTH;
	}
	out->lo = lo;
	out->hi = hi;
	out->rel = rel;
	out->lunar = true;
	zn_ymd(lo, &out->y, &out->m, &d);
	return j;
}

/* Fill the fields read_lunar writes (on a match only). */
static void
lunar_fields(zn_dspan *to, const zn_dspan *from)
{
	to->lo = from->lo;
	to->hi = from->hi;
	to->grain = from->grain;
	to->rel = from->rel;
	to->lunar = from->lunar;
	to->y = from->y;
	to->m = from->m;
}

size_t
zn_d_lunar(zn_dstate *st, size_t i, int32_t year, bool year_rel, zn_dspan *out)
{
	zn_dspan	t;

	if (st->lunar_at == i && st->lunar_year == year &&
		st->lunar_year_rel == year_rel &&
		st->c->fail == ZN_OK)
	{
		if (st->lunar_end)
			lunar_fields(out, &st->lunar);
		return st->lunar_end;
	}
	memset(&t, 0, sizeof(t));
	st->lunar_end = read_lunar(st, i, year, year_rel, &t);
	if (st->lunar_end)
		lunar_fields(out, &t);
	st->lunar = t;
	st->lunar_at = st->c->fail == ZN_OK ? i : SIZE_MAX;
	st->lunar_year = year;
	st->lunar_year_rel = year_rel;
	return st->lunar_end;
}
