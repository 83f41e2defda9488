/*
 * zn_spell.h — writing numbers in Chinese.
 *
 * Input is a plain decimal string as numeric_out writes it ("-1234.5600",
 * "0", "2500000000", possibly thousands of digits).  The core works on the
 * digits themselves, so any length is exact; no floating point anywhere.
 *
 * Conventions (the README repeats them):
 *
 *  - Scale words: 十 百 千 within a group of four digits, then 万 (10^4) and
 *    亿 (10^8).  Above 亿 the name is built recursively, the way people say
 *    it: N = H·10^8 + L is "H亿L", so 10^12 is 一万亿 and 1.2×10^12 is
 *    一万二千亿; 10^16 is 一亿亿 and plays the part of one word, as 亿 does
 *    (10^16 + 10^8 is 一亿亿零一亿, 10^20 一万亿亿, 10^24 一亿亿亿).  The
 *    traditional style uses 萬 億 and, as in Taiwan, 兆 = 10^12 as its top
 *    word (10^16 is 一萬兆, 10^24 一兆兆); zh_number reads 兆 as 10^12 too.
 *
 *  - A run of zeros between two spoken digits is one 零 (1001 一千零一,
 *    10100 一万零一百, 100001 十万零一, 100010000 一亿零一万, 100001000
 *    一亿零一千).  The simplified styles follow the mainland school rule
 *    "每级末尾的0都不读": zeros that end a four-digit group are silent when
 *    the next group starts with its 千 digit (101000 十万一千, 150006355
 *    一亿五千万六千三百五十五).  The traditional style reads those too
 *    (102506 十萬零二千五百零六), as is usual in Taiwan and Hong Kong.
 *
 *  - A leading 一十 is 十 in the lower and traditional styles (十二, 十万,
 *    十亿) but 一十 elsewhere (一百一十, 十万零一十); the capital style
 *    always writes 壹拾 (壹拾贰), as on cheques.
 *
 *  - The fractional part is read digit by digit after 点 (點), exactly as
 *    numeric_out shows it: the scale is kept, so 12.0 is 十二点零 and 1.50
 *    is 一点五零 (trim_scale() first to drop the zeros).  A value whose
 *    digits are all zero has no 负.
 *
 * zn_capital_amount follows 《支付结算办法》 附件一 《正确填写票据和结算凭证的
 * 基本规定》; see zn_spell.c for the rule-by-rule choices.
 */
#ifndef ZN_SPELL_H
#define ZN_SPELL_H

#include "zn.h"

typedef enum zn_spell_style
{
	ZN_SPELL_LOWER = 0,			/* 二十五亿 */
	ZN_SPELL_CAPITAL,			/* 贰拾伍亿 */
	ZN_SPELL_TRADITIONAL		/* 二十五億 */
} zn_spell_style;

/* The style names, for messages: "lower, capital, traditional". */
#define ZN_SPELL_STYLE_NAMES "lower, capital, traditional"

/* Look up a style by its SQL name (exact, lower case); false if unknown. */
bool		zn_spell_style_from_name(const char *name, size_t len,
									 zn_spell_style *out);

/*
 * Write the number `dec` in Chinese into buf (NUL-terminated).  Returns the
 * length in bytes, or -1 with *err set: ZN_ERR_SYNTAX if dec is not a plain
 * decimal (optional sign, digits, optional point and digits), ZN_ERR_RANGE
 * if buf is too small (zn_spell_max_size never is).
 */
int			zn_spell(const char *dec, zn_spell_style style, char *buf,
					 size_t bufsz, zn_error *err);

/*
 * 人民币大写 of the amount `dec` in 元: 1234.56 → 壹仟贰佰叁拾肆元伍角陆分.
 * Returns the length, or -1 with *err set: ZN_ERR_SYNTAX as above,
 * ZN_ERR_RANGE when a nonzero digit lies beyond 分 (the detail says so), when
 * the amount reaches 10^16 元 (一亿亿), or when buf is too small.
 */
int			zn_capital_amount(const char *dec, char *buf, size_t bufsz,
							  zn_error *err);

/* A buffer size (with the NUL) that holds the spelling of any decimal
 * string of declen bytes, in any style or as an amount. */
size_t		zn_spell_max_size(size_t declen);

#endif							/* ZN_SPELL_H */
