// This file defines set and frozenset: an open-addressing hash table
// following CPython's setobject.c (a table of 8 slots to start with,
// linear probing of up to 9 slots before perturbed probing, resizing at
// 60% fill), so that iteration order matches CPython's.
//
// Concurrency (runtime-model.md (g)): a set is safe to share between
// threads. Every operation that reads or writes the table of a set other
// threads may see holds the set's mutex, and it never runs Python code or
// drops a reference while it does (a decref may run __del__): keys are
// hashed before the lock is taken; a key comparison that may run code
// (anything but str and int) releases the lock, and the probe restarts if
// the table changed meanwhile; references to removed keys are dropped
// after the unlock. No operation holds two set locks: one that reads a
// second set first takes a snapshot of it (new references to its keys,
// under its lock, released before the receiver is locked), except that a
// set no other thread can see yet (a result being built, a display) is
// filled without its own lock, and from another set under that set's
// lock while no comparison that runs code is needed: the functions
// taking a setMode say which case they are in. frozensets are built the same way and never change
// afterwards; their cached hash is read and written atomically. The
// collector's Traverse and Clear run with the world stopped and Dealloc
// runs when nothing else references the set, so they need no lock.

package object

import (
	"sync"
	"sync/atomic"
)

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
	mu sync.Mutex
	// table, fill, used, finger and reuses are guarded by mu, except on a
	// set private to the thread building it.
	table  []setEntry
	fill   int // active and dummy slots
	used   int // active slots
	finger int // where pop starts searching
	// reuses counts insertions into dummy slots, so that an insertion
	// that released the lock for a comparison notices a key stored
	// meanwhile into a slot its probe had already passed.
	reuses uint
	hash   int64 // frozenset: cached hash, -1 until computed; atomic once shared
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
func (s *Set) Len() int {
	s.mu.Lock()
	n := s.used
	s.mu.Unlock()
	return n
}

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
	if err := s.update(t, iterable, setPrivate); err != nil {
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
		if err := s.InitAdd(t, x); err != nil {
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

// setKeysEqual compares two keys with equal hashes whose comparison runs no
// Python code (str and int); fast is false for any other pair.
func setKeysEqual(a, b *Object) (eq, fast bool) {
	switch {
	case a.typ == StrType && b.typ == StrType:
		return strEqual(Cast[Str](a), Cast[Str](b)), true
	case a.typ == IntType && b.typ == IntType:
		x, y := Cast[Int](a), Cast[Int](b)
		if x.big == nil && y.big == nil {
			return x.v == y.v, true
		}
		return x.Big().Cmp(y.Big()) == 0, true
	}
	return false, false
}

// setMode says how an operation on a set's table is synchronised.
type setMode uint8

const (
	setPrivate setMode = iota // the set is private to the caller: no lock
	setLocked                 // the caller holds the set's mutex
	setNoCode                 // private, but the caller holds another set's lock: run no Python code
)

// errNeedsCompare stops a setNoCode operation that needs a comparison
// that may run Python code; it is not a Python exception.
var errNeedsCompare error = needsCompare{}

type needsCompare struct{}

func (needsCompare) Error() string { return "set: comparison needed" }

// compareKey runs start == key for a lookup in s. With setLocked, s.mu
// is released for the comparison, which may run Python code, and held
// again on return; setNoCode fails with errNeedsCompare instead.
func (s *Set) compareKey(t *Thread, start, key *Object, mode setMode) (bool, error) {
	if mode == setNoCode {
		return false, errNeedsCompare
	}
	locked := mode == setLocked
	t.Incref(start)
	if locked {
		s.mu.Unlock()
	}
	eq, err := RichCompareBool(t, start, key, EQ)
	t.Decref(start)
	if locked {
		s.mu.Lock()
	}
	return eq, err
}

// lookupKey returns the index of key's slot, or of the empty slot ending
// its probe sequence (set_lookkey). With setLocked the index is valid for
// as long as the caller keeps the lock.
func (s *Set) lookupKey(t *Thread, key *Object, hash int64, mode setMode) (int, error) {
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
				eq, fast := setKeysEqual(start, key)
				if !fast {
					var err error
					if eq, err = s.compareKey(t, start, key, mode); err != nil {
						return 0, err
					}
					if len(s.table) != len(table) || &s.table[0] != &table[0] || e.key != start {
						goto restart
					}
				}
				if eq {
					return int(j), nil
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

// insertKey adds a new reference to key unless an equal key is present
// (set_add_entry).
func (s *Set) insertKey(t *Thread, key *Object, hash int64, mode setMode) error {
restart:
	table := s.table
	reuses := s.reuses
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
					if table[free].key != setDummy {
						goto restart // refilled while a comparison ran
					}
					t.Incref(key)
					table[free] = setEntry{key: key, hash: hash}
					s.used++
					s.reuses++
					return nil
				}
				t.Incref(key)
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
					return nil
				}
				eq, fast := setKeysEqual(start, key)
				if !fast {
					var err error
					if eq, err = s.compareKey(t, start, key, mode); err != nil {
						return err
					}
					if eq {
						return nil
					}
					if len(s.table) != len(table) || &s.table[0] != &table[0] || e.key != start || s.reuses != reuses {
						goto restart
					}
				} else if eq {
					return nil
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
// dummies (set_table_resize). The caller holds s.mu or owns s.
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

// InitAdd is Add for a set that no other thread can see yet (a display
// being built): it takes no lock.
func (s *Set) InitAdd(t *Thread, key *Object) error {
	h, err := Hash(t, key)
	if err != nil {
		return err
	}
	return s.insertKey(t, key, h, setPrivate)
}

func (s *Set) addEntry(t *Thread, key *Object, h int64) error {
	s.mu.Lock()
	err := s.insertKey(t, key, h, setLocked)
	s.mu.Unlock()
	return err
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
	if IsFrozenSet(&s.Object) {
		// A frozenset's table is complete before any other thread can
		// see it and never changes after: readers need no lock, and
		// threads testing membership of a shared one do not contend.
		i, err := s.lookupKey(t, key, h, setPrivate)
		return err == nil && s.table[i].key != nil, err
	}
	s.mu.Lock()
	i, err := s.lookupKey(t, key, h, setLocked)
	found := err == nil && s.table[i].key != nil
	s.mu.Unlock()
	return found, err
}

// removeAt makes active slot i a dummy and returns the set's reference
// to its key; the caller holds s.mu and drops the reference after the
// unlock.
func (s *Set) removeAt(i int) *Object {
	old := s.table[i].key
	s.table[i] = setEntry{key: setDummy, hash: -1}
	s.used--
	return old
}

// discardEntry removes key; it reports whether key was present.
func (s *Set) discardEntry(t *Thread, key *Object, h int64) (bool, error) {
	s.mu.Lock()
	i, err := s.lookupKey(t, key, h, setLocked)
	var old *Object
	if err == nil && s.table[i].key != nil {
		old = s.removeAt(i)
	}
	s.mu.Unlock()
	if old == nil {
		return false, err
	}
	t.Decref(old)
	return true, nil
}

// toggleEntry removes key if present, else adds it, as one operation.
func (s *Set) toggleEntry(t *Thread, key *Object, h int64) error {
	s.mu.Lock()
	i, err := s.lookupKey(t, key, h, setLocked)
	if err != nil {
		s.mu.Unlock()
		return err
	}
	if s.table[i].key != nil {
		old := s.removeAt(i)
		s.mu.Unlock()
		t.Decref(old)
		return nil
	}
	err = s.insertKey(t, key, h, setLocked)
	s.mu.Unlock()
	return err
}

// Discard removes key if present and reports whether it was.
func (s *Set) Discard(t *Thread, key *Object) (bool, error) {
	h, err := Hash(t, key)
	if err != nil {
		return false, err
	}
	return s.discardEntry(t, key, h)
}

// pop removes an arbitrary key and returns the set's reference to it, or
// nil if the set is empty.
func (s *Set) pop() *Object {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.used == 0 {
		return nil
	}
	i := s.finger & (len(s.table) - 1)
	for s.table[i].key == nil || s.table[i].key == setDummy {
		i++
		if i >= len(s.table) {
			i = 0
		}
	}
	s.finger = i + 1
	return s.removeAt(i)
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
	fs := copySet(t, FrozenSetType, AsSet(key))
	defer t.Decref(&fs.Object)
	return f(&fs.Object)
}

func (s *Set) clearTable(t *Thread) {
	s.mu.Lock()
	old := s.table
	s.table = make([]setEntry, setMinSize)
	s.fill, s.used, s.finger = 0, 0, 0
	s.mu.Unlock()
	for _, e := range old {
		if e.key != nil && e.key != setDummy {
			t.Decref(e.key)
		}
	}
}

// next returns the active entry at or after pos and the position after
// it, or ok false at the end (set_next). The caller holds s.mu or owns s.
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

// setSnapshot holds the keys of a set, taken under its lock in table
// order with a new reference to each, and where each was: with clean set
// (the set had no dummies) the positions give the set's exact layout in a
// table of size slots.
type setSnapshot struct {
	keys  []setSnapEntry
	size  int
	clean bool
}

type setSnapEntry struct {
	setEntry
	pos int
}

// snapshot returns a snapshot of s.
func (s *Set) snapshot(t *Thread) setSnapshot {
	s.mu.Lock()
	defer s.mu.Unlock()
	snap := setSnapshot{size: len(s.table), clean: s.fill == s.used}
	if s.used == 0 {
		return snap
	}
	snap.keys = make([]setSnapEntry, 0, s.used)
	for i, e := range s.table {
		if e.key != nil && e.key != setDummy {
			t.Incref(e.key)
			snap.keys = append(snap.keys, setSnapEntry{e, i})
		}
	}
	return snap
}

// each calls f on each key of the snapshot in table order, stopping at
// the first error.
func (snap *setSnapshot) each(f func(key *Object, h int64) error) error {
	for i := range snap.keys {
		if err := f(snap.keys[i].key, snap.keys[i].hash); err != nil {
			return err
		}
	}
	return nil
}

// release drops the references the snapshot still holds.
func (snap *setSnapshot) release(t *Thread) {
	for i := range snap.keys {
		t.Decref(snap.keys[i].key)
	}
	snap.keys = nil
}

// mergeSnapshot adds the keys of snap (set_merge). Keys that s takes
// over are removed from the snapshot, which the caller releases.
func (s *Set) mergeSnapshot(t *Thread, snap *setSnapshot, mode setMode) error {
	n := len(snap.keys)
	if n == 0 {
		return nil
	}
	if mode == setLocked {
		s.mu.Lock()
		defer s.mu.Unlock()
	}
	if s.fill == 0 {
		// s is empty: it takes over the snapshot's references, in the
		// other set's layout when it can be kept.
		s.growFor(n)
		if len(s.table) == snap.size && snap.clean {
			for _, e := range snap.keys {
				s.table[e.pos] = e.setEntry
			}
		} else {
			for _, e := range snap.keys {
				insertClean(s.table, e.key, e.hash)
			}
		}
		s.fill, s.used = n, n
		snap.keys = nil
		return nil
	}
	s.growFor(n)
	return snap.each(func(key *Object, h int64) error { return s.insertKey(t, key, h, mode) })
}

// growFor resizes s before n keys are added, as set_merge does.
func (s *Set) growFor(n int) {
	if uint64(s.fill+n)*5 < s.mask()*3 {
		return
	}
	if s.fill == 0 {
		size := setMinSize
		for size <= (s.used+n)*2 {
			size <<= 1
		}
		s.table = make([]setEntry, size)
		return
	}
	s.resize((s.used + n) * 2)
}

// mergeLocked adds o's keys to s, private to the caller, under o's lock
// (set_merge). It fails with errNeedsCompare, having added some keys, if
// that needs a comparison that may run Python code.
func (s *Set) mergeLocked(t *Thread, o *Set) error {
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.used == 0 {
		return nil
	}
	s.growFor(o.used)
	if s.fill == 0 && len(s.table) == len(o.table) && o.fill == o.used {
		for i, e := range o.table {
			if e.key != nil {
				t.Incref(e.key)
				s.table[i] = e
			}
		}
		s.fill, s.used = o.used, o.used
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
	for _, e := range o.table {
		if e.key != nil && e.key != setDummy {
			if err := s.insertKey(t, e.key, e.hash, setNoCode); err != nil {
				return err
			}
		}
	}
	return nil
}

// mergeFrom adds every element of o (set_merge). A set s private to the
// caller is filled under o's lock while no comparison is needed; else o
// is snapshotted first.
func (s *Set) mergeFrom(t *Thread, o *Set, mode setMode) error {
	if o == s {
		return nil
	}
	if mode == setPrivate {
		if err := s.mergeLocked(t, o); err != errNeedsCompare {
			return err
		}
	}
	snap := o.snapshot(t)
	err := s.mergeSnapshot(t, &snap, mode)
	snap.release(t)
	return err
}

// Update adds the elements of iterable (set_update_internal).
func (s *Set) Update(t *Thread, iterable *Object) error { return s.update(t, iterable, setLocked) }

// update is Update; setPrivate means s is private to the caller (being
// built), so that no lock is needed.
func (s *Set) update(t *Thread, iterable *Object, mode setMode) error {
	if IsAnySet(iterable) {
		return s.mergeFrom(t, AsSet(iterable), mode)
	}
	if iterable.typ == DictType {
		items := Cast[Dict](iterable).snapshot(t)
		defer items.release(t)
		if mode == setLocked {
			s.mu.Lock()
			defer s.mu.Unlock()
		}
		if n := len(items.keys); uint64(s.fill+n)*5 >= s.mask()*3 {
			s.resize((s.used + n) * 2)
		}
		for i, k := range items.keys {
			if err := s.insertKey(t, k, items.hashes[i], mode); err != nil {
				return err
			}
		}
		return nil
	}
	add := s.Add
	if mode == setPrivate {
		add = s.InitAdd
	}
	if items, ok := containerItems(t, iterable); ok {
		// A dict view: copied whole, as for a dict.
		defer decrefAll(t, items)
		for _, x := range items {
			if err := add(t, x); err != nil {
				return err
			}
		}
		return nil
	}
	return Iterate(t, iterable, func(x *Object) error { return add(t, x) })
}

// copySet returns a new set (or frozenset, as typ says) with s's elements.
func copySet(t *Thread, typ *Type, s *Set) *Set {
	r := newSetBase(t, typ)
	r.mergeFrom(t, s, setPrivate) // cannot fail: the result starts empty
	return r
}

// intersection returns s & other as a new set of s's base type.
func (s *Set) intersection(t *Thread, other *Object) (*Set, error) {
	if &s.Object == other {
		return copySet(t, s.typ, s), nil
	}
	result := newSetBase(t, s.typ) // private until returned
	var err error
	if IsAnySet(other) {
		a, b := s, AsSet(other)
		if b.Len() > a.Len() {
			a, b = b, a
		}
		snap := b.snapshot(t)
		err = snap.each(func(key *Object, h int64) error {
			in, err := a.containsEntry(t, key, h)
			if err != nil || !in {
				return err
			}
			return result.insertKey(t, key, h, setPrivate)
		})
		snap.release(t)
	} else {
		err = Iterate(t, other, func(x *Object) error {
			h, err := Hash(t, x)
			if err != nil {
				return err
			}
			in, err := s.containsEntry(t, x, h)
			if err != nil || !in {
				return err
			}
			return result.insertKey(t, x, h, setPrivate)
		})
	}
	if err != nil {
		t.Decref(&result.Object)
		return nil, err
	}
	return result, nil
}

// swapBodies exchanges the tables of a and b (set_swap_bodies); the
// caller holds a.mu and b is private to it.
func swapBodies(a, b *Set) {
	a.table, b.table = b.table, a.table
	a.fill, b.fill = b.fill, a.fill
	a.used, b.used = b.used, a.used
	a.finger, b.finger = b.finger, a.finger
	a.reuses++
	atomic.StoreInt64(&a.hash, -1)
	b.hash = -1
}

func (s *Set) intersectionUpdate(t *Thread, other *Object) error {
	r, err := s.intersection(t, other)
	if err != nil {
		return err
	}
	s.mu.Lock()
	swapBodies(s, r)
	s.mu.Unlock()
	t.Decref(&r.Object) // drops s's old keys
	return nil
}

// differenceUpdate removes the elements of other
// (set_difference_update_internal).
func (s *Set) differenceUpdate(t *Thread, other *Object) error {
	if &s.Object == other {
		s.clearTable(t)
		return nil
	}
	var err error
	if IsAnySet(other) {
		var snap setSnapshot
		if o := AsSet(other); o.Len()>>3 > s.Len() {
			r, err := s.intersection(t, other)
			if err != nil {
				return err
			}
			snap = r.snapshot(t)
			t.Decref(&r.Object)
		} else {
			snap = o.snapshot(t)
		}
		err = snap.each(func(key *Object, h int64) error {
			_, err := s.discardEntry(t, key, h)
			return err
		})
		snap.release(t)
	} else {
		err = Iterate(t, other, func(x *Object) error {
			_, err := s.Discard(t, x)
			return err
		})
	}
	if err != nil {
		return err
	}
	s.mu.Lock()
	if uint64(s.fill-s.used) > s.mask()/4 {
		n := s.used * 4
		if s.used > 50000 {
			n = s.used * 2
		}
		s.resize(n)
	}
	s.mu.Unlock()
	return nil
}

// difference returns s - other (set_difference).
func (s *Set) difference(t *Thread, other *Object) (*Set, error) {
	otherSize := -1
	if IsAnySet(other) {
		otherSize = AsSet(other).Len()
	} else if other.typ == DictType {
		otherSize = Cast[Dict](other).Len()
	}
	if otherSize < 0 || s.Len()>>2 > otherSize {
		r := copySet(t, s.typ, s)
		if err := r.differenceUpdate(t, other); err != nil {
			t.Decref(&r.Object)
			return nil, err
		}
		return r, nil
	}
	result := newSetBase(t, s.typ) // private until returned
	snap := s.snapshot(t)
	err := snap.each(func(key *Object, h int64) error {
		var in bool
		var err error
		if other.typ == DictType {
			in, err = Cast[Dict](other).containsWithHash(t, key, h)
		} else {
			in, err = AsSet(other).containsEntry(t, key, h)
		}
		if err != nil || in {
			return err
		}
		return result.insertKey(t, key, h, setPrivate)
	})
	snap.release(t)
	if err != nil {
		t.Decref(&result.Object)
		return nil, err
	}
	return result, nil
}

// symmetricDifferenceUpdate toggles the elements of other.
func (s *Set) symmetricDifferenceUpdate(t *Thread, other *Object) error {
	if &s.Object == other {
		s.clearTable(t)
		return nil
	}
	toggle := func(key *Object, h int64) error { return s.toggleEntry(t, key, h) }
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
	var snap setSnapshot
	if IsAnySet(other) {
		snap = AsSet(other).snapshot(t)
	} else {
		o, err := NewSetFrom(t, other)
		if err != nil {
			return err
		}
		snap = o.snapshot(t)
		t.Decref(&o.Object)
	}
	err := snap.each(toggle)
	snap.release(t)
	return err
}

// symmetricDifference returns s ^ other: a copy of other updated with s,
// as CPython computes it.
func (s *Set) symmetricDifference(t *Thread, other *Object) (*Set, error) {
	r := newSetBase(t, s.typ)
	if err := r.update(t, other, setPrivate); err != nil {
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
	if s.Len() > o.Len() {
		return false, nil
	}
	snap := s.snapshot(t)
	defer snap.release(t)
	r := true
	err := snap.each(func(key *Object, h int64) error {
		in, err := o.containsEntry(t, key, h)
		if err == nil && !in {
			r = false
			return errStopIterate
		}
		return err
	})
	if err == errStopIterate {
		err = nil
	}
	return r && err == nil, err
}

// cachedHash returns the frozenset hash cached by frozenHash, or -1.
func (s *Set) cachedHash() int64 { return atomic.LoadInt64(&s.hash) }

// frozenHash is CPython's frozenset_hash: an order-independent mix of
// the element hashes. Threads computing it at once store the same value.
func (s *Set) frozenHash() int64 {
	if h := s.cachedHash(); h != -1 {
		return h
	}
	shuffle := func(h uint64) uint64 { return ((h ^ 89869747) ^ (h << 16)) * 3644798167 }
	var h uint64
	s.mu.Lock()
	for _, e := range s.table {
		if e.key != nil && e.key != setDummy {
			h ^= shuffle(uint64(e.hash))
		}
	}
	h ^= (uint64(s.used) + 1) * 1927868237
	s.mu.Unlock()
	h ^= (h >> 11) ^ (h >> 25)
	h = h*69069 + 907133923
	if h == ^uint64(0) {
		h = 590923713
	}
	atomic.StoreInt64(&s.hash, int64(h))
	return int64(h)
}
