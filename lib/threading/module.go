// Package threading implements the threading module in Python
// (threading.py), run when the module is first imported.
package threading

import (
	_ "embed"

	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/vm"
)

//go:embed threading.py
var source []byte

func init() { vm.RegisterModule("threading", newModule) }

func newModule(st *vm.State) (*object.Object, error) {
	return st.NewFrozenModule("threading", source)
}
