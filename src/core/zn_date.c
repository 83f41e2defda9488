/*
 * zn_date.c — entry point of the date grammar and the helpers its parts
 * share.
 *
 * The grammar is layered:
 *
 *   zn_m_date      a figure of kind date: zn_d_expr, then the figure
 *   zn_d_expr      ranges (至 到 —), open ranges (以来 截至 起 以前 以后),
 *                  windows (近30天, 3个月内), offsets (3天前)   zn_date_range.c
 *   zn_d_term      one calendar term: 2019年4月14日, 去年一季度, 下周三,
 *                  2019-04-14, 春节                               zn_date_term.c
 *   zn_d_amount    a count of calendar units: 3个月, 两年半      zn_duration.c
 *
 * Every part works on days since 2000-01-01 and an inclusive [lo, hi].
 * Relative expressions are resolved against the reference date; without
 * one they are computed against a stand-in date and the figure says
 * dates.known = false, so that they still match (extraction reports them)
 * but carry no range.
 */
#include "zn_date.h"

void
zn_dstate_init(zn_dstate *st, zn_ctx *c)
{
	int			k;

	st->c = c;
	st->start = 0;
	/* a reference outside years 1..9999 resolves nothing */
	st->noref = c->ref == ZN_NO_REF || c->ref < ZN_DAY_MIN || c->ref > ZN_DAY_MAX;
	st->ref = st->noref ? 0 : c->ref;
	if (st->noref)
	{
		/* day 0 */
		st->ry = 2000;
		st->rm = 1;
		st->rd = 1;
	}
	else
		zn_ymd(st->ref, &st->ry, &st->rm, &st->rd);
	for (k = 0; k < ZN_DNUM_MEMO; k++)
		st->nums[k].at = SIZE_MAX;
	st->term_at = SIZE_MAX;
	st->year_at = SIZE_MAX;
	st->lunar_at = SIZE_MAX;
}

/* The first bytes of the spaces zn_d_skip skips. */
const bool	zn_d_space_lead[256] = {['\t'] = true, [' '] = true, [0xC2] = true, [0xE3] = true};

/* ---- word lists ------------------------------------------------------------ */

/*
 * Build the index of l: the bit of each word's first-character key, and the
 * words sorted by bucket (a counting sort, so list order holds among the words
 * of one bucket: the first of equal words still wins) with what zn_dw_next
 * compares, in the same order, so that it reads them in sequence.  Building is
 * idempotent, so two threads racing to build the same list write the same
 * bytes; the flag is published last.
 */
void
zn_dw_build(zn_dwords *l)
{
	uint8_t    *order = l->ix,
			   *len = l->ix + l->n;
	uint64_t   *mask = l->pre + l->n;
	uint16_t	key[255];
	size_t		n[255];
	int			at[256] = {0},
				k;

	for (k = 0; k < l->n; k++)
	{
		const char *w = zn_dw_word(l, k);

		n[k] = strlen(w);
		key[k] = (uint16_t) zn_dw_key((const unsigned char *) w, n[k]);
		l->keys[key[k] >> 6] |= UINT64_C(1) << (key[k] & 63);
		at[key[k] & 255]++;
	}
	l->start[0] = 0;
	for (k = 0; k < 256; k++)
	{
		l->start[k + 1] = (uint8_t) (l->start[k] + at[k]);
		at[k] = l->start[k];
	}
	for (k = 0; k < l->n; k++)
	{
		int			p = at[key[k] & 255]++;

		order[p] = (uint8_t) k;
		len[p] = (uint8_t) n[k];
		l->pre[p] = zn_dw_head((const unsigned char *) zn_dw_word(l, k), n[k]);
		mask[p] = ZN_DW_MASK(n[k]);
	}
	__atomic_store_n(&l->ready, true, __ATOMIC_RELEASE);
}

size_t
zn_dw_longest_key(const zn_ctx *c, size_t j, const zn_dwords *l, unsigned key,
				  int limit, int *which)
{
	zn_dw_iter	it;
	size_t		best = 0,
				n;
	int			w;

	zn_dw_begin_key(&it, l, c, j, key);
	while ((w = zn_dw_next(&it, &n)) >= 0)
		if (w < limit && j + n > best)
		{
			best = j + n;
			*which = w;
		}
	return best;
}

size_t
zn_dw_longest(const zn_ctx *c, size_t j, zn_dwords *l, int limit, int *which)
{
	unsigned	key;

	if (!zn_dw_may(l, c, j, &key))
		return 0;
	return zn_dw_longest_key(c, j, l, key, limit, which);
}

size_t
zn_dw_first_key(const zn_ctx *c, size_t j, const zn_dwords *l, unsigned key,
				int *which)
{
	zn_dw_iter	it;
	size_t		n;
	int			w;

	zn_dw_begin_key(&it, l, c, j, key);
	if ((w = zn_dw_next(&it, &n)) < 0)
		return 0;
	*which = w;
	return j + n;
}

size_t
zn_d_words_slow(const zn_dstate *st, size_t i, zn_dwords *l, int limit, int *which)
{
	return zn_dw_longest(st->c, zn_d_skip(st->c, i), l, limit, which);
}

size_t
zn_d_first_slow(const zn_dstate *st, size_t i, zn_dwords *l, int *which)
{
	return zn_dw_first(st->c, zn_d_skip(st->c, i), l, which);
}

zn_dcharset zn_d_date_firsts;

void
zn_dcharset_add(zn_dcharset *set, uint32_t cp)
{
	if (cp < 0x10000)
		set->bits[cp >> 6] |= UINT64_C(1) << (cp & 63);
}

void
zn_dcharset_add_word(zn_dcharset *set, const char *w)
{
	zn_ctx		c;
	size_t		next;

	zn_ctx_init(&c, w, strlen(w), ZN_NO_REF, false);
	zn_dcharset_add(set, zn_cp(&c, 0, &next));
}

/* Every character of chars into set. */
static void
dcharset_add_chars(zn_dcharset *set, const char *chars)
{
	zn_ctx		c;
	size_t		i = 0,
				next;

	zn_ctx_init(&c, chars, strlen(chars), ZN_NO_REF, false);
	while (i < c.len)
	{
		zn_dcharset_add(set, zn_cp(&c, i, &next));
		i = next;
	}
}

void
zn_dstarts_add(zn_dstarts *t, uint32_t alts, const char *w)
{
	t->alts[zn_dw_key((const unsigned char *) w, strlen(w))] |= (uint16_t) alts;
	if (t->firsts)
		zn_dcharset_add_word(t->firsts, w);
}

void
zn_dstarts_add_list(zn_dstarts *t, uint32_t alts, zn_dwords *l)
{
	int			k;

	for (k = 0; k < l->n; k++)
		zn_dstarts_add(t, alts, zn_dw_word(l, k));
}

void
zn_dstarts_add_cb(void *arg, const char *w)
{
	zn_dstarts_arg *a = arg;

	zn_dstarts_add(a->t, a->alts, w);
}

/* ---- numbers ---------------------------------------------------------------- */

static bool
is_unit_char(uint32_t cp)
{
	switch (cp)
	{
		case 0x5341:			/* 十 */
		case 0x62FE:			/* 拾 */
		case 0x767E:			/* 百 */
		case 0x4F70:			/* 佰 */
		case 0x5343:			/* 千 */
		case 0x4EDF:			/* 仟 */
		case 0x5EFF:			/* 廿 */
		case 0x5345:			/* 卅 */
			return true;
		default:
			return false;
	}
}

/*
 * Chinese digits and their values, or -1: zn_numeral.c's classify, class
 * NC_DIGIT (two of them, 俩 and 仨, are zn_d_num's own business).  Inline:
 * a switch the compiler turns into a few comparisons, asked of nearly every
 * Chinese number.
 */
static inline __attribute__((always_inline)) int
cn_digit(uint32_t cp)
{
	switch (cp)
	{
		case 0x96F6:			/* 零 */
		case 0x3007:			/* 〇 */
		case 0x25CB:			/* ○ */
			return 0;
		case 0x4E00:			/* 一 */
		case 0x58F9:			/* 壹 */
		case 0x5E7A:			/* 幺 */
		case 0x5F0C:			/* 弌 */
			return 1;
		case 0x4E8C:			/* 二 */
		case 0x8D30:			/* 贰 */
		case 0x8CB3:			/* 貳 */
		case 0x4E24:			/* 两 */
		case 0x5169:			/* 兩 */
		case 0x5006:			/* 倆 */
		case 0x5F0D:			/* 弍 */
		case 0x8CAE:			/* 貮 */
			return 2;
		case 0x4E09:			/* 三 */
		case 0x53C1:			/* 叁 */
		case 0x53C3:			/* 參 */
		case 0x53C4:			/* 叄 */
		case 0x5F0E:			/* 弎 */
			return 3;
		case 0x56DB:			/* 四 */
		case 0x8086:			/* 肆 */
			return 4;
		case 0x4E94:			/* 五 */
		case 0x4F0D:			/* 伍 */
			return 5;
		case 0x516D:			/* 六 */
		case 0x9646:			/* 陆 */
		case 0x9678:			/* 陸 */
			return 6;
		case 0x4E03:			/* 七 */
		case 0x67D2:			/* 柒 */
			return 7;
		case 0x516B:			/* 八 */
		case 0x634C:			/* 捌 */
			return 8;
		case 0x4E5D:			/* 九 */
		case 0x7396:			/* 玖 */
			return 9;
		default:
			return -1;
	}
}

/*
 * Characters with which the numeral grammar continues a number after a
 * digit when reading a zn_m_uint: a digit (2019二 is no year, 一二三 a
 * sequence) and the units 十百千 廿卅卌 (classify's NC_DIGIT, NC_SMALL,
 * NC_TENS; its other classes, 万亿兆 点 多余几数, end a zn_m_uint, whose
 * options leave them out).
 */
static zn_dcharset digit_continues;

/* The digits (every one cn_digit knows: keep the two in step) and the
 * units, one bit each: asked after nearly every number. */
__attribute__((constructor))
static void
digit_continues_init(void)
{
	dcharset_add_chars(&digit_continues,
					   "0123456789零〇○一壹幺弌二贰貳两兩倆弍貮三叁參叄弎四肆五伍六陆陸七柒八捌九玖"
					   "十拾百佰千仟廿卅卌");
}

static inline bool
continues_digit(uint32_t cp)
{
	return zn_dcharset_has(&digit_continues, cp);
}

/*
 * The common cases of a date number, read without the numeral grammar (the
 * same value, digit count and flags as zn_d_num gets through zn_m_uint):
 * plain_arabic reads a run of at most nine ASCII digits that nothing
 * continues (see continues_digit; white space is skipped to see what
 * follows), plain_cn_digit one Chinese digit (一 五) that nothing continues,
 * not even white space, plain_cn_number a few more Chinese characters.  The
 * end, or 0 for "ask zn_m_uint" (n is then left as it was).
 */
static size_t
plain_arabic(const zn_ctx *c, size_t j, zn_dnum *n)
{
	const unsigned char *s = c->s;
	size_t		k = j,
				next;
	int32_t		v = 0;

	while (k < c->len && s[k] >= '0' && s[k] <= '9')
		k++;
	if (k - j > 9 || continues_digit(zn_cp(c, zn_d_skip(c, k), &next)))
		return 0;
	for (next = j; next < k; next++)
		v = v * 10 + (s[next] - '0');
	n->val = v;
	n->ndigits = (int) (k - j);
	n->arabic = true;
	return k;
}

/* cp is the character at j, k the offset after it. */
static size_t
plain_cn_digit(const zn_ctx *c, uint32_t cp, size_t k, zn_dnum *n)
{
	size_t		next;
	int			d;

	if ((d = cn_digit(cp)) < 0 || cp == 0x5006 || zn_d_skip(c, k) != k ||
		continues_digit(zn_cp(c, k, &next)))
		return 0;
	n->val = d;
	n->ndigits = 1;
	n->liang = (cp == 0x4E24 || cp == 0x5169);	/* 两 兩 */
	return k;
}

/*
 * The Chinese numbers of two to four characters that dates are mostly
 * written with, read without the numeral grammar: a run of two to four
 * digits (二〇一九, 九七, with the value and digit count zn_m_uint gives
 * them) or [X]十[Y] (十, 十二, 二十, 二十一; X and Y from 1 to 9), that
 * nothing continues: the character after them is the end, or a CJK
 * character no numeral begins with.  cp is the first character (not 俩 倆
 * 仨, which read_num reads), k the offset after it.  Not inline: read_num's
 * common cases (no numeral, Arabic digits, one Chinese digit) would pay for
 * its registers.
 */
static __attribute__((noinline)) size_t
plain_cn_number(const zn_ctx *c, uint32_t cp, size_t k, zn_dnum *n)
{
	size_t		end = k;
	int			dig[4],
				nd = 0,
				ten = -1,		/* digits before 十, -1: no 十 */
				v = 0,
				x;
	bool		first = true;

	for (;;)
	{
		if (cp == 0x5341 && ten < 0 && nd <= 1)	/* 十 */
			ten = nd;
		else if (nd < 4 && (x = cn_digit(cp)) >= 0 &&
				 (first || (cp != 0x4E24 && cp != 0x5169 && cp != 0x5006)))
			dig[nd++] = x;	/* (两 is a digit only first: 二十两 is 20) */
		else
			break;
		first = false;
		end = k;
		cp = zn_cp(c, k, &k);
	}
	if (cp != ZN_CP_END &&
		(cp < 0x2E80 || zn_dcharset_has(&zn_d_numeral_firsts, cp)))
		return 0;
	if (ten < 0)
	{
		/* two rising digits close together may be an approximate count
		 * (一二, 三五: one or two, three to five), the grammar's business */
		if (nd < 2 || (dig[0] < dig[1] && dig[1] - dig[0] <= 2))
			return 0;
		for (x = 0; x < nd; x++)
			v = v * 10 + dig[x];
	}
	else
	{
		if (nd - ten > 1 || (ten == 1 && dig[0] == 0) ||
			(nd > ten && dig[ten] == 0))
			return 0;
		v = (ten ? dig[0] : 1) * 10 + (nd > ten ? dig[ten] : 0);
		n->unit = true;
	}
	n->val = v;
	n->ndigits = nd;
	return end;
}

zn_dcharset zn_d_numeral_firsts;

/*
 * Where a numeral may begin: zn_numeral.c's may_start (Arabic digits,
 * full-width ones folded by zn_cp, the point, every character its classify
 * knows, 半) and 俩 仨, which zn_d_num reads itself.  This must follow
 * classify: a character missing here is a number the date grammar never
 * sees.
 */
__attribute__((constructor))
static void
numeral_firsts_init(void)
{
	dcharset_add_chars(&zn_d_numeral_firsts,
					   "0123456789.零〇○一壹幺弌二贰貳两兩倆弍貮三叁參叄弎四肆五伍六陆陸七柒八捌九玖"
					   "十拾百佰千仟廿卅卌万萬亿億兆点點多余餘几幾数數半俩仨");
}

/* read_num after the tests its common cases need: a numeral may begin at
 * j with cp, the character there (nx the offset after it). */
static size_t
read_numeral(zn_ctx *c, size_t j, uint32_t cp, size_t nx, zn_dnum *n)
{
	size_t		e,
				k;

	if (c->fail == ZN_OK && (e = plain_cn_digit(c, cp, nx, n)) != 0)
		return e;
	/* 俩 and 仨 are colloquial counts the numeral grammar leaves alone */
	if (cp == 0x4FE9 || cp == 0x5006)	/* 俩 倆 */
	{
		n->val = 2;
		n->ndigits = 1;
		n->liang = true;
		return nx;
	}
	if (cp == 0x4EE8)			/* 仨 */
	{
		n->val = 3;
		n->ndigits = 1;
		n->liang = true;
		return nx;
	}
	n->liang = (cp == 0x4E24 || cp == 0x5169);	/* 两 兩 */
	if (c->fail == ZN_OK && (e = plain_cn_number(c, cp, nx, n)) != 0)
		return e;
	e = zn_m_uint(c, j, &n->val, &n->ndigits);
	if (e == 0)
	{
		n->liang = false;
		return 0;
	}
	n->arabic = true;
	for (k = j; k < e;)
	{
		cp = zn_cp(c, k, &nx);
		if (cp < '0' || cp > '9')
			n->arabic = false;
		if (is_unit_char(cp))
			n->unit = true;
		k = nx;
	}
	return e;
}

/* zn_d_num without the memo; j is after the spaces. */
static size_t
read_num(zn_ctx *c, size_t j, zn_dnum *n)
{
	size_t		e,
				nx;
	uint32_t	cp;

	memset(n, 0, sizeof(*n));
	n->start = j;
	if (j < c->len && c->s[j] >= '0' && c->s[j] <= '9' && c->fail == ZN_OK &&
		(e = plain_arabic(c, j, n)) != 0)
		return e;
	cp = zn_cp(c, j, &nx);
	if (!zn_dcharset_has(&zn_d_numeral_firsts, cp))
	{
		/* no numeral begins here: what zn_m_uint does then */
		zn_miss(c, j, NULL);
		return 0;
	}
	return read_numeral(c, j, cp, nx, n);
}

size_t
zn_d_num_read(zn_dstate *st, size_t j, zn_dnum *n)
{
	zn_dnum_memo *m = &st->nums[j % ZN_DNUM_MEMO];

	/* a number read after a hard error is not remembered (the grammar
	 * stops reading then) */
	if (st->c->fail != ZN_OK)
		return read_num(st->c, j, n);
	m->at = j;
	m->end = read_num(st->c, j, &m->n);
	*n = m->n;
	return m->end;
}

size_t
zn_d_bad(zn_dstate *st, size_t pos, const char *detail)
{
	if (st->c->anchored)
		zn_fail(st->c, ZN_ERR_DATE, pos, detail);
	return 0;
}

/* Chinese numeral characters, to keep a date from starting inside a
 * numeral (二十一 must not yield 十一). */
bool
zn_d_is_cn_numeral(uint32_t cp)
{
	switch (cp)
	{
		case 0x96F6:			/* 零 */
		case 0x3007:			/* 〇 */
		case 0x4E00:			/* 一 */
		case 0x4E8C:			/* 二 */
		case 0x4E24:			/* 两 */
		case 0x4E09:			/* 三 */
		case 0x56DB:			/* 四 */
		case 0x4E94:			/* 五 */
		case 0x516D:			/* 六 */
		case 0x4E03:			/* 七 */
		case 0x516B:			/* 八 */
		case 0x4E5D:			/* 九 */
		case 0x5341:			/* 十 */
		case 0x767E:			/* 百 */
		case 0x5343:			/* 千 */
		case 0x4E07:			/* 万 */
		case 0x4EBF:			/* 亿 */
		case 0x5EFF:			/* 廿 */
		case 0x5345:			/* 卅 */
			return true;
		default:
			return false;
	}
}

/*
 * In running text a date must not begin in the middle of a number:
 * "202403073" holds no 20240307, "1.5" no 5, "二十一" no 十一.  prev is
 * the character before i.
 */
static bool
glued_to_number(zn_ctx *c, size_t i, uint32_t prev)
{
	size_t		n;
	uint32_t	cp = zn_cp(c, i, &n);
	bool		digit = cp >= '0' && cp <= '9';

	if (i == 0)
		return false;
	if (digit && ((prev >= '0' && prev <= '9') || prev == '.' ||
				  (prev >= 'A' && prev <= 'Z') || (prev >= 'a' && prev <= 'z')))
		return true;
	if (zn_d_is_cn_numeral(cp) && zn_d_is_cn_numeral(prev))
		return true;
	return false;
}

/*
 * Recurring or lunar-leap contexts a date must not be read out of:
 * 每周三, 每年春节, 隔天, 闰四月 (a leap month the table does not have).
 * prev is the character before i.
 */
static bool
after_every(zn_ctx *c, size_t i, uint32_t prev)
{
	size_t		j;

	/* (a switch: the compiler decides it in a few comparisons, where most
	 * characters before a date are none of these) */
	switch (prev)
	{
		case 0x6BCF:			/* 每 */
		case 0x9694:			/* 隔 */
		case 0x95F0:			/* 闰 */
		case 0x958F:			/* 閏 */
			return true;
		case 0x4E2A:			/* 个: 每个周一 */
		case 0x500B:			/* 個 */
		case 0x5E74:			/* 年: 每年母亲节 */
		case 0x6708:			/* 月 */
			j = i;
			do
				j--;
			while (j > 0 && (c->s[j] & 0xC0) == 0x80);
			return zn_cp_before(c, j) == 0x6BCF;
		default:
			return false;
	}
}

/*
 * May a date begin at i?  Most offsets the matcher is asked about begin
 * nothing: no word a date begins with, no numeral.  When this says no, the
 * grammar would read nothing there but the number at i (and note its
 * absence: zn_miss).
 */
static bool
may_begin_date(const zn_ctx *c, size_t i)
{
	size_t		n;
	uint32_t	cp = zn_cp(c, i, &n);

	return zn_dcharset_has(&zn_d_date_firsts, cp) ||
		zn_dcharset_has(&zn_d_numeral_firsts, cp);
}

size_t
zn_m_date(zn_ctx *c, size_t i, zn_figure *out)
{
	zn_dstate	st;
	zn_dspan	s;
	size_t		e;
	uint32_t	prev;

	/* a figure never begins with white space (its span would include it) */
	if (zn_d_skip(c, i) != i)
		return 0;
	prev = zn_cp_before(c, i);
	if (glued_to_number(c, i, prev) || after_every(c, i, prev))
		return 0;
	if (!may_begin_date(c, i))
	{
		/* (the call a term makes there) */
		zn_miss(c, i, NULL);
		return 0;
	}
	zn_dstate_init(&st, c);
	st.start = i;
	memset(&s, 0, sizeof(s));
	e = zn_d_expr(&st, i, &s);
	if (e == 0 || c->fail)
		return 0;

	memset(out, 0, sizeof(*out));
	out->kind = ZN_KIND_DATE;
	out->qual = s.qual;
	out->dates.known = !s.vague && !(s.rel && st.noref);
	out->dates.lo = out->dates.known ? s.lo : 0;
	out->dates.hi = out->dates.known ? s.hi : 0;
	out->is_range = out->dates.known && s.lo != s.hi;
	out->lo = zn_dec_make(0, 0);
	out->hi = out->lo;
	out->start = i;
	out->end = e;
	return e;
}
