/*
 * zn_words.h — word lists of the figure grammar (internal).
 * Each matcher returns the end offset of the longest word at i, or 0.
 */
#ifndef ZN_WORDS_H
#define ZN_WORDS_H

#include "zn_scan.h"

/* Currency after the number (元 美元 港币 … or an ISO code); cur gets the
 * ISO 4217 code, *generic (unless NULL) whether the word was one of the
 * generic units 元 圆 块 块钱 (CNY unless another currency is named). */
size_t		zn_m_currency_after(const zn_ctx *c, size_t i, char *cur, bool *generic);


/* Currency before the number (人民币 RMB ￥ US$ HK$ € … or an ISO code). */
size_t		zn_m_currency_before(const zn_ctx *c, size_t i, char *cur);

/* One of the currencies zhnum names in Chinese. */
bool		zn_currency_known(const char *iso);

size_t		zn_m_qual_before(const zn_ctx *c, size_t i, zn_qual *q);
size_t		zn_m_qual_after(const zn_ctx *c, size_t i, zn_qual *q);

/* 至 到 - — – ~ ～ between the two ends of a range. */
size_t		zn_m_range_sep(const zn_ctx *c, size_t i);

/* A measure word (人 家 亩 平方米 …) that makes a number a quantity. */
size_t		zn_m_measure(const zn_ctx *c, size_t i);

/*
 * Call add(arg, cp) with the first character (folded as zn_cp folds it) of
 * every word that may stand before a figure's number: qualifiers and
 * currencies.  Extraction's pre-filter tries a figure only where a digit,
 * a numeral or one of these begins (zn_extract.c).
 */
void		zn_words_starts(void (*add) (void *arg, uint32_t cp), void *arg);

#endif							/* ZN_WORDS_H */
