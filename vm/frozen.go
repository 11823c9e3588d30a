// This file runs modules written in Python and embedded in the binary
// ("frozen", as CPython calls them): parts of the standard library that
// are clearer in Python than in Go.

package vm

import (
	"github.com/ftpy/ftpy/compile"
	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/syntax"
)

// RunFrozen executes the Python source of module name in the namespace d.
// Tracebacks show the file as "<frozen name>".
func (st *State) RunFrozen(name string, source []byte, d *object.Dict) error {
	t := st.t
	file := "<frozen " + name + ">"
	mod, err := syntax.ParseFile(file, source)
	if err != nil {
		return t.Errorf(object.SystemErrorType, "%s: %v", name, err)
	}
	code, err := compile.File(t, file, mod, compile.ExecMode)
	if err != nil {
		return t.Errorf(object.SystemErrorType, "%s: %v", name, err)
	}
	r, err := st.RunCode(code, d, nil)
	if err != nil {
		return err
	}
	t.Decref(r)
	return nil
}
