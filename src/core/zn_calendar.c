/*
 * zn_calendar.c — proleptic Gregorian arithmetic on days since 2000-01-01.
 *
 * The conversions are Howard Hinnant's days_from_civil / civil_from_days,
 * which count in 400-year eras and need no tables (within years 1..9999
 * zn_ymd takes Neri and Schneider's faster form of the second).  All
 * intermediate values are int64 and every public function that can leave
 * years 1..9999 says so, so no caller meets a silent wrap-around.
 */
#include "zn_date.h"

/* days_from_civil(2000, 1, 1): our epoch in days since 1970-01-01. */
#define EPOCH_2000 INT64_C(10957)

bool
zn_is_leap(int32_t y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int
zn_month_len(int32_t y, int m)
{
	static const int len[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

	if (m < 1 || m > 12)
		return 0;
	return (m == 2 && zn_is_leap(y)) ? 29 : len[m - 1];
}

static int64_t
days_from_civil(int64_t y, int m, int d)
{
	int64_t		era,
				doy,
				doe;
	uint32_t	yoe;

	y -= m <= 2;
	/* (unsigned where the value cannot be negative: a division by a
	 * constant is then a multiplication without a sign correction) */
	era = y >= 0 ? (int64_t) ((uint64_t) y / 400) : (y - 399) / 400;
	yoe = (uint32_t) (y - era * 400);	/* 0..399 */
	doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	doe = (int64_t) (yoe * 365 + yoe / 4 - yoe / 100) + doy;
	return era * 146097 + doe - 719468;
}

int32_t
zn_days(int32_t y, int m, int d)
{
	return (int32_t) (days_from_civil(y, m, d) - EPOCH_2000);
}

/* zn_ymd for any day. */
static void
ymd_wide(int32_t days, int32_t *y, int *m, int *d)
{
	int64_t		z = (int64_t) days + EPOCH_2000 + 719468,
				era = (z >= 0 ? z : z - 146096) / 146097,
				doe = z - era * 146097,
				yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365,
				doy = doe - (365 * yoe + yoe / 4 - yoe / 100),
				mp = (5 * doy + 2) / 153;

	*d = (int) (doy - (153 * mp + 2) / 5 + 1);
	*m = (int) (mp < 10 ? mp + 3 : mp - 9);
	*y = (int32_t) (yoe + era * 400 + (*m <= 2));
}

void
zn_ymd(int32_t days, int32_t *y, int *m, int *d)
{
	uint32_t	z,
				n1,
				c,
				n2,
				ny,
				n3,
				after_feb;
	uint64_t	p2;

	if (days < ZN_DAY_MIN || days > ZN_DAY_MAX)
	{
		ymd_wide(days, y, m, d);
		return;
	}

	/*
	 * Within years 1..9999 (every day the grammar makes) z, the days since
	 * 0000-03-01, is positive and small: Neri and Schneider's form of the
	 * same computation ("Euclidean affine functions and their application
	 * to calendar algorithms", 2022), in 32-bit unsigned arithmetic with
	 * two divisions by constants where ymd_wide has six.  The century c,
	 * then the year (the high half of p2) and the day of that March-based
	 * year ny, then month and day from one product n3.  Checked against
	 * ymd_wide on every day of years 1..9999.
	 */
	z = (uint32_t) (days + EPOCH_2000 + 719468);
	n1 = 4 * z + 3;
	c = n1 / 146097;
	n2 = (n1 % 146097) | 3;		/* 4 * (day of the century) + 3 */
	p2 = (uint64_t) 2939745 * n2;
	ny = (uint32_t) p2 / 11758980;	/* / 2939745 / 4 */
	n3 = 2141 * ny + 197913;
	after_feb = ny >= 306;		/* January or February: the next year */
	*y = (int32_t) (100 * c + (uint32_t) (p2 >> 32) + after_feb);
	*m = (int) ((n3 >> 16) - 12 * after_feb);
	*d = (int) ((n3 & 0xFFFF) / 2141 + 1);
}

int
zn_weekday(int32_t days)
{
	/* 2000-01-01 was a Saturday (6) */
	int64_t		w = ((int64_t) days + 5) % 7;

	if (w < 0)
		w += 7;
	return (int) w + 1;
}

int32_t
zn_week_start(int32_t days)
{
	return days - (zn_weekday(days) - 1);
}

static bool
in_window(int64_t days)
{
	return days >= days_from_civil(ZN_YEAR_MIN, 1, 1) - EPOCH_2000 &&
		days <= days_from_civil(ZN_YEAR_MAX, 12, 31) - EPOCH_2000;
}

bool
zn_add_days(int32_t days, int64_t n, int32_t *out)
{
	int64_t		r;

	if (n > INT32_MAX || n < -(int64_t) INT32_MAX)
		return false;
	r = (int64_t) days + n;
	if (!in_window(r))
		return false;
	*out = (int32_t) r;
	return true;
}

bool
zn_add_months(int32_t days, int64_t n, int32_t *out)
{
	int32_t		y;
	int			m,
				d,
				len;
	int64_t		mm;

	if (n > 12 * 10000 || n < -12 * 10000)
		return false;
	zn_ymd(days, &y, &m, &d);
	mm = (int64_t) y * 12 + (m - 1) + n;
	if (mm < (int64_t) ZN_YEAR_MIN * 12 || mm > (int64_t) ZN_YEAR_MAX * 12 + 11)
		return false;
	y = (int32_t) (mm / 12);
	m = (int) (mm % 12) + 1;
	len = zn_month_len(y, m);
	*out = zn_days(y, m, d > len ? len : d);
	return true;
}

int32_t
zn_year_first(int32_t y)
{
	return zn_days(y, 1, 1);
}

int32_t
zn_year_last(int32_t y)
{
	return zn_days(y, 12, 31);
}

int32_t
zn_month_first(int32_t y, int m)
{
	return zn_days(y, m, 1);
}

int32_t
zn_month_last(int32_t y, int m)
{
	return zn_days(y, m, zn_month_len(y, m));
}

/* Anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
int32_t
zn_easter(int32_t y)
{
	int			a = y % 19,
				b = y / 100,
				c = y % 100,
				d = b / 4,
				e = b % 4,
				f = (b + 8) / 25,
				g = (b - f + 1) / 3,
				h = (19 * a + b - d - g + 15) % 30,
				i = c / 4,
				k = c % 4,
				l = (32 + 2 * e + 2 * i - h - k) % 7,
				m = (a + 11 * h + 22 * l) / 451,
				month = (h + l - 7 * m + 114) / 31,
				day = (h + l - 7 * m + 114) % 31 + 1;

	return zn_days(y, month, day);
}

/*
 * Meeus's Julian algorithm gives the Julian calendar date; the Julian
 * calendar runs 13 days behind the Gregorian from 1900 to 2099 (and the
 * difference grows by three days every 400 years).
 */
int32_t
zn_easter_orthodox(int32_t y)
{
	int			a = y % 4,
				b = y % 7,
				c = y % 19,
				d = (19 * c + 15) % 30,
				e = (2 * a + 4 * b - d + 34) % 7,
				month = (d + e + 114) / 31,
				day = (d + e + 114) % 31 + 1,
				shift = y / 100 - y / 400 - 2;

	return zn_days(y, month, day) + shift;
}
