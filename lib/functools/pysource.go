package functools

import (
	_ "embed"

	"github.com/ftpy/ftpy/compile"
	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/syntax"
	"github.com/ftpy/ftpy/vm"
)

// source defines the parts of functools written in Python.
//
//go:embed functools.py
var source []byte

// runSource executes functools.py in the module namespace d.
func runSource(st *vm.State, d *object.Dict) error {
	t := st.Thread()
	mod, err := syntax.ParseFile("<frozen functools>", source)
	if err != nil {
		return t.Errorf(object.SystemErrorType, "functools: %v", err)
	}
	code, err := compile.File(t, "<frozen functools>", mod, compile.ExecMode)
	if err != nil {
		return t.Errorf(object.SystemErrorType, "functools: %v", err)
	}
	r, err := st.RunCode(code, d, nil)
	if err != nil {
		return err
	}
	t.Decref(r)
	return nil
}
