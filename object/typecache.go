// This file caches attribute lookups along a type's MRO (CPython's type
// attribute cache). Every attribute access and method call looks the name
// up on the type first, through several dicts; the cache turns that into
// one comparison. Each thread has its own cache, so there is nothing to
// share or lock; any change to a class's attributes after its creation
// bumps a global epoch, which invalidates every thread's entries.
//
// A cached value is borrowed from a type's dict, which another thread may
// change and drop it from at any time. Whoever replaces a class attribute
// therefore bumps the epoch before dropping the old value (SetTypeAttr),
// and LookupTypeRef, which callers use when they do more with the value
// than compare it, only trusts the value while the epoch it read is still
// the current one (CPython's _PyType_LookupStackRefAndVersion).

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

// TypeEpoch returns the current type epoch: a cached attribute that was
// current at an epoch is current while the epoch has not moved.
func TypeEpoch() uint32 { return typeEpoch.Load() }

// InvalidateTypeCache must be called after a type's dict changes once the
// type is in use (setattr on a class, a class cleared by the collector).
func InvalidateTypeCache() { typeEpoch.Add(1) }

// SetTypeAttr stores v as typ's own attribute name (v nil removes it) and
// reports whether typ had the attribute. It is how a type's dict changes
// once the type is in use: the caches are invalidated before the old
// value is dropped, which LookupTypeRef relies on.
func (t *Thread) SetTypeAttr(typ *Type, name *Str, v *Object) bool {
	old := typ.Dict.ExchangeStr(t, name, v)
	InvalidateTypeCache()
	t.XDecref(old)
	return old != nil
}

// LookupType is typ.Lookup(name) through t's cache. The result is
// borrowed and may be freed by another thread at any time: use it to test
// for presence or identity, and LookupTypeRef to use the value.
func (t *Thread) LookupType(typ *Type, name *Str) *Object {
	e := t.typeCacheEntry(typ, name)
	epoch := typeEpoch.Load()
	if e.typ == typ && e.name == name && e.epoch == epoch {
		return e.value
	}
	v := typ.Lookup(name)
	*e = typeCacheEntry{typ: typ, name: name, value: v, epoch: epoch}
	return v
}

// LookupTypeRef is typ.Lookup(name) through t's cache, as a stack ref
// (Null when absent): uncounted for deferred and immortal values, so that
// threads calling one method never write to it.
func (t *Thread) LookupTypeRef(typ *Type, name *Str) StackRef {
	e := t.typeCacheEntry(typ, name)
	epoch := typeEpoch.Load()
	if e.typ == typ && e.name == name && e.epoch == epoch {
		v := e.value
		if v == nil {
			return Null
		}
		if r := t.refFromCache(v, epoch); !r.IsNull() {
			return r
		}
	}
	v, r := typ.lookupRef(t, name)
	*e = typeCacheEntry{typ: typ, name: name, value: v, epoch: epoch}
	return r
}

// typeCacheEntry returns the entry of t's cache for typ and name.
func (t *Thread) typeCacheEntry(typ *Type, name *Str) *typeCacheEntry {
	if t.typeCache == nil {
		t.typeCache = new([typeCacheSize]typeCacheEntry)
	}
	// Fibonacci hashing of both pointers: names and types allocated close
	// together (as interned names are) must not share a slot, or two
	// lookups a loop makes each time would evict each other.
	h := (uint64(uintptr(unsafe.Pointer(typ))>>4) ^ uint64(uintptr(unsafe.Pointer(name))>>4)*0x9E3779B97F4A7C15) * 0x9E3779B97F4A7C15
	return &t.typeCache[h>>(64-typeCacheBits)]
}

// refFromCache makes a stack ref to v, a cached value that was current at
// epoch, or returns Null if v may no longer be the value. The epoch is
// bumped before a replaced value is dropped, so while it has not moved v
// is alive and the bits read from it are its own (its memory was not
// recycled for another object).
func (t *Thread) refFromCache(v *Object, epoch uint32) StackRef {
	if rt.cfg.GIL {
		// No other thread runs before the ref is on the stack.
		return t.RefFromNew(v)
	}
	var r StackRef
	switch {
	case atomic.LoadUint32(&v.bits)&bitDeferred != 0:
		// Deferred objects die only while the world is stopped, which
		// waits for this thread to reach a safe point.
		r = RefBorrow(v)
	case v.loadTid() == tidImmortal:
		r = RefBorrow(v)
	case v.loadTid() == t.id:
		// Ours: only this thread frees it.
		t.Incref(v)
		r = RefSteal(v)
	case t.TryIncRef(v):
		r = RefSteal(v)
	default:
		return Null
	}
	if typeEpoch.Load() != epoch {
		t.Close(r)
		return Null
	}
	return r
}

// CallTypeAttr calls typ's attribute name, unbound, with args, and reports
// whether typ has it (a special method called as type(o).__m__(o, ...)).
func (t *Thread) CallTypeAttr(typ *Type, name *Str, args []*Object) (r *Object, found bool, err error) {
	m := t.LookupTypeRef(typ, name)
	if m.IsNull() {
		return nil, false, nil
	}
	r, err = CallHeld(t, m.Obj(), args, nil) // a special method, which may call one it holds
	t.Close(m)
	return r, true, err
}
