// This file routes unraisable exceptions (raised in __del__, a weak
// reference callback, a generator's close at collection, ...) through
// sys.unraisablehook, as CPython's PyErr_WriteUnraisable does: a program
// (test.support.catch_unraisable_exception, for one) may replace the hook
// to see them.

package vm

import (
	"strings"

	"github.com/ftpy/ftpy/object"
)

// UnraisableHookArgsType is the type of the one argument sys.unraisablehook
// gets (CPython's UnraisableHookArgs struct sequence).
var UnraisableHookArgsType = object.NewStructSeqType(&object.StructSeqDesc{
	Name: "UnraisableHookArgs",
	Doc:  "Argument of sys.unraisablehook: the exception that could not be raised, what was running, and the object involved.",
	Fields: []object.StructSeqField{
		{Name: "exc_type"}, {Name: "exc_value"}, {Name: "exc_traceback"},
		{Name: "err_msg"}, {Name: "object"},
	},
	NInSequence: 5,
})

var strUnraisableHook = object.Intern("unraisablehook")

// DefaultUnraisableHook is sys.__unraisablehook__(unraisable): it prints
// "err_msg: repr(object)" and the exception's traceback on sys.stderr.
func DefaultUnraisableHook(t *object.Thread, _ *object.Object, args []*object.Object, kwnames *object.Tuple) (*object.Object, error) {
	if err := object.CheckArgCount(t, "unraisablehook", args, kwnames, 1, 1); err != nil {
		return nil, err
	}
	if args[0].Type() != UnraisableHookArgsType {
		return nil, t.Errorf(object.TypeErrorType, "sys.unraisablehook argument type must be UnraisableHookArgs")
	}
	field := func(i int) *object.Object {
		return object.Cast[object.Tuple](args[0]).Items[i]
	}
	var exc *object.Exception
	if v := field(1); object.IsSubtype(v.Type(), object.BaseExceptionType) {
		exc = object.Cast[object.Exception](v)
	}
	msg := ""
	if v := field(3); object.IsStr(v) {
		msg = object.StrValue(v)
	}
	stateOf(t).writeUnraisableDefault(exc, msg, field(4))
	return object.None, nil
}

// writeUnraisableDefault prints what CPython's default hook prints. what
// is "" and obj nil or None when absent.
func (st *State) writeUnraisableDefault(exc *object.Exception, what string, obj *object.Object) {
	t := st.t
	st.interp.Flush()
	var b strings.Builder
	msg := "Exception ignored in"
	if what != "" {
		msg = what
	}
	if obj != nil && obj != object.None {
		desc := "<" + obj.Type().Name + " object>"
		if r, e := object.ReprString(t, obj); e == nil {
			desc = r
		} else {
			t.DropError(e)
		}
		b.WriteString(msg + ": " + desc + "\n")
	} else if what != "" {
		b.WriteString(msg + ":\n")
	}
	if exc != nil {
		st.WriteUnraisableTraceback(&b, exc)
	}
	st.WriteStderr(b.String())
}

// userUnraisableHook returns sys.unraisablehook (a new reference) when the
// program has replaced the default; nil otherwise.
func (st *State) userUnraisableHook() *object.Object {
	sys := st.interp.Modules.GetStr(strSys)
	if sys == nil || !IsModule(sys) {
		return nil
	}
	hook := object.Cast[Module](sys).Dict.GetStrRef(st.t, strUnraisableHook)
	if hook == nil {
		return nil
	}
	if hook == UnraisableHookFunc {
		st.t.Decref(hook)
		return nil
	}
	return hook
}

var unraisableHookDef = object.MethodDef{Name: "unraisablehook", Fn: DefaultUnraisableHook,
	Doc: "Print an unraisable exception, as sys.unraisablehook does by default."}

// UnraisableHookFunc is the function sys.unraisablehook and
// sys.__unraisablehook__ start as.
var UnraisableHookFunc = object.NewStaticBuiltin(&unraisableHookDef)

// callUnraisableHook calls hook with the UnraisableHookArgs for exc;
// CPython's err_msg is what, or None when obj explains it alone.
func (st *State) callUnraisableHook(hook *object.Object, exc *object.Exception, what string, obj *object.Object) error {
	t := st.t
	msg := object.None // CPython's plain "Exception ignored in" is err_msg None
	if what != "" && what != "Exception ignored in" {
		msg = object.NewStr(t, what)
	}
	if obj == nil {
		obj = object.None
	}
	args := object.NewStructSeq(t, UnraisableHookArgsType, []*object.Object{
		t.NewRef(exc.Obj().Type().Obj()), t.NewRef(exc.Obj()), object.ExceptionTraceback(t, exc),
		msg, t.NewRef(obj),
	})
	defer t.Decref(args)
	r, err := object.Call(t, hook, []*object.Object{args}, nil)
	if err != nil {
		return err
	}
	t.Decref(r)
	return nil
}
