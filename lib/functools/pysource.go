package functools

import (
	_ "embed"

	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/vm"
)

// source defines the parts of functools written in Python.
//
//go:embed functools.py
var source []byte

// runSource executes functools.py in the module namespace d.
func runSource(st *vm.State, d *object.Dict) error {
	return st.RunFrozen("functools", source, d)
}
