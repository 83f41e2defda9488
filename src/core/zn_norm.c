/*
 * zn_norm.c — ICU NFKC for the compatibility characters the scanner does
 * not fold itself.
 */
#include "zn_norm.h"

#include <string.h>
#include <unicode/unorm2.h>
#include <unicode/utf8.h>

/*
 * Code points outside the scanner's own folding that NFKC may change.  A
 * deliberately generous superset (ICU decides exactly): compatibility
 * blocks, not the CJK Unified Ideographs where Chinese text lives.
 */
static bool
maybe_compat(uint32_t cp)
{
	return (cp >= 0x2000 && cp <= 0x2BFF && !(cp >= 0x2010 && cp <= 0x2027) &&
			cp != 0x2030 && cp != 0x2212) ||	/* punctuation kept: — ‰ − */
		(cp >= 0x2E80 && cp <= 0x2FDF) ||	/* CJK and Kangxi radicals */
		(cp >= 0x3200 && cp <= 0x33FF) ||	/* enclosed CJK, compatibility */
		(cp >= 0xF900 && cp <= 0xFAFF) ||	/* CJK compatibility ideographs */
		(cp >= 0xFE30 && cp <= 0xFE6F) ||	/* compatibility and small forms */
		(cp >= 0xFF5F && cp <= 0xFFEF && cp != 0xFFE5) ||	/* half-width forms */
		(cp >= 0x1D400 && cp <= 0x1D7FF) || /* mathematical alphanumerics */
		(cp >= 0x1F100 && cp <= 0x1F2FF) || /* enclosed alphanumerics */
		(cp >= 0x2F800 && cp <= 0x2FA1F);	/* CJK compatibility supplement */
}

bool
zn_norm_needed(const char *str, size_t len)
{
	const unsigned char *s = (const unsigned char *) str;
	size_t		i = 0;

	while (i < len)
	{
		unsigned char b = s[i];
		uint32_t	cp;

		if (b < 0xE2)
		{
			/* ASCII and two-byte sequences hold nothing we normalise */
			i++;
			continue;
		}
		if (b >= 0xE4 && b <= 0xE9)
		{
			/* U+4000–9FFF: CJK Unified Ideographs */
			i += 3;
			continue;
		}
		if (b < 0xF0)
		{
			if (i + 2 >= len)
				return false;
			cp = ((uint32_t) (b & 0x0F) << 12) | ((uint32_t) (s[i + 1] & 0x3F) << 6) | (s[i + 2] & 0x3F);
			i += 3;
		}
		else
		{
			if (i + 3 >= len)
				return false;
			cp = ((uint32_t) (b & 0x07) << 18) | ((uint32_t) (s[i + 1] & 0x3F) << 12) |
				((uint32_t) (s[i + 2] & 0x3F) << 6) | (s[i + 3] & 0x3F);
			i += 4;
		}
		if (maybe_compat(cp))
			return true;
	}
	return false;
}

/*
 * NFKC of one compatibility code point as UTF-8 into buf (room for 32
 * UTF-16 units, far more than any NFKC expansion); returns its length and
 * its number of code points in *nchars, or -1 if ICU fails.
 */
static int
norm_cp(const UNormalizer2 *nfkc, UChar32 cp, uint8_t *buf, int *nchars)
{
	UErrorCode	status = U_ZERO_ERROR;
	UChar		src[2],
				dst[32];
	int32_t		srclen = 0,
				dstlen,
				d = 0,
				w = 0;

	U16_APPEND_UNSAFE(src, srclen, cp);
	dstlen = unorm2_normalize(nfkc, src, srclen, dst, 32, &status);
	if (U_FAILURE(status))
		return -1;
	*nchars = 0;
	while (d < dstlen)
	{
		UChar32		c;

		U16_NEXT(dst, d, dstlen, c);
		U8_APPEND_UNSAFE(buf, w, c);
		(*nchars)++;
	}
	return w;
}

zn_status
zn_norm_apply(const char *s, size_t len, char **out, size_t *outlen,
			  int32_t **charmap, void *(*alloc) (size_t))
{
	UErrorCode	status = U_ZERO_ERROR;
	const UNormalizer2 *nfkc = unorm2_getNFKCInstance(&status);
	char	   *o = NULL;
	int32_t    *map = NULL;
	size_t		size = 0,
				chars = 0;
	int			pass;

	if (U_FAILURE(status))
		return ZN_ERR_SYNTAX;
	if (zn_utf8_check(s, len) < len)
		return ZN_ERR_ENCODING;

	/* pass 0 measures, pass 1 writes */
	for (pass = 0; pass < 2; pass++)
	{
		size_t		i = 0,
					n = 0,
					nchars = 0;
		int32_t		inpos = 0;

		if (pass == 1)
		{
			o = alloc(size + 1);
			map = alloc(sizeof(int32_t) * (chars + 1));
		}
		while (i < len)
		{
			int32_t		k = (int32_t) i;
			UChar32		cp;
			size_t		start = i;

			U8_NEXT((const uint8_t *) s, k, (int32_t) len, cp);
			i = (size_t) k;
			inpos++;
			if (maybe_compat((uint32_t) cp))
			{
				uint8_t		buf[128];
				int			nc,
							w = norm_cp(nfkc, cp, buf, &nc),
							c;

				if (w < 0)
					return ZN_ERR_SYNTAX;
				if (pass == 1)
				{
					memcpy(o + n, buf, (size_t) w);
					for (c = 0; c < nc; c++)
						map[nchars + c] = inpos;
				}
				n += (size_t) w;
				nchars += (size_t) nc;
				continue;
			}
			if (pass == 1)
			{
				memcpy(o + n, s + start, i - start);
				map[nchars] = inpos;
			}
			n += i - start;
			nchars++;
		}
		size = n;
		chars = nchars;
		if (pass == 1)
		{
			o[n] = '\0';
			map[nchars] = inpos + 1;	/* the end of input */
		}
	}
	*out = o;
	*outlen = size;
	*charmap = map;
	return ZN_OK;
}
