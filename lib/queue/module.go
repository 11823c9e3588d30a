// Package queue implements the queue module in Python (queue.py), run when the
// module is first imported.
package queue

import (
	_ "embed"

	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/vm"
)

//go:embed queue.py
var source []byte

func init() { vm.RegisterModule("queue", newModule) }

func newModule(st *vm.State) (*object.Object, error) {
	return st.NewFrozenModule("queue", source)
}
