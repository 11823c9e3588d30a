// Package contextlib implements the contextlib module in Python
// (contextlib.py), run when the module is first imported.
package contextlib

import (
	_ "embed"

	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/vm"
)

//go:embed contextlib.py
var source []byte

func init() { vm.RegisterModule("contextlib", newModule) }

func newModule(st *vm.State) (*object.Object, error) {
	return st.NewFrozenModule("contextlib", source)
}
