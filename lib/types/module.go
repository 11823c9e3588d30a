// Package types implements the types module in Python (types.py), run
// when the module is first imported: the names of the interpreter's
// built-in types, SimpleNamespace, and the class-creation helpers.
package types

import (
	_ "embed"

	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/vm"
)

//go:embed types.py
var source []byte

func init() { vm.RegisterModule("types", newModule) }

func newModule(st *vm.State) (*object.Object, error) {
	return st.NewFrozenModule("types", source)
}
