package selectmod

import (
	"github.com/ftpy/ftpy/lib/internal/intarg"

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
	fd, err := intarg.CInt(t, v)
	if err != nil {
		return 0, err
	}
	if fd < 0 {
		return 0, t.Errorf(object.ValueErrorType, "file descriptor cannot be a negative integer (%d)", fd)
	}
	return fd, nil
}
