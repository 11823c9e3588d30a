// This file holds the module's conversion functions: gmtime, localtime,
// mktime, asctime, ctime, strftime, strptime, and tzset with the zone
// attributes it sets.

package time

import (
	"fmt"
	"math"
	"syscall"
	gotime "time"

	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/vm"
)

func goDuration(ns int64) gotime.Duration { return gotime.Duration(ns) }

// timestampArg converts seconds since the epoch, rounding down, as
// CPython's _PyTime_ObjectToTime_t does.
func timestampArg(t *object.Thread, o *object.Object) (int64, error) {
	if object.IsFloat(o) {
		d := object.FloatValue(o)
		if math.IsNaN(d) {
			return 0, t.Errorf(object.ValueErrorType, "Invalid value NaN (not a number)")
		}
		d = math.Floor(d)
		if !(d >= math.MinInt64 && d < math.MaxInt64) {
			return 0, t.Errorf(object.OverflowErrorType, "timestamp out of range for platform time_t")
		}
		return int64(d), nil
	}
	v, err := object.AsInt64(t, o)
	if err != nil && object.ErrorMatches(err, object.OverflowErrorType) {
		t.DropError(err)
		return 0, t.Errorf(object.OverflowErrorType, "timestamp out of range for platform time_t")
	}
	return v, err
}

// optionalTimestamp parses gmtime's, localtime's and ctime's optional
// seconds, None or absent meaning now.
func optionalTimestamp(t *object.Thread, fname string, a args, kw *object.Tuple) (int64, error) {
	if err := argCount(t, fname, a, kw, 0, 1); err != nil {
		return 0, err
	}
	if len(a) == 0 || a[0] == object.None {
		return gotime.Now().Unix(), nil
	}
	return timestampArg(t, a[0])
}

func overflowError(t *object.Thread) error { return object.OSErrorFromGo(t, syscall.EOVERFLOW) }

func timeGmtime(t *object.Thread, _ *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
	secs, err := optionalTimestamp(t, "gmtime", a, kw)
	if err != nil {
		return nil, err
	}
	v, ok := gmtime(secs)
	if !ok {
		return nil, overflowError(t)
	}
	return structTime(t, &v), nil
}

func timeLocaltime(t *object.Thread, _ *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
	secs, err := optionalTimestamp(t, "localtime", a, kw)
	if err != nil {
		return nil, err
	}
	v, ok := localZone().localtime(secs)
	if !ok {
		return nil, overflowError(t)
	}
	return structTime(t, &v), nil
}

func timeMktime(t *object.Thread, _ *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
	if err := object.CheckArgCount(t, "time.mktime", a, kw, 1, 1); err != nil {
		return nil, err
	}
	v, err := tmArg(t, a[0], "mktime")
	if err != nil {
		return nil, err
	}
	secs, ok := localZone().mktime(v)
	if !ok {
		return nil, t.Errorf(object.OverflowErrorType, "mktime argument out of range")
	}
	return object.NewFloat(t, float64(secs)), nil
}

// asctime is C's asctime without its newline, for any year.
func asctime(v *tm) string {
	return fmt.Sprintf("%s %s%3d %02d:%02d:%02d %d", weekdayNames[v.wday][:3], monthNames[v.mon][:3],
		v.mday, v.hour, v.min, v.sec, v.year+1900)
}

// tmOrNow parses asctime's and strftime's optional time tuple; without
// one, the local time now.
func tmOrNow(t *object.Thread, o *object.Object, fname string) (*tm, error) {
	if o == nil {
		v, ok := localZone().localtime(gotime.Now().Unix())
		if !ok {
			return nil, overflowError(t)
		}
		return &v, nil
	}
	v, err := tmArg(t, o, fname)
	if err != nil {
		return nil, err
	}
	if err := checkTM(t, v); err != nil {
		return nil, err
	}
	return v, nil
}

func timeAsctime(t *object.Thread, _ *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
	if err := object.CheckArgCount(t, "asctime", a, kw, 0, 1); err != nil {
		return nil, err
	}
	var o *object.Object
	if len(a) == 1 {
		o = a[0]
	}
	v, err := tmOrNow(t, o, "asctime")
	if err != nil {
		return nil, err
	}
	return object.NewStr(t, asctime(v)), nil
}

func timeCtime(t *object.Thread, _ *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
	secs, err := optionalTimestamp(t, "ctime", a, kw)
	if err != nil {
		return nil, err
	}
	v, ok := localZone().localtime(secs)
	if !ok {
		return nil, overflowError(t)
	}
	return object.NewStr(t, asctime(&v)), nil
}

func timeStrftime(t *object.Thread, _ *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
	if err := argCount(t, "strftime", a, kw, 1, 2); err != nil {
		return nil, err
	}
	if !object.IsStr(a[0]) {
		return nil, t.Errorf(object.TypeErrorType, "strftime() argument 1 must be str, not %s", a[0].Type().Name)
	}
	var o *object.Object
	if len(a) == 2 {
		o = a[1]
	}
	v, err := tmOrNow(t, o, "strftime")
	if err != nil {
		return nil, err
	}
	v.isdst = max(-1, min(v.isdst, 1))
	// C's tm_gmtoff is a long, but glibc's %z reads it as an int.
	v.gmtoff = int64(int32(v.gmtoff))
	format := object.StrValue(a[0])
	for i := 0; i < len(format); i++ {
		if format[i] == 0 {
			return nil, t.Errorf(object.ValueErrorType, "embedded null character")
		}
	}
	out, ok := strftime(format, v, localZone(), strftimeLimit(charCount(format)))
	if !ok {
		out = ""
	}
	return object.NewStr(t, out), nil
}

// timeStrptime hands its arguments to the Lib's _strptime._strptime_time,
// as CPython does.
func timeStrptime(t *object.Thread, _ *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
	if err := object.NoKeywords(t, "strptime", kw); err != nil {
		return nil, err
	}
	mod, err := vm.StateOf(t).Import("_strptime")
	if err != nil {
		return nil, err
	}
	f, err := object.GetAttrString(t, mod, "_strptime_time")
	t.Decref(mod)
	if err != nil {
		return nil, err
	}
	defer t.Decref(f)
	return object.Call(t, f, a, nil)
}

func timeTzset(t *object.Thread, _ *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
	if err := object.CheckArgCount(t, "time.tzset", a, kw, 0, 0); err != nil {
		return nil, err
	}
	m, err := vm.StateOf(t).Import("time")
	if err != nil {
		return nil, err
	}
	defer t.Decref(m)
	z := tzset()
	if object.IsSubtype(m.Type(), vm.ModuleType) {
		setZoneAttrs(t, object.Cast[vm.Module](m).Dict, z)
	}
	return object.None, nil
}

// setZoneAttrs sets timezone, altzone, daylight and tzname as CPython
// does on glibc: from the zone's offsets in January and July of this
// year (the later of the two is the standard time).
func setZoneAttrs(t *object.Thread, d *object.Dict, z *zone) {
	const year = (365*24 + 6) * 3600
	jan := gotime.Now().Unix() / year * year
	janName, janOff, _ := z.at(jan)
	julName, julOff, _ := z.at(jan + year/2)
	janZone, julZone := -janOff, -julOff
	stdOff, dstOff, stdName, dstName := janZone, julZone, janName, julName
	if janZone < julZone {
		// Summer is in January: the southern hemisphere.
		stdOff, dstOff, stdName, dstName = julZone, janZone, julName, janName
	}
	set := func(name string, v *object.Object) {
		d.SetStr(t, object.Intern(name), v)
		t.Decref(v)
	}
	set("timezone", object.NewInt(t, stdOff))
	set("altzone", object.NewInt(t, dstOff))
	daylight := int64(0)
	if janZone != julZone {
		daylight = 1
	}
	set("daylight", object.NewInt(t, daylight))
	set("tzname", object.NewTuple(t, []*object.Object{object.NewStr(t, stdName), object.NewStr(t, dstName)}).Obj())
}
