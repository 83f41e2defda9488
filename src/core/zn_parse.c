/*
 * zn_parse.c — whole-string parsing: one expression spanning the input.
 *
 * Parsing is the scanner's zn_m_any anchored at both ends: the same
 * matchers extraction uses, with c->anchored set so that a few forms that
 * are too risky in running text (a leading ".5", "3/5", spaces between
 * digits, 1.2M) are accepted.
 */
#include "zn_scan.h"
#include "zn_norm.h"

const char *
zn_qual_name(zn_qual q)
{
	static const char *const names[ZN_Q_COUNT] = {
		"exact", "approx", "more_than", "at_least", "less_than", "at_most"
	};

	return (unsigned) q < ZN_Q_COUNT ? names[q] : "exact";
}

bool
zn_qual_from_name(const char *s, zn_qual *q)
{
	int			k;

	for (k = 0; k < ZN_Q_COUNT; k++)
		if (strcmp(s, zn_qual_name((zn_qual) k)) == 0)
		{
			*q = (zn_qual) k;
			return true;
		}
	return false;
}

int32_t
zn_char_pos(const char *s, size_t byte_pos)
{
	int32_t		n = 1;
	size_t		i;

	for (i = 0; i < byte_pos; i++)
		if (((unsigned char) s[i] & 0xC0) != 0x80)
			n++;
	return n;
}

uint32_t
zn_cp_before(const zn_ctx *c, size_t i)
{
	size_t		j = i,
				n;

	if (i == 0)
		return ZN_CP_END;
	do
		j--;
	while (j > 0 && (c->s[j] & 0xC0) == 0x80);
	return zn_cp(c, j, &n);
}

size_t
zn_m_words(const zn_ctx *c, size_t i, const char *const *words, int nwords, int *which)
{
	int			k;

	for (k = 0; k < nwords; k++)
	{
		size_t		e = zn_m_lit(c, i, words[k]);

		if (e)
		{
			*which = k;
			return e;
		}
	}
	return 0;
}

/* The 3-byte character at p, whose continuation bytes are well-formed, is
 * an overlong (E0 80-9F) or a surrogate (ED A0-BF). */
static inline bool
utf8_bad3(const unsigned char *p)
{
	return (p[0] == 0xE0 && p[1] < 0xA0) || (p[0] == 0xED && p[1] > 0x9F);
}

/* A lead byte of U+4000-9FFF (E4-E9), which zn_norm_needed steps over. */
static inline bool
plain_lead(unsigned char b)
{
	return (unsigned) (b - 0xE4) <= 0xE9 - 0xE4;
}

/* For utf8_check's `norm`: does the well-formed 3-byte character at p need
 * ICU?  (A plain lead's never does.) */
static inline bool
norm3(zn_norm_memo *memo, const unsigned char *p)
{
	return !plain_lead(p[0]) && zn_norm_cp_needed(memo, zn_utf8_cp3(p));
}

/*
 * Offset of the first byte that is not well-formed UTF-8 (overlongs,
 * surrogates and code points above U+10FFFF included), or len.
 *
 * Extraction validates every byte of its text, so this is a hot loop:
 * ASCII goes eight bytes at a time, and a 3-byte character (all of CJK)
 * is checked straight-line, without decoding it.
 *
 * With `plain` (NULL compiles the tracking away), *plain also receives
 * whether every character is ASCII or U+4000-9FFF, when s is valid.  With
 * `norm` (likewise), *norm receives zn_norm_needed(s, len), when s is
 * valid: the characters of neither kind are looked up (through memo) as
 * they pass.
 */
static inline __attribute__((always_inline)) size_t
utf8_check(const char *str, size_t len, bool *plain, zn_norm_memo *memo, bool *norm)
{
	const unsigned char *s = (const unsigned char *) str;
	size_t		i = 0;
	bool		odd = false;	/* a character of neither kind seen */
	bool		need = false;	/* one that needs ICU seen (with norm) */

	while (i < len)
	{
		unsigned char b = s[i];

		if (b < 0x80)
		{
			i++;
			/* (a few bytes before a CJK character, as in "约1234.56万元",
			 * go faster four and one at a time than with an eight-byte
			 * load that fails) */
			if (len - i < 16)
			{
				while (len - i >= 4)
				{
					uint32_t	w;

					memcpy(&w, s + i, 4);
					if (w & 0x80808080u)
						break;
					i += 4;
				}
				while (i < len && s[i] < 0x80)
					i++;
				continue;
			}
			while (i + 8 <= len)
			{
				uint64_t	w;

				memcpy(&w, s + i, 8);
				if (w & 0x8080808080808080ULL)
					break;
				i += 8;
			}
			continue;
		}
		if ((b & 0xF0) == 0xE0)
		{
			/*
			 * A run of 3-byte characters, two per 8-byte load, then one
			 * per 4-byte load (the masks and patterns are bytes, so any
			 * byte order works): lead 1110xxxx, then 10xxxxxx twice.
			 */
			static const unsigned char mask_b[8] = {0xF0, 0xC0, 0xC0, 0xF0, 0xC0, 0xC0, 0, 0};
			static const unsigned char want_b[8] = {0xE0, 0x80, 0x80, 0xE0, 0x80, 0x80, 0, 0};
			uint64_t	mask2,
						want2;
			uint32_t	mask,
						want;

			memcpy(&mask2, mask_b, 8);
			memcpy(&want2, want_b, 8);
			memcpy(&mask, mask_b, 4);
			memcpy(&want, want_b, 4);
			while (len - i >= 8)
			{
				uint64_t	w;

				memcpy(&w, s + i, 8);
				if ((w & mask2) != want2)
					break;
				/* (a plain lead is no overlong or surrogate: asked first) */
				if ((plain || norm) && plain_lead(s[i]) && plain_lead(s[i + 3]))
				{
					i += 6;
					continue;
				}
				if (utf8_bad3(s + i))
					return i;
				if (utf8_bad3(s + i + 3))
					return i + 3;
				if (norm && !need)
					need = norm3(memo, s + i) || norm3(memo, s + i + 3);
				odd = true;
				i += 6;
			}
			while (len - i >= 4)
			{
				uint32_t	w;

				memcpy(&w, s + i, 4);
				if ((w & mask) != want)
					break;
				if ((plain || norm) && plain_lead(s[i]))
				{
					i += 3;
					continue;
				}
				if (utf8_bad3(s + i))
					return i;
				if (norm && !need)
					need = norm3(memo, s + i);
				odd = true;
				i += 3;
			}
			if (i < len && (s[i] & 0xF0) == 0xE0)
			{
				/* the last bytes of the text, or a bad continuation byte */
				if (len - i < 3 || (s[i + 1] & 0xC0) != 0x80 ||
					(s[i + 2] & 0xC0) != 0x80 || utf8_bad3(s + i))
					return i;
				if (plain && !plain_lead(s[i]))
					odd = true;
				if (norm && !need)
					need = norm3(memo, s + i);
				i += 3;
			}
			continue;
		}
		if (b >= 0xC2 && b <= 0xDF)
		{
			if (len - i < 2 || (s[i + 1] & 0xC0) != 0x80)
				return i;
			if (norm && !need)
				need = zn_norm_cp_needed(memo, ((uint32_t) (b & 0x1F) << 6) | (s[i + 1] & 0x3F));
			odd = true;
			i += 2;
			continue;
		}
		if (b >= 0xF0 && b <= 0xF4)
		{
			/* F0: 90-BF (else an overlong); F4: 80-8F (else above U+10FFFF) */
			unsigned char b1;

			if (len - i < 4)
				return i;
			b1 = s[i + 1];
			if ((b1 & 0xC0) != 0x80 || (s[i + 2] & 0xC0) != 0x80 ||
				(s[i + 3] & 0xC0) != 0x80 ||
				(b == 0xF0 && b1 < 0x90) || (b == 0xF4 && b1 > 0x8F))
				return i;
			if (norm && !need)
				need = zn_norm_cp_needed(memo, ((uint32_t) (b & 0x07) << 18) |
										 ((uint32_t) (b1 & 0x3F) << 12) |
										 ((uint32_t) (s[i + 2] & 0x3F) << 6) | (s[i + 3] & 0x3F));
			odd = true;
			i += 4;
			continue;
		}
		return i;
	}
	if (plain)
		*plain = !odd;
	if (norm)
		*norm = need;
	return len;
}

size_t
zn_utf8_check(const char *str, size_t len)
{
	return utf8_check(str, len, NULL, NULL, NULL);
}

size_t
zn_utf8_check_norm(const char *str, size_t len, zn_norm_memo *memo, bool *needed)
{
	return utf8_check(str, len, NULL, memo, needed);
}

/*
 * Every grammar at i; the longest match wins.  On a tie the figure wins
 * over a date: "2.3" is a number, not 2月3日 (a date needs more than two
 * bare numbers to say so).
 */
size_t
zn_m_any(zn_ctx *c, size_t i, unsigned kinds, zn_figure *out)
{
	zn_figure	f;
	size_t		best = 0,
				e;

	/* figures alone (zh_number, amounts): no copy through f.  zn_m_figure
	 * leaves *out alone when it fails and sets its span when it succeeds. */
	if (!(kinds & (ZN_MASK(ZN_KIND_DATE) | ZN_MASK(ZN_KIND_DURATION))))
	{
		e = zn_m_figure(c, i, kinds, out);
		return c->fail ? 0 : e;
	}
	/* a date alone (zh_date) likewise: zn_m_date too leaves *out alone when
	 * it fails and sets its span when it succeeds */
	if (kinds == ZN_MASK(ZN_KIND_DATE))
	{
		e = zn_m_date(c, i, out);
		return c->fail ? 0 : e;
	}
	if (kinds & (ZN_MASK(ZN_KIND_NUMBER) | ZN_MASK(ZN_KIND_MONEY) |
				 ZN_MASK(ZN_KIND_QUANTITY) | ZN_MASK(ZN_KIND_PERCENT)))
	{
		e = zn_m_figure(c, i, kinds, &f);
		if (c->fail)
			return 0;
		if (e > best)
		{
			best = e;
			*out = f;
		}
	}
	if (kinds & ZN_MASK(ZN_KIND_DATE))
	{
		e = zn_m_date(c, i, &f);
		if (c->fail)
			return 0;
		if (e > best)
		{
			best = e;
			*out = f;
		}
	}
	if (kinds & ZN_MASK(ZN_KIND_DURATION))
	{
		e = zn_m_duration(c, i, &f);
		if (c->fail)
			return 0;
		if (e > best)
		{
			best = e;
			*out = f;
		}
	}
	if (best)
	{
		out->start = i;
		out->end = best;
	}
	return best;
}

static size_t
char_len_at(const char *s, size_t len, size_t i)
{
	size_t		n = 1;

	while (i + n < len && ((unsigned char) s[i + n] & 0xC0) == 0x80)
		n++;
	return i < len ? n : 0;
}

static void
set_error(zn_error *err, zn_status code, const char *s, size_t len, size_t pos,
		  const char *detail)
{
	err->code = code;
	err->byte_pos = pos;
	err->byte_len = char_len_at(s, len, pos);
	err->detail = detail;
}

/* zn_parse, inlined into zn_parse_number too (a call is felt there) */
static inline __attribute__((always_inline)) zn_status
parse(const char *s, size_t len, unsigned kinds, int32_t ref,
	  zn_figure *out, zn_error *err, bool *plain)
{
	zn_ctx		c;
	size_t		bad = utf8_check(s, len, plain, NULL, NULL),	/* (inlined: a call is felt here) */
				start,
				end,
				e;

	if (bad < len)
	{
		set_error(err, ZN_ERR_ENCODING, s, len, bad, "invalid UTF-8");
		err->byte_len = 1;
		return err->code;
	}
	zn_ctx_init(&c, s, len, ref, true);

	/* surrounding white space is not part of the expression */
	start = 0;
	for (;;)
	{
		size_t		n;
		uint32_t	cp;

		/* (only these first bytes can begin a space: most inputs have none) */
		if (start < len && c.s[start] > ' ' && c.s[start] != 0xC2 && c.s[start] != 0xE3)
			break;
		cp = zn_cp(&c, start, &n);
		if (cp == ZN_CP_END || !zn_is_space(cp))
			break;
		start = n;
	}
	end = len;
	/* (a trailing space ends with one of these bytes: most inputs have none) */
	if (end > start && (c.s[end - 1] <= ' ' || c.s[end - 1] == 0x80))
	{
		while (end > start && (s[end - 1] == ' ' || s[end - 1] == '\t' ||
							   s[end - 1] == '\n' || s[end - 1] == '\r'))
			end--;
		if (end >= start + 3 && memcmp(s + end - 3, "\xE3\x80\x80", 3) == 0)
			end -= 3;			/* one trailing ideographic space */
	}
	c.len = end;

	if (start == end)
	{
		set_error(err, ZN_ERR_SYNTAX, s, len, start, "the input is empty");
		return err->code;
	}
	/* figures alone (zh_number, amounts): zn_m_any would only pass the
	 * call on */
	if (kinds & (ZN_MASK(ZN_KIND_DATE) | ZN_MASK(ZN_KIND_DURATION)))
		e = zn_m_any(&c, start, kinds, out);
	else
		e = zn_m_figure(&c, start, kinds, out);
	if (c.fail)
	{
		set_error(err, c.fail, s, len, c.fail_pos, c.fail_detail);
		return err->code;
	}
	if (e == end)
		return ZN_OK;
	/* the first character nothing could take */
	{
		size_t		pos = e > c.far ? e : c.far;
		const char *detail = (pos == c.far) ? c.far_detail : NULL;

		if (pos < start)
			pos = start;
		if (pos >= end)
		{
			pos = end;
			detail = detail ? detail : "the expression is incomplete";
		}
		set_error(err, ZN_ERR_SYNTAX, s, len, pos, detail);
	}
	return err->code;
}

zn_status
zn_parse(const char *s, size_t len, unsigned kinds, int32_t ref,
		 zn_figure *out, zn_error *err)
{
	return parse(s, len, kinds, ref, out, err, NULL);
}

zn_status
zn_parse_plain(const char *s, size_t len, unsigned kinds, int32_t ref,
			   zn_figure *out, zn_error *err, bool *plain)
{
	*plain = false;
	return parse(s, len, kinds, ref, out, err, plain);
}

/* zn_parse_number and zn_parse_number_plain (plain may be NULL) */
static inline __attribute__((always_inline)) zn_status
parse_number(const char *s, size_t len, zn_dec *out, zn_error *err, bool *plain)
{
	zn_figure	f;
	zn_status	st = parse(s, len, ZN_MASK(ZN_KIND_NUMBER) | ZN_MASK(ZN_KIND_PERCENT),
						   ZN_NO_REF, &f, err, plain);

	if (st != ZN_OK)
		return st;
	if (f.is_range || f.qual != ZN_Q_EXACT)
	{
		err->code = ZN_ERR_AMBIGUOUS;
		err->byte_pos = f.start;
		err->byte_len = char_len_at(s, len, f.start);
		err->detail = f.is_range ? "a range, which has no single value" :
			"a qualified figure (约, 多, 余, 以上 …), which has no exact value";
		return err->code;
	}
	*out = f.lo;
	return ZN_OK;
}

zn_status
zn_parse_number(const char *s, size_t len, zn_dec *out, zn_error *err)
{
	return parse_number(s, len, out, err, NULL);
}

zn_status
zn_parse_number_plain(const char *s, size_t len, zn_dec *out, zn_error *err, bool *plain)
{
	*plain = false;
	return parse_number(s, len, out, err, plain);
}
