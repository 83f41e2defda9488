/*
 * zhnum_errors.c — input preparation and error reports for every parser.
 */
#include "postgres.h"

#include "mb/pg_wchar.h"

#include "zhnum_errors.h"
#include "zn_norm.h"

/* Inputs longer than this are shortened in error messages. */
#define SHOWN_CHARS 60

static void *
palloc_cb(size_t n)
{
	return palloc(n);
}

void
zhnum_input_init(zhnum_input *in, const char *s, size_t len)
{
	zhnum_input_as_is(in, s, len);
	if (zn_norm_needed(s, len))
	{
		char	   *out;
		size_t		outlen;
		int32_t    *map;
		zn_status	st = zn_norm_apply(s, len, &out, &outlen, &map, palloc_cb);

		if (st == ZN_ERR_ENCODING)
		{
			zn_error	err;

			err.code = ZN_ERR_ENCODING;
			err.byte_pos = zn_utf8_check(s, len);
			err.byte_len = 1;
			err.detail = NULL;
			zhnum_report_error("input", in, &err, NULL);
		}
		if (st == ZN_OK)
		{
			in->s = out;
			in->len = outlen;
			in->charmap = map;
		}
	}
}

int32_t
zhnum_input_char_pos(const zhnum_input *in, size_t byte_pos)
{
	int32_t		pos = zn_char_pos(in->s, byte_pos);

	if (in->charmap)
		return in->charmap[pos - 1];
	return pos;
}

/* The user's input, shortened to SHOWN_CHARS characters. */
static char *
shown_input(const char *s, size_t len)
{
	size_t		i = 0;
	int			n = 0;

	while (i < len && n < SHOWN_CHARS)
	{
		i += pg_mblen(s + i);
		n++;
	}
	if (i > len)
		i = len;
	if (i < len)
		return psprintf("%.*s…", (int) i, s);
	return pnstrdup(s, len);
}

void
zhnum_report_error(const char *what, const zhnum_input *in, const zn_error *err,
				   const char *hint)
{
	char	   *input;
	int32_t		pos;
	char	   *bad;
	const char *detail = err->detail ? err->detail : "";
	const char *sep = err->detail ? ": " : ".";

	if (err->code == ZN_ERR_ENCODING)
	{
		/* the text itself cannot be shown; say where it breaks */
		ereport(ERROR,
				(errcode(ERRCODE_CHARACTER_NOT_IN_REPERTOIRE),
				 errmsg("invalid byte sequence for encoding \"UTF8\" in %s input", what),
				 errdetail("Malformed UTF-8 at byte %zu.", err->byte_pos + 1)));
	}
	input = shown_input(in->orig, in->orig_len);
	pos = zhnum_input_char_pos(in, err->byte_pos);
	if (err->byte_pos >= in->len || err->byte_len == 0)
		bad = NULL;
	else
		bad = pnstrdup(in->s + err->byte_pos, err->byte_len);

	switch (err->code)
	{
		case ZN_ERR_RANGE:
			ereport(ERROR,
					(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
					 errmsg("value out of range for %s: \"%s\"", what, input),
					 errdetail("At character %d%s%s", pos, sep, detail)));
			break;
		case ZN_ERR_AMBIGUOUS:
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
					 errmsg("invalid input syntax for %s: \"%s\"", what, input),
					 errdetail("It is %s.", detail),
					 errhint("zh_parse() returns its bounds and qualifier.")));
			break;
		case ZN_ERR_NOT_SINGLE:
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("\"%s\" denotes more than one day", input),
					 errdetail("%s", err->detail ? err->detail : "A single date is required."),
					 hint ? errhint("%s", hint) : 0));
			break;
		default:
			if (bad)
				ereport(ERROR,
						(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
						 errmsg("invalid input syntax for %s: \"%s\"", what, input),
						 errdetail("Unexpected \"%s\" at character %d%s%s", bad, pos, sep, detail),
						 hint ? errhint("%s", hint) : 0));
			else
				ereport(ERROR,
						(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
						 errmsg("invalid input syntax for %s: \"%s\"", what, input),
						 errdetail("Unexpected end of input at character %d%s%s", pos, sep, detail),
						 hint ? errhint("%s", hint) : 0));
	}
	pg_unreachable();
}

void
zhnum_report_parse_error(const char *what, const char *input, size_t len,
						 const zn_error *err, const char *hint)
{
	zhnum_input in;

	in.orig = in.s = input;
	in.orig_len = in.len = len;
	in.charmap = NULL;
	zhnum_report_error(what, &in, err, hint);
}
