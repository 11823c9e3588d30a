//go:build linux

package signal

import (
	"github.com/ftpy/ftpy/lib/internal/intarg"

	"github.com/ftpy/ftpy/object"
)

// nsig is one more than the highest signal number (NSIG).
const nsig = 65

// signum converts a signal number argument, which must name a signal.
func signum(t *object.Thread, o *object.Object) (int, error) {
	n, err := intarg.CInt(t, o)
	if err != nil {
		return 0, err
	}
	if n < 1 || n >= nsig {
		return 0, t.Errorf(object.ValueErrorType, "signal number out of range")
	}
	return n, nil
}

// seconds converts a number of seconds (an int or a float).
func seconds(t *object.Thread, o *object.Object) (float64, error) {
	if object.IsFloat(o) {
		return object.FloatValue(o), nil
	}
	v, err := object.AsInt64(t, o)
	return float64(v), err
}

// positional checks the argument count of a function that takes no
// keywords, with CPython's messages (the keyword one names the module).
func positional(t *object.Thread, name string, args []*object.Object, kw *object.Tuple, min, max int) error {
	if err := object.NoKeywords(t, "_signal."+name, kw); err != nil {
		return err
	}
	return object.CheckArgCount(t, name, args, nil, min, max)
}
