/*
 * dates.c — zh_daterange, zh_date, zh_interval and their zh_try_ forms.
 *
 * Each date function exists twice: with an explicit reference date it is
 * IMMUTABLE, and a one-argument form that reads current_date is STABLE
 * (see 40_dates.sql for why that is not a DEFAULT).  Both forms share one C
 * entry point per function; PG_NARGS() tells them apart.
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/rangetypes.h"

#include "zhnum_compat.h"
#include "zhnum_errors.h"
#include "zhnum_values.h"

#define DATE_HINT "Write a date such as 2019年4月14日, 4月14—19日, 今年一季度, 去年以来 or 近30天."
#define DAY_HINT "zh_daterange() returns all the days it covers."
#define INTERVAL_HINT "Write a length of time such as 为期6天, 3个月, 半年 or 两个多小时."

/* The reference date of a call: the second argument or current_date. */
static int32_t
reference_date(FunctionCallInfo fcinfo)
{
	DateADT		ref = PG_NARGS() > 1 ? PG_GETARG_DATEADT(1) : GetSQLCurrentDate();

	/* ±infinity resolve nothing: relative expressions then have no range */
	return DATE_NOT_FINITE(ref) ? ZN_NO_REF : (int32_t) ref;
}

/*
 * Parse the first argument as a date expression.  Returns false (with err
 * filled) on failure; raises at once for malformed UTF-8, which the zh_try_
 * forms do not hide either: that is broken text, not a non-date.
 */
static bool
parse_date_arg(FunctionCallInfo fcinfo, const char *what, zhnum_input *in, zn_figure *f,
			   zn_error *err)
{
	text	   *t = PG_GETARG_TEXT_PP(0);

	zhnum_input_init(in, VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t));
	if (zn_parse(in->s, in->len, ZN_MASK(ZN_KIND_DATE), reference_date(fcinfo), f, err) == ZN_OK)
		return true;
	if (err->code == ZN_ERR_ENCODING)
		zhnum_report_error(what, in, err, NULL);
	return false;
}

/* zh_daterange(text [, ref date]) → daterange; NULL for vague words (近日). */
static Datum
daterange_common(FunctionCallInfo fcinfo, bool try)
{
	zhnum_input in;
	zn_figure	f;
	zn_error	err;

	if (!parse_date_arg(fcinfo, "zh_daterange", &in, &f, &err))
	{
		if (try)
			PG_RETURN_NULL();
		zhnum_report_error("zh_daterange", &in, &err, DATE_HINT);
	}
	if (!f.dates.known)
		PG_RETURN_NULL();
	return zhnum_daterange(&f.dates);
}

PG_FUNCTION_INFO_V1(zh_daterange);
Datum
zh_daterange(PG_FUNCTION_ARGS)
{
	return daterange_common(fcinfo, false);
}

PG_FUNCTION_INFO_V1(zh_try_daterange);
Datum
zh_try_daterange(PG_FUNCTION_ARGS)
{
	return daterange_common(fcinfo, true);
}

/* zh_date(text [, ref date]) → date: exactly one day, else 22023. */
static Datum
date_common(FunctionCallInfo fcinfo, bool try)
{
	zhnum_input in;
	zn_figure	f;
	zn_error	err;

	if (!parse_date_arg(fcinfo, "zh_date", &in, &f, &err))
	{
		if (try)
			PG_RETURN_NULL();
		zhnum_report_error("zh_date", &in, &err, DATE_HINT);
	}
	if (!f.dates.known)
		PG_RETURN_NULL();
	if (f.dates.lo != f.dates.hi || f.dates.lo == ZN_DATE_NEG_INF ||
		f.dates.hi == ZN_DATE_POS_INF)
	{
		if (try)
			PG_RETURN_NULL();
		err.code = ZN_ERR_NOT_SINGLE;
		err.byte_pos = f.start;
		err.byte_len = 0;
		err.detail = (f.dates.lo > f.dates.hi) ? "It covers no day at all." :
			"It covers several days.";
		zhnum_report_error("zh_date", &in, &err, DAY_HINT);
	}
	PG_RETURN_DATEADT((DateADT) f.dates.lo);
}

PG_FUNCTION_INFO_V1(zh_date);
Datum
zh_date(PG_FUNCTION_ARGS)
{
	return date_common(fcinfo, false);
}

PG_FUNCTION_INFO_V1(zh_try_date);
Datum
zh_try_date(PG_FUNCTION_ARGS)
{
	return date_common(fcinfo, true);
}

/* zh_interval(text) → interval: 为期6天, 两个多小时 (the number, not 多). */
static Datum
interval_common(FunctionCallInfo fcinfo, bool try)
{
	text	   *t = PG_GETARG_TEXT_PP(0);
	zhnum_input in;
	zn_figure	f;
	zn_error	err;

	zhnum_input_init(&in, VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t));
	if (zn_parse(in.s, in.len, ZN_MASK(ZN_KIND_DURATION), ZN_NO_REF, &f, &err) != ZN_OK)
	{
		if (try && err.code != ZN_ERR_ENCODING)
			PG_RETURN_NULL();
		zhnum_report_error("zh_interval", &in, &err, INTERVAL_HINT);
	}
	return zhnum_interval(&f.duration);
}

PG_FUNCTION_INFO_V1(zh_interval);
Datum
zh_interval(PG_FUNCTION_ARGS)
{
	return interval_common(fcinfo, false);
}

PG_FUNCTION_INFO_V1(zh_try_interval);
Datum
zh_try_interval(PG_FUNCTION_ARGS)
{
	return interval_common(fcinfo, true);
}
