package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/ftpy/ftpy/vm"
)

// TestNoGoModuleShadowsLib checks that each module has one
// implementation: no Go module built into the binary may have the name
// of a module the Lib writes in Python (NAME.py or NAME/__init__.py).
// Go writes what CPython writes in C, under the C module's name
// (_collections under collections/__init__.py); a Go module under the
// Lib's name would hide the Lib's whenever both could import.
func TestNoGoModuleShadowsLib(t *testing.T) {
	lib := vm.FindStdlib(os.Getenv)
	if lib == "" {
		t.Skip("no CPython 3.11 Lib installed (" + vm.StdlibHint + ")")
	}
	for _, name := range vm.ModuleNames() {
		for _, rel := range []string{name + ".py", filepath.Join(name, "__init__.py")} {
			if _, err := os.Stat(filepath.Join(lib, rel)); err == nil {
				t.Errorf("Go module %q shadows the Lib's %s: write what CPython writes in C instead, under the C module's name", name, rel)
			}
		}
	}
}
