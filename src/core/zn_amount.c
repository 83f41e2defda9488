/*
 * zn_amount.c — zh_amount values: construction, validation, the binary
 * form, comparison.  Text is in zn_amount_text.c, arithmetic in
 * zn_amount_arith.c.
 */
#include "zn_amount.h"

/* 10^38: the bounds, in ten-thousandths, stay strictly inside ±this. */
/* 10^38: the bounds stay below it in magnitude (38 digits, 4 of them
 * after the point). */
#define AMOUNT_LIMIT ((zn_i128) 10000000000000000000ULL * (zn_i128) 10000000000000000000ULL)

static bool
bound_ok(zn_i128 v)
{
	return v < AMOUNT_LIMIT && v > -AMOUNT_LIMIT;
}

static void
split(zn_i128 v, int64_t *hi, uint64_t *lo)
{
	*hi = (int64_t) (v >> 64);
	*lo = (uint64_t) v;
}

zn_dec
zn_amount_lower_dec(const zn_amount *a)
{
	return zn_dec_normalize(zn_dec_make(zn_amount_lower(a), -ZN_AMOUNT_SCALE));
}

zn_dec
zn_amount_upper_dec(const zn_amount *a)
{
	return zn_dec_normalize(zn_dec_make(zn_amount_upper(a), -ZN_AMOUNT_SCALE));
}

bool
zn_currency_valid(const char *s, size_t len)
{
	size_t		k;

	if (len != 3)
		return false;
	for (k = 0; k < 3; k++)
		if (s[k] < 'A' || s[k] > 'Z')
			return false;
	return true;
}

zn_amount_status
zn_amount_set(zn_amount *out, zn_i128 lower, zn_i128 upper,
			  const char *currency, zn_qual qual)
{
	if (!bound_ok(lower) || !bound_ok(upper))
		return ZN_AMT_OVERFLOW;
	if (lower > upper || !zn_currency_valid(currency, 3) ||
		(unsigned) qual >= ZN_Q_COUNT)
		return ZN_AMT_INVALID;
	/* every byte is set, padding included: equal values are equal bytes */
	memset(out, 0, sizeof(*out));
	split(lower, &out->lower_hi, &out->lower_lo);
	split(upper, &out->upper_hi, &out->upper_lo);
	memcpy(out->currency, currency, 3);
	out->qual = (uint8_t) qual;
	out->flags = lower != upper ? ZN_AMOUNT_F_RANGE : 0;
	return ZN_AMT_OK;
}

/* An exact decimal in ten-thousandths: which limit it breaks, if any. */
static zn_amount_status
dec_to_units(zn_dec d, zn_i128 *out)
{
	d = zn_dec_normalize(d);
	if (d.coef != 0 && d.exp < -ZN_AMOUNT_SCALE)
		return ZN_AMT_INEXACT;
	if (!zn_dec_to_scaled(d, ZN_AMOUNT_SCALE, out) || !bound_ok(*out))
		return ZN_AMT_OVERFLOW;
	return ZN_AMT_OK;
}

zn_amount_status
zn_amount_from_decs(zn_amount *out, zn_dec lower, zn_dec upper,
					const char *currency, zn_qual qual)
{
	zn_i128		lo,
				hi;
	zn_amount_status st;

	if ((st = dec_to_units(lower, &lo)) != ZN_AMT_OK)
		return st;
	if (upper.coef == lower.coef && upper.exp == lower.exp)
		hi = lo;				/* a single value (most are): converted once */
	else if ((st = dec_to_units(upper, &hi)) != ZN_AMT_OK)
		return st;
	return zn_amount_set(out, lo, hi, currency, qual);
}

zn_amount_status
zn_amount_from_figure(zn_amount *out, const zn_figure *f)
{
	if (f->kind != ZN_KIND_MONEY)
		return ZN_AMT_INVALID;
	return zn_amount_from_decs(out, f->lo, f->is_range ? f->hi : f->lo,
							   f->currency, f->qual);
}

bool
zn_amount_valid(const zn_amount *a)
{
	zn_amount	b;

	if (zn_amount_set(&b, zn_amount_lower(a), zn_amount_upper(a), a->currency,
					  (zn_qual) a->qual) != ZN_AMT_OK)
		return false;
	return memcmp(&b, a, sizeof(b)) == 0;
}

/* ---- the binary form ---------------------------------------------------- */

static void
put_i128(unsigned char *p, zn_i128 v)
{
	zn_u128		u = (zn_u128) v;
	int			k;

	for (k = 15; k >= 0; k--)
	{
		p[k] = (unsigned char) (u & 0xFF);
		u >>= 8;
	}
}

static zn_i128
get_i128(const unsigned char *p)
{
	zn_u128		u = 0;
	int			k;

	for (k = 0; k < 16; k++)
		u = (u << 8) | p[k];
	return (zn_i128) u;
}

void
zn_amount_pack(const zn_amount *a, unsigned char *out)
{
	out[0] = ZN_AMOUNT_VERSION;
	out[1] = a->flags;
	out[2] = a->qual;
	memcpy(out + 3, a->currency, 3);
	put_i128(out + 6, zn_amount_lower(a));
	put_i128(out + 22, zn_amount_upper(a));
}

zn_amount_status
zn_amount_unpack(const unsigned char *in, size_t len, zn_amount *out,
				 const char **detail)
{
	zn_i128		lo,
				hi;

	/* every check that text input makes, and that the flag agrees */
	if (len != ZN_AMOUNT_WIRE_SIZE)
		*detail = "A zh_amount is 38 bytes.";
	else if (in[0] != ZN_AMOUNT_VERSION)
		*detail = "Unknown zh_amount format version.";
	else if (in[1] & ~ZN_AMOUNT_F_RANGE)
		*detail = "Unknown flag bits.";
	else if (in[2] >= ZN_Q_COUNT)
		*detail = "Unknown qualifier.";
	else if (!zn_currency_valid((const char *) in + 3, 3))
		*detail = "The currency is not three letters A-Z.";
	else
	{
		lo = get_i128(in + 6);
		hi = get_i128(in + 22);
		if (!bound_ok(lo) || !bound_ok(hi))
			*detail = "A bound is out of range.";
		else if (lo > hi)
			*detail = "The lower bound exceeds the upper bound.";
		else if (((in[1] & ZN_AMOUNT_F_RANGE) != 0) != (lo != hi))
			*detail = "The range flag does not match the bounds.";
		else
		{
			*detail = NULL;
			return zn_amount_set(out, lo, hi, (const char *) in + 3, (zn_qual) in[2]);
		}
	}
	return ZN_AMT_INVALID;
}

/* ---- comparison ---------------------------------------------------------- */

int
zn_amount_cmp(const zn_amount *a, const zn_amount *b)
{
	zn_i128		x,
				y;

	/* join the halves only for the bound that differs */
	if (a->lower_hi != b->lower_hi || a->lower_lo != b->lower_lo)
	{
		x = zn_amount_lower(a);
		y = zn_amount_lower(b);
		return x < y ? -1 : 1;
	}
	if (a->upper_hi != b->upper_hi || a->upper_lo != b->upper_lo)
	{
		x = zn_amount_upper(a);
		y = zn_amount_upper(b);
		return x < y ? -1 : 1;
	}
	return (a->qual > b->qual) - (a->qual < b->qual);
}

bool
zn_amount_eq(const zn_amount *a, const zn_amount *b)
{
	return a->lower_hi == b->lower_hi && a->lower_lo == b->lower_lo &&
		a->upper_hi == b->upper_hi && a->upper_lo == b->upper_lo &&
		a->qual == b->qual && zn_amount_same_currency(a, b);
}
