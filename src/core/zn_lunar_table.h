/*
 * zn_lunar_table.h — the generated Chinese calendar tables (internal);
 * see tools/gen_lunar.js and zn_lunar.c.
 */
#ifndef ZN_LUNAR_TABLE_H
#define ZN_LUNAR_TABLE_H

#include <stdint.h>

extern const uint32_t zn_lunar_info[];
extern const int32_t zn_lunar_new_year[];
extern const uint8_t zn_solar_terms[][24];

#endif							/* ZN_LUNAR_TABLE_H */
