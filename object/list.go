// This file defines list, the mutable sequence, and the accessors that
// keep it safe to share between threads.
//
// Concurrency (runtime-model.md (g)): every operation on a list holds its
// mutex, and never while running Python code or dropping a reference
// (which may run a finalizer): comparisons and reprs read one item at a
// time, as a new reference, and items removed are released after the
// unlock. So an operation is atomic with respect to the others, as in
// free-threaded CPython, and no lock is ever held across a safe point.

package object

import "sync"

// List is a list object. Its items are owned references.
type List struct {
	Object
	mu sync.Mutex
	// Items is guarded by mu. Code outside this package reads it only on
	// a list private to the caller (one it just built); shared lists go
	// through the methods below.
	Items []*Object
}

// ListType is list.
var ListType = NewStaticType(&Type{
	Name:     "list",
	Flags:    FlagGC,
	Traverse: func(o *Object, visit Visitor) { visitAll(Cast[List](o).Items, visit) },
	Dealloc:  func(t *Thread, o *Object) { decrefAll(t, Cast[List](o).Items) },
	Clear: func(t *Thread, o *Object) {
		decrefAll(t, Cast[List](o).swapItems(nil))
	},
})

// NewList returns a list that takes over the references in items.
func NewList(t *Thread, items []*Object) *List {
	l := &List{Items: items}
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
func (l *List) Len() int {
	l.mu.Lock()
	n := len(l.Items)
	l.mu.Unlock()
	return n
}

// Append appends a new reference to v.
func (l *List) Append(t *Thread, v *Object) {
	t.Incref(v)
	l.mu.Lock()
	l.Items = append(l.Items, v)
	l.mu.Unlock()
}

// appendRefs appends items, whose references the list takes over.
func (l *List) appendRefs(items []*Object) {
	l.mu.Lock()
	l.Items = append(l.Items, items...)
	l.mu.Unlock()
}

// ItemRef returns a new reference to item i (0 <= i), or nil if the list
// is shorter.
func (l *List) ItemRef(t *Thread, i int) *Object { return l.itemRef(t, i) }

func (l *List) itemRef(t *Thread, i int) *Object {
	l.mu.Lock()
	var v *Object
	if i < len(l.Items) {
		v = l.Items[i]
		t.Incref(v)
	}
	l.mu.Unlock()
	return v
}

// SetItemAt replaces item i (0 <= i) with a new reference to v and
// reports whether i was in range.
func (l *List) SetItemAt(t *Thread, i int, v *Object) bool {
	t.Incref(v)
	l.mu.Lock()
	if i >= len(l.Items) {
		l.mu.Unlock()
		t.Decref(v)
		return false
	}
	old := l.Items[i]
	l.Items[i] = v
	l.mu.Unlock()
	t.Decref(old)
	return true
}

// Snapshot returns new references to the items, taken atomically.
func (l *List) Snapshot(t *Thread) []*Object {
	l.mu.Lock()
	out := make([]*Object, len(l.Items))
	for i, x := range l.Items {
		t.Incref(x)
		out[i] = x
	}
	l.mu.Unlock()
	return out
}

// swapItems replaces the items with items (taking over their references)
// and returns the old ones, whose references the caller now owns.
func (l *List) swapItems(items []*Object) []*Object {
	l.mu.Lock()
	old := l.Items
	l.Items = items
	l.mu.Unlock()
	return old
}

// Swap exchanges items i and j and reports whether both were in range.
func (l *List) Swap(i, j int) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	if i >= len(l.Items) || j >= len(l.Items) {
		return false
	}
	l.Items[i], l.Items[j] = l.Items[j], l.Items[i]
	return true
}

// PopLast removes the last item and returns the list's reference to it,
// or nil if the list is empty.
func (l *List) PopLast() *Object {
	l.mu.Lock()
	defer l.mu.Unlock()
	n := len(l.Items)
	if n == 0 {
		return nil
	}
	v := l.Items[n-1]
	l.Items[n-1] = nil
	l.Items = l.Items[:n-1]
	return v
}

// Exchange stores v (whose reference the list takes over) as item i and
// returns the list's reference to the old item, or nil, leaving the list
// alone, if i is out of range.
func (l *List) Exchange(i int, v *Object) *Object {
	l.mu.Lock()
	defer l.mu.Unlock()
	if i >= len(l.Items) {
		return nil
	}
	old := l.Items[i]
	l.Items[i] = v
	return old
}
