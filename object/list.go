// This file defines list, the mutable sequence, and the accessors that
// keep it safe to share between threads.
//
// Concurrency (runtime-model.md (g)): every operation that changes a list
// holds its mutex, and never while running Python code or dropping a
// reference (which may run a finalizer): comparisons and reprs read one
// item at a time, as a new reference, and items removed are released
// after the unlock. So a change is atomic with respect to the others, as
// in free-threaded CPython, and no lock is ever held across a safe point.
//
// Reading one item (l[i], iteration, len) takes no lock (CPython's
// list_get_item_ref). Writers publish the array they store items in (arr,
// its whole capacity) and the length (size), write slots with release
// stores, and clear every slot they vacate, so that a slot past the
// length is nil. A reader loads the array, the length and the slot, takes
// a reference it can only get on a live object (itemRef), and checks that
// the list still uses that array and the slot still holds the item;
// otherwise it takes the lock. An array a list stops using is never
// written again (a reader may still look at it): growth and sorting move
// the items to a new one.

package object

import (
	"sync"
	"sync/atomic"
)

// List is a list object. Its items are owned references.
type List struct {
	Object
	mu sync.Mutex
	// items is guarded by mu; the primitives below (store, resize,
	// adopt) keep arr and size in step with it. Code outside this package
	// uses methods (the *Private ones for a list no other thread can see).
	items []*Object
	arr   atomic.Pointer[[]*Object] // items[:cap(items)], for lock-free readers
	// size is len(items), loaded atomically by readers and stored relaxed
	// (setSize): a reader that sees a length before the slots it covers
	// finds them nil, or past its array, and takes the lock.
	size int64
	// claim is set while a thread sorts the list running Python code
	// (list_sortclaim.go); guarded by mu.
	claim *sortClaim
}

// ListType is list.
var ListType = NewStaticType(&Type{
	Name:     "list",
	Flags:    FlagGC,
	Traverse: func(o *Object, visit Visitor) { visitAll(Cast[List](o).items, visit) },
	Dealloc:  func(t *Thread, o *Object) { decrefLastFirst(t, Cast[List](o).items) },
	Clear: func(t *Thread, o *Object) {
		decrefLastFirst(t, Cast[List](o).swapItems(nil, nil))
	},
})

// The writers' primitives: the caller holds l.mu, or l is private to it.

// store sets item i (< len(l.items)) to v.
func (l *List) store(i int, v *Object) { storeReleasePtr(&l.items[i], v) }

// resize sets the length to n (<= cap(l.items)) in the current array,
// clearing the slots it vacates; slots it adds must be stored after.
func (l *List) resize(n int) {
	full := l.items[:cap(l.items)]
	for i := n; i < len(l.items); i++ {
		storeReleasePtr(&full[i], nil)
	}
	l.items = full[:n]
	l.setSize(n)
}

// setSize publishes the length n.
func (l *List) setSize(n int) {
	if raceEnabled {
		atomic.StoreInt64(&l.size, int64(n))
	} else {
		l.size = int64(n)
	}
}

// adopt makes items, whose array no reader can see yet, the list's items;
// the previous array is left as it is, for readers still looking at it.
func (l *List) adopt(items []*Object) {
	var p *[]*Object
	if cap(items) > 0 {
		full := items[:cap(items)]
		clear(full[len(items):])
		p = &full
	}
	l.items = items
	l.arr.Store(p)
	l.setSize(len(items))
}

// moveItems copies src to dst (same array, either direction) slot by
// slot with release stores: readers may be loading these slots.
func moveItems(dst, src []*Object) {
	if len(src) == 0 {
		return
	}
	if &dst[0] == &src[0] {
		return
	}
	n := min(len(dst), len(src))
	// Within one array, dst before src moves forward; after, backward.
	if uintptrOf(&dst[0]) < uintptrOf(&src[0]) {
		for i := 0; i < n; i++ {
			storeReleasePtr(&dst[i], src[i])
		}
	} else {
		for i := n - 1; i >= 0; i-- {
			storeReleasePtr(&dst[i], src[i])
		}
	}
}

// loadItemRef is the lock-free read of item i (0 <= i): a new reference,
// or nil when i is out of range; ok is false when the caller must take
// the lock and read again.
func (l *List) loadItemRef(t *Thread, i int) (v *Object, ok bool) {
	ap := l.arr.Load()
	if uint64(i) >= uint64(atomic.LoadInt64(&l.size)) {
		return nil, true
	}
	if ap == nil || i >= len(*ap) {
		return nil, false
	}
	slot := &(*ap)[i]
	if v = loadPtr(slot); v == nil {
		return nil, false
	}
	switch v.loadTid() {
	case t.id:
		// Ours, so alive (only this thread frees it), though maybe no
		// longer in the list: checked below.
		t.Incref(v)
	case tidImmortal:
	default:
		if !t.TryIncRef(v) {
			return nil, false
		}
	}
	if loadPtr(slot) == v && l.arr.Load() == ap {
		return v, true
	}
	t.Decref(v)
	return nil, false
}

// NewList returns a list that takes over the references in items (and
// the array they are in).
func NewList(t *Thread, items []*Object) *List {
	l := &List{}
	l.adopt(items)
	t.Init(&l.Object, ListType)
	t.Track(&l.Object)
	return l
}

// IsList reports whether o is a list.
func IsList(o *Object) bool { return o.typ == ListType || IsSubtype(o.typ, ListType) }

// AsList returns o as a *List; o must be a list.
func AsList(o *Object) *List { return Cast[List](o) }

// Obj returns the object header.
func (l *List) Obj() *Object { return &l.Object }

// Len returns the number of items.
func (l *List) Len() int { return int(atomic.LoadInt64(&l.size)) }

// Append appends a new reference to v.
func (l *List) Append(t *Thread, v *Object) {
	t.Incref(v)
	l.mu.Lock()
	if l.claim != nil { // lockToChange, inlined by hand on this hot path
		l.waitForSort(t)
	}
	l.push(v)
	l.mu.Unlock()
}

// push appends v, whose reference the list takes over; the caller holds
// l.mu or l is private.
func (l *List) push(v *Object) {
	n := len(l.items)
	if n < cap(l.items) {
		l.items = l.items[:n+1]
		l.store(n, v)
		l.setSize(n + 1)
		return
	}
	grown := make([]*Object, n+1, growCap(n+1))
	copy(grown, l.items)
	grown[n] = v
	l.adopt(grown)
}

// growCap is the capacity of a new array for n items: doubling while the
// list is small, as Go's append does, then growing by a quarter.
func growCap(n int) int {
	if n < 1024 {
		return max(8, 2*n)
	}
	return n + n/4
}

// appendRefs appends items, whose references the list takes over.
func (l *List) appendRefs(t *Thread, items []*Object) {
	l.lockToChange(t)
	l.extend(items)
	l.mu.Unlock()
}

// extend is appendRefs for a caller holding l.mu, or with l private.
func (l *List) extend(items []*Object) {
	n := len(l.items)
	if n+len(items) <= cap(l.items) {
		l.items = l.items[:n+len(items)]
		for i, v := range items {
			l.store(n+i, v)
		}
		l.setSize(len(l.items))
		return
	}
	grown := make([]*Object, n+len(items), growCap(n+len(items)))
	copy(grown, l.items)
	copy(grown[n:], items)
	l.adopt(grown)
}

// AppendPrivate appends v, whose reference the list takes over, to a
// list no other thread can see yet (a list display or comprehension being
// built): no lock.
func (l *List) AppendPrivate(v *Object) { l.push(v) }

// ExtendPrivate is AppendPrivate for several items.
func (l *List) ExtendPrivate(items []*Object) { l.extend(items) }

// TakePrivate empties a list no other thread can see and returns its
// items, whose references the caller now owns.
func (l *List) TakePrivate() []*Object {
	items := l.items
	l.adopt(nil)
	return items
}

// PrivateItems returns the items of a list no other thread can see, to
// read; they stay the list's.
func (l *List) PrivateItems() []*Object { return l.items }

// ItemRef returns a new reference to item i (0 <= i), or nil if the list
// is shorter.
func (l *List) ItemRef(t *Thread, i int) *Object { return l.itemRef(t, i) }

func (l *List) itemRef(t *Thread, i int) *Object {
	if v, ok := l.loadItemRef(t, i); ok {
		return v
	}
	l.mu.Lock()
	var v *Object
	if i < len(l.items) {
		v = l.items[i]
		t.Incref(v)
	}
	l.mu.Unlock()
	if v != nil && v.loadTid() != t.id {
		// The lock-free read failed; if only because no other thread
		// had counted a reference to v yet (TryIncRef), it succeeds
		// from now on.
		EnableTryIncRef(v)
	}
	return v
}

// SetItemAt replaces item i (0 <= i) with a new reference to v and
// reports whether i was in range.
func (l *List) SetItemAt(t *Thread, i int, v *Object) bool {
	t.Incref(v)
	l.lockToChange(t)
	if i >= len(l.items) {
		l.mu.Unlock()
		t.Decref(v)
		return false
	}
	old := l.items[i]
	l.store(i, v)
	l.mu.Unlock()
	t.Decref(old)
	return true
}

// Snapshot returns new references to the items, taken atomically.
func (l *List) Snapshot(t *Thread) []*Object {
	l.lockToChange(t)
	out := make([]*Object, len(l.items))
	for i, x := range l.items {
		t.Incref(x)
		out[i] = x
	}
	l.mu.Unlock()
	return out
}

// swapItems replaces the items with items (taking over their references
// and their array, which no reader may see yet) and returns the old ones,
// whose references the caller now owns. t is nil when l is dying or
// garbage (no sort can claim it).
func (l *List) swapItems(t *Thread, items []*Object) []*Object {
	if t != nil {
		l.lockToChange(t)
	} else {
		l.mu.Lock()
	}
	old := l.items
	l.adopt(items)
	l.mu.Unlock()
	return old
}

// Truncate drops the items from n on (heapq.nsmallest's result).
func (l *List) Truncate(t *Thread, n int) {
	l.lockToChange(t)
	if n >= len(l.items) {
		l.mu.Unlock()
		return
	}
	removed := append([]*Object(nil), l.items[n:]...)
	l.resize(n)
	l.mu.Unlock()
	decrefLastFirst(t, removed)
}

// Swap exchanges items i and j and reports whether both were in range.
func (l *List) Swap(t *Thread, i, j int) bool {
	l.lockToChange(t)
	defer l.mu.Unlock()
	if i >= len(l.items) || j >= len(l.items) {
		return false
	}
	x, y := l.items[i], l.items[j]
	l.store(i, y)
	l.store(j, x)
	return true
}

// PopLast removes the last item and returns the list's reference to it,
// or nil if the list is empty.
func (l *List) PopLast(t *Thread) *Object {
	l.lockToChange(t)
	defer l.mu.Unlock()
	n := len(l.items)
	if n == 0 {
		return nil
	}
	v := l.items[n-1]
	l.resize(n - 1)
	return v
}

// Exchange stores v (whose reference the list takes over) as item i and
// returns the list's reference to the old item, or nil, leaving the list
// alone, if i is out of range.
func (l *List) Exchange(t *Thread, i int, v *Object) *Object {
	l.lockToChange(t)
	defer l.mu.Unlock()
	if i >= len(l.items) {
		return nil
	}
	old := l.items[i]
	l.store(i, v)
	return old
}
