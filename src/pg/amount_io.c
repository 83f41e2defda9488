/*
 * amount_io.c — zh_amount in and out: text, binary, the constructors,
 * accessors, formats and casts.
 */
#include "postgres.h"

#include "libpq/pqformat.h"
#include "mb/pg_wchar.h"
#if PG_VERSION_NUM >= 160000
#include "nodes/miscnodes.h"
#endif
#include "utils/builtins.h"
#include "utils/numeric.h"

#include "amount.h"
#include "zhnum_errors.h"
#include "zhnum_values.h"

/* Inputs longer than this are clipped in messages (as zhnum_errors.c does). */
#define SHOWN_BYTES 180

static char *
shown(const char *s, size_t len)
{
	int			n = pg_mbcliplen(s, (int) Min(len, (size_t) PG_INT32_MAX), SHOWN_BYTES);

	if ((size_t) n < len)
		return psprintf("%.*s…", n, s);
	return pnstrdup(s, len);
}

/* A figure that zh_amount cannot hold; s is its text, or NULL. */
static ZHNUM_NORETURN void
figure_out_of_range(zn_amount_status st, const char *s, size_t len)
{
	ereport(ERROR,
			(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
			 s ? errmsg("value out of range for type zh_amount: \"%s\"", shown(s, len)) :
			 errmsg("value out of range for type zh_amount"),
			 st == ZN_AMT_INEXACT ?
			 errdetail("An amount keeps at most four fractional digits, and is never rounded.") :
			 errdetail("An amount is below 10^34 in magnitude.")));
	pg_unreachable();
}

/*
 * Parse all of s as an amount.  Errors are raised, unless `soft`: then the
 * SQLSTATE of the error is returned instead (0 on success).
 */
static int
parse_amount(const char *s, size_t len, bool soft, zn_amount *out)
{
	zhnum_input in;
	zn_figure	f;
	zn_error	err;
	zn_amount_status st;
	bool		plain;
	zn_status	ps = zn_parse_plain(s, len, ZN_MASK(ZN_KIND_MONEY), ZN_NO_REF, &f, &err, &plain);

	/* the text as it is first (see zhnum_parsed_as_is) */
	if (zhnum_parsed_as_is(s, len, ps == ZN_OK, plain))
		zhnum_input_as_is(&in, s, len);
	else
	{
		zhnum_input_init(&in, s, len);
		ps = zn_parse(in.s, in.len, ZN_MASK(ZN_KIND_MONEY), ZN_NO_REF, &f, &err);
	}
	if (ps != ZN_OK)
	{
		if (!soft)
			zhnum_report_error("type zh_amount", &in, &err, ZHNUM_AMOUNT_HINT);
		if (err.code == ZN_ERR_ENCODING)
			return ERRCODE_CHARACTER_NOT_IN_REPERTOIRE;
		return err.code == ZN_ERR_RANGE ? ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE :
			ERRCODE_INVALID_TEXT_REPRESENTATION;
	}
	st = zn_amount_from_figure(out, &f);
	if (st == ZN_AMT_OK)
		return 0;
	if (!soft)
		figure_out_of_range(st, s, len);
	return ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE;
}

Datum
zhnum_amount_from_figure(const zn_figure *f)
{
	zn_amount  *a = zhnum_amount_new();
	zn_amount_status st = zn_amount_from_figure(a, f);

	if (st != ZN_AMT_OK)
		figure_out_of_range(st, NULL, 0);
	return AmountPGetDatum(a);
}

bool
zhnum_amount_try_from_figure(const zn_figure *f, Datum *out)
{
	zn_amount  *a = zhnum_amount_new();

	if (zn_amount_from_figure(a, f) != ZN_AMT_OK)
	{
		pfree(a);
		return false;
	}
	*out = AmountPGetDatum(a);
	return true;
}

PG_FUNCTION_INFO_V1(zh_amount_in);
Datum
zh_amount_in(PG_FUNCTION_ARGS)
{
	const char *s = PG_GETARG_CSTRING(0);
	zn_amount  *a = zhnum_amount_new();

#if PG_VERSION_NUM >= 160000
	/* pg_input_is_valid(), COPY ... ON_ERROR: report softly, briefly */
	if (fcinfo->context && IsA(fcinfo->context, ErrorSaveContext))
	{
		int			code = parse_amount(s, strlen(s), true, a);

		if (code == ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE)
			ereturn(fcinfo->context, (Datum) 0,
					(errcode(code),
					 errmsg("value out of range for type zh_amount: \"%s\"",
							shown(s, strlen(s)))));
		if (code != 0)
			ereturn(fcinfo->context, (Datum) 0,
					(errcode(code),
					 errmsg("invalid input syntax for type zh_amount: \"%s\"",
							shown(s, strlen(s))),
					 errhint(ZHNUM_AMOUNT_HINT)));
		PG_RETURN_AMOUNT_P(a);
	}
#endif
	(void) parse_amount(s, strlen(s), false, a);
	PG_RETURN_AMOUNT_P(a);
}

/*
 * The cast text → zh_amount: what zh_amount_in does with the text, read in
 * place.  Without it a cast from text is an I/O conversion, which copies
 * every value into a C string (and then measures it again) before parsing.
 */
PG_FUNCTION_INFO_V1(zh_amount_from_text);
Datum
zh_amount_from_text(PG_FUNCTION_ARGS)
{
	text	   *t = PG_GETARG_TEXT_PP(0);
	zn_amount  *a = zhnum_amount_new();

	(void) parse_amount(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t), false, a);
	PG_RETURN_AMOUNT_P(a);
}

/* NULL where input raises 22P02 or 22003; malformed UTF-8 still raises (as
 * zh_try_number does: that is broken text, not a wrong amount). */
PG_FUNCTION_INFO_V1(zh_try_amount);
Datum
zh_try_amount(PG_FUNCTION_ARGS)
{
	text	   *t = PG_GETARG_TEXT_PP(0);
	zn_amount  *a = zhnum_amount_new();
	int			code = parse_amount(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t), true, a);

	if (code == ERRCODE_CHARACTER_NOT_IN_REPERTOIRE)
		(void) parse_amount(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t), false, a);
	if (code != 0)
		PG_RETURN_NULL();
	PG_RETURN_AMOUNT_P(a);
}

/* The value in a style, palloc'd. */
static char *
format_amount(const zn_amount *a, zn_amount_style style)
{
	char	   *buf = palloc(ZN_AMOUNT_TEXT_MAX);
	zn_amount_status st;

	if (zn_amount_format(a, style, buf, ZN_AMOUNT_TEXT_MAX, &st) < 0)
	{
		/* capital: the same two errors as zh_capital_amount() */
		if (st == ZN_AMT_STYLE &&
			(zn_amount_lower(a) % 100 != 0 || zn_amount_upper(a) % 100 != 0))
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("the capital style cannot write %s: it has more than two decimal places",
							format_amount(a, ZN_AMOUNT_CHINESE)),
					 errdetail("An amount in capitals stops at 分, two decimal places.")));
		if (st == ZN_AMT_STYLE)
			ereport(ERROR,
					(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
					 errmsg("amount out of range for the capital style: %s",
							format_amount(a, ZN_AMOUNT_CHINESE)),
					 errdetail("An amount in capitals must be less than 10^16 (一亿亿).")));
		zhnum_amount_error(st, "format", a, NULL);
	}
	return buf;
}

PG_FUNCTION_INFO_V1(zh_amount_out);
Datum
zh_amount_out(PG_FUNCTION_ARGS)
{
	PG_RETURN_CSTRING(format_amount(PG_GETARG_AMOUNT_P(0), ZN_AMOUNT_CHINESE));
}

/* ---- binary: the layout is documented in zn_amount.h ---------------------- */

PG_FUNCTION_INFO_V1(zh_amount_recv);
Datum
zh_amount_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	int			n = buf->len - buf->cursor;
	zn_amount  *a = zhnum_amount_new();
	const char *detail;

	if (zn_amount_unpack((const unsigned char *) buf->data + buf->cursor, (size_t) n,
						 a, &detail) != ZN_AMT_OK)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid binary representation of type zh_amount"),
				 errdetail("%s", detail)));
	buf->cursor = buf->len;
	PG_RETURN_AMOUNT_P(a);
}

PG_FUNCTION_INFO_V1(zh_amount_send);
Datum
zh_amount_send(PG_FUNCTION_ARGS)
{
	unsigned char w[ZN_AMOUNT_WIRE_SIZE];
	StringInfoData buf;

	zn_amount_pack(PG_GETARG_AMOUNT_P(0), w);
	pq_begintypsend(&buf);
	pq_sendbytes(&buf, (const void *) w, ZN_AMOUNT_WIRE_SIZE);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/* ---- constructors ---------------------------------------------------------- */

/* An ISO 4217 code argument: three letters, either case. */
static void
currency_arg(text *t, char *cur)
{
	const char *s = VARDATA_ANY(t);
	size_t		len = VARSIZE_ANY_EXHDR(t),
				k;

	for (k = 0; k < len && k < 3; k++)
		cur[k] = pg_ascii_toupper((unsigned char) s[k]);
	cur[3] = '\0';
	if (!zn_currency_valid(cur, len))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid currency code: \"%s\"", shown(s, len)),
				 errhint("A currency is an ISO 4217 code of three letters, such as CNY or USD.")));
}

static zn_qual
qualifier_arg(text *t)
{
	char	   *s = text_to_cstring(t);
	zn_qual		q;

	if (!zn_qual_from_name(s, &q))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("unknown zh_amount qualifier: \"%s\"", s),
				 errhint("The qualifiers are exact, approx, more_than, at_least, less_than and at_most.")));
	return q;
}

/* A numeric that zh_amount cannot hold. */
static ZHNUM_NORETURN void
numeric_out_of_range(zn_amount_status st, Numeric num)
{
	char	   *s = DatumGetCString(DirectFunctionCall1(numeric_out, NumericGetDatum(num)));

	if (st == ZN_AMT_INEXACT)
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("value out of range for type zh_amount: %s", s),
				 errdetail("An amount keeps at most four fractional digits, and is never rounded."),
				 errhint("Round it first, for example zh_amount(round(x, 4)).")));
	ereport(ERROR,
			(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
			 errmsg("value out of range for type zh_amount: %s", s),
			 errdetail("An amount is below 10^34 in magnitude.")));
	pg_unreachable();
}

static zn_dec
numeric_arg(Numeric num)
{
	zn_dec		d;
	Datum		rounded;

	if (zhnum_numeric_to_dec(num, &d))
		return d;
	if (numeric_is_nan(num))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("cannot convert NaN to zh_amount")));
#if PG_VERSION_NUM >= 140000
	if (numeric_is_inf(num))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("cannot convert infinity to zh_amount")));
#endif
	/* more than 38 significant digits: too many after the point, or too large */
	rounded = DirectFunctionCall2(numeric_round, NumericGetDatum(num), Int32GetDatum(4));
	numeric_out_of_range(DatumGetBool(DirectFunctionCall2(numeric_eq, rounded,
														  NumericGetDatum(num))) ?
						 ZN_AMT_OVERFLOW : ZN_AMT_INEXACT, num);
}

static zn_amount *
make_amount(Numeric lo, Numeric hi, const char *cur, zn_qual q)
{
	zn_amount  *a = zhnum_amount_new();
	zn_amount_status st = zn_amount_from_decs(a, numeric_arg(lo), numeric_arg(hi), cur, q);

	if (st == ZN_AMT_INVALID)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("the lower bound of a zh_amount must not exceed its upper bound")));
	if (st != ZN_AMT_OK)
	{
		zn_amount_status sl = zn_amount_from_decs(a, numeric_arg(lo), numeric_arg(lo), cur, q);

		numeric_out_of_range(st, sl != ZN_AMT_OK ? lo : hi);
	}
	return a;
}

/* zh_amount(value numeric, currency text DEFAULT 'CNY', qualifier text DEFAULT 'exact') */
PG_FUNCTION_INFO_V1(zh_amount_make);
Datum
zh_amount_make(PG_FUNCTION_ARGS)
{
	char		cur[4];
	Numeric		v = PG_GETARG_NUMERIC(0);

	currency_arg(PG_GETARG_TEXT_PP(1), cur);
	PG_RETURN_AMOUNT_P(make_amount(v, v, cur, qualifier_arg(PG_GETARG_TEXT_PP(2))));
}

/* zh_amount_range(lower numeric, upper numeric, currency, qualifier) */
PG_FUNCTION_INFO_V1(zh_amount_range);
Datum
zh_amount_range(PG_FUNCTION_ARGS)
{
	char		cur[4];

	currency_arg(PG_GETARG_TEXT_PP(2), cur);
	PG_RETURN_AMOUNT_P(make_amount(PG_GETARG_NUMERIC(0), PG_GETARG_NUMERIC(1), cur,
								   qualifier_arg(PG_GETARG_TEXT_PP(3))));
}

/* The cast numeric → zh_amount: CNY, exact. */
PG_FUNCTION_INFO_V1(zh_amount_from_numeric);
Datum
zh_amount_from_numeric(PG_FUNCTION_ARGS)
{
	Numeric		v = PG_GETARG_NUMERIC(0);

	PG_RETURN_AMOUNT_P(make_amount(v, v, "CNY", ZN_Q_EXACT));
}

/* ---- accessors ------------------------------------------------------------- */

/* zh_amount_value, and the cast zh_amount → numeric: a point's value. */
PG_FUNCTION_INFO_V1(zh_amount_value);
Datum
zh_amount_value(PG_FUNCTION_ARGS)
{
	const zn_amount *a = PG_GETARG_AMOUNT_P(0);

	if (zn_amount_is_range(a))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("zh_amount \"%s\" is a range and has no single value",
						format_amount(a, ZN_AMOUNT_CHINESE)),
				 errhint("Use zh_amount_lower() or zh_amount_upper().")));
	PG_RETURN_DATUM(zhnum_dec_to_numeric(zn_amount_lower_dec(a)));
}

PG_FUNCTION_INFO_V1(zh_amount_lower);
Datum
zh_amount_lower(PG_FUNCTION_ARGS)
{
	PG_RETURN_DATUM(zhnum_dec_to_numeric(zn_amount_lower_dec(PG_GETARG_AMOUNT_P(0))));
}

PG_FUNCTION_INFO_V1(zh_amount_upper);
Datum
zh_amount_upper(PG_FUNCTION_ARGS)
{
	PG_RETURN_DATUM(zhnum_dec_to_numeric(zn_amount_upper_dec(PG_GETARG_AMOUNT_P(0))));
}

PG_FUNCTION_INFO_V1(zh_amount_currency);
Datum
zh_amount_currency(PG_FUNCTION_ARGS)
{
	PG_RETURN_TEXT_P(cstring_to_text_with_len(PG_GETARG_AMOUNT_P(0)->currency, 3));
}

PG_FUNCTION_INFO_V1(zh_amount_qualifier);
Datum
zh_amount_qualifier(PG_FUNCTION_ARGS)
{
	PG_RETURN_TEXT_P(cstring_to_text(zn_qual_name((zn_qual) PG_GETARG_AMOUNT_P(0)->qual)));
}

PG_FUNCTION_INFO_V1(zh_amount_is_range);
Datum
zh_amount_is_range(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(zn_amount_is_range(PG_GETARG_AMOUNT_P(0)));
}

/* zh_amount_format(zh_amount, style text): chinese, arabic, iso, capital */
PG_FUNCTION_INFO_V1(zh_amount_format);
Datum
zh_amount_format(PG_FUNCTION_ARGS)
{
	text	   *t = PG_GETARG_TEXT_PP(1);
	zn_amount_style style;

	if (!zn_amount_style_from_name(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t), &style))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("unknown zh_amount style: \"%s\"", text_to_cstring(t)),
				 errhint("The styles are %s.", ZN_AMOUNT_STYLE_NAMES)));
	PG_RETURN_TEXT_P(cstring_to_text(format_amount(PG_GETARG_AMOUNT_P(0), style)));
}
