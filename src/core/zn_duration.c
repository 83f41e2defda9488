/*
 * zn_duration.c — lengths of time: durations and the amounts of windows.
 *
 *   durations   为期6天, 3个月, 3个月内, 半年, 两个多小时, 一年半,
 *               8天20小时, 两年零三个月, 1.5小时, 一个半月, 分半
 *   amounts     the calendar counts of windows and offsets: 近30天,
 *               三个多月以来, 两年半前
 *
 * A duration is an interval in PostgreSQL's three fields: months, days and
 * microseconds.  Years are 12 months, weeks 7 days, and fractions cascade
 * down exactly as PostgreSQL's interval input does (half a month is 15
 * days, half a day 12 hours); 多/余 (two-odd hours) keep the number and set
 * the qualifier more_than.
 */
#include "zn_date.h"
#include "zn_words.h"

#define NW(a) ((int) (sizeof(a) / sizeof((a)[0])))

static const char *const ge_words_w[] = {"个", "個"};
ZN_DWORDS(ge_words, ge_words_w);
static const char *const time_words_w[] = {
	"小时", "小時", "钟头", "鐘頭", "分钟", "分鐘", "秒钟", "秒鐘", "秒", "秒"
};
ZN_DWORDS(time_words, time_words_w);
static const char *const more_words_w[] = {"多", "余", "餘", "来"};
ZN_DWORDS(more_words, more_words_w);
static const char *const week_words_w[] = {
	"个星期", "個星期", "个礼拜", "個禮拜", "个礼拜", "個礼拜", "星期", "礼拜", "禮拜", "周", "週"
};
ZN_DWORDS(week_words, week_words_w);

/* 周 that starts another word: 周年 周岁 周末 周期 周边. */
static bool
week_word_ok(const zn_dstate *st, size_t e)
{
	static const char *const bad_w[] = {"年", "岁", "歲", "末", "期", "边", "邊", "一", "二",
	"三", "四", "五", "六", "日", "天"};
	ZN_DWORDS(bad, bad_w);
	int			w;

	return zn_dw_first(st->c, e, &bad, &w) == 0;
}

/* 年 that starts another word: 年代 年级 年龄. */
static bool
year_word_ok(const zn_dstate *st, size_t e)
{
	static const char *const bad_w[] = {"代", "级", "級", "龄", "齡", "纪", "紀", "薪", "均", "度", "初", "底", "末", "中"};
	ZN_DWORDS(bad, bad_w);
	int			w;

	return zn_dw_first(st->c, e, &bad, &w) == 0;
}

static const char *const vague_w[] = {"几", "幾", "数", "數", "若干"};
ZN_DWORDS(vague, vague_w);

void
zn_d_amount_starts(void (*add) (void *arg, const char *w), void *arg)
{
	int			k;

	add(arg, "半");
	for (k = 0; k < NW(vague_w); k++)
		add(arg, vague_w[k]);
}

void
zn_d_amount_follows(void (*add) (void *arg, const char *w), void *arg)
{
	int			k;

	for (k = 0; k < 2; k++)
		add(arg, vague_w[k]);	/* 十几天 */
	for (k = 0; k < 3; k++)
		add(arg, more_words_w[k]);
	for (k = 0; k < NW(ge_words_w); k++)
		add(arg, ge_words_w[k]);
	add(arg, "年");
	/* (no 月: zn_d_amount takes it right after the number only with
	 * bare_month, which its callers that filter with these words never
	 * ask for) */
	add(arg, "季度");
	for (k = 0; k < NW(week_words_w); k++)
		add(arg, week_words_w[k]);
	add(arg, "天");
	add(arg, "日");
	for (k = 0; k < NW(time_words_w); k++)
		add(arg, time_words_w[k]);
}

size_t
zn_d_amount(zn_dstate *st, size_t i, bool bare_month, zn_damount *a)
{
	zn_ctx	   *c = st->c;
	zn_dnum		n;
	size_t		j = zn_d_skip(c, i),
				e,
				f;
	int			w;
	bool		ge = false,
				half = false;
	int64_t		cnt = 1;

	memset(a, 0, sizeof(*a));
	memset(&n, 0, sizeof(n));

	/* 半年, 半个月 */
	if ((e = zn_m_lit(c, j, "半")) != 0)
	{
		if ((f = zn_d_words(st, e, &ge_words, &w)) != 0)
			e = f;
		if ((f = zn_d_lit(st, e, "年")) != 0 && year_word_ok(st, f))
		{
			a->months = 6;
			a->grain = ZN_G_YEAR;
			return f;
		}
		if ((f = zn_d_lit(st, e, "月")) != 0)
		{
			a->days = 15;
			a->grain = ZN_G_MONTH;
			return f;
		}
		return 0;
	}

	if ((e = zn_d_words(st, j, &vague, &w)) != 0)
		a->vague = true;
	else if ((e = zn_d_num(st, j, &n)) != 0)
	{
		size_t		nx;
		uint32_t	cp0 = zn_cp(c, n.start, &nx);

		/* a count never begins with zero: 07年 is a year */
		if (n.ndigits >= 2 && (cp0 == '0' || cp0 == 0x96F6 || cp0 == 0x3007))
			return 0;
		cnt = n.val;

		/*
		 * 2019年 is a year (see 年 below): said before the lookups of the
		 * words that may come between, none of which begins with 年.
		 */
		if (cnt >= 1000 && !n.unit && zn_d_lit(st, e, "年") != 0)
			return 0;
		if ((f = zn_d_words_n(st, e, &vague, 2, &w)) != 0)
		{
			a->vague = true;	/* 十几天 */
			e = f;
		}
	}
	else
		return 0;
	if ((f = zn_d_words_n(st, e, &more_words, 3, &w)) != 0)
	{
		a->more = true;
		e = f;
	}
	if ((f = zn_d_words(st, e, &ge_words, &w)) != 0)
	{
		ge = true;
		e = f;
		if ((f = zn_d_words_n(st, e, &more_words, 3, &w)) != 0)
		{
			a->more = true;
			e = f;
		}
		if ((f = zn_d_lit(st, e, "半")) != 0)
		{
			half = true;
			e = f;
		}
	}

	if (!ge && (f = zn_d_lit(st, e, "年")) != 0 && year_word_ok(st, f))
	{
		/* 2015年前 and 下2022年 are years; 近千年 and 1000多年 are amounts */
		if (cnt >= 1000 && !a->more && !n.unit)
			return 0;
		a->months = cnt * 12;
		a->grain = ZN_G_YEAR;
	}
	else if ((f = zn_d_lit(st, e, "月")) != 0)
	{
		/* 4月 names a month (no other unit begins with 月) */
		if (!(ge || bare_month))
			return 0;
		a->months = cnt;
		a->days = half ? 15 : 0;
		a->grain = ZN_G_MONTH;
		half = false;
	}
	else if ((f = zn_d_lit(st, e, "季度")) != 0)
	{
		a->months = cnt * 3;
		a->grain = ZN_G_QUARTER;
	}
	else if ((f = zn_d_words(st, e, &week_words, &w)) != 0 &&
			 (ge || w >= 6) && week_word_ok(st, f))
	{
		a->days = cnt * 7;
		a->grain = ZN_G_WEEK;
	}
	else if (!ge && ((f = zn_d_lit(st, e, "天")) != 0 || (f = zn_d_lit(st, e, "日")) != 0))
	{
		a->days = cnt;
		a->grain = ZN_G_DAY;
	}
	else if ((f = zn_d_words(st, e, &time_words, &w)) != 0)
	{
		/*
		 * 最近10分钟, 未来48小时: a window of hours is as many whole days
		 * as it spans, counted down (dates carry no time of day).
		 */
		static const int64_t secs[] = {3600, 3600, 3600, 3600, 60, 60, 1, 1, 1, 1};

		a->days = cnt * secs[w] / 86400;
		a->grain = ZN_G_DAY;
	}
	else
		return 0;
	if (half)
		return 0;				/* 两个半年: not a calendar amount */
	e = f;
	if ((f = zn_m_lit(c, e, "半")) != 0)
	{
		if (a->grain == ZN_G_YEAR)
			a->months += 6;
		else
			return 0;			/* 7天半: half a day is not a calendar count */
		e = f;
	}
	if ((f = zn_d_words_n(st, e, &more_words, 3, &w)) != 0)
	{
		a->more = true;
		e = f;
	}
	if (cnt > 100000)
		return 0;
	return e;
}

bool
zn_d_shift(const zn_dstate *st, const zn_damount *a, int sign, int32_t *out)
{
	int32_t		d;

	if (!zn_add_months(st->ref, sign * a->months, &d))
		return false;
	return zn_add_days(d, sign * a->days, out);
}

/* ---- durations ------------------------------------------------------------ */

typedef enum dunit
{
	U_YEAR,
	U_MONTH,
	U_QUARTER,
	U_WEEK,
	U_DAY,
	U_HOUR,
	U_MINUTE,
	U_SECOND,
	U_QUARTER_HOUR,
	U_NIGHT						/* 三天三夜: counted by its days */
} dunit;

typedef struct ucase
{
	const char *w;
	dunit		u;
	bool		needs_ge;		/* only after 个: 个月 */
	bool		later_only;		/* only after a larger unit: 8天20时, 两小时十分 */
} ucase;

static const ucase units[] = {
	{"年", U_YEAR, false, false}, {"載", U_YEAR, false, false}, {"载", U_YEAR, false, false},
	{"周年", U_YEAR, false, false}, {"週年", U_YEAR, false, false},
	{"月", U_MONTH, true, false},
	{"季度", U_QUARTER, false, false},
	{"星期", U_WEEK, false, false}, {"礼拜", U_WEEK, false, false}, {"禮拜", U_WEEK, false, false}, {"周", U_WEEK, false, false}, {"週", U_WEEK, false, false},
	{"天", U_DAY, false, false}, {"日", U_DAY, false, false},
	{"小时", U_HOUR, false, false}, {"小時", U_HOUR, false, false}, {"钟头", U_HOUR, false, false}, {"鐘頭", U_HOUR, false, false}, {"钟", U_HOUR, true, false},
	{"鐘", U_HOUR, true, false}, {"时", U_HOUR, false, true}, {"時", U_HOUR, false, true},
	{"分钟", U_MINUTE, false, false}, {"分鐘", U_MINUTE, false, false}, {"分", U_MINUTE, false, true},
	{"秒钟", U_SECOND, false, false}, {"秒鐘", U_SECOND, false, false}, {"秒", U_SECOND, false, false},
	{"刻钟", U_QUARTER_HOUR, false, false}, {"刻鐘", U_QUARTER_HOUR, false, false},
	{"夜", U_NIGHT, false, true}, {"晚", U_NIGHT, false, true},
};

/* Microseconds of the time units, months/days of the calendar ones. */
#define USECS_PER_SEC INT64_C(1000000)
#define USECS_PER_DAY (INT64_C(86400) * USECS_PER_SEC)

typedef struct dacc
{
	zn_i128		months;
	zn_i128		days;
	zn_i128		usecs;
} dacc;

static bool
pow10_i128(int k, zn_i128 *out)
{
	zn_i128		p = 1;

	if (k < 0 || k > 30)
		return false;
	while (k-- > 0)
		p *= 10;
	*out = p;
	return true;
}

/*
 * Add v units to the accumulator, cascading fractions as PostgreSQL does:
 * a fraction of a month becomes days at 30 a month, a fraction of a day
 * microseconds.  False if the value is not exact to the microsecond or too
 * large.
 */
static bool
acc_add(dacc *acc, zn_dec v, dunit u)
{
	zn_i128		coef = v.coef,
				den = 1,
				mult;
	int			level;			/* 0 months, 1 days, 2 usecs */

	if (coef < 0 || coef > (zn_i128) 1000000000000000LL * 1000)
		return false;
	if (v.exp > 0)
	{
		zn_i128		p;

		if (!pow10_i128(v.exp, &p) || __builtin_mul_overflow(coef, p, &coef))
			return false;
	}
	else if (v.exp < 0 && !pow10_i128(-v.exp, &den))
		return false;

	switch (u)
	{
		case U_YEAR:
			mult = 12;
			level = 0;
			break;
		case U_QUARTER:
			mult = 3;
			level = 0;
			break;
		case U_MONTH:
			mult = 1;
			level = 0;
			break;
		case U_WEEK:
			mult = 7;
			level = 1;
			break;
		case U_DAY:
			mult = 1;
			level = 1;
			break;
		case U_HOUR:
			mult = 3600 * USECS_PER_SEC;
			level = 2;
			break;
		case U_MINUTE:
			mult = 60 * USECS_PER_SEC;
			level = 2;
			break;
		case U_QUARTER_HOUR:
			mult = 900 * USECS_PER_SEC;
			level = 2;
			break;
		case U_SECOND:
			mult = USECS_PER_SEC;
			level = 2;
			break;
		default:
			return true;
	}
	if (__builtin_mul_overflow(coef, mult, &coef))
		return false;
	/* coef / den units of `level` */
	if (level == 0)
	{
		acc->months += coef / den;
		coef = (coef % den) * 30;
		level = 1;
	}
	if (level == 1)
	{
		acc->days += coef / den;
		if (__builtin_mul_overflow(coef % den, (zn_i128) USECS_PER_DAY, &coef))
			return false;
	}
	if (coef % den != 0)
		return false;
	acc->usecs += coef / den;
	return acc->months <= INT32_MAX && acc->days <= INT32_MAX &&
		acc->usecs <= (zn_i128) INT64_MAX;
}

/* The unit at i; `later` says a larger unit came before. */
ZN_DWORDS(unit_words, units);

static size_t
m_unit(const zn_dstate *st, size_t i, bool ge, bool later, dunit *u)
{
	size_t		j = zn_d_skip(st->c, i),
				best = 0,
				n;
	int			k;
	zn_dw_iter	it;

	if (!zn_dw_begin(&it, &unit_words, st->c, j))
		return 0;
	while ((k = zn_dw_next(&it, &n)) >= 0)
	{
		if (units[k].needs_ge && !ge)
			continue;
		if (units[k].later_only && !later)
			continue;
		if (j + n > best)
		{
			best = j + n;
			*u = units[k].u;
		}
	}
	if (best == 0)
		return 0;
	if (*u == U_WEEK && !week_word_ok(st, best))
		return 0;
	if (*u == U_YEAR && !year_word_ok(st, best))
		return 0;
	if (*u == U_MINUTE && zn_m_lit(st->c, best, "之"))
		return 0;				/* 十分之一 */
	return best;
}

/* After a trailing 多: a measure word or 个 makes it 多家, 多个 (many). */
static bool
more_starts_word(const zn_dstate *st, size_t e)
{
	static const char *const w_w[] = {"个", "個", "种", "項", "项", "名", "次", "元", "位"};
	ZN_DWORDS(w, w_w);
	int			k;

	return zn_m_measure(st->c, e) != 0 || zn_dw_first(st->c, e, &w, &k) != 0;
}

/* half of unit u */
static zn_dec
half(void)
{
	return zn_dec_make(5, -1);
}

/*
 * One component: 3个月, 两个多小时, 一年半, 个半小时, 半年, 5.5分钟, 分半.
 */
static size_t
component(zn_dstate *st, size_t i, bool later, dacc *acc, zn_qual *q, dunit *unit)
{
	zn_ctx	   *c = st->c;
	size_t		j = zn_d_skip(c, i),
				e,
				f;
	zn_numv		nv;
	zn_dec		v;
	bool		ge = false,
				plus_half = false;
	int			w;
	dunit		u;

	/* 半年, 半个月, 半小时 */
	if ((e = zn_m_lit(c, j, "半")) != 0)
	{
		if ((f = zn_d_words(st, e, &ge_words, &w)) != 0)
		{
			e = f;
			ge = true;
		}
		if ((f = m_unit(st, e, true, false, &u)) == 0 || u == U_NIGHT)
			return 0;
		if (!acc_add(acc, half(), u))
			return 0;
		*unit = u;
		return f;
	}
	/* 个半小时, 個半月: one and a half */
	if ((e = zn_d_words(st, j, &ge_words, &w)) != 0 && zn_m_lit(c, e, "半"))
	{
		e += strlen("半");
		if ((f = m_unit(st, e, true, false, &u)) == 0 || u == U_NIGHT)
			return 0;
		if (!acc_add(acc, zn_dec_make(15, -1), u))
			return 0;
		*unit = u;
		return f;
	}
	/* 分半 (a minute and a half) */
	if (!later && (e = zn_m_lit(c, j, "分半")) != 0)
	{
		if ((f = zn_m_lit(c, e, "钟")) != 0 || (f = zn_m_lit(c, e, "鐘")) != 0)
			e = f;
		if (!acc_add(acc, zn_dec_make(15, -1), U_MINUTE))
			return 0;
		*unit = U_MINUTE;
		return e;
	}

	if ((e = zn_m_numeral(c, j, &nv)) == 0)
	{
		zn_dnum		dn;

		/* 俩礼拜, 仨月: counts the numeral grammar leaves to the dates */
		if ((e = zn_d_num(st, j, &dn)) == 0 || !dn.liang)
			return 0;
		memset(&nv, 0, sizeof(nv));
		nv.lo = zn_dec_make(dn.val, 0);
	}
	if (nv.is_range || nv.lo.coef <= 0)
		return 0;
	if (nv.flags & (ZN_NF_SIGN | ZN_NF_LETTER))
		return 0;
	if (nv.qual == ZN_Q_MORE_THAN)
		*q = ZN_Q_MORE_THAN;
	else if (nv.qual != ZN_Q_EXACT)
		return 0;				/* 几十个小时: vague */
	v = nv.lo;
	if ((f = zn_d_words(st, e, &ge_words, &w)) != 0)
	{
		ge = true;
		e = f;
		if ((f = zn_d_words_n(st, e, &more_words, 3, &w)) != 0)
		{
			*q = ZN_Q_MORE_THAN;
			e = f;
		}
		if ((f = zn_m_lit(c, e, "半")) != 0)
		{
			plus_half = true;
			e = f;
		}
	}
	if ((f = m_unit(st, e, ge, later, &u)) == 0)
	{
		/* 五分半, 五分三十秒: 分 is minutes when seconds or a half follow */
		zn_numv		sv;
		size_t		g;

		if (later || (f = zn_m_lit(c, zn_d_skip(c, e), "分")) == 0)
		{
			zn_miss(c, zn_d_skip(c, e), "a length of time needs a unit (年 个月 周 天 小时 分钟 秒)");
			return 0;
		}
		if (!zn_m_lit(c, f, "半") &&
			!((g = zn_m_numeral(c, f, &sv)) != 0 && zn_m_lit(c, g, "秒")))
			return 0;
		u = U_MINUTE;
	}
	e = f;
	/* 五分半, 一年半, 一分钟半 */
	if (!plus_half && (f = zn_m_lit(c, e, "半")) != 0 && u != U_NIGHT)
	{
		plus_half = true;
		e = f;
		if (u == U_MINUTE && ((f = zn_m_lit(c, e, "钟")) != 0 || (f = zn_m_lit(c, e, "鐘")) != 0))
			e = f;
	}
	if (!acc_add(acc, v, u))
		return 0;
	if (plus_half && !acc_add(acc, half(), u))
		return 0;
	/* 一年多, but not the 多 of 一季度多家企业 (the three are single
	 * characters, so the longest is the first) */
	if ((f = zn_dw_longest(c, e, &more_words, 3, &w)) != 0 && !more_starts_word(st, f))
	{
		*q = ZN_Q_MORE_THAN;
		e = f;
	}
	*unit = u;
	return e;
}

static const char *const lead_w[] = {
	"为期", "為期", "历时", "歷時", "长达", "長達", "耗时", "耗時", "用时", "用時",
	"时长", "時長", "持续", "持續", "历经", "歷經", "历", "歷", "达", "達", "共"
};
ZN_DWORDS(lead, lead_w);

/*
 * What a duration may begin with: a lead word (为期), a qualifier
 * (zn_m_qual_before, with the currencies zn_words_starts also names), 半,
 * 个半, 分半, or a numeral.
 */
static zn_dcharset duration_firsts;

static void
duration_firsts_add(void *arg, uint32_t cp)
{
	zn_dcharset_add(&duration_firsts, cp);
}

__attribute__((constructor))
static void
duration_firsts_init(void)
{
	static const char *const own[] = {"半", "个", "個", "分"};
	int			k;

	for (k = 0; k < NW(lead_w); k++)
		zn_dcharset_add_word(&duration_firsts, lead_w[k]);
	zn_words_starts(duration_firsts_add, NULL);
	for (k = 0; k < NW(own); k++)
		zn_dcharset_add_word(&duration_firsts, own[k]);
}

/* Not inside a number (1.5小时 has no 5小时), nor with white space first. */
static bool
may_begin(const zn_ctx *c, size_t i)
{
	uint32_t	prev = zn_cp_before(c, i);

	return !((prev >= '0' && prev <= '9') || prev == '.') && zn_d_skip(c, i) == i;
}

/*
 * May a duration begin at i in running text?  False only where
 * zn_m_duration surely finds nothing: no word a duration begins with
 * (duration_firsts) is at i, and after the numeral at i neither 个 nor the
 * first character of a unit follows (component's lists, spaces skipped as
 * it does), which a duration beginning with a number needs.  A numeral the
 * grammar cannot read (俩 仨 are zn_d_num's) or a hard error says true.
 */
bool
zn_duration_may_begin(zn_ctx *c, size_t i)
{
	size_t		next,
				j;
	uint32_t	cp = zn_cp(c, i, &next);
	unsigned	key;
	zn_numv		nv;

	if (zn_dcharset_has(&duration_firsts, cp))
		return true;
	if (!zn_dcharset_has(&zn_d_numeral_firsts, cp))
		return false;
	/* (zn_m_figure reads the same numeral at i: the ctx's memo keeps it) */
	j = zn_m_numeral(c, i, &nv);
	if (j == 0 || c->fail != ZN_OK)
		return true;
	j = zn_d_skip(c, j);
	return zn_dw_may(&ge_words, c, j, &key) || zn_dw_may(&unit_words, c, j, &key);
}

size_t
zn_m_duration(zn_ctx *c, size_t i, zn_figure *out)
{
	static const char *const joins_w[] = {"又", "零", "〇", "加"};
	ZN_DWORDS(joins, joins_w);
	static const char *const within_w[] = {"内", "內", "之内", "之內", "以内", "以內"};
	ZN_DWORDS(within, within_w);
	zn_dstate	st;
	dacc		acc;
	zn_qual		q = ZN_Q_EXACT,
				q2;
	size_t		j = i,
				e,
				f,
				end;
	int			w,
				n = 0;
	unsigned	seen = 0;
	dunit		u = U_YEAR,
				last = U_YEAR;

	{
		size_t		next;
		uint32_t	cp = zn_cp(c, i, &next);

		/*
		 * Nothing a duration begins with: the grammar would read nothing
		 * but the numeral at i and note its absence, which only a
		 * whole-string parse looks at (zn_parse's error position).
		 */
		if (!zn_dcharset_has(&duration_firsts, cp) &&
			!zn_dcharset_has(&zn_d_numeral_firsts, cp))
		{
			if (c->anchored && may_begin(c, i))
				zn_miss(c, i, NULL);
			return 0;
		}
	}
	if (!may_begin(c, i))
		return 0;
	zn_dstate_init(&st, c);
	memset(&acc, 0, sizeof(acc));
	if ((e = zn_d_words(&st, j, &lead, &w)) != 0)
		j = e;
	if ((e = zn_m_qual_before(c, zn_d_skip(c, j), &q2)) != 0)
	{
		q = q2;
		j = e;
	}
	end = 0;
	for (;;)
	{
		size_t		k = j;

		if (n > 0 && (e = zn_d_words(&st, j, &joins, &w)) != 0)
			k = e;
		e = component(&st, k, n > 0 && last < U_SECOND, &acc, &q, &u);
		if (e == 0)
			break;
		/* each unit once: 两天又一个月, but not 三天三天 */
		if (seen & (1u << u))
			break;
		seen |= 1u << u;
		if (u != U_NIGHT)
			last = u;
		n++;
		j = e;
		end = e;
	}
	if (n == 0 || c->fail)
		return 0;
	/* 3个月内, 两小时左右, 三十年以上 */
	if ((e = zn_d_words(&st, end, &within, &w)) != 0)
	{
		q = ZN_Q_AT_MOST;
		end = e;
	}
	else if ((e = zn_m_qual_after(c, zn_d_skip(c, end), &q2)) != 0 &&
			 !(q2 == ZN_Q_MORE_THAN && more_starts_word(&st, e)))
	{
		q = q2;
		end = e;
	}
	if (acc.months > INT32_MAX || acc.days > INT32_MAX)
		return 0;

	memset(out, 0, sizeof(*out));
	out->kind = ZN_KIND_DURATION;
	out->qual = q;
	out->duration.months = (int32_t) acc.months;
	out->duration.days = (int32_t) acc.days;
	out->duration.usecs = (int64_t) acc.usecs;
	out->lo = zn_dec_make(0, 0);
	out->hi = out->lo;
	out->start = i;
	out->end = end;
	(void) f;
	return end;
}
