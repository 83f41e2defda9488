/*
 * extract.c — zh_extract and zh_amounts: the figures of a running text.
 *
 * The core scans the text once and calls back for each figure (zn_extract);
 * here each figure becomes a row.  zh_extract returns its rows in
 * materialize mode (a tuplestore, which spills to disk past work_mem), so
 * memory stays bounded by the output whatever the size of the text; the
 * per-row work happens in a small context reset after every row.
 *
 * Positions are 1-based characters of the user's text, as strpos counts
 * them.  They are counted incrementally (figures come in text order), never
 * from the start of the text again; when the text went through ICU
 * normalisation the core's positions are mapped back through the input's
 * charmap.
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "fmgr.h"
#include "funcapi.h"
#include "miscadmin.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/tuplestore.h"

#include "zhnum_compat.h"
#include "zhnum_errors.h"
#include "zhnum_values.h"
#include "amount.h"

/* Columns of zh_extract's result, in order. */
enum
{
	COL_KIND,
	COL_SPAN,
	COL_POS,
	COL_LEN,
	COL_VALUE,
	COL_AMOUNT,
	COL_UNIT,
	COL_QUALIFIER,
	COL_DATES,
	COL_DURATION,
	NCOLS
};

/* A cursor over a UTF-8 text: byte offset and 0-based character index. */
typedef struct textcursor
{
	const char *s;
	size_t		byte;
	int32		chr;
} textcursor;

/*
 * Characters in s[0..n): the bytes that are not UTF-8 continuation bytes
 * (10xxxxxx).  Eight bytes at a time: the gap between two figures is most
 * of a paragraph, and this is the one pass over it the glue makes.
 */
static int32
count_chars(const unsigned char *s, size_t n)
{
	const uint64 high = UINT64CONST(0x8080808080808080);
	const uint64 ones = UINT64CONST(0x0101010101010101);
	size_t		i = 0;
	int32		chars = 0;

	for (; i + 8 <= n; i += 8)
	{
		uint64		w;
		uint64		cont;

		memcpy(&w, s + i, 8);
		/* bit 7 of each byte that is 10xxxxxx (bit 6 of a byte shifts
		 * into bit 7 of the same byte; bit 7 into the next byte's bit 0) */
		cont = w & ~(w << 1) & high;
		/* the number of such bytes, summed into the top byte */
		chars += 8 - (int32) (((cont >> 7) * ones) >> 56);
	}
	for (; i < n; i++)
		chars += (s[i] & 0xC0) != 0x80;
	return chars;
}

/* Move the cursor forward to byte offset `to`, counting characters (never
 * back: the core's figures come in text order and never overlap). */
static void
cursor_to_byte(textcursor *tc, size_t to)
{
	Assert(to >= tc->byte);
	tc->chr += count_chars((const unsigned char *) tc->s + tc->byte, to - tc->byte);
	tc->byte = to;
}

/* Move the cursor to 0-based character index `to` (restarting from the
 * beginning in the rare case it lies behind). */
static void
cursor_to_char(textcursor *tc, int32 to, size_t len)
{
	const unsigned char *s = (const unsigned char *) tc->s;

	if (to < tc->chr)
	{
		tc->byte = 0;
		tc->chr = 0;
	}
	while (tc->chr < to && tc->byte < len)
	{
		tc->byte++;
		while (tc->byte < len && (s[tc->byte] & 0xC0) == 0x80)
			tc->byte++;
		tc->chr++;
	}
}

/*
 * What zh_extract keeps for a whole query, in fn_extra.  A lateral call runs
 * once per row of the outer table and a paragraph holds only a few figures,
 * so what does not depend on the text is built once, not once per call or
 * per row.
 */
typedef struct xquery
{
	TupleDesc	tupdesc;		/* the result's row type */
	MemoryContext rowcxt;		/* one row's values; reset after each row */
	Datum		kind_text[ZN_KIND_DURATION + 1];	/* the kind column's values */
	Datum		qual_text[ZN_Q_COUNT];	/* the qualifier column's values */
	zn_norm_memo norm_memo;		/* what needs no ICU, learnt from earlier texts */
} xquery;

/* What the scan's callback needs. */
typedef struct xstate
{
	FunctionCallInfo fcinfo;
	zhnum_input in;
	textcursor	core;			/* over in.s */
	textcursor	user;			/* over in.orig, when in.charmap */
	zn_norm_memo *norm_memo;	/* for zn_utf8_check_norm */
	/* zh_extract */
	Tuplestorestate *ts;
	const xquery *q;
	/* zh_amounts */
	ArrayBuildState *astate;
	Oid			amount_type;
} xstate;

/* The scan's tick: let statement_timeout and cancel through. */
static void
extract_tick(void *arg)
{
	CHECK_FOR_INTERRUPTS();
}

/*
 * The user's 1-based position and length in characters of the core span
 * [start, end), and its bytes in the user's text.
 */
static void
user_span(xstate *x, const zn_figure *f, int32 *pos, int32 *len,
		  const char **bytes, size_t *nbytes)
{
	int32		c0,
				c1;

	cursor_to_byte(&x->core, f->start);
	c0 = x->core.chr;
	cursor_to_byte(&x->core, f->end);
	c1 = x->core.chr;

	if (x->in.charmap == NULL)
	{
		*pos = c0 + 1;
		*len = c1 - c0;
		*bytes = x->in.s + f->start;
		*nbytes = f->end - f->start;
		return;
	}

	/*
	 * Through the charmap: the span covers every user character one of its
	 * core characters came from (a figure may end inside the expansion of
	 * one user character, such as ⑽).
	 */
	{
		int32		u0 = x->in.charmap[c0],
					u1 = (c1 > c0 ? x->in.charmap[c1 - 1] : u0 - 1) + 1;
		size_t		b0;

		cursor_to_char(&x->user, u0 - 1, x->in.orig_len);
		b0 = x->user.byte;
		cursor_to_char(&x->user, u1 - 1, x->in.orig_len);
		*pos = u0;
		*len = u1 - u0;
		*bytes = x->in.orig + b0;
		*nbytes = x->user.byte - b0;
	}
}

/* One zh_extract row per figure. */
static bool
emit_row(void *arg, const zn_figure *f)
{
	xstate	   *x = (xstate *) arg;
	const xquery *q = x->q;
	MemoryContext old = MemoryContextSwitchTo(q->rowcxt);
	Datum		values[NCOLS];
	bool		nulls[NCOLS];
	int32		pos,
				len;
	const char *bytes;
	size_t		nbytes;
	int			k;

	for (k = 0; k < NCOLS; k++)
	{
		values[k] = (Datum) 0;
		nulls[k] = true;
	}
	user_span(x, f, &pos, &len, &bytes, &nbytes);

	values[COL_KIND] = q->kind_text[f->kind];
	values[COL_SPAN] = PointerGetDatum(cstring_to_text_with_len(bytes, (int) nbytes));
	values[COL_POS] = Int32GetDatum(pos);
	values[COL_LEN] = Int32GetDatum(len);
	nulls[COL_KIND] = nulls[COL_SPAN] = nulls[COL_POS] = nulls[COL_LEN] = false;

	switch (f->kind)
	{
		case ZN_KIND_NUMBER:
		case ZN_KIND_MONEY:
		case ZN_KIND_QUANTITY:
		case ZN_KIND_PERCENT:
			/* the point value; a range has none (its ends are in amount) */
			if (!f->is_range)
			{
				values[COL_VALUE] = zhnum_dec_to_numeric(f->lo);
				nulls[COL_VALUE] = false;
			}
			/* NULL when zh_amount cannot hold it (0.00001元, 10^34元):
			 * one odd figure must not fail the whole text */
			if (f->kind == ZN_KIND_MONEY)
				nulls[COL_AMOUNT] = !zhnum_amount_try_from_figure(f, &values[COL_AMOUNT]);
			if (f->unit_len > 0)
			{
				values[COL_UNIT] = PointerGetDatum(cstring_to_text_with_len(x->in.s + f->unit_start,
																			  (int) f->unit_len));
				nulls[COL_UNIT] = false;
			}
			break;
		case ZN_KIND_DATE:
			if (f->dates.known)
			{
				values[COL_DATES] = zhnum_daterange(&f->dates);
				nulls[COL_DATES] = false;
			}
			break;
		case ZN_KIND_DURATION:
			values[COL_DURATION] = zhnum_interval(&f->duration);
			nulls[COL_DURATION] = false;
			break;
		default:
			break;
	}
	values[COL_QUALIFIER] = q->qual_text[(unsigned) f->qual < ZN_Q_COUNT ? f->qual : ZN_Q_EXACT];
	nulls[COL_QUALIFIER] = false;

	/* the tuplestore copies the row into its own memory */
	tuplestore_putvalues(x->ts, q->tupdesc, values, nulls);
	MemoryContextSwitchTo(old);
	MemoryContextReset(q->rowcxt);
	return true;
}

/*
 * Run the core over a text for function `what`; raises 22021 for
 * malformed UTF-8.
 *
 * One pass checks the encoding and asks whether the text needs ICU; text
 * that is valid and needs none (nearly all) is scanned as it is, without
 * zn_extract checking it again.  Anything else takes the general path,
 * which normalises the text or reports the bad byte.
 */
static void
run_extract(xstate *x, const char *what, text *t, int32_t ref, unsigned kinds,
			zn_emit_fn emit)
{
	const char *s = VARDATA_ANY(t);
	size_t		len = VARSIZE_ANY_EXHDR(t);
	bool		needs_icu;
	zn_extract_opts opts;
	zn_error	err;

	opts.ref = ref;
	opts.kinds = kinds;
	opts.emit = emit;
	opts.tick = extract_tick;
	opts.arg = x;
	if (zn_utf8_check_norm(s, len, x->norm_memo, &needs_icu) == len && !needs_icu)
	{
		zhnum_input_as_is(&x->in, s, len);
		x->core.s = x->in.s;
		zn_extract_valid(x->in.s, x->in.len, &opts);
		return;
	}
	zhnum_input_init(&x->in, s, len);
	x->core.s = x->in.s;
	x->user.s = x->in.orig;
	if (zn_extract(x->in.s, x->in.len, &opts, &err) != ZN_OK)
		zhnum_report_error(what, &x->in, &err, NULL);
}

/*
 * The query's xquery, built on the first call.  Looking the row type up in
 * the catalog costs more than scanning a paragraph, let alone building a
 * row.
 */
static xquery *
extract_query_state(FunctionCallInfo fcinfo)
{
	FmgrInfo   *flinfo = fcinfo->flinfo;
	xquery	   *q = (xquery *) flinfo->fn_extra;
	TupleDesc	found;
	MemoryContext old;
	int			k;

	if (q != NULL)
		return q;
	if (get_call_result_type(fcinfo, NULL, &found) != TYPEFUNC_COMPOSITE)
		elog(ERROR, "zh_extract: return type must be a row type");
	old = MemoryContextSwitchTo(flinfo->fn_mcxt);
	q = palloc0(sizeof(xquery));
	q->tupdesc = CreateTupleDescCopy(found);
	q->rowcxt = AllocSetContextCreate(flinfo->fn_mcxt, "zh_extract row",
									  ALLOCSET_SMALL_SIZES);
	for (k = ZN_KIND_NUMBER; k <= ZN_KIND_DURATION; k++)
		q->kind_text[k] = CStringGetTextDatum(zhnum_kind_name((zn_kind) k));
	for (k = 0; k < ZN_Q_COUNT; k++)
		q->qual_text[k] = CStringGetTextDatum(zn_qual_name((zn_qual) k));
	zn_norm_memo_init(&q->norm_memo);
	MemoryContextSwitchTo(old);
	flinfo->fn_extra = q;
	return q;
}

/*
 * zh_extract(text, ref date DEFAULT NULL) → TABLE(kind, span, pos, len,
 * value, amount, unit, qualifier, dates, duration)
 *
 * Not STRICT: a NULL ref resolves nothing relative, a NULL text has no
 * figures.
 */
PG_FUNCTION_INFO_V1(zh_extract);
Datum
zh_extract(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	MemoryContext old;
	xquery	   *q;
	xstate		x;
	int32_t		ref = ZN_NO_REF;

	if (rsinfo == NULL || !IsA(rsinfo, ReturnSetInfo) ||
		!(rsinfo->allowedModes & SFRM_Materialize))
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("set-valued function called in context that cannot accept a set")));

	memset(&x, 0, sizeof(x));
	x.fcinfo = fcinfo;
	q = extract_query_state(fcinfo);
	x.q = q;
	x.norm_memo = &q->norm_memo;

	/*
	 * The tuplestore lives as long as the query.  The executor frees the
	 * descriptor it is handed, so each call hands it a copy.
	 */
	old = MemoryContextSwitchTo(rsinfo->econtext->ecxt_per_query_memory);
	x.ts = tuplestore_begin_heap(rsinfo->allowedModes & SFRM_Materialize_Random,
								 false, work_mem);
	rsinfo->setDesc = CreateTupleDescCopy(q->tupdesc);
	MemoryContextSwitchTo(old);
	rsinfo->returnMode = SFRM_Materialize;
	rsinfo->setResult = x.ts;

	if (PG_ARGISNULL(0))
		return (Datum) 0;
	if (!PG_ARGISNULL(1))
	{
		DateADT		d = PG_GETARG_DATEADT(1);

		if (!DATE_NOT_FINITE(d))
			ref = (int32_t) d;
	}
	run_extract(&x, "zh_extract", PG_GETARG_TEXT_PP(0), ref, ZN_MASK_ALL, emit_row);
	return (Datum) 0;
}

/* Collect the money figures of zh_amounts (those zh_amount can hold). */
static bool
collect_amount(void *arg, const zn_figure *f)
{
	xstate	   *x = (xstate *) arg;
	Datum		d;

	if (zhnum_amount_try_from_figure(f, &d))
		x->astate = accumArrayResult(x->astate, d, false, x->amount_type,
									 CurrentMemoryContext);
	return true;
}

/*
 * zh_amounts(text) → zh_amount[]: the money figures of a text, in order
 * (an empty array when there are none).  The same scan as zh_extract, so
 * its elements are exactly zh_extract's money rows whose amount is not
 * NULL.
 */
PG_FUNCTION_INFO_V1(zh_amounts);
Datum
zh_amounts(PG_FUNCTION_ARGS)
{
	xstate		x;
	zn_norm_memo norm_memo;
	Oid			array_type = get_fn_expr_rettype(fcinfo->flinfo);

	memset(&x, 0, sizeof(x));
	x.fcinfo = fcinfo;
	zn_norm_memo_init(&norm_memo);
	x.norm_memo = &norm_memo;
	x.amount_type = OidIsValid(array_type) ? get_element_type(array_type) : InvalidOid;
	if (!OidIsValid(x.amount_type))
		elog(ERROR, "zh_amounts: cannot determine the element type of its result");
	run_extract(&x, "zh_amounts", PG_GETARG_TEXT_PP(0), ZN_NO_REF, ZN_MASK(ZN_KIND_MONEY),
				collect_amount);
	if (x.astate == NULL)
		PG_RETURN_ARRAYTYPE_P(construct_empty_array(x.amount_type));
	PG_RETURN_DATUM(makeArrayResult(x.astate, CurrentMemoryContext));
}
