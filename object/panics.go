// This file turns Go panics into Python exceptions. A panic in Go code
// running on behalf of Python (a builtin, an extension function, the
// eval loop, a thread's body) is a bug in ftpy or in an extension, but
// it must not end the process: each boundary where Go runs for Python
// recovers it and raises SystemError instead, naming the panic. The
// process-wide count lets the test suites fail on any recovered panic,
// which would otherwise pass as an ordinary exception.

package object

import (
	"fmt"
	"runtime/debug"
	"sync/atomic"
)

var (
	recoveredPanics atomic.Int64
	panicStacks     atomic.Bool
)

// RecoveredPanics returns how many Go panics have been turned into
// SystemError in this process.
func RecoveredPanics() int64 { return recoveredPanics.Load() }

// SetPanicStacks makes the SystemError of a recovered panic carry the
// Go stack of the panic (the command's -X dev).
func SetPanicStacks(on bool) { panicStacks.Store(on) }

// PanicError counts a panic recovered with value r and returns the
// SystemError to raise for it. Call it from the deferred function that
// recovered, so that the stack it attaches is the panic's.
func (t *Thread) PanicError(r any) error {
	recoveredPanics.Add(1)
	msg := PanicMessage(r)
	if panicStacks.Load() {
		msg += "\n\nGo stack of the panic:\n" + string(debug.Stack())
	}
	return t.Errorf(SystemErrorType, "Go panic: %s", msg)
}

// PanicMessage renders a recovered panic value.
func PanicMessage(r any) string {
	if e, ok := r.(error); ok {
		return e.Error()
	}
	return fmt.Sprint(r)
}

// Recovering runs f and turns a panic in it into SystemError: for the
// outermost Go code that runs Python (a thread's body, an embedding
// call), where a panic would otherwise end the process.
func (t *Thread) Recovering(f func() error) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = t.PanicError(r)
		}
	}()
	return f()
}
