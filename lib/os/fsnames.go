package os

// os.fsencode, os.fsdecode, os.fspath, os.readlink, os.putenv and
// os.unsetenv: the functions that move names between str and the
// operating system's bytes (see object/fsname.go).

import (
	goos "os"
	"strings"
	"syscall"

	"github.com/ftpy/ftpy/object"
)

// fspathObject is os.fspath with its TypeError for a non-path.
func fspathObject(t *object.Thread, o *object.Object) (*object.Object, error) {
	r, err := object.FSPathObject(t, o)
	if r == nil && err == nil {
		err = t.Errorf(object.TypeErrorType, "expected str, bytes or os.PathLike object, not %s", o.Type().Name)
	}
	return r, err
}

// envArg returns an environment variable's name or value (str or bytes)
// as OS bytes, with ValueError for a NUL, which the environment cannot
// hold.
func envArg(t *object.Thread, o *object.Object) (string, error) {
	p, _, ok, err := object.FSPath(t, o)
	if err != nil {
		return "", err
	}
	if !ok {
		return "", t.Errorf(object.TypeErrorType, "expected str, bytes or os.PathLike object, not %s", o.Type().Name)
	}
	if strings.IndexByte(p, 0) >= 0 {
		return "", t.Errorf(object.ValueErrorType, "embedded null byte")
	}
	return p, nil
}

var fsFuncs = []object.MethodDef{
	fn("fspath", func(t *object.Thread, _ *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
		var o *object.Object
		if err := object.ParseArgs(t, "fspath", a, kw, []string{"path"}, 1, &o); err != nil {
			return nil, err
		}
		return fspathObject(t, o)
	}),
	fn("fsencode", func(t *object.Thread, _ *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
		var o *object.Object
		if err := object.ParseArgs(t, "fsencode", a, kw, []string{"filename"}, 1, &o); err != nil {
			return nil, err
		}
		r, err := fspathObject(t, o)
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
		r, err := fspathObject(t, o)
		if err != nil || object.IsStr(r) {
			return r, err
		}
		defer t.Decref(r)
		return object.FSDecode(t, string(object.BytesValue(r))), nil
	}),
	fn("readlink", func(t *object.Thread, _ *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
		var po *object.Object
		if err := object.ParseArgs(t, "readlink", a, kw, []string{"path"}, 1, &po); err != nil {
			return nil, err
		}
		p, err := pathArg(t, "readlink", po, false)
		if err != nil {
			return nil, err
		}
		target, err := goos.Readlink(p.p)
		if err != nil {
			return nil, osError(t, err, p)
		}
		return object.NewOSName(t, target, p.isBytes), nil
	}),
	fn("putenv", func(t *object.Thread, _ *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
		var ko, vo *object.Object
		if err := object.ParseArgs(t, "putenv", a, kw, []string{"name", "value"}, 2, &ko, &vo); err != nil {
			return nil, err
		}
		k, err := envArg(t, ko)
		if err != nil {
			return nil, err
		}
		v, err := envArg(t, vo)
		if err != nil {
			return nil, err
		}
		if strings.IndexByte(k, '=') >= 0 {
			return nil, t.Errorf(object.ValueErrorType, "illegal environment variable name")
		}
		if err := syscall.Setenv(k, v); err != nil {
			return nil, osError(t, err)
		}
		return object.None, nil
	}),
	fn("unsetenv", func(t *object.Thread, _ *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
		var ko *object.Object
		if err := object.ParseArgs(t, "unsetenv", a, kw, []string{"name"}, 1, &ko); err != nil {
			return nil, err
		}
		k, err := envArg(t, ko)
		if err != nil {
			return nil, err
		}
		if k == "" || strings.IndexByte(k, '=') >= 0 {
			return nil, osError(t, syscall.EINVAL)
		}
		if err := syscall.Unsetenv(k); err != nil {
			return nil, osError(t, err)
		}
		return object.None, nil
	}),
}
