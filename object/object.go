// This file defines the object header shared by every Python object.

package object

// Object is the header every Python object begins with. Concrete types
// embed it as their first field (see Cast).
//
// Field access rules, which the race detector checks:
//   - tid is read by every thread on every refcount operation and written
//     only when ownership changes (merge, immortalization, free), so it is
//     always accessed with sync/atomic.
//   - local is read and written only by the owning thread, with plain loads
//     and stores: this is what makes biased counting cheap. Another thread
//     touches it only after a happens-before edge with the owner's last
//     write: the owner published tid == 0 (merged), the owner left the
//     thread table under its bucket lock (exited), or the world is stopped.
//   - shared and bits are accessed with sync/atomic, except while the object
//     is still private to the thread creating it.
//   - typ is written once, before the object is published.
//
// The header is 32 bytes on 64-bit machines, the same as CPython's
// free-threaded PyObject.
type Object struct {
	tid    uintptr // owning thread's id, or one of the tid* sentinels below
	typ    *Type
	local  uint32 // references counted by the owner
	bits   uint32 // gc bits (bit* below)
	shared int64  // count<<2 | state: references counted by other threads
}

// Owner ids with a special meaning. Thread ids start at firstThreadID and
// are never reused, so an object owned by an exited thread can never be
// mistaken for one owned by a new thread.
const (
	tidUnowned    uintptr = 0 // counts merged into shared; every thread uses atomics
	tidImmortal   uintptr = 1 // incref and decref do nothing
	tidFreed      uintptr = 2 // deallocated: any refcount operation panics
	tidGIL        uintptr = 3 // GIL mode: every thread is the owner of every object
	firstThreadID uintptr = 16
)

// The two low bits of shared hold its state (runtime-model.md (a)).
const (
	stateDefault      int64 = 0
	stateMaybeWeakref int64 = 1 // a weak reference may try to incref it: shared is never exactly 0
	stateQueued       int64 = 2 // queued to its owner for a merge
	stateMerged       int64 = 3 // local and shared merged; tid is 0
	stateMask         int64 = 3
	sharedShift             = 2
	sharedOne         int64 = 1 << sharedShift
)

// localImmortal is the local count an immortal object reports. An owner
// whose local count would reach it makes the object immortal instead.
const localImmortal = ^uint32(0)

// Gc bits. The first seven have CPython's values; the last two are ftpy's.
const (
	bitTracked     uint32 = 1 << 0 // in the collector's set
	bitFinalized   uint32 = 1 << 1 // Finalize already ran; it never runs twice
	bitUnreachable uint32 = 1 << 2 // during a collection: a candidate not (yet) proved reachable
	bitFrozen      uint32 = 1 << 3 // gc.freeze(): skipped by the collector
	bitShared      uint32 = 1 << 4 // a container read by a non-owner (QSBR, later)
	bitAlive       uint32 = 1 << 5 // reserved for the mark-alive pass
	bitDeferred    uint32 = 1 << 6 // deferred reference counting
	bitListed      uint32 = 1 << 7 // present in some thread's tracked-object registry
	bitWeakrefs    uint32 = 1 << 8 // weak references to it may exist (weakref.go)
)

// The bits above the flags hold the object's track stamp: the low bits of
// its tracking thread's count of Track calls when it was last tracked
// (Thread.Track). The collector orders garbage by it, oldest first, so
// that finalizers and clears run in the order CPython 3.11's collector
// gives them, its object list's (the order of tracking); a recycled
// object gets a new stamp, as it goes to the end of CPython's list.
const (
	trackStampShift        = 9
	trackStampBits         = 32 - trackStampShift
	trackStampMask  uint32 = (1<<trackStampBits - 1) << trackStampShift
)

// Type returns the object's type.
func (o *Object) Type() *Type { return o.typ }

// IsTracked reports whether o is in the collector's set (gc.is_tracked).
func (o *Object) IsTracked() bool { return o.loadBits()&bitTracked != 0 }

// IsFinalized reports whether o's finalizer has run (gc.is_finalized).
func (o *Object) IsFinalized() bool { return o.loadBits()&bitFinalized != 0 }

// IsDeferred reports whether o uses deferred reference counting. Immortal
// objects are deferred too, so stack refs to them are never counted.
func (o *Object) IsDeferred() bool { return o.loadBits()&bitDeferred != 0 }

// IsImmortal reports whether o ignores reference count changes.
func (o *Object) IsImmortal() bool { return o.loadTid() == tidImmortal }

// IsFrozen reports whether gc.freeze() moved o out of the collector's view.
func (o *Object) IsFrozen() bool { return o.loadBits()&bitFrozen != 0 }
