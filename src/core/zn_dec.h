/*
 * zn_dec.h — exact decimal values for the parsing core.
 *
 * A value is coef * 10^exp with a signed 128-bit coefficient, so it holds
 * 38 significant decimal digits exactly.  Every operation either gives the
 * exact result or reports ZN_ERR_RANGE; nothing rounds silently (the one
 * deliberate rounding, division, is documented at zn_dec_div).
 *
 * No PostgreSQL headers, no floating point.
 */
#ifndef ZN_DEC_H
#define ZN_DEC_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef __int128 zn_i128;
typedef unsigned __int128 zn_u128;

/* Largest exponent magnitude accepted: PostgreSQL numeric holds 131072
 * digits before the point and 16383 after it. */
#define ZN_DEC_MAX_EXP 131072
#define ZN_DEC_MIN_EXP (-16383)

/* Digits kept after the point when a division does not terminate. */
#define ZN_DEC_DIV_SCALE 20

/* Room for zn_dec_to_str: sign, 38 digits, point, zeros from the exponent.
 * Callers with a fixed buffer pass its size; the function says when it
 * does not fit. */
typedef struct zn_dec
{
	zn_i128		coef;
	int32_t		exp;
} zn_dec;

static inline zn_dec
zn_dec_make(zn_i128 coef, int32_t exp)
{
	zn_dec		d;

	d.coef = coef;
	d.exp = exp;
	return d;
}

static inline bool
zn_dec_is_zero(zn_dec a)
{
	return a.coef == 0;
}

/* All of these return false on overflow (coefficient beyond 38 digits or
 * exponent beyond the numeric range) and leave *r unspecified.  Results
 * are exact but not normalised (trailing zeros may stay in coef). */
bool		zn_dec_add_slow(zn_dec a, zn_dec b, zn_dec *r);
bool		zn_dec_sub(zn_dec a, zn_dec b, zn_dec *r);
bool		zn_dec_mul(zn_dec a, zn_dec b, zn_dec *r);

/*
 * a + b.  The cases the parser meets on every numeral (a zero operand, equal
 * exponents) are inline; zn_dec_add_slow aligns the exponents.
 */
static inline bool
zn_dec_add(zn_dec a, zn_dec b, zn_dec *r)
{
	if (b.coef == 0)
	{
		*r = a;
		return true;
	}
	if (a.coef == 0)
	{
		*r = b;
		return true;
	}
	if (a.exp == b.exp)
	{
		if (!__builtin_add_overflow(a.coef, b.coef, &r->coef))
		{
			r->exp = a.exp;
			return true;
		}
	}
	else
	{
		/* the operand with the larger exponent scaled down to the other's,
		 * in 64-bit arithmetic when it fits (as zn_dec_add_slow would) */
		static const int64_t p10[19] = {
			1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000,
			1000000000, 10000000000, 100000000000, 1000000000000,
			10000000000000, 100000000000000, 1000000000000000,
			10000000000000000, 100000000000000000, 1000000000000000000
		};
		zn_dec		big = a.exp > b.exp ? a : b,
					small = a.exp > b.exp ? b : a;
		int64_t		d = (int64_t) big.exp - small.exp,
					x;

		if (d <= 18 && big.coef >= INT64_MIN && big.coef <= INT64_MAX &&
			!__builtin_mul_overflow((int64_t) big.coef, p10[d], &x) &&
			!__builtin_add_overflow((zn_i128) x, small.coef, &r->coef))
		{
			r->exp = small.exp;
			return true;
		}
	}
	return zn_dec_add_slow(a, b, r);
}

/* a * 10^places */
static inline bool
zn_dec_shift(zn_dec a, int32_t places, zn_dec *r)
{
	int64_t		e = (int64_t) a.exp + places;

	if (a.coef == 0)
	{
		*r = zn_dec_make(0, 0);
		return true;
	}
	/* the exponent range zn_dec.c accepts for intermediate results */
	if (e > ZN_DEC_MAX_EXP + 38 || e < ZN_DEC_MIN_EXP - 40)
		return false;
	*r = zn_dec_make(a.coef, (int32_t) e);
	return true;
}
/* a / b, exact when the quotient terminates within ZN_DEC_DIV_SCALE
 * fractional digits, otherwise rounded half away from zero to that many.
 * b == 0 returns false. */
bool		zn_dec_div(zn_dec a, zn_dec b, zn_dec *r);

/* Strip trailing zeros of the coefficient into the exponent.  A value
 * without any (most that are parsed) is answered inline. */
zn_dec		zn_dec_normalize_slow(zn_dec a);

static inline zn_dec
zn_dec_normalize(zn_dec a)
{
	if (a.coef == 0)
		return zn_dec_make(0, 0);
	if (a.coef >= INT64_MIN && a.coef <= INT64_MAX && (int64_t) a.coef % 10 != 0)
		return a;
	return zn_dec_normalize_slow(a);
}
int			zn_dec_cmp(zn_dec a, zn_dec b);

/* a as coef scaled by 10^scale (a fixed-point integer); false if it does not
 * fit in 128 bits or would lose a nonzero digit. */
bool		zn_dec_to_scaled(zn_dec a, int scale, zn_i128 *out);

/* Plain decimal notation, no exponent, no trailing fractional zeros:
 * "-1234.5", "0.0012", "2500000000".  Returns the length written (not
 * counting the NUL), or -1 if buf is too small. */
int			zn_dec_to_str(zn_dec a, char *buf, size_t bufsz);

/* Length zn_dec_to_str needs, including the NUL. */
size_t		zn_dec_str_size(zn_dec a);

/* Parse plain decimal notation ("-12.50", "3", ".5"); false on anything else
 * or on overflow.  Used by the glue to read numeric_out text. */
bool		zn_dec_from_str(const char *s, size_t len, zn_dec *out);

/* Write a 128-bit integer in decimal; returns length.  buf needs 41 bytes. */
int			zn_i128_to_str(zn_i128 v, char *buf);

#endif							/* ZN_DEC_H */
