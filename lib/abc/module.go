// Package abc implements the abc module (abstract base classes) in Python
// (abc.py), run when the module is first imported.
package abc

import (
	_ "embed"

	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/vm"
)

//go:embed abc.py
var source []byte

func init() { vm.RegisterModule("abc", newModule) }

func newModule(st *vm.State) (*object.Object, error) {
	return st.NewFrozenModule("abc", source)
}
