// Package argparse implements the argparse module (command-line parsing) in
// Python (argparse.py), run when the module is first imported.
package argparse

import (
	_ "embed"

	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/vm"
)

//go:embed argparse.py
var source []byte

func init() { vm.RegisterModule("argparse", newModule) }

func newModule(st *vm.State) (*object.Object, error) {
	return st.NewFrozenModule("argparse", source)
}
