// This file is builtins.breakpoint(): it hands its arguments to
// sys.breakpointhook, which picks the debugger.

package vm

import "github.com/ftpy/ftpy/object"

var strBreakpointHook = object.Intern("breakpointhook")

func builtinBreakpoint(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	st := stateOf(t)
	sys := st.interp.Modules.GetStr(strSys)
	var hook *object.Object
	if sys != nil && IsModule(sys) {
		hook = object.Cast[Module](sys).Dict.GetStrRef(t, strBreakpointHook)
	}
	if hook == nil {
		return nil, t.Errorf(object.RuntimeErrorType, "lost sys.breakpointhook")
	}
	defer t.Decref(hook)
	return object.Call(t, hook, args, kw)
}
