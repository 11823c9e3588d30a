// Package unstable is the unstable tier of ftpy's extension API, the
// counterpart of CPython's PyUnstable_* functions.
//
// These functions are hints about how the runtime manages an object's
// lifetime. They are safe to call, but what they do may change from one
// ftpy version to the next, as it does between CPython versions: call them
// for performance, never for correctness.
//
// When to use each:
//
//   - EnableDeferredRefcount: in the constructor of an object that many
//     threads will load and call, such as a function-like type an extension
//     defines (nanobind's nb_func is the example that motivated CPython's
//     PyUnstable_Object_EnableDeferredRefcount). References from the eval
//     loop's stack to the object are then not counted, so calls from many
//     threads do not fight over its reference count. The object is then
//     freed only by the cyclic collector, never when its last reference
//     goes away.
//   - SetImmortal: for an object that must live until the process exits;
//     references to it are never counted at all. It is one-way.
//   - IsImmortal: to skip work that only matters for mortal objects.
//   - IsUniquelyReferenced: to know that mutating an object in place cannot
//     be observed by anybody else (the caller holds the only reference and
//     no other thread counts one).
//   - EnableTryIncRef and TryIncRef: for a cache that holds objects
//     without owning a reference and must turn such a pointer back into a
//     strong reference even while another thread may be dropping the last
//     one. Call EnableTryIncRef once, while holding a strong reference,
//     before the object is published to the cache.
//
// In GIL mode (-X gil=1) EnableDeferredRefcount always returns 0 and
// EnableTryIncRef does nothing, as in CPython's default build.
package unstable

import "github.com/ftpy/ftpy/object"

// EnableDeferredRefcount asks for deferred reference counting on o
// (PyUnstable_Object_EnableDeferredRefcount). It returns 1 if it enabled
// it: only in free-threaded mode, for an object of a GC-capable type that
// is currently tracked by the collector and not deferred yet, and only for
// the one caller whose atomic update won if several race. It returns 0 in
// every other case, including when o is already deferred. It is safe to
// call from any thread and cannot fail; only the collector ever turns
// deferral off again. The caller must hold a strong reference to o.
func EnableDeferredRefcount(o *object.Object) int {
	return object.EnableDeferredRefcount(o)
}

// IsImmortal reports whether o is immortal: its reference count never
// changes and it is never freed (PyUnstable_IsImmortal).
func IsImmortal(o *object.Object) bool { return o.IsImmortal() }

// SetImmortal makes o immortal if the calling thread t holds the only
// reference to it, and returns 1; otherwise it returns 0 and changes
// nothing (PyUnstable_SetImmortal). It is one-way and stops tracking o.
func SetImmortal(t *object.Thread, o *object.Object) int {
	if t.SetImmortal(o) {
		return 1
	}
	return 0
}

// IsUniquelyReferenced reports whether t holds the only reference to o
// (PyUnstable_Object_IsUniquelyReferenced). It is false for immortal
// objects and for objects any other thread holds a counted reference to.
func IsUniquelyReferenced(t *object.Thread, o *object.Object) bool {
	return t.IsUniquelyReferenced(o)
}

// EnableTryIncRef makes later TryIncRef calls on o reliable
// (PyUnstable_EnableTryIncRef). The caller must hold a strong reference.
func EnableTryIncRef(o *object.Object) { object.EnableTryIncRef(o) }

// TryIncRef adds a strong reference to o for t unless o's count already
// reached zero, and reports whether it did (PyUnstable_TryIncRef). Without
// a prior EnableTryIncRef it may fail for an object that is still alive.
func TryIncRef(t *object.Thread, o *object.Object) bool { return t.TryIncRef(o) }
