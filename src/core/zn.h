/*
 * zn.h — public interface of zhnum's parsing core.
 *
 * The core is plain C (no PostgreSQL headers, no floating point) so that it
 * can be unit-tested, fuzzed and benchmarked alone.  There is one grammar and
 * one scanner: whole-string parsing (zn_parse) and extraction from running
 * text (zn_extract) call the same matchers; parsing is extraction anchored at
 * both ends of the input.
 *
 * Input is UTF-8.  Full-width ASCII forms (０-９ ％ ． ， － ＋ ￥ …) are
 * folded by the scanner itself; rarer compatibility characters go through
 * ICU first (zn_norm.h).  Byte offsets are used inside the core; errors and
 * extraction results also carry 1-based character positions.
 */
#ifndef ZN_H
#define ZN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "zn_dec.h"

typedef enum zn_status
{
	ZN_OK = 0,
	ZN_ERR_SYNTAX,				/* not an expression of the requested kind: 22P02 */
	ZN_ERR_RANGE,				/* value beyond what the target holds: 22003 */
	ZN_ERR_AMBIGUOUS,			/* a range or vague figure where one value is needed: 22P02 */
	ZN_ERR_ENCODING,			/* malformed UTF-8: 22021 */
	ZN_ERR_DATE,				/* impossible date such as 2019年2月30日: 22P02 (22008 in spirit) */
	ZN_ERR_NOT_SINGLE			/* zh_date on an expression covering several days: 22023 */
} zn_status;

typedef struct zn_error
{
	zn_status	code;
	size_t		byte_pos;		/* offset of the first offending byte */
	size_t		byte_len;		/* length of the offending character(s), >= 1 when inside input */
	const char *detail;			/* static English sentence, or NULL */
} zn_error;

/* Offset of the first byte of s that is not well-formed UTF-8, or len. */
size_t		zn_utf8_check(const char *s, size_t len);

/* 1-based character position of byte offset `byte_pos` in s (as strpos). */
int32_t		zn_char_pos(const char *s, size_t byte_pos);

/* ------------------------------------------------------------------------
 * Figures: what a matcher recognises.
 * ------------------------------------------------------------------------ */

typedef enum zn_kind
{
	ZN_KIND_NONE = 0,
	ZN_KIND_NUMBER,
	ZN_KIND_MONEY,
	ZN_KIND_QUANTITY,			/* a number with a measure word: 5000余人 */
	ZN_KIND_PERCENT,			/* value is the fraction: 37.6% -> 0.376 */
	ZN_KIND_DATE,
	ZN_KIND_DURATION
} zn_kind;

/* Bit masks of kinds for zn_match / zn_parse. */
#define ZN_MASK(k)		(1u << (k))
#define ZN_MASK_ALL		(ZN_MASK(ZN_KIND_NUMBER) | ZN_MASK(ZN_KIND_MONEY) | \
						 ZN_MASK(ZN_KIND_QUANTITY) | ZN_MASK(ZN_KIND_PERCENT) | \
						 ZN_MASK(ZN_KIND_DATE) | ZN_MASK(ZN_KIND_DURATION))

/* Qualifiers, in their SQL sort order (zh_amount compares them last). */
typedef enum zn_qual
{
	ZN_Q_EXACT = 0,
	ZN_Q_APPROX,				/* 约 大约 左右 上下 近似; adjacent digits; 数十 几百 */
	ZN_Q_MORE_THAN,				/* 逾 超 超过 余 多 */
	ZN_Q_AT_LEAST,				/* 以上 至少 不低于 不少于 */
	ZN_Q_LESS_THAN,				/* 近 将近 不到 不足 不满 */
	ZN_Q_AT_MOST				/* 以下 以内 最多 不超过 */
} zn_qual;
#define ZN_Q_COUNT 6

const char *zn_qual_name(zn_qual q);	/* "exact", "approx", ... */
bool		zn_qual_from_name(const char *s, zn_qual *q);

/* Dates are days since 2000-01-01 (PostgreSQL's DateADT); the infinities
 * equal PostgreSQL's DATEVAL_NOBEGIN / DATEVAL_NOEND. */
#define ZN_DATE_NEG_INF INT32_MIN
#define ZN_DATE_POS_INF INT32_MAX

typedef struct zn_daterange
{
	bool		known;			/* false for vague (近日) or relative without ref */
	int32_t		lo;				/* first day, inclusive (or ZN_DATE_NEG_INF) */
	int32_t		hi;				/* last day, inclusive (or ZN_DATE_POS_INF) */
} zn_daterange;

/* Sentinel for "no reference date". */
#define ZN_NO_REF INT32_MIN

typedef struct zn_interval
{
	int32_t		months;
	int32_t		days;
	int64_t		usecs;
} zn_interval;

typedef struct zn_figure
{
	zn_kind		kind;
	zn_qual		qual;
	bool		is_range;		/* lo..hi (inclusive) rather than one value */
	zn_dec		lo;				/* the value when !is_range */
	zn_dec		hi;				/* equals lo when !is_range */
	char		currency[4];	/* ISO 4217 code for money, "" otherwise */
	size_t		unit_start;		/* byte span of the measure word or unit */
	size_t		unit_len;		/* (quantity; percent "个百分点"); 0 if none */
	zn_daterange dates;			/* ZN_KIND_DATE */
	zn_interval duration;		/* ZN_KIND_DURATION */
	size_t		start;			/* byte span of the whole match */
	size_t		end;
} zn_figure;

/* ------------------------------------------------------------------------
 * Whole-string parsing.
 * ------------------------------------------------------------------------ */

/*
 * Parse all of s[0..len) (surrounding white space ignored) as one expression
 * whose kind is in `kinds`.  `ref` is the reference date for relative dates
 * (ZN_NO_REF: relative dates parse but have dates.known = false).
 * On failure *err says what and where.
 */
zn_status	zn_parse(const char *s, size_t len, unsigned kinds, int32_t ref,
					 zn_figure *out, zn_error *err);

/* zh_number: one exact value (a point, percent as fraction), no currency,
 * no unit.  A range or vague figure is ZN_ERR_AMBIGUOUS. */
zn_status	zn_parse_number(const char *s, size_t len, zn_dec *out, zn_error *err);

/*
 * zn_parse and zn_parse_number that also set *plain when s is valid UTF-8
 * made of ASCII and U+4000-9FFF alone, found in the pass that checks the
 * encoding.  Such text holds nothing for zn_norm_needed() to find, so a
 * caller that normalises its input can parse first and scan it only when
 * the text is not plain (see zhnum_input_init in the PostgreSQL glue).
 * *plain is false whenever the encoding is invalid.
 */
zn_status	zn_parse_plain(const char *s, size_t len, unsigned kinds, int32_t ref,
						   zn_figure *out, zn_error *err, bool *plain);
zn_status	zn_parse_number_plain(const char *s, size_t len, zn_dec *out, zn_error *err,
								  bool *plain);

/* ------------------------------------------------------------------------
 * Extraction.
 * ------------------------------------------------------------------------ */

/* Called for each figure found, in text order, spans never overlapping.
 * Return false to stop the scan. */
typedef bool (*zn_emit_fn) (void *arg, const zn_figure *fig);

/* Called every few kilobytes so that the caller can check for interrupts
 * (it may longjmp out; the core holds no resources across calls). */
typedef void (*zn_tick_fn) (void *arg);

typedef struct zn_extract_opts
{
	int32_t		ref;			/* ZN_NO_REF for none */
	unsigned	kinds;			/* ZN_MASK_ALL or a subset */
	zn_emit_fn	emit;
	zn_tick_fn	tick;			/* may be NULL */
	void	   *arg;
} zn_extract_opts;

/* Scan all of s.  Returns ZN_OK or ZN_ERR_ENCODING (err set). */
zn_status	zn_extract(const char *s, size_t len, const zn_extract_opts *opts,
					   zn_error *err);

/* zn_extract of an s the caller has found valid UTF-8 already (with
 * zn_utf8_check or zn_utf8_check_norm), which it does not check again. */
void		zn_extract_valid(const char *s, size_t len, const zn_extract_opts *opts);

#endif							/* ZN_H */
