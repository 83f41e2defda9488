/*
 * zn_extract.c — every figure of a running text, in one pass.
 *
 * The scanner walks the text once.  Where a figure can begin (a digit, a
 * Chinese numeral, the first character of a qualifier, currency or date
 * word) it asks zn_m_any, the same matchers whole-string parsing uses, for
 * the longest match; the match is then judged in its context (is this 一
 * part of a word?  is 500 a ranking, 000753 a stock code?) and reported or
 * dropped.  Either way the scan resumes after it, so spans never overlap,
 * come in text order and are maximal.
 *
 * Speed: one bit per character, looked up straight from its UTF-8 bytes
 * without decoding it (try_bits below), tells whether a match may begin
 * there, so text without figures is skipped at memory speed (hundreds of
 * MB/s).  Where one may, a numeral is always tried; a qualifier or currency
 * word only when a numeral follows within a few characters (found the same
 * way, num_bits), a date word only when its first two characters are those
 * of one (a hash set of the pairs); and where only a date word can begin,
 * only the date and duration grammars are asked.  Those two are asked at a
 * number only when their may-begin tests (zn_date_may_begin,
 * zn_duration_may_begin: the grammars' own filters, read from their word
 * lists) say that what follows it may make one: most numbers of a text
 * are followed by other words (25 亿元, 12 个项目).
 *
 * Context rules (judge) are general, not lists of phrases:
 *   - a bare Chinese-numeral number must look like a number, not a word:
 *     more than one character, a digit and a unit or a point (三十, 五百万,
 *     五点八), not beginning with 万/亿 (一切 四川 一是 统一 万一 千万不要
 *     三四线);
 *   - 一 or 零 with a measure word is an article or a word (一个 一家 零件),
 *     not a count; 角/毛 alone after a Chinese numeral is a word (五角大楼),
 *     not money; nor is a unit without a number (单位：万元); one 大写
 *     numeral outside money is a name (陆家新区, 队伍);
 *   - ordinals: 第 before a number (第一, 第3名, 第3天);
 *   - a bare number before 强 佳 版 代 号 型 is a rank, version, model or
 *     identifier (世界500强, 4.0版, 1号线); before 年 月 日 时 分 秒 it is a
 *     piece of a date or time the date grammar did not take (每年9月);
 *     (1) and 1、 at the start of a line are list markers;
 *   - Arabic digits glued to ASCII letters or to -+./:_ chains are codes,
 *     versions, phone numbers or times (5G, PM2.5, 1+6, 0731-8888, 10:30);
 *     so are integers with a leading zero (000753) or of 11 digits and
 *     more, and 6-digit integers in parentheses or after a market prefix or
 *     代码 (600519);
 *   - a three-letter code that is no known currency is not a currency;
 *   - a length of a thousand years or more is a year (高于2012年第二季度).
 * Dates are the date grammar's own business otherwise.
 *
 * Narrowing (narrow): words that running text puts around a figure but
 * that are not part of it stay out of its span: 每股 before a price, (含)
 * after a bound, and the prepositions around a date (截至, 自, 从, 由 … 起,
 * 止, 期间), so that 截至2019年6月30日 reports the day 2019-06-30, the date
 * "as of" which something holds.
 *
 * Year context: a date without a year (4月14日, 一季度, 19日) takes its year
 * (and a day alone its month) from the nearest earlier date that names one,
 * when a careful reader would: in the same sentence always; in a later
 * sentence of the same paragraph when that date was shorter than a year (a
 * narrative: 2018年9月，…。10月，…, not a reporting year: 2018年营收…。4月…);
 * anywhere earlier in the text when there is no reference date at all.
 * Otherwise the reference date's year applies, as in zh_daterange.  The
 * inherited range is computed by the date grammar itself, by parsing the
 * span with the year (and month) written before it, wherever the result
 * can change anything.
 */
#include <stddef.h>

#include "zn_scan.h"
#include "zn_date.h"
#include "zn_words.h"

/* Call the tick callback at least this often (bytes of input). */
#define TICK_BYTES			65536

/* A qualifier or currency word needs a numeral within this many bytes
 * (不超过人民币 5 亿元: 19 bytes from 不 to 5). */
#define PREFIX_REACH		30

/* Longest date span re-parsed with an inherited year. */
#define MAX_INHERIT_SPAN	200

/* How many of those parses are remembered (see parse_prefixed). */
#define INHERIT_MEMO		16

#define NW(a) ((int) (sizeof(a) / sizeof((a)[0])))

/* ---- the pre-filter ------------------------------------------------------ */

#define X_NUM		0x01		/* a numeral may begin here: always try */
#define X_DATE		0x02		/* a date or duration word may begin here */
#define X_PRE		0x04		/* a qualifier, currency or sign: try when a
								 * numeral follows closely */

/*
 * Characters a numeral begins with (besides 0-9, which the ASCII table
 * handles, and full-width digits, which zn_cp folds).
 */
static const char numeral_starts[] =
	"零〇○一壹幺弌二贰貳两兩弍貮三叁參叄弎四肆五伍六陆陸七柒八捌九玖"
	"十拾百佰千仟廿卅卌万萬亿億兆几幾数數俩倆仨";

/* Words before a number that the grammar reads itself (signs, 每股,
 * 从 … 到; 为期 历时 长达 耗时 用时 时长 持续 历经 before a duration);
 * qualifiers and currencies come from zn_words_starts. */
static const char prefix_starts[] = "-+−负負每从從$¥￥€£₩₽为為历歷长長耗用时時持";

/* Words before a number that the grammar reads itself, besides the
 * qualifiers and currencies of zn_words.c; one or two characters each
 * (they are looked up as X_OTHER1 and other_pairs). */
static const char *const other_prefixes[] = {
	"负", "負", "每股", "从", "從", "为期", "為期", "历时", "歷時",
	"长达", "長達", "耗时", "耗時", "用时", "用時", "时长", "時長", "持续", "持續",
	"历经", "歷經"
};

/*
 * How the date and duration words that do not begin with a numeral begin:
 * their first two characters, space-separated.  "#" as the second character
 * stands for a digit or numeral (近30天, 第二季度, 周五, 初一), "@" for a
 * digit, numeral or the start of another date word (自2019年起, 截至今年,
 * 从去年).  The names of festivals and solar terms are added from
 * zn_d_holiday_starts.  The date grammar is tried only where one of these
 * begins; any other date word the grammar learns to read must be added here
 * (test_extract's date list checks the common ones).
 */
static const char date_starts[] =
	/* relative years, months, days, weeks */
	"今年 本年 今周 今週 本个 本個 这一 這一 去年 上年 上一 前年 大前 明年 下年 下一 来年 來年 次年 "
	"翌年 后年 後年 大后 大後 本月 这个 這個 这月 這月 当月 當月 今个 今個 上月 "
	"上个 上個 上上 下月 下个 下個 下下 今天 今日 本日 昨天 昨日 琴日 尋日 前天 "
	"前日 大大 明天 明日 聽日 听日 次日 翌日 后天 後天 后日 後日 当天 當天 当日 "
	"當日 当年 當年 星期 礼拜 禮拜 周# 週# 周日 週日 周天 週天 周末 週末 本周 本週 "
	"上周 上週 下周 下週 这周 這週 本星 上星 下星 这星 這星 本礼 上礼 下礼 本禮 上禮 "
	"下禮 这礼 這禮 今星 今礼 今禮 今明 这# 這# 这几 這幾 这两 這兩 大概 大约 大約 "
	"Q# H# "
	/* quarters, halves, parts of years and months */
	"上# 下# 最后 最後 首季 首月 第# 本季 当季 當季 上季 下季 这季 這季 上半 前半 "
	"下半 后半 後半 年初 年头 年頭 开年 開年 年底 年末 年终 年終 岁末 歲末 年内 年內 全年 年中 "
	"月初 月中 月底 月末 月尾 月头 月頭 上旬 中旬 下旬 中下 上中 中上 暑假 寒假 "
	"上世 本世 世纪 "
	/* reign and republican years (民国三年, 康熙二十年) */
	"民国 民國 顺治 順治 康熙 雍正 乾隆 嘉庆 嘉慶 道光 咸丰 咸豐 同治 光绪 光緒 宣统 "
	"宣統 "
	/* lunar dates (the festivals' and solar terms' names come from
	 * zn_d_holiday_starts) */
	"阴历 陰曆 夏历 旧历 舊曆 冬月 腊月 臘月 闰# 閏# 闰@ 閏@ 端陽 "
	/* ranges, open ranges, windows, offsets, vague words */
	"在@ 从@ 從@ 自@ 自从 自從 由@ 截至 截止 近# 近日 近年 近期 近来 近來 近些 近几 "
	"近幾 最近 过去 過去 未来 未來 今后 今後 接下 往后 往後 此后 此後 过# 過# "
	"再过 再過 要过 要過 日前 连日 連日 这些 這些 早前 前些 前# 后# 後# "
	/* durations (为期 长达 历时 …, which need a number, are prefixes) */
	"半年 半个 半個 半月 半天 半日 半周 半週 半小 半钟 半鐘 半载 半載 半分 半秒 个半 "
	"個半 分半 若干";

/*
 * Words that end in a one-character qualifier (约 超 近): in 签约25亿元 the
 * 约 completes 签约 (signed) and says nothing about the amount, which is
 * exact; nor can any figure begin there.  Running text only: a whole
 * string has no word before its qualifier.  Every word is two characters
 * (they are looked up as pairs: qual_end_pairs).
 */
static const char *const qual_word_ends[] = {
	"签约", "簽約", "合约", "合約", "预约", "預約", "节约", "節約", "制约", "制約",
	"条约", "條約", "公约", "公約", "契约", "契約", "特约", "特約", "邀约", "邀約",
	"履约", "履約", "违约", "違約", "续约", "續約", "解约", "解約", "缔约", "締約",
	"守约", "守約", "失约", "赴约", "赴約", "如约", "如約", "相约", "相約", "婚约",
	"婚約", "租约", "租約", "集约", "集約", "简约", "簡約", "隐约", "隱約", "毁约",
	"毀約", "爽约", "爽約", "订约", "訂約", "践约", "踐約",
	"赶超", "趕超", "高超",
	"附近", "靠近", "临近", "臨近", "亲近", "親近", "邻近", "鄰近", "贴近", "貼近",
	"就近", "逼近", "走近", "挨近"
};

/*
 * Character classes of the Basic Multilingual Plane (xclass), two of them
 * as bitmaps read without decoding a character (try_bits, num_bits), and
 * the date starts, qual_word_ends and the two-character other_prefixes as
 * sets of (first, second) pairs (date_pairs, qual_end_pairs, other_pairs);
 * built once (constant tables: every build writes the same values).
 */
static uint8_t xclass[0x10000];

#define X_TRY		(X_NUM | X_DATE | X_PRE)
#define X_DATE_NUM	0x08		/* a date word: this, then "#" */
#define X_DATE_AT	0x10		/* a date word: this, then "@" */
#define X_OTHER		0x20		/* the first character of other_prefixes */
#define X_DATE2		0x40		/* the second character of a date start */
#define X_OTHER1	0x80		/* one of other_prefixes by itself */

/*
 * Sets of BMP characters, zn_dcharset: bit cp % 64 of word cp / 64, so
 * that they can be read straight from the UTF-8 bytes (next_marked): a
 * 3-byte character is in word ((b0 & 0x0F) << 6) | (b1 & 0x3F), bit
 * b2 & 0x3F; a 2-byte one in word b0 & 0x1F, bit b1 & 0x3F; ASCII in word
 * b0 >> 6, bit b0 & 0x3F.  A character zn_cp folds is in a set when what it
 * folds to is.
 */

/* The scan must look closer: X_TRY, and the ASCII the scan loop tries. */
static zn_dcharset try_bits;

/* A numeral begins here: exactly X_NUM (which only characters zn_cp
 * returns have). */
static zn_dcharset num_bits;

#define PAIR_NUM		1		/* "#" */
#define PAIR_NUM_DATE	2		/* "@" */

/* Sets of pairs of BMP characters: open addressing, linear probing,
 * (first << 16) | second, 0 for none; never more than half full. */
#define PAIR_BITS		11
#define PAIR_SLOTS		(1 << PAIR_BITS)
#define MAX_PAIRS		(PAIR_SLOTS / 2)
typedef uint32_t pairset[PAIR_SLOTS];

/* The first two characters of the date starts. */
static pairset date_pairs;

/* The two characters of the words of qual_word_ends. */
static pairset qual_end_pairs;

/* The two characters of the two-character words of other_prefixes. */
static pairset other_pairs;

static volatile bool xclass_ready = false;

static void
xclass_add(uint32_t cp, uint8_t cl)
{
	if (cp < 0x10000)
	{
		xclass[cp] |= cl;
		/* ASCII is the scan loop's own (see xclass_init) */
		if (cp >= 0x80 && (cl & X_TRY))
			zn_dcharset_add(&try_bits, cp);
		if (cl & X_NUM)
			zn_dcharset_add(&num_bits, cp);
	}
}

static void
xclass_add_string(const char *s, uint8_t cl)
{
	zn_ctx		c;
	size_t		i = 0,
				n;

	zn_ctx_init(&c, s, strlen(s), ZN_NO_REF, false);
	while (i < c.len)
	{
		xclass_add(zn_cp(&c, i, &n), cl);
		i = n;
	}
}

static void
xclass_add_prefix(void *arg, uint32_t cp)
{
	xclass_add(cp, X_PRE);
}

/*
 * The characters zn_cp folds (full-width ASCII U+FF01..FF5E, U+3000) are
 * in the sets of what they fold to: decode cp as the scan does.
 */
static void
charsets_add_folded(uint32_t cp)
{
	unsigned char u[3] = {
		(unsigned char) (0xE0 | (cp >> 12)),
		(unsigned char) (0x80 | ((cp >> 6) & 0x3F)),
		(unsigned char) (0x80 | (cp & 0x3F))
	};
	zn_ctx		c;
	size_t		n;
	uint32_t	f;

	zn_ctx_init(&c, (const char *) u, 3, ZN_NO_REF, false);
	f = zn_cp(&c, 0, &n);
	if (f < 0x10000 && (xclass[f] & X_TRY))
		zn_dcharset_add(&try_bits, cp);
	if (f < 0x10000 && (xclass[f] & X_NUM))
		zn_dcharset_add(&num_bits, cp);
}

static inline uint32_t
pair_hash(uint32_t key)
{
	return (key * 0x9E3779B1u) >> (32 - PAIR_BITS);
}

static void
pair_add(uint32_t *set, uint32_t a, uint32_t b)
{
	uint32_t	key = (a << 16) | b,
				h = pair_hash(key);

	while (set[h] != 0 && set[h] != key)
		h = (h + 1) % PAIR_SLOTS;
	set[h] = key;
}

static bool
pair_known(const uint32_t *set, uint32_t a, uint32_t b)
{
	uint32_t	key,
				h;

	if (a >= 0x10000 || b >= 0x10000)
		return false;
	key = (a << 16) | b;
	for (h = pair_hash(key); set[h] != 0; h = (h + 1) % PAIR_SLOTS)
		if (set[h] == key)
			return true;
	return false;
}

/* The first two characters of a word as a date pair. */
static void
date_pair_add_word(void *arg, const char *w)
{
	zn_ctx		c;
	size_t		n,
				m;
	uint32_t	a,
				b;

	zn_ctx_init(&c, w, strlen(w), ZN_NO_REF, false);
	a = zn_cp(&c, 0, &n);
	b = zn_cp(&c, n, &m);
	if (b == ZN_CP_END || *(int *) arg >= MAX_PAIRS)
		return;
	pair_add(date_pairs, a, b);
	(*(int *) arg)++;
	xclass_add(a, X_DATE);
	xclass_add(b, X_DATE2);
}

/* Read date_starts and the names of zn_d_holiday_starts into date_pairs
 * and mark the first characters. */
static void
date_pairs_init(void)
{
	zn_ctx		c;
	size_t		i = 0,
				n;
	int			n_pairs = 0;

	zn_ctx_init(&c, date_starts, strlen(date_starts), ZN_NO_REF, false);
	while (i < c.len && n_pairs < MAX_PAIRS)
	{
		uint32_t	a = zn_cp(&c, i, &n),
					b;
		uint8_t		cl = X_DATE;

		if (a == ' ')
		{
			i = n;
			continue;
		}
		b = zn_cp(&c, n, &i);
		if (b == '#')
		{
			b = PAIR_NUM;
			cl |= X_DATE_NUM;
		}
		else if (b == '@')
		{
			b = PAIR_NUM_DATE;
			cl |= X_DATE_AT;
		}
		pair_add(date_pairs, a, b);
		n_pairs++;
		xclass_add(a, cl);
		xclass_add(b, X_DATE2);
	}
	zn_d_holiday_starts(date_pair_add_word, &n_pairs);
}

static void
qual_end_pairs_init(void)
{
	int			k;

	for (k = 0; k < NW(qual_word_ends); k++)
	{
		zn_ctx		c;
		size_t		n,
					m;
		uint32_t	a;

		zn_ctx_init(&c, qual_word_ends[k], strlen(qual_word_ends[k]), ZN_NO_REF, false);
		a = zn_cp(&c, 0, &n);
		pair_add(qual_end_pairs, a, zn_cp(&c, n, &m));
	}
}

static void
xclass_init(void)
{
	uint32_t	cp;
	int			k;

	if (xclass_ready)
		return;
	for (cp = '0'; cp <= '9'; cp++)
		xclass_add(cp, X_NUM);
	for (cp = 'A'; cp <= 'Z'; cp++)
		xclass_add(cp, X_PRE);	/* ISO 4217 codes, RMB, US$, HK$ */
	xclass_add_string(numeral_starts, X_NUM);
	xclass_add_string(prefix_starts, X_PRE);
	zn_words_starts(xclass_add_prefix, NULL);
	for (k = 0; k < NW(other_prefixes); k++)
	{
		zn_ctx		c;
		size_t		n,
					m;
		uint32_t	a,
					b;

		zn_ctx_init(&c, other_prefixes[k], strlen(other_prefixes[k]), ZN_NO_REF, false);
		a = zn_cp(&c, 0, &n);
		b = zn_cp(&c, n, &m);
		if (b == ZN_CP_END)
			xclass_add(a, X_OTHER | X_OTHER1);
		else
		{
			xclass_add(a, X_OTHER);
			pair_add(other_pairs, a, b);
		}
	}
	date_pairs_init();
	qual_end_pairs_init();
	charsets_add_folded(0x3000);
	for (cp = 0xFF01; cp <= 0xFF5E; cp++)
		charsets_add_folded(cp);

	/* the ASCII the scan loop tries (the others begin nothing) */
	for (cp = 0; cp < 0x80; cp++)
		if ((cp >= '0' && cp <= '9') || (cp >= 'A' && cp <= 'Z') ||
			cp == '-' || cp == '+' || cp == '$')
			zn_dcharset_add(&try_bits, cp);
	xclass_ready = true;
}

/*
 * The first character in [i, end) that is in the set, or end (or just past
 * it; 4-byte characters are in no set), without decoding any.  The text is
 * valid UTF-8 and i is at a character.
 */
static inline size_t
next_marked(const unsigned char *s, size_t i, size_t end, const zn_dcharset *set)
{
	while (i < end)
	{
		unsigned char b = s[i];
		uint32_t	word,
					bit;

		if (b >= 0xE0 && b < 0xF0)
		{
			/* ((b0 & 0x0F) << 6) | (b1 & 0x3F), as lead byte b0 is E0-EF
			 * and b1 a continuation byte */
			word = ((uint32_t) b << 6) + s[i + 1] - ((0xE0 << 6) + 0x80);
			bit = s[i + 2] & 0x3F;
			if (set->bits[word] & (UINT64_C(1) << bit))
				return i;
			i += 3;
		}
		else if (b < 0x80)
		{
			if (set->bits[b >> 6] & (UINT64_C(1) << (b & 0x3F)))
				return i;
			i++;
		}
		else if (b >= 0xC0)
		{
			word = b & 0x1F;
			bit = s[i + 1] & 0x3F;
			if (b < 0xE0 && (set->bits[word] & (UINT64_C(1) << bit)))
				return i;
			i += (b < 0xE0) ? 2 : 4;	/* 4-byte characters are in no set */
		}
		else
			i++;				/* a continuation byte cannot be here */
	}
	return i;
}

/* ---- the scanner's state --------------------------------------------------- */

/* One parse of parse_prefixed: its arguments and results. */
typedef struct inherit_memo
{
	int32_t		y;
	int			m;
	size_t		at;				/* the span: len bytes at offset at */
	size_t		len;
	bool		ok;
	zn_figure	f;				/* when ok */
} inherit_memo;

typedef struct xscan
{
	zn_ctx		c;

	/*
	 * Where the numerals are, as far as numeral_near has looked: none
	 * begins in [num_from, next_num); one begins at next_num unless
	 * next_num >= num_end (the look stopped there).
	 */
	size_t		num_from;
	size_t		next_num;
	size_t		num_end;

	/* year context (see the header comment); cy == 0: none */
	int32_t		cy;
	int			cm;
	bool		cfine;			/* set by a date shorter than a year */
	size_t		cend;			/* end of that date */

	/* the last parses of parse_prefixed, n_memo of them; memo_next is
	 * the one to replace next (zeroing the state stops before memo) */
	int			n_memo;
	int			memo_next;
	inherit_memo memo[INHERIT_MEMO];
} xscan;

/* Character class at i, with the offset of the next character. */
static inline uint8_t
class_at(const xscan *x, size_t i, size_t *next)
{
	uint32_t	cp = zn_cp(&x->c, i, next);

	return cp < 0x10000 ? xclass[cp] : 0;
}

/*
 * Is there a numeral within PREFIX_REACH bytes after offset i?  It looks no
 * further than that (the next numeral may be far away), and never twice at
 * the same text.
 */
static bool
numeral_near(xscan *x, size_t i)
{
	size_t		end = x->c.len - i > PREFIX_REACH ? i + PREFIX_REACH + 1 : x->c.len;

	if (i < x->num_from || i > x->next_num)
	{
		x->num_from = i;
		x->next_num = i;
		x->num_end = i;
	}
	if (x->next_num >= x->num_end && x->num_end < end)
	{
		/* none before num_end: look on up to end */
		x->next_num = next_marked(x->c.s, x->next_num, end, &num_bits);
		x->num_end = end;
	}
	return x->next_num < x->num_end && x->next_num - i <= PREFIX_REACH;
}

/* Does one of qual_word_ends end with the character at i? */
static bool
ends_qual_word(const zn_ctx *c, size_t i)
{
	size_t		n;
	uint32_t	cp = zn_cp(c, i, &n);

	/* the last characters of the words: 约 約 超 近 */
	if (cp != 0x7EA6 && cp != 0x7D04 && cp != 0x8D85 && cp != 0x8FD1)
		return false;
	return pair_known(qual_end_pairs, zn_cp_before(c, i), cp);
}

/* Does a word that may stand before a figure's number begin at i? */
static bool
prefix_word_at(const xscan *x, size_t i)
{
	zn_qual		q;
	char		cur[4];
	size_t		n,
				m;
	uint32_t	cp = zn_cp(&x->c, i, &n);
	uint8_t		cl = cp < 0x10000 ? xclass[cp] : 0;

	/* signs in any width (zn_cp folds －＋) */
	if (cp == '-' || cp == '+' || cp == 0x2212)
		return true;
	/* other_prefixes, the cheapest to look up */
	if ((cl & X_OTHER1) ||
		((cl & X_OTHER) && pair_known(other_pairs, cp, zn_cp(&x->c, n, &m))))
		return true;
	return zn_m_qual_before(&x->c, i, &q) != 0 ||
		zn_m_currency_before(&x->c, i, cur) != 0;
}

/*
 * Can a date word (one that does not begin with a numeral) begin at i,
 * whose first character a ends at n?  Its first two characters decide.
 */
static bool
date_start_at(const xscan *x, uint32_t a, size_t n)
{
	size_t		m;
	uint32_t	b = zn_cp(&x->c, n, &m);
	uint8_t		ca = xclass[a],	/* a < 0x10000: it has X_DATE */
				cl;

	if (b < 0x10000 && (xclass[b] & X_DATE2) && pair_known(date_pairs, a, b))
		return true;
	if (!(ca & (X_DATE_NUM | X_DATE_AT)))
		return false;
	/* 近 30 天: spaces before a number */
	b = zn_cp(&x->c, zn_skip_spaces(&x->c, n), &m);
	cl = b < 0x10000 ? xclass[b] : 0;
	if (cl & X_NUM)
		return true;
	return (cl & X_DATE) && (ca & X_DATE_AT);
}

/* ---- context tests ------------------------------------------------------- */

static inline bool
is_digit(uint32_t cp)
{
	return cp >= '0' && cp <= '9';
}

static inline bool
is_alpha(uint32_t cp)
{
	return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
}

static inline bool
is_alnum(uint32_t cp)
{
	return is_digit(cp) || is_alpha(cp);
}

/* Punctuation that chains codes, versions, phone numbers and times. */
static inline bool
is_chain(unsigned char b)
{
	return b == '.' || b == '-' || b == '+' || b == '/' || b == ':' || b == '_';
}

/* Raw byte at i, 0 outside the text (no folding: a full-width colon before
 * a price is punctuation of the sentence, an ASCII one may be a time). */
static inline unsigned char
byte_at(const zn_ctx *c, size_t i)
{
	return i < c->len ? c->s[i] : 0;
}

static inline bool
byte_alnum(unsigned char b)
{
	return is_alnum(b);
}

/* End of the ASCII token (letters, digits, chain punctuation) around i. */
static size_t
ascii_token_end(const zn_ctx *c, size_t i)
{
	while (i < c->len && (byte_alnum(c->s[i]) || is_chain(c->s[i])))
		i++;
	return i;
}

/* The code point before i, skipping spaces; *at gets its offset. */
static uint32_t
cp_before_spaces(const zn_ctx *c, size_t i, size_t *at)
{
	for (;;)
	{
		size_t		j = i,
					n;
		uint32_t	cp;

		if (j == 0)
		{
			*at = 0;
			return ZN_CP_END;
		}
		do
			j--;
		while (j > 0 && (c->s[j] & 0xC0) == 0x80);
		cp = zn_cp(c, j, &n);
		if (cp != ' ' && cp != '\t' && cp != 0xA0)
		{
			*at = j;
			return cp;
		}
		i = j;
	}
}

/* The code point at or after i, skipping spaces. */
static uint32_t
cp_after_spaces(const zn_ctx *c, size_t i)
{
	size_t		n;

	return zn_cp(c, zn_skip_spaces(c, i), &n);
}

/* Past the digits and numerals that begin at i (a figure too large to be
 * one, 99999999999999999999999999999999999999999亿, is no figure at all,
 * nor is any part of it). */
static size_t
skip_run(const xscan *x, size_t i)
{
	size_t		n;

	for (;;)
	{
		unsigned char b;

		i = zn_skip_spaces(&x->c, i);
		if (i >= x->c.len)
			return i;
		b = x->c.s[i];
		if (b < 0x80 && (is_digit(b) || b == ',' || b == '.'))
			i++;
		else if (b >= 0x80 && (class_at(x, i, &n) & X_NUM))
			i = n;
		else
			return i;
	}
}

/* What a span is written with. */
typedef struct spaninfo
{
	int			arabic;			/* ASCII (or full-width) digits */
	int			cn;				/* Chinese numeral characters */
	int			cn_digit;		/* 零 … 九, 两, 幺 … */
	int			cn_unit;		/* 十 百 千 万 亿 兆 廿 卅 卌 */
	bool		cn_first_big;	/* the first Chinese numeral is 万 亿 兆 */
	bool		point;			/* an Arabic decimal point */
	bool		sep;			/* a thousands separator */
	bool		lead_zero;		/* Arabic digits beginning with 0 then a digit */
	bool		only_digits;	/* nothing but Arabic digits */
	bool		subunit;		/* 角 or 毛 */
	bool		main_unit;		/* 元 圆 块 or a named currency */
	bool		first_digit;	/* the span begins with a digit or a sign */
	bool		capital;		/* 大写 numerals: 壹 贰 叁 … 拾 佰 仟 */
	bool		cn_point;		/* a Chinese decimal point: 五点八 */
} spaninfo;

static void
span_info(const zn_ctx *c, size_t i, size_t e, spaninfo *si)
{
	size_t		k = i,
				n;
	uint32_t	prev = 0;

	memset(si, 0, sizeof(*si));
	si->only_digits = true;
	while (k < e)
	{
		uint32_t	cp = zn_cp(c, k, &n);

		if (is_digit(cp))
		{
			/* the first Arabic digit a 0 followed by a digit: 000753 */
			if (si->arabic == 0 && cp == '0')
			{
				size_t		m;

				si->lead_zero = is_digit(zn_cp(c, n, &m));
			}
			si->arabic++;
			prev = cp;
			k = n;
			continue;
		}
		si->only_digits = false;
		switch (cp)
		{
			case '.':
				if (is_digit(prev))
					si->point = true;
				break;
			case ',':
				si->sep = true;
				break;
			case 0x58F9: case 0x8D30: case 0x8CB3: case 0x8CAE:	/* 壹 贰 貳 貮 */
			case 0x53C1: case 0x53C3: case 0x53C4: case 0x8086:	/* 叁 參 叄 肆 */
			case 0x4F0D: case 0x9646: case 0x9678: case 0x67D2:	/* 伍 陆 陸 柒 */
			case 0x634C: case 0x7396:	/* 捌 玖 */
				si->capital = true;
				/* FALLTHROUGH */
			case 0x96F6: case 0x3007: case 0x25CB:	/* 零 〇 ○ */
			case 0x4E00: case 0x5E7A: case 0x5F0C:	/* 一 幺 弌 */
			case 0x4E8C: case 0x4E24: case 0x5169: case 0x5F0D:	/* 二 两 兩 弍 */
			case 0x4E09: case 0x5F0E:	/* 三 弎 */
			case 0x56DB:		/* 四 */
			case 0x4E94:		/* 五 */
			case 0x516D:		/* 六 */
			case 0x4E03:		/* 七 */
			case 0x516B:		/* 八 */
			case 0x4E5D:		/* 九 */
				si->cn++;
				si->cn_digit++;
				break;
			case 0x4E07: case 0x842C:	/* 万 萬 */
			case 0x4EBF: case 0x5104:	/* 亿 億 */
			case 0x5146:		/* 兆 */
				if (si->cn == 0)
					si->cn_first_big = true;
				si->cn++;
				si->cn_unit++;
				break;
			case 0x62FE: case 0x4F70: case 0x4EDF:	/* 拾 佰 仟 */
				si->capital = true;
				/* FALLTHROUGH */
			case 0x5341:		/* 十 */
			case 0x767E:		/* 百 */
			case 0x5343:		/* 千 */
			case 0x5EFF: case 0x5345: case 0x534C:	/* 廿 卅 卌 */
				si->cn++;
				si->cn_unit++;
				break;
			case 0x89D2:		/* 角 */
			case 0x6BDB:		/* 毛 */
				si->subunit = true;
				break;
			case 0x70B9:		/* 点 */
			case 0x9EDE:		/* 點 */
				si->cn_point = true;
				break;
			case 0x5143: case 0x5706: case 0x5713:	/* 元 圆 圓 */
			case 0x5757: case 0x584A:	/* 块 塊 */
			case 0x94B1:		/* 钱 */
			case 0x5E01: case 0x5E63:	/* 币 幣 */
			case 0xA5:			/* ¥ (and ￥, folded) */
				si->main_unit = true;
				break;
			default:
				break;
		}
		prev = cp;
		k = n;
	}
	{
		uint32_t	cp = zn_cp(c, i, &n);

		si->first_digit = is_digit(cp) || cp == '-' || cp == '+' || cp == 0x2212;
	}
}

/* Is [i, e), a 6-digit integer, set off as a stock code: (600519),
 * SH 600959, 股票代码：600519? */
static bool
stock_code(const zn_ctx *c, size_t i, size_t e)
{
	size_t		at,
				n;
	uint32_t	before = cp_before_spaces(c, i, &at),
				after = zn_cp(c, zn_skip_spaces(c, e), &n);

	/* in parentheses (zn_cp folds （ ） to ( )) */
	if (before == '(' && after == ')')
		return true;
	/* after a market's letters: SH 600959 */
	if (is_alpha(before))
		return true;
	/* 代码 600519, 代码：600519 */
	if (before == ':')
		before = cp_before_spaces(c, at, &at);
	return (before == 0x7801 || before == 0x78BC) && zn_cp_before(c, at) == 0x4EE3;	/* 代码 代碼 */
}

/*
 * Should the match f at [i, e) be reported?  When not, *skip is where the
 * scan resumes: past the match, past the whole ASCII token when the match
 * was part of one (000753.SZ, 0731-88888888, 5G), or at its number when
 * only the word before it was wrong.
 */
typedef enum verdict
{
	J_KEEP,						/* report it */
	J_DROP,						/* not a figure: resume at *skip */
	J_RETRY						/* read the same place as another kind */
} verdict;

static verdict
judge(xscan *x, const zn_figure *f, size_t i, size_t e, size_t *skip)
{
	const zn_ctx *c = &x->c;
	spaninfo	si;
	size_t		at;
	uint32_t	before,
				after;

	*skip = e;
	if (f->kind == ZN_KIND_DATE)
		return J_KEEP;

	/* ordinals: 第一, 第3名, 第3天 */
	before = cp_before_spaces(c, i, &at);
	if (before == 0x7B2C)		/* 第 */
		return J_DROP;
	if (f->kind == ZN_KIND_DURATION)
	{
		/* 2019年半年度, 高于2012年: a year, not a thousand years */
		if ((int64_t) f->duration.months >= 12 * 1000)
			return J_RETRY;
		return J_KEEP;
	}

	span_info(c, i, e, &si);

	/* a three-letter code that is no currency we know: TOP 10, CEO 3 */
	if (f->kind == ZN_KIND_MONEY && !zn_currency_known(f->currency))
		return J_DROP;

	/* glued to ASCII: 5G, PM2.5, A5, COVID-19, 1+6, v1.2.3, 10:30, 000753.SZ */
	if (si.first_digit && i > 0)
	{
		unsigned char b = c->s[i - 1];

		if (byte_alnum(b) || (is_chain(b) && i >= 2 && byte_alnum(c->s[i - 2])))
		{
			*skip = ascii_token_end(c, e);
			return J_DROP;
		}
	}
	if (e > i && is_alpha(c->s[e - 1]) && is_alnum(byte_at(c, e)))
	{
		/* 250ms, 168cmx: a unit glued to more letters is a word */
		*skip = ascii_token_end(c, e);
		return J_DROP;
	}
	if (e > i && is_digit(c->s[e - 1]))
	{
		unsigned char b = byte_at(c, e);

		if (byte_alnum(b) || (is_chain(b) && byte_alnum(byte_at(c, e + 1))))
		{
			*skip = ascii_token_end(c, e);
			return J_DROP;
		}
	}

	/* codes: 000753, 01810, 0731 (numbers are not written with a leading
	 * zero), long digit runs (phones, ID and account numbers) */
	if (si.lead_zero && !si.point)
	{
		*skip = ascii_token_end(c, e);
		return J_DROP;
	}
	if (f->kind == ZN_KIND_NUMBER && si.only_digits)
	{
		if (si.arabic >= 11)
			return J_DROP;
		if (si.arabic == 6 && stock_code(c, i, e))
			return J_DROP;
		/* list markers: (1), ⑴, 1、 at the start of a line */
		if (si.arabic <= 2)
		{
			size_t		at2,
						n2;
			uint32_t	b2 = cp_before_spaces(c, i, &at2),
						a2 = zn_cp(c, zn_skip_spaces(c, e), &n2);

			if ((b2 == '(' && a2 == ')') ||
				(a2 == 0x3001 && (b2 == ZN_CP_END || b2 == '\n' || b2 == '\r')))
				return J_DROP;
		}
	}

	after = cp_after_spaces(c, e);
	if (f->kind == ZN_KIND_NUMBER)
	{
		/* 高于2012年第二季度: the word before a year is not a qualifier;
		 * the date begins at the number */
		if (after == 0x5E74 && !si.first_digit && si.arabic == 4 && si.only_digits == false)
		{
			size_t		k = i;

			while (k < e && !is_digit(c->s[k]))
				k++;
			*skip = k;
			return J_DROP;
		}
		/* ranks, versions, generations, identifiers, models */
		switch (after)
		{
			case 0x5F3A:		/* 强 */
			case 0x5F37:		/* 強 */
			case 0x4F73:		/* 佳 */
			case 0x7248:		/* 版 */
			case 0x4EE3:		/* 代 */
			case 0x53F7:		/* 号 */
			case 0x865F:		/* 號 */
			case 0x578B:		/* 型 */
				return J_DROP;

			/*
			 * a piece of a date or a time of day that the date grammar
			 * did not take (每年9月, 5点08分): no number of its own
			 */
			case 0x5E74:		/* 年 */
			case 0x6708:		/* 月 */
			case 0x65E5:		/* 日 */
			case 0x65F6:		/* 时 */
			case 0x6642:		/* 時 */
			case 0x5206:		/* 分 */
			case 0x79D2:		/* 秒 */
				return J_DROP;
			default:
				break;
		}
	}

	if (si.arabic == 0 && si.cn > 0)
	{
		/* a 大写 numeral alone is a name (陆家新区, 队伍) unless money */
		if (si.capital && si.cn == 1 && f->kind != ZN_KIND_MONEY)
			return J_DROP;

		/* written in Chinese numerals only: words are the danger */
		switch (f->kind)
		{
			case ZN_KIND_NUMBER:
				if (si.cn == 1 || si.cn_first_big || si.cn_digit == 0 ||
					(si.cn_unit == 0 && !si.cn_point))
					return J_DROP;
				break;
			case ZN_KIND_QUANTITY:
				/* 一个, 一家: the article, not a count; 零件: a word */
				if (si.cn == 1 && !f->is_range && f->qual == ZN_Q_EXACT &&
					zn_dec_cmp(f->lo, zn_dec_make(1, 0)) <= 0)
					return J_DROP;
				break;
			case ZN_KIND_MONEY:
				/* 五角大楼, 三角形, 五毛: 角/毛 alone is rarely money; nor is
				 * a unit without a number (单位：万元, 万元户) */
				if ((si.subunit && !si.main_unit) || si.cn_first_big)
					return J_DROP;
				break;
			default:
				break;
		}
	}
	return J_KEEP;
}

/* ---- year context ---------------------------------------------------------- */

/* 0: no break in [from, to); 1: a sentence ends there; 2: a paragraph. */
static int
text_break(const zn_ctx *c, size_t from, size_t to)
{
	const unsigned char *s = c->s;
	int			r = 0;
	size_t		k;

	for (k = from; k < to; k++)
	{
		unsigned char b = s[k];

		if (b == '\n' || b == '\r')
			return 2;
		if (b == '!' || b == '?')
			r = 1;
		else if (b == 0xE3 && k + 2 < to + 2 && k + 2 < c->len &&
				 s[k + 1] == 0x80 && s[k + 2] == 0x82)
			r = 1;				/* 。 */
		else if (b == 0xEF && k + 2 < c->len && s[k + 1] == 0xBC &&
				 (s[k + 2] == 0x81 || s[k + 2] == 0x9F))
			r = 1;				/* ！ ？ */
	}
	return r;
}

/* The decimal digits of v > 0 at p; returns their end. */
static char *
put_digits(char *p, uint32_t v)
{
	char		d[10];
	int			n = 0;

	do
		d[n++] = (char) ('0' + v % 10);
	while ((v /= 10) > 0);
	while (n > 0)
		*p++ = d[--n];
	return p;
}

/*
 * Parse "<y>年<span>" (m == 0) or "<y>年<m>月<span>" as one date; true with
 * *out when it is one.  The same span comes back with the same year in a
 * long text (一季度, 上半年 under every heading of a report): zn_parse is
 * pure and the reference date the same throughout, so the last few parses
 * are remembered.
 */
static bool
parse_prefixed(xscan *x, int32_t y, int m, size_t i, size_t e, zn_figure *out)
{
	char		buf[MAX_INHERIT_SPAN + 32];
	char	   *p = buf;
	zn_error	err;
	inherit_memo *h;
	int			k;

	if (e - i > MAX_INHERIT_SPAN)
		return false;
	for (k = 0; k < x->n_memo; k++)
	{
		h = &x->memo[k];
		if (h->y == y && h->m == m && h->len == e - i &&
			memcmp(x->c.s + h->at, x->c.s + i, e - i) == 0)
		{
			if (h->ok)
				*out = h->f;
			return h->ok;
		}
	}
	h = &x->memo[x->memo_next];
	x->memo_next = (x->memo_next + 1) % INHERIT_MEMO;
	if (x->n_memo < INHERIT_MEMO)
		x->n_memo++;
	h->y = y;
	h->m = m;
	h->at = i;
	h->len = e - i;

	p = put_digits(p, (uint32_t) y);
	memcpy(p, "年", strlen("年"));
	p += strlen("年");
	if (m > 0)
	{
		p = put_digits(p, (uint32_t) m);
		memcpy(p, "月", strlen("月"));
		p += strlen("月");
	}
	memcpy(p, x->c.s + i, e - i);
	p += e - i;
	h->ok = zn_parse(buf, p - buf, ZN_MASK(ZN_KIND_DATE), x->c.ref, &h->f, &err) == ZN_OK &&
		h->f.dates.known;
	if (h->ok)
		*out = h->f;
	return h->ok;
}

/* Does the year context apply to a year-less date at i (see the header
 * comment)? */
static bool
context_applies(const xscan *x, size_t i)
{
	int			br;

	if (x->cy <= 0)
		return false;
	if (x->c.ref == ZN_NO_REF)
		return true;
	br = text_break(&x->c, x->cend, i);
	return br == 0 || (br == 1 && x->cfine);
}

/*
 * Apply and update the year context for the date f at [i, e).
 */
static void
date_context(xscan *x, zn_figure *f, size_t i, size_t e)
{
	zn_figure	g;
	bool		yearless;

	/*
	 * A date that does not resolve (近日, or 去年 without a reference date)
	 * sets no context, and takes one only where one applies: otherwise
	 * the parses below could change nothing.
	 */
	if (!f->dates.known && !context_applies(x, i))
		return;

	/* year-less: the grammar accepts it with a year written before it */
	yearless = parse_prefixed(x, x->cy > 0 ? x->cy : 2000, 0, i, e, &g);
	if (!yearless && x->cy > 0 && x->cm > 0)
	{
		/* a day alone: 19日 */
		yearless = parse_prefixed(x, x->cy, x->cm, i, e, &g);
	}

	if (yearless)
	{
		if (context_applies(x, i))
		{
			f->dates = g.dates;
			f->is_range = g.is_range;
		}
		return;
	}

	/*
	 * A date that names its year (or a resolved relative one: 去年3月) sets
	 * the context: the year of its last day; its month when it lies within
	 * one month (for a later day alone); "fine" when it is shorter than a
	 * year (a narrative date rather than a reporting period).
	 */
	if (f->dates.known)
	{
		int32_t		lo = f->dates.lo,
					hi = f->dates.hi,
					ylo,
					yhi;
		int			mlo,
					mhi,
					d;

		if (hi == ZN_DATE_POS_INF)
			hi = lo;
		if (lo == ZN_DATE_NEG_INF)
			lo = hi;
		if (lo == ZN_DATE_NEG_INF || hi == ZN_DATE_POS_INF)
			return;
		zn_ymd(lo, &ylo, &mlo, &d);
		zn_ymd(hi, &yhi, &mhi, &d);
		x->cy = yhi;
		x->cm = (ylo == yhi && mlo == mhi) ? mhi : 0;
		x->cfine = (int64_t) hi - lo + 1 < 365;
		x->cend = e;
	}
}

/*
 * Words around a figure that running text puts there but that are not part
 * of it: 每股 before a price (每股10.42-10.52港元 is a price of 10.42 to
 * 10.52港元) and the remark (含) after an amount, which changes neither
 * its value nor its qualifier; the prepositions and particles
 * around a date (截至2019年6月30日, 自2019年12月15日起, 2019年12月6日至
 * 2020年6月5日期间: the date is the day or the range itself, as of which or
 * from which something holds); a quarter before 报, which names a report
 * (2019年三季报: the date is 2019年).
 */
typedef struct lword
{
	const char *w;
	size_t		len;
} lword;

#define LW(s) {s, sizeof(s) - 1}

static const lword money_lead[] = {LW("每股")};
static const lword money_trail[] = {LW("（含）"), LW("(含)")};
static const lword date_lead[] = {
	LW("截至到"), LW("截止到"), LW("截止至"), LW("截止于"), LW("截至于"), LW("截至"),
	LW("截止"), LW("自从"), LW("自從"), LW("自"), LW("从"), LW("從"), LW("由"), LW("在")
};
static const lword date_trail[] = {
	LW("期间"), LW("期間"), LW("为止"), LW("為止"), LW("止"), LW("起"), LW("开始"),
	LW("開始")
};

/*
 * The end of the first of the words found at i, or 0, as zn_m_words.  (The
 * last byte is compared first: the first bytes of Chinese words are alike,
 * their last bytes are not.)
 */
static size_t
begins_with(const zn_ctx *c, size_t i, const lword *w, int n)
{
	int			k;

	for (k = 0; k < n; k++)
	{
		size_t		l = w[k].len;

		if (l <= c->len - i && c->s[i + l - 1] == (unsigned char) w[k].w[l - 1] &&
			memcmp(c->s + i, w[k].w, l) == 0)
			return i + l;
	}
	return 0;
}

/* Does [i, e) end with one of the words, after something else?  Returns
 * the word's start or e. */
static size_t
ends_with(const zn_ctx *c, size_t i, size_t e, const lword *w, int n)
{
	int			k;

	for (k = 0; k < n; k++)
	{
		size_t		l = w[k].len;

		if (e - i > l && c->s[e - 1] == (unsigned char) w[k].w[l - 1] &&
			memcmp(c->s + e - l, w[k].w, l) == 0)
			return e - l;
	}
	return e;
}

/*
 * Narrow the match f at [*i, *e) to the figure proper (see above): the
 * narrower span is matched again, alone, so that its value is the one the
 * grammar gives it.  Nothing changes when that does not give a figure of
 * the same kind spanning exactly the narrower span.  False when nothing of
 * the match is a figure (一季报).
 */
static bool
narrow(xscan *x, zn_figure *f, size_t *i, size_t *e)
{
	zn_ctx	   *c = &x->c;
	size_t		j = *i,
				k = *e,
				w,
				save,
				got;
	zn_figure	g;

	if (f->kind == ZN_KIND_MONEY)
	{
		if ((w = begins_with(c, j, money_lead, NW(money_lead))) != 0)
			j = zn_skip_spaces(c, w);
		k = ends_with(c, j, k, money_trail, NW(money_trail));
	}
	else if (f->kind == ZN_KIND_DATE)
	{
		size_t		n;
		uint32_t	next = zn_cp(c, k, &n);

		if ((w = begins_with(c, j, date_lead, NW(date_lead))) != 0)
			j = zn_skip_spaces(c, w);
		k = ends_with(c, j, k, date_trail, NW(date_trail));
		if ((next == 0x62A5 || next == 0x5831) && k == *e &&
			(w = ends_with(c, j, k, (const lword[]) {LW("季")}, 1)) < k)
		{
			/* 三季报, 2019年一季报: back over the quarter's number */
			k = w;
			while (k > j)
			{
				size_t		p = k - 1;

				while (p > j && (c->s[p] & 0xC0) == 0x80)
					p--;
				if (!(class_at(x, p, &n) & X_NUM) && c->s[p] != ' ' &&
					zn_cp(c, p, &n) != 0x7B2C && zn_cp(c, p, &n) != 0x524D)	/* 第 前 */
					break;
				k = p;
			}
			if (k <= j)
				return false;
		}
		while (k > j && c->s[k - 1] == ' ')
			k--;
	}
	if ((j == *i && k == *e) || j >= k)
		return true;
	save = c->len;
	c->len = k;
	c->fail = ZN_OK;
	got = zn_m_any(c, j, ZN_MASK(f->kind), &g);
	c->len = save;
	c->fail = ZN_OK;
	if (got != k || g.kind != f->kind)
		return true;
	*f = g;
	*i = j;
	*e = k;
	return true;
}

/* The kinds zn_m_figure reads. */
#define FIGURE_KINDS	(ZN_MASK(ZN_KIND_NUMBER) | ZN_MASK(ZN_KIND_MONEY) | \
						 ZN_MASK(ZN_KIND_QUANTITY) | ZN_MASK(ZN_KIND_PERCENT))

/*
 * kinds without those whose grammar surely finds nothing at i.  The figure
 * grammar is not asked (figure in match_at is its filter); the date and
 * duration grammars would be asked at every number, and most numbers of a
 * text (25 亿元, 12 个, 一流) can be neither: their may-begin tests say so
 * for a fraction of a match.  A hard error they meet is the grammars' to
 * meet again (zn_m_any), so it is not kept here.
 */
static unsigned
possible_kinds(xscan *x, size_t i, unsigned kinds)
{
	if ((kinds & ZN_MASK(ZN_KIND_DATE)) && !zn_date_may_begin(&x->c, i))
		kinds &= ~ZN_MASK(ZN_KIND_DATE);
	if ((kinds & ZN_MASK(ZN_KIND_DURATION)) && !zn_duration_may_begin(&x->c, i))
		kinds &= ~ZN_MASK(ZN_KIND_DURATION);
	x->c.fail = ZN_OK;
	return kinds;
}

/*
 * The figure at *i, if any and if it is one in its context: true with *f
 * and its end *e; false with *i moved past what is not a figure (n is the
 * offset of the character after *i).  figure: whether zn_m_figure may match
 * at *i (when not, asking zn_m_any for dates and durations alone changes
 * nothing but the time it takes).
 */
static bool
match_at(xscan *x, size_t *i, size_t n, bool figure, zn_figure *f, size_t *e)
{
	unsigned	kinds = figure ? ZN_MASK_ALL : ZN_MASK_ALL & ~FIGURE_KINDS;

	/*
	 * 签约25亿元: whatever matched at 约 would begin inside a word; resume
	 * after 约 (the amount is then read from 2) without asking.
	 */
	if (ends_qual_word(&x->c, *i))
	{
		*i = n;
		return false;
	}
	if ((kinds = possible_kinds(x, *i, kinds)) == 0)
	{
		*i = n;
		return false;
	}

	for (;;)
	{
		size_t		skip;
		verdict		v;

		x->c.fail = ZN_OK;
		*e = zn_m_any(&x->c, *i, kinds, f);
		if (x->c.fail != ZN_OK)
		{
			/* overflow or an impossible value: not a figure, nor is any
			 * part of it */
			size_t		r = skip_run(x, *i);

			x->c.fail = ZN_OK;
			*i = r > n ? r : n;
			return false;
		}
		if (*e == 0)
		{
			*i = n;
			return false;
		}
		v = judge(x, f, *i, *e, &skip);
		if (v == J_KEEP)
			break;
		if (v == J_RETRY)
		{
			/* the same place read as another kind */
			kinds &= ~ZN_MASK(f->kind);
			continue;
		}
		*i = skip > *i ? skip : n;
		return false;
	}
	if (!narrow(x, f, i, e))
	{
		*i = *e;
		return false;
	}
	return true;
}

/* ---- the scan ------------------------------------------------------------------ */

zn_status
zn_extract(const char *s, size_t len, const zn_extract_opts *opts, zn_error *err)
{
	size_t		bad = zn_utf8_check(s, len);

	if (bad < len)
	{
		err->code = ZN_ERR_ENCODING;
		err->byte_pos = bad;
		err->byte_len = 1;
		err->detail = "invalid UTF-8";
		return ZN_ERR_ENCODING;
	}
	zn_extract_valid(s, len, opts);
	return ZN_OK;
}

void
zn_extract_valid(const char *s, size_t len, const zn_extract_opts *opts)
{
	xscan		x;
	size_t		i = 0,
				next_tick = TICK_BYTES;

	xclass_init();
	memset(&x, 0, offsetof(xscan, memo));
	zn_ctx_init(&x.c, s, len, opts->ref, false);
	x.num_from = 1;				/* nothing cached yet */

	while (i < len)
	{
		size_t		n,
					e;
		uint8_t		cl;
		bool		figure;
		zn_figure	f;

		if (i >= next_tick)
		{
			if (opts->tick)
				opts->tick(opts->arg);
			next_tick = i + TICK_BYTES;
		}

		i = next_marked(x.c.s, i, len < next_tick ? len : next_tick, &try_bits);
		if (i >= len || i >= next_tick)
			continue;
		{
			uint32_t	cp = zn_cp(&x.c, i, &n);
			bool		pre_tried;

			cl = cp < 0x10000 ? xclass[cp] : 0;
			pre_tried = (cl & X_PRE) && numeral_near(&x, n);
			figure = (cl & X_NUM) || (pre_tried && prefix_word_at(&x, i));
			if (!figure && !((cl & X_DATE) && date_start_at(&x, cp, n)))
			{
				i = n;
				continue;
			}

			/*
			 * Where only a date word begins, a figure may still begin
			 * (zn_m_figure: a sign, 每股, 从, a qualifier or currency, a
			 * numeral) unless prefix_word_at said no to the words (or no
			 * such word begins here) and no numeral begins here either.
			 */
			if (!figure)
				figure = ((cl & X_PRE) && !pre_tried) ||
					zn_numeral_may_start(&x.c, i);
		}

		if (!match_at(&x, &i, n, figure, &f, &e))
			continue;
		if (f.kind == ZN_KIND_DATE)
			date_context(&x, &f, i, e);
		f.start = i;
		f.end = e;
		if ((opts->kinds & ZN_MASK(f.kind)) && opts->emit && !opts->emit(opts->arg, &f))
			break;
		i = e;
	}
}
