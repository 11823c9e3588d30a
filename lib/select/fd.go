package selectmod

import (
	"math"

	"github.com/ftpy/ftpy/object"
)

// fileDescriptor returns the descriptor o stands for: an int, or what
// its fileno() method returns (PyObject_AsFileDescriptor).
func fileDescriptor(t *object.Thread, o *object.Object) (int, error) {
	var v *object.Object
	if object.IsInt(o) {
		v = t.NewRef(o)
	} else {
		meth, err := object.GetAttrString(t, o, "fileno")
		if err != nil {
			if !object.ErrorMatches(err, object.AttributeErrorType) {
				return 0, err
			}
			t.DropError(err)
			return 0, t.Errorf(object.TypeErrorType, "argument must be an int, or have a fileno() method.")
		}
		v, err = object.Call(t, meth, nil, nil)
		t.Decref(meth)
		if err != nil {
			return 0, err
		}
		if !object.IsInt(v) {
			t.Decref(v)
			return 0, t.Errorf(object.TypeErrorType, "fileno() returned a non-integer")
		}
	}
	defer t.Decref(v)
	fd, err := cInt(t, v)
	if err != nil {
		return 0, err
	}
	if fd < 0 {
		return 0, t.Errorf(object.ValueErrorType, "file descriptor cannot be a negative integer (%d)", fd)
	}
	return fd, nil
}

// cInt converts o with __index__ to a C int, with CPython's errors.
func cInt(t *object.Thread, o *object.Object) (int, error) {
	v, err := object.AsInt64(t, o)
	if err != nil {
		if object.ErrorMatches(err, object.OverflowErrorType) {
			t.DropError(err)
			return 0, t.Errorf(object.OverflowErrorType, "Python int too large to convert to C int")
		}
		return 0, err
	}
	if v > math.MaxInt32 || v < math.MinInt32 {
		return 0, t.Errorf(object.OverflowErrorType, "Python int too large to convert to C int")
	}
	return int(v), nil
}
