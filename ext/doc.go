// Package ext is ftpy's stable extension API: what a Go package needs to
// add a module to the interpreter, with functions, constants and types of
// its own, written the way a third party would write a CPython extension.
//
// The model is the object core's (package object), unchanged:
//
//   - Every callback receives the current *Thread (CPython's thread state)
//     as its first argument and passes it on to every operation it makes.
//     A thread is never guessed from the goroutine.
//   - Arguments are borrowed: the caller keeps them alive for the duration
//     of the call. Keep one beyond the call with a Ref (or an explicit
//     t.Incref and a later t.Decref).
//   - A returned *Object is a new reference, owned by the caller.
//   - Errors are Python exceptions: a callback returns a non-nil error made
//     with Errorf (or returned by another API call), and the interpreter
//     raises it. Any other error value is raised as RuntimeError.
//   - Instances of a Type refuse weak references unless the Type sets
//     Weakrefable (CPython's Py_TPFLAGS_MANAGED_WEAKREF): the runtime
//     keeps weak references in a side table, so the struct needs no
//     field, and clears them (running callbacks) when the instance dies.
//   - A Go panic inside a callback becomes SystemError with the message
//     "Go panic: " and the panic's (and its Go stack under the command's
//     -X dev); it never crashes the interpreter, and it counts in
//     object.RecoveredPanics, which the test suites check. References the callback
//     took before it panicked are not released, so do not rely on panics
//     for control flow.
//
// The pieces, one file each: Module and Register (module.go), Func
// (func.go), Type (type.go), Go ↔ Python conversions (convert.go), Ref
// (ref.go), calling Python from Go (call.go), binding plain Go functions by
// reflection (bind.go), built-in exceptions and the panic guard
// (errors.go), and a module's own exception classes (exception.go). The lifetime hints of
// CPython's unstable tier live apart, in package ext/unstable.
package ext

import "github.com/ftpy/ftpy/object"

// Thread is the per-thread state passed to every callback.
type Thread = object.Thread

// Object is the header of every Python object; references are *Object.
type Object = object.Object
