// This file defines StackRef, the value the eval loop keeps on its value
// stack and in fast locals (runtime-model.md (d); CPython's _PyStackRef).
//
// Representation: one word, the object pointer with its low bit set when
// the reference is not counted, as in CPython. BenchmarkStackRefRepr
// measured it against a two-word struct (pointer, flag word) on the eval
// loop's push/pop pattern: 12.6 vs 16.7 ns per 8 pushes and pops of a
// deferred object, 25% faster, and faster for counted refs too (benchstat,
// 8 runs, 2-core machine). It is safe for Go's collector: the tagged value
// is kept in an unsafe.Pointer, and pointer+1 still points inside the
// object's 32-byte header, so the collector sees it as an interior
// pointer and keeps the object alive (checkptr, on under -race, agrees).
// The price is that a StackRef cannot carry an unboxed int: small ints are
// immortal objects instead.

package object

import (
	"sync/atomic"
	"unsafe"
)

// StackRef is a reference held by a frame. A counted ref owns one
// reference to its object; an uncounted one (to a deferred or immortal
// object, or borrowed from a local) owns none. The zero StackRef is null.
type StackRef struct {
	p unsafe.Pointer // *Object, with refUncounted or-ed in when not counted
}

// refUncounted marks a StackRef that owns no reference.
const refUncounted uintptr = 1

// Null is the empty stack slot.
var Null StackRef

// RefFromNew makes a new reference to o (PyStackRef_FromPyObjectNew):
// uncounted for deferred and immortal objects, else an incref.
func (t *Thread) RefFromNew(o *Object) StackRef {
	if atomic.LoadUint32(&o.bits)&bitDeferred != 0 {
		return StackRef{unsafe.Add(unsafe.Pointer(o), refUncounted)}
	}
	return t.refNewCounted(o)
}

// refNewCounted is RefFromNew's slow path, out of line so that the fast
// path stays within Go's inlining budget.
func (t *Thread) refNewCounted(o *Object) StackRef {
	t.Incref(o)
	return StackRef{unsafe.Pointer(o)}
}

// RefSteal takes over the caller's reference to o
// (PyStackRef_FromPyObjectSteal).
func RefSteal(o *Object) StackRef { return StackRef{unsafe.Pointer(o)} }

// RefBorrow makes an uncounted reference to o, which something else keeps
// alive for at least as long as the StackRef is used (LOAD_FAST_BORROW).
func RefBorrow(o *Object) StackRef { return StackRef{tagUncounted(o)} }

// Obj returns the referenced object, without transferring anything.
func (r StackRef) Obj() *Object { return untag(r.p) }

// IsNull reports whether r is the empty slot.
func (r StackRef) IsNull() bool { return r.p == nil }

// IsCounted reports whether r owns a reference.
func (r StackRef) IsCounted() bool { return uintptr(r.p)&refUncounted == 0 }

// Dup returns a second reference to r's object (PyStackRef_DUP).
func (t *Thread) Dup(r StackRef) StackRef {
	if uintptr(r.p)&refUncounted == 0 && r.p != nil {
		t.increfOutlined((*Object)(r.p))
	}
	return r
}

// Close drops r (PyStackRef_CLOSE). Closing null is allowed.
func (t *Thread) Close(r StackRef) {
	if uintptr(r.p)&refUncounted == 0 && r.p != nil {
		t.decrefOutlined((*Object)(r.p))
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
	if uintptr(r.p)&refUncounted == 0 {
		return (*Object)(r.p)
	}
	return t.increfTagged(r.p)
}

// increfTagged is AsSteal's slow path.
func (t *Thread) increfTagged(p unsafe.Pointer) *Object {
	o := untag(p)
	t.Incref(o)
	return o
}

// IsHeapSafe reports whether r may outlive the frame that made it: false
// only for an uncounted ref to an object that is neither deferred nor
// immortal, i.e. a borrow.
func (r StackRef) IsHeapSafe() bool {
	return uintptr(r.p)&refUncounted == 0 || untag(r.p).loadBits()&bitDeferred != 0
}

// MakeHeapSafe converts a borrowed ref into a counted one, for a frame
// that is about to be stored in the heap (a generator).
func (t *Thread) MakeHeapSafe(r StackRef) StackRef {
	if r.IsHeapSafe() {
		return r
	}
	o := untag(r.p)
	t.Incref(o)
	return StackRef{unsafe.Pointer(o)}
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

// IsUniqueLocal reports whether r is a counted ref to an object whose
// only reference it is, counted by t: dropping r would free the object,
// so the eval loop may reuse it in place instead (an int or float about
// to be replaced in a fast local). Borrowed refs to the object may still
// exist on the caller's own value stack, which it checks itself.
func (t *Thread) IsUniqueLocal(r StackRef) bool {
	if r.p == nil || !r.IsCounted() {
		return false
	}
	p := (*Object)(r.p)
	// The owner test first: only the owner may read the local count.
	return p.loadTid() == t.id && p.local == 1 && p.loadShared() == 0
}
