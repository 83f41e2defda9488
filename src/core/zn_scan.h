/*
 * zn_scan.h — the scanner shared by every matcher of the core (internal).
 *
 * Matchers are functions `size_t zn_m_X(zn_ctx *c, size_t i, ... *out)`
 * that try to recognise an X starting at byte offset i and return the
 * offset just past it, or 0 when there is none (a match never ends at 0).
 * They never allocate, hold no global state, and only read c->s.
 *
 * The input is valid UTF-8 (zn_parse / zn_extract check it first), so the
 * decoder below does not re-validate.
 */
#ifndef ZN_SCAN_H
#define ZN_SCAN_H

#include <string.h>

#include "zn.h"

/* Flags describing how a numeral was written. */
#define ZN_NF_ARABIC	0x0001	/* contains Arabic digits */
#define ZN_NF_CHINESE	0x0002	/* contains Chinese numerals */
#define ZN_NF_UNIT		0x0004	/* contains a unit character (十百千万亿兆) */
#define ZN_NF_DIGITSEQ	0x0008	/* read digit by digit: 二〇一九 */
#define ZN_NF_POINT		0x0010	/* has a decimal point */
#define ZN_NF_SIGN		0x0020	/* has a sign */
#define ZN_NF_SEP		0x0040	/* has thousands separators */
#define ZN_NF_VAGUE		0x0080	/* 几 / 数 / 多 / 余 inside */
#define ZN_NF_ENDS_BIG	0x0100	/* ends with 万 / 亿 / 兆 */
#define ZN_NF_LETTER	0x0200	/* k / w / M / G suffix */
#define ZN_NF_BARE_UNIT 0x0400	/* begins with a unit character: 十五, 百万 */
#define ZN_NF_HAS_BIG	0x0800	/* contains 万 / 亿 / 兆 or a scale letter */

typedef struct zn_numv
{
	zn_dec		lo;
	zn_dec		hi;				/* equals lo unless is_range */
	bool		is_range;
	zn_qual		qual;			/* from 多 余 几 数 and adjacent digits */
	unsigned	flags;
	int32_t		tail_scale;		/* power of ten the leading number was
								 * multiplied by when the numeral is one
								 * number followed by units only (30亿: 8),
								 * else -1; lets 20至30亿 scale both ends */
	int			ndigits;		/* digits written, for digit-sequence rules */
	int			big_tail;		/* powers of the big units ending it (万亿: 12) */
	size_t		last_start;		/* offset of the last token (unit words such
								 * as 千米 or 兆瓦 begin with a numeral) */
} zn_numv;

typedef struct zn_ctx
{
	const unsigned char *s;
	size_t		len;
	int32_t		ref;			/* reference date, or ZN_NO_REF */
	bool		anchored;		/* whole-string parse (not running text) */

	/*
	 * Furthest offset at which a matcher looked for something and did not
	 * find it: the "first unexpected character" of an error message.
	 */
	size_t		far;
	const char *far_detail;

	/* A hard error (overflow, impossible date) aborts the whole parse. */
	zn_status	fail;
	size_t		fail_pos;
	const char *fail_detail;

	/*
	 * The last numeral zn_m_numeral read in running text, which the next
	 * matcher at the same offset often reads again (zn_m_duration after
	 * zn_m_figure): valid while len is the same (extraction narrows it for
	 * a while), unset by zn_ctx_init; the text itself never changes.
	 */
	size_t		memo_at;		/* offset + 1 of the numeral, 0 for none */
	size_t		memo_len;		/* len when it was read */
	size_t		memo_end;
	size_t		memo_far;		/* what the read noted with zn_miss, from */
	const char *memo_far_detail;	/* far = 0 and no detail */
	zn_numv		memo;
} zn_ctx;

static inline void
zn_ctx_init(zn_ctx *c, const char *s, size_t len, int32_t ref, bool anchored)
{
	/* field by field: the memo is large and needs no clearing */
	c->s = (const unsigned char *) s;
	c->len = len;
	c->ref = ref;
	c->anchored = anchored;
	c->far = 0;
	c->far_detail = NULL;
	c->fail = ZN_OK;
	c->fail_pos = 0;
	c->fail_detail = NULL;
	c->memo_at = 0;
}

/* Note that nothing matched at i (for error positions). */
static inline void
zn_miss(zn_ctx *c, size_t i, const char *detail)
{
	if (i > c->far || (i == c->far && c->far_detail == NULL))
	{
		c->far = i;
		c->far_detail = detail;
	}
}

/* Record a hard error; the first one wins.  Returns 0 for use in matchers. */
static inline size_t
zn_fail(zn_ctx *c, zn_status code, size_t pos, const char *detail)
{
	if (c->fail == ZN_OK)
	{
		c->fail = code;
		c->fail_pos = pos;
		c->fail_detail = detail;
	}
	return 0;
}

#define ZN_CP_END 0u			/* past the end of input */

/* The code point of the well-formed 3-byte UTF-8 character at p (U+0800-FFFF,
 * which holds all of CJK). */
static inline uint32_t
zn_utf8_cp3(const unsigned char *p)
{
	return ((uint32_t) (p[0] & 0x0F) << 12) | ((uint32_t) (p[1] & 0x3F) << 6) | (p[2] & 0x3F);
}

/*
 * Code point at i, with full-width ASCII (U+FF01..FF5E) folded to ASCII and
 * the ideographic space U+3000 folded to ' ' (exactly what NFKC does to
 * them; test_norm checks this against ICU).  *next receives the offset of
 * the following character.
 */
static inline uint32_t
zn_cp(const zn_ctx *c, size_t i, size_t *next)
{
	const unsigned char *p = c->s + i;
	uint32_t	cp;

	if (i >= c->len)
	{
		*next = i;
		return ZN_CP_END;
	}
	if (p[0] < 0x80)
	{
		*next = i + 1;
		return p[0];
	}
	if (p[0] < 0xE0)
	{
		*next = i + 2;
		return ((uint32_t) (p[0] & 0x1F) << 6) | (p[1] & 0x3F);
	}
	if (p[0] < 0xF0)
	{
		*next = i + 3;
		cp = zn_utf8_cp3(p);
		/* only lead bytes EF (U+FF01..FF5E) and E3 (U+3000) can fold */
		if (p[0] == 0xEF && cp - 0xFF01 <= 0xFF5E - 0xFF01)
			return cp - 0xFEE0;
		if (p[0] == 0xE3 && cp == 0x3000)
			return ' ';
		return cp;
	}
	*next = i + 4;
	return ((uint32_t) (p[0] & 0x07) << 18) | ((uint32_t) (p[1] & 0x3F) << 12) |
		((uint32_t) (p[2] & 0x3F) << 6) | (p[3] & 0x3F);
}

/* Code point just before offset i (0 at the start of input); not folded
 * beyond what zn_cp does. */
uint32_t	zn_cp_before(const zn_ctx *c, size_t i);

static inline bool
zn_is_space(uint32_t cp)
{
	return cp == ' ' || cp == '\t' || cp == 0xA0 || cp == '\n' || cp == '\r';
}

/* Skip horizontal white space (figures may contain it: "25 亿元"). */
static inline size_t
zn_skip_spaces(const zn_ctx *c, size_t i)
{
	/* byte by byte: ' ', '\t', U+00A0 (C2 A0), U+3000 (E3 80 80) */
	while (i < c->len)
	{
		const unsigned char *p = c->s + i;

		/* most calls find no space: three tests let every other byte
		 * above ' ' (all but the lead bytes C2 and E3) through */
		if (p[0] > ' ' && p[0] != 0xC2 && p[0] != 0xE3)
			break;
		if (p[0] == ' ' || p[0] == '\t')
			i++;
		else if (p[0] == 0xC2 && p[1] == 0xA0)
			i += 2;
		else if (p[0] == 0xE3 && p[1] == 0x80 && p[2] == 0x80)
			i += 3;
		else
			break;
	}
	return i;
}

/*
 * Match one of a list of literal UTF-8 words at i (longest first is the
 * caller's job: the first that matches wins).  Returns the end offset or 0;
 * *which receives the index of the word.
 */
size_t		zn_m_words(const zn_ctx *c, size_t i, const char *const *words,
					   int nwords, int *which);

/*
 * Match the literal word w at i; end offset or 0.  The first byte is
 * compared before anything else: almost every call fails there, and word
 * lists call this in loops (strlen of a literal folds at compile time).
 */
static inline size_t
zn_m_lit(const zn_ctx *c, size_t i, const char *w)
{
	size_t		n;

	if (i >= c->len || c->s[i] != (unsigned char) w[0])
		return 0;
	n = strlen(w);
	if (n > c->len - i || memcmp(c->s + i, w, n) != 0)
		return 0;
	return i + n;
}

/* ------------------------------------------------------------------------
 * Numerals (zn_numeral.c)
 * ------------------------------------------------------------------------ */

/*
 * A numeral at i: Arabic digits (with , separators, a point, scale
 * characters), Chinese numerals in every script, mixed forms, adjacent-digit
 * ranges (三五百), vague forms (十几万, 三千多), decimal points (三点八六亿).
 * No sign, no fraction, no percent: those are figure-level (zn_figure.c).
 */
size_t		zn_m_numeral(zn_ctx *c, size_t i, zn_numv *out);

/* Can a numeral begin at i?  (zn_m_numeral fails at once, noting a miss
 * at i, when it cannot.) */
bool		zn_numeral_may_start(const zn_ctx *c, size_t i);

/*
 * A small unsigned integer for dates and durations (年 月 日 个月 ...):
 * Arabic digits, Chinese numerals up to 九千九百九十九, digit sequences
 * (二〇一九).  No scales beyond 千, no point.  *val receives the value,
 * *ndigits how many digits were written (for two-digit years).
 */
size_t		zn_m_uint(zn_ctx *c, size_t i, int32_t *val, int *ndigits);

/* ------------------------------------------------------------------------
 * Figures: number, money, quantity, percent (zn_figure.c)
 * ------------------------------------------------------------------------ */

size_t		zn_m_figure(zn_ctx *c, size_t i, unsigned kinds, zn_figure *out);

/* ------------------------------------------------------------------------
 * Dates and durations (zn_date.c)
 * ------------------------------------------------------------------------ */

size_t		zn_m_date(zn_ctx *c, size_t i, zn_figure *out);
size_t		zn_m_duration(zn_ctx *c, size_t i, zn_figure *out);

/*
 * May zn_m_date, zn_m_duration match at i in running text?  False only
 * when they surely would not (a cheap look at the word at i and at what
 * follows the number there, through the grammars' own word lists), so
 * that extraction need not ask them at numbers neither can follow.  They
 * may note misses (zn_miss) and leave a hard error in c, as the grammars
 * would: not for whole-string parsing.
 */
bool		zn_date_may_begin(zn_ctx *c, size_t i);
bool		zn_duration_may_begin(zn_ctx *c, size_t i);

/* Every grammar at i, the longest match of a kind in `kinds` wins. */
size_t		zn_m_any(zn_ctx *c, size_t i, unsigned kinds, zn_figure *out);

#endif							/* ZN_SCAN_H */
