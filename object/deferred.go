// This file implements deferred reference counting (runtime-model.md (d)):
// stack refs to a deferred object are not counted, and a large bias in its
// shared count keeps counted references from ever reaching zero, so only
// the collector, which scans thread stacks, frees it.

package object

import "sync/atomic"

// deferredBias is added to a deferred object's count (CPython's
// _Py_REF_DEFERRED, PY_SSIZE_T_MAX/8). The collector subtracts it again.
const deferredBias int64 = (1<<63 - 1) / 8

// SetDeferred marks o, a new GC-capable object owned by t that no other
// thread has seen, as deferred. The runtime calls it for the objects CPython
// defers: non-nested functions, code objects, modules and their dicts, heap
// types and descriptors. It does nothing in GIL mode or under NoDefer.
func (t *Thread) SetDeferred(o *Object) {
	if rt.cfg.GIL || rt.cfg.NoDefer || !o.typ.IsGC() {
		return
	}
	if o.loadTid() != t.id || o.loadShared() != 0 {
		panic("object: SetDeferred on an object that is not new and private to its thread")
	}
	o.setBits(bitDeferred)
	o.storeShared(deferredBias << sharedShift)
}

// EnableDeferredRefcount is PyUnstable_Object_EnableDeferredRefcount with
// ftpy's port rule: it returns 1 only in free-threaded mode, for a
// GC-capable, currently tracked object that was not yet deferred, on the
// thread whose compare-and-swap won; 0 otherwise. It is safe from any
// thread and cannot fail. The caller must hold a strong reference, which is
// why the count cannot reach zero between the CAS and the bias.
func EnableDeferredRefcount(o *Object) int {
	if rt.cfg.GIL || !o.typ.IsGC() {
		return 0
	}
	for {
		b := o.loadBits()
		if b&bitTracked == 0 || b&bitDeferred != 0 {
			return 0
		}
		if o.casBits(b, b|bitDeferred) {
			atomic.AddInt64(&o.shared, deferredBias<<sharedShift)
			return 1
		}
	}
}

// disableDeferred turns deferral off for an object the collector found
// unreachable: it clears the bit, subtracts the bias and releases the
// object's unique id. The world is stopped.
func disableDeferred(o *Object) {
	o.clearBits(bitDeferred)
	atomic.AddInt64(&o.shared, -deferredBias<<sharedShift)
	releaseUniqueID(o)
}
