// This file names the atomic accesses to header fields, so that every
// place reading a field that another thread may write uses the same
// memory-ordering choice. On amd64 and arm64 an atomic load compiles to an
// ordinary load, so these helpers cost nothing on the read side.

package object

import (
	"sync/atomic"
	"unsafe"
)

func (o *Object) loadTid() uintptr     { return atomic.LoadUintptr(&o.tid) }
func (o *Object) storeTid(tid uintptr) { atomic.StoreUintptr(&o.tid, tid) }
func (o *Object) loadShared() int64    { return atomic.LoadInt64(&o.shared) }
func (o *Object) storeShared(v int64)  { atomic.StoreInt64(&o.shared, v) }
func (o *Object) loadBits() uint32     { return atomic.LoadUint32(&o.bits) }
func (o *Object) setBits(b uint32)     { atomic.OrUint32(&o.bits, b) }
func (o *Object) clearBits(b uint32)   { atomic.AndUint32(&o.bits, ^b) }
func (o *Object) casShared(old, new int64) bool {
	return atomic.CompareAndSwapInt64(&o.shared, old, new)
}
func (o *Object) casBits(old, new uint32) bool {
	return atomic.CompareAndSwapUint32(&o.bits, old, new)
}

// The relaxed stores below write header words of an object that is being
// freed or recycled. Only the object's owner writes them, but a lock-free
// reader (a dict or list read on another thread) may load them at the same
// moment from a stale pointer: what it loads then only ever makes it
// reject the object (TryIncRef fails on a dead object, and it re-checks
// the container afterwards). CPython uses relaxed stores here. An aligned
// word store is single-copy atomic on every platform Go supports, so a
// plain store is enough; the race-detector build uses atomic stores so
// that the detector accepts these words and still checks everything else.

func (o *Object) relaxedStoreTid(tid uintptr) {
	if raceEnabled {
		o.storeTid(tid)
	} else {
		o.tid = tid
	}
}

func (o *Object) relaxedStoreShared(v int64) {
	if raceEnabled {
		o.storeShared(v)
	} else {
		o.shared = v
	}
}

func (o *Object) relaxedStoreBits(b uint32) {
	if raceEnabled {
		atomic.StoreUint32(&o.bits, b)
	} else {
		o.bits = b
	}
}

// relaxedInt64 is a word that threads may race on by design: an
// iterator's position, which CPython's free-threaded build loads and
// stores with relaxed atomics (two threads sharing an iterator may then
// both get one item, never a torn position). Loads are atomic, an
// ordinary load on amd64 and arm64; stores are plain, as for the header
// words above, since an atomic store is a locked XCHG that would cost
// every single-threaded loop; the race build stores atomically.
type relaxedInt64 struct{ v int64 }

func (r *relaxedInt64) Load() int64 { return atomic.LoadInt64(&r.v) }

func (r *relaxedInt64) Store(v int64) {
	if raceEnabled {
		atomic.StoreInt64(&r.v, v)
	} else {
		r.v = v
	}
}

// relaxedUint64 is relaxedInt64 for an unsigned word.
type relaxedUint64 struct{ w relaxedInt64 }

func (r *relaxedUint64) Load() uint64   { return uint64(r.w.Load()) }
func (r *relaxedUint64) Store(v uint64) { r.w.Store(int64(v)) }

// uintptrOf is the address of a slot, to compare positions within one
// array.
func uintptrOf(p **Object) uintptr { return uintptr(unsafe.Pointer(p)) }
