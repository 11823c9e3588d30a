package os

// os.fsencode and os.fsdecode: the functions that move names between
// str and the operating system's bytes (see object/fsname.go), which
// CPython's os.py writes in Python.

import (
	"github.com/ftpy/ftpy/lib/posix"
	"github.com/ftpy/ftpy/object"
)

var fsFuncs = []object.MethodDef{
	fn("fsencode", func(t *object.Thread, _ *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
		var o *object.Object
		if err := object.ParseArgs(t, "fsencode", a, kw, []string{"filename"}, 1, &o); err != nil {
			return nil, err
		}
		r, err := posix.FSPath(t, o)
		if err != nil || object.IsBytes(r) {
			return r, err
		}
		defer t.Decref(r)
		b, err := object.FSEncode(t, r)
		if err != nil {
			return nil, err
		}
		return object.NewBytes(t, []byte(b)), nil
	}),
	fn("fsdecode", func(t *object.Thread, _ *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
		var o *object.Object
		if err := object.ParseArgs(t, "fsdecode", a, kw, []string{"filename"}, 1, &o); err != nil {
			return nil, err
		}
		r, err := posix.FSPath(t, o)
		if err != nil || object.IsStr(r) {
			return r, err
		}
		defer t.Decref(r)
		return object.FSDecode(t, string(object.BytesValue(r))), nil
	}),
}
