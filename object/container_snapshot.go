// This file takes whole-container snapshots of sets, dicts and dict
// views for the operations that copy them (list(s), tuple(d), sorted(d),
// str.join(s), list(d.items()), ...).
//
// Free-threaded CPython copies a set or dict it is building a list or
// tuple from inside the container's critical section, so such a copy
// never sees a half-changed container and never raises "changed size
// during iteration", however other threads change it. Iterating item by
// item (what a for loop does) still raises that error, and still does
// here: only these whole-container copies go through a snapshot.

package object

// containerItems returns new references to the items of an exact set,
// frozenset, dict or dict view, copied under the container's lock; ok
// is false for any other object (subclasses may override __iter__).
func containerItems(t *Thread, o *Object) (items []*Object, ok bool) {
	switch o.typ {
	case SetType, FrozenSetType:
		return Cast[Set](o).keysSnapshot(t), true
	case DictType:
		return Cast[Dict](o).viewSnapshot(t, dictKeys), true
	case DictKeysType, DictValuesType, DictItemsType:
		v := Cast[dictView](o)
		return v.d.viewSnapshot(t, v.kind), true
	}
	return nil, false
}

// keysSnapshot returns new references to s's keys in table order (the
// order iteration gives), taken under s's lock.
func (s *Set) keysSnapshot(t *Thread) []*Object {
	s.mu.Lock()
	out := make([]*Object, 0, s.used)
	for _, e := range s.table {
		if e.key != nil && e.key != setDummy {
			t.Incref(e.key)
			out = append(out, e.key)
		}
	}
	s.mu.Unlock()
	return out
}

// viewSnapshot returns new references to d's keys, values or (key,
// value) tuples in insertion order, taken under d's lock. The tuples
// are made after the unlock: making objects under a lock is avoided
// (an allocation may reach a safe point).
func (d *Dict) viewSnapshot(t *Thread, kind int) []*Object {
	if kind != dictItems {
		d.mu.Lock()
		out := make([]*Object, 0, d.used)
		if tab := d.tab; tab != nil {
			for i := range tab.entries[:tab.n] {
				if e := &tab.entries[i]; e.key != nil {
					x := e.key
					if kind == dictValues {
						x = e.value
					}
					t.Incref(x)
					out = append(out, x)
				}
			}
		}
		d.mu.Unlock()
		return out
	}
	snap := d.snapshot(t)
	out := make([]*Object, len(snap.keys))
	for i := range snap.keys {
		// The tuple takes over the snapshot's references.
		out[i] = &NewTuple(t, []*Object{snap.keys[i], snap.values[i]}).Object
	}
	return out
}
