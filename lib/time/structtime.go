// This file defines time.struct_time and its conversions to and from
// the tm the functions work on.

package time

import (
	"math"

	"github.com/ftpy/ftpy/object"
)

var structTimeType = object.NewStructSeqType(&object.StructSeqDesc{
	Name: "time.struct_time",
	Doc: "A broken-down time, as gmtime(), localtime() and strptime() return it and\n" +
		"asctime(), mktime() and strftime() take it: a sequence of 9 integers\n" +
		"(year, month, day, hour, minute, second, weekday, day of the year, DST flag)\n" +
		"that are also attributes, with tm_zone and tm_gmtoff as attributes only.\n" +
		"Unlike C's struct tm, tm_year is the year itself and months and days of\n" +
		"the year count from 1.",
	Fields: object.StructSeqFields(
		"tm_year", "the year, such as 1993",
		"tm_mon", "the month, 1 to 12",
		"tm_mday", "the day of the month, 1 to 31",
		"tm_hour", "the hour, 0 to 23",
		"tm_min", "the minute, 0 to 59",
		"tm_sec", "the second, 0 to 61",
		"tm_wday", "the day of the week, 0 (Monday) to 6",
		"tm_yday", "the day of the year, 1 to 366",
		"tm_isdst", "1 in summer time, 0 if not, -1 if not known",
		"tm_zone", "the time zone's abbreviated name",
		"tm_gmtoff", "the offset from UTC, in seconds east"),
	NInSequence: 9,
})

// structTime converts a tm to a struct_time.
func structTime(t *object.Thread, v *tm) *object.Object {
	i := func(n int64) *object.Object { return object.NewInt(t, n) }
	return object.NewStructSeq(t, structTimeType, []*object.Object{
		i(v.year + 1900), i(v.mon + 1), i(v.mday), i(v.hour), i(v.min), i(v.sec),
		i((v.wday + 6) % 7), i(v.yday + 1), i(v.isdst),
		object.NewStr(t, v.zone), i(v.gmtoff)})
}

// tmArg converts a struct_time or 9-tuple argument to a tm, as CPython's
// gettmarg does; fname names the function in the error for a tuple of
// the wrong size. Weekday and day of year move to C's conventions, as
// they do in C, with C's remainder.
func tmArg(t *object.Thread, o *object.Object, fname string) (*tm, error) {
	if !object.IsTuple(o) {
		return nil, t.Errorf(object.TypeErrorType, "Tuple or struct_time argument required")
	}
	items := object.AsTuple(o).Items
	if len(items) != 9 {
		return nil, t.Errorf(object.TypeErrorType, "%s(): illegal time tuple argument", fname)
	}
	var f [9]int64
	for k, item := range items {
		v, err := cInt(t, item)
		if err != nil {
			return nil, err
		}
		f[k] = v
	}
	if f[0] < math.MinInt32+1900 {
		return nil, t.Errorf(object.OverflowErrorType, "year out of range")
	}
	v := &tm{year: f[0] - 1900, mon: f[1] - 1, mday: f[2], hour: f[3], min: f[4], sec: f[5],
		wday: (f[6] + 1) % 7, yday: f[7] - 1, isdst: f[8]}
	if o.Type() == structTimeType {
		if z := object.StructSeqItem(o, 9); z != object.None {
			if !object.IsStr(z) {
				return nil, t.Errorf(object.TypeErrorType, "bad argument type for built-in operation")
			}
			v.zone, v.hasZone = object.StrValue(z), true
		}
		if g := object.StructSeqItem(o, 10); g != object.None {
			n, err := cLong(t, g)
			if err != nil {
				return nil, err
			}
			v.gmtoff = n
		}
	}
	return v, nil
}

// checkTM is CPython's checktm: the ranges asctime and strftime need,
// turning a zero month, day or day of year into the first.
func checkTM(t *object.Thread, v *tm) error {
	bad := func(what string) error { return t.Errorf(object.ValueErrorType, "%s out of range", what) }
	switch {
	case v.mon == -1:
		v.mon = 0
	case v.mon < 0 || v.mon > 11:
		return bad("month")
	}
	switch {
	case v.mday == 0:
		v.mday = 1
	case v.mday < 0 || v.mday > 31:
		return bad("day of month")
	}
	if v.hour < 0 || v.hour > 23 {
		return bad("hour")
	}
	if v.min < 0 || v.min > 59 {
		return bad("minute")
	}
	if v.sec < 0 || v.sec > 61 {
		return bad("seconds")
	}
	if v.wday < 0 {
		return bad("day of week")
	}
	switch {
	case v.yday == -1:
		v.yday = 0
	case v.yday < 0 || v.yday > 365:
		return bad("day of year")
	}
	return nil
}

// cInt converts an integer argument to a C int, with the errors of
// PyArg_Parse's "i".
func cInt(t *object.Thread, o *object.Object) (int64, error) {
	v, err := cLong(t, o)
	if err != nil {
		return 0, err
	}
	if v > math.MaxInt32 {
		return 0, t.Errorf(object.OverflowErrorType, "signed integer is greater than maximum")
	}
	if v < math.MinInt32 {
		return 0, t.Errorf(object.OverflowErrorType, "signed integer is less than minimum")
	}
	return v, nil
}

// cLong converts an integer argument to a C long.
func cLong(t *object.Thread, o *object.Object) (int64, error) {
	if object.IsFloat(o) {
		return 0, t.Errorf(object.TypeErrorType, "'float' object cannot be interpreted as an integer")
	}
	v, err := object.AsInt64(t, o)
	if err != nil && object.ErrorMatches(err, object.OverflowErrorType) {
		t.DropError(err)
		return 0, t.Errorf(object.OverflowErrorType, "Python int too large to convert to C long")
	}
	return v, err
}
