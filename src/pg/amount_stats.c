/*
 * amount_stats.c — ANALYZE for zh_amount columns.
 *
 * The standard statistics sort the sample with the btree comparison, which
 * raises 22023 when two currencies meet.  A column that holds several
 * currencies would then make every ANALYZE (and autovacuum) fail.  So the
 * sample is looked at first: one currency gets the standard statistics
 * (most common values, histogram, correlation); several get only the null
 * fraction and the width, and the planner falls back to its defaults for
 * that column.
 */
#include "postgres.h"

#include "commands/vacuum.h"

#include "amount.h"

typedef struct amount_analyze
{
	AnalyzeAttrComputeStatsFunc std_compute;
	void	   *std_extra;
} amount_analyze;

static void
amount_compute_stats(VacAttrStatsP stats, AnalyzeAttrFetchFunc fetchfunc,
					 int samplerows, double totalrows)
{
	amount_analyze *aa = (amount_analyze *) stats->extra_data;
	const zn_amount *first = NULL;
	bool		mixed = false;
	int			nulls = 0,
				i;

	for (i = 0; i < samplerows; i++)
	{
		bool		isnull;
		Datum		d = fetchfunc(stats, i, &isnull);

#if PG_VERSION_NUM >= 180000
		vacuum_delay_point(true);
#else
		vacuum_delay_point();
#endif
		if (isnull)
		{
			nulls++;
			continue;
		}
		if (first == NULL)
			first = DatumGetAmountP(d);
		else if (!zn_amount_same_currency(first, DatumGetAmountP(d)))
			mixed = true;
	}

	stats->extra_data = aa->std_extra;
	if (!mixed)
	{
		aa->std_compute(stats, fetchfunc, samplerows, totalrows);
		return;
	}
	stats->stats_valid = true;
	stats->stanullfrac = samplerows > 0 ? (double) nulls / samplerows : 0.0;
	stats->stawidth = sizeof(zn_amount);
	stats->stadistinct = 0.0;	/* unknown */
}

PG_FUNCTION_INFO_V1(zh_amount_typanalyze);
Datum
zh_amount_typanalyze(PG_FUNCTION_ARGS)
{
	VacAttrStats *stats = (VacAttrStats *) PG_GETARG_POINTER(0);
	amount_analyze *aa;

	if (!std_typanalyze(stats))
		PG_RETURN_BOOL(false);
	aa = palloc(sizeof(amount_analyze));
	aa->std_compute = stats->compute_stats;
	aa->std_extra = stats->extra_data;
	stats->compute_stats = amount_compute_stats;
	stats->extra_data = aa;
	PG_RETURN_BOOL(true);
}
