// Package io implements the io module's in-memory streams, StringIO and
// BytesIO, in Python (io.py), run when the module is first imported.
// The file objects open() returns are vm.File.
package io

import (
	_ "embed"

	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/vm"
)

//go:embed io.py
var source []byte

func init() { vm.RegisterModule("io", newModule) }

func newModule(st *vm.State) (*object.Object, error) {
	return st.NewFrozenModule("io", source)
}
