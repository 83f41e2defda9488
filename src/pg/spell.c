/*
 * spell.c — zh_spell and zh_capital_amount: numbers written in Chinese.
 *
 * Both take the value's text from numeric_out (so any numeric is spelled
 * exactly, scale included) and hand it to the core (zn_spell.h).
 *
 * SQLSTATEs: an unknown style, NaN or an infinity is a bad argument (22023).
 * For an amount, digits beyond 分 are a bad argument too (22023): the value
 * is not too large, it is simply not an amount of money, and rounding it is
 * the caller's decision; an amount of 10^16 元 or more is out of range
 * (22003).
 */
#include "postgres.h"

#include "fmgr.h"
#include "utils/builtins.h"
#include "utils/numeric.h"

#include "zhnum_compat.h"
#include "zn_spell.h"

/* The value as plain decimal text; 22023 for NaN and the infinities. */
static char *
numeric_text(Numeric num, const char *func)
{
	char	   *s = DatumGetCString(DirectFunctionCall1(numeric_out,
														NumericGetDatum(num)));

	/* numeric_out writes the special values as words, never with digits */
	if (strcmp(s, "NaN") == 0 || strcmp(s, "Infinity") == 0 ||
		strcmp(s, "-Infinity") == 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s cannot write %s", func, s),
				 errdetail("Only finite numbers can be written in Chinese.")));
	return s;
}

/* Fractional digits of s up to its last nonzero one. */
static int
significant_decimals(const char *s)
{
	const char *point = strchr(s, '.');
	int			n = 0,
				i;

	if (point == NULL)
		return 0;
	for (i = 1; point[i] != '\0'; i++)
		if (point[i] != '0')
			n = i;
	return n;
}

PG_FUNCTION_INFO_V1(zh_spell);
Datum
zh_spell(PG_FUNCTION_ARGS)
{
	Numeric		num = PG_GETARG_NUMERIC(0);
	text	   *style_text = PG_GETARG_TEXT_PP(1);
	zn_spell_style style;
	char	   *dec;
	char	   *buf;
	size_t		bufsz;
	zn_error	err;
	int			len;

	if (!zn_spell_style_from_name(VARDATA_ANY(style_text),
								  VARSIZE_ANY_EXHDR(style_text), &style))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("unknown zh_spell style \"%s\"", text_to_cstring(style_text)),
				 errhint("The styles are %s.", ZN_SPELL_STYLE_NAMES)));

	dec = numeric_text(num, "zh_spell");
	bufsz = zn_spell_max_size(strlen(dec));
	buf = palloc(bufsz);
	len = zn_spell(dec, style, buf, bufsz, &err);
	if (len < 0)				/* numeric_out text always fits: a bug */
		elog(ERROR, "zh_spell failed on \"%s\": %s", dec,
			 err.detail ? err.detail : "?");
	PG_RETURN_TEXT_P(cstring_to_text_with_len(buf, len));
}

PG_FUNCTION_INFO_V1(zh_capital_amount);
Datum
zh_capital_amount(PG_FUNCTION_ARGS)
{
	Numeric		num = PG_GETARG_NUMERIC(0);
	char	   *dec;
	char	   *buf;
	size_t		bufsz;
	zn_error	err;
	int			len;

	dec = numeric_text(num, "zh_capital_amount");
	bufsz = zn_spell_max_size(strlen(dec));
	buf = palloc(bufsz);
	len = zn_capital_amount(dec, buf, bufsz, &err);
	if (len < 0)
	{
		int			places = significant_decimals(dec);

		if (err.code == ZN_ERR_RANGE && places > 2)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("zh_capital_amount cannot write %s: it has %d decimal places",
							dec, places),
					 errdetail("An amount in 元 has at most two decimal places, 角 and 分."),
					 errhint("Round it first, for example zh_capital_amount(round(x, 2)).")));
		if (err.code == ZN_ERR_RANGE)
			ereport(ERROR,
					(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
					 errmsg("amount out of range for zh_capital_amount: %s", dec),
					 errdetail("An amount must be less than 10^16 元 (一亿亿元).")));
		elog(ERROR, "zh_capital_amount failed on \"%s\": %s", dec,
			 err.detail ? err.detail : "?");
	}
	PG_RETURN_TEXT_P(cstring_to_text_with_len(buf, len));
}
