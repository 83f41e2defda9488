/*
 * zn_world_holiday.h — festivals of the Hebrew, Islamic and Hindu calendars
 * (逾越节, 开斋节, 排灯节 …), a part of the date grammar.
 */
#ifndef ZN_WORLD_HOLIDAY_H
#define ZN_WORLD_HOLIDAY_H

#include "zn_date.h"

/* Gregorian years of the table (zn_world_holiday_table.c). */
#define ZN_WH_FIRST 1950
#define ZN_WH_LAST 2050

/* The festivals; the order is that of tools/gen_world_holidays.js. */
typedef enum zn_wh
{
	ZN_WH_PESACH,				/* Hebrew: eve .. Pesach VIII */
	ZN_WH_ROSH_HASHANA,			/* eve .. second day */
	ZN_WH_YOM_KIPPUR,			/* single days below: the eve */
	ZN_WH_SUKKOT,				/* eve .. Shmini Atzeret */
	ZN_WH_SHMINI_ATZERET,
	ZN_WH_SIMCHAT_TORAH,
	ZN_WH_CHANUKAH,				/* the eight nights from the first candle */
	ZN_WH_SHAVUOT,				/* eve .. second day */
	ZN_WH_TU_BISHVAT,
	ZN_WH_LAG_BAOMER,
	ZN_WH_PURIM,
	ZN_WH_TISHA_BAV,
	ZN_WH_YOM_HAATZMAUT,
	ZN_WH_EID_FITR,				/* Islamic (Umm al-Qura) */
	ZN_WH_EID_ADHA,
	ZN_WH_HIJRI_NEW_YEAR,
	ZN_WH_ASHURA,
	ZN_WH_MAWLID,
	ZN_WH_ISRA_MIRAJ,
	ZN_WH_LAYLAT_QADR,
	ZN_WH_RAMADAN,				/* the whole month */
	ZN_WH_DIWALI,				/* Hindu */
	ZN_WH_DUSSEHRA,
	ZN_WH_COUNT
} zn_wh;

/* (start day of year + 1) << 5 | length in days; 0 = no date. */
extern const uint16_t zn_wh_table[ZN_WH_COUNT][ZN_WH_LAST - ZN_WH_FIRST + 1];

/*
 * A festival name at i (longest name wins), as zn_d_holiday: `year` 0 is
 * the reference year's festival, else that year's.  Fills out->lo/hi (a
 * multi-day festival is a span), grain, rel, y and m; returns the end
 * offset, or 0.
 */
size_t		zn_d_world_holiday(zn_dstate *st, size_t i, int32_t year, bool year_rel,
							   zn_dspan *out);

#endif							/* ZN_WORLD_HOLIDAY_H */
