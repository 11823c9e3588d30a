// This file holds the calendar arithmetic behind gmtime, localtime and
// mktime: C's struct tm and the conversions between it and seconds since
// the epoch, done in int64 so that every year a C int can hold works, as
// glibc's do (Go's time.Time would also do, but its range and its
// normalisation rules are not C's).

package time

import "math"

// tm is C's struct tm as glibc fills it: tm_year counts from 1900,
// tm_mon from 0, tm_wday from Sunday and tm_yday from 0.
type tm struct {
	year, mon, mday, hour, min, sec int64
	wday, yday                      int64
	isdst                           int64
	// zone and gmtoff are tm_zone and tm_gmtoff; hasZone says whether
	// tm_zone is set (a NULL tm_zone is not an empty one to %Z).
	zone    string
	hasZone bool
	gmtoff  int64
}

const secondsPerDay = 86400

// daysFromCivil returns the days from 1970-01-01 to the proleptic
// Gregorian date y-m-d (m from 1 to 12, d from 1).
func daysFromCivil(y, m, d int64) int64 {
	if m <= 2 {
		y--
	}
	era := floorDiv(y, 400)
	yoe := y - era*400 // [0, 399]
	mp := (m + 9) % 12 // March is 0
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

// civilFromDays is daysFromCivil's inverse.
func civilFromDays(z int64) (y, m, d int64) {
	z += 719468
	era := floorDiv(z, 146097)
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y = yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	d = doy - (153*mp+2)/5 + 1
	m = mp + 3
	if m > 12 {
		m -= 12
	}
	if m <= 2 {
		y++
	}
	return
}

func floorDiv(a, b int64) int64 {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

func isLeap(y int64) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

// breakDown fills a tm from seconds since the epoch, with no zone; ok is
// false when the year does not fit a C int (glibc's EOVERFLOW).
func breakDown(secs int64) (t tm, ok bool) {
	days := floorDiv(secs, secondsPerDay)
	rem := secs - days*secondsPerDay
	y, m, d := civilFromDays(days)
	if y-1900 > math.MaxInt32 || y-1900 < math.MinInt32 {
		return t, false
	}
	t.year = y - 1900
	t.mon = m - 1
	t.mday = d
	t.hour = rem / 3600
	t.min = rem % 3600 / 60
	t.sec = rem % 60
	t.wday = (days%7 + 11) % 7 // 1970-01-01 was a Thursday
	t.yday = days - daysFromCivil(y, 1, 1)
	return t, true
}

// wallSeconds is the inverse of breakDown for a tm whose fields may be
// out of range, normalising them as mktime and timegm do; ok is false
// when the normalised year does not fit a C int.
func wallSeconds(t *tm) (int64, bool) {
	months := t.year*12 + t.mon
	y := floorDiv(months, 12)
	m := months - y*12
	if y > math.MaxInt32 || y < math.MinInt32 {
		return 0, false
	}
	days := daysFromCivil(y+1900, m+1, 1) + t.mday - 1
	return days*secondsPerDay + t.hour*3600 + t.min*60 + t.sec, true
}
