/*
 * amount_ops.c — zh_amount comparison (btree, sortsupport), hashing, and
 * the arithmetic operators.
 *
 * Amounts of two currencies have no order: <, <=, >, >=, the btree
 * comparison and everything that sorts raise 22023 naming both, rather than
 * order silently by currency code.  = is false and <> true between them, so
 * hashing (hash joins, hash aggregation, hash partitioning) works on any
 * mix of currencies.
 */
#include "postgres.h"

#include "common/hashfn.h"
#include "utils/builtins.h"
#include "utils/numeric.h"
#include "utils/sortsupport.h"

#include "amount.h"
#include "zhnum_values.h"

static char *
currency_str(const zn_amount *a)
{
	return pnstrdup(a->currency, 3);
}

void
zhnum_amount_error(zn_amount_status st, const char *what, const zn_amount *a,
				   const zn_amount *b)
{
	switch (st)
	{
		case ZN_AMT_CURRENCY:
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("cannot %s zh_amount values in different currencies: %s and %s",
							what, currency_str(a), currency_str(b)),
					 errhint("Convert them to one currency first; to sort or group a column of "
							 "several currencies, put zh_amount_currency() before the amount.")));
			break;
		case ZN_AMT_INEXACT:
			ereport(ERROR,
					(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
					 errmsg("zh_amount result is not exact"),
					 errdetail("An amount keeps at most four fractional digits, and is never rounded."),
					 errhint("For a rounded number, compute with zh_amount_value() or zh_amount_lower() "
							 "and round() it.")));
			break;
		case ZN_AMT_DIV_ZERO:
			ereport(ERROR,
					(errcode(ERRCODE_DIVISION_BY_ZERO),
					 errmsg("division by zero")));
			break;
		case ZN_AMT_STYLE:
			ereport(ERROR,
					(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
					 errmsg("zh_amount cannot be written in the capital style"),
					 errdetail("大写 stops at 分 (two fractional digits) and below 10^16.")));
			break;
		case ZN_AMT_INVALID:
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("invalid zh_amount value")));
			break;
		default:
			ereport(ERROR,
					(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
					 errmsg("zh_amount out of range"),
					 errdetail("An amount is below 10^34 in magnitude.")));
			break;
	}
	pg_unreachable();
}

/* ---- comparison ------------------------------------------------------------ */

int
zhnum_amount_cmp(const zn_amount *a, const zn_amount *b)
{
	if (!zn_amount_same_currency(a, b))
		zhnum_amount_error(ZN_AMT_CURRENCY, "compare", a, b);
	return zn_amount_cmp(a, b);
}

PG_FUNCTION_INFO_V1(zh_amount_cmp);
Datum
zh_amount_cmp(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32(zhnum_amount_cmp(PG_GETARG_AMOUNT_P(0), PG_GETARG_AMOUNT_P(1)));
}

static int
amount_fastcmp(Datum x, Datum y, SortSupport ssup)
{
	return zhnum_amount_cmp(DatumGetAmountP(x), DatumGetAmountP(y));
}

/*
 * No abbreviated keys: a comparison decided on abbreviations alone would
 * never see that two currencies meet, and sort them silently.
 */
PG_FUNCTION_INFO_V1(zh_amount_sortsupport);
Datum
zh_amount_sortsupport(PG_FUNCTION_ARGS)
{
	SortSupport ssup = (SortSupport) PG_GETARG_POINTER(0);

	ssup->comparator = amount_fastcmp;
	PG_RETURN_VOID();
}

PG_FUNCTION_INFO_V1(zh_amount_eq);
Datum
zh_amount_eq(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(zn_amount_eq(PG_GETARG_AMOUNT_P(0), PG_GETARG_AMOUNT_P(1)));
}

PG_FUNCTION_INFO_V1(zh_amount_ne);
Datum
zh_amount_ne(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(!zn_amount_eq(PG_GETARG_AMOUNT_P(0), PG_GETARG_AMOUNT_P(1)));
}

PG_FUNCTION_INFO_V1(zh_amount_lt);
Datum
zh_amount_lt(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(zhnum_amount_cmp(PG_GETARG_AMOUNT_P(0), PG_GETARG_AMOUNT_P(1)) < 0);
}

PG_FUNCTION_INFO_V1(zh_amount_le);
Datum
zh_amount_le(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(zhnum_amount_cmp(PG_GETARG_AMOUNT_P(0), PG_GETARG_AMOUNT_P(1)) <= 0);
}

PG_FUNCTION_INFO_V1(zh_amount_gt);
Datum
zh_amount_gt(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(zhnum_amount_cmp(PG_GETARG_AMOUNT_P(0), PG_GETARG_AMOUNT_P(1)) > 0);
}

PG_FUNCTION_INFO_V1(zh_amount_ge);
Datum
zh_amount_ge(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(zhnum_amount_cmp(PG_GETARG_AMOUNT_P(0), PG_GETARG_AMOUNT_P(1)) >= 0);
}

/* ---- hashing: of bytes 1..37 of the binary form (see zn_amount.h) ----------- */

PG_FUNCTION_INFO_V1(zh_amount_hash);
Datum
zh_amount_hash(PG_FUNCTION_ARGS)
{
	unsigned char w[ZN_AMOUNT_WIRE_SIZE];

	zn_amount_pack(PG_GETARG_AMOUNT_P(0), w);
	return hash_any(w + ZN_AMOUNT_KEY_OFFSET, ZN_AMOUNT_KEY_SIZE);
}

PG_FUNCTION_INFO_V1(zh_amount_hash_extended);
Datum
zh_amount_hash_extended(PG_FUNCTION_ARGS)
{
	unsigned char w[ZN_AMOUNT_WIRE_SIZE];

	zn_amount_pack(PG_GETARG_AMOUNT_P(0), w);
	return hash_any_extended(w + ZN_AMOUNT_KEY_OFFSET, ZN_AMOUNT_KEY_SIZE,
							 PG_GETARG_INT64(1));
}

/* ---- arithmetic ------------------------------------------------------------ */

PG_FUNCTION_INFO_V1(zh_amount_pl);
Datum
zh_amount_pl(PG_FUNCTION_ARGS)
{
	const zn_amount *a = PG_GETARG_AMOUNT_P(0),
			   *b = PG_GETARG_AMOUNT_P(1);
	zn_amount  *r = zhnum_amount_new();
	zn_amount_status st = zn_amount_add(a, b, r);

	if (st != ZN_AMT_OK)
		zhnum_amount_error(st, "add", a, b);
	PG_RETURN_AMOUNT_P(r);
}

PG_FUNCTION_INFO_V1(zh_amount_mi);
Datum
zh_amount_mi(PG_FUNCTION_ARGS)
{
	const zn_amount *a = PG_GETARG_AMOUNT_P(0),
			   *b = PG_GETARG_AMOUNT_P(1);
	zn_amount  *r = zhnum_amount_new();
	zn_amount_status st = zn_amount_sub(a, b, r);

	if (st != ZN_AMT_OK)
		zhnum_amount_error(st, "subtract", a, b);
	PG_RETURN_AMOUNT_P(r);
}

PG_FUNCTION_INFO_V1(zh_amount_um);
Datum
zh_amount_um(PG_FUNCTION_ARGS)
{
	zn_amount  *r = zhnum_amount_new();

	zn_amount_neg(PG_GETARG_AMOUNT_P(0), r);
	PG_RETURN_AMOUNT_P(r);
}

/* A numeric factor: NaN and infinity are no factor of an exact amount. */
static zn_dec
factor_arg(Numeric num)
{
	zn_dec		d;

	if (!zhnum_numeric_to_dec(num, &d))
	{
		if (numeric_is_nan(num))
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("cannot multiply or divide a zh_amount by NaN")));
#if PG_VERSION_NUM >= 140000
		if (numeric_is_inf(num))
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("cannot multiply or divide a zh_amount by infinity")));
#endif
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("factor out of range for zh_amount arithmetic"),
				 errdetail("A factor has at most 38 significant digits.")));
	}
	return d;
}

static Datum
scale(const zn_amount *a, Numeric k, bool divide)
{
	zn_amount  *r = zhnum_amount_new();
	zn_dec		d = factor_arg(k);
	zn_amount_status st = divide ? zn_amount_div(a, d, r) : zn_amount_mul(a, d, r);

	if (st != ZN_AMT_OK)
		zhnum_amount_error(st, divide ? "divide" : "multiply", a, NULL);
	return AmountPGetDatum(r);
}

PG_FUNCTION_INFO_V1(zh_amount_mul);
Datum
zh_amount_mul(PG_FUNCTION_ARGS)
{
	return scale(PG_GETARG_AMOUNT_P(0), PG_GETARG_NUMERIC(1), false);
}

PG_FUNCTION_INFO_V1(zh_amount_numeric_mul);
Datum
zh_amount_numeric_mul(PG_FUNCTION_ARGS)
{
	return scale(PG_GETARG_AMOUNT_P(1), PG_GETARG_NUMERIC(0), false);
}

PG_FUNCTION_INFO_V1(zh_amount_div);
Datum
zh_amount_div(PG_FUNCTION_ARGS)
{
	return scale(PG_GETARG_AMOUNT_P(0), PG_GETARG_NUMERIC(1), true);
}
