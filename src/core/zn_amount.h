/*
 * zn_amount.h — the value of a zh_amount: an exact figure of money.
 *
 * A value is a lower and an upper bound, each an integer count of
 * ten-thousandths (10^-4) of the currency's main unit, an ISO 4217 code, a
 * qualifier (zn_qual) and a range flag.  A point has lower = upper; a range
 * has lower < upper.  The flag is redundant with the bounds and kept only so
 * that the stored bytes say what they are; every constructor sets it from
 * the bounds, so a "range" whose bounds meet is a point.
 *
 * |bound| < 10^38 ten-thousandths, that is below 10^34 of the main unit:
 * 34 integer digits and 4 fractional digits.  Anything beyond either limit
 * is an error, never a rounding.  The single deliberate rounding is the
 * average (zn_amount_avg), which then says so with the qualifier approx.
 *
 * The struct is the on-disk form of the SQL type (40 bytes, 8-byte
 * aligned).  PostgreSQL guarantees only 8-byte alignment, so the bounds are
 * kept as two 64-bit halves, never as an __int128 field.
 *
 * No PostgreSQL headers, no floating point.
 */
#ifndef ZN_AMOUNT_H
#define ZN_AMOUNT_H

#include <string.h>

#include "zn.h"

#define ZN_AMOUNT_SCALE		4	/* fractional digits kept */

/* Bits of zn_amount.flags. */
#define ZN_AMOUNT_F_RANGE	0x01

typedef struct zn_amount
{
	int64_t		lower_hi;		/* lower bound × 10^4: high 64 bits (signed) */
	uint64_t	lower_lo;		/* ... and low 64 bits */
	int64_t		upper_hi;		/* upper bound × 10^4 */
	uint64_t	upper_lo;
	char		currency[3];	/* ISO 4217: three letters A-Z, no NUL */
	uint8_t		qual;			/* zn_qual */
	uint8_t		flags;			/* ZN_AMOUNT_F_RANGE */
	uint8_t		reserved[3];	/* always zero */
} zn_amount;

/* Results of the operations below (the glue maps them to SQLSTATEs). */
typedef enum zn_amount_status
{
	ZN_AMT_OK = 0,
	ZN_AMT_OVERFLOW,			/* a bound reaches 10^34: 22003 */
	ZN_AMT_INEXACT,				/* a nonzero digit beyond 10^-4: 22003 */
	ZN_AMT_CURRENCY,			/* two different currencies: 22023 */
	ZN_AMT_DIV_ZERO,			/* division by zero: 22012 */
	ZN_AMT_INVALID,				/* not a valid value (currency, qualifier,
								 * bounds, kind): 22023, or 22P03 in recv */
	ZN_AMT_STYLE				/* the style cannot write this value: 22003 */
} zn_amount_status;

/* ---- the bounds ---------------------------------------------------------- */

static inline zn_i128
zn_amount_join_(int64_t hi, uint64_t lo)
{
	return (zn_i128) (((zn_u128) (uint64_t) hi << 64) | lo);
}

static inline zn_i128
zn_amount_lower(const zn_amount *a)
{
	return zn_amount_join_(a->lower_hi, a->lower_lo);
}

static inline zn_i128
zn_amount_upper(const zn_amount *a)
{
	return zn_amount_join_(a->upper_hi, a->upper_lo);
}

static inline bool
zn_amount_is_range(const zn_amount *a)
{
	return (a->flags & ZN_AMOUNT_F_RANGE) != 0;
}

/* The bounds as exact decimals (normalised: 25亿 is 25 × 10^8). */
zn_dec		zn_amount_lower_dec(const zn_amount *a);
zn_dec		zn_amount_upper_dec(const zn_amount *a);

/* ---- making values -------------------------------------------------------- */

/* Three letters A-Z (exactly len == 3). */
bool		zn_currency_valid(const char *s, size_t len);

/*
 * Set *out from bounds in ten-thousandths.  ZN_AMT_OVERFLOW if a bound is
 * out of range, ZN_AMT_INVALID if lower > upper, the currency is not three
 * letters A-Z or the qualifier is unknown.  The range flag follows from the
 * bounds.
 */
zn_amount_status zn_amount_set(zn_amount *out, zn_i128 lower, zn_i128 upper,
							   const char *currency, zn_qual qual);

/* The same from exact decimals: ZN_AMT_INEXACT for digits beyond 10^-4. */
zn_amount_status zn_amount_from_decs(zn_amount *out, zn_dec lower, zn_dec upper,
									 const char *currency, zn_qual qual);

/* A figure of kind ZN_KIND_MONEY as the parser returns it. */
zn_amount_status zn_amount_from_figure(zn_amount *out, const zn_figure *f);

/* Whether *a is a value zn_amount_set could have made (every field). */
bool		zn_amount_valid(const zn_amount *a);

/* ---- text ---------------------------------------------------------------- */

typedef enum zn_amount_style
{
	ZN_AMOUNT_CHINESE = 0,		/* canonical: 约20亿至30亿元 */
	ZN_AMOUNT_ARABIC,			/* 2,500,000,000.00元 */
	ZN_AMOUNT_ISO,				/* CNY 2500000000.00 */
	ZN_AMOUNT_CAPITAL			/* 贰拾伍亿元整 */
} zn_amount_style;

#define ZN_AMOUNT_STYLE_NAMES "chinese, arabic, iso, capital"

bool		zn_amount_style_from_name(const char *name, size_t len,
									  zn_amount_style *out);

/* A buffer of this size holds any value in any style, with the NUL. */
#define ZN_AMOUNT_TEXT_MAX 512

/*
 * Write *a in a style; returns the length, or -1 with *st set
 * (ZN_AMT_STYLE: capital beyond 分 or from 10^16 on; ZN_AMT_INVALID: buf
 * too small).
 */
int			zn_amount_format(const zn_amount *a, zn_amount_style style,
							 char *buf, size_t bufsz, zn_amount_status *st);

/* The Chinese name zh_amount writes for an ISO code ("美元"), or NULL for
 * a currency written as its code. */
const char *zn_currency_name(const char *iso);

/* The word written before a figure for a qualifier ("约"), "" for exact. */
const char *zn_qual_word(zn_qual q);

/* ---- comparison and hashing --------------------------------------------- */

static inline bool
zn_amount_same_currency(const zn_amount *a, const zn_amount *b)
{
	return memcmp(a->currency, b->currency, 3) == 0;
}

/* Order within one currency: lower bound, upper bound, qualifier (in the
 * order of zn_qual).  The currency is not looked at. */
int			zn_amount_cmp(const zn_amount *a, const zn_amount *b);

/* Equal in every field (different currencies are simply not equal). */
bool		zn_amount_eq(const zn_amount *a, const zn_amount *b);

/*
 * The binary form (send/recv), 38 bytes, integers big-endian:
 *   0      version (1)
 *   1      flags (bit 0: range; the other bits zero)
 *   2      qualifier (0 exact .. 5 at_most, the order of zn_qual)
 *   3..5   currency, three ASCII letters A-Z
 *   6..21  lower bound × 10^4, two's complement 128-bit
 *   22..37 upper bound × 10^4
 * The hash of a value is the hash of bytes 1..37 of this form: it covers
 * exactly what equality compares, and does not depend on the platform.
 */
#define ZN_AMOUNT_VERSION	1
#define ZN_AMOUNT_WIRE_SIZE 38
#define ZN_AMOUNT_KEY_OFFSET 1
#define ZN_AMOUNT_KEY_SIZE	(ZN_AMOUNT_WIRE_SIZE - ZN_AMOUNT_KEY_OFFSET)

void		zn_amount_pack(const zn_amount *a, unsigned char *out);

/* Read and validate the binary form: ZN_AMT_INVALID (with *detail, a
 * static English sentence) for anything zn_amount_set would not make. */
zn_amount_status zn_amount_unpack(const unsigned char *in, size_t len,
								  zn_amount *out, const char **detail);

/* ---- arithmetic ---------------------------------------------------------- */

/*
 * Qualifiers say how the true value stands to the written one: more_than
 * (>), at_least (>=), less_than (<), at_most (<=), approx (near it).
 * A sum keeps a direction both terms share (逾5亿 + 3亿 = 逾8亿, > and >=
 * give >), is exact only if both are, and is approx otherwise.  Negation
 * turns the direction round.
 */
zn_qual		zn_qual_add(zn_qual a, zn_qual b);
zn_qual		zn_qual_negate(zn_qual q);

/* a + b, a - b (same currency, else ZN_AMT_CURRENCY; bounds add). */
zn_amount_status zn_amount_add(const zn_amount *a, const zn_amount *b, zn_amount *out);
zn_amount_status zn_amount_sub(const zn_amount *a, const zn_amount *b, zn_amount *out);
void		zn_amount_neg(const zn_amount *a, zn_amount *out);

/*
 * a × k and a / k for an exact decimal k.  The result must be exact within
 * four fractional digits (ZN_AMT_INEXACT otherwise: 1元 / 3 is an error, not
 * 0.3333元).  A negative k swaps the bounds and turns the qualifier's
 * direction round; k = 0 in a product gives an exact zero.
 */
zn_amount_status zn_amount_mul(const zn_amount *a, zn_dec k, zn_amount *out);
zn_amount_status zn_amount_div(const zn_amount *a, zn_dec k, zn_amount *out);

/*
 * The mean of n values whose sum is *sum: each bound divided by n and
 * rounded half away from zero to four fractional digits.  If that rounds,
 * the qualifier becomes approx, so the rounding is never silent.
 */
zn_amount_status zn_amount_avg(const zn_amount *sum, int64_t n, zn_amount *out);

#endif							/* ZN_AMOUNT_H */
