/*
 * numbers.c — zh_number, zh_try_number and zh_parse.
 */
#include "postgres.h"

#include "access/htup_details.h"
#include "funcapi.h"
#include "utils/builtins.h"
#include "utils/date.h"

#include "zhnum_compat.h"
#include "zhnum_errors.h"
#include "zhnum_values.h"

#define NUMBER_HINT "Write one number, such as 3.86亿, 一千零一, 百分之三十七点六 or 三分之一."

/* Parse a whole text as one exact number; on failure fill err. */
static zn_status
parse_number_text(text *t, zhnum_input *in, zn_dec *out, zn_error *err)
{
	const char *s = VARDATA_ANY(t);
	size_t		len = VARSIZE_ANY_EXHDR(t);
	bool		plain;
	zn_status	st = zn_parse_number_plain(s, len, out, err, &plain);

	if (zhnum_parsed_as_is(s, len, st == ZN_OK, plain))
	{
		zhnum_input_as_is(in, s, len);
		return st;
	}
	zhnum_input_init(in, s, len);
	return zn_parse_number(in->s, in->len, out, err);
}

PG_FUNCTION_INFO_V1(zh_number);
Datum
zh_number(PG_FUNCTION_ARGS)
{
	zhnum_input in;
	zn_dec		d;
	zn_error	err;

	if (parse_number_text(PG_GETARG_TEXT_PP(0), &in, &d, &err) != ZN_OK)
		zhnum_report_error("zh_number", &in, &err, NUMBER_HINT);
	PG_RETURN_DATUM(zhnum_dec_to_numeric(d));
}

PG_FUNCTION_INFO_V1(zh_try_number);
Datum
zh_try_number(PG_FUNCTION_ARGS)
{
	zhnum_input in;
	zn_dec		d;
	zn_error	err;
	text	   *t = PG_GETARG_TEXT_PP(0);

	/* malformed UTF-8 still raises: it is not a number, it is broken text */
	if (zn_utf8_check(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t)) < VARSIZE_ANY_EXHDR(t))
	{
		(void) parse_number_text(t, &in, &d, &err);
		zhnum_report_error("zh_number", &in, &err, NULL);
	}
	if (parse_number_text(t, &in, &d, &err) != ZN_OK)
		PG_RETURN_NULL();
	PG_RETURN_DATUM(zhnum_dec_to_numeric(d));
}

/*
 * zh_parse(text, ref date) → (kind, value, lower, upper, qualifier,
 * currency, unit, dates, duration): the whole text as one expression of any
 * kind, with every detail; all NULL when it is not one.
 */
PG_FUNCTION_INFO_V1(zh_parse);
Datum
zh_parse(PG_FUNCTION_ARGS)
{
	TupleDesc	tupdesc;
	Datum		values[9];
	bool		nulls[9];
	zhnum_input in;
	zn_figure	f;
	zn_error	err;
	int32_t		ref = PG_ARGISNULL(1) ? ZN_NO_REF : (int32_t) PG_GETARG_DATEADT(1);
	text	   *t;
	int			k;

	if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE)
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("function returning record called in context that cannot accept type record")));
	tupdesc = BlessTupleDesc(tupdesc);
	for (k = 0; k < 9; k++)
	{
		nulls[k] = true;
		values[k] = (Datum) 0;
	}
	if (PG_ARGISNULL(0))
		PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(tupdesc, values, nulls)));
	t = PG_GETARG_TEXT_PP(0);
	if (ref != ZN_NO_REF && DATE_NOT_FINITE((DateADT) ref))
		ref = ZN_NO_REF;
	zhnum_input_init(&in, VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t));
	if (zn_parse(in.s, in.len, ZN_MASK_ALL, ref, &f, &err) != ZN_OK)
	{
		if (err.code == ZN_ERR_ENCODING)
			zhnum_report_error("zh_parse", &in, &err, NULL);
		PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(tupdesc, values, nulls)));
	}
	values[0] = CStringGetTextDatum(zhnum_kind_name(f.kind));
	nulls[0] = false;
	if (f.kind != ZN_KIND_DATE && f.kind != ZN_KIND_DURATION)
	{
		if (!f.is_range)
		{
			values[1] = zhnum_dec_to_numeric(f.lo);
			nulls[1] = false;
		}
		values[2] = zhnum_dec_to_numeric(f.lo);
		values[3] = zhnum_dec_to_numeric(f.hi);
		nulls[2] = nulls[3] = false;
	}
	values[4] = CStringGetTextDatum(zn_qual_name(f.qual));
	nulls[4] = false;
	if (f.currency[0])
	{
		values[5] = CStringGetTextDatum(f.currency);
		nulls[5] = false;
	}
	if (f.unit_len)
	{
		values[6] = PointerGetDatum(cstring_to_text_with_len(in.s + f.unit_start, (int) f.unit_len));
		nulls[6] = false;
	}
	if (f.kind == ZN_KIND_DATE && f.dates.known)
	{
		values[7] = zhnum_daterange(&f.dates);
		nulls[7] = false;
	}
	if (f.kind == ZN_KIND_DURATION)
	{
		values[8] = zhnum_interval(&f.duration);
		nulls[8] = false;
	}
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(tupdesc, values, nulls)));
}
