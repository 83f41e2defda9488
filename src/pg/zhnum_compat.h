/*
 * zhnum_compat.h — the differences between PostgreSQL 13 and 18 that the
 * glue meets, in one place.
 */
#ifndef ZHNUM_COMPAT_H
#define ZHNUM_COMPAT_H

#include "postgres.h"

/* PostgreSQL 18 replaced the suffix pg_attribute_noreturn() with the
 * prefix pg_noreturn. */
#if PG_VERSION_NUM >= 180000
#define ZHNUM_NORETURN pg_noreturn
#elif defined(__GNUC__)
#define ZHNUM_NORETURN __attribute__((noreturn))
#else
#define ZHNUM_NORETURN
#endif

/* varatt.h split out of postgres.h in PostgreSQL 16. */
#if PG_VERSION_NUM >= 160000
#include "varatt.h"
#endif

#endif							/* ZHNUM_COMPAT_H */
