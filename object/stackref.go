// This file defines StackRef, the value the eval loop keeps on its value
// stack and in fast locals (runtime-model.md (d); CPython's _PyStackRef).
//
// Representation: two words, the pointer and a flag word, rather than one
// word with the flag in the pointer's low bit as CPython does. Both are
// safe for Go's collector (a pointer with its low bit set still points
// inside the 32-byte header, which keeps the object alive), and
// BenchmarkStackRefRepr measures them within noise of each other on the
// push/pop pattern of the eval loop; the two-word form needs no unsafe
// pointer arithmetic, keeps checkptr quiet, and leaves the flag word free
// to carry an unboxed small int later (design.md decision 5).

package object

import "sync/atomic"

// StackRef is a reference held by a frame. A counted ref owns one
// reference to its object; an uncounted one (to a deferred or immortal
// object, or borrowed from a local) owns none. The zero StackRef is null.
type StackRef struct {
	obj   *Object
	flags uintptr
}

// refUncounted marks a StackRef that owns no reference.
const refUncounted uintptr = 1

// Null is the empty stack slot.
var Null StackRef

// RefFromNew makes a new reference to o (PyStackRef_FromPyObjectNew):
// uncounted for deferred and immortal objects, else an incref.
func (t *Thread) RefFromNew(o *Object) StackRef {
	if atomic.LoadUint32(&o.bits)&bitDeferred != 0 {
		return StackRef{o, refUncounted}
	}
	return t.refNewCounted(o)
}

// refNewCounted is RefFromNew's slow path, out of line so that the fast
// path stays within Go's inlining budget.
func (t *Thread) refNewCounted(o *Object) StackRef {
	t.Incref(o)
	return StackRef{o, 0}
}

// RefSteal takes over the caller's reference to o
// (PyStackRef_FromPyObjectSteal).
func RefSteal(o *Object) StackRef { return StackRef{o, 0} }

// RefBorrow makes an uncounted reference to o, which something else keeps
// alive for at least as long as the StackRef is used (LOAD_FAST_BORROW).
func RefBorrow(o *Object) StackRef { return StackRef{o, refUncounted} }

// Obj returns the referenced object, without transferring anything.
func (r StackRef) Obj() *Object { return r.obj }

// IsNull reports whether r is the empty slot.
func (r StackRef) IsNull() bool { return r.obj == nil }

// IsCounted reports whether r owns a reference.
func (r StackRef) IsCounted() bool { return r.flags&refUncounted == 0 }

// Dup returns a second reference to r's object (PyStackRef_DUP).
func (t *Thread) Dup(r StackRef) StackRef {
	if r.flags&refUncounted == 0 && r.obj != nil {
		t.increfOutlined(r.obj)
	}
	return r
}

// Close drops r (PyStackRef_CLOSE). Closing null is allowed.
func (t *Thread) Close(r StackRef) {
	if r.flags&refUncounted == 0 && r.obj != nil {
		t.decrefOutlined(r.obj)
	}
}

// The stack-ref operations inline their tag test and call these for a
// counted ref: with Incref or Decref inlined too they would exceed Go's
// inlining budget, and the uncounted case is the one that must be free.
func (t *Thread) increfOutlined(o *Object) { t.Incref(o) }
func (t *Thread) decrefOutlined(o *Object) { t.Decref(o) }

// AsSteal converts r into an owned *Object reference, for storing into
// the heap (a list, a dict, an attribute): an uncounted ref is increfed
// first (PyStackRef_AsPyObjectSteal).
func (t *Thread) AsSteal(r StackRef) *Object {
	if r.flags&refUncounted != 0 {
		t.increfOutlined(r.obj)
	}
	return r.obj
}

// IsHeapSafe reports whether r may outlive the frame that made it: false
// only for an uncounted ref to an object that is neither deferred nor
// immortal, i.e. a borrow.
func (r StackRef) IsHeapSafe() bool {
	return r.flags&refUncounted == 0 || r.obj == nil || r.obj.loadBits()&bitDeferred != 0
}

// MakeHeapSafe converts a borrowed ref into a counted one, for a frame
// that is about to be stored in the heap (a generator).
func (t *Thread) MakeHeapSafe(r StackRef) StackRef {
	if r.IsHeapSafe() {
		return r
	}
	t.Incref(r.obj)
	return StackRef{r.obj, 0}
}

// PushRoots registers a frame's stack-ref slots with the collector, which
// counts every uncounted ref it finds there as a reference (deferred
// objects are found only this way). Slots not in use must be Null. Calls
// nest: PopRoots unregisters the most recent slice.
func (t *Thread) PushRoots(refs []StackRef) { t.roots = append(t.roots, refs) }

// PopRoots unregisters the slice registered last.
func (t *Thread) PopRoots() {
	n := len(t.roots) - 1
	t.roots[n] = nil
	t.roots = t.roots[:n]
}
