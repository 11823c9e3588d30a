// This file defines set and frozenset: an open-addressing hash table
// following CPython's setobject.c (a table of 8 slots to start with,
// linear probing of up to 9 slots before perturbed probing, resizing at
// 60% fill), so that iteration order matches CPython's.
//
// Not yet safe for concurrent mutation from several threads, like list
// and dict.

package object

const (
	setMinSize      = 8
	setLinearProbes = 9
	setPerturbShift = 5
)

// setEntry is a table slot: empty (key nil, hash 0), dummy (key
// setDummy, hash -1) or active.
type setEntry struct {
	key  *Object
	hash int64
}

// setDummy marks a deleted slot.
var setDummy = newStaticObject(&Object{}, NoneType)

// Set is a set or frozenset object. Keys are owned references.
type Set struct {
	Object
	table  []setEntry
	fill   int   // active and dummy slots
	used   int   // active slots
	finger int   // where pop starts searching
	hash   int64 // frozenset: cached hash, -1 until computed
}

// SetType and FrozenSetType are set and frozenset.
var (
	SetType = NewStaticType(&Type{Name: "set", Flags: FlagGC | FlagBaseType | FlagWeakrefable,
		Doc: "set() -> new empty set object\nset(iterable) -> new set object\n\nBuild an unordered collection of unique elements."})
	FrozenSetType = NewStaticType(&Type{Name: "frozenset", Flags: FlagGC | FlagBaseType | FlagWeakrefable,
		Doc: "frozenset() -> empty frozenset object\nfrozenset(iterable) -> frozenset object\n\nBuild an immutable unordered collection of unique elements."})
)

// IsAnySet reports whether o is a set or a frozenset (or a subclass).
func IsAnySet(o *Object) bool {
	return o.typ == SetType || o.typ == FrozenSetType || IsSubtype(o.typ, SetType) || IsSubtype(o.typ, FrozenSetType)
}

// IsSet reports whether o is a set (not a frozenset).
func IsSet(o *Object) bool { return o.typ == SetType || IsSubtype(o.typ, SetType) }

// IsFrozenSet reports whether o is a frozenset.
func IsFrozenSet(o *Object) bool { return o.typ == FrozenSetType || IsSubtype(o.typ, FrozenSetType) }

// AsSet returns o as a *Set; o must be a set or frozenset.
func AsSet(o *Object) *Set { return Cast[Set](o) }

// Obj returns the object header.
func (s *Set) Obj() *Object { return &s.Object }

// Len returns the number of elements.
func (s *Set) Len() int { return s.used }

func newSetOfType(t *Thread, typ *Type) *Set {
	s := allocSet(typ)
	s.table, s.hash = make([]setEntry, setMinSize), -1
	t.Init(&s.Object, typ)
	t.Track(&s.Object)
	return s
}

// NewSet returns a new empty set.
func NewSet(t *Thread) *Set { return newSetOfType(t, SetType) }

// NewSetFrom returns set(iterable).
func NewSetFrom(t *Thread, iterable *Object) (*Set, error) {
	s := NewSet(t)
	if err := s.Update(t, iterable); err != nil {
		t.Decref(&s.Object)
		return nil, err
	}
	return s, nil
}

// NewFrozenSet returns a frozenset of the given items (borrowed), for
// constants.
func NewFrozenSet(t *Thread, items []*Object) (*Set, error) {
	s := newSetOfType(t, FrozenSetType)
	for _, x := range items {
		if err := s.Add(t, x); err != nil {
			t.Decref(&s.Object)
			return nil, err
		}
	}
	return s, nil
}

// newSetBase returns an empty set of the base type of typ: set or
// frozenset (make_new_set_basetype).
func newSetBase(t *Thread, typ *Type) *Set {
	if IsSubtype(typ, FrozenSetType) {
		return newSetOfType(t, FrozenSetType)
	}
	return NewSet(t)
}

func (s *Set) mask() uint64 { return uint64(len(s.table) - 1) }

// lookup returns the index of key's slot, or of the empty slot ending
// its probe sequence (set_lookkey).
func (s *Set) lookup(t *Thread, key *Object, hash int64) (int, error) {
restart:
	table := s.table
	mask := uint64(len(table) - 1)
	perturb := uint64(hash)
	i := uint64(hash) & mask
	for {
		probes := 0
		if i+setLinearProbes <= mask {
			probes = setLinearProbes
		}
		for j := i; ; j++ {
			e := &table[j]
			if e.key == nil {
				return int(j), nil
			}
			if e.hash == hash {
				start := e.key
				if start == key {
					return int(j), nil
				}
				if start.typ == StrType && key.typ == StrType {
					if strEqual(Cast[Str](start), Cast[Str](key)) {
						return int(j), nil
					}
				} else {
					t.Incref(start)
					eq, err := RichCompareBool(t, start, key, EQ)
					t.Decref(start)
					if err != nil {
						return 0, err
					}
					if len(s.table) != len(table) || &s.table[0] != &table[0] || e.key != start {
						goto restart
					}
					if eq {
						return int(j), nil
					}
				}
			}
			if probes == 0 {
				break
			}
			probes--
		}
		perturb >>= setPerturbShift
		i = (i*5 + 1 + perturb) & mask
	}
}

// addEntry inserts key (taking a new reference) unless an equal key is
// present (set_add_entry).
func (s *Set) addEntry(t *Thread, key *Object, hash int64) error {
	t.Incref(key)
restart:
	table := s.table
	mask := uint64(len(table) - 1)
	perturb := uint64(hash)
	i := uint64(hash) & mask
	free := -1
	for {
		probes := 0
		if i+setLinearProbes <= mask {
			probes = setLinearProbes
		}
		for j := i; ; j++ {
			e := &table[j]
			if e.key == nil {
				if free >= 0 {
					s.table[free] = setEntry{key: key, hash: hash}
					s.used++
					return nil
				}
				*e = setEntry{key: key, hash: hash}
				s.fill++
				s.used++
				if uint64(s.fill)*5 < mask*3 {
					return nil
				}
				n := s.used * 4
				if s.used > 50000 {
					n = s.used * 2
				}
				s.resize(n)
				return nil
			}
			if e.hash == hash {
				start := e.key
				if start == key {
					t.Decref(key)
					return nil
				}
				if start.typ == StrType && key.typ == StrType {
					if strEqual(Cast[Str](start), Cast[Str](key)) {
						t.Decref(key)
						return nil
					}
				} else {
					t.Incref(start)
					eq, err := RichCompareBool(t, start, key, EQ)
					t.Decref(start)
					if err != nil {
						t.Decref(key)
						return err
					}
					if eq {
						t.Decref(key)
						return nil
					}
					if len(s.table) != len(table) || &s.table[0] != &table[0] || e.key != start {
						goto restart
					}
				}
			} else if e.hash == -1 && free < 0 {
				free = int(j)
			}
			if probes == 0 {
				break
			}
			probes--
		}
		perturb >>= setPerturbShift
		i = (i*5 + 1 + perturb) & mask
	}
}

// insertClean puts a key known to be absent into a table without dummies
// (set_insert_clean).
func insertClean(table []setEntry, key *Object, hash int64) {
	mask := uint64(len(table) - 1)
	perturb := uint64(hash)
	i := uint64(hash) & mask
	for {
		if table[i].key == nil {
			table[i] = setEntry{key: key, hash: hash}
			return
		}
		if i+setLinearProbes <= mask {
			for j := i + 1; j <= i+setLinearProbes; j++ {
				if table[j].key == nil {
					table[j] = setEntry{key: key, hash: hash}
					return
				}
			}
		}
		perturb >>= setPerturbShift
		i = (i*5 + 1 + perturb) & mask
	}
}

// resize rebuilds the table with more than minused slots, dropping
// dummies (set_table_resize).
func (s *Set) resize(minused int) {
	size := setMinSize
	for size <= minused {
		size <<= 1
	}
	old := s.table
	s.table = make([]setEntry, size)
	for _, e := range old {
		if e.key != nil && e.key != setDummy {
			insertClean(s.table, e.key, e.hash)
		}
	}
	s.fill = s.used
}

// Add adds key to the set.
func (s *Set) Add(t *Thread, key *Object) error {
	h, err := Hash(t, key)
	if err != nil {
		return err
	}
	return s.addEntry(t, key, h)
}

// Contains reports whether key is in the set.
func (s *Set) Contains(t *Thread, key *Object) (bool, error) {
	h, err := Hash(t, key)
	if err != nil {
		return false, err
	}
	return s.containsEntry(t, key, h)
}

func (s *Set) containsEntry(t *Thread, key *Object, h int64) (bool, error) {
	i, err := s.lookup(t, key, h)
	if err != nil {
		return false, err
	}
	return s.table[i].key != nil, nil
}

// discardEntry removes key; it reports whether key was present.
func (s *Set) discardEntry(t *Thread, key *Object, h int64) (bool, error) {
	i, err := s.lookup(t, key, h)
	if err != nil {
		return false, err
	}
	old := s.table[i].key
	if old == nil {
		return false, nil
	}
	s.table[i] = setEntry{key: setDummy, hash: -1}
	s.used--
	t.Decref(old)
	return true, nil
}

// Discard removes key if present and reports whether it was.
func (s *Set) Discard(t *Thread, key *Object) (bool, error) {
	h, err := Hash(t, key)
	if err != nil {
		return false, err
	}
	return s.discardEntry(t, key, h)
}

// withFrozenKey retries an operation that failed because key is an
// unhashable set with key as a frozenset, as CPython does for
// membership, remove and discard.
func withFrozenKey[T any](t *Thread, key *Object, f func(k *Object) (T, error)) (T, error) {
	r, err := f(key)
	if err == nil || !IsSet(key) || !ErrorMatches(err, TypeErrorType) {
		return r, err
	}
	t.DropError(err)
	fs := newSetOfType(t, FrozenSetType)
	fs.mergeFrom(t, AsSet(key))
	defer t.Decref(&fs.Object)
	return f(&fs.Object)
}

func (s *Set) clearTable(t *Thread) {
	old := s.table
	s.table = make([]setEntry, setMinSize)
	s.fill, s.used, s.finger = 0, 0, 0
	for _, e := range old {
		if e.key != nil && e.key != setDummy {
			t.Decref(e.key)
		}
	}
}

// next returns the active entry at or after pos and the position after
// it, or ok false at the end (set_next).
func (s *Set) next(pos int) (int, *setEntry, bool) {
	for pos < len(s.table) {
		e := &s.table[pos]
		pos++
		if e.key != nil && e.key != setDummy {
			return pos, e, true
		}
	}
	return pos, nil, false
}

// mergeFrom adds every element of o (set_merge).
func (s *Set) mergeFrom(t *Thread, o *Set) error {
	if o == s || o.used == 0 {
		return nil
	}
	if uint64(s.fill+o.used)*5 >= s.mask()*3 {
		s.resize((s.used + o.used) * 2)
	}
	if s.fill == 0 && len(s.table) == len(o.table) && o.fill == o.used {
		for i, e := range o.table {
			if e.key != nil {
				t.Incref(e.key)
				s.table[i] = e
			}
		}
		s.fill, s.used = o.fill, o.used
		return nil
	}
	if s.fill == 0 {
		s.fill, s.used = o.used, o.used
		for _, e := range o.table {
			if e.key != nil && e.key != setDummy {
				insertClean(s.table, t.NewRef(e.key), e.hash)
			}
		}
		return nil
	}
	for pos := 0; ; {
		var e *setEntry
		var ok bool
		if pos, e, ok = o.next(pos); !ok {
			return nil
		}
		if err := s.addEntry(t, e.key, e.hash); err != nil {
			return err
		}
	}
}

// Update adds the elements of iterable (set_update_internal).
func (s *Set) Update(t *Thread, iterable *Object) error {
	if IsAnySet(iterable) {
		return s.mergeFrom(t, AsSet(iterable))
	}
	if iterable.typ == DictType {
		items := Cast[Dict](iterable).snapshot(t)
		defer items.release(t)
		if n := len(items.keys); uint64(s.fill+n)*5 >= s.mask()*3 {
			s.resize((s.used + n) * 2)
		}
		for i, k := range items.keys {
			if err := s.addEntry(t, k, items.hashes[i]); err != nil {
				return err
			}
		}
		return nil
	}
	return Iterate(t, iterable, func(x *Object) error { return s.Add(t, x) })
}

// copySet returns a new set (or frozenset, as typ says) with s's elements.
func copySet(t *Thread, typ *Type, s *Set) *Set {
	r := newSetBase(t, typ)
	r.mergeFrom(t, s) // cannot fail: the result starts empty
	return r
}

// intersection returns s & other as a new set of s's base type.
func (s *Set) intersection(t *Thread, other *Object) (*Set, error) {
	if &s.Object == other {
		return copySet(t, s.typ, s), nil
	}
	result := newSetBase(t, s.typ)
	fail := func(err error) (*Set, error) {
		t.Decref(&result.Object)
		return nil, err
	}
	if IsAnySet(other) {
		a, b := s, AsSet(other)
		if b.used > a.used {
			a, b = b, a
		}
		for pos := 0; ; {
			var e *setEntry
			var ok bool
			if pos, e, ok = b.next(pos); !ok {
				return result, nil
			}
			key, h := t.NewRef(e.key), e.hash
			in, err := a.containsEntry(t, key, h)
			if err == nil && in {
				err = result.addEntry(t, key, h)
			}
			t.Decref(key)
			if err != nil {
				return fail(err)
			}
		}
	}
	err := Iterate(t, other, func(x *Object) error {
		h, err := Hash(t, x)
		if err != nil {
			return err
		}
		in, err := s.containsEntry(t, x, h)
		if err != nil || !in {
			return err
		}
		return result.addEntry(t, x, h)
	})
	if err != nil {
		return fail(err)
	}
	return result, nil
}

// swapBodies exchanges the tables of a and b (set_swap_bodies).
func swapBodies(a, b *Set) {
	a.table, b.table = b.table, a.table
	a.fill, b.fill = b.fill, a.fill
	a.used, b.used = b.used, a.used
	a.finger, b.finger = b.finger, a.finger
	a.hash, b.hash = -1, -1
}

func (s *Set) intersectionUpdate(t *Thread, other *Object) error {
	r, err := s.intersection(t, other)
	if err != nil {
		return err
	}
	swapBodies(s, r)
	t.Decref(&r.Object)
	return nil
}

// differenceUpdate removes the elements of other
// (set_difference_update_internal).
func (s *Set) differenceUpdate(t *Thread, other *Object) error {
	if &s.Object == other {
		s.clearTable(t)
		return nil
	}
	if IsAnySet(other) {
		o := AsSet(other)
		t.Incref(other)
		if o.used>>3 > s.used {
			r, err := s.intersection(t, other)
			t.Decref(other)
			if err != nil {
				return err
			}
			o = r
		}
		defer t.Decref(&o.Object)
		for pos := 0; ; {
			var e *setEntry
			var ok bool
			if pos, e, ok = o.next(pos); !ok {
				break
			}
			key := t.NewRef(e.key)
			_, err := s.discardEntry(t, key, e.hash)
			t.Decref(key)
			if err != nil {
				return err
			}
		}
	} else {
		err := Iterate(t, other, func(x *Object) error {
			_, err := s.Discard(t, x)
			return err
		})
		if err != nil {
			return err
		}
	}
	if uint64(s.fill-s.used) <= s.mask()/4 {
		return nil
	}
	n := s.used * 4
	if s.used > 50000 {
		n = s.used * 2
	}
	s.resize(n)
	return nil
}

// difference returns s - other (set_difference).
func (s *Set) difference(t *Thread, other *Object) (*Set, error) {
	otherSize := -1
	if IsAnySet(other) {
		otherSize = AsSet(other).used
	} else if other.typ == DictType {
		otherSize = Cast[Dict](other).Len()
	}
	if otherSize < 0 || s.used>>2 > otherSize {
		r := copySet(t, s.typ, s)
		if err := r.differenceUpdate(t, other); err != nil {
			t.Decref(&r.Object)
			return nil, err
		}
		return r, nil
	}
	result := newSetBase(t, s.typ)
	for pos := 0; ; {
		var e *setEntry
		var ok bool
		if pos, e, ok = s.next(pos); !ok {
			return result, nil
		}
		key, h := t.NewRef(e.key), e.hash
		var in bool
		var err error
		if other.typ == DictType {
			in, err = Cast[Dict](other).containsWithHash(t, key, h)
		} else {
			in, err = AsSet(other).containsEntry(t, key, h)
		}
		if err == nil && !in {
			err = result.addEntry(t, key, h)
		}
		t.Decref(key)
		if err != nil {
			t.Decref(&result.Object)
			return nil, err
		}
	}
}

// symmetricDifferenceUpdate toggles the elements of other.
func (s *Set) symmetricDifferenceUpdate(t *Thread, other *Object) error {
	if &s.Object == other {
		s.clearTable(t)
		return nil
	}
	toggle := func(key *Object, h int64) error {
		key = t.NewRef(key)
		defer t.Decref(key)
		found, err := s.discardEntry(t, key, h)
		if err != nil || found {
			return err
		}
		return s.addEntry(t, key, h)
	}
	if other.typ == DictType {
		items := Cast[Dict](other).snapshot(t)
		defer items.release(t)
		for i, k := range items.keys {
			if err := toggle(k, items.hashes[i]); err != nil {
				return err
			}
		}
		return nil
	}
	var o *Set
	if IsAnySet(other) {
		o = AsSet(other)
		t.Incref(other)
	} else {
		o = newSetBase(t, s.typ)
		if err := o.Update(t, other); err != nil {
			t.Decref(&o.Object)
			return err
		}
	}
	defer t.Decref(&o.Object)
	for pos := 0; ; {
		var e *setEntry
		var ok bool
		if pos, e, ok = o.next(pos); !ok {
			return nil
		}
		if err := toggle(e.key, e.hash); err != nil {
			return err
		}
	}
}

// symmetricDifference returns s ^ other: a copy of other updated with s,
// as CPython computes it.
func (s *Set) symmetricDifference(t *Thread, other *Object) (*Set, error) {
	r := newSetBase(t, s.typ)
	if err := r.Update(t, other); err != nil {
		t.Decref(&r.Object)
		return nil, err
	}
	if err := r.symmetricDifferenceUpdate(t, &s.Object); err != nil {
		t.Decref(&r.Object)
		return nil, err
	}
	return r, nil
}

// isSubset reports s <= other for a set other.
func (s *Set) isSubset(t *Thread, o *Set) (bool, error) {
	if s.used > o.used {
		return false, nil
	}
	for pos := 0; ; {
		var e *setEntry
		var ok bool
		if pos, e, ok = s.next(pos); !ok {
			return true, nil
		}
		key := t.NewRef(e.key)
		in, err := o.containsEntry(t, key, e.hash)
		t.Decref(key)
		if err != nil || !in {
			return false, err
		}
	}
}

// frozenHash is CPython's frozenset_hash: an order-independent mix of
// the element hashes.
func (s *Set) frozenHash() int64 {
	if s.hash != -1 {
		return s.hash
	}
	shuffle := func(h uint64) uint64 { return ((h ^ 89869747) ^ (h << 16)) * 3644798167 }
	var h uint64
	for _, e := range s.table {
		if e.key != nil && e.key != setDummy {
			h ^= shuffle(uint64(e.hash))
		}
	}
	h ^= (uint64(s.used) + 1) * 1927868237
	h ^= (h >> 11) ^ (h >> 25)
	h = h*69069 + 907133923
	if h == ^uint64(0) {
		h = 590923713
	}
	s.hash = int64(h)
	return s.hash
}
