package collections

import (
	_ "embed"

	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/vm"
)

// source defines the dict subclasses of collections.py.
//
//go:embed collections.py
var source []byte

// runSource executes collections.py in the module namespace d.
func runSource(st *vm.State, d *object.Dict) error {
	return st.RunFrozen("collections", source, d)
}
