// Package os implements the os module's portable core (environment,
// working directory, directory listing and creation, removal, renaming)
// and, in path.go, os.path with posixpath's semantics.
package os

import (
	goos "os"
	"runtime"
	"strings"
	"syscall"

	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/vm"
)

func init() {
	vm.RegisterModule("os", newModule)
	vm.RegisterModule("os.path", newPathModule)
}

type args = []*object.Object

func fn(name string, f object.CFunc) object.MethodDef { return object.MethodDef{Name: name, Fn: f} }

// osPath is a path argument as the OS takes it: its bytes (a str is
// encoded as os.fsencode does), and whether it was given as bytes, which
// decides the type of the names a function returns and of the
// exception's filename.
type osPath struct {
	p       string
	isBytes bool
}

// name returns the path as the object an exception's filename holds.
func (p osPath) name(t *object.Thread) *object.Object { return object.NewOSName(t, p.p, p.isBytes) }

// osError converts a Go error from a file operation into the OSError
// subclass python3 raises for its errno, naming the files involved.
func osError(t *object.Thread, err error, paths ...osPath) error {
	names := make([]*object.Object, len(paths))
	for i, p := range paths {
		names[i] = p.name(t)
	}
	e := object.OSErrorFromGoNames(t, err, names...)
	for _, n := range names {
		t.Decref(n)
	}
	return e
}

// pathArg returns a path argument (str, bytes or os.PathLike), with
// python3's TypeError for other types and ValueError for a NUL byte,
// which no OS path can hold.
func pathArg(t *object.Thread, fname string, o *object.Object, allowNone bool) (osPath, error) {
	p, isBytes, ok, err := object.FSPath(t, o)
	if err != nil {
		return osPath{}, err
	}
	if !ok {
		if allowNone {
			return osPath{}, t.Errorf(object.TypeErrorType, "%s: path should be string, bytes, os.PathLike, integer or None, not %s", fname, o.Type().Name)
		}
		return osPath{}, t.Errorf(object.TypeErrorType, "%s: path should be string, bytes or os.PathLike, not %s", fname, o.Type().Name)
	}
	if strings.IndexByte(p, 0) >= 0 {
		if isBytes {
			return osPath{}, t.Errorf(object.ValueErrorType, "%s: embedded null character in path", fname)
		}
		return osPath{}, t.Errorf(object.ValueErrorType, "embedded null byte")
	}
	return osPath{p, isBytes}, nil
}

func onePath(name string, f func(t *object.Thread, p osPath) (*object.Object, error)) object.MethodDef {
	return fn(name, func(t *object.Thread, _ *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
		var po *object.Object
		if err := object.ParseArgs(t, name, a, kw, []string{"path"}, 1, &po); err != nil {
			return nil, err
		}
		p, err := pathArg(t, name, po, false)
		if err != nil {
			return nil, err
		}
		return f(t, p)
	})
}

func mkdir(t *object.Thread, p osPath, mode int64) error {
	if err := syscall.Mkdir(p.p, uint32(mode)); err != nil {
		return osError(t, err, p)
	}
	return nil
}

func isDir(p string) bool {
	fi, err := goos.Stat(p)
	return err == nil && fi.IsDir()
}

func exists(p string) bool {
	_, err := goos.Stat(p)
	return err == nil
}

// makedirs creates p and its missing parents, as os.makedirs does.
func makedirs(t *object.Thread, path osPath, mode int64, existOK bool) error {
	p := path.p
	head, tail := split(p)
	if tail == "" {
		head, tail = split(head)
	}
	if head != "" && tail != "" && !exists(head) {
		if err := makedirs(t, osPath{head, path.isBytes}, mode, existOK); err != nil {
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
	fn("getcwd", func(t *object.Thread, _ *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, "getcwd", a, kw, 0, 0); err != nil {
			return nil, err
		}
		d, err := goos.Getwd()
		if err != nil {
			return nil, osError(t, err)
		}
		return object.FSDecode(t, d), nil
	}),
	fn("getcwdb", func(t *object.Thread, _ *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, "getcwdb", a, kw, 0, 0); err != nil {
			return nil, err
		}
		d, err := goos.Getwd()
		if err != nil {
			return nil, osError(t, err)
		}
		return object.NewBytes(t, []byte(d)), nil
	}),
	onePath("chdir", func(t *object.Thread, p osPath) (*object.Object, error) {
		if err := syscall.Chdir(p.p); err != nil {
			return nil, osError(t, err, p)
		}
		return object.None, nil
	}),
	fn("getpid", func(t *object.Thread, _ *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, "getpid", a, kw, 0, 0); err != nil {
			return nil, err
		}
		return object.NewInt(t, int64(goos.Getpid())), nil
	}),
	fn("getppid", func(t *object.Thread, _ *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, "getppid", a, kw, 0, 0); err != nil {
			return nil, err
		}
		return object.NewInt(t, int64(goos.Getppid())), nil
	}),
	fn("cpu_count", func(t *object.Thread, _ *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, "cpu_count", a, kw, 0, 0); err != nil {
			return nil, err
		}
		return object.NewInt(t, int64(runtime.NumCPU())), nil
	}),
	fn("listdir", func(t *object.Thread, _ *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
		var po *object.Object
		if err := object.ParseArgs(t, "listdir", a, kw, []string{"path"}, 0, &po); err != nil {
			return nil, err
		}
		p := osPath{p: "."}
		if po != nil && po != object.None {
			var err error
			if p, err = pathArg(t, "listdir", po, true); err != nil {
				return nil, err
			}
		}
		t.Detach()
		f, err := goos.Open(p.p)
		var names []string
		if err == nil {
			names, err = f.Readdirnames(-1)
			f.Close()
		}
		t.Attach()
		if err != nil {
			return nil, osError(t, err, p)
		}
		items := make([]*object.Object, len(names))
		for i, n := range names {
			items[i] = object.NewOSName(t, n, p.isBytes)
		}
		return object.NewList(t, items).Obj(), nil
	}),
	fn("mkdir", func(t *object.Thread, _ *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
		var po, mo *object.Object
		if err := object.ParseArgs(t, "mkdir", a, kw, []string{"path", "mode"}, 1, &po, &mo); err != nil {
			return nil, err
		}
		p, err := pathArg(t, "mkdir", po, false)
		if err != nil {
			return nil, err
		}
		mode := int64(0o777)
		if mo != nil {
			if mode, err = object.AsInt64(t, mo); err != nil {
				return nil, err
			}
		}
		if err := mkdir(t, p, mode); err != nil {
			return nil, err
		}
		return object.None, nil
	}),
	fn("makedirs", func(t *object.Thread, _ *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
		var po, mo, eo *object.Object
		if err := object.ParseArgs(t, "makedirs", a, kw, []string{"name", "mode", "exist_ok"}, 1, &po, &mo, &eo); err != nil {
			return nil, err
		}
		p, err := pathArg(t, "mkdir", po, false)
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
	onePath("remove", func(t *object.Thread, p osPath) (*object.Object, error) {
		if err := syscall.Unlink(p.p); err != nil {
			return nil, osError(t, err, p)
		}
		return object.None, nil
	}),
	onePath("unlink", func(t *object.Thread, p osPath) (*object.Object, error) {
		if err := syscall.Unlink(p.p); err != nil {
			return nil, osError(t, err, p)
		}
		return object.None, nil
	}),
	onePath("rmdir", func(t *object.Thread, p osPath) (*object.Object, error) {
		if err := syscall.Rmdir(p.p); err != nil {
			return nil, osError(t, err, p)
		}
		return object.None, nil
	}),
	fn("rename", func(t *object.Thread, _ *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
		var so, do *object.Object
		if err := object.ParseArgs(t, "rename", a, kw, []string{"src", "dst"}, 2, &so, &do); err != nil {
			return nil, err
		}
		src, err := pathArg(t, "rename", so, false)
		if err != nil {
			return nil, err
		}
		dst, err := pathArg(t, "rename", do, false)
		if err != nil {
			return nil, err
		}
		if err := syscall.Rename(src.p, dst.p); err != nil {
			return nil, osError(t, err, src, dst)
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
	for _, defs := range [][]object.MethodDef{funcs, fsFuncs} {
		for i := range defs {
			d.SetStr(t, object.Intern(defs[i].Name), object.NewStaticBuiltin(&defs[i]))
		}
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
