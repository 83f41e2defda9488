/*
 * amount_agg.c — sum, avg, min and max of zh_amount, all with combine
 * functions so that they run in parallel plans.
 *
 * sum's state is a zh_amount itself (the running total; the first value
 * starts it), so the one function serves as transition and combine function
 * and parallel plans need no serialisation.  avg also counts, so its state
 * is internal, serialised as the binary form of the sum (38 bytes, as
 * zh_amount_send) followed by the count (8 bytes, big-endian).
 */
#include "postgres.h"

#include "common/int.h"
#include "libpq/pqformat.h"
#include "utils/builtins.h"

#include "amount.h"

/* ---- sum ----------------------------------------------------------------------- */

/*
 * zh_amount_sum_accum(state zh_amount, value zh_amount), strict.  Inside an
 * aggregate the state lives in the aggregate's memory and is updated in
 * place, which saves an allocation per row.
 */
PG_FUNCTION_INFO_V1(zh_amount_sum_accum);
Datum
zh_amount_sum_accum(PG_FUNCTION_ARGS)
{
	zn_amount  *state = (zn_amount *) PG_GETARG_POINTER(0);
	const zn_amount *v = PG_GETARG_AMOUNT_P(1);
	zn_amount	r;
	zn_amount_status st = zn_amount_add(state, v, &r);

	if (st != ZN_AMT_OK)
		zhnum_amount_error(st, "sum", state, v);
	if (!AggCheckCallContext(fcinfo, NULL))
		state = zhnum_amount_new();
	*state = r;
	PG_RETURN_AMOUNT_P(state);
}

/* ---- avg -------------------------------------------------------------------------- */

typedef struct avg_state
{
	int64		count;
	zn_amount	sum;
} avg_state;

#define AVG_SERIAL_SIZE (ZN_AMOUNT_WIRE_SIZE + 8)

static MemoryContext
agg_context(FunctionCallInfo fcinfo, const char *fn)
{
	MemoryContext ctx;

	if (!AggCheckCallContext(fcinfo, &ctx))
		elog(ERROR, "%s called in non-aggregate context", fn);
	return ctx;
}

static void
avg_add(avg_state *s, const zn_amount *sum, int64 count)
{
	zn_amount	r;
	zn_amount_status st = zn_amount_add(&s->sum, sum, &r);

	if (st != ZN_AMT_OK)
		zhnum_amount_error(st, "average", &s->sum, sum);
	if (pg_add_s64_overflow(s->count, count, &s->count))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("too many values to average")));
	s->sum = r;
}

/* zh_amount_avg_accum(internal, zh_amount), not strict */
PG_FUNCTION_INFO_V1(zh_amount_avg_accum);
Datum
zh_amount_avg_accum(PG_FUNCTION_ARGS)
{
	MemoryContext ctx = agg_context(fcinfo, "zh_amount_avg_accum");
	avg_state  *s = PG_ARGISNULL(0) ? NULL : (avg_state *) PG_GETARG_POINTER(0);

	if (!PG_ARGISNULL(1))
	{
		const zn_amount *v = PG_GETARG_AMOUNT_P(1);

		if (s == NULL)
		{
			s = MemoryContextAllocZero(ctx, sizeof(avg_state));
			s->sum = *v;
			s->count = 1;
		}
		else
			avg_add(s, v, 1);
	}
	if (s == NULL)
		PG_RETURN_NULL();
	PG_RETURN_POINTER(s);
}

/* zh_amount_avg_combine(internal, internal), not strict */
PG_FUNCTION_INFO_V1(zh_amount_avg_combine);
Datum
zh_amount_avg_combine(PG_FUNCTION_ARGS)
{
	MemoryContext ctx = agg_context(fcinfo, "zh_amount_avg_combine");
	avg_state  *s1 = PG_ARGISNULL(0) ? NULL : (avg_state *) PG_GETARG_POINTER(0);
	avg_state  *s2 = PG_ARGISNULL(1) ? NULL : (avg_state *) PG_GETARG_POINTER(1);

	if (s2 == NULL)
	{
		if (s1 == NULL)
			PG_RETURN_NULL();
		PG_RETURN_POINTER(s1);
	}
	if (s1 == NULL)
	{
		/* s2 may live in a shorter-lived context (a deserialised state) */
		s1 = MemoryContextAlloc(ctx, sizeof(avg_state));
		*s1 = *s2;
		PG_RETURN_POINTER(s1);
	}
	avg_add(s1, &s2->sum, s2->count);
	PG_RETURN_POINTER(s1);
}

/* zh_amount_avg_serialize(internal) → bytea, strict */
PG_FUNCTION_INFO_V1(zh_amount_avg_serialize);
Datum
zh_amount_avg_serialize(PG_FUNCTION_ARGS)
{
	avg_state  *s;
	unsigned char w[ZN_AMOUNT_WIRE_SIZE];
	StringInfoData buf;

	(void) agg_context(fcinfo, "zh_amount_avg_serialize");
	s = (avg_state *) PG_GETARG_POINTER(0);
	zn_amount_pack(&s->sum, w);
	pq_begintypsend(&buf);
	pq_sendbytes(&buf, (const void *) w, ZN_AMOUNT_WIRE_SIZE);
	pq_sendint64(&buf, s->count);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/* zh_amount_avg_deserialize(bytea, internal) → internal, strict */
PG_FUNCTION_INFO_V1(zh_amount_avg_deserialize);
Datum
zh_amount_avg_deserialize(PG_FUNCTION_ARGS)
{
	bytea	   *b;
	avg_state  *s;
	const unsigned char *p;
	uint64		u = 0;
	int			k;
	const char *detail;

	(void) agg_context(fcinfo, "zh_amount_avg_deserialize");
	b = PG_GETARG_BYTEA_PP(0);
	if (VARSIZE_ANY_EXHDR(b) != AVG_SERIAL_SIZE)
		elog(ERROR, "zh_amount avg state has %d bytes, not %d",
			 (int) VARSIZE_ANY_EXHDR(b), AVG_SERIAL_SIZE);
	s = palloc(sizeof(avg_state));
	if (zn_amount_unpack((const unsigned char *) VARDATA_ANY(b), ZN_AMOUNT_WIRE_SIZE,
						 &s->sum, &detail) != ZN_AMT_OK)
		elog(ERROR, "invalid zh_amount avg state: %s", detail);
	/* the count, big-endian as pq_sendint64 wrote it */
	p = (const unsigned char *) VARDATA_ANY(b) + ZN_AMOUNT_WIRE_SIZE;
	for (k = 0; k < 8; k++)
		u = (u << 8) | p[k];
	s->count = (int64) u;
	if (s->count <= 0)
		elog(ERROR, "invalid zh_amount avg state: count " INT64_FORMAT, s->count);
	PG_RETURN_POINTER(s);
}

/* zh_amount_avg_final(internal) → zh_amount: rounded to 10^-4, approx if it rounds */
PG_FUNCTION_INFO_V1(zh_amount_avg_final);
Datum
zh_amount_avg_final(PG_FUNCTION_ARGS)
{
	avg_state  *s;
	zn_amount  *r;
	zn_amount_status st;

	(void) agg_context(fcinfo, "zh_amount_avg_final");
	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	s = (avg_state *) PG_GETARG_POINTER(0);
	r = zhnum_amount_new();
	if ((st = zn_amount_avg(&s->sum, s->count, r)) != ZN_AMT_OK)
		zhnum_amount_error(st, "average", &s->sum, NULL);
	PG_RETURN_AMOUNT_P(r);
}

/* ---- min and max ---------------------------------------------------------------- */

PG_FUNCTION_INFO_V1(zh_amount_smaller);
Datum
zh_amount_smaller(PG_FUNCTION_ARGS)
{
	const zn_amount *a = PG_GETARG_AMOUNT_P(0),
			   *b = PG_GETARG_AMOUNT_P(1);

	PG_RETURN_AMOUNT_P(zhnum_amount_cmp(a, b) <= 0 ? a : b);
}

PG_FUNCTION_INFO_V1(zh_amount_larger);
Datum
zh_amount_larger(PG_FUNCTION_ARGS)
{
	const zn_amount *a = PG_GETARG_AMOUNT_P(0),
			   *b = PG_GETARG_AMOUNT_P(1);

	PG_RETURN_AMOUNT_P(zhnum_amount_cmp(a, b) >= 0 ? a : b);
}
