/*
 * zhnum_values.h — core values as PostgreSQL Datums and back.
 */
#ifndef ZHNUM_VALUES_H
#define ZHNUM_VALUES_H

#include "postgres.h"
#include "fmgr.h"
#include "utils/numeric.h"

#include "zn.h"

/* An exact decimal as numeric (22003 if numeric cannot hold it). */
Datum		zhnum_dec_to_numeric(zn_dec d);

/* A numeric as an exact decimal; false for NaN, infinities, or more than
 * 38 significant digits. */
bool		zhnum_numeric_to_dec(Numeric num, zn_dec *out);

/* [lo, hi] inclusive as a daterange; infinite ends become unbounded. */
Datum		zhnum_daterange(const zn_daterange *r);

Datum		zhnum_interval(const zn_interval *iv);

/* "money", "number", "quantity", "percent", "date", "duration" */
const char *zhnum_kind_name(zn_kind k);

#endif							/* ZHNUM_VALUES_H */
