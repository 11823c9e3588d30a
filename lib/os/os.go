// Package os registers ftpy's old os module and, in path.go, os.path
// with posixpath's semantics. The system calls are posix's (lib/posix):
// this package adds what CPython's os.py writes in Python (makedirs,
// getenv, fsencode, fsdecode, a str environ) until the Lib's os.py
// replaces it.
package os

import (
	goos "os"
	"strings"

	"github.com/ftpy/ftpy/lib/posix"
	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/vm"
)

func init() {
	vm.RegisterModule("os", newModule)
	vm.RegisterModule("os.path", newPathModule)
}

type args = []*object.Object

func fn(name string, f object.CFunc) object.MethodDef { return object.MethodDef{Name: name, Fn: f} }

func isDir(p string) bool {
	fi, err := goos.Stat(p)
	return err == nil && fi.IsDir()
}

func exists(p string) bool {
	_, err := goos.Stat(p)
	return err == nil
}

func mkdir(t *object.Thread, p posix.Path, mode int64) error {
	if err := goos.Mkdir(p.P, goos.FileMode(mode)&goos.ModePerm); err != nil {
		return posix.Error(t, err, p)
	}
	return nil
}

// makedirs creates p and its missing parents, as os.makedirs does.
func makedirs(t *object.Thread, path posix.Path, mode int64, existOK bool) error {
	p := path.P
	head, tail := split(p)
	if tail == "" {
		head, tail = split(head)
	}
	if head != "" && tail != "" && !exists(head) {
		if err := makedirs(t, posix.Path{P: head, IsBytes: path.IsBytes}, mode, existOK); err != nil {
			if !object.ErrorMatches(err, object.FileExistsErrorType) {
				return err
			}
			t.DropError(err)
		}
		if tail == "." {
			return nil
		}
	}
	err := mkdir(t, path, mode)
	if err != nil && existOK && isDir(p) && object.ErrorMatches(err, object.OSErrorType) {
		t.DropError(err)
		return nil
	}
	return err
}

var funcs = []object.MethodDef{
	fn("makedirs", func(t *object.Thread, _ *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
		var po, mo, eo *object.Object
		if err := object.ParseArgs(t, "makedirs", a, kw, []string{"name", "mode", "exist_ok"}, 1, &po, &mo, &eo); err != nil {
			return nil, err
		}
		p, err := posix.PathArg(t, "mkdir", po)
		if err != nil {
			return nil, err
		}
		mode := int64(0o777)
		if mo != nil {
			if mode, err = object.AsInt64(t, mo); err != nil {
				return nil, err
			}
		}
		existOK := false
		if eo != nil {
			if existOK, err = object.IsTrue(t, eo); err != nil {
				return nil, err
			}
		}
		if err := makedirs(t, p, mode, existOK); err != nil {
			return nil, err
		}
		return object.None, nil
	}),
}

// getenvDef is bound to the module's environ dict.
var getenvDef = fn("getenv", func(t *object.Thread, env *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
	var key, def *object.Object
	if err := object.ParseArgs(t, "getenv", a, kw, []string{"key", "default"}, 1, &key, &def); err != nil {
		return nil, err
	}
	if !object.IsStr(key) {
		return nil, t.Errorf(object.TypeErrorType, "str expected, not %s", key.Type().Name)
	}
	v, err := object.AsDict(env).GetItem(t, key)
	if err != nil {
		return nil, err
	}
	if v != nil {
		return t.NewRef(v), nil
	}
	if def == nil {
		return object.None, nil
	}
	return t.NewRef(def), nil
})

func newModule(st *vm.State) (*object.Object, error) {
	t := st.Thread()
	m := st.NewModule("os")
	d := m.Dict
	set := func(name string, v *object.Object) {
		d.SetStr(t, object.Intern(name), v)
		t.Decref(v)
	}
	for _, defs := range append(posix.Funcs(), funcs, fsFuncs) {
		for i := range defs {
			d.SetStr(t, object.Intern(defs[i].Name), object.NewStaticBuiltin(&defs[i]))
		}
	}
	for name, typ := range posix.Types() {
		d.SetStr(t, object.Intern(name), typ.Obj())
	}
	for k, v := range map[string]string{"name": "posix", "sep": "/", "linesep": "\n", "curdir": ".",
		"pardir": "..", "extsep": ".", "pathsep": ":", "devnull": "/dev/null", "defpath": "/bin:/usr/bin"} {
		d.SetStr(t, object.Intern(k), object.NewStrStatic(v))
	}
	d.SetStr(t, object.Intern("altsep"), object.None)
	env := object.NewDict(t)
	for _, kv := range goos.Environ() {
		k, v, ok := strings.Cut(kv, "=")
		if !ok {
			continue
		}
		ko, vo := object.FSDecode(t, k), object.FSDecode(t, v)
		err := env.SetItem(t, ko, vo)
		t.Decref(ko)
		t.Decref(vo)
		if err != nil {
			t.Decref(env.Obj())
			t.Decref(m.Obj())
			return nil, err
		}
	}
	getenv := object.NewBuiltinFunction(t, &getenvDef, env.Obj())
	set("environ", env.Obj())
	set("getenv", &getenv.Object)
	path, err := st.Import("os.path")
	if err != nil {
		t.Decref(m.Obj())
		return nil, err
	}
	set("path", path)
	return m.Obj(), nil
}
