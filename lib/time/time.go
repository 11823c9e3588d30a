// Package time implements CPython's time module (Modules/timemodule.c):
// the clocks, sleep, struct_time and the conversions between seconds
// since the epoch and broken-down time (gmtime, localtime, mktime,
// asctime, ctime, strftime and, through the Lib's _strptime, strptime),
// and the local time zone (timezone, altzone, daylight, tzname, tzset).
package time

import (
	"math"

	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/vm"
)

func init() { vm.RegisterModule("time", newModule) }

type args = []*object.Object

// fn makes a module function.
func fn(name string, f object.CFunc) object.MethodDef {
	return object.MethodDef{Name: name, Fn: f}
}

// argCount checks a call's arguments with the messages of
// PyArg_ParseTuple: positional only, min to max of them.
func argCount(t *object.Thread, fname string, a args, kw *object.Tuple, min, max int) error {
	if err := object.NoKeywords(t, fname, kw); err != nil {
		return err
	}
	n := len(a)
	plural := func(k int) string {
		if k == 1 {
			return ""
		}
		return "s"
	}
	switch {
	case n >= min && n <= max:
		return nil
	case min == max:
		return t.Errorf(object.TypeErrorType, "%s() takes exactly %d argument%s (%d given)", fname, min, plural(min), n)
	case n < min:
		return t.Errorf(object.TypeErrorType, "%s() takes at least %d argument%s (%d given)", fname, min, plural(min), n)
	}
	return t.Errorf(object.TypeErrorType, "%s() takes at most %d argument%s (%d given)", fname, max, plural(max), n)
}

// clock makes a function returning a clock's reading in seconds, and
// clockNS one returning it in nanoseconds.
func clock(name string, ns func(*object.Thread) int64) object.MethodDef {
	return fn(name, func(t *object.Thread, _ *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, "time."+name, a, kw, 0, 0); err != nil {
			return nil, err
		}
		return object.NewFloat(t, float64(ns(t))/1e9), nil
	})
}

func clockNS(name string, ns func(*object.Thread) int64) object.MethodDef {
	return fn(name, func(t *object.Thread, _ *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, "time."+name, a, kw, 0, 0); err != nil {
			return nil, err
		}
		return object.NewInt(t, ns(t)), nil
	})
}

var funcs = []object.MethodDef{
	clock("time", wallNS),
	clockNS("time_ns", wallNS),
	clock("perf_counter", monotonicNS),
	clockNS("perf_counter_ns", monotonicNS),
	clock("monotonic", monotonicNS),
	clockNS("monotonic_ns", monotonicNS),
	clock("process_time", processTimeNS),
	clockNS("process_time_ns", processTimeNS),
	clock("thread_time", threadTimeNS),
	clockNS("thread_time_ns", threadTimeNS),
	fn("sleep", timeSleep),
	fn("get_clock_info", getClockInfo),
	fn("clock_gettime", func(t *object.Thread, _ *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
		ns, err := readClock(t, "clock_gettime", a, kw, clockGettime)
		if err != nil {
			return nil, err
		}
		return object.NewFloat(t, float64(ns/1e9)+float64(ns%1e9)*1e-9), nil
	}),
	fn("clock_gettime_ns", func(t *object.Thread, _ *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
		ns, err := readClock(t, "clock_gettime", a, kw, clockGettime)
		if err != nil {
			return nil, err
		}
		return object.NewInt(t, ns), nil
	}),
	fn("clock_getres", func(t *object.Thread, _ *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
		ns, err := readClock(t, "clock_getres", a, kw, clockGetres)
		if err != nil {
			return nil, err
		}
		return object.NewFloat(t, float64(ns/1e9)+float64(ns%1e9)*1e-9), nil
	}),
	fn("clock_settime", func(t *object.Thread, _ *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
		return setClock(t, "clock_settime", a, kw, false)
	}),
	fn("clock_settime_ns", func(t *object.Thread, _ *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
		return setClock(t, "clock_settime", a, kw, true)
	}),
	fn("pthread_getcpuclockid", func(t *object.Thread, _ *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
		if err := argCount(t, "pthread_getcpuclockid", a, kw, 1, 1); err != nil {
			return nil, err
		}
		if !object.IsInt(a[0]) {
			return nil, t.Errorf(object.TypeErrorType, "pthread_getcpuclockid() argument 1 must be int, not %s", a[0].Type().Name)
		}
		// ftpy's thread idents are not pthread_t values: the clock is the
		// calling thread's, which is what callers pass get_ident() for.
		return object.NewInt(t, threadCPUClockID(t)), nil
	}),
	fn("gmtime", timeGmtime),
	fn("localtime", timeLocaltime),
	fn("mktime", timeMktime),
	fn("asctime", timeAsctime),
	fn("ctime", timeCtime),
	fn("strftime", timeStrftime),
	fn("strptime", timeStrptime),
	fn("tzset", timeTzset),
}

// timeSleep is sleep(secs), interruptible.
func timeSleep(t *object.Thread, _ *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
	if err := object.CheckArgCount(t, "time.sleep", a, kw, 1, 1); err != nil {
		return nil, err
	}
	ns, err := durationArg(t, a[0])
	if err != nil {
		return nil, err
	}
	if ns < 0 {
		return nil, t.Errorf(object.ValueErrorType, "sleep length must be non-negative")
	}
	// Detached while sleeping (a stop-the-world never waits for us),
	// and woken by Ctrl-C or a stop.
	if err := vm.StateOf(t).Sleep(goDuration(ns)); err != nil {
		return nil, err
	}
	return object.None, nil
}

// durationArg converts seconds (int or float) to nanoseconds, rounding
// up, with CPython's _PyTime_t errors.
func durationArg(t *object.Thread, o *object.Object) (int64, error) {
	if object.IsFloat(o) {
		d := object.FloatValue(o)
		if math.IsNaN(d) {
			return 0, t.Errorf(object.ValueErrorType, "Invalid value NaN (not a number)")
		}
		d = math.Ceil(d * 1e9)
		if !(d >= math.MinInt64 && d < math.MaxInt64) {
			return 0, t.Errorf(object.OverflowErrorType, "timestamp out of range for platform time_t")
		}
		return int64(d), nil
	}
	v, err := object.AsInt64(t, o)
	if err != nil {
		if object.ErrorMatches(err, object.OverflowErrorType) {
			t.DropError(err)
			return 0, t.Errorf(object.OverflowErrorType, "timestamp too large to convert to C _PyTime_t")
		}
		return 0, err
	}
	if v > math.MaxInt64/int64(1e9) || v < math.MinInt64/int64(1e9) {
		return 0, t.Errorf(object.OverflowErrorType, "timestamp too large to convert to C _PyTime_t")
	}
	return v * 1e9, nil
}

func getClockInfo(t *object.Thread, _ *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
	if err := argCount(t, "get_clock_info", a, kw, 1, 1); err != nil {
		return nil, err
	}
	if !object.IsStr(a[0]) {
		return nil, t.Errorf(object.TypeErrorType, "get_clock_info() argument 1 must be str, not %s", a[0].Type().Name)
	}
	name := object.StrValue(a[0])
	for i := 0; i < len(name); i++ {
		if name[i] == 0 {
			return nil, t.Errorf(object.ValueErrorType, "embedded null character")
		}
	}
	info, ok := clockInfo[name]
	if !ok {
		return nil, t.Errorf(object.ValueErrorType, "unknown clock")
	}
	res, err := clockGetres(info.id)
	if err != nil {
		return nil, object.OSErrorFromGo(t, err)
	}
	return object.NewNamespace(t, []string{"implementation", "monotonic", "adjustable", "resolution"},
		[]*object.Object{object.NewStr(t, info.impl), object.NewBool(info.monotonic), object.NewBool(info.adjustable),
			object.NewFloat(t, float64(res)*1e-9)}), nil
}

// readClock parses clock_gettime's or clock_getres's clock id and reads.
func readClock(t *object.Thread, fname string, a args, kw *object.Tuple, read func(int64) (int64, error)) (int64, error) {
	if err := argCount(t, fname, a, kw, 1, 1); err != nil {
		return 0, err
	}
	id, err := cInt(t, a[0])
	if err != nil {
		return 0, err
	}
	ns, err := read(id)
	if err != nil {
		return 0, object.OSErrorFromGo(t, err)
	}
	return ns, nil
}

// setClock is clock_settime and clock_settime_ns.
func setClock(t *object.Thread, fname string, a args, kw *object.Tuple, nanos bool) (*object.Object, error) {
	if err := argCount(t, fname, a, kw, 2, 2); err != nil {
		return nil, err
	}
	id, err := cInt(t, a[0])
	if err != nil {
		return nil, err
	}
	var ns int64
	if nanos {
		if !object.IsInt(a[1]) {
			return nil, t.Errorf(object.TypeErrorType, "expect int, got %s", a[1].Type().Name)
		}
		if ns, err = object.AsInt64(t, a[1]); err != nil {
			t.DropError(err)
			return nil, t.Errorf(object.OverflowErrorType, "timestamp too large to convert to C _PyTime_t")
		}
	} else {
		secs, err := timestampArg(t, a[1])
		if err != nil {
			return nil, err
		}
		if secs > math.MaxInt64/int64(1e9) || secs < math.MinInt64/int64(1e9) {
			return nil, t.Errorf(object.OverflowErrorType, "timestamp too large to convert to C _PyTime_t")
		}
		ns = secs * 1e9
		if object.IsFloat(a[1]) {
			ns = int64(math.Floor(object.FloatValue(a[1]) * 1e9))
		}
	}
	if err := clockSettime(id, ns); err != nil {
		return nil, object.OSErrorFromGo(t, err)
	}
	return object.None, nil
}

func newModule(st *vm.State) (*object.Object, error) {
	t := st.Thread()
	m := st.NewModule("time")
	d := m.Dict
	d.SetStr(t, object.Intern("__doc__"), object.NewStrStatic(moduleDoc))
	for i := range funcs {
		d.SetStr(t, object.Intern(funcs[i].Name), object.NewStaticBuiltin(&funcs[i]))
	}
	object.ClaimModuleFunctions(d, "time")
	for _, c := range clockConstants {
		d.SetStr(t, object.Intern(c.name), object.SmallInt(c.id))
	}
	d.SetStr(t, object.Intern("_STRUCT_TM_ITEMS"), object.SmallInt(11))
	d.SetStr(t, object.Intern("struct_time"), structTimeType.Obj())
	setZoneAttrs(t, d, localZone())
	return m.Obj(), nil
}

const moduleDoc = `This module reads clocks and converts times.

Times are either seconds since the Epoch (1970-01-01 00:00:00 UTC), as
int or float, or struct_time: year, month, day, hour, minute, second,
weekday (Monday is 0), day of the year and a daylight saving time flag.

gmtime() and localtime() break seconds down, mktime() goes back,
strftime() and strptime() format and parse; asctime() and ctime() give
the C library's fixed format. time(), monotonic(), perf_counter(),
process_time() and thread_time() read clocks, sleep() waits.

The local zone comes from the TZ environment variable; tzset() rereads
it and sets timezone, altzone, daylight and tzname.`
