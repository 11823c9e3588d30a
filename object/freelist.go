// This file keeps per-thread free lists of small objects (design.md
// decision 9): an object whose count reached zero goes back to its
// thread's list for its type, and the next allocation of that type on
// the thread reuses it, so a steady-state loop allocates nothing from
// Go's heap and Go's collector stays idle.
//
// Only types that opt in (a FreeList index, assigned by EnableFreeList)
// are recycled: immutable leaf objects such as int and float, which no
// reader holds without a count and which are not weakly referenceable.
// Containers that lock-free readers may see need QSBR before they can be
// recycled (runtime-model.md (g)). Debug mode never recycles: it poisons.

package object

const (
	maxFreeLists  = 16
	freeListLimit = 256 // objects kept per type and thread
)

var freeListTypes int

// EnableFreeList gives typ a per-thread free list. Call it at
// initialisation, for types whose instances are all the same Go struct.
func EnableFreeList(typ *Type) { typ.freeList = NewFreeList() }

// Reuse returns a freed object of type typ from t's free list, or nil.
// The caller reinitialises its fields and calls Init.
func (t *Thread) Reuse(typ *Type) *Object {
	l := &t.freeLists[typ.freeList]
	n := len(*l)
	if n == 0 {
		return nil
	}
	o := (*l)[n-1]
	(*l)[n-1] = nil
	*l = (*l)[:n-1]
	if typ.Flags&FlagGC == 0 {
		o.relaxedStoreBits(0)
		return o
	}
	// A GC object may still sit in a registry (bitListed), whose owner
	// compacts it with a CAS on the bits: keep bitListed, atomically. An
	// object that was tracked when it died has no other bit left
	// (dealloc's untrack), and then there is nothing to write.
	for {
		b := o.loadBits()
		if b&^bitListed == 0 || o.casBits(b, b&bitListed) {
			return o
		}
	}
}

// NewFreeList returns the id of a new per-thread free list, for types
// created at run time that share one Go layout (SetFreeList).
func NewFreeList() int {
	if freeListTypes == maxFreeLists {
		panic("object: too many free lists")
	}
	freeListTypes++
	return freeListTypes
}

// SetFreeList makes typ's freed instances go to free list id.
func (typ *Type) SetFreeList(id int) { typ.freeList = id }

// recycle keeps a freed object for reuse; it reports false when the list
// is full (Go's collector then reclaims the object).
func (t *Thread) recycle(o *Object, id int) bool {
	l := &t.freeLists[id]
	if len(*l) >= freeListLimit {
		return false
	}
	*l = append(*l, o)
	return true
}
