// Package abc implements _abc, CPython's C module under abc.py (the
// ABCMeta machinery), and ftpy's old abc module in Python (abc.py).
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
