/*
 * zhnum_values.c — core values as PostgreSQL Datums and back.
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "common/int.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/rangetypes.h"
#include "utils/timestamp.h"
#include "utils/typcache.h"

#include "zhnum_values.h"

/* The string route: always right, a little slow. */
static Datum
dec_to_numeric_text(zn_dec d)
{
	char		small[96];
	size_t		need = zn_dec_str_size(d);
	char	   *buf = need <= sizeof(small) ? small : palloc(need);

	if (zn_dec_to_str(d, buf, need) < 0)
		elog(ERROR, "zhnum: decimal buffer too small");	/* cannot happen */
	return DirectFunctionCall3(numeric_in, CStringGetDatum(buf),
							   ObjectIdGetDatum(InvalidOid), Int32GetDatum(-1));
}

Datum
zhnum_dec_to_numeric(zn_dec d)
{
	d = zn_dec_normalize(d);
#if PG_VERSION_NUM >= 140000
	/* most values: a 64-bit coefficient, built without printing it */
	if (d.coef >= PG_INT64_MIN && d.coef <= PG_INT64_MAX)
	{
		int64		v = (int64) d.coef;
		int32		e = d.exp;

		if (e <= 0 && e > -1000)
			return NumericGetDatum(int64_div_fast_to_numeric(v, -e));
		while (e > 0 && !pg_mul_s64_overflow(v, 10, &v))
			e--;
		if (e == 0)
			return NumericGetDatum(int64_to_numeric(v));
	}
#endif
	return dec_to_numeric_text(d);
}

bool
zhnum_numeric_to_dec(Numeric num, zn_dec *out)
{
	char	   *s;

	if (numeric_is_nan(num))
		return false;
#if PG_VERSION_NUM >= 140000
	if (numeric_is_inf(num))
		return false;
#endif
	s = DatumGetCString(DirectFunctionCall1(numeric_out, NumericGetDatum(num)));
	return zn_dec_from_str(s, strlen(s), out);
}

Datum
zhnum_daterange(const zn_daterange *r)
{
	TypeCacheEntry *typcache = lookup_type_cache(DATERANGEOID, TYPECACHE_RANGE_INFO);
	RangeBound	lower,
				upper;
	bool		empty;

	lower.val = DateADTGetDatum((DateADT) r->lo);
	lower.infinite = (r->lo == ZN_DATE_NEG_INF);
	lower.inclusive = !lower.infinite;
	lower.lower = true;
	upper.val = DateADTGetDatum((DateADT) r->hi);
	upper.infinite = (r->hi == ZN_DATE_POS_INF);
	upper.inclusive = !upper.infinite;
	upper.lower = false;
	/* X以来 where X begins after the reference: no day at all */
	empty = !lower.infinite && !upper.infinite && r->lo > r->hi;
#if PG_VERSION_NUM >= 160000
	return RangeTypePGetDatum(make_range(typcache, &lower, &upper, empty, NULL));
#else
	return RangeTypePGetDatum(make_range(typcache, &lower, &upper, empty));
#endif
}

Datum
zhnum_interval(const zn_interval *iv)
{
	Interval   *result = palloc(sizeof(Interval));

	result->month = iv->months;
	result->day = iv->days;
	result->time = iv->usecs;
	return IntervalPGetDatum(result);
}

const char *
zhnum_kind_name(zn_kind k)
{
	switch (k)
	{
		case ZN_KIND_NUMBER:
			return "number";
		case ZN_KIND_MONEY:
			return "money";
		case ZN_KIND_QUANTITY:
			return "quantity";
		case ZN_KIND_PERCENT:
			return "percent";
		case ZN_KIND_DATE:
			return "date";
		case ZN_KIND_DURATION:
			return "duration";
		default:
			return NULL;
	}
}
