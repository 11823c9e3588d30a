// Package sys implements the sys module.
package sys

import (
	"io"
	"runtime"

	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/vm"
)

func init() { vm.RegisterModule("sys", newModule) }

func fn(name string, f object.CFunc) object.MethodDef { return object.MethodDef{Name: name, Fn: f} }

var funcs = []object.MethodDef{
	fn("getrefcount", func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, "getrefcount", args, kw, 1, 1); err != nil {
			return nil, err
		}
		// CPython counts the argument's own reference too.
		return object.NewInt(t, t.RefCount(args[0])+1), nil
	}),
	fn("exit", vm.Exit),
	fn("getrecursionlimit", func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		return object.NewInt(t, int64(vm.StateOf(t).Interp().RecursionLimit)), nil
	}),
	fn("setrecursionlimit", func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, "setrecursionlimit", args, kw, 1, 1); err != nil {
			return nil, err
		}
		n, err := object.AsInt64(t, args[0])
		if err != nil {
			return nil, err
		}
		if n < 1 {
			return nil, t.Errorf(object.ValueErrorType, "recursion limit must be greater or equal than 1")
		}
		vm.StateOf(t).Interp().RecursionLimit = int(n)
		return object.None, nil
	}),
	fn("_is_gil_enabled", func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		return object.NewBool(object.GILEnabled()), nil
	}),
	fn("intern", func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, "intern", args, kw, 1, 1); err != nil {
			return nil, err
		}
		if args[0].Type() != object.StrType {
			return nil, t.Errorf(object.TypeErrorType, "intern() argument must be str, not %s", args[0].Type().Name)
		}
		return object.Intern(object.StrValue(args[0])).Obj(), nil
	}),
	fn("exc_info", func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		e := vm.StateOf(t).Handled()
		if e == nil {
			return object.NewTupleRefs(t, object.None, object.None, object.None).Obj(), nil
		}
		return object.NewTupleRefs(t, object.TypeOf(e), e, object.None).Obj(), nil
	}),
}

func newModule(st *vm.State) (*object.Object, error) {
	t := st.Thread()
	in := st.Interp()
	m := st.NewModule("sys")
	d := m.Dict
	set := func(name string, v *object.Object) {
		d.SetStr(t, object.Intern(name), v)
		t.Decref(v)
	}
	for i := range funcs {
		d.SetStr(t, object.Intern(funcs[i].Name), object.NewStaticBuiltin(&funcs[i]))
	}
	argv := make([]*object.Object, len(in.Argv))
	for i, a := range in.Argv {
		argv[i] = object.NewStr(t, a)
	}
	set("argv", object.NewList(t, argv).Obj())
	path := make([]*object.Object, len(in.Path))
	for i, p := range in.Path {
		path[i] = object.NewStr(t, p)
	}
	set("path", object.NewList(t, path).Obj())
	d.SetStr(t, object.Intern("modules"), in.Modules.Obj())
	set("version", object.NewStr(t, "3.11.0 (ftpy, free-threaded) [Go "+runtime.Version()+"]"))
	set("version_info", object.NewTupleRefs(t, object.NewInt(t, 3), object.NewInt(t, 11), object.SmallInt(0),
		object.NewStrStatic("final"), object.SmallInt(0)).Obj())
	set("platform", object.NewStr(t, runtime.GOOS))
	set("byteorder", object.NewStr(t, "little"))
	set("maxsize", object.NewInt(t, 1<<63-1))
	set("executable", object.NewStr(t, "ftpy"))
	var builtinNames []*object.Object
	for _, name := range vm.ModuleNames() {
		builtinNames = append(builtinNames, object.NewStr(t, name))
	}
	set("builtin_module_names", object.NewTuple(t, builtinNames).Obj())
	// sys.__stdout__ and friends keep the original streams; print and
	// tracebacks write to the interpreter's streams directly while
	// sys.stdout is still the original.
	for _, s := range []struct {
		name, mode string
		r          io.Reader
		w          io.Writer
	}{{"stdout", "w", nil, in.Stdout}, {"stderr", "w", nil, in.Stderr}, {"stdin", "r", in.Stdin, nil}} {
		f := vm.NewFile(t, "<"+s.name+">", s.mode, s.r, s.w, nil)
		d.SetStr(t, object.Intern("__"+s.name+"__"), f)
		set(s.name, f)
	}
	impl := st.NewModule("implementation")
	impl.Dict.SetStr(t, object.Intern("name"), object.NewStrStatic("ftpy"))
	set("implementation", impl.Obj())
	return m.Obj(), nil
}
