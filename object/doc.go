// Package object is ftpy's object core: the header every Python object
// begins with, the reference-counting operations on it, the thread states
// that own objects, and the stop-the-world collector that frees cycles and
// deferred objects.
//
// The semantics follow CPython 3.14's free-threaded build (see
// shared/docs/runtime-model.md):
//
//   - Biased reference counting: the owning thread changes an object's local
//     count with plain loads and stores; other threads use atomic operations
//     on the shared count and hand the object back to its owner when that
//     count would go negative (refcount.go, brc.go).
//   - Immortal objects ignore increfs and decrefs (immortal.go).
//   - Deferred reference counting: references from the eval loop's value
//     stack and locals (stack refs, stackref.go) to deferred objects are not
//     counted; the collector scans thread stacks instead (deferred.go).
//   - Per-thread counts for hot heap references such as instance → type
//     (uniqueid.go).
//   - A stop-the-world tracing collector (stw.go, collect.go) with
//     finalizers, weak references (weakref.go) and resurrection.
//
// Every operation takes the current *Thread explicitly: "owned by the
// current thread" compares the object's owner id with the thread's id, and
// goroutine identity is never guessed.
//
// A concrete object type is a Go struct that embeds Object as its first
// field; references are *Object. The only unsafe conversion between the two
// lives in cast.go.
package object
