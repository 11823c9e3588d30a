// This file caches attribute lookups along a type's MRO (CPython's type
// attribute cache). Every attribute access and method call looks the name
// up on the type first, through several dicts; the cache turns that into
// one comparison. Each thread has its own cache, so there is nothing to
// share or lock; any change to a class's attributes after its creation
// bumps a global epoch, which invalidates every thread's entries.

package object

import (
	"sync/atomic"
	"unsafe"
)

const (
	typeCacheBits = 10
	typeCacheSize = 1 << typeCacheBits
)

type typeCacheEntry struct {
	typ   *Type
	name  *Str
	value *Object // borrowed from the type's dict; nil for "not found"
	epoch uint32
}

var typeEpoch atomic.Uint32

func init() { typeEpoch.Store(1) }

// InvalidateTypeCache must be called after a type's dict changes once the
// type is in use (setattr on a class, a class cleared by the collector).
func InvalidateTypeCache() { typeEpoch.Add(1) }

// LookupType is typ.Lookup(name) through t's cache.
func (t *Thread) LookupType(typ *Type, name *Str) *Object {
	if t.typeCache == nil {
		t.typeCache = new([typeCacheSize]typeCacheEntry)
	}
	// Fibonacci hashing of both pointers: names and types allocated close
	// together (as interned names are) must not share a slot, or two
	// lookups a loop makes each time would evict each other.
	h := (uint64(uintptr(unsafe.Pointer(typ))>>4) ^ uint64(uintptr(unsafe.Pointer(name))>>4)*0x9E3779B97F4A7C15) * 0x9E3779B97F4A7C15
	e := &t.typeCache[h>>(64-typeCacheBits)]
	epoch := typeEpoch.Load()
	if e.typ == typ && e.name == name && e.epoch == epoch {
		return e.value
	}
	v := typ.Lookup(name)
	*e = typeCacheEntry{typ: typ, name: name, value: v, epoch: epoch}
	return v
}
