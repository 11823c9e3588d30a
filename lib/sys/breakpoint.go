// This file is sys.breakpointhook, which builtins.breakpoint() calls: it
// runs the debugger PYTHONBREAKPOINT names (pdb.set_trace by default;
// "0" turns breakpoint() off), looked up on each call as in CPython.

package sys

import (
	"os"
	"strings"

	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/vm"
)

var breakpointHookDef = object.MethodDef{Name: "breakpointhook", Fn: breakpointHook}

// breakpointHookFunc is sys.breakpointhook and sys.__breakpointhook__.
var breakpointHookFunc = object.NewStaticBuiltin(&breakpointHookDef)

func breakpointHook(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	st := vm.StateOf(t)
	target := ""
	if fl := st.Interp().Flags; !fl.IgnoreEnvironment && !fl.Isolated {
		target = os.Getenv("PYTHONBREAKPOINT")
	}
	switch target {
	case "":
		target = "pdb.set_trace"
	case "0":
		return object.None, nil // breakpoint() is off
	}
	modName, attr := "builtins", target
	if i := strings.LastIndexByte(target, '.'); i >= 0 {
		modName, attr = target[:i], target[i+1:]
	}
	hook, err := importHook(st, modName, attr)
	if err != nil {
		if !object.ErrorMatches(err, object.ImportErrorType) && !object.ErrorMatches(err, object.AttributeErrorType) {
			return nil, err
		}
		// A hook that cannot be found is only warned about.
		t.DropError(err)
		if err := runtimeWarning(st, "Ignoring unimportable $PYTHONBREAKPOINT: \""+target+"\""); err != nil {
			return nil, err
		}
		return object.None, nil
	}
	defer t.Decref(hook)
	return object.Call(t, hook, args, kw)
}

// importHook returns module.attr.
func importHook(st *vm.State, module, attr string) (*object.Object, error) {
	if module == "" || attr == "" {
		// "name." or ".name": CPython's import of "" fails the same way.
		return nil, st.Thread().Errorf(object.ImportErrorType, "invalid hook %q", module+"."+attr)
	}
	m, err := st.Import(module)
	if err != nil {
		return nil, err
	}
	defer st.Thread().Decref(m)
	return object.GetAttrString(st.Thread(), m, attr)
}

// runtimeWarning issues a RuntimeWarning through the Lib's warnings.
func runtimeWarning(st *vm.State, msg string) error {
	t := st.Thread()
	w, err := st.Import("warnings")
	if err != nil {
		return err
	}
	defer t.Decref(w)
	warn, err := object.GetAttrString(t, w, "warn")
	if err != nil {
		return err
	}
	defer t.Decref(warn)
	text := object.NewStr(t, msg)
	defer t.Decref(text)
	r, err := object.Call(t, warn, []*object.Object{text, object.RuntimeWarningType.Obj()}, nil)
	if err != nil {
		return err
	}
	t.Decref(r)
	return nil
}
