// Package typingmodule implements _typing, CPython 3.11's small C
// accelerator under typing.py: only _idfunc, the identity function that
// typing.NewType's instances are made of. (TypeVar and the other typing
// classes are in typing.py itself in 3.11.)
package typingmodule

import (
	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/vm"
)

func init() { vm.RegisterModule("_typing", newModule) }

var funcs = []object.MethodDef{
	{Name: "_idfunc", Fn: idfunc},
}

// idfunc returns its one argument unchanged.
func idfunc(t *object.Thread, _ *object.Object, args []*object.Object, kwnames *object.Tuple) (*object.Object, error) {
	if kwnames != nil && len(kwnames.Items) > 0 {
		return nil, t.Errorf(object.TypeErrorType, "_typing._idfunc() takes no keyword arguments")
	}
	if len(args) != 1 {
		return nil, t.Errorf(object.TypeErrorType, "_typing._idfunc() takes exactly one argument (%d given)", len(args))
	}
	return t.NewRef(args[0]), nil
}

func newModule(st *vm.State) (*object.Object, error) {
	t := st.Thread()
	m := st.NewModule("_typing")
	m.Dict.SetStr(t, object.Intern("__doc__"), object.NewStr(t, "Primitives and accelerators for the typing module.\n"))
	for i := range funcs {
		m.Dict.SetStr(t, object.Intern(funcs[i].Name), object.NewStaticBuiltin(&funcs[i]))
	}
	object.ClaimModuleFunctions(m.Dict, "_typing")
	return m.Obj(), nil
}
