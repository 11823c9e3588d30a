// This file implements sys.displayhook, which shows the value of an
// expression statement in interactive mode (and in code compiled in
// "single" mode); programs and tests replace it to capture the values.

package vm

import (
	"io"

	"github.com/ftpy/ftpy/object"
)

var (
	strDisplayHook = object.Intern("displayhook")
	strUnderscore  = object.Intern("_")
)

var displayHookDef = object.MethodDef{Name: "displayhook", Fn: DefaultDisplayHook,
	Doc: "Print repr(value) on sys.stdout and keep value in builtins._ (None is not shown)."}

// DisplayHookFunc is the function sys.displayhook and sys.__displayhook__
// start as.
var DisplayHookFunc = object.NewStaticBuiltin(&displayHookDef)

// DefaultDisplayHook is sys.__displayhook__(value).
func DefaultDisplayHook(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if err := object.CheckArgCount(t, "sys.displayhook", args, kw, 1, 1); err != nil {
		return nil, err
	}
	v := args[0]
	if v == object.None {
		return object.None, nil
	}
	st := stateOf(t)
	// As CPython: _ is None while repr runs, so that a repr that reads
	// _ does not see the previous value.
	st.interp.Builtins.SetStr(t, strUnderscore, object.None)
	s, err := object.ReprString(t, v)
	if err != nil {
		return nil, err
	}
	out := st.sysStream(stdoutStream)
	switch out {
	case object.None:
		return nil, t.Errorf(object.RuntimeErrorType, "lost sys.stdout")
	case nil:
		io.WriteString(st.interp.Stdout, s+"\n")
	default:
		if err := writeTo(t, out, s+"\n", false); err != nil {
			return nil, err
		}
	}
	st.interp.Builtins.SetStr(t, strUnderscore, v)
	return object.None, nil
}

// printExpr runs sys.displayhook on an expression statement's value
// (PRINT_EXPR).
func (st *State) printExpr(v *object.Object) error {
	t := st.t
	sys := st.interp.Modules.GetStr(strSys)
	var hook *object.Object
	if sys != nil && IsModule(sys) {
		hook = object.Cast[Module](sys).Dict.GetStrRef(t, strDisplayHook)
	}
	if hook == nil {
		return t.Errorf(object.RuntimeErrorType, "lost sys.displayhook")
	}
	defer t.Decref(hook)
	r, err := object.Call(t, hook, []*object.Object{v}, nil)
	if err != nil {
		return err
	}
	t.Decref(r)
	return nil
}
