// Package abc implements the abc module (abstract base classes) in Python
// (abc.py), run when the module is first imported.
package abc

import (
	_ "embed"

	"github.com/ftpy/ftpy/compile"
	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/syntax"
	"github.com/ftpy/ftpy/vm"
)

//go:embed abc.py
var source []byte

func init() { vm.RegisterModule("abc", newModule) }

func newModule(st *vm.State) (*object.Object, error) {
	t := st.Thread()
	m := st.NewModule("abc")
	mod, err := syntax.ParseFile("<frozen abc>", source)
	if err != nil {
		t.Decref(m.Obj())
		return nil, t.Errorf(object.SystemErrorType, "abc: %v", err)
	}
	code, err := compile.File(t, "<frozen abc>", mod, compile.ExecMode)
	if err != nil {
		t.Decref(m.Obj())
		return nil, t.Errorf(object.SystemErrorType, "abc: %v", err)
	}
	r, err := st.RunCode(code, m.Dict, nil)
	if err != nil {
		t.Decref(m.Obj())
		return nil, err
	}
	t.Decref(r)
	return m.Obj(), nil
}
