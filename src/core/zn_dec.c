/*
 * zn_dec.c — exact decimal arithmetic on a 128-bit coefficient.
 */
#include "zn_dec.h"

#include <string.h>

#define ZN_I128_MAX ((zn_i128) (((zn_u128) 1 << 127) - 1))

/* 10^0 .. 10^38 */
static zn_u128
pow10_u128(int n)
{
	zn_u128		p = 1;

	while (n-- > 0)
		p *= 10;
	return p;
}

static bool
exp_ok(int64_t e)
{
	return e <= ZN_DEC_MAX_EXP + 38 && e >= ZN_DEC_MIN_EXP - 40;
}

static bool
mul_overflows(zn_i128 a, zn_i128 b, zn_i128 *r)
{
	return __builtin_mul_overflow(a, b, r);
}

/* a * 10^n for n >= 0, false on overflow */
static bool
scale_up(zn_i128 a, int n, zn_i128 *r)
{
	if (a == 0)
	{
		*r = 0;
		return true;
	}
	if (n > 38)
		return false;
	if (n <= 18 && a >= INT64_MIN && a <= INT64_MAX)
	{
		/* the common case, in 64-bit arithmetic */
		static const int64_t p10[19] = {
			1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000,
			1000000000, 10000000000, 100000000000, 1000000000000,
			10000000000000, 100000000000000, 1000000000000000,
			10000000000000000, 100000000000000000, 1000000000000000000
		};
		int64_t		x;

		if (!__builtin_mul_overflow((int64_t) a, p10[n], &x))
		{
			*r = x;
			return true;
		}
	}
	return !mul_overflows(a, (zn_i128) pow10_u128(n), r);
}

zn_dec
zn_dec_normalize_slow(zn_dec a)
{
	if (a.coef == 0)
		return zn_dec_make(0, 0);
	/* 64-bit division is many times cheaper than 128-bit */
	if (a.coef >= INT64_MIN && a.coef <= INT64_MAX)
	{
		int64_t		c = (int64_t) a.coef;

		while (c % 10 == 0)
		{
			c /= 10;
			a.exp++;
		}
		a.coef = c;
		return a;
	}
	while (a.coef % 10 == 0)
	{
		a.coef /= 10;
		a.exp++;
	}
	return a;
}

/* Bring a and b to the same exponent (the smaller one). */
static bool
align(zn_dec *a, zn_dec *b)
{
	if (a->coef == 0)
		a->exp = b->exp;
	if (b->coef == 0)
		b->exp = a->exp;
	if (a->exp > b->exp)
	{
		if (!scale_up(a->coef, a->exp - b->exp, &a->coef))
			return false;
		a->exp = b->exp;
	}
	else if (b->exp > a->exp)
	{
		if (!scale_up(b->coef, b->exp - a->exp, &b->coef))
			return false;
		b->exp = a->exp;
	}
	return true;
}

static bool
add_aligned(zn_dec a, zn_dec b, zn_dec *r)
{
	if (a.exp == b.exp)
		return !__builtin_add_overflow(a.coef, b.coef, &r->coef) && ((r->exp = a.exp), true);
	if (!align(&a, &b) || __builtin_add_overflow(a.coef, b.coef, &r->coef))
		return false;
	r->exp = a.exp;
	return true;
}

/*
 * The rest of zn_dec_add (zn_dec.h): both operands nonzero.  The sum is not
 * normalised: callers that care call zn_dec_normalize.
 */
bool
zn_dec_add_slow(zn_dec a, zn_dec b, zn_dec *r)
{
	if (add_aligned(a, b, r))
		return true;
	/* trailing zeros may have made the alignment overflow */
	return add_aligned(zn_dec_normalize(a), zn_dec_normalize(b), r);
}

bool
zn_dec_sub(zn_dec a, zn_dec b, zn_dec *r)
{
	b.coef = -b.coef;
	return zn_dec_add(a, b, r);
}

bool
zn_dec_mul(zn_dec a, zn_dec b, zn_dec *r)
{
	int64_t		e;

	a = zn_dec_normalize(a);
	b = zn_dec_normalize(b);
	if (mul_overflows(a.coef, b.coef, &r->coef))
		return false;
	e = (int64_t) a.exp + b.exp;
	if (r->coef == 0)
		e = 0;
	if (!exp_ok(e))
		return false;
	r->exp = (int32_t) e;
	return true;
}

/*
 * Long division of |a| by |b| producing digits until the remainder is zero
 * or ZN_DEC_DIV_SCALE fractional digits are reached, then rounding half away
 * from zero on the next digit.
 */
bool
zn_dec_div(zn_dec a, zn_dec b, zn_dec *r)
{
	zn_u128		n,
				d,
				q,
				rem;
	bool		neg;
	int32_t		exp;
	int			frac;

	if (b.coef == 0)
		return false;
	a = zn_dec_normalize(a);
	b = zn_dec_normalize(b);
	neg = (a.coef < 0) != (b.coef < 0);
	n = a.coef < 0 ? (zn_u128) (-a.coef) : (zn_u128) a.coef;
	d = b.coef < 0 ? (zn_u128) (-b.coef) : (zn_u128) b.coef;
	exp = a.exp - b.exp;

	/* 64-bit division where the operands allow (the common case): a
	 * 128-bit one is a library call many times dearer */
	if ((n >> 64) == 0 && (d >> 64) == 0)
	{
		q = (uint64_t) n / (uint64_t) d;
		rem = (uint64_t) n % (uint64_t) d;
	}
	else
	{
		q = n / d;
		rem = n % d;
	}
	frac = 0;
	/* exp counts the quotient's exponent; every extra digit lowers it */
	while (rem != 0 && exp > -ZN_DEC_DIV_SCALE)
	{
		zn_u128		digit;

		if (q > (zn_u128) ZN_I128_MAX / 10 || rem > ((zn_u128) -1) / 10)
			return false;
		rem *= 10;
		if ((rem >> 64) == 0 && (d >> 64) == 0)
		{
			digit = (uint64_t) rem / (uint64_t) d;
			rem = (uint64_t) rem % (uint64_t) d;
		}
		else
		{
			digit = rem / d;
			rem %= d;
		}
		q = q * 10 + digit;
		exp--;
		frac++;
	}
	if (rem != 0)
	{
		/* round half away from zero: compare 2*rem with d */
		if (rem >= d - rem)
			q++;
	}
	if (q > (zn_u128) ZN_I128_MAX)
		return false;
	if (!exp_ok(exp))
		return false;
	r->coef = neg ? -(zn_i128) q : (zn_i128) q;
	r->exp = exp;
	*r = zn_dec_normalize(*r);
	(void) frac;
	return true;
}

int
zn_dec_cmp(zn_dec a, zn_dec b)
{
	zn_dec		d;

	a = zn_dec_normalize(a);
	b = zn_dec_normalize(b);
	if ((a.coef < 0) != (b.coef < 0) || a.coef == 0 || b.coef == 0)
		return (a.coef > b.coef) - (a.coef < b.coef);
	if (zn_dec_sub(a, b, &d))
		return (d.coef > 0) - (d.coef < 0);
	/* too far apart to align: the one with the larger magnitude wins */
	{
		int			da = 0,
					db = 0;
		zn_i128		x;

		for (x = a.coef; x != 0; x /= 10)
			da++;
		for (x = b.coef; x != 0; x /= 10)
			db++;
		if (da + a.exp != db + b.exp)
		{
			int			bigger_a = (da + a.exp > db + b.exp);

			return a.coef > 0 ? (bigger_a ? 1 : -1) : (bigger_a ? -1 : 1);
		}
		return 0;				/* unreachable in practice */
	}
}

bool
zn_dec_to_scaled(zn_dec a, int scale, zn_i128 *out)
{
	int64_t		e;

	a = zn_dec_normalize(a);
	e = (int64_t) a.exp + scale;
	if (a.coef == 0)
	{
		*out = 0;
		return true;
	}
	if (e < 0)
		return false;			/* a nonzero digit below the scale */
	if (e > 38)
		return false;
	return scale_up(a.coef, (int) e, out);
}

int
zn_i128_to_str(zn_i128 v, char *buf)
{
	char		tmp[41];
	int			n = 0,
				len = 0;
	zn_u128		u = v < 0 ? (zn_u128) 0 - (zn_u128) v : (zn_u128) v;

	do
	{
		tmp[n++] = (char) ('0' + (int) (u % 10));
		u /= 10;
	} while (u != 0);
	if (v < 0)
		buf[len++] = '-';
	while (n > 0)
		buf[len++] = tmp[--n];
	buf[len] = '\0';
	return len;
}

size_t
zn_dec_str_size(zn_dec a)
{
	a = zn_dec_normalize(a);
	/* sign + 39 digits + point + leading "0." zeros or trailing zeros + NUL */
	return 44 + (size_t) (a.exp < 0 ? -(int64_t) a.exp : a.exp);
}

int
zn_dec_to_str(zn_dec a, char *buf, size_t bufsz)
{
	char		digits[41];
	int			nd,
				len = 0;
	const char *p;

	a = zn_dec_normalize(a);
	if (bufsz < zn_dec_str_size(a))
		return -1;
	nd = zn_i128_to_str(a.coef, digits);
	p = digits;
	if (*p == '-')
	{
		buf[len++] = '-';
		p++;
		nd--;
	}
	if (a.exp >= 0)
	{
		memcpy(buf + len, p, nd);
		len += nd;
		if (a.coef != 0)
		{
			memset(buf + len, '0', a.exp);
			len += a.exp;
		}
	}
	else
	{
		int			intdigits = nd + a.exp;

		if (intdigits > 0)
		{
			memcpy(buf + len, p, intdigits);
			len += intdigits;
			buf[len++] = '.';
			memcpy(buf + len, p + intdigits, nd - intdigits);
			len += nd - intdigits;
		}
		else
		{
			buf[len++] = '0';
			buf[len++] = '.';
			memset(buf + len, '0', -intdigits);
			len += -intdigits;
			memcpy(buf + len, p, nd);
			len += nd;
		}
	}
	buf[len] = '\0';
	return len;
}

bool
zn_dec_from_str(const char *s, size_t len, zn_dec *out)
{
	size_t		i = 0;
	bool		neg = false,
				any = false,
				point = false;
	zn_i128		coef = 0;
	int64_t		exp = 0;
	int			pending_zeros = 0;

	if (i < len && (s[i] == '-' || s[i] == '+'))
		neg = (s[i++] == '-');
	for (; i < len; i++)
	{
		char		c = s[i];

		if (c == '.' && !point)
		{
			point = true;
			continue;
		}
		if (c < '0' || c > '9')
			return false;
		any = true;
		if (point)
			exp--;
		/* keep trailing zeros out of the coefficient until a digit follows */
		if (c == '0')
		{
			pending_zeros++;
			continue;
		}
		if (!scale_up(coef, pending_zeros + 1, &coef) ||
			__builtin_add_overflow(coef, (zn_i128) (c - '0'), &coef))
			return false;
		pending_zeros = 0;
	}
	if (!any)
		return false;
	exp += pending_zeros;
	if (coef == 0)
		exp = 0;
	if (!exp_ok(exp))
		return false;
	out->coef = neg ? -coef : coef;
	out->exp = (int32_t) exp;
	return true;
}
