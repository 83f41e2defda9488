/*
 * zn_lunar.c — the Chinese lunisolar calendar and the 24 solar terms.
 *
 * Both are astronomical (new moons and the sun's longitude for Beijing
 * time), so they are read from generated tables (zn_lunar_table.c, see
 * tools/gen_lunar.js) rather than computed: 1901..2099, the range where
 * news text needs them and where the published calendars agree.
 */
#include "zn_date.h"
#include "zn_lunar_table.h"


static int
leap_month(int32_t ly)
{
	return (int) ((zn_lunar_info[ly - ZN_LUNAR_FIRST] >> 13) & 0xF);
}

/* Index of month m (or its leap month) in the year's sequence, or -1. */
static int
month_index(int32_t ly, int m, bool leap)
{
	int			lm;

	if (ly < ZN_LUNAR_FIRST || ly > ZN_LUNAR_LAST || m < 1 || m > 12)
		return -1;
	lm = leap_month(ly);
	if (leap)
		return lm == m ? m : -1;
	return (lm != 0 && m > lm) ? m : m - 1;
}

static int
len_at(int32_t ly, int idx)
{
	return (zn_lunar_info[ly - ZN_LUNAR_FIRST] >> idx) & 1 ? 30 : 29;
}

int
zn_lunar_month_len(int32_t ly, int m, bool leap)
{
	int			idx = month_index(ly, m, leap);

	return idx < 0 ? 0 : len_at(ly, idx);
}

bool
zn_lunar_to_days(int32_t ly, int m, bool leap, int d, int32_t *out)
{
	int			idx = month_index(ly, m, leap),
				k;
	int32_t		days;

	if (idx < 0 || d < 1 || d > len_at(ly, idx))
		return false;
	days = zn_lunar_new_year[ly - ZN_LUNAR_FIRST];
	for (k = 0; k < idx; k++)
		days += len_at(ly, k);
	*out = days + d - 1;
	return true;
}

bool
zn_lunar_from_days(int32_t days, int32_t *ly, int *m, bool *leap, int *d)
{
	int32_t		y;
	int			k,
				n,
				lm;

	for (y = ZN_LUNAR_LAST; y >= ZN_LUNAR_FIRST; y--)
		if (zn_lunar_new_year[y - ZN_LUNAR_FIRST] <= days)
			break;
	if (y < ZN_LUNAR_FIRST)
		return false;
	days -= zn_lunar_new_year[y - ZN_LUNAR_FIRST];
	lm = leap_month(y);
	n = lm ? 13 : 12;
	for (k = 0; k < n; k++)
	{
		if (days < len_at(y, k))
		{
			*ly = y;
			*d = days + 1;
			*leap = lm != 0 && k == lm;
			*m = (lm != 0 && k >= lm) ? k : k + 1;
			return true;
		}
		days -= len_at(y, k);
	}
	return false;				/* past the last year of the table */
}

bool
zn_solar_term(int32_t y, int k, int32_t *out)
{
	if (y < ZN_LUNAR_FIRST || y > ZN_LUNAR_LAST || k < 0 || k > 23)
		return false;
	*out = zn_days(y, k / 2 + 1, zn_solar_terms[y - ZN_LUNAR_FIRST][k]);
	return true;
}
