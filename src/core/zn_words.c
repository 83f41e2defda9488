/*
 * zn_words.c — the word lists of the figure grammar: currencies,
 * qualifiers, measure words.  Each lookup takes the longest word that
 * matches at the offset, so 美元 beats 元 and 个百分点 beats 个.
 */
#include "zn_words.h"

#include <assert.h>

typedef struct word
{
	const char *w;
	uint8_t		len;
	int8_t		v;
} word;

#define W(s, v) {s, sizeof(s) - 1, v}

/*
 * A word list indexed by a hash of its words' first characters: the words
 * that can match at an offset are the few in one bucket, so a miss costs
 * one lookup and a hit a handful of comparisons.  The index is built once
 * when the library is loaded (zn_words_init).
 */
#define MAX_WORDS 256

typedef struct wordlist
{
	const word *words;
	size_t		n;
	uint16_t	start[257];		/* bucket b holds order[start[b] .. start[b+1]) */
	uint8_t		order[MAX_WORDS];
	/* per slot of order: the word's first four bytes (fewer for shorter
	 * words, the mask saying which), compared in one go before the rest */
	uint32_t	head[MAX_WORDS];
	uint32_t	mask[MAX_WORDS];
} wordlist;

/* The first min(n, 4) bytes at p as one little-endian word, zero-filled. */
static inline uint32_t
head_of(const unsigned char *p, size_t n)
{
	/* (no loop: a word at the end of the input, 元 in "50元", is common) */
	switch (n)
	{
		case 0:
			return 0;
		case 1:
			return p[0];
		case 2:
			return (uint32_t) p[0] | ((uint32_t) p[1] << 8);
		case 3:
			return (uint32_t) p[0] | ((uint32_t) p[1] << 8) | ((uint32_t) p[2] << 16);
		default:
			return (uint32_t) p[0] | ((uint32_t) p[1] << 8) | ((uint32_t) p[2] << 16) |
				((uint32_t) p[3] << 24);
	}
}

/* A hash of the character at p into 0..255 (its last byte, mixed). */
static inline unsigned
first_key(const unsigned char *p, size_t left)
{
	if (p[0] < 0xC0 || left < 2)
		return p[0];
	if (p[0] < 0xE0 || left < 3)
		return (unsigned) (p[0] * 7 + p[1]) & 255;
	return (unsigned) (p[1] * 31 + p[2]) & 255;
}

static void
wordlist_init(wordlist *l)
{
	uint16_t	count[256] = {0};
	size_t		k;
	unsigned	b;

	for (k = 0; k < l->n; k++)
		count[first_key((const unsigned char *) l->words[k].w, l->words[k].len)]++;
	l->start[0] = 0;
	for (b = 0; b < 256; b++)
		l->start[b + 1] = l->start[b] + count[b];
	memset(count, 0, sizeof(count));
	for (k = 0; k < l->n; k++)
	{
		b = first_key((const unsigned char *) l->words[k].w, l->words[k].len);
		l->order[l->start[b] + count[b]++] = (uint8_t) k;
	}
	/*
	 * Longest first within a bucket (stable, so that of two equal words the
	 * earlier in the list still wins): the first word that matches is then
	 * the longest, and the lookup stops there.
	 */
	for (b = 0; b < 256; b++)
	{
		unsigned	x,
					y;

		for (x = l->start[b] + 1; x < l->start[b + 1]; x++)
		{
			uint8_t		w = l->order[x];

			for (y = x; y > l->start[b] && l->words[l->order[y - 1]].len < l->words[w].len; y--)
				l->order[y] = l->order[y - 1];
			l->order[y] = w;
		}
	}
	for (k = 0; k < l->n; k++)
	{
		const word *w = &l->words[l->order[k]];

		l->head[k] = head_of((const unsigned char *) w->w, w->len);
		l->mask[k] = w->len >= 4 ? 0xFFFFFFFFu : (1u << (8 * w->len)) - 1;
	}
}

/* Longest word of the list at i; returns its end (0 if none), *v its value.
 * (Inlined into each lookup, which is little more than a call of it.) */
static inline __attribute__((always_inline)) size_t
longest(const zn_ctx *c, size_t i, const wordlist *l, int *v)
{
	size_t		left;
	const unsigned char *p;
	uint32_t	x;
	unsigned	h,
				k;

	if (i >= c->len)
		return 0;
	p = c->s + i;
	left = c->len - i;
	h = first_key(p, left);
	if (l->start[h] == l->start[h + 1])
		return 0;				/* the common case: no word begins so */
	x = head_of(p, left);
	for (k = l->start[h]; k < l->start[h + 1]; k++)
	{
		const word *w;

		/* (a word longer than what is left cannot match its whole head) */
		if ((x & l->mask[k]) != l->head[k])
			continue;
		w = &l->words[l->order[k]];
		if (w->len > 4)
		{
			size_t		b;

			/* words are short: a byte loop beats a call to memcmp */
			if (w->len > left)
				continue;
			for (b = 4; b < w->len && p[b] == (unsigned char) w->w[b]; b++)
				;
			if (b < w->len)
				continue;
		}
		*v = w->v;
		return i + w->len;
	}
	return 0;
}

#define NWORDS(a) (sizeof(a) / sizeof((a)[0]))

/* The lists, defined with their words below. */
static wordlist currency_after;
static wordlist currency_before;
static wordlist qual_before;
static wordlist qual_after;
static wordlist range_seps;
static wordlist measure_words;

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

/*
 * Marks 元 圆 块 (and Cantonese 蚊): the generic word for a currency's main
 * unit (CNY unless the text names another currency next to it: 港币两千元,
 * 三万元欧元).
 */
#define GENERIC 0x40

static const word currency_after_w[] = {
	W("元", CNY | GENERIC), W("圆", CNY | GENERIC), W("圓", CNY | GENERIC),
	W("块", CNY | GENERIC), W("块钱", CNY | GENERIC), W("塊", CNY | GENERIC),
	W("蚊", CNY | GENERIC),
	W("人民币", CNY), W("人民幣", CNY), W("元人民币", CNY), W("元人民幣", CNY),
	W("美元", USD), W("美金", USD), W("美圆", USD),
	W("港元", HKD), W("港币", HKD), W("港幣", HKD), W("港圆", HKD),
	W("欧元", EUR), W("歐元", EUR),
	W("日元", JPY), W("日圆", JPY), W("日圓", JPY), W("円", JPY), W("日币", JPY), W("日幣", JPY),
	W("英镑", GBP), W("英鎊", GBP),
	W("新台币", TWD), W("新台幣", TWD), W("台币", TWD), W("台幣", TWD),
	W("澳门元", MOP), W("澳門元", MOP), W("澳门币", MOP), W("澳門幣", MOP), W("澳门幣", MOP),
	W("澳元", AUD), W("澳币", AUD), W("澳幣", AUD), W("澳大利亚元", AUD),
	W("加元", CAD), W("加币", CAD), W("加幣", CAD), W("加拿大元", CAD),
	W("新加坡元", SGD), W("新加坡币", SGD), W("新币", SGD), W("新元", SGD),
	W("韩元", KRW), W("韓元", KRW), W("韩币", KRW),
	W("瑞士法郎", CHF), W("瑞郎", CHF),
	W("卢布", RUB), W("盧布", RUB), W("俄罗斯卢布", RUB),
	W("印度卢比", INR), W("卢比", INR), W("印度卢布", INR),
	W("泰铢", THB), W("泰銖", THB),
	W("林吉特", MYR), W("马来西亚林吉特", MYR), W("令吉", MYR), W("马来西亚令吉", MYR),
	W("新西兰元", NZD), W("纽元", NZD),
};

static const word currency_before_w[] = {
	W("人民币", CNY), W("人民幣", CNY), W("RMB", CNY), W("￥", CNY), W("¥", CNY),
	W("US$", USD), W("US $", USD), W("$", USD), W("美元", USD), W("美金", USD),
	W("HK$", HKD), W("HK $", HKD), W("港币", HKD), W("港幣", HKD), W("港元", HKD),
	W("NT$", TWD), W("€", EUR), W("£", GBP), W("欧元", EUR), W("日元", JPY),
	W("英镑", GBP), W("澳门元", MOP), W("MOP$", MOP), W("A$", AUD), W("C$", CAD),
	W("S$", SGD), W("₩", KRW), W("₽", RUB),
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
zn_m_currency_after(const zn_ctx *c, size_t i, char *cur, bool *generic)
{
	int			v = 0;
	size_t		e = longest(c, i, &currency_after, &v);
	size_t		j;

	if (generic)
		*generic = (v & GENERIC) != 0;
	if (e)
	{
		memcpy(cur, iso_codes[v & ~GENERIC], 4);
		return e;
	}
	/* "100 USD", "100USD" */
	j = zn_skip_spaces(c, i);
	return iso_code(c, j, cur);
}

size_t
zn_m_currency_before(const zn_ctx *c, size_t i, char *cur)
{
	int			v = 0,
				v2 = 0;
	size_t		e = longest(c, i, &currency_before, &v);
	size_t		e2 = longest(c, i, &currency_after, &v2);

	/* a currency's name may come first too (新台币 177.1 亿元), but not
	 * the bare 元 / 块 */
	if (e2 > e && !(v2 & GENERIC))
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
static const word qual_before_w[] = {
	W("约", ZN_Q_APPROX), W("約", ZN_Q_APPROX), W("大约", ZN_Q_APPROX), W("大約", ZN_Q_APPROX),
	W("约为", ZN_Q_APPROX), W("約為", ZN_Q_APPROX), W("大约为", ZN_Q_APPROX),
	W("大概", ZN_Q_APPROX), W("近似", ZN_Q_APPROX), W("约合", ZN_Q_APPROX),
	W("逾", ZN_Q_MORE_THAN), W("超", ZN_Q_MORE_THAN), W("超过", ZN_Q_MORE_THAN),
	W("超過", ZN_Q_MORE_THAN), W("多于", ZN_Q_MORE_THAN), W("高于", ZN_Q_MORE_THAN),
	W("大于", ZN_Q_MORE_THAN),
	W("至少", ZN_Q_AT_LEAST), W("不低于", ZN_Q_AT_LEAST), W("不少于", ZN_Q_AT_LEAST),
	W("最少", ZN_Q_AT_LEAST), W("起码", ZN_Q_AT_LEAST), W("起碼", ZN_Q_AT_LEAST), W("大于等于", ZN_Q_AT_LEAST),
	W("近", ZN_Q_LESS_THAN), W("将近", ZN_Q_LESS_THAN), W("將近", ZN_Q_LESS_THAN),
	W("接近", ZN_Q_LESS_THAN), W("不到", ZN_Q_LESS_THAN), W("不足", ZN_Q_LESS_THAN),
	W("不满", ZN_Q_LESS_THAN), W("不滿", ZN_Q_LESS_THAN), W("少于", ZN_Q_LESS_THAN),
	W("低于", ZN_Q_LESS_THAN), W("小于", ZN_Q_LESS_THAN),
	W("最多", ZN_Q_AT_MOST), W("不超过", ZN_Q_AT_MOST), W("不超過", ZN_Q_AT_MOST),
	W("至多", ZN_Q_AT_MOST), W("最高", ZN_Q_AT_MOST), W("小于等于", ZN_Q_AT_MOST),
	W("不高于", ZN_Q_AT_MOST), W("不多于", ZN_Q_AT_MOST),
};

static const word qual_after_w[] = {
	W("左右", ZN_Q_APPROX), W("上下", ZN_Q_APPROX), W("前后", ZN_Q_APPROX),
	W("以上", ZN_Q_AT_LEAST), W("之上", ZN_Q_AT_LEAST),
	W("以下", ZN_Q_AT_MOST), W("以内", ZN_Q_AT_MOST), W("之内", ZN_Q_AT_MOST),
	W("以內", ZN_Q_AT_MOST),
	W("多", ZN_Q_MORE_THAN), W("余", ZN_Q_MORE_THAN), W("餘", ZN_Q_MORE_THAN),
	W("有余", ZN_Q_MORE_THAN), W("有餘", ZN_Q_MORE_THAN),
};

size_t
zn_m_qual_before(const zn_ctx *c, size_t i, zn_qual *q)
{
	int			v = 0;
	size_t		e = longest(c, i, &qual_before, &v);

	*q = (zn_qual) v;
	return e;
}

size_t
zn_m_qual_after(const zn_ctx *c, size_t i, zn_qual *q)
{
	int			v = 0;
	size_t		e = longest(c, i, &qual_after, &v);

	*q = (zn_qual) v;
	return e;
}

/* ---- range separators --------------------------------------------------- */

static const word range_seps_w[] = {
	W("至", 0), W("到", 0), W("-", 0), W("--", 0), W("—", 0), W("——", 0), W("–", 0),
	W("~", 0), W("〜", 0), W("～", 0), W("−", 0), W("至于", -1),
};

size_t
zn_m_range_sep(const zn_ctx *c, size_t i)
{
	int			v = 0;
	size_t		e = longest(c, i, &range_seps, &v);

	return v < 0 ? 0 : e;
}

/* ---- measure words ------------------------------------------------------ */

/*
 * Measure words that make a number a quantity.  Words that begin with a
 * numeral character (千米, 兆瓦, 百分点) are here too; the figure grammar
 * gives them precedence over reading that character as a unit.
 */
static const word measure_words_w[] = {
	W("人", 0), W("人次", 0), W("名", 0), W("位", 0), W("个", 0), W("個", 0), W("家", 0),
	W("户", 0), W("戶", 0), W("所", 0), W("座", 0), W("台", 0), W("辆", 0), W("輛", 0),
	W("架", 0), W("艘", 0), W("套", 0), W("件", 0), W("项", 0), W("項", 0), W("个项目", 0),
	W("个企业", 0), W("条", 0), W("條", 0), W("次", 0), W("只", 0), W("头", 0), W("张", 0),
	W("间", 0), W("栋", 0), W("幢", 0), W("层", 0), W("本", 0), W("部", 0), W("款", 0),
	W("种", 0), W("类", 0), W("批", 0), W("支", 0), W("家次", 0), W("场", 0), W("届", 0),
	W("倍", 0), W("股", 0), W("手", 0), W("份", 0), W("笔", 0), W("宗", 0), W("块地", 0),
	W("亩", 0), W("畝", 0), W("公顷", 0), W("公頃", 0), W("平方米", 0), W("平米", 0),
	W("平方公里", 0), W("平方千米", 0), W("平方", 0), W("立方米", 0), W("方", 0),
	W("米", 0), W("公里", 0), W("千米", 0), W("厘米", 0), W("毫米", 0), W("英里", 0),
	W("吨", 0), W("噸", 0), W("千克", 0), W("公斤", 0), W("克", 0), W("斤", 0),
	W("升", 0), W("毫升", 0), W("千瓦", 0), W("兆瓦", 0), W("瓦", 0), W("千瓦时", 0),
	W("度", 0), W("千卡", 0), W("卡", 0), W("兆字节", 0), W("字节", 0), W("千字节", 0),
	W("赫兹", 0), W("TEU", 0), W("标箱", 0), W("车次", 0), W("架次", 0), W("岁", 0),
	W("周岁", 0), W("篇", 0), W("册", 0), W("人民", -1), W("人们", -1), W("名单", -1),
	W("位于", -1), W("家庭", -1), W("次要", -1), W("台湾", -1), W("方面", -1),
	W("方式", -1), W("方向", -1), W("方案", -1), W("方法", -1), W("股份", -1),
	W("股东", -1), W("股权", -1), W("部分", -1), W("部门", -1), W("个人", -1),
	W("种类", -1), W("度假", -1), W("支持", -1), W("本地", -1), W("本次", -1),
	W("手段", -1), W("份额", -1), W("场景", -1), W("条件", -1), W("件事", -1),
	W("米兰", -1), W("克服", -1), W("升级", -1), W("名称", -1), W("位置", -1),
	W("批准", -1), W("项目", 0), W("所有", -1), W("所以", -1),
	/* counts of market and working days, rounds, bottles, basis points */
	W("个交易日", 0), W("個交易日", 0), W("交易日", 0), W("个工作日", 0),
	W("個工作日", 0), W("工作日", 0), W("轮", 0), W("輪", 0), W("轮流", -1),
	W("轮胎", -1), W("轮到", -1), W("轮船", -1), W("轮换", -1), W("轮椅", -1),
	W("轮廓", -1), W("轮回", -1), W("轮番", -1), W("瓶", 0), W("基点", 0),
	W("个基点", 0),
	/* more units of measure, and their ASCII symbols (a symbol glued to
	 * further letters is a word: extraction drops 250ms) */
	W("公分", 0), W("毫克", 0), W("微克", 0), W("纳米", 0), W("微米", 0),
	W("公尺", 0), W("km", 0), W("cm", 0), W("mm", 0), W("m", 0), W("kg", 0),
	W("mg", 0), W("ml", 0), W("KM", 0), W("CM", 0), W("KG", 0),
	/* places, issues and sessions, pieces */
	W("处", 0), W("處", 0), W("处理", -1), W("处于", -1), W("处置", -1),
	W("处罚", -1), W("处长", -1), W("处在", -1), W("处分", -1), W("处境", -1),
	W("期", 0), W("期间", -1), W("期限", -1), W("期待", -1), W("期望", -1),
	W("期末", -1), W("期初", -1), W("期内", -1), W("期货", -1), W("期权", -1),
	W("期满", -1), W("期中", -1), W("块", 0), W("塊", 0),
};

size_t
zn_m_measure(const zn_ctx *c, size_t i)
{
	int			v = 0;
	size_t		e = longest(c, i, &measure_words, &v);

	return v < 0 ? 0 : e;
}

/* ---- first characters, for extraction's pre-filter ---------------------- */

static void
starts_of(const wordlist *l, void (*add) (void *arg, uint32_t cp), void *arg)
{
	size_t		k;

	for (k = 0; k < l->n; k++)
	{
		zn_ctx		c;
		size_t		next;

		zn_ctx_init(&c, l->words[k].w, l->words[k].len, ZN_NO_REF, false);
		add(arg, zn_cp(&c, 0, &next));
	}
}

void
zn_words_starts(void (*add) (void *arg, uint32_t cp), void *arg)
{
	starts_of(&qual_before, add, arg);
	starts_of(&currency_before, add, arg);
	/* a currency's name may come first too: 新台币 177.1 亿元 */
	starts_of(&currency_after, add, arg);
}

/* Word lists, with their first-character filters. */
static wordlist currency_after = {currency_after_w, NWORDS(currency_after_w), {0}, {0}, {0}, {0}};
static wordlist currency_before = {currency_before_w, NWORDS(currency_before_w), {0}, {0}, {0}, {0}};
static wordlist qual_before = {qual_before_w, NWORDS(qual_before_w), {0}, {0}, {0}, {0}};
static wordlist qual_after = {qual_after_w, NWORDS(qual_after_w), {0}, {0}, {0}, {0}};
static wordlist range_seps = {range_seps_w, NWORDS(range_seps_w), {0}, {0}, {0}, {0}};
static wordlist measure_words = {measure_words_w, NWORDS(measure_words_w), {0}, {0}, {0}, {0}};

__attribute__((constructor))
static void
zn_words_init(void)
{
	wordlist   *all[] = {
		&currency_after, &currency_before, &qual_before,
		&qual_after, &range_seps, &measure_words
	};
	size_t		k;

	for (k = 0; k < NWORDS(all); k++)
	{
		assert(all[k]->n <= MAX_WORDS);
		wordlist_init(all[k]);
	}
}

