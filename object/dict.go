// This file defines dict: an insertion-ordered hash table in CPython's
// compact layout (an index array of slots into a dense entry array), safe
// to share between threads.
//
// Concurrency (runtime-model.md (g)): writers hold the dict's mutex;
// readers of str keys (globals, builtins, attributes) take no lock. The
// table a reader sees is reached through one atomically published pointer
// and is never rearranged in place: a resize builds a new table, and an
// entry's key is written once, before the index slot that leads to it.
// Readers load index slots, keys and values atomically, so a writer only
// needs atomic stores for what it changes in a published table. The old
// table's memory stays valid for as long as a reader holds it (Go's
// collector does what CPython needs QSBR for). A value read without the
// lock may be dropped by a writer at once; dict_shared.go turns such a
// read into a safe reference.

package object

import (
	"sync"
	"sync/atomic"
	"unsafe"
)

// Dict is a dict object. Keys and values are owned references.
type Dict struct {
	Object
	mu   sync.Mutex
	tab  *dictTable // current table, nil when empty; loaded atomically
	used int        // live entries; guarded by mu
	uid  int32      // per-thread refcount id of a module's dict (NoUniqueID otherwise)
	// bloom has bit hash>>58 set for every key ever inserted (MayHaveStr):
	// it lets a method call rule out, with one load, that the instance
	// dict shadows the method. Written under mu (or while private), read
	// atomically; bits are never cleared while the dict lives.
	bloom uint64
	// keysAdded counts the keys ever inserted (KeysAdded): while it has
	// not moved, a key found absent is still absent. Written under mu (or
	// while private) with a release store, after the key is published.
	keysAdded uint32
	// small is the first table of a dict, inside the dict itself so that
	// a small dict is a single allocation. Once a dict moves to a bigger
	// table it never returns to this one (a reader may still hold it).
	small struct {
		table   dictTable
		index   [dictMin]int32
		entries [dictMin * 2 / 3]dictEntry
	}
}

// dictTable is one generation of a dict's storage.
type dictTable struct {
	index   []int32     // open addressing: slotEmpty, slotDummy or an entry index
	entries []dictEntry // len is the capacity; the first n are in use
	n       int         // entries appended (live or deleted); guarded by mu
	tail    int         // entries at and past tail are deleted (popitem's hint)
}

// dictEntry is one item. A deleted entry has key == nil; hash is
// written before the entry is published and never changes.
type dictEntry struct {
	hash       int64
	key, value *Object
}

const (
	slotEmpty int32 = -1
	slotDummy int32 = -2
	dictMin         = 8
)

func loadPtr(p **Object) *Object {
	return (*Object)(atomic.LoadPointer((*unsafe.Pointer)(unsafe.Pointer(p))))
}
func storePtr(p **Object, v *Object) {
	atomic.StorePointer((*unsafe.Pointer)(unsafe.Pointer(p)), unsafe.Pointer(v))
}
func loadSlot(p *int32) int32     { return atomic.LoadInt32(p) }
func storeSlot(p *int32, v int32) { atomic.StoreInt32(p, v) }

// table returns the current table, or nil.
func (d *Dict) table() *dictTable {
	return (*dictTable)(atomic.LoadPointer((*unsafe.Pointer)(unsafe.Pointer(&d.tab))))
}

func (d *Dict) publish(tab *dictTable) {
	atomic.StorePointer((*unsafe.Pointer)(unsafe.Pointer(&d.tab)), unsafe.Pointer(tab))
}

// DictType is dict.
var DictType = NewStaticType(&Type{
	Name:  "dict",
	Flags: FlagGC,
	Traverse: func(o *Object, visit Visitor) {
		d := Cast[Dict](o)
		if tab := d.table(); tab != nil {
			for i := range tab.entries[:tab.n] {
				e := &tab.entries[i]
				if k := loadPtr(&e.key); k != nil {
					visit(k)
					visit(loadPtr(&e.value))
				}
			}
		}
	},
	// Dealloc needs no lock: nothing else references the dict.
	Dealloc: func(t *Thread, o *Object) {
		d := Cast[Dict](o)
		tab := d.tab
		d.tab, d.used = nil, 0
		dropTable(t, tab)
	},
	Clear: func(t *Thread, o *Object) { Cast[Dict](o).clearEntries(t) },
})

// NewDict returns a new empty dict.
func NewDict(t *Thread) *Dict {
	var d *Dict
	if o := t.Reuse(DictType); o != nil {
		d = Cast[Dict](o)
		d.uid = NoUniqueID
		d.bloom = 0
		// A new life: the inline table may serve again.
		d.small.table = dictTable{}
		clear(d.small.entries[:])
	} else {
		d = &Dict{uid: NoUniqueID}
	}
	t.Init(&d.Object, DictType)
	t.Track(&d.Object)
	return d
}

// newStaticDict returns an immortal dict, for static types' attributes.
func newStaticDict() *Dict {
	d := &Dict{uid: NoUniqueID}
	newStaticObject(&d.Object, DictType)
	return d
}

func init() { EnableFreeList(DictType) }

// NewModuleDict returns a dict for a module's globals: deferred, with a
// unique id, so that functions count their references to it per thread.
func NewModuleDict(t *Thread) *Dict {
	d := NewDict(t)
	t.AssignUniqueID(&d.Object, &d.uid)
	return d
}

// UniqueID returns the dict's per-thread refcount id (NoUniqueID for an
// ordinary dict).
func (d *Dict) UniqueID() int32 { return LoadUniqueID(&d.uid) }

// IsDict reports whether o is a dict.
func IsDict(o *Object) bool { return o.typ == DictType || IsSubtype(o.typ, DictType) }

// AsDict returns o as a *Dict; o must be a dict.
func AsDict(o *Object) *Dict { return Cast[Dict](o) }

// Obj returns the object header.
func (d *Dict) Obj() *Object { return &d.Object }

// Len returns the number of items.
func (d *Dict) Len() int {
	d.mu.Lock()
	n := d.used
	d.mu.Unlock()
	return n
}

// detach empties d and returns the table it had, whose references the
// caller now owns (call dropTable outside the lock).
func (d *Dict) detach() *dictTable {
	tab := d.tab
	d.publish(nil)
	d.used = 0
	return tab
}

// dropTable releases the references in a table taken by detach.
func dropTable(t *Thread, tab *dictTable) {
	if tab == nil {
		return
	}
	for i := range tab.entries[:tab.n] {
		e := &tab.entries[i]
		if e.key != nil {
			t.Decref(e.key)
			t.Decref(e.value)
		}
	}
}

func (d *Dict) clearEntries(t *Thread) {
	d.mu.Lock()
	tab := d.detach()
	d.mu.Unlock()
	dropTable(t, tab)
}

// lookup finds key in the current table; the caller holds d.mu. It
// returns the table, the slot in its index holding key (or the slot where
// it would go, -1 if the table is full or absent) and the entry index, -1
// if absent. Comparing keys may run Python code, so lookup releases the
// lock around such comparisons and starts again if the dict changed.
func (d *Dict) lookup(t *Thread, key *Object, hash int64) (tab *dictTable, slot int, entry int, err error) {
	tab = d.tab
	if tab == nil {
		return nil, -1, -1, nil
	}
	mask := uint64(len(tab.index) - 1)
	perturb := uint64(hash)
	i := uint64(hash) & mask
	free := -1
	for {
		ix := tab.index[i]
		switch {
		case ix == slotEmpty:
			if free >= 0 {
				return tab, free, -1, nil
			}
			return tab, int(i), -1, nil
		case ix == slotDummy:
			if free < 0 {
				free = int(i)
			}
		default:
			e := &tab.entries[ix]
			if e.key == key {
				return tab, int(i), int(ix), nil
			}
			if e.hash == hash {
				if e.key.typ == StrType && key.typ == StrType {
					if strEqual(Cast[Str](e.key), Cast[Str](key)) {
						return tab, int(i), int(ix), nil
					}
					goto next
				}
				startkey := e.key
				t.Incref(startkey)
				d.mu.Unlock()
				eq, err := keysEqual(t, startkey, key)
				t.Decref(startkey)
				d.mu.Lock()
				if err != nil {
					return nil, 0, 0, err
				}
				if d.tab != tab || tab.entries[ix].key != startkey {
					// The comparison (or another thread) changed the
					// dict: start again.
					return d.lookup(t, key, hash)
				}
				if eq {
					return tab, int(i), int(ix), nil
				}
			}
		}
	next:
		perturb >>= 5
		i = (i*5 + perturb + 1) & mask
	}
}

// keysEqual compares two keys with equal hashes: strs by value, others
// with ==.
func keysEqual(t *Thread, a, b *Object) (bool, error) {
	if a.typ == StrType && b.typ == StrType {
		return strEqual(Cast[Str](a), Cast[Str](b)), nil
	}
	return RichCompareBool(t, a, b, EQ)
}

// GetItem returns the value for key, borrowed, or nil if absent. Another
// thread may drop the value at once: use GetItemRef where that matters.
func (d *Dict) GetItem(t *Thread, key *Object) (*Object, error) {
	if key.typ == StrType {
		if tab, ix := d.findStr(Cast[Str](key)); ix != strNeedsCompare {
			if ix < 0 {
				return nil, nil
			}
			return loadPtr(&tab.entries[ix].value), nil
		}
	}
	h, err := Hash(t, key)
	if err != nil {
		return nil, err
	}
	d.mu.Lock()
	tab, _, e, err := d.lookup(t, key, h)
	var v *Object
	if err == nil && e >= 0 {
		v = tab.entries[e].value
	}
	d.mu.Unlock()
	return v, err
}

// GetItemRef returns a new reference to the value for key, or nil if
// absent.
func (d *Dict) GetItemRef(t *Thread, key *Object) (*Object, error) {
	if key.typ == StrType {
		if v, ok := d.getStrRef(t, Cast[Str](key)); ok {
			return v, nil
		}
	}
	h, err := Hash(t, key)
	if err != nil {
		return nil, err
	}
	return d.getRefWithHash(t, key, h)
}

// containsWithHash reports whether key, whose hash is h, is in d.
func (d *Dict) containsWithHash(t *Thread, key *Object, h int64) (bool, error) {
	d.mu.Lock()
	_, _, e, err := d.lookup(t, key, h)
	d.mu.Unlock()
	return e >= 0, err
}

func (d *Dict) getRefWithHash(t *Thread, key *Object, h int64) (*Object, error) {
	d.mu.Lock()
	tab, _, e, err := d.lookup(t, key, h)
	var v *Object
	if err == nil && e >= 0 {
		v = t.NewRef(tab.entries[e].value)
	}
	d.mu.Unlock()
	return v, err
}

// GetStr returns the value for a str key, borrowed, or nil. It takes no
// lock and cannot fail: str keys compare without running Python code. It
// is the lookup of globals, builtins and attributes, so it probes the
// table itself, comparing interned names by identity first.
func (d *Dict) GetStr(key *Str) *Object {
	if tab, ix := d.findStr(key); ix >= 0 {
		return loadPtr(&tab.entries[ix].value)
	}
	return nil
}

// findStr is dictTable.findStr on the current table, read without the
// lock: the table and the entry index (-1 when there is no table).
func (d *Dict) findStr(key *Str) (*dictTable, int) {
	tab := d.table()
	if tab == nil {
		return nil, -1
	}
	return tab, tab.findStr(key)
}

// findStr returns the index of the live entry of a str key in tab, -1 if
// there is none, or strNeedsCompare if it met a non-str key with the same
// hash, which only a comparison that may run Python code can decide
// (GetItem then takes the locked path; GetStr treats it as absent).
func (tab *dictTable) findStr(key *Str) int {
	h := key.Hash()
	mask := uint64(len(tab.index) - 1)
	perturb := uint64(h)
	i := uint64(h) & mask
	for {
		ix := loadSlot(&tab.index[i])
		if ix == slotEmpty {
			return -1
		}
		if ix >= 0 {
			e := &tab.entries[ix]
			k := loadPtr(&e.key)
			if k == &key.Object {
				return int(ix)
			}
			if k != nil && e.hash == h {
				if k.typ != StrType {
					return strNeedsCompare
				}
				if strEqual(Cast[Str](k), key) {
					return int(ix)
				}
			}
		}
		perturb >>= 5
		i = (i*5 + perturb + 1) & mask
	}
}

// IndexOfStr returns the entry index of a str key, or -1.
func (d *Dict) IndexOfStr(key *Str) int {
	_, ix := d.findStr(key)
	return max(ix, -1)
}

const strNeedsCompare = -2

// ValueAt returns, borrowed, the value of entry i if its key is key
// itself (identity), else nil: the check a cached index needs.
func (d *Dict) ValueAt(i int, key *Str) *Object {
	if tab := d.table(); tab != nil && uint(i) < uint(len(tab.entries)) {
		if e := &tab.entries[i]; loadPtr(&e.key) == &key.Object {
			return loadPtr(&e.value)
		}
	}
	return nil
}

// SetItem stores new references to key and value.
func (d *Dict) SetItem(t *Thread, key, value *Object) error {
	h, err := Hash(t, key)
	if err != nil {
		return err
	}
	return d.setWithHash(t, key, h, value)
}

// setWithHash is SetItem for a key whose hash is known.
func (d *Dict) setWithHash(t *Thread, key *Object, h int64, value *Object) error {
	old, err := d.exchange(t, key, h, value)
	t.XDecref(old)
	return err
}

// exchange stores a new reference to value under key and returns the
// reference the dict held to the value it replaced (nil if none), which
// the caller drops after the lock is released.
func (d *Dict) exchange(t *Thread, key *Object, h int64, value *Object) (*Object, error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	tab, slot, e, err := d.lookup(t, key, h)
	if err != nil {
		return nil, err
	}
	t.Incref(value)
	if e >= 0 {
		ent := &tab.entries[e]
		old := ent.value
		storePtr(&ent.value, value)
		return old, nil
	}
	t.Incref(key)
	d.insertNew(key, h, value, tab, slot)
	return nil, nil
}

// ExchangeStr stores value under a str key, or removes the key when value
// is nil, and returns the reference the dict held to the previous value
// (nil if there was none) for the caller to drop: SetTypeAttr drops it
// only after invalidating the type caches that may still hold it.
func (d *Dict) ExchangeStr(t *Thread, key *Str, value *Object) *Object {
	if value != nil {
		old, _ := d.exchange(t, &key.Object, key.Hash(), value) // str keys cannot fail
		return old
	}
	k, old, _ := d.popWithHash(t, &key.Object, key.Hash())
	t.XDecref(k)
	return old
}

// insertNew appends a new item whose references the dict takes; the
// caller holds d.mu and looked key up (tab and slot are lookup's).
func (d *Dict) insertNew(key *Object, h int64, value *Object, tab *dictTable, slot int) {
	if tab == nil || slot < 0 || tab.n >= len(tab.entries) {
		tab = d.grow(d.used + 1)
		slot = tab.freeSlot(h)
	}
	d.noteKey(h)
	ix := tab.n
	e := &tab.entries[ix]
	// The entry is unreachable by probing until its index slot is stored,
	// but LoadAt reads entries by an index cached earlier (LOAD_GLOBAL),
	// maybe this one: value, then key, with release stores, so that a
	// reader that sees the key sees the value too.
	e.hash = h
	storeReleasePtr(&e.value, value)
	storeReleasePtr(&e.key, key)
	tab.n, tab.tail = ix+1, ix+1
	storeSlot(&tab.index[slot], int32(ix))
	d.used++
	StoreRelease32(&d.keysAdded, d.keysAdded+1)
}

// bloomBit is the bit of Dict.bloom for a key hash.
func bloomBit(h int64) uint64 { return 1 << (uint64(h) >> 58) }

// noteKey records a key hash in d.bloom; the caller holds d.mu or d is
// private to it. The store is relaxed (see atomics.go): writers are
// serialised by the lock, and a reader sees either word.
func (d *Dict) noteKey(h int64) {
	b := d.bloom
	if bit := bloomBit(h); b&bit == 0 {
		if raceEnabled {
			atomic.StoreUint64(&d.bloom, b|bit)
		} else {
			d.bloom = b | bit
		}
	}
}

// KeysAdded returns how many keys were ever inserted into d: LOAD_GLOBAL
// caches that a name is not a global (so a builtin) until it moves.
func (d *Dict) KeysAdded() uint32 { return atomic.LoadUint32(&d.keysAdded) }

// MayHaveStr reports whether key may be in d; false means it certainly is
// not, which costs one load instead of a probe.
func (d *Dict) MayHaveStr(key *Str) bool {
	return atomic.LoadUint64(&d.bloom)&bloomBit(key.Hash()) != 0
}

// freeSlot returns the first empty slot on h's probe sequence.
func (tab *dictTable) freeSlot(h int64) int {
	mask := uint64(len(tab.index) - 1)
	perturb := uint64(h)
	i := uint64(h) & mask
	for tab.index[i] != slotEmpty {
		perturb >>= 5
		i = (i*5 + perturb + 1) & mask
	}
	return int(i)
}

// InitItem is SetItem for a dict that no other thread can see yet (a
// display being built): a str key, whose comparison runs no Python
// code, goes in without the lock or atomic stores.
func (d *Dict) InitItem(t *Thread, key, value *Object) error {
	if key.typ != StrType {
		return d.SetItem(t, key, value)
	}
	k := Cast[Str](key)
	tab := d.tab
	if tab != nil {
		switch ix := tab.findStr(k); {
		case ix == strNeedsCompare:
			return d.SetItem(t, key, value)
		case ix >= 0:
			e := &tab.entries[ix]
			old := e.value
			e.value = t.NewRef(value)
			t.Decref(old)
			return nil
		}
	}
	h := k.Hash()
	if tab == nil || tab.n >= len(tab.entries) {
		tab = d.grow(d.used + 1)
	}
	d.noteKey(h)
	ix := tab.n
	tab.entries[ix] = dictEntry{hash: h, key: t.NewRef(key), value: t.NewRef(value)}
	tab.index[tab.freeSlot(h)] = int32(ix)
	tab.n, tab.tail = ix+1, ix+1
	d.used++
	d.keysAdded++
	return nil
}

// SetDefault returns a new reference to the value of key, storing def
// under key first if key is absent (dict.setdefault, atomically).
func (d *Dict) SetDefault(t *Thread, key, def *Object) (*Object, error) {
	h, err := Hash(t, key)
	if err != nil {
		return nil, err
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	tab, slot, e, err := d.lookup(t, key, h)
	if err != nil {
		return nil, err
	}
	if e >= 0 {
		return t.NewRef(tab.entries[e].value), nil
	}
	t.Incref(key)
	t.Incref(def)
	d.insertNew(key, h, def, tab, slot)
	return t.NewRef(def), nil
}

// SetStr stores value under a str key.
func (d *Dict) SetStr(t *Thread, key *Str, value *Object) {
	_ = d.setWithHash(t, &key.Object, key.Hash(), value) // str keys cannot fail
}

// DelItem removes key and reports whether it was present.
func (d *Dict) DelItem(t *Thread, key *Object) (bool, error) {
	h, err := Hash(t, key)
	if err != nil {
		return false, err
	}
	k, v, err := d.popWithHash(t, key, h)
	if k == nil {
		return false, err
	}
	t.Decref(k)
	t.Decref(v)
	return true, nil
}

// popWithHash removes key and returns the references the dict held to
// the key and the value, nil if absent.
func (d *Dict) popWithHash(t *Thread, key *Object, h int64) (k, v *Object, err error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	tab, slot, e, err := d.lookup(t, key, h)
	if err != nil || e < 0 {
		return nil, nil, err
	}
	return d.removeEntry(tab, slot, e)
}

// removeEntry deletes entry e, found at index slot; the caller holds
// d.mu and owns the returned references.
func (d *Dict) removeEntry(tab *dictTable, slot, e int) (k, v *Object, err error) {
	ent := &tab.entries[e]
	k, v = ent.key, ent.value
	storeSlot(&tab.index[slot], slotDummy)
	storePtr(&ent.key, nil)
	storePtr(&ent.value, nil)
	d.used--
	return k, v, nil
}

// grow publishes a new table for at least n entries, compacting deleted
// entries away, and returns it. The caller holds d.mu. The old table is
// left as it was, for readers still looking at it.
func (d *Dict) grow(n int) *dictTable {
	size := dictMin
	for size*2/3 < n {
		size *= 2
	}
	old := d.tab
	var tab *dictTable
	if old == nil && size == dictMin && d.small.table.index == nil {
		// The inline table, used once per dict.
		tab = &d.small.table
		tab.index, tab.entries = d.small.index[:], d.small.entries[:]
	} else {
		tab = &dictTable{index: make([]int32, size), entries: make([]dictEntry, size*2/3)}
	}
	for i := range tab.index {
		tab.index[i] = slotEmpty
	}
	if old != nil {
		for i := range old.entries[:old.n] {
			if e := &old.entries[i]; e.key != nil {
				tab.entries[tab.n] = *e
				tab.index[tab.freeSlot(e.hash)] = int32(tab.n)
				tab.n++
			}
		}
	}
	tab.tail = tab.n
	d.publish(tab)
	return tab
}

// Next iterates: starting from pos 0, it returns the next position and
// the item there, borrowed; ok is false at the end. The borrowed
// references are only safe while nothing removes them: use it on dicts
// no other thread changes (kwargs, a dict being built), else snapshot.
func (d *Dict) Next(pos int) (next int, key, value *Object, ok bool) {
	d.mu.Lock()
	defer d.mu.Unlock()
	tab := d.tab
	if tab == nil {
		return pos, nil, nil, false
	}
	for pos < tab.n {
		e := &tab.entries[pos]
		pos++
		if e.key != nil {
			return pos, e.key, e.value, true
		}
	}
	return pos, nil, nil, false
}

// dictSnapshot is a snapshot of a dict's items, holding references.
type dictSnapshot struct {
	keys, values []*Object
	hashes       []int64
}

// snapshot returns d's items with new references, taken under the lock,
// for operations that run Python code on each (repr, ==, merging).
func (d *Dict) snapshot(t *Thread) dictSnapshot {
	d.mu.Lock()
	defer d.mu.Unlock()
	n := d.used
	it := dictSnapshot{make([]*Object, 0, n), make([]*Object, 0, n), make([]int64, 0, n)}
	if tab := d.tab; tab != nil {
		for i := range tab.entries[:tab.n] {
			if e := &tab.entries[i]; e.key != nil {
				it.keys = append(it.keys, t.NewRef(e.key))
				it.values = append(it.values, t.NewRef(e.value))
				it.hashes = append(it.hashes, e.hash)
			}
		}
	}
	return it
}

func (it dictSnapshot) release(t *Thread) {
	decrefAll(t, it.keys)
	decrefAll(t, it.values)
}

// popLast removes the last item (popitem) and returns the references
// the dict held, nil if it is empty.
func (d *Dict) popLast() (k, v *Object) {
	d.mu.Lock()
	defer d.mu.Unlock()
	tab := d.tab
	if tab == nil || d.used == 0 {
		return nil, nil
	}
	i := tab.tail - 1
	for tab.entries[i].key == nil {
		i--
	}
	tab.tail = i
	e := &tab.entries[i]
	// Find the slot leading to entry i: it is on e.hash's probe sequence.
	mask := uint64(len(tab.index) - 1)
	perturb := uint64(e.hash)
	j := uint64(e.hash) & mask
	for tab.index[j] != int32(i) {
		perturb >>= 5
		j = (j*5 + perturb + 1) & mask
	}
	k, v, _ = d.removeEntry(tab, int(j), i)
	return k, v
}
