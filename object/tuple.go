// This file defines tuple, the immutable sequence.

package object

// Tuple is a tuple object. Its items are owned references.
type Tuple struct {
	Object
	Items []*Object
	// ownItems says that Items is an array NewTupleOf made, which no one
	// else can hold, so a recycled tuple may write into it again.
	ownItems bool
}

// TupleType is tuple.
var TupleType = NewStaticType(&Type{
	Name:     "tuple",
	Flags:    FlagGC,
	Traverse: func(o *Object, visit Visitor) { visitAll(Cast[Tuple](o).Items, visit) },
	Dealloc:  func(t *Thread, o *Object) { decrefLastFirst(t, Cast[Tuple](o).Items) },
	Clear: func(t *Thread, o *Object) {
		tup := Cast[Tuple](o)
		items := tup.Items
		tup.Items = nil
		decrefAll(t, items)
	},
})

var emptyTuple Tuple

func init() { newStaticObject(&emptyTuple.Object, TupleType) }

// EmptyTuple is the immortal ().
var EmptyTuple = &emptyTuple

// NewTuple returns a tuple that takes over the references in items.
func NewTuple(t *Thread, items []*Object) *Tuple {
	if len(items) == 0 {
		return &emptyTuple
	}
	var tup *Tuple
	if o := t.Reuse(TupleType); o != nil {
		tup = Cast[Tuple](o)
		tup.Items, tup.ownItems = items, false
	} else {
		tup = &Tuple{Items: items}
	}
	t.Init(&tup.Object, TupleType)
	t.Track(&tup.Object)
	return tup
}

func init() { EnableFreeList(TupleType) }

// NewTupleOf returns a tuple of n items (nil for now) that the caller
// fills with references it gives up, before its next safe point
// (BUILD_TUPLE). A tuple recycled from the free list lends its item array
// when it is big enough, so that building a small tuple allocates nothing.
func NewTupleOf(t *Thread, n int) *Tuple {
	if n == 0 {
		return &emptyTuple
	}
	var tup *Tuple
	if o := t.Reuse(TupleType); o != nil {
		tup = Cast[Tuple](o)
		if tup.ownItems && cap(tup.Items) >= n {
			tup.Items = tup.Items[:n]
			clear(tup.Items) // the previous life's items, already dropped
		} else {
			tup.Items = make([]*Object, n)
		}
	} else {
		tup = &Tuple{Items: make([]*Object, n)}
	}
	tup.ownItems = true
	t.Init(&tup.Object, TupleType)
	t.Track(&tup.Object)
	return tup
}

// NewTupleRefs returns a tuple of new references to items.
func NewTupleRefs(t *Thread, items ...*Object) *Tuple {
	if len(items) == 0 {
		return &emptyTuple
	}
	own := make([]*Object, len(items))
	for i, it := range items {
		own[i] = t.NewRef(it)
	}
	return NewTuple(t, own)
}

// NewStaticTuple returns an immortal tuple of immortal items, for
// constants built at initialisation.
func NewStaticTuple(items ...*Object) *Tuple {
	tup := &Tuple{Items: items}
	newStaticObject(&tup.Object, TupleType)
	return tup
}

// IsTuple reports whether o is a tuple.
func IsTuple(o *Object) bool { return o.typ == TupleType || IsSubtype(o.typ, TupleType) }

// ExactTuple returns o as a *Tuple if its type is tuple itself (not a
// subclass, which may override iteration).
func ExactTuple(o *Object) (*Tuple, bool) {
	if o.typ != TupleType {
		return nil, false
	}
	return Cast[Tuple](o), true
}

// AsTuple returns o as a *Tuple; o must be a tuple.
func AsTuple(o *Object) *Tuple { return Cast[Tuple](o) }

// Obj returns the object header.
func (tup *Tuple) Obj() *Object { return &tup.Object }

// Len returns the number of items.
func (tup *Tuple) Len() int { return len(tup.Items) }

func visitAll(items []*Object, visit Visitor) {
	for _, it := range items {
		if it != nil {
			visit(it)
		}
	}
}

// decrefLastFirst drops items from the last to the first: the order in
// which CPython's list and tuple deallocation, list.clear and slice
// deletion release theirs, which __del__ methods can observe.
func decrefLastFirst(t *Thread, items []*Object) {
	for i := len(items) - 1; i >= 0; i-- {
		if it := items[i]; it != nil {
			t.Decref(it)
		}
	}
}

func decrefAll(t *Thread, items []*Object) {
	for _, it := range items {
		if it != nil {
			t.Decref(it)
		}
	}
}
