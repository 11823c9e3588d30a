// This file holds the environment (posix.environ, a dict of bytes as on
// every POSIX system, putenv and unsetenv) and fspath.

package posix

import (
	goos "os"
	"strings"
	"syscall"

	"github.com/ftpy/ftpy/object"
)

// FSPath is os.fspath: str or bytes as they are, else what __fspath__
// returns, with CPython's TypeError for other objects.
func FSPath(t *object.Thread, o *object.Object) (*object.Object, error) {
	r, err := object.FSPathObject(t, o)
	if r == nil && err == nil {
		err = t.Errorf(object.TypeErrorType, "expected str, bytes or os.PathLike object, not %s", o.Type().Name)
	}
	return r, err
}

// envArg returns an environment variable's name or value (str, bytes or
// os.PathLike) as OS bytes, with ValueError for a NUL, which the
// environment cannot hold.
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

// newEnviron returns posix.environ: the environment as bytes to bytes.
func newEnviron(t *object.Thread) (*object.Dict, error) {
	env := object.NewDict(t)
	for _, kv := range goos.Environ() {
		k, v, ok := strings.Cut(kv, "=")
		if !ok {
			continue
		}
		ko, vo := object.NewBytes(t, []byte(k)), object.NewBytes(t, []byte(v))
		err := env.SetItem(t, ko, vo)
		t.Decref(ko)
		t.Decref(vo)
		if err != nil {
			t.Decref(env.Obj())
			return nil, err
		}
	}
	return env, nil
}

// envList converts execve's env mapping to "key=value" strings.
func envList(t *object.Thread, m *object.Object) ([]string, error) {
	keysFn, err := object.GetAttrString(t, m, "keys")
	if err != nil {
		if object.ErrorMatches(err, object.AttributeErrorType) {
			t.DropError(err)
			return nil, t.Errorf(object.TypeErrorType, "env must be a mapping object")
		}
		return nil, err
	}
	keys, err := object.Call(t, keysFn, nil, nil)
	t.Decref(keysFn)
	if err != nil {
		return nil, err
	}
	defer t.Decref(keys)
	var out []string
	err = object.Iterate(t, keys, func(k *object.Object) error {
		v, err := object.GetItem(t, m, k)
		if err != nil {
			return err
		}
		defer t.Decref(v)
		ks, err := envArg(t, k)
		if err != nil {
			return err
		}
		vs, err := envArg(t, v)
		if err != nil {
			return err
		}
		if ks == "" || strings.IndexByte(ks, '=') >= 0 {
			return t.Errorf(object.ValueErrorType, "illegal environment variable name")
		}
		out = append(out, ks+"="+vs)
		return nil
	})
	return out, err
}

var envFuncs = []object.MethodDef{
	fn("fspath", func(t *object.Thread, _ *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
		var o *object.Object
		if err := parse(t, "fspath", a, kw, []string{"path"}, 1, &o); err != nil {
			return nil, err
		}
		return FSPath(t, o)
	}),
	fn("putenv", func(t *object.Thread, _ *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
		if err := posArgs(t, "putenv", a, kw, 2); err != nil {
			return nil, err
		}
		k, err := envArg(t, a[0])
		if err != nil {
			return nil, err
		}
		v, err := envArg(t, a[1])
		if err != nil {
			return nil, err
		}
		if strings.IndexByte(k, '=') >= 0 {
			return nil, t.Errorf(object.ValueErrorType, "illegal environment variable name")
		}
		if k == "" {
			return nil, Error(t, syscall.EINVAL)
		}
		if err := syscall.Setenv(k, v); err != nil {
			return nil, Error(t, err)
		}
		return object.None, nil
	}),
	fn("unsetenv", func(t *object.Thread, _ *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
		if err := posArgs(t, "unsetenv", a, kw, 1); err != nil {
			return nil, err
		}
		k, err := envArg(t, a[0])
		if err != nil {
			return nil, err
		}
		if k == "" || strings.IndexByte(k, '=') >= 0 {
			return nil, Error(t, syscall.EINVAL)
		}
		if err := syscall.Unsetenv(k); err != nil {
			return nil, Error(t, err)
		}
		return object.None, nil
	}),
}
