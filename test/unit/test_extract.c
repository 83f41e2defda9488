/*
 * test_extract.c — extraction from running text (zn_extract).
 *
 * Each case renders what zn_extract reports for a sentence as one string,
 * the figures separated by " | ", each as "kind[span]value" plus currency,
 * unit, qualifier, or the dates as "YYYY-MM-DD..YYYY-MM-DD".  An empty
 * string means nothing was found.
 */
#include <stdlib.h>

#include "check.h"
#include "zn.h"
#include "zn_date.h"

static const char *const kind_names[] = {
	"none", "number", "money", "quantity", "percent", "date", "duration"
};

/* ---- rendering ------------------------------------------------------------ */

typedef struct collect
{
	const char *src;
	char		out[4096];
	size_t		n;
	int			count;
	size_t		last_end;
	bool		order_ok;		/* spans in order, never overlapping */
	int			stop_after;		/* emit returns false after this many (0: never) */
	zn_dec		money_sum;
} collect;

static void
render_date(char *buf, size_t sz, int32_t d)
{
	int32_t		y;
	int			m,
				dd;

	if (d == ZN_DATE_NEG_INF)
		snprintf(buf, sz, "-inf");
	else if (d == ZN_DATE_POS_INF)
		snprintf(buf, sz, "inf");
	else
	{
		zn_ymd(d, &y, &m, &dd);
		snprintf(buf, sz, "%04d-%02d-%02d", (int) y, m, dd);
	}
}

static bool
emit(void *arg, const zn_figure *f)
{
	collect    *c = (collect *) arg;
	char		lo[128],
				hi[128];
	size_t		room = sizeof(c->out) - c->n;
	int			w;

	if (f->start < c->last_end || f->end <= f->start)
		c->order_ok = false;
	c->last_end = f->end;
	if (f->kind == ZN_KIND_MONEY && !f->is_range)
		(void) zn_dec_add(c->money_sum, f->lo, &c->money_sum);

	w = snprintf(c->out + c->n, room, "%s%s[%.*s]", c->count ? " | " : "",
				 kind_names[f->kind], (int) (f->end - f->start), c->src + f->start);
	c->n += (size_t) w < room ? (size_t) w : room - 1;
	room = sizeof(c->out) - c->n;
	if (f->kind == ZN_KIND_DATE)
	{
		if (f->dates.known)
		{
			render_date(lo, sizeof lo, f->dates.lo);
			render_date(hi, sizeof hi, f->dates.hi);
			w = snprintf(c->out + c->n, room, "%s..%s", lo, hi);
		}
		else
			w = snprintf(c->out + c->n, room, "?");
	}
	else if (f->kind == ZN_KIND_DURATION)
		w = snprintf(c->out + c->n, room, "%dm%dd", (int) f->duration.months,
					 (int) f->duration.days);
	else
	{
		zn_dec_to_str(f->lo, lo, sizeof lo);
		zn_dec_to_str(f->hi, hi, sizeof hi);
		w = snprintf(c->out + c->n, room, "%s%s%s%s%s%s%.*s%s%s", lo, f->is_range ? ".." : "",
					 f->is_range ? hi : "", f->currency[0] ? " " : "", f->currency,
					 f->unit_len ? " " : "", (int) f->unit_len, c->src + f->unit_start,
					 f->qual != ZN_Q_EXACT ? " " : "",
					 f->qual != ZN_Q_EXACT ? zn_qual_name(f->qual) : "");
	}
	c->n += (size_t) w < room ? (size_t) w : room - 1;
	c->count++;
	return c->stop_after == 0 || c->count < c->stop_after;
}

static int32_t
day(int y, int m, int d)
{
	return zn_days(y, m, d);
}

/* Extract from s (reference date ref) and render the figures. */
static const char *
ex_ref(const char *s, int32_t ref)
{
	static collect c;
	zn_extract_opts o;
	zn_error	err;

	memset(&c, 0, sizeof(c));
	c.src = s;
	c.order_ok = true;
	memset(&o, 0, sizeof(o));
	o.ref = ref;
	o.kinds = ZN_MASK_ALL;
	o.emit = emit;
	o.arg = &c;
	if (zn_extract(s, strlen(s), &o, &err) != ZN_OK)
	{
		snprintf(c.out, sizeof c.out, "error %d at %zu", (int) err.code, err.byte_pos);
		return c.out;
	}
	if (!c.order_ok)
		return "spans out of order";
	return c.out;
}

static const char *
ex(const char *s)
{
	return ex_ref(s, ZN_NO_REF);
}

/* A test name: the sentence, with newlines shown as \n (TAP is one line). */
static const char *
name_of(const char *prefix, const char *s)
{
	static char buf[8][512];
	static int	next;
	char	   *b = buf[next++ % 8];
	size_t		n = (size_t) snprintf(b, sizeof buf[0], "%s", prefix);

	for (; *s && n + 3 < sizeof buf[0]; s++)
	{
		if (*s == '\n')
		{
			b[n++] = '\\';
			b[n++] = 'n';
		}
		else
			b[n++] = *s;
	}
	b[n] = '\0';
	return b;
}

#define EX(s, want)		CHECK_STR_EQ(ex(s), want, name_of("", s))
#define EXR(s, ref, want) CHECK_STR_EQ(ex_ref(s, ref), want, name_of("(ref) ", s))
#define NONE(s)			CHECK_STR_EQ(ex(s), "", name_of("no figure in ", s))

/* ---- kinds ------------------------------------------------------------------ */

static void
test_kinds(void)
{
	EX("“港洽周”狂揽 25 亿元 以商招商机制显成效", "money[25 亿元]2500000000 CNY");
	EX("完成产值 3.86 亿元，增长 37.6%。",
	   "money[3.86 亿元]386000000 CNY | percent[37.6%]0.376");
	EX("耗资约2.5亿港元回购", "money[约2.5亿港元]250000000 HKD approx");
	EX("总价不超过人民币5亿元", "money[不超过人民币5亿元]500000000 CNY at_most");
	EX("投资20亿至30亿元", "money[20亿至30亿元]2000000000..3000000000 CNY");
	EX("将带动就业 5000 余人", "quantity[5000 余人]5000 人 more_than");
	EX("占地约 200 亩", "quantity[约 200 亩]200 亩 approx");
	EX("点击量超过 500 万人次", "quantity[超过 500 万人次]5000000 人次 more_than");
	EX("届时将有 200 多家国际一流品牌入驻", "quantity[200 多家]200 家 more_than");
	EX("同比增长百分之十", "percent[百分之十]0.1");
	EX("比上年提高 7 个百分点", "date[上年]? | percent[7 个百分点]0.07 个百分点");
	EX("GDP 增长 13.7%", "percent[13.7%]0.137");
	EX("常住人口 30 多万", "number[30 多万]300000 more_than");
	EX("共有二十五家企业", "quantity[二十五家]25 家");
	EX("壹百四十四，五点八", "number[壹百四十四]144 | number[五点八]5.8");
	EX("宣传 KT 板 254 块，两块钱，三块五", "quantity[254 块]254 块 | money[两块钱]2 CNY | money[三块五]3.5 CNY");
	EX("为期 6 天的洽谈周", "duration[为期 6 天]0m6d");
	EX("2019年4月14日签约", "date[2019年4月14日]2019-04-14..2019-04-14");
	EX("二〇一九年四月十四日", "date[二〇一九年四月十四日]2019-04-14..2019-04-14");
}

/* ---- the false-positive list ------------------------------------------------ */

static void
test_false_positives(void)
{
	/* words that hold numerals */
	NONE("一切为了群众");
	NONE("四川省成都市");
	NONE("五角大楼发言人");
	NONE("一是确定好自身定位");
	NONE("一看就知道");
	NONE("还有一些问题");
	NONE("设置统一的标识");
	NONE("万一出了问题");
	NONE("千万不要大意");
	NONE("三四线城市");
	NONE("一流的营商环境");
	NONE("五证合一");
	NONE("一个回合");
	NONE("第一张电子营业执照");
	NONE("十分重要");
	NONE("万万不可");
	/* ordinals */
	NONE("位列第一");
	NONE("排名第3");
	NONE("第十三届全国人大");
	NONE("第3名");
	/* ranks, versions, identifiers */
	NONE("瞄准世界 500 强和中国 500 强企业");
	NONE("中国企业 500 强超威集团");
	NONE("全新升级的 4.0 版奥特莱斯");
	NONE("地铁1号线");
	/* codes and numbers glued to letters */
	NONE("漳州发展(000753.SZ)公布");
	EX("小米集团-W(01810.HK)连续两天", "duration[两天]0m2d");
	NONE("纵横通信（603602）公布");
	NONE("江苏有线（SH 600959，收盘价");
	NONE("股票代码：600519");
	NONE("联系电话0731-88888888");
	NONE("手机13812345678");
	NONE("身份证号140302197706220124。");
	NONE("5G网络");
	NONE("A股市场");
	NONE("PM2.5浓度");
	NONE("iPhone11发布");
	NONE("COVID-19疫情");
	NONE("版本v1.2.3");
	NONE("上午10:30开会");
	NONE("热线400-800-8888");
	NONE("TOP 10榜单");
	NONE("单位：万元");
	NONE("将选址陆家新区，组装零件");
	NONE("(1)项目概况");
	EX("每年9月到11月之外，好一点，三点开会，五点零八分", "date[11月]?");
	/* but the figures around them are found */
	EX("漳州发展(000753.SZ)公布，耗资7.3万港元",
	   "money[7.3万港元]73000 HKD");
	EX("完善“1+6”政策服务体系", "");
	EX("第一季度营收5亿元", "date[第一季度]? | money[5亿元]500000000 CNY");
	EX("“五证合一”，推行“多证合一”，3个月内", "date[3个月内]?");
	EX("10.42-10.52港元", "money[10.42-10.52港元]10.42..10.52 HKD");
	/* a qualifier character that ends another word qualifies nothing */
	EX("现场签约25亿元", "money[25亿元]2500000000 CNY");
	EX("簽約25億元，赶超3000万元", "money[25億元]2500000000 CNY | money[3000万元]30000000 CNY");
	EX("预约200人，节约3000万元", "quantity[200人]200 人 | money[3000万元]30000000 CNY");
	EX("附近5公里，临近2020年", "quantity[5公里]5 公里 | date[2020年]2020-01-01..2020-12-31");
	EX("投资约25亿元，大约200人",
	   "money[约25亿元]2500000000 CNY approx | quantity[大约200人]200 人 approx");
}

/* ---- spans: maximal, ordered, not overlapping --------------------------------- */

static void
test_spans(void)
{
	collect		c;
	zn_extract_opts o;
	zn_error	err;
	const char *s = "引资 25 亿元，引资 25 亿元，狂揽 25 亿元";

	EX("25 亿元", "money[25 亿元]2500000000 CNY");
	EX("２５亿元", "money[２５亿元]2500000000 CNY");
	EX("3000 万元。3000万元", "money[3000 万元]30000000 CNY | money[3000万元]30000000 CNY");
	EX("1—3 月，园区完成技工贸总收入 507.3 亿元",
	   "date[1—3 月]? | money[507.3 亿元]50730000000 CNY");
	EX("不满 18 周岁", "quantity[不满 18 周岁]18 周岁 less_than");
	EX("", "");
	EX("没有数字的句子。", "");

	/* stop when emit says so */
	memset(&c, 0, sizeof(c));
	c.src = s;
	c.order_ok = true;
	c.stop_after = 2;
	memset(&o, 0, sizeof(o));
	o.ref = ZN_NO_REF;
	o.kinds = ZN_MASK_ALL;
	o.emit = emit;
	o.arg = &c;
	CHECK(zn_extract(s, strlen(s), &o, &err) == ZN_OK && c.count == 2, "emit false stops the scan");

	/* a kind mask reports a subset of the same scan */
	memset(&c, 0, sizeof(c));
	c.src = "2019年4月14日，投资20亿元，增长5%";
	c.order_ok = true;
	o.kinds = ZN_MASK(ZN_KIND_MONEY);
	c.stop_after = 0;
	CHECK(zn_extract(c.src, strlen(c.src), &o, &err) == ZN_OK, "money only");
	CHECK_STR_EQ(c.out, "money[20亿元]2000000000 CNY", "money only: one figure");
}

/* ---- year context -------------------------------------------------------------- */

static void
test_year_context(void)
{
	int32_t		ref = day(2019, 4, 22);

	/* the reference year by default */
	EXR("4月14日，签约仪式举行", ref, "date[4月14日]2019-04-14..2019-04-14");
	EX("4月14日，签约仪式举行", "date[4月14日]?");
	/* the same sentence: the year written earlier */
	EXR("2018年9月考察，10月签约", ref,
		"date[2018年9月]2018-09-01..2018-09-30 | date[10月]2018-10-01..2018-10-31");
	EXR("2018年营收20亿元，4月14日公告", ref,
		"date[2018年]2018-01-01..2018-12-31 | money[20亿元]2000000000 CNY | date[4月14日]2018-04-14..2018-04-14");
	/* a later sentence: a narrative date carries, a reporting year does not */
	EXR("2018年9月，杉杉集团来衡阳考察。10月，双方签约。", ref,
		"date[2018年9月]2018-09-01..2018-09-30 | date[10月]2018-10-01..2018-10-31");
	EXR("2018年营收20亿元。4月14日，公司公告。", ref,
		"date[2018年]2018-01-01..2018-12-31 | money[20亿元]2000000000 CNY | date[4月14日]2019-04-14..2019-04-14");
	/* a later paragraph: the reference year */
	EXR("2018年9月，杉杉集团来衡阳考察。\n10月，双方签约。", ref,
		"date[2018年9月]2018-09-01..2018-09-30 | date[10月]2019-10-01..2019-10-31");
	/* no reference: the last year named anywhere earlier */
	EX("2018年营收20亿元。\n4月14日，公司公告。",
	   "date[2018年]2018-01-01..2018-12-31 | money[20亿元]2000000000 CNY | date[4月14日]2018-04-14..2018-04-14");
	/* a day alone takes the month too */
	EX("2019年4月14日开幕，19日闭幕",
	   "date[2019年4月14日]2019-04-14..2019-04-14 | date[19日]2019-04-19..2019-04-19");
	/* relative dates keep their reading */
	EXR("2018年营收20亿元，今年一季度增长5%", ref,
		"date[2018年]2018-01-01..2018-12-31 | money[20亿元]2000000000 CNY | date[今年一季度]2019-01-01..2019-03-31 | percent[5%]0.05");
	EXR("去年3月启动，5月完工", ref,
		"date[去年3月]2018-03-01..2018-03-31 | date[5月]2018-05-01..2018-05-31");
	/* a year-less period */
	EX("2019年营收增长，一季度增长5%",
	   "date[2019年]2019-01-01..2019-12-31 | date[一季度]2019-01-01..2019-03-31 | percent[5%]0.05");
}

/* ---- encodings, sizes, interrupts ------------------------------------------------- */

static int	ticks;

static void
count_tick(void *arg)
{
	ticks++;
}

static bool
count_only(void *arg, const zn_figure *f)
{
	(*(int *) arg)++;
	return true;
}

static void
test_encoding(void)
{
	static const struct
	{
		const char *s;
		size_t		len;
		size_t		pos;
	}			bad[] = {
		{"\xff", 1, 0},
		{"25亿元\xff", 9, 8},
		{"25\xe4\xba", 4, 2},	/* truncated 亿 */
		{"\xc0\xaf", 2, 0},		/* overlong / */
		{"1\xed\xa0\x80", 4, 1},	/* a surrogate */
		{"\xf4\x90\x80\x80", 4, 0},	/* above U+10FFFF */
		{"引资 25 亿元\x80", 17, 16},
		/* inside and at the end of a run of CJK characters */
		{"一二\xe0\x9f\xbf三", 12, 6},	/* overlong U+07FF */
		{"一二\xed\xa0\x80三", 12, 6},	/* a surrogate */
		{"一二\xed\xa0\x80", 9, 6},
		{"一\xe4\xba三", 8, 3},	/* 亿 without its last byte */
		{"一二\xe4\xba", 8, 6},
		{"\xf0\x8f\xbf\xbf", 4, 0},	/* overlong U+FFFF */
	};
	static const char *const good[] = {
		"\xe0\xa0\x80", "\xed\x9f\xbf", "一\xef\xbf\xbf二", "\xf0\x90\x80\x80三",
		"\xf4\x8f\xbf\xbf", "\xc2\x80一", "一二三四五六七八九十abcdefgh一"
	};
	size_t		k;

	for (k = 0; k < sizeof(bad) / sizeof(bad[0]); k++)
	{
		zn_extract_opts o;
		zn_error	err;
		int			n = 0;

		memset(&o, 0, sizeof(o));
		o.ref = ZN_NO_REF;
		o.kinds = ZN_MASK_ALL;
		o.emit = count_only;
		o.arg = &n;
		CHECK(zn_extract(bad[k].s, bad[k].len, &o, &err) == ZN_ERR_ENCODING &&
			  err.code == ZN_ERR_ENCODING && err.byte_pos == bad[k].pos && n == 0,
			  check_fmt("malformed UTF-8 #%zu: error at byte %zu", k, bad[k].pos));
	}
	for (k = 0; k < sizeof(good) / sizeof(good[0]); k++)
	{
		zn_extract_opts o;
		zn_error	err;
		int			n = 0;

		memset(&o, 0, sizeof(o));
		o.ref = ZN_NO_REF;
		o.kinds = ZN_MASK_ALL;
		o.emit = count_only;
		o.arg = &n;
		CHECK(zn_extract(good[k], strlen(good[k]), &o, &err) == ZN_OK,
			  check_fmt("well-formed UTF-8 #%zu", k));
	}
	/* NUL bytes are characters like any other */
	{
		zn_extract_opts o;
		zn_error	err;
		int			n = 0;

		memset(&o, 0, sizeof(o));
		o.ref = ZN_NO_REF;
		o.kinds = ZN_MASK_ALL;
		o.emit = count_only;
		o.arg = &n;
		CHECK(zn_extract("25亿元\0" "3亿元", 17, &o, &err) == ZN_OK && n == 2, "NUL inside");
	}
}

static void
test_large(void)
{
	const char *unit = "衡阳高新区引资 25 亿元，增长 37.6%。";
	size_t		ul = strlen(unit),
				reps = 5 * 1024 * 1024 / ul,
				k;
	char	   *big = malloc(reps * ul + 1);
	collect    *c = calloc(1, sizeof(collect));
	zn_extract_opts o;
	zn_error	err;
	int			n = 0;

	for (k = 0; k < reps; k++)
		memcpy(big + k * ul, unit, ul);
	big[reps * ul] = '\0';
	memset(&o, 0, sizeof(o));
	o.ref = ZN_NO_REF;
	o.kinds = ZN_MASK_ALL;
	o.emit = count_only;
	o.tick = count_tick;
	o.arg = &n;
	ticks = 0;
	CHECK(zn_extract(big, reps * ul, &o, &err) == ZN_OK, "5 MB text");
	CHECK_INT_EQ(n, (long long) reps * 2, "5 MB text: two figures per unit");
	CHECK(ticks >= (int) (reps * ul / 65536) - 1, "5 MB text: tick every 64 KB");

	/* a number too long for any value: no figure, no part of it */
	memset(big, '9', 200);
	memcpy(big + 200, "亿元", 7);
	EX(big, "");
	free(big);
	free(c);
}

/* ---- every span parses alone to the same figure ------------------------------------ */

static const char *const sentences[] = {
	"4月15日回购2386万股B类股份，每股10.42-10.52港元，耗资约2.5亿港元。",
	"本次四个全资子公司上述中标金额合计人民币48,045万元，占公司2018年合并营业收入的45.61%。",
	"目前已制作播出短视频新闻 100 余条，点击量超过 500 万人次。",
	"园区完成技工贸总收入 507.3 亿元，增长 9.95%，总量排名湖南省第三。",
	"基本实现试点小区入户宣传率 3 个月内达 50%，6 个月内达 70%。",
	"累计新签项目 27 个，合同引资金额 42.1 亿元，项目开工 11 个，竣工 4 个。",
	"净利润为负2.75亿元，资产负债率142.37%，较上年减少三分之一。",
	"营业收入约12.70亿元，同比下降28.84%；数十亿元的投资，三五百万元的订单。",
};

static const char *cur_src;
static int	mismatches;

static bool
reparse(void *arg, const zn_figure *f)
{
	zn_figure	g;
	zn_error	err;

	if (f->kind == ZN_KIND_DATE)
		return true;			/* dates may inherit a year from the text */
	if (zn_parse(cur_src + f->start, f->end - f->start, ZN_MASK_ALL, ZN_NO_REF, &g, &err) != ZN_OK ||
		g.kind != f->kind || g.is_range != f->is_range || zn_dec_cmp(g.lo, f->lo) != 0 ||
		zn_dec_cmp(g.hi, f->hi) != 0 || strcmp(g.currency, f->currency) != 0 || g.qual != f->qual)
	{
		printf("#   span \"%.*s\" parses differently alone\n", (int) (f->end - f->start),
			   cur_src + f->start);
		mismatches++;
	}
	return true;
}

static void
test_reparse(void)
{
	size_t		k;

	for (k = 0; k < sizeof(sentences) / sizeof(sentences[0]); k++)
	{
		zn_extract_opts o;
		zn_error	err;

		memset(&o, 0, sizeof(o));
		o.ref = ZN_NO_REF;
		o.kinds = ZN_MASK_ALL;
		o.emit = reparse;
		cur_src = sentences[k];
		mismatches = 0;
		(void) zn_extract(cur_src, strlen(cur_src), &o, &err);
		CHECK(mismatches == 0, check_fmt("spans parse alone: sentence %zu", k));
	}
}

/* ---- the pre-filter misses no date form ----------------------------------------------- */

static void
test_date_starts(void)
{
	/* a preposition, then another date word (or none) */
	EXR("从去年开始，在上周，自春节以来，在此期间，在小范围内", day(2019, 4, 22),
		"date[去年]2018-01-01..2018-12-31 | date[上周]2019-04-15..2019-04-21 | "
		"date[春节以来]2019-02-05..2019-04-22");
	/* the prepositions around a date are not part of it */
	EX("截至2019年6月30日，公司总资产为852.31亿元",
	   "date[2019年6月30日]2019-06-30..2019-06-30 | money[852.31亿元]85231000000 CNY");
	EX("自2019年12月15日起，召回2016年11月4日至2017年10月11日期间生产的汽车",
	   "date[2019年12月15日]2019-12-15..2019-12-15 | date[2016年11月4日至2017年10月11日]2016-11-04..2017-10-11");
	EX("质押期限为2020年9月16日起至2021年9月15日止",
	   "date[2020年9月16日起至2021年9月15日]2020-09-16..2021-09-15");
	EX("净资产急速由2017年的68亿元缩水", "date[2017年]2017-01-01..2017-12-31 | money[68亿元]6800000000 CNY");
	EX("回购价为每股2.04-2.11港元", "money[2.04-2.11港元]2.04..2.11 HKD");
	EX("高于2012年第二季度的18.9亿美元",
	   "date[2012年第二季度]2012-04-01..2012-06-30 | money[18.9亿美元]1890000000 USD");
	EX("回购价格为3.755元/股", "money[3.755元/股]3.755 CNY /股");

	static const char *const dates[] = {
		"2019年4月14日", "二〇一九年四月十四日", "2019.4.14", "2019-04-14", "2019/4/14",
		"今年", "去年", "前年", "明年", "后年", "上年", "本月", "上月", "下月",
		"今天", "昨天", "前天", "明天", "后天", "本周", "上周", "下周三", "一季度",
		"第二季度", "前三季度", "上半年", "下半年", "年初", "年底", "年末", "4月上旬",
		"月初", "4月中旬", "4月下旬", "月底", "月末", "近30天", "近三个月", "近日",
		"近年来", "日前", "春节", "国庆节", "元旦", "清明节", "中秋节", "端午节",
		"正月十五", "农历八月十五", "2019年以来",
		"去年同期", "上世纪90年代", "80年代", "周五", "星期三", "今周", "本个星期三",
		/* no date begins with these (截至目前 begins at 截): should the
		 * grammar learn them, date_starts must too */
		"目前", "现在", "現在", "当前", "當前",
	};
	size_t		k;

	for (k = 0; k < sizeof(dates) / sizeof(dates[0]); k++)
	{
		char		s[256];
		zn_figure	f;
		zn_error	err;
		const char *got;
		char		want[256];

		/* only forms the grammar parses alone */
		if (zn_parse(dates[k], strlen(dates[k]), ZN_MASK(ZN_KIND_DATE), day(2019, 4, 22), &f, &err) != ZN_OK)
			continue;
		snprintf(s, sizeof s, "据悉，%s，公司", dates[k]);
		got = ex_ref(s, day(2019, 4, 22));
		snprintf(want, sizeof want, "date[%s]", dates[k]);
		CHECK(strncmp(got, want, strlen(want)) == 0,
			  check_fmt("found in running text: %s (got %s)", dates[k], got));
	}
}

/* Festivals of every calendar are found in running text, not only after a
 * year (a name that is also an ordinary word, such as 雨水 or 凯旋节, needs a
 * year or a whole string, by the date grammar's rule). */
static void
test_festivals(void)
{
	static const char *const names[] = {
		"开斋节", "古尔邦节", "赎罪日", "逾越节", "光明节", "普珥节", "排灯节",
		"复活节", "圣诞节", "中秋节", "清明",
	};
	size_t		k;

	for (k = 0; k < sizeof(names) / sizeof(names[0]); k++)
	{
		char		s[256];
		const char *got;
		char		want[256];

		snprintf(s, sizeof s, "他说%s很热闹", names[k]);
		got = ex_ref(s, day(2019, 4, 22));
		snprintf(want, sizeof want, "date[%s]", names[k]);
		CHECK(strncmp(got, want, strlen(want)) == 0,
			  check_fmt("festival found in running text: %s (got %s)", names[k], got));
	}
	/* the whole name, not a shorter festival inside it (新年 is January 1) */
	EXR("伊斯兰新年那天", day(2019, 4, 22), "date[伊斯兰新年]2019-08-31..2019-08-31");
}

/* ---- the may-begin tests never rule out a match --------------------------------- */

/* The tokens random texts are made of (test_random, test_may_begin). */
static const char *const random_tokens[] = {
	"0", "1", "2", "5", "9", "00", ".", ",", "-", "+", "/", ":", "%", " ", "\n", "一", "二",
	"两", "三", "十", "百", "千", "万", "亿", "兆", "零", "点", "多", "余", "几", "数", "元",
	"块", "角", "分", "美元", "港币", "人民币", "约", "近", "超过", "不超过", "第", "年", "月",
	"日", "号", "季度", "上", "下", "今年", "去年", "截至", "自", "至", "到", "—", "起", "止",
	"期间", "个", "人", "亩", "股", "/股", "（含）", "每股", "强", "版", "G", "A", "SZ", "(",
	")", "，", "。", "、", "的", "为期", "天", "小时", "百分之", "个百分点", "成", "壹", "陆",
	"¥", "US$", "RMB", "截止", "以来", "以上", "左右", "数十", "半年", "周三", "春节",
};
#define NTOKENS (sizeof(random_tokens) / sizeof(random_tokens[0]))

/*
 * A random text of 1 to max_tokens tokens into s (NUL-terminated, cut short
 * before it would not fit in cap bytes); *seed moves on.  Returns its length.
 */
static size_t
random_text(unsigned *seed, int max_tokens, char *s, size_t cap)
{
	size_t		n = 0;
	int			k,
				len = 1 + (int) ((*seed >> 16) % (unsigned) max_tokens);

	for (k = 0; k < len; k++)
	{
		const char *t;

		*seed = *seed * 1103515245u + 12345u;
		t = random_tokens[(*seed >> 16) % NTOKENS];
		if (n + strlen(t) + 1 >= cap)
			break;
		memcpy(s + n, t, strlen(t));
		n += strlen(t);
	}
	s[n] = '\0';
	return n;
}

/*
 * zn_date_may_begin and zn_duration_may_begin may say "impossible" only where
 * zn_m_date and zn_m_duration find nothing (nor meet a hard error): checked
 * at every offset of s, in running text, with and without a reference date.
 * Returns how many offsets the grammars matched (so that a test can tell
 * that it checked something).
 */
static int
may_begin_agrees(const char *s, int *bad)
{
	int			matched = 0,
				r;

	for (r = 0; r < 2; r++)
	{
		size_t		i;

		for (i = 0; s[i]; i++)
		{
			zn_ctx		c;
			zn_figure	f;
			bool		date,
						dur;

			if (((unsigned char) s[i] & 0xC0) == 0x80)
				continue;
			zn_ctx_init(&c, s, strlen(s), r ? day(2019, 4, 22) : ZN_NO_REF, false);
			date = zn_m_date(&c, i, &f) != 0 || c.fail != ZN_OK;
			zn_ctx_init(&c, s, strlen(s), r ? day(2019, 4, 22) : ZN_NO_REF, false);
			dur = zn_m_duration(&c, i, &f) != 0 || c.fail != ZN_OK;
			matched += date + dur;
			zn_ctx_init(&c, s, strlen(s), r ? day(2019, 4, 22) : ZN_NO_REF, false);
			if ((date && !zn_date_may_begin(&c, i)) || (dur && !zn_duration_may_begin(&c, i)))
			{
				if ((*bad)++ < 5)
					printf("#   may-begin test says no at \"%s\" in \"%s\" (%s)\n",
						   s + i, s, date ? "a date" : "a duration");
			}
		}
	}
	return matched;
}

/*
 * Every word the date and duration grammars read right after a number (the
 * lists of term_follows and expr_follows in zn_date_term.c and
 * zn_date_range.c, num_sep, and the units of zn_duration.c), after numbers
 * of every kind, with what may complete the date or duration after it.
 */
static void
test_may_begin(void)
{
	static const char *const numbers[] = {
		"3", "12", "2019", "20190414", "３", "三", "十二", "二〇一九", "两", "俩", "5.5", "19",
	};
	static const char *const follows[] = {
		/* term_follows: m_year, m_month_num, m_day_num, 年代, 世纪, m_quarter */
		"年", "月", "日", "号", "號", "年代", "世纪", "世紀", "季度", "季",
		/* num_sep and m_numeric's space */
		"-", ".", "/", "·", "・", "－", "．", "／", " ",
		/* expr_follows: range_seps and dashes, zn_d_prefix's 年 */
		"至", "到", "--", "—", "——", "–", "~", "〜", "～", "ー", "−", "至到", "直至", "直到",
		/* zn_d_amount_follows */
		"几", "幾", "多", "余", "餘", "个", "個", "个星期", "個星期", "个礼拜", "個禮拜",
		"個礼拜", "星期", "礼拜", "禮拜", "周", "週", "天", "小时", "小時", "钟头", "鐘頭",
		"分钟", "分鐘", "秒钟", "秒鐘", "秒",
		/* the units of durations */
		"載", "载", "周年", "週年", "钟", "鐘", "时", "時", "分", "刻钟", "刻鐘", "夜", "晚",
		" 年", " 个月", " 天",
	};
	static const char *const tails[] = {
		"", "月", "个月", "日", "3日", "5月", "2020年", "内", "前", "以来", "半", "多天", "10分",
	};
	size_t		a,
				b,
				t;
	int			bad = 0,
				matched = 0;

	for (a = 0; a < sizeof(numbers) / sizeof(numbers[0]); a++)
		for (b = 0; b < sizeof(follows) / sizeof(follows[0]); b++)
			for (t = 0; t < sizeof(tails) / sizeof(tails[0]); t++)
			{
				char		s[256];

				snprintf(s, sizeof s, "据悉%s%s%s，公司", numbers[a], follows[b], tails[t]);
				matched += may_begin_agrees(s, &bad);
			}
	CHECK(bad == 0, "the may-begin tests say yes wherever a date or duration follows a number");
	CHECK(matched > 10000, check_fmt("... and dates and durations were found (%d)", matched));

	/* the forms that begin with a word, and numeric dates */
	{
		static const char *const forms[] = {
			"今年", "去年同期", "上半年", "一季度", "第二季度", "前三季度", "Q3", "近30天",
			"近三个月", "过去一年", "未来7天", "再过两天", "春节", "国庆节", "正月十五",
			"农历八月十五", "周五", "下周三", "本月", "月底", "上旬", "今明两年",
			"截至2019年6月30日", "自2019年12月15日起", "从2018年到2019年", "约2019年4月",
			"在2018年与2019年之间", "近日", "为期6天", "历时两年", "约3个月", "半年",
			"两个多小时", "一年半", "俩礼拜", "仨月", "三天三夜", "个半月", "分半钟", "几天前",
			"十几天内", "数年来", "若干年", "1—3月", "2018-2019年", "2019年1-9月", "20190414",
			"2010 01 29", "2019.4.14", "4/14", "10.28周四", "2019.08", "90年代",
			"上世纪90年代", "19世纪", "民国三年", "二〇一九年", "三个月以来", "两年后",
		};
		size_t		k;

		bad = matched = 0;
		for (k = 0; k < sizeof(forms) / sizeof(forms[0]); k++)
		{
			char		s[256];

			snprintf(s, sizeof s, "据悉%s，公司", forms[k]);
			matched += may_begin_agrees(s, &bad);
		}
		CHECK(bad == 0 && matched >= (int) (sizeof(forms) / sizeof(forms[0])),
			  check_fmt("... and wherever a date or duration begins with a word (%d found)", matched));
	}

	/* random texts */
	{
		unsigned	seed = 777;
		int			round;

		bad = matched = 0;
		for (round = 0; round < 3000; round++)
		{
			char		s[512];

			random_text(&seed, 16, s, sizeof s);
			matched += may_begin_agrees(s, &bad);
		}
		CHECK(bad == 0 && matched > 1000,
			  check_fmt("... and in 3000 random texts (%d found)", matched));
	}

	/* what they are for: numbers that neither can follow */
	{
		zn_ctx		c;
		const char *s = "狂揽 25 亿元，一流";

		zn_ctx_init(&c, s, strlen(s), ZN_NO_REF, false);
		CHECK(!zn_date_may_begin(&c, strlen("狂揽 ")), "no date begins at 25 亿元");
		CHECK(!zn_duration_may_begin(&c, strlen("狂揽 ")), "no duration begins at 25 亿元");
		CHECK(!zn_date_may_begin(&c, strlen("狂揽 25 亿元，")), "no date begins at 一流");
		CHECK(!zn_duration_may_begin(&c, strlen("狂揽 25 亿元，")), "no duration begins at 一流");
	}
	/* and in extraction */
	EXR("为期 6 天，3 个月内，2019 年，12 个项目，5 天前", day(2019, 4, 22),
		"duration[为期 6 天]0m6d | date[3 个月内]2019-04-22..2019-07-22 | "
		"date[2019 年]2019-01-01..2019-12-31 | quantity[12 个项目]12 个项目 | "
		"date[5 天前]2019-04-17..2019-04-17");
}

/* ---- random texts: no crash, no endless loop, spans in order ------------------- */

static void
test_random(void)
{
	unsigned	seed = 12345;
	int			round,
				bad = 0;

	for (round = 0; round < 20000; round++)
	{
		char		s[512];
		size_t		n = random_text(&seed, 24, s, sizeof s);
		collect    *c;
		zn_extract_opts o;
		zn_error	err;

		c = calloc(1, sizeof(collect));
		c->src = s;
		c->order_ok = true;
		memset(&o, 0, sizeof(o));
		o.ref = (round & 1) ? ZN_NO_REF : day(2019, 4, 22);
		o.kinds = ZN_MASK_ALL;
		o.emit = emit;
		o.arg = c;
		if (zn_extract(s, n, &o, &err) != ZN_OK || !c->order_ok || c->last_end > n)
		{
			if (bad++ < 5)
				printf("#   random text \"%s\": %s\n", s, c->order_ok ? "error" : "spans out of order");
		}
		free(c);
	}
	CHECK(bad == 0, "20000 random texts: spans in order, within the text");
}

/* ---- the pre-filter reads characters as the scan does -------------------------- */

/*
 * The scan skips characters by a bitmap read from their UTF-8 bytes; a
 * figure must be found wherever it may begin whatever the width of its
 * bytes: 2-byte (£) and 3-byte (€ ₩ ￥) currency signs, full-width forms
 * and the ideographic space (which zn_cp folds), 4-byte characters around.
 */
static void
test_prefilter(void)
{
	int32_t		ref = day(2019, 4, 22);

	EX("￥300元，＄20，£5亿，€1.2万，₩500",
	   "money[￥300元]300 CNY | number[20]20 | money[£5亿]500000000 GBP | "
	   "money[€1.2万]12000 EUR | money[₩500]500 KRW");
	EX("＋５％，－３度，增长１２．５％",
	   "percent[＋５％]0.05 | quantity[－３度]-3 度 | percent[１２．５％]0.125");
	EX("😀25亿元😀，𠀀三千万元", "money[25亿元]2500000000 CNY | money[三千万元]30000000 CNY");
	EXR("引资　25　亿元，第３季度", ref,
		"money[25　亿元]2500000000 CNY | date[第３季度]2019-07-01..2019-09-30");
	EXR("Ｑ３营收，ＧＤＰ增长６％", ref, "date[Ｑ３]2019-07-01..2019-09-30 | percent[６％]0.06");
	EXR("近　30　天，近３０天", ref,
		"date[近　30　天]2019-03-23..2019-04-22 | date[近３０天]2019-03-23..2019-04-22");
	EX("为期３年，历时两年，负增长5%",
	   "duration[为期３年]36m0d | duration[历时两年]24m0d | percent[5%]0.05");
}

int
main(void)
{
	test_kinds();
	test_false_positives();
	test_spans();
	test_year_context();
	test_encoding();
	test_large();
	test_reparse();
	test_date_starts();
	test_festivals();
	test_prefilter();
	test_may_begin();
	test_random();
	return check_done();
}
