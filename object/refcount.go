// This file holds the reference-count operations: the hottest code in
// ftpy. Each fast path is small enough to inline (check with
// `go build -gcflags=-m ./object`); slow paths live in separate functions.
//
// Why plain loads and stores of local are race-free: only the owner thread
// touches local (see Object). Immortality is signalled by the owner id, not
// by local == max as in CPython, precisely so that non-owners never need to
// read local: CPython's relaxed loads of ob_ref_local by other threads have
// no race-free equivalent in Go short of making every owner store an
// atomic store, and an atomic store on amd64 is an XCHG, a locked
// instruction that costs about as much as the atomic add biased counting
// exists to avoid (BenchmarkRefcountLayout measures both).

package object

import "sync/atomic"

// Incref adds a strong reference to o on behalf of t.
//
// Incref and Decref are written as switches because that is the shape
// that fits Go's inlining budget with the immortal check inline; keep
// `go build -gcflags=-m ./object` saying "can inline" for both.
func (t *Thread) Incref(o *Object) {
	switch atomic.LoadUintptr(&o.tid) {
	case tidImmortal:
	case t.id:
		// Stop one short of the immortal value: increfSlow makes the
		// object immortal rather than let the count wrap around.
		if o.local < localImmortal-1 {
			o.local++
			break
		}
		fallthrough
	default:
		t.increfSlow(o)
	}
}

// increfSlow is Incref for a non-owner, or for an owner whose local count
// would reach the immortal value (CPython then makes the object immortal,
// and so do we: a count that high means a leak, and wrapping around would
// free a live object).
func (t *Thread) increfSlow(o *Object) {
	tid := o.loadTid()
	if tid == t.id {
		makeImmortal(o)
		return
	}
	increfShared(o, tid)
}

// Decref drops a strong reference to o on behalf of t, freeing o when its
// count reaches zero.
func (t *Thread) Decref(o *Object) {
	switch atomic.LoadUintptr(&o.tid) {
	case tidImmortal:
	case t.id:
		if o.local > 1 {
			o.local--
			break
		}
		fallthrough
	default:
		t.decrefSlow(o)
	}
}

// decrefSlow is Decref for a non-owner, or for an owner dropping its last
// local reference.
func (t *Thread) decrefSlow(o *Object) {
	tid := o.loadTid()
	if tid == t.id {
		o.local = 0
		t.mergeZero(o)
		return
	}
	t.decrefShared(o, tid)
}

// XDecref is Decref that ignores nil.
func (t *Thread) XDecref(o *Object) {
	if o != nil {
		t.Decref(o)
	}
}

// NewRef increfs o and returns it, for storing a second reference.
func (t *Thread) NewRef(o *Object) *Object {
	t.Incref(o)
	return o
}

// increfShared is a non-owner's incref: an atomic add on the shared count.
func increfShared(o *Object, tid uintptr) {
	if tid == tidFreed {
		usedAfterFree(o, "Incref")
	}
	// Adding 4 never touches the state bits, so it composes with the
	// owner's concurrent CAS of the state in mergeZero.
	atomic.AddInt64(&o.shared, sharedOne)
}

// decrefShared is a non-owner's decref (runtime-model.md (b)).
func (t *Thread) decrefShared(o *Object, tid uintptr) {
	if tid == tidFreed {
		usedAfterFree(o, "Decref")
	}
	for {
		sh := o.loadShared()
		if sh == stateDefault || sh == stateMaybeWeakref {
			// Subtracting would make the shared count negative while the
			// owner still counts local references we cannot see: queue o
			// to the owner instead, which merges and frees it if needed.
			if o.casShared(sh, stateQueued) {
				t.queueToOwner(o)
				return
			}
			continue
		}
		nw := sh - sharedOne
		if o.casShared(sh, nw) {
			if nw == stateMerged {
				t.dealloc(o)
			}
			return
		}
	}
}

// mergeZero runs when the owner's local count reaches zero: free o if no
// other thread counts a reference, else give up ownership.
func (t *Thread) mergeZero(o *Object) {
	if localZeroIsLast(o) {
		t.dealloc(o)
	}
}

// localZeroIsLast is called by the owner once o's local count is zero. If
// no other thread counts a reference it reports true and leaves o as it
// is; otherwise it makes o unowned and MERGED, and reports whether the
// shared count alone is zero.
func localZeroIsLast(o *Object) bool {
	sh := o.loadShared()
	if sh == 0 {
		return true
	}
	// Publish "unowned" before the state: a thread that sees MERGED must
	// also see tid == 0 (CPython gh-121794).
	o.storeTid(tidUnowned)
	for {
		nw := sh&^stateMask | stateMerged
		if o.casShared(sh, nw) {
			return nw == stateMerged
		}
		sh = o.loadShared()
	}
}

// RefCount returns o's reference count (sys.getrefcount without the
// argument's own reference). Immortal objects report 3<<30 and deferred
// ones a number near 2**60, as in CPython. Reading another thread's local
// count needs a happens-before edge with its writes, so for an object owned
// by a live other thread this briefly stops the world: it is a diagnostic,
// not a hot path.
func (t *Thread) RefCount(o *Object) int64 {
	tid := o.loadTid()
	switch tid {
	case tidImmortal:
		return 3 << 30
	case t.id, tidUnowned, tidFreed:
		return int64(o.local) + o.loadShared()>>sharedShift
	}
	t.StopTheWorld()
	rc := int64(o.local) + o.loadShared()>>sharedShift
	t.StartTheWorld()
	return rc
}

// IsUniquelyReferenced reports whether t holds the only reference to o
// (PyUnstable_Object_IsUniquelyReferenced): t owns it, counts one local
// reference, and no other thread counts any (flags included).
func (t *Thread) IsUniquelyReferenced(o *Object) bool {
	return o.loadTid() == t.id && o.local == 1 && o.loadShared() == 0
}
