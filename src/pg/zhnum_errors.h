/*
 * zhnum_errors.h — turning core results into PostgreSQL values and errors.
 */
#ifndef ZHNUM_ERRORS_H
#define ZHNUM_ERRORS_H

#include "postgres.h"

#include "zhnum_compat.h"
#include "zn.h"
#include "zn_norm.h"

/*
 * Text as the core sees it.  Input that holds compatibility characters the
 * scanner does not fold itself goes through ICU (zn_norm.h) first; charmap
 * then maps the core's character positions back to the user's.
 */
typedef struct zhnum_input
{
	const char *orig;			/* the user's text (not NUL-terminated) */
	size_t		orig_len;
	const char *s;				/* what the core parses */
	size_t		len;
	int32_t    *charmap;		/* core char index (0-based) -> user's
								 * 1-based position; NULL if s == orig */
} zhnum_input;

/* Prepare s for the core; raises 22021 on malformed UTF-8. */
void		zhnum_input_init(zhnum_input *in, const char *s, size_t len);

/* s as the core sees it when it needs no normalisation. */
static inline void
zhnum_input_as_is(zhnum_input *in, const char *s, size_t len)
{
	in->orig = s;
	in->orig_len = len;
	in->s = s;
	in->len = len;
	in->charmap = NULL;
}

/*
 * Whether a parse of the user's text as it is gives what a parse of the
 * prepared text would, failure included: when zhnum_input_init would leave
 * the text alone.  Plain text (zn_parse_plain found it so in the pass that
 * checks the encoding) needs no second scan to know that, so the parsers
 * try the text as it is first and prepare it (and parse again) only when
 * this is false.
 */
static inline bool
zhnum_parsed_as_is(const char *s, size_t len, bool parsed, bool plain)
{
	return plain || (parsed && !zn_norm_needed(s, len));
}

/* 1-based character position in the user's text of core byte offset pos. */
int32_t		zhnum_input_char_pos(const zhnum_input *in, size_t byte_pos);

/*
 * Raise the error the core reported about `what` ("zh_number", "type
 * zh_amount", ...): 22P02 (syntax, ambiguity, impossible
 * date) with the input, the offending character and its position, 22003
 * (out of range), 22021 (encoding), 22023 (not a single day).
 */
ZHNUM_NORETURN void zhnum_report_error(const char *what, const zhnum_input *in,
										   const zn_error *err, const char *hint);

/* The same for callers without normalisation (input = the parsed text). */
ZHNUM_NORETURN void zhnum_report_parse_error(const char *what, const char *input,
												 size_t len, const zn_error *err,
												 const char *hint);

#endif							/* ZHNUM_ERRORS_H */
