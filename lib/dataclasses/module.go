// Package dataclasses implements the dataclasses module (data classes) in Python
// (dataclasses.py), run when the module is first imported.
package dataclasses

import (
	_ "embed"

	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/vm"
)

//go:embed dataclasses.py
var source []byte

func init() { vm.RegisterModule("dataclasses", newModule) }

func newModule(st *vm.State) (*object.Object, error) {
	return st.NewFrozenModule("dataclasses", source)
}
