// Package queue implements _queue, CPython's C module under queue.py
// (SimpleQueue, Empty), and ftpy's old queue module in Python (queue.py).
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
