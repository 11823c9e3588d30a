// Package typing implements the basics of the typing module in Python
// (typing.py), run when the module is first imported.
package typing

import (
	_ "embed"

	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/vm"
)

//go:embed typing.py
var source []byte

func init() { vm.RegisterModule("typing", newModule) }

func newModule(st *vm.State) (*object.Object, error) {
	return st.NewFrozenModule("typing", source)
}
