/*
 * zn_norm.c — ICU NFKC for the compatibility characters the scanner does
 * not handle itself (see zn_norm.h for what and why).
 */
#include "zn_norm.h"

#include <string.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>

/* Compatibility characters left as they are (zn_norm.h says why). */
static const zn_norm_range kept_ranges[] = {
	{0x00B2, 0x00B3},			/* ² ³ */
	{0x00B9, 0x00B9},			/* ¹ */
	{0x00BC, 0x00BE},			/* ¼ ½ ¾ */
	{0x2024, 0x2026},			/* ․ ‥ … */
	{0x2070, 0x209F},			/* superscripts and subscripts */
	{0x2150, 0x215F},			/* vulgar fractions ⅐ … ⅟ */
	{0x2189, 0x2189},			/* ↉ */
	{0x3371, 0x337A},			/* squared Latin: ㍱ hPa … ㍺ IU */
	{0x3380, 0x33DF},			/* squared units: ㎀ pA … ㎡ … ㏟ A∕m */
	{0xFFE5, 0xFFE5},			/* ￥, a currency word of the scanner */
};

static bool
in_ranges(const zn_norm_range *r, size_t n, uint32_t cp)
{
	size_t		lo = 0,
				hi = n;

	while (lo < hi)
	{
		size_t		mid = lo + (hi - lo) / 2;

		if (cp < r[mid].lo)
			hi = mid;
		else if (cp > r[mid].hi)
			lo = mid + 1;
		else
			return true;
	}
	return false;
}

bool
zn_norm_kept(uint32_t cp)
{
	return in_ranges(kept_ranges, sizeof(kept_ranges) / sizeof(kept_ranges[0]), cp);
}

/* Does cp go through ICU?  Not for ASCII, CJK, or what the scanner folds. */
static bool
cp_needs_norm(uint32_t cp)
{
	return in_ranges(zn_norm_ranges, zn_norm_nranges, cp) && !zn_norm_kept(cp);
}

/*
 * Decode the code point at s[i] (any lead byte, without checking the
 * continuation bytes); *n receives its length, 0 if it is cut off by the end.
 */
static uint32_t
decode(const unsigned char *s, size_t i, size_t len, size_t *n)
{
	unsigned char b = s[i];
	size_t		k = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
	uint32_t	cp;
	size_t		j;

	if (i + k > len)
	{
		*n = 0;
		return 0;
	}
	cp = k == 1 ? b : k == 2 ? (b & 0x1Fu) : k == 3 ? (b & 0x0Fu) : (b & 0x07u);
	for (j = 1; j < k; j++)
		cp = (cp << 6) | (s[i + j] & 0x3Fu);
	*n = k;
	return cp;
}

/*
 * cp_needs_norm, telling more when the answer is no: *clear then receives a
 * run of code points around cp that need no ICU either (the gap between the
 * two ranges around it, or cp alone when zn_norm_kept keeps it).
 */
bool
zn_norm_cp_lookup(uint32_t cp, zn_norm_range *clear)
{
	const zn_norm_range *r = zn_norm_ranges;
	size_t		n = zn_norm_nranges,
				lo = 0,
				hi = n;

	/* lo: the first range that ends at or after cp */
	while (lo < hi)
	{
		size_t		mid = lo + (hi - lo) / 2;

		if (r[mid].hi < cp)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo < n && r[lo].lo <= cp)
	{
		if (!zn_norm_kept(cp))
			return true;
		clear->lo = clear->hi = cp;
		return false;
	}
	clear->lo = lo > 0 ? r[lo - 1].hi + 1 : 0;
	clear->hi = lo < n ? r[lo].lo - 1 : UINT32_MAX;
	return false;
}

void
zn_norm_memo_init(zn_norm_memo *m)
{
	int			k;

	for (k = 0; k < ZN_NORM_MEMO_SLOTS; k++)
	{
		m->clear[k].lo = 1;
		m->clear[k].hi = 0;
	}
}

bool
zn_norm_needed(const char *str, size_t len)
{
	const unsigned char *s = (const unsigned char *) str;
	size_t		i = 0;
	zn_norm_memo memo;

	zn_norm_memo_init(&memo);
	while (i < len)
	{
		unsigned char b = s[i];
		size_t		n;
		uint32_t	cp;

		/* the ideographs first: most of a Chinese text */
		if (b >= 0xE4 && b <= 0xE9)
		{
			/* U+4000–9FFF, CJK Unified Ideographs: nothing to normalise */
			i += 3;
			continue;
		}
		if (b < 0x80)
		{
			i++;
			continue;
		}
		cp = decode(s, i, len, &n);
		if (n == 0)
			return true;		/* cut off: let zn_norm_apply report it */
		if (zn_norm_cp_needed(&memo, cp))
			return true;
		i += n;
	}
	return false;
}

/* A segment never holds more than this many code points: an endless run of
 * combining marks is cut (normalised in pieces) rather than refused. */
#define SEG_MAX_CPS 32
/* The longest NFKC expansion of one code point is 18 UTF-16 units (U+FDFA). */
#define SEG_MAX_OUT (SEG_MAX_CPS * 18)

/*
 * NFKC of s[0..len) (one segment, valid UTF-8, at most SEG_MAX_CPS code
 * points) as UTF-8 into buf (room for 3 bytes per unit of SEG_MAX_OUT).
 * Returns the length and the number of code points in *nchars, or -1 if
 * ICU fails.
 */
static int
norm_segment(const UNormalizer2 *nfkc, const char *s, size_t len,
			 char *buf, size_t *nchars)
{
	UErrorCode	status = U_ZERO_ERROR;
	UChar		src[SEG_MAX_CPS * 2],
				dst[SEG_MAX_OUT];
	int32_t		srclen,
				dstlen,
				outlen,
				k;

	u_strFromUTF8(src, SEG_MAX_CPS * 2, &srclen, s, (int32_t) len, &status);
	if (U_FAILURE(status))
		return -1;
	dstlen = unorm2_normalize(nfkc, src, srclen, dst, SEG_MAX_OUT, &status);
	if (U_FAILURE(status))
		return -1;
	u_strToUTF8(buf, SEG_MAX_OUT * 3, &outlen, dst, dstlen, &status);
	if (U_FAILURE(status))
		return -1;
	*nchars = 0;
	for (k = 0; k < outlen; k++)
		if ((buf[k] & 0xC0) != 0x80)
			(*nchars)++;
	return outlen;
}

/*
 * One pass over s: with out == NULL it only counts bytes and characters,
 * otherwise it writes them (the sizes are those of the counting pass).
 */
static zn_status
norm_pass(const UNormalizer2 *nfkc, const char *s, size_t len,
		  char *out, int32_t *map, size_t *outbytes, size_t *outchars)
{
	const unsigned char *u = (const unsigned char *) s;
	size_t		i = 0,
				nb = 0,
				nc = 0;
	int32_t		inpos = 0;

	while (i < len)
	{
		size_t		start = i,
					n,
					ncps = 1;
		int32_t		segpos = ++inpos;
		bool		normalise = cp_needs_norm(decode(u, i, len, &n));

		/*
		 * A segment: this character and the combining marks after it (a
		 * mark has no normalisation boundary before it, and every such code
		 * point is in the table, so the others need no ICU call).
		 */
		i += n;
		while (i < len && ncps < SEG_MAX_CPS)
		{
			uint32_t	next = decode(u, i, len, &n);

			if (!in_ranges(zn_norm_ranges, zn_norm_nranges, next) ||
				unorm2_hasBoundaryBefore(nfkc, (UChar32) next))
				break;
			normalise = normalise || !zn_norm_kept(next);
			i += n;
			ncps++;
			inpos++;
		}

		if (normalise)
		{
			char		buf[SEG_MAX_OUT * 3];
			size_t		chars,
						c;
			int			w = norm_segment(nfkc, s + start, i - start, buf, &chars);

			if (w < 0)
				return ZN_ERR_SYNTAX;
			if (out)
			{
				memcpy(out + nb, buf, (size_t) w);
				for (c = 0; c < chars; c++)
					map[nc + c] = segpos;
			}
			nb += (size_t) w;
			nc += chars;
		}
		else
		{
			/* copied: each character maps to itself */
			size_t		j;
			int32_t		k = 0;

			if (out)
				memcpy(out + nb, s + start, i - start);
			for (j = start; j < i; j++)
				if ((u[j] & 0xC0) != 0x80)
				{
					if (out)
						map[nc] = segpos + k;
					k++;
					nc++;
				}
			nb += i - start;
		}
	}
	if (out)
	{
		out[nb] = '\0';
		map[nc] = inpos + 1;	/* just past the input */
	}
	*outbytes = nb;
	*outchars = nc;
	return ZN_OK;
}

zn_status
zn_norm_apply(const char *s, size_t len, char **out, size_t *outlen,
			  int32_t **charmap, void *(*alloc) (size_t))
{
	UErrorCode	status = U_ZERO_ERROR;
	const UNormalizer2 *nfkc;
	size_t		nbytes,
				nchars;
	zn_status	st;
	char	   *o;
	int32_t    *map;

	if (zn_utf8_check(s, len) < len)
		return ZN_ERR_ENCODING;
	nfkc = unorm2_getNFKCInstance(&status);
	if (U_FAILURE(status))
		return ZN_ERR_SYNTAX;

	/* count, allocate, write: no buffer is ever resized */
	st = norm_pass(nfkc, s, len, NULL, NULL, &nbytes, &nchars);
	if (st != ZN_OK)
		return st;
	o = alloc(nbytes + 1);
	map = alloc(sizeof(int32_t) * (nchars + 1));
	st = norm_pass(nfkc, s, len, o, map, &nbytes, &nchars);
	if (st != ZN_OK)
		return st;
	*out = o;
	*outlen = nbytes;
	*charmap = map;
	return ZN_OK;
}
