package collections

import (
	_ "embed"

	"github.com/ftpy/ftpy/compile"
	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/syntax"
	"github.com/ftpy/ftpy/vm"
)

// source defines the dict subclasses of collections.py.
//
//go:embed collections.py
var source []byte

// runSource executes collections.py in the module namespace d.
func runSource(st *vm.State, d *object.Dict) error {
	t := st.Thread()
	mod, err := syntax.ParseFile("<frozen collections>", source)
	if err != nil {
		return t.Errorf(object.SystemErrorType, "collections: %v", err)
	}
	code, err := compile.File(t, "<frozen collections>", mod, compile.ExecMode)
	if err != nil {
		return t.Errorf(object.SystemErrorType, "collections: %v", err)
	}
	r, err := st.RunCode(code, d, nil)
	if err != nil {
		return err
	}
	t.Decref(r)
	return nil
}
