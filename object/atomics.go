// This file names the atomic accesses to header fields, so that every
// place reading a field that another thread may write uses the same
// memory-ordering choice. On amd64 and arm64 an atomic load compiles to an
// ordinary load, so these helpers cost nothing on the read side.

package object

import "sync/atomic"

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
