// Package typing implements the basics of the typing module in Python
// (typing.py), run when the module is first imported.
package typing

import (
	_ "embed"

	"github.com/ftpy/ftpy/compile"
	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/syntax"
	"github.com/ftpy/ftpy/vm"
)

//go:embed typing.py
var source []byte

func init() { vm.RegisterModule("typing", newModule) }

func newModule(st *vm.State) (*object.Object, error) {
	t := st.Thread()
	m := st.NewModule("typing")
	mod, err := syntax.ParseFile("<frozen typing>", source)
	if err != nil {
		t.Decref(m.Obj())
		return nil, t.Errorf(object.SystemErrorType, "typing: %v", err)
	}
	code, err := compile.File(t, "<frozen typing>", mod, compile.ExecMode)
	if err != nil {
		t.Decref(m.Obj())
		return nil, t.Errorf(object.SystemErrorType, "typing: %v", err)
	}
	r, err := st.RunCode(code, m.Dict, nil)
	if err != nil {
		t.Decref(m.Obj())
		return nil, err
	}
	t.Decref(r)
	return m.Obj(), nil
}
