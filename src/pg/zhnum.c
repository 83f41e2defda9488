/*
 * zhnum.c — the module's one PG_MODULE_MAGIC.
 *
 * The SQL-callable functions live in one file per concern (numbers.c,
 * spell.c, amount_*.c, dates.c, extract.c); all of them are thin wrappers
 * over the PostgreSQL-free parsing core in src/core.
 */
#include "postgres.h"
#include "fmgr.h"

PG_MODULE_MAGIC;
