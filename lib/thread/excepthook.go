package thread

import (
	"strconv"
	"strings"

	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/vm"
)

// exceptHookArgsType is _thread._ExceptHookArgs, what threading passes
// to threading.excepthook. Without it threading falls back to a Python
// hook printing through the traceback module, which lacks the "Did you
// mean" hints CPython's C hook prints.
var exceptHookArgsType = object.NewStructSeqType(&object.StructSeqDesc{
	Name: "_thread._ExceptHookArgs",
	Doc:  "_ExceptHookArgs\n\nThe arguments of threading.excepthook.",
	Fields: object.StructSeqFields(
		"exc_type", "type of the uncaught exception",
		"exc_value", "the uncaught exception (or None)",
		"exc_traceback", "its traceback (or None)",
		"thread", "the thread that raised it (or None)"),
	NInSequence: 4,
})

var strStderr, strPrivStderr = object.Intern("stderr"), object.Intern("_stderr")

// excepthook is _thread._excepthook(args), threading's default
// excepthook: "Exception in thread NAME:" and the traceback, on
// sys.stderr, or on the thread's _stderr (sys.stderr when it started)
// when sys.stderr is None. SystemExit is silent.
func excepthook(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if err := object.CheckArgCount(t, "_excepthook", args, kw, 1, 1); err != nil {
		return nil, err
	}
	if args[0].Type() != exceptHookArgsType {
		return nil, t.Errorf(object.TypeErrorType, "_thread._excepthook argument type must be ExceptHookArgs")
	}
	item := func(i int) *object.Object { return object.StructSeqItem(args[0], i) }
	typ, value, thread := item(0), item(1), item(3)
	if typ == object.SystemExitType.Obj() {
		return object.None, nil
	}
	st := vm.StateOf(t)
	var file *object.Object // nil: sys.stderr
	if sys := st.Interp().Modules.GetStr(object.Intern("sys")); sys != nil {
		f, err := object.GetAttr(t, sys, strStderr)
		if err != nil {
			t.DropError(err)
			f = object.None
		}
		defer t.Decref(f)
		if f == object.None {
			if thread == object.None {
				return object.None, nil
			}
			file, err = object.GetAttr(t, thread, strPrivStderr)
			if err != nil {
				return nil, err
			}
			defer t.Decref(file)
			if file == object.None {
				return object.None, nil
			}
		}
	}
	name := strconv.FormatUint(t.ID(), 10)
	if thread != object.None {
		n, err := object.GetAttrString(t, thread, "name")
		if err != nil {
			return nil, err
		}
		s, err := object.StrString(t, n)
		t.Decref(n)
		if err != nil {
			return nil, err
		}
		name = s
	}
	var b strings.Builder
	b.WriteString("Exception in thread " + name + ":\n")
	if object.IsInstance(value, object.BaseExceptionType) {
		st.WriteTraceback(&b, object.Cast[object.Exception](value))
	} else {
		b.WriteString("TypeError: print_exception(): Exception expected for value, " + value.Type().Name + " found\n")
	}
	st.Interp().Flush()
	if file == nil {
		st.WriteStderr(b.String())
		return object.None, nil
	}
	s := object.NewStr(t, b.String())
	defer t.Decref(s)
	for _, call := range []struct {
		name string
		args []*object.Object
	}{{"write", []*object.Object{s}}, {"flush", nil}} {
		r, err := vm.CallMethod(t, file, call.name, call.args...)
		if err != nil {
			return nil, err
		}
		t.Decref(r)
	}
	return object.None, nil
}
