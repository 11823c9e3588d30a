package socket

import (
	"github.com/ftpy/ftpy/object"
)

// This file checks argument counts with the messages of CPython's
// PyArg_ParseTuple and METH_O / METH_NOARGS functions.

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// posArgs checks a positional-only call of name has min..max arguments.
func posArgs(t *object.Thread, name string, a []*object.Object, kw *object.Tuple, min, max int) error {
	if kw != nil && len(kw.Items) > 0 {
		return t.Errorf(object.TypeErrorType, "%s() takes no keyword arguments", name)
	}
	n := len(a)
	switch {
	case n >= min && n <= max:
		return nil
	case max == 0:
		return t.Errorf(object.TypeErrorType, "%s() takes no arguments (%d given)", name, n)
	case min == max:
		return t.Errorf(object.TypeErrorType, "%s() takes exactly %d argument%s (%d given)", name, min, plural(min), n)
	case n < min:
		return t.Errorf(object.TypeErrorType, "%s() takes at least %d argument%s (%d given)", name, min, plural(min), n)
	}
	return t.Errorf(object.TypeErrorType, "%s() takes at most %d argument%s (%d given)", name, max, plural(max), n)
}

// oneArg checks the call of a METH_O function (qualname as CPython
// names it, "socket.bind").
func oneArg(t *object.Thread, qualname string, a []*object.Object, kw *object.Tuple) error {
	if kw != nil && len(kw.Items) > 0 {
		return t.Errorf(object.TypeErrorType, "%s() takes no keyword arguments", qualname)
	}
	if len(a) != 1 {
		return t.Errorf(object.TypeErrorType, "%s() takes exactly one argument (%d given)", qualname, len(a))
	}
	return nil
}

// noArgs checks the call of a METH_NOARGS function.
func noArgs(t *object.Thread, qualname string, a []*object.Object, kw *object.Tuple) error {
	if kw != nil && len(kw.Items) > 0 {
		return t.Errorf(object.TypeErrorType, "%s() takes no keyword arguments", qualname)
	}
	if len(a) != 0 {
		return t.Errorf(object.TypeErrorType, "%s() takes no arguments (%d given)", qualname, len(a))
	}
	return nil
}

// ssize converts o with __index__ to a Py_ssize_t.
func ssize(t *object.Thread, o *object.Object) (int, error) {
	v, err := object.AsInt64(t, o)
	if err != nil {
		if object.ErrorMatches(err, object.OverflowErrorType) {
			t.DropError(err)
			return 0, t.Errorf(object.OverflowErrorType, "Python int too large to convert to C ssize_t")
		}
		return 0, err
	}
	return int(v), nil
}
