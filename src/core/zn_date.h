/*
 * zn_date.h — calendar arithmetic and the date grammar's internals.
 *
 * Days are counted from 2000-01-01 (PostgreSQL's DateADT), proleptic
 * Gregorian.  Every calendar field the grammar can produce lies in years
 * 1..9999, so the arithmetic below works in int64 and checks the result
 * against that window instead of trusting int32 wrap-around.
 */
#ifndef ZN_DATE_H
#define ZN_DATE_H

#include "zn_scan.h"

/* Years the grammar accepts and produces. */
#define ZN_YEAR_MIN 1
#define ZN_YEAR_MAX 9999

/* Their first and last day: zn_year_first(ZN_YEAR_MIN), zn_year_last(ZN_YEAR_MAX). */
#define ZN_DAY_MIN (-730119)
#define ZN_DAY_MAX 2921939

/* ---- calendar (zn_calendar.c) ------------------------------------------ */

bool		zn_is_leap(int32_t y);
int			zn_month_len(int32_t y, int m);

/* Days since 2000-01-01 of y-m-d; the fields must be valid. */
int32_t		zn_days(int32_t y, int m, int d);

/* Inverse of zn_days. */
void		zn_ymd(int32_t days, int32_t *y, int *m, int *d);

/* 1 = Monday … 7 = Sunday (ISO). */
int			zn_weekday(int32_t days);

/* The Monday of the week that holds `days`. */
int32_t		zn_week_start(int32_t days);

/*
 * days + n months, the day of month clipped to the target month's length
 * (Jan 31 + 1 month = Feb 28/29), as PostgreSQL's date + interval does.
 * False when the result leaves years 1..9999.
 */
bool		zn_add_months(int32_t days, int64_t n, int32_t *out);

/* days + n, false when the result leaves years 1..9999. */
bool		zn_add_days(int32_t days, int64_t n, int32_t *out);

/* First and last day of year y, of month y-m. */
int32_t		zn_year_first(int32_t y);
int32_t		zn_year_last(int32_t y);
int32_t		zn_month_first(int32_t y, int m);
int32_t		zn_month_last(int32_t y, int m);

/* Gregorian Easter Sunday of year y (anonymous Gregorian algorithm) and
 * Orthodox Easter (Julian computus, expressed as a Gregorian date). */
int32_t		zn_easter(int32_t y);
int32_t		zn_easter_orthodox(int32_t y);

/* ---- Chinese lunisolar calendar (zn_lunar.c) ---------------------------- */

/* Years of the lunar table: lunar years whose new year falls in 1901..2099. */
#define ZN_LUNAR_FIRST 1901
#define ZN_LUNAR_LAST 2099

/*
 * Day of lunar month `m` (1..12), day `d` (1..30) of lunar year `ly`
 * (the lunar year that begins in Gregorian year ly).  `leap` selects the
 * leap month that follows month m.  False when the year is outside the
 * table, the month is not a leap month, or the month has no day d.
 */
bool		zn_lunar_to_days(int32_t ly, int m, bool leap, int d, int32_t *out);

/* Length (29 or 30) of lunar month m of year ly, or 0. */
int			zn_lunar_month_len(int32_t ly, int m, bool leap);

/* The lunar date of a Gregorian day; false outside the table. */
bool		zn_lunar_from_days(int32_t days, int32_t *ly, int *m, bool *leap, int *d);

/* The day of solar term k (0 = 小寒 … 23 = 冬至) in Gregorian year y. */
bool		zn_solar_term(int32_t y, int k, int32_t *out);

/* ---- the date grammar (zn_date.c and friends) --------------------------- */

typedef enum zn_grain
{
	ZN_G_NONE = 0,
	ZN_G_DAY,
	ZN_G_XUN,					/* 上旬 中旬 下旬 and other parts of a month */
	ZN_G_WEEK,
	ZN_G_MONTH,
	ZN_G_QUARTER,
	ZN_G_HALF,
	ZN_G_YEAR,
	ZN_G_DECADE,
	ZN_G_CENTURY
} zn_grain;

/* Which calendar fields an expression writes out (for elided ranges). */
#define ZN_W_YEAR	0x01
#define ZN_W_MONTH	0x02
#define ZN_W_DAY	0x04

/*
 * A span of days recognised by the grammar, before it becomes a figure.
 * y/m carry the calendar context the expression establishes (its year and
 * month), which the second half of an elided range inherits:
 * 2019年4月14日至19日.
 */
typedef struct zn_dspan
{
	int32_t		lo;
	int32_t		hi;
	zn_grain	grain;
	int32_t		y;				/* year of the context, 0 if none */
	int			m;				/* month of the context, 0 if none */
	unsigned	written;		/* ZN_W_* fields written in the text */
	bool		rel;			/* the value depends on the reference date */
	bool		vague;			/* 近日: no definite range */
	bool		weekday_only;	/* a bare weekday (周五) */
	bool		lunar;			/* month and day of the lunar calendar */
	zn_qual		qual;
} zn_dspan;

/*
 * A small number for dates (after spaces): value, digits written and
 * whether it is written with Arabic digits.  What zn_m_uint reads (the
 * common forms, a few Arabic digits or one Chinese digit, are read without
 * it).
 */
typedef struct zn_dnum
{
	int32_t		val;
	int			ndigits;
	bool		arabic;			/* Arabic digits only */
	bool		unit;			/* has 十 百 千 廿 卅 */
	bool		liang;			/* begins with 两 兩 俩 倆 仨 (counts, never ordinals) */
	size_t		start;			/* offset of its first character */
} zn_dnum;

/*
 * One expression is tried in many ways (a year?  a month?  a day?  an
 * amount?  a range?) and each way reads the number at its start again, so
 * zn_d_num remembers the numbers it read, by offset (entry: the offset
 * modulo ZN_DNUM_MEMO; a later number may take the place of an earlier).
 */
#define ZN_DNUM_MEMO 8

typedef struct zn_dnum_memo
{
	size_t		at;				/* offset asked for; SIZE_MAX: empty */
	size_t		end;			/* what zn_d_num returned */
	zn_dnum		n;
} zn_dnum_memo;

/* Parsing state shared by the date matchers of one call. */
typedef struct zn_dstate
{
	zn_ctx	   *c;
	int32_t		ref;			/* reference day, 2000-01-01 when there is none */
	bool		noref;
	int32_t		ry;				/* its calendar fields */
	int			rm;
	int			rd;
	size_t		start;			/* where the expression begins */

	zn_dnum_memo nums[ZN_DNUM_MEMO];	/* zn_d_num's memo */

	/*
	 * zn_d_expr and its m_range both begin with the term at the start of
	 * the expression (without context): the second asks this memo.
	 */
	size_t		term_at;		/* SIZE_MAX: empty */
	size_t		term_end;
	zn_dspan	term;

	/* So do the year of m_calendar and that of zn_d_prefix (2019年1-9月). */
	size_t		year_at;		/* SIZE_MAX: empty */
	size_t		year_end;
	int32_t		year_y;
	bool		year_rel;

	/* And the lunar month after a year: 2019年五月初五 (m_calendar and
	 * year_part), or at a term's start (read_term and m_calendar: 五月初五). */
	size_t		lunar_at;		/* SIZE_MAX: empty */
	int32_t		lunar_year;
	bool		lunar_year_rel;
	size_t		lunar_end;
	zn_dspan	lunar;
} zn_dstate;

/* Context a term inherits: explicit year and month of the range's first
 * half, or none (0) to fall back on the reference. */
typedef struct zn_dctx
{
	int32_t		y;
	int			m;
	bool		lunar;
} zn_dctx;

void		zn_dstate_init(zn_dstate *st, zn_ctx *c);

/* ---- word lists ----------------------------------------------------------- */

/*
 * A list of words indexed by first character.  Most lookups find no word
 * (the grammar tries every alternative at every candidate offset), so a
 * lookup first tests one bit for the key of the character at the offset
 * (zn_dw_key); a hit compares only the few words filed under that key's
 * bucket (key modulo 256).
 *
 * The list is any array whose elements begin with their word: an array of
 * strings, or of structs whose first member is the word.  Declare it with
 * ZN_DWORDS(name, array); the index is built on first use (see
 * zn_dw_build), so the lists stay next to the code that reads them.
 */
/* The keys of first characters (zn_dw_key). */
#define ZN_DW_KEYS (256 + 2048)

typedef struct zn_dwords
{
	const char *base;			/* the array */
	uint16_t	stride;			/* size of one element */
	uint8_t		n;				/* number of words */
	bool		ready;			/* index built */
	uint8_t    *ix;				/* order[n]: the words by bucket, list order
								 * within a bucket; len[n]: their lengths, in
								 * that order */
	uint64_t   *pre;			/* pre[n]: their first 8 bytes, zero padded,
								 * in that order; mask[n]: the bytes of the
								 * word among them (see zn_dw_next) */
	uint64_t	keys[ZN_DW_KEYS / 64];	/* first-character keys present */
	uint8_t		start[257];		/* the words of bucket b: order[start[b] ..
								 * start[b + 1]) */
} zn_dwords;

#define ZN_DW_COUNT(a) (sizeof(a) / sizeof((a)[0]))
#define ZN_DWORDS(name, array) \
	_Static_assert(ZN_DW_COUNT(array) <= 255, "word list too long"); \
	static uint8_t name##_ix[2 * ZN_DW_COUNT(array)]; \
	static uint64_t name##_pre[2 * ZN_DW_COUNT(array)]; \
	static zn_dwords name = {(const char *) (array), sizeof((array)[0]), \
							 ZN_DW_COUNT(array), false, name##_ix, name##_pre, \
							 {0}, {0}}

void		zn_dw_build(zn_dwords *l);

/* Word k of l. */
static inline const char *
zn_dw_word(const zn_dwords *l, int k)
{
	return *(const char *const *) (l->base + (size_t) k * l->stride);
}

/*
 * A hash of the character at p (left bytes available) into 0..ZN_DW_KEYS-1:
 * a single byte is its own key and a multi-byte character keys 256 + its
 * code point's low 11 bits, so that the digits a date is mostly made of
 * never share a key with the Chinese characters the word lists begin with,
 * and few of those share one.
 */
static inline unsigned
zn_dw_key(const unsigned char *p, size_t left)
{
	if (p[0] < 0xC0 || left < 2)
		return p[0];
	if (p[0] < 0xE0 || left < 3)
		return 256 + (((unsigned) (p[0] & 0x1F) << 6) | (p[1] & 0x3F));
	return 256 + (((unsigned) (p[1] & 0x1F) << 6) | (p[2] & 0x3F));
}

/* Has a word of l the first-character key key? */
static inline bool
zn_dw_has_key(const zn_dwords *l, unsigned key)
{
	return (l->keys[key >> 6] >> (key & 63)) & 1;
}

/*
 * May a word of l begin at j (no spaces skipped)?  False means none does;
 * *key gets the key of the character there.  Inline: this is the test
 * nearly every lookup ends with.
 */
static inline bool
zn_dw_may(zn_dwords *l, const zn_ctx *c, size_t j, unsigned *key)
{
	if (!__atomic_load_n(&l->ready, __ATOMIC_ACQUIRE))
		zn_dw_build(l);
	if (j >= c->len)
		return false;
	*key = zn_dw_key(c->s + j, c->len - j);
	return zn_dw_has_key(l, *key);
}

/*
 * The first n bytes (n <= 8) of a uint64_t filled by memcpy: words are
 * compared eight bytes at a time, the text's against the word's.
 */
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
#define ZN_DW_MASK(n) ((n) >= 8 ? ~UINT64_C(0) : ~(~UINT64_C(0) >> (8 * (n))))
#else
#define ZN_DW_MASK(n) ((n) >= 8 ? ~UINT64_C(0) : (UINT64_C(1) << (8 * (n))) - 1)
#endif

/* The first 8 bytes at p (left available), zero padded. */
static inline uint64_t
zn_dw_head(const unsigned char *p, size_t left)
{
	uint64_t	h = 0;

	if (left >= 8)
		memcpy(&h, p, 8);
#if !defined(__BYTE_ORDER__) || __BYTE_ORDER__ != __ORDER_BIG_ENDIAN__
	else if (left >= 4)
	{
		/* two loads that overlap (the bytes in both are the same) */
		uint32_t	a,
					b;

		memcpy(&a, p, 4);
		memcpy(&b, p + left - 4, 4);
		h = a | ((uint64_t) b << (8 * (left - 4)));
	}
#endif
	else
	{
		unsigned char b[8] = {0};
		size_t		k;

		for (k = 0; k < left; k++)
			b[k] = p[k];
		memcpy(&h, b, 8);
	}
	return h;
}

/* The words of a list that match at an offset, in list order. */
typedef struct zn_dw_iter
{
	const zn_dwords *l;
	const unsigned char *p;		/* the text at the offset */
	size_t		left;			/* bytes from there to the end */
	uint64_t	head;			/* zn_dw_head(p, left) */
	int			k;				/* next place in order[] */
	int			end;
} zn_dw_iter;

/* Start iterating at offset j, whose key zn_dw_may found in l. */
static inline void
zn_dw_begin_key(zn_dw_iter *it, const zn_dwords *l, const zn_ctx *c, size_t j,
				unsigned key)
{
	it->l = l;
	it->p = c->s + j;
	it->left = c->len - j;
	it->head = zn_dw_head(it->p, it->left);
	it->k = l->start[key & 255];
	it->end = l->start[(key & 255) + 1];
}

/* Start iterating at offset j (no spaces skipped); false if no word of l
 * can begin there. */
static inline bool
zn_dw_begin(zn_dw_iter *it, zn_dwords *l, const zn_ctx *c, size_t j)
{
	unsigned	key;

	if (!zn_dw_may(l, c, j, &key))
		return false;
	zn_dw_begin_key(it, l, c, j, key);
	return true;
}

/* The index of the next word that matches (*len its length), or -1. */
static inline int
zn_dw_next(zn_dw_iter *it, size_t *len)
{
	const zn_dwords *l = it->l;

	while (it->k < it->end)
	{
		int			k = it->k++;
		size_t		n;

		/*
		 * Words of one key often begin with other characters, so the first
		 * eight bytes, compared at once, decide most comparisons (words are
		 * short).  A word no longer than eight bytes that runs past the
		 * text fails here too: the head is zero padded and words have no
		 * zero byte.
		 */
		if (((it->head ^ l->pre[k]) & l->pre[l->n + k]) != 0)
			continue;
		n = l->ix[l->n + k];
		if (n > 8 &&
			(n > it->left ||
			 memcmp(it->p + 8, zn_dw_word(l, l->ix[k]) + 8, n - 8) != 0))
			continue;
		*len = n;
		return l->ix[k];
	}
	return -1;
}

/* zn_dw_longest and zn_dw_first at j, whose key zn_dw_may found in l. */
size_t		zn_dw_longest_key(const zn_ctx *c, size_t j, const zn_dwords *l,
							  unsigned key, int limit, int *which);
size_t		zn_dw_first_key(const zn_ctx *c, size_t j, const zn_dwords *l,
							unsigned key, int *which);

/* Longest of the first `limit` words of l at j (no spaces skipped): its
 * end or 0; *which gets its index (the first of equal words). */
size_t		zn_dw_longest(const zn_ctx *c, size_t j, zn_dwords *l, int limit,
						  int *which);

/* The first word of l, in list order, that matches at j: end or 0.
 * Inline: most of these lookups find nothing, decided without a call. */
static inline __attribute__((always_inline)) size_t
zn_dw_first(const zn_ctx *c, size_t j, zn_dwords *l, int *which)
{
	unsigned	key;

	if (!zn_dw_may(l, c, j, &key))
		return 0;
	return zn_dw_first_key(c, j, l, key, which);
}

/*
 * Which alternatives of a rule may begin at an offset.  A rule such as a
 * term has a dozen alternatives and is tried at every candidate offset;
 * most alternatives begin with one of a few words, so the first character
 * rules them out with one table lookup instead of a dozen word lookups.
 * alts[key] has the bits of the alternatives with a word whose first
 * character has that key (zn_dw_key): a hash, so it may name alternatives
 * that then find nothing, never the reverse.  Alternatives that begin with
 * a number are the rule's own business.  Filled once, when the library is
 * loaded (constructors next to each rule).  A rule has at most sixteen
 * alternatives (bits of a uint16_t: the table has a few thousand keys).
 */
typedef struct zn_dcharset zn_dcharset;

typedef struct zn_dstarts
{
	uint16_t	alts[ZN_DW_KEYS];
	zn_dcharset *firsts;		/* if not NULL, also gets each first character */
} zn_dstarts;

void		zn_dstarts_add(zn_dstarts *t, uint32_t alts, const char *w);
void		zn_dstarts_add_list(zn_dstarts *t, uint32_t alts, zn_dwords *l);

/* For zn_d_lunar_starts and the like. */
void		zn_dstarts_add_cb(void *arg, const char *w);
typedef struct zn_dstarts_arg
{
	zn_dstarts *t;
	uint32_t	alts;
} zn_dstarts_arg;

/* The alternatives that may begin at j (no spaces skipped). */
static inline uint32_t
zn_dstarts_at(const zn_dstarts *t, const zn_ctx *c, size_t j)
{
	return j < c->len ? t->alts[zn_dw_key(c->s + j, c->len - j)] : 0;
}

/*
 * A set of characters of the Basic Multilingual Plane: what a date or a
 * duration may begin with (as zn_cp reads them, full-width ASCII folded),
 * for the matchers' up-front test, and the extraction scan's sets, which it
 * reads straight from the UTF-8 bytes (zn_extract.c's next_marked relies on
 * the layout: bit cp % 64 of bits[cp / 64]).
 */
struct zn_dcharset
{
	uint64_t	bits[1024];
};

static inline bool
zn_dcharset_has(const zn_dcharset *set, uint32_t cp)
{
	return cp < 0x10000 && ((set->bits[cp >> 6] >> (cp & 63)) & 1);
}

void		zn_dcharset_add(zn_dcharset *set, uint32_t cp);

/* Add the first character of w. */
void		zn_dcharset_add_word(zn_dcharset *set, const char *w);

/*
 * The first characters of every word a date expression may begin with
 * (filled by the constructors of the term and expression filters), and the
 * characters at which the numeral grammar (zn_m_numeral, zn_m_uint) or
 * zn_d_num may read anything.
 */
extern zn_dcharset zn_d_date_firsts;
extern zn_dcharset zn_d_numeral_firsts;

/* ---- reading helpers ------------------------------------------------------ */

/*
 * zn_skip_spaces on the bytes: ' ', '\t', U+00A0 (C2 A0) and U+3000
 * (E3 80 80), the characters zn_cp reads as ' ', '\t' and 0xA0.  Called
 * before nearly every word and number, so it decides without decoding.
 * zn_d_space_lead has the bytes these begin with.
 */
extern const bool zn_d_space_lead[256];

static inline size_t
zn_d_skip(const zn_ctx *c, size_t i)
{
	const unsigned char *s = c->s;

	while (i < c->len)
	{
		/* one load decides the common case: no space here */
		if (!zn_d_space_lead[s[i]])
			break;
		if (s[i] == ' ' || s[i] == '\t')
			i++;
		else if (s[i] == 0xC2 && i + 1 < c->len && s[i + 1] == 0xA0)
			i += 2;
		else if (s[i] == 0xE3 && i + 2 < c->len && s[i + 1] == 0x80 && s[i + 2] == 0x80)
			i += 3;
		else
			break;
	}
	return i;
}

/* Spaces, then literal w: end or 0 (the spaces are only taken with w).
 * Inline so that strlen of the literal folds. */
static inline __attribute__((always_inline)) size_t
zn_d_lit(const zn_dstate *st, size_t i, const char *w)
{
	const zn_ctx *c = st->c;
	size_t		j = zn_d_skip(c, i),
				n = strlen(w);

	if (j >= c->len || n > c->len - j || memcmp(c->s + j, w, n) != 0)
		return 0;
	return j + n;
}

/* zn_d_words_n and zn_d_first where they are not decided inline: spaces at
 * i, or the index of l not yet built. */
size_t		zn_d_words_slow(const zn_dstate *st, size_t i, zn_dwords *l, int limit,
							int *which);
size_t		zn_d_first_slow(const zn_dstate *st, size_t i, zn_dwords *l, int *which);

/*
 * Longest among the first `limit` words of l at i (after spaces); *which
 * gets its index.  Inline: the grammar makes a dozen lookups per parse and
 * most find no word, nor a space before it, which this decides without a
 * call.
 */
static inline __attribute__((always_inline)) size_t
zn_d_words_n(const zn_dstate *st, size_t i, zn_dwords *l, int limit, int *which)
{
	const zn_ctx *c = st->c;
	unsigned	key;

	/* (at the end no word begins, built or not) */
	if (i >= c->len)
		return 0;
	if (!__atomic_load_n(&l->ready, __ATOMIC_ACQUIRE) || zn_d_space_lead[c->s[i]])
		return zn_d_words_slow(st, i, l, limit, which);
	key = zn_dw_key(c->s + i, c->len - i);
	if (!zn_dw_has_key(l, key))
		return 0;
	return zn_dw_longest_key(c, i, l, key, limit, which);
}

/* Longest of the words at i (after spaces); *which gets its index. */
static inline __attribute__((always_inline)) size_t
zn_d_words(const zn_dstate *st, size_t i, zn_dwords *l, int *which)
{
	return zn_d_words_n(st, i, l, l->n, which);
}

/* The first word of l, in list order, at i (after spaces). */
static inline __attribute__((always_inline)) size_t
zn_d_first(const zn_dstate *st, size_t i, zn_dwords *l, int *which)
{
	const zn_ctx *c = st->c;
	unsigned	key;

	/* (as zn_d_words_n) */
	if (i >= c->len)
		return 0;
	if (!__atomic_load_n(&l->ready, __ATOMIC_ACQUIRE) || zn_d_space_lead[c->s[i]])
		return zn_d_first_slow(st, i, l, which);
	key = zn_dw_key(c->s + i, c->len - i);
	if (!zn_dw_has_key(l, key))
		return 0;
	return zn_dw_first_key(c, i, l, key, which);
}

/* zn_d_num when its memo does not have the number at j (after spaces). */
size_t		zn_d_num_read(zn_dstate *st, size_t j, zn_dnum *n);

/*
 * The number at i (after spaces), or 0.  Inline: most numbers are read
 * again, and the memo's answer then makes no call.
 */
static inline size_t
zn_d_num(zn_dstate *st, size_t i, zn_dnum *n)
{
	size_t		j = zn_d_skip(st->c, i);
	const zn_dnum_memo *m = &st->nums[j % ZN_DNUM_MEMO];

	if (m->at != j || st->c->fail != ZN_OK)
		return zn_d_num_read(st, j, n);
	*n = m->n;
	return m->end;
}

/*
 * The alternatives of a term that may match at i (a bit set; 0: none, so
 * that zn_d_term finds nothing there): what the word at i may begin, and
 * what the number at i may continue.
 */
unsigned	zn_d_term_alts(zn_dstate *st, size_t i);

/* One calendar term: 2019年4月14日, 去年, 下周三, 一季度, 春节, 2019-04-14 … */
size_t		zn_d_term(zn_dstate *st, size_t i, const zn_dctx *ctx, zn_dspan *out);

/* [year] [month] only: the context before an elided range (2019年1-9月);
 * fills out's y, m, grain, rel and written, not its days. */
size_t		zn_d_prefix(zn_dstate *st, size_t i, zn_dspan *out);

/* Holidays and lunar dates (zn_holiday.c), with an optional year before. */
size_t		zn_d_holiday(zn_dstate *st, size_t i, int32_t year, bool year_rel,
						 zn_dspan *out);
size_t		zn_d_lunar(zn_dstate *st, size_t i, int32_t year, bool year_rel,
					   zn_dspan *out);

/* Call add(arg, w) with each word a lunar date may begin with (the marks,
 * 闰, the named months); the others begin with a number. */
void		zn_d_lunar_starts(void (*add) (void *arg, const char *w), void *arg);

/* The same for holidays: those of zn_holiday.c's own list and the
 * festivals of other calendars (zn_world_holiday.c), which zn_d_holiday
 * falls back on. */
void		zn_d_holiday_starts(void (*add) (void *arg, const char *w), void *arg);
void		zn_d_world_holiday_starts(void (*add) (void *arg, const char *w), void *arg);

/*
 * A count of calendar units for windows and relative dates: 3个月, 两年半,
 * 30天, 4周.  months/days are the amount (half a year is 6 months, half a
 * month 15 days); grain is the largest unit.  `bare_month` admits 月
 * without 个 (近三月), which elsewhere names a month (3月前: before March).
 */
typedef struct zn_damount
{
	int64_t		months;
	int64_t		days;
	zn_grain	grain;
	bool		more;			/* 多 余: 3个多月 */
	bool		vague;			/* 几 数: 几天 */
} zn_damount;

size_t		zn_d_amount(zn_dstate *st, size_t i, bool bare_month, zn_damount *out);

/* The words an amount may begin with (半, 几 …); the others begin with a
 * number. */
void		zn_d_amount_starts(void (*add) (void *arg, const char *w), void *arg);

/* The words that may follow the number an amount read without bare_month
 * begins with: 几 多 个 年 季度 周 天 小时 … (the first word after it,
 * spaces skipped).  Not 月: 4月 names a month unless 个 comes between. */
void		zn_d_amount_follows(void (*add) (void *arg, const char *w), void *arg);

/* ref + sign * amount, false when out of range. */
bool		zn_d_shift(const zn_dstate *st, const zn_damount *a, int sign, int32_t *out);

/* Whole-expression composition: ranges, open ranges, windows (zn_date_range.c). */
size_t		zn_d_expr(zn_dstate *st, size_t i, zn_dspan *out);

/* A Chinese numeral character (零 一 … 十 百 千 万 亿 廿 卅 两). */
bool		zn_d_is_cn_numeral(uint32_t cp);

/* Record a hard date error (only in whole-string parsing: in running text
 * an impossible date is simply not a date).  Returns 0. */
size_t		zn_d_bad(zn_dstate *st, size_t pos, const char *detail);

#endif							/* ZN_DATE_H */
