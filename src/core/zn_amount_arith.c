/*
 * zn_amount_arith.c — arithmetic on zh_amount values: + - × ÷, the mean,
 * and what each does to the qualifier.
 *
 * Every result is exact or an error.  Products and quotients by a decimal
 * k are computed without a wider intermediate: k = r · 2^x · 5^y · 10^e
 * with r prime to 10, so a × k (or a / k) is a times r (or divided by r)
 * times powers of 2 and 5.  Divisions are done first, each checked to leave
 * no remainder; then the multiplications, each of which only makes the
 * value larger, so an overflow on the way is an overflow of the result.
 */
#include "zn_amount.h"

/* ---- qualifiers ---------------------------------------------------------- */

/* +1: the true value is above the written one, -1 below; strict or not. */
static int
direction(zn_qual q, bool *strict)
{
	*strict = (q == ZN_Q_MORE_THAN || q == ZN_Q_LESS_THAN);
	switch (q)
	{
		case ZN_Q_MORE_THAN:
		case ZN_Q_AT_LEAST:
			return 1;
		case ZN_Q_LESS_THAN:
		case ZN_Q_AT_MOST:
			return -1;
		default:
			return 0;
	}
}

zn_qual
zn_qual_add(zn_qual a, zn_qual b)
{
	bool		sa,
				sb;
	int			da = direction(a, &sa),
				db = direction(b, &sb);

	if (a == ZN_Q_EXACT)
		return b;
	if (b == ZN_Q_EXACT)
		return a;
	if (da == 0 || db == 0 || da != db)
		return ZN_Q_APPROX;
	/* > plus >= is >: one strict term makes the sum strict */
	if (da > 0)
		return (sa || sb) ? ZN_Q_MORE_THAN : ZN_Q_AT_LEAST;
	return (sa || sb) ? ZN_Q_LESS_THAN : ZN_Q_AT_MOST;
}

zn_qual
zn_qual_negate(zn_qual q)
{
	switch (q)
	{
		case ZN_Q_MORE_THAN:
			return ZN_Q_LESS_THAN;
		case ZN_Q_LESS_THAN:
			return ZN_Q_MORE_THAN;
		case ZN_Q_AT_LEAST:
			return ZN_Q_AT_MOST;
		case ZN_Q_AT_MOST:
			return ZN_Q_AT_LEAST;
		default:
			return q;
	}
}

/* ---- + and - ------------------------------------------------------------- */

static zn_amount_status
add_signed(const zn_amount *a, const zn_amount *b, bool subtract, zn_amount *out)
{
	zn_i128		blo = zn_amount_lower(b),
				bhi = zn_amount_upper(b),
				lo,
				hi;
	zn_qual		qb = (zn_qual) b->qual;

	if (!zn_amount_same_currency(a, b))
		return ZN_AMT_CURRENCY;
	if (subtract)
	{
		/* a - [l, h] is a + [-h, -l]; bounds are below 10^38 in magnitude */
		zn_i128		t = blo;

		blo = -bhi;
		bhi = -t;
		qb = zn_qual_negate(qb);
	}
	/* |bounds| < 10^38 < 2^127 / 2: the sums cannot wrap */
	lo = zn_amount_lower(a) + blo;
	hi = zn_amount_upper(a) + bhi;
	return zn_amount_set(out, lo, hi, a->currency, zn_qual_add((zn_qual) a->qual, qb));
}

zn_amount_status
zn_amount_add(const zn_amount *a, const zn_amount *b, zn_amount *out)
{
	return add_signed(a, b, false, out);
}

zn_amount_status
zn_amount_sub(const zn_amount *a, const zn_amount *b, zn_amount *out)
{
	return add_signed(a, b, true, out);
}

void
zn_amount_neg(const zn_amount *a, zn_amount *out)
{
	/* the limits are symmetric, so this cannot fail */
	(void) zn_amount_set(out, -zn_amount_upper(a), -zn_amount_lower(a),
						 a->currency, zn_qual_negate((zn_qual) a->qual));
}

/* ---- × and ÷ by a decimal ------------------------------------------------ */

/* A decimal k = sign · r · 2^p2 · 5^p5 with r > 0 prime to 10. */
typedef struct factors
{
	bool		neg;
	zn_u128		r;
	int64_t		p2;
	int64_t		p5;
} factors;

static void
factor(zn_dec k, factors *f)
{
	zn_u128		r;

	k = zn_dec_normalize(k);
	f->neg = k.coef < 0;
	r = f->neg ? (zn_u128) 0 - (zn_u128) k.coef : (zn_u128) k.coef;
	f->p2 = f->p5 = k.exp;
	while (r % 2 == 0)
	{
		r /= 2;
		f->p2++;
	}
	while (r % 5 == 0)
	{
		r /= 5;
		f->p5++;
	}
	f->r = r;
}

/* |v| < 10^38 */
static bool
in_range(zn_u128 v)
{
	zn_u128		lim = 1;
	int			k;

	for (k = 0; k < 38; k++)
		lim *= 10;
	return v < lim;
}

/* v / base^n if exact (ZN_AMT_INEXACT otherwise). */
static zn_amount_status
divide_power(zn_u128 *v, unsigned base, int64_t n)
{
	for (; n > 0 && *v != 0; n--)
	{
		if (*v % base != 0)
			return ZN_AMT_INEXACT;
		*v /= base;
	}
	return ZN_AMT_OK;
}

/* v · base^n within the limit (ZN_AMT_OVERFLOW otherwise). */
static zn_amount_status
multiply_power(zn_u128 *v, unsigned base, int64_t n)
{
	for (; n > 0 && *v != 0; n--)
	{
		if (!in_range(*v) || *v > ((zn_u128) -1) / base)
			return ZN_AMT_OVERFLOW;
		*v *= base;
	}
	return in_range(*v) ? ZN_AMT_OK : ZN_AMT_OVERFLOW;
}

/*
 * |v| · k (or |v| / k when invert) exactly.  Divisions first: the exactness
 * of the result does not depend on their order, and afterwards the value
 * only grows.
 */
static zn_amount_status
scale_bound(zn_i128 v, const factors *f, bool invert, zn_i128 *out)
{
	zn_u128		m = v < 0 ? (zn_u128) 0 - (zn_u128) v : (zn_u128) v;
	int64_t		p2 = invert ? -f->p2 : f->p2,
				p5 = invert ? -f->p5 : f->p5;
	zn_amount_status st;
	bool		neg = (v < 0) != f->neg;

	if (invert)
	{
		if (m % f->r != 0)
			return ZN_AMT_INEXACT;
		m /= f->r;
	}
	if ((st = divide_power(&m, 2, -p2)) != ZN_AMT_OK ||
		(st = divide_power(&m, 5, -p5)) != ZN_AMT_OK)
		return st;
	if (!invert)
	{
		if (m != 0 && (f->r > ((zn_u128) -1) / m))
			return ZN_AMT_OVERFLOW;
		m *= f->r;
		if (!in_range(m))
			return ZN_AMT_OVERFLOW;
	}
	if ((st = multiply_power(&m, 2, p2)) != ZN_AMT_OK ||
		(st = multiply_power(&m, 5, p5)) != ZN_AMT_OK)
		return st;
	*out = neg ? -(zn_i128) m : (zn_i128) m;
	return ZN_AMT_OK;
}

static zn_amount_status
scale_amount(const zn_amount *a, zn_dec k, bool invert, zn_amount *out)
{
	factors		f;
	zn_i128		lo,
				hi;
	zn_amount_status st;
	zn_qual		q = (zn_qual) a->qual;

	if (k.coef == 0)
	{
		if (invert)
			return ZN_AMT_DIV_ZERO;
		/* nothing times zero is exactly zero, whatever the qualifier said */
		return zn_amount_set(out, 0, 0, a->currency, ZN_Q_EXACT);
	}
	factor(k, &f);
	if ((st = scale_bound(zn_amount_lower(a), &f, invert, &lo)) != ZN_AMT_OK ||
		(st = scale_bound(zn_amount_upper(a), &f, invert, &hi)) != ZN_AMT_OK)
		return st;
	if (f.neg)
	{
		/* a negative factor swaps the bounds and the direction */
		zn_i128		t = lo;

		lo = hi;
		hi = t;
		q = zn_qual_negate(q);
	}
	return zn_amount_set(out, lo, hi, a->currency, q);
}

zn_amount_status
zn_amount_mul(const zn_amount *a, zn_dec k, zn_amount *out)
{
	return scale_amount(a, k, false, out);
}

zn_amount_status
zn_amount_div(const zn_amount *a, zn_dec k, zn_amount *out)
{
	return scale_amount(a, k, true, out);
}

/* ---- the mean ----------------------------------------------------------- */

/* v / n rounded half away from zero; *rounded says whether it was. */
static zn_i128
div_round(zn_i128 v, int64_t n, bool *rounded)
{
	zn_i128		q = v / n,
				r = v % n;
	zn_u128		ar = r < 0 ? (zn_u128) -r : (zn_u128) r;

	if (r != 0)
	{
		*rounded = true;
		if (2 * ar >= (zn_u128) n)
			q += (v < 0) ? -1 : 1;
	}
	return q;
}

zn_amount_status
zn_amount_avg(const zn_amount *sum, int64_t n, zn_amount *out)
{
	bool		rounded = false;
	zn_i128		lo,
				hi;
	zn_qual		q = (zn_qual) sum->qual;

	if (n <= 0)
		return ZN_AMT_DIV_ZERO;
	lo = div_round(zn_amount_lower(sum), n, &rounded);
	hi = div_round(zn_amount_upper(sum), n, &rounded);
	if (rounded)
		q = ZN_Q_APPROX;
	return zn_amount_set(out, lo, hi, sum->currency, q);
}
