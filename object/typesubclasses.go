// This file keeps each type's list of its direct subclasses (CPython's
// tp_subclasses): weak references, added when a class is created and
// removed when it dies, so that a change to a special method can reach
// the subclasses that inherit it, and type.__subclasses__ can answer,
// without walking the heap.
//
// The entries are ordinary weak references, so the collector clears the
// ones to garbage classes while the world is stopped, before any of them
// is torn down: a reader never revives a class the collector has
// condemned. The dying class then removes its entries from its bases
// (RemoveSubclass, from its dealloc or clear).

package object

import "sync"

// subclassList is a type's weak references to its direct subclasses, in
// creation order. Removing leaves a hole (a zero entry) that a later
// addition compacts, so that removal costs a map lookup whatever the
// length.
type subclassList struct {
	mu      sync.Mutex
	entries []subclassEntry
	index   map[*Type]int // subclass -> its position in entries
	holes   int
}

// subclassEntry pairs a subclass (used only as a key, never followed:
// the weak reference says whether it is alive) with its weak reference.
type subclassEntry struct {
	sub *Type
	wr  *Weakref
}

// AddSubclass records sub as a direct subclass of base. Call it once per
// base when sub is created, once sub's bases are set.
func (t *Thread) AddSubclass(base, sub *Type) {
	wr, err := t.NewWeakref(&sub.Object, nil)
	if err != nil {
		return // sub's metatype has no weak references: it stays unlisted
	}
	l := &base.subclasses
	l.mu.Lock()
	if l.index == nil {
		l.index = make(map[*Type]int)
	}
	if _, dup := l.index[sub]; dup {
		l.mu.Unlock()
		t.Decref(&wr.Object)
		return
	}
	if l.holes > len(l.entries)/2 {
		l.compact()
	}
	l.index[sub] = len(l.entries)
	l.entries = append(l.entries, subclassEntry{sub, wr})
	l.mu.Unlock()
}

// compact closes the holes removals left. l.mu is held.
func (l *subclassList) compact() {
	n := 0
	for _, e := range l.entries {
		if e.wr != nil {
			l.index[e.sub] = n
			l.entries[n] = e
			n++
		}
	}
	clear(l.entries[n:])
	l.entries = l.entries[:n]
	l.holes = 0
}

// RemoveSubclass forgets sub as a subclass of base; sub is dying (its
// dealloc or the collector's clear). It does nothing if sub is not listed.
func (t *Thread) RemoveSubclass(base, sub *Type) {
	l := &base.subclasses
	l.mu.Lock()
	i, ok := l.index[sub]
	if !ok {
		l.mu.Unlock()
		return
	}
	delete(l.index, sub)
	wr := l.entries[i].wr
	l.entries[i] = subclassEntry{}
	l.holes++
	if len(l.index) == 0 {
		l.entries, l.holes = nil, 0
	}
	l.mu.Unlock()
	t.Decref(&wr.Object)
}

// SubclassCount returns how many subclasses base lists, dead ones not
// yet removed included (for tests).
func SubclassCount(base *Type) int {
	l := &base.subclasses
	l.mu.Lock()
	defer l.mu.Unlock()
	return len(l.index)
}

// Subclasses returns new references to typ's direct subclasses
// (type.__subclasses__): the static types that name it as a base, then
// the live classes from typ's list of weak references to them
// (typesubclasses.go), in the order they were created.
func (t *Thread) Subclasses(typ *Type) []*Object {
	var out []*Object
	pendingTypes.mu.Lock()
	statics := append([]*Type(nil), pendingTypes.all...)
	pendingTypes.mu.Unlock()
	for _, c := range statics {
		bases := c.Bases
		if len(bases) == 0 && c.Base != nil {
			bases = []*Type{c.Base}
		}
		for _, b := range bases {
			if b == typ {
				t.Incref(&c.Object)
				out = append(out, &c.Object)
				break
			}
		}
	}
	return append(out, t.liveSubclasses(typ)...)
}

// liveSubclasses returns new references to base's listed subclasses that
// are still alive, in creation order.
func (t *Thread) liveSubclasses(base *Type) []*Object {
	l := &base.subclasses
	l.mu.Lock()
	refs := make([]*Weakref, 0, len(l.index))
	for _, e := range l.entries {
		if e.wr != nil {
			t.Incref(&e.wr.Object)
			refs = append(refs, e.wr)
		}
	}
	l.mu.Unlock()
	var out []*Object
	for _, wr := range refs {
		if o := t.WeakrefGet(wr); o != nil {
			out = append(out, o)
		}
		t.Decref(&wr.Object)
	}
	return out
}

// ForEachSubclass calls f for each live direct subclass of base. The
// world must be stopped (as when a class's special method changes), so
// that no class dies or appears meanwhile; f may not start the world.
func ForEachSubclass(base *Type, f func(sub *Type)) {
	l := &base.subclasses
	l.mu.Lock()
	entries := append([]subclassEntry(nil), l.entries...)
	l.mu.Unlock()
	for _, e := range entries {
		if e.wr == nil {
			continue
		}
		if o := e.wr.referent.Load(); o != nil {
			f(AsType(o))
		}
	}
}
