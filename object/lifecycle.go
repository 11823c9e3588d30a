// This file covers an object's life from initialisation to free:
// Init, tracking, the dealloc sequence (finalizer, weak references,
// untrack, the type's dealloc) and the final free.

package object

// Init prepares the header of a newly allocated object of type typ, owned
// by t with one reference: the caller's. Concrete constructors call it
// first, fill in their fields, then call Track if the type is GC-capable.
//
// An instance of a heap type holds a reference to its type, counted in
// t's per-thread array so that creating instances of one class on many
// threads does not contend on the class's count (runtime-model.md (e)).
func (t *Thread) Init(o *Object, typ *Type) {
	o.typ = typ
	o.relaxedStoreTid(t.id)
	o.local = 1
	// bits: zero in a new object; Reuse reset those of a recycled one.
	o.relaxedStoreShared(0)
	if typ.Flags&FlagHeapType != 0 {
		t.IncrefUnique(&typ.Object, LoadUniqueID(&typ.uniqueID))
	}
	if rt.cfg.Debug {
		typ.live.Add(1)
	}
}

// Track adds o to the collector's set (PyObject_GC_Track). o's type must
// be GC-capable and o fully initialised: the collector may traverse it from
// now on.
func (t *Thread) Track(o *Object) {
	for {
		b := o.loadBits()
		if b&bitTracked != 0 {
			return
		}
		stamp := t.tracks << trackStampShift
		if o.casBits(b, b&^trackStampMask|stamp|bitTracked|bitListed) {
			t.tracks++
			if b&bitListed == 0 {
				t.register(o)
			}
			t.countGCAlloc(1)
			return
		}
	}
}

// Untrack removes o from the collector's set (PyObject_GC_UnTrack).
func (t *Thread) Untrack(o *Object) {
	for {
		b := o.loadBits()
		if b&bitTracked == 0 {
			return
		}
		if o.casBits(b, b&^bitTracked) {
			t.countGCAlloc(-1)
			return
		}
	}
}

// dealloc runs when o's count reached zero (tp_dealloc plus the generic
// steps CPython's subtype_dealloc performs around it).
func (t *Thread) dealloc(o *Object) {
	typ := o.typ
	if typ.leafFree && !rt.cfg.Debug {
		// A leaf object with a free list (int, float): nothing to run,
		// nothing to drop, and not weakly referenceable.
		o.local = 0xDEAD
		o.relaxedStoreTid(tidFreed)
		t.recycle(o, typ.freeList)
		return
	}
	if typ.Finalize != nil && o.loadBits()&bitFinalized == 0 {
		if t.finalizeFromDealloc(o) {
			return // resurrected
		}
	}
	if o.loadBits()&bitWeakrefs != 0 {
		t.clearWeakrefsOfDying(o)
	}
	// Untrack o without a compare-and-swap (written out here: a call
	// costs more than the work): no other thread holds a reference, so
	// none can set a bit (a weak reference, deferral) meanwhile, and the
	// registry's compaction, the only other writer, changes the bits only
	// of an object it already sees untracked. The same store clears every
	// bit but bitListed (its finalizer and weak references were dealt
	// with), so that Reuse finds a recycled object's bits clean and need
	// not write them.
	if b := o.loadBits(); b&bitTracked != 0 {
		o.relaxedStoreBits(b & bitListed)
		if t.gcDelta--; t.gcDelta <= -gcFlushEvery { // countGCAlloc(-1)
			t.flushGCCount()
		}
	}
	if typ.Dealloc != nil {
		if t.deallocDepth >= trashDepth {
			// Deep in a chain of containers dying one inside the other:
			// leave o for later (trash.go), so that Go's stack stays
			// bounded however deep the chain.
			t.putInTrash(o)
			return
		}
		t.deallocDepth++
		typ.Dealloc(t, o)
		t.deallocDepth--
		if len(t.trash) != 0 {
			// Only a dealloc that dropped containers can find the
			// trash full: nothing to test for the others.
			t.free(o)
			t.emptyTrash()
			return
		}
	}
	t.free(o)
}

// clearWeakrefsOfDying clears the weak references to o, whose count is
// zero, and runs their callbacks. The callbacks are Python code, during
// which any thread may collect: o is untracked first (as CPython's
// subtype_dealloc does), since a collector that saw it tracked with a
// count of zero would take it for unreachable garbage and free it a
// second time. Its other bits are cleared after the callbacks, with a
// CAS because the registry's owner may meanwhile compact it out and
// clear bitListed.
func (t *Thread) clearWeakrefsOfDying(o *Object) {
	t.Untrack(o)
	t.clearWeakrefs(o)
	for {
		b := o.loadBits()
		if o.casBits(b, b&bitListed) {
			return
		}
	}
}

// finalizeFromDealloc runs o's finalizer with a temporary reference owned
// by t, and reports whether the finalizer resurrected o (stored a new
// reference to it somewhere).
func (t *Thread) finalizeFromDealloc(o *Object) bool {
	o.setBits(bitFinalized)
	o.local = 1
	o.storeShared(0)
	o.storeTid(t.id)
	o.typ.Finalize(t, o)
	return !t.dropTemporary(o)
}

// dropTemporary drops the temporary reference taken for a finalizer and
// reports whether that was the last one. Unlike Decref it does not free.
func (t *Thread) dropTemporary(o *Object) bool {
	if o.loadTid() != t.id {
		// The finalizer made o immortal, or the owner changed hands
		// through a merge: either way it lives on. Give back our
		// reference the ordinary way.
		t.Decref(o)
		return false
	}
	l := o.local - 1
	o.local = l
	return l == 0 && localZeroIsLast(o)
}

// free ends o's life. Memory is left to Go's collector; the header is
// poisoned so that any later refcount operation panics.
func (t *Thread) free(o *Object) {
	typ := o.typ
	if rt.cfg.Debug {
		typ.live.Add(-1)
		t.recordFree(o)
	}
	// Relaxed stores: an atomic store here is a locked XCHG, and a
	// lock-free reader holding a stale pointer only loads tid to reject
	// the object (atomics.go).
	o.local = 0xDEAD
	o.relaxedStoreTid(tidFreed)
	if typ.Flags&FlagHeapType != 0 {
		t.DecrefUnique(&typ.Object, LoadUniqueID(&typ.uniqueID))
	}
	if typ.freeList != 0 && !rt.cfg.Debug {
		t.recycle(o, typ.freeList)
	}
}

// SetClass changes o's type to typ (assignment to __class__); the caller
// has checked that the two types share an instance layout. Other threads
// read an object's type without synchronisation, so, as CPython's
// free-threaded build does, the store happens with the world stopped.
// The instance's reference to its heap type moves with it.
func (t *Thread) SetClass(o *Object, typ *Type) {
	if typ.Flags&FlagHeapType != 0 {
		t.IncrefUnique(&typ.Object, LoadUniqueID(&typ.uniqueID))
	}
	t.StopTheWorld()
	old := o.typ
	o.typ = typ
	t.StartTheWorld()
	if rt.cfg.Debug {
		typ.live.Add(1)
		old.live.Add(-1)
	}
	if old.Flags&FlagHeapType != 0 {
		t.DecrefUnique(&old.Object, LoadUniqueID(&old.uniqueID))
	}
}

// SetTypeName renames a class (assignment to __name__). Other threads
// read type names without synchronisation, so the store happens with
// the world stopped.
func (t *Thread) SetTypeName(typ *Type, name string) {
	t.StopTheWorld()
	typ.Name = name
	t.StartTheWorld()
}
