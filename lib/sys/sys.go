// Package sys implements the sys module.
package sys

import (
	"io"
	"math"
	"runtime"
	"slices"
	"time"

	"golang.org/x/term"

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
	fn("_getframe", vm.GetFrame),
	fn("_current_frames", vm.CurrentFrames),
	fn("_current_exceptions", vm.CurrentExceptions),
	fn("settrace", vm.SetTrace),
	fn("gettrace", vm.GetTrace),
	fn("setprofile", vm.SetProfile),
	fn("getprofile", vm.GetProfile),
	fn("call_tracing", vm.CallTracing),
	fn("getrecursionlimit", func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		return object.NewInt(t, int64(vm.StateOf(t).Interp().RecursionLimit())), nil
	}),
	fn("setrecursionlimit", func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, "setrecursionlimit", args, kw, 1, 1); err != nil {
			return nil, err
		}
		n, err := asCInt(t, args[0])
		if err != nil {
			return nil, err
		}
		if n < 1 {
			return nil, t.Errorf(object.ValueErrorType, "recursion limit must be greater or equal than 1")
		}
		// CPython counts this call as one level above the caller's.
		if depth := t.Depth + 1; depth >= int(n) {
			return nil, t.Errorf(object.RecursionErrorType,
				"cannot set the recursion limit to %d at the recursion depth %d: the limit is too low", n, depth)
		}
		vm.StateOf(t).Interp().SetRecursionLimit(int(n))
		return object.None, nil
	}),
	fn("_is_gil_enabled", func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		return object.NewBool(object.GILEnabled()), nil
	}),
	fn("getswitchinterval", func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, "getswitchinterval", args, kw, 0, 0); err != nil {
			return nil, err
		}
		return object.NewFloat(t, object.SwitchInterval().Seconds()), nil
	}),
	fn("setswitchinterval", func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, "setswitchinterval", args, kw, 1, 1); err != nil {
			return nil, err
		}
		secs, err := object.RealArg(t, args[0])
		if err != nil {
			return nil, err
		}
		if !(secs > 0) {
			return nil, t.Errorf(object.ValueErrorType, "switch interval must be strictly positive")
		}
		// CPython keeps the interval in whole microseconds, at least one.
		us := max(int64(secs*1e6), 1)
		object.SetSwitchInterval(time.Duration(us) * time.Microsecond)
		return object.None, nil
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
		tb := object.ExceptionTraceback(t, object.Cast[object.Exception](e))
		info := object.NewTupleRefs(t, object.TypeOf(e), e, tb).Obj()
		t.Decref(tb) // ExceptionTraceback's reference: the tuple took its own
		return info, nil
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
	for _, list := range [][]object.MethodDef{funcs, intDigitsFuncs, sizeofFuncs} {
		for i := range list {
			d.SetStr(t, object.Intern(list[i].Name), object.NewStaticBuiltin(&list[i]))
		}
	}
	argv := make([]*object.Object, len(in.Argv))
	for i, a := range in.Argv {
		argv[i] = object.FSDecode(t, a)
	}
	set("argv", object.NewList(t, argv).Obj())
	path := make([]*object.Object, len(in.Path))
	for i, p := range in.Path {
		path[i] = object.FSDecode(t, p)
	}
	set("path", object.NewList(t, path).Obj())
	d.SetStr(t, object.Intern("modules"), in.Modules.Obj())
	// The hook is immortal: SetStr's reference is all each name needs.
	d.SetStr(t, object.Intern("unraisablehook"), vm.UnraisableHookFunc)
	d.SetStr(t, object.Intern("__unraisablehook__"), vm.UnraisableHookFunc)
	d.SetStr(t, object.Intern("displayhook"), vm.DisplayHookFunc)
	d.SetStr(t, object.Intern("__displayhook__"), vm.DisplayHookFunc)
	set("version", object.NewStr(t, "3.11.0 (ftpy, free threaded) [Go "+runtime.Version()+"]"))
	set("version_info", object.NewTupleRefs(t, object.NewInt(t, 3), object.NewInt(t, 11), object.SmallInt(0),
		object.NewStrStatic("final"), object.SmallInt(0)).Obj())
	set("platform", object.NewStr(t, runtime.GOOS))
	set("byteorder", object.NewStr(t, "little"))
	set("maxsize", object.NewInt(t, 1<<63-1))
	// sys.__stdout__ and friends keep the original streams; print and
	// tracebacks write to the interpreter's streams directly while
	// sys.stdout is still the original.
	for _, s := range []struct {
		name, mode string
		r          io.Reader
		w          io.Writer
		fd         int
	}{{"stdout", "w", nil, in.Stdout, 1}, {"stderr", "w", nil, in.Stderr, 2}, {"stdin", "r", in.StdinReader(), nil, 0}} {
		errors := vm.StdioErrors()
		if s.name == "stderr" {
			errors = "backslashreplace"
		}
		f := vm.NewFile(t, "<"+s.name+">", s.mode, s.r, s.w, nil, errors)
		tty := false
		if in.StdioFDs {
			// A closed descriptor leaves the stream without a raw file.
			if err := vm.SetStdRaw(t, f, s.fd); err != nil {
				t.DropError(err)
			}
			tty = term.IsTerminal(s.fd)
		}
		vm.SetTextFlags(f, !in.Flags.Unbuffered && (tty || s.name == "stderr"), in.Flags.Unbuffered)
		d.SetStr(t, object.Intern("__"+s.name+"__"), f)
		set(s.name, f)
	}
	d.SetStr(t, object.Intern("breakpointhook"), breakpointHookFunc)
	d.SetStr(t, object.Intern("__breakpointhook__"), breakpointHookFunc)
	d.SetStr(t, object.Intern("excepthook"), vm.Excepthook)
	d.SetStr(t, object.Intern("__excepthook__"), vm.Excepthook)
	xo := object.NewDict(t)
	names := make([]string, 0, len(in.XOptions))
	for name := range in.XOptions {
		names = append(names, name)
	}
	slices.Sort(names) // Go maps have no order; the command line's is lost
	for _, name := range names {
		v := in.XOptions[name]
		val := object.True
		if v != "" {
			val = object.NewStr(t, v)
		}
		xo.SetStr(t, object.Intern(name), val)
		t.Decref(val)
	}
	set("_xoptions", xo.Obj())
	set("flags", newFlags(st))
	setLibAttrs(st, d)
	setRuntimeAttrs(st, d)
	return m.Obj(), nil
}

// flagsType is sys.flags' type: CPython 3.11's fields in its order,
// then ftpy's own gil (1 when the runtime was started with a GIL), a
// named field outside the sequence.
var flagsType = object.NewStructSeqType(&object.StructSeqDesc{Name: "sys.flags",
	Doc: "Flags provided through command line arguments or environment vars.",
	Fields: fields("debug", "inspect", "interactive", "optimize", "dont_write_bytecode",
		"no_user_site", "no_site", "ignore_environment", "verbose", "bytes_warning", "quiet",
		"hash_randomization", "isolated", "dev_mode", "utf8_mode", "warn_default_encoding",
		"safe_path", "int_max_str_digits", "gil"),
	NInSequence: 18})

// newFlags returns sys.flags: the command-line flags, with the values
// of those ftpy has no use for fixed as ftpy behaves (bytecode is never
// written, UTF-8 mode is always on, str hashes are not randomised).
func newFlags(st *vm.State) *object.Object {
	t := st.Thread()
	fl := st.Interp().Flags
	n := func(v int) *object.Object { return object.NewInt(t, int64(v)) }
	b := func(v bool) *object.Object {
		if v {
			return n(1)
		}
		return n(0)
	}
	return object.NewStructSeq(t, flagsType, []*object.Object{
		n(0), b(fl.Inspect), n(0), n(fl.Optimize), n(1),
		b(fl.NoUserSite || fl.Isolated), b(fl.NoSite), b(fl.IgnoreEnvironment || fl.Isolated),
		n(fl.Verbose), n(fl.BytesWarning), b(fl.Quiet),
		n(0), b(fl.Isolated), object.False, n(1), n(0),
		object.NewBool(fl.SafePath || fl.Isolated), n(object.MaxStrDigitsFlag()), b(object.GILEnabled()),
	})
}

// asCInt converts o with __index__ to a C int's range, as CPython's "i"
// argument format does.
func asCInt(t *object.Thread, o *object.Object) (int64, error) {
	n, err := object.AsInt64(t, o)
	if err != nil {
		if object.ErrorMatches(err, object.OverflowErrorType) {
			return 0, t.Errorf(object.OverflowErrorType, "Python int too large to convert to C int")
		}
		return 0, err
	}
	if n > math.MaxInt32 || n < math.MinInt32 {
		return 0, t.Errorf(object.OverflowErrorType, "Python int too large to convert to C int")
	}
	return n, nil
}
