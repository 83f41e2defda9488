/*
 * amount.h — what the zh_amount glue files share.
 *
 * A zh_amount Datum points at a zn_amount (40 bytes, fixed length, typalign
 * 'd'), stored as is: the struct keeps its 128-bit bounds as 64-bit halves,
 * so it needs no more than the 8-byte alignment PostgreSQL gives it.
 */
#ifndef ZHNUM_AMOUNT_H
#define ZHNUM_AMOUNT_H

#include "postgres.h"
#include "fmgr.h"

#include "zhnum_compat.h"
#include "zn_amount.h"

#define DatumGetAmountP(X)		((const zn_amount *) DatumGetPointer(X))
#define AmountPGetDatum(X)		PointerGetDatum(X)
#define PG_GETARG_AMOUNT_P(n)	DatumGetAmountP(PG_GETARG_DATUM(n))
#define PG_RETURN_AMOUNT_P(x)	return AmountPGetDatum(x)

/* The accepted form shown with every input error. */
#define ZHNUM_AMOUNT_HINT \
	"Write an amount with its currency, such as 25亿元, 约200万美元, 20亿至30亿元 or USD 1,000."

/* A new zeroed value in the current memory context. */
static inline zn_amount *
zhnum_amount_new(void)
{
	return (zn_amount *) palloc0(sizeof(zn_amount));
}

/*
 * Raise the error for a failed operation: 22003 (overflow, more than four
 * fractional digits, a style that cannot write the value), 22023 (two
 * currencies, an invalid value), 22012 (division by zero).  `what` names the
 * operation for the two-currency message ("add", "compare"); a and b give
 * the currencies (b may be NULL).
 */
ZHNUM_NORETURN void zhnum_amount_error(zn_amount_status st, const char *what,
									   const zn_amount *a, const zn_amount *b);

/*
 * A money figure of the core as a zh_amount Datum (for extraction).  The
 * first raises 22003 when the figure exceeds what zh_amount holds (more than
 * four fractional digits, 10^34); the second returns false instead.
 */
Datum		zhnum_amount_from_figure(const zn_figure *f);
bool		zhnum_amount_try_from_figure(const zn_figure *f, Datum *out);

/* Three-way comparison that raises 22023 for two currencies. */
int			zhnum_amount_cmp(const zn_amount *a, const zn_amount *b);

#endif							/* ZHNUM_AMOUNT_H */
