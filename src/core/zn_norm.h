/*
 * zn_norm.h — ICU normalisation of compatibility characters, behind a fast
 * path.
 *
 * The scanner folds full-width ASCII (U+FF01–FF5E) and U+3000 itself, so
 * ordinary Chinese text never reaches ICU.  Other compatibility characters
 * (Kangxi radicals such as ⼀, CJK compatibility ideographs, circled and
 * parenthesised numbers, …) are NFKC-normalised first.
 */
#ifndef ZN_NORM_H
#define ZN_NORM_H

#include "zn.h"

/* True when s holds a code point that NFKC changes and the scanner does
 * not fold itself.  A byte scan; pure ASCII and common CJK pass quickly. */
bool		zn_norm_needed(const char *s, size_t len);

/*
 * NFKC-normalise s code point by code point into *out (allocated with
 * alloc), and map every output character (0-based) to the 1-based position
 * of the input character it came from (*charmap, also from alloc).
 * ZN_ERR_ENCODING on malformed UTF-8; ZN_ERR_SYNTAX if ICU fails.
 */
zn_status	zn_norm_apply(const char *s, size_t len, char **out, size_t *outlen,
						  int32_t **charmap, void *(*alloc) (size_t));

#endif							/* ZN_NORM_H */
