// Package contextlib implements the contextlib module in Python
// (contextlib.py), run when the module is first imported.
package contextlib

import (
	_ "embed"

	"github.com/ftpy/ftpy/compile"
	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/syntax"
	"github.com/ftpy/ftpy/vm"
)

//go:embed contextlib.py
var source []byte

func init() { vm.RegisterModule("contextlib", newModule) }

func newModule(st *vm.State) (*object.Object, error) {
	t := st.Thread()
	m := st.NewModule("contextlib")
	mod, err := syntax.ParseFile("<frozen contextlib>", source)
	if err != nil {
		t.Decref(m.Obj())
		return nil, t.Errorf(object.SystemErrorType, "contextlib: %v", err)
	}
	code, err := compile.File(t, "<frozen contextlib>", mod, compile.ExecMode)
	if err != nil {
		t.Decref(m.Obj())
		return nil, t.Errorf(object.SystemErrorType, "contextlib: %v", err)
	}
	r, err := st.RunCode(code, m.Dict, nil)
	if err != nil {
		t.Decref(m.Obj())
		return nil, err
	}
	t.Decref(r)
	return m.Obj(), nil
}
