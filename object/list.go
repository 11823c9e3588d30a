// This file defines list, the mutable sequence.
//
// Not yet safe for concurrent mutation from several threads: the threads
// issue adds per-object locking (runtime-model.md (g)).

package object

// List is a list object. Its items are owned references.
type List struct {
	Object
	Items []*Object
}

// ListType is list.
var ListType = NewStaticType(&Type{
	Name:     "list",
	Flags:    FlagGC,
	Traverse: func(o *Object, visit Visitor) { visitAll(Cast[List](o).Items, visit) },
	Dealloc:  func(t *Thread, o *Object) { decrefAll(t, Cast[List](o).Items) },
	Clear: func(t *Thread, o *Object) {
		l := Cast[List](o)
		items := l.Items
		l.Items = nil
		decrefAll(t, items)
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

// Append appends a new reference to v.
func (l *List) Append(t *Thread, v *Object) {
	l.Items = append(l.Items, t.NewRef(v))
}
