/*
 * zn_words.c — the word lists of the figure grammar: currencies,
 * qualifiers, measure words.  Each lookup takes the longest word that
 * matches at the offset, so 美元 beats 元 and 个百分点 beats 个.
 */
#include "zn_words.h"

typedef struct word
{
	const char *w;
	int			v;
} word;

/* Longest word of `list` at i; returns its end (0 if none), *v its value. */
static size_t
longest(const zn_ctx *c, size_t i, const word *list, size_t n, int *v)
{
	size_t		best = 0,
				k;

	for (k = 0; k < n; k++)
	{
		size_t		e = zn_m_lit(c, i, list[k].w);

		if (e > best)
		{
			best = e;
			*v = list[k].v;
		}
	}
	return best;
}

#define NWORDS(a) (sizeof(a) / sizeof((a)[0]))

/* ---- currencies --------------------------------------------------------- */

/* Index into the ISO code table below. */
static const char *const iso_codes[] = {
	"CNY", "USD", "HKD", "EUR", "JPY", "GBP", "TWD", "MOP", "AUD", "CAD",
	"SGD", "KRW", "CHF", "RUB", "INR", "THB", "MYR", "NZD"
};
enum
{
	CNY, USD, HKD, EUR, JPY, GBP, TWD, MOP, AUD, CAD, SGD, KRW, CHF, RUB, INR,
	THB, MYR, NZD
};

static const word currency_after[] = {
	{"元", CNY}, {"圆", CNY}, {"圓", CNY}, {"块", CNY}, {"块钱", CNY}, {"塊", CNY},
	{"蚊", CNY},
	{"人民币", CNY}, {"人民幣", CNY}, {"元人民币", CNY}, {"元人民幣", CNY},
	{"美元", USD}, {"美金", USD}, {"美圆", USD},
	{"港元", HKD}, {"港币", HKD}, {"港幣", HKD}, {"港圆", HKD},
	{"欧元", EUR}, {"歐元", EUR},
	{"日元", JPY}, {"日圆", JPY}, {"日圓", JPY}, {"円", JPY}, {"日币", JPY}, {"日幣", JPY},
	{"英镑", GBP}, {"英鎊", GBP},
	{"新台币", TWD}, {"新台幣", TWD}, {"台币", TWD}, {"台幣", TWD},
	{"澳门元", MOP}, {"澳門元", MOP}, {"澳门币", MOP}, {"澳門幣", MOP}, {"澳门幣", MOP},
	{"澳元", AUD}, {"澳币", AUD}, {"澳幣", AUD}, {"澳大利亚元", AUD},
	{"加元", CAD}, {"加币", CAD}, {"加幣", CAD}, {"加拿大元", CAD},
	{"新加坡元", SGD}, {"新加坡币", SGD}, {"新币", SGD}, {"新元", SGD},
	{"韩元", KRW}, {"韓元", KRW}, {"韩币", KRW},
	{"瑞士法郎", CHF}, {"瑞郎", CHF},
	{"卢布", RUB}, {"盧布", RUB}, {"俄罗斯卢布", RUB},
	{"印度卢比", INR}, {"卢比", INR}, {"印度卢布", INR},
	{"泰铢", THB}, {"泰銖", THB},
	{"林吉特", MYR}, {"马来西亚林吉特", MYR}, {"令吉", MYR}, {"马来西亚令吉", MYR},
	{"新西兰元", NZD}, {"纽元", NZD},
};

static const word currency_before[] = {
	{"人民币", CNY}, {"人民幣", CNY}, {"RMB", CNY}, {"￥", CNY}, {"¥", CNY},
	{"US$", USD}, {"US $", USD}, {"$", USD}, {"美元", USD}, {"美金", USD},
	{"HK$", HKD}, {"HK $", HKD}, {"港币", HKD}, {"港幣", HKD}, {"港元", HKD},
	{"NT$", TWD}, {"€", EUR}, {"£", GBP}, {"欧元", EUR}, {"日元", JPY},
	{"英镑", GBP}, {"澳门元", MOP}, {"MOP$", MOP}, {"A$", AUD}, {"C$", CAD},
	{"S$", SGD}, {"₩", KRW}, {"₽", RUB},
};

/* Three capital letters not glued to other letters: an ISO 4217 code. */
static size_t
iso_code(const zn_ctx *c, size_t i, char *cur)
{
	const unsigned char *s = c->s;
	int			k;

	if (i + 3 > c->len)
		return 0;
	for (k = 0; k < 3; k++)
		if (s[i + k] < 'A' || s[i + k] > 'Z')
			return 0;
	if (i + 3 < c->len && ((s[i + 3] >= 'A' && s[i + 3] <= 'Z') ||
						   (s[i + 3] >= 'a' && s[i + 3] <= 'z')))
		return 0;
	if (i > 0 && ((s[i - 1] >= 'A' && s[i - 1] <= 'Z') ||
				  (s[i - 1] >= 'a' && s[i - 1] <= 'z')))
		return 0;
	memcpy(cur, s + i, 3);
	cur[3] = '\0';
	return i + 3;
}

size_t
zn_m_currency_after(const zn_ctx *c, size_t i, char *cur)
{
	int			v = 0;
	size_t		e = longest(c, i, currency_after, NWORDS(currency_after), &v);
	size_t		j;

	if (e)
	{
		memcpy(cur, iso_codes[v], 4);
		return e;
	}
	/* "100 USD", "100USD" */
	j = zn_skip_spaces(c, i);
	return iso_code(c, j, cur);
}

/* 元 圆 块 (and Cantonese 蚊): the generic word for a currency's main unit (CNY unless the
 * text names another currency next to it: 港币两千元, 三万元欧元). */
static const char *const generic_units[] = {"元", "圆", "圓", "块", "塊", "块钱", "蚊"};

size_t
zn_m_generic_unit(const zn_ctx *c, size_t i)
{
	size_t		best = 0,
				k;

	for (k = 0; k < NWORDS(generic_units); k++)
	{
		size_t		e = zn_m_lit(c, i, generic_units[k]);

		if (e > best)
			best = e;
	}
	return best;
}

size_t
zn_m_currency_before(const zn_ctx *c, size_t i, char *cur)
{
	int			v = 0,
				v2 = 0;
	size_t		e = longest(c, i, currency_before, NWORDS(currency_before), &v);
	size_t		e2 = longest(c, i, currency_after, NWORDS(currency_after), &v2);

	/* a currency's name may come first too (新台币 177.1 亿元), but not
	 * the bare 元 / 块 */
	if (e2 > e && zn_m_generic_unit(c, i) != e2)
	{
		e = e2;
		v = v2;
	}
	if (e)
	{
		memcpy(cur, iso_codes[v], 4);
		return e;
	}
	return iso_code(c, i, cur);
}

bool
zn_currency_known(const char *iso)
{
	size_t		k;

	for (k = 0; k < NWORDS(iso_codes); k++)
		if (memcmp(iso_codes[k], iso, 4) == 0)
			return true;
	return false;
}

/* ---- qualifiers --------------------------------------------------------- */

/* Before the number.  The legal reading (民法典 第1259条): 以上/以下/以内
 * include the number, 超过/不满 exclude it. */
static const word qual_before[] = {
	{"约", ZN_Q_APPROX}, {"約", ZN_Q_APPROX}, {"大约", ZN_Q_APPROX}, {"大約", ZN_Q_APPROX},
	{"大概", ZN_Q_APPROX}, {"近似", ZN_Q_APPROX}, {"约合", ZN_Q_APPROX},
	{"逾", ZN_Q_MORE_THAN}, {"超", ZN_Q_MORE_THAN}, {"超过", ZN_Q_MORE_THAN},
	{"超過", ZN_Q_MORE_THAN}, {"多于", ZN_Q_MORE_THAN}, {"高于", ZN_Q_MORE_THAN},
	{"大于", ZN_Q_MORE_THAN},
	{"至少", ZN_Q_AT_LEAST}, {"不低于", ZN_Q_AT_LEAST}, {"不少于", ZN_Q_AT_LEAST},
	{"最少", ZN_Q_AT_LEAST}, {"起码", ZN_Q_AT_LEAST}, {"起碼", ZN_Q_AT_LEAST}, {"大于等于", ZN_Q_AT_LEAST},
	{"近", ZN_Q_LESS_THAN}, {"将近", ZN_Q_LESS_THAN}, {"將近", ZN_Q_LESS_THAN},
	{"接近", ZN_Q_LESS_THAN}, {"不到", ZN_Q_LESS_THAN}, {"不足", ZN_Q_LESS_THAN},
	{"不满", ZN_Q_LESS_THAN}, {"不滿", ZN_Q_LESS_THAN}, {"少于", ZN_Q_LESS_THAN},
	{"低于", ZN_Q_LESS_THAN}, {"小于", ZN_Q_LESS_THAN},
	{"最多", ZN_Q_AT_MOST}, {"不超过", ZN_Q_AT_MOST}, {"不超過", ZN_Q_AT_MOST},
	{"至多", ZN_Q_AT_MOST}, {"最高", ZN_Q_AT_MOST}, {"小于等于", ZN_Q_AT_MOST},
	{"不高于", ZN_Q_AT_MOST}, {"不多于", ZN_Q_AT_MOST},
};

static const word qual_after[] = {
	{"左右", ZN_Q_APPROX}, {"上下", ZN_Q_APPROX}, {"前后", ZN_Q_APPROX},
	{"以上", ZN_Q_AT_LEAST}, {"之上", ZN_Q_AT_LEAST},
	{"以下", ZN_Q_AT_MOST}, {"以内", ZN_Q_AT_MOST}, {"之内", ZN_Q_AT_MOST},
	{"以內", ZN_Q_AT_MOST},
	{"多", ZN_Q_MORE_THAN}, {"余", ZN_Q_MORE_THAN}, {"餘", ZN_Q_MORE_THAN},
	{"有余", ZN_Q_MORE_THAN}, {"有餘", ZN_Q_MORE_THAN},
};

size_t
zn_m_qual_before(const zn_ctx *c, size_t i, zn_qual *q)
{
	int			v = 0;
	size_t		e = longest(c, i, qual_before, NWORDS(qual_before), &v);

	*q = (zn_qual) v;
	return e;
}

size_t
zn_m_qual_after(const zn_ctx *c, size_t i, zn_qual *q)
{
	int			v = 0;
	size_t		e = longest(c, i, qual_after, NWORDS(qual_after), &v);

	*q = (zn_qual) v;
	return e;
}

/* ---- range separators --------------------------------------------------- */

static const word range_seps[] = {
	{"至", 0}, {"到", 0}, {"-", 0}, {"--", 0}, {"—", 0}, {"——", 0}, {"–", 0},
	{"~", 0}, {"〜", 0}, {"～", 0}, {"−", 0}, {"至于", -1},
};

size_t
zn_m_range_sep(const zn_ctx *c, size_t i)
{
	int			v = 0;
	size_t		e = longest(c, i, range_seps, NWORDS(range_seps), &v);

	return v < 0 ? 0 : e;
}

/* ---- measure words ------------------------------------------------------ */

/*
 * Measure words that make a number a quantity.  Words that begin with a
 * numeral character (千米, 兆瓦, 百分点) are here too; the figure grammar
 * gives them precedence over reading that character as a unit.
 */
static const word measure_words[] = {
	{"人", 0}, {"人次", 0}, {"名", 0}, {"位", 0}, {"个", 0}, {"個", 0}, {"家", 0},
	{"户", 0}, {"戶", 0}, {"所", 0}, {"座", 0}, {"台", 0}, {"辆", 0}, {"輛", 0},
	{"架", 0}, {"艘", 0}, {"套", 0}, {"件", 0}, {"项", 0}, {"項", 0}, {"个项目", 0},
	{"个企业", 0}, {"条", 0}, {"條", 0}, {"次", 0}, {"只", 0}, {"头", 0}, {"张", 0},
	{"间", 0}, {"栋", 0}, {"幢", 0}, {"层", 0}, {"本", 0}, {"部", 0}, {"款", 0},
	{"种", 0}, {"类", 0}, {"批", 0}, {"支", 0}, {"家次", 0}, {"场", 0}, {"届", 0},
	{"倍", 0}, {"股", 0}, {"手", 0}, {"份", 0}, {"笔", 0}, {"宗", 0}, {"块地", 0},
	{"亩", 0}, {"畝", 0}, {"公顷", 0}, {"公頃", 0}, {"平方米", 0}, {"平米", 0},
	{"平方公里", 0}, {"平方千米", 0}, {"平方", 0}, {"立方米", 0}, {"方", 0},
	{"米", 0}, {"公里", 0}, {"千米", 0}, {"厘米", 0}, {"毫米", 0}, {"英里", 0},
	{"吨", 0}, {"噸", 0}, {"千克", 0}, {"公斤", 0}, {"克", 0}, {"斤", 0},
	{"升", 0}, {"毫升", 0}, {"千瓦", 0}, {"兆瓦", 0}, {"瓦", 0}, {"千瓦时", 0},
	{"度", 0}, {"千卡", 0}, {"卡", 0}, {"兆字节", 0}, {"字节", 0}, {"千字节", 0},
	{"赫兹", 0}, {"TEU", 0}, {"标箱", 0}, {"车次", 0}, {"架次", 0}, {"岁", 0},
	{"周岁", 0}, {"篇", 0}, {"册", 0}, {"人民", -1}, {"人们", -1}, {"名单", -1},
	{"位于", -1}, {"家庭", -1}, {"次要", -1}, {"台湾", -1}, {"方面", -1},
	{"方式", -1}, {"方向", -1}, {"方案", -1}, {"方法", -1}, {"股份", -1},
	{"股东", -1}, {"股权", -1}, {"部分", -1}, {"部门", -1}, {"个人", -1},
	{"种类", -1}, {"度假", -1}, {"支持", -1}, {"本地", -1}, {"本次", -1},
	{"手段", -1}, {"份额", -1}, {"场景", -1}, {"条件", -1}, {"件事", -1},
	{"米兰", -1}, {"克服", -1}, {"升级", -1}, {"名称", -1}, {"位置", -1},
	{"批准", -1}, {"项目", 0}, {"所有", -1}, {"所以", -1},
};

size_t
zn_m_measure(const zn_ctx *c, size_t i)
{
	int			v = 0;
	size_t		e = longest(c, i, measure_words, NWORDS(measure_words), &v);

	return v < 0 ? 0 : e;
}
