package selectmod

import (
	"math"
	"time"

	"github.com/ftpy/ftpy/object"
)

// timeoutArg converts a timeout given in units (time.Second for select
// and epoll, time.Millisecond for poll) to a duration; None gives -1, no
// limit. typeMsg is the TypeError's message for a non-number.
func timeoutArg(t *object.Thread, o *object.Object, unit time.Duration, typeMsg string) (time.Duration, error) {
	if o == nil || o == object.None {
		return -1, nil
	}
	var v float64
	switch {
	case object.IsFloat(o):
		v = object.FloatValue(o)
		if math.IsNaN(v) {
			return 0, t.Errorf(object.ValueErrorType, "Invalid value NaN (not a number)")
		}
	case object.IsInt(o):
		n, err := object.AsInt64(t, o)
		if err != nil {
			t.DropError(err)
			return 0, t.Errorf(object.OverflowErrorType, "timestamp too large to convert to C _PyTime_t")
		}
		v = float64(n)
	default:
		return 0, t.Errorf(object.TypeErrorType, "%s", typeMsg)
	}
	ns := v * float64(unit)
	if ns >= math.MaxInt64 || ns <= math.MinInt64 {
		return 0, t.Errorf(object.OverflowErrorType, "timestamp too large to convert to C _PyTime_t")
	}
	// Rounded up, as CPython's timeouts are, so that a tiny positive
	// timeout still waits.
	return time.Duration(math.Ceil(ns)), nil
}
