// This file defines dict: an insertion-ordered hash table in CPython's
// compact layout (an index array of slots into a dense entry array).
//
// Not yet safe for concurrent mutation from several threads: the threads
// issue adds per-object locking and lock-free reads (runtime-model.md (g)).

package object

// Dict is a dict object. Keys and values are owned references.
type Dict struct {
	Object
	entries []dictEntry // insertion order; a deleted entry has key == nil
	index   []int32     // open addressing: slotEmpty, slotDummy or an entry index
	used    int         // live entries
	uid     int32       // per-thread refcount id of a module's dict (NoUniqueID otherwise)
	// small is the table of a dict of up to 5 items, inside the dict
	// itself so that a small dict is a single allocation.
	small struct {
		index   [dictMin]int32
		entries [dictMin * 2 / 3]dictEntry
	}
}

type dictEntry struct {
	hash       int64
	key, value *Object
}

const (
	slotEmpty int32 = -1
	slotDummy int32 = -2
	dictMin         = 8
)

// DictType is dict.
var DictType = NewStaticType(&Type{
	Name:  "dict",
	Flags: FlagGC,
	Traverse: func(o *Object, visit Visitor) {
		for _, e := range Cast[Dict](o).entries {
			if e.key != nil {
				visit(e.key)
				visit(e.value)
			}
		}
	},
	Dealloc: func(t *Thread, o *Object) { Cast[Dict](o).clearEntries(t) },
	Clear:   func(t *Thread, o *Object) { Cast[Dict](o).clearEntries(t) },
})

// NewDict returns a new empty dict.
func NewDict(t *Thread) *Dict {
	var d *Dict
	if o := t.Reuse(DictType); o != nil {
		d = Cast[Dict](o)
		d.uid = NoUniqueID
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
func (d *Dict) Len() int { return d.used }

func (d *Dict) clearEntries(t *Thread) {
	entries := d.entries
	d.entries, d.index, d.used = nil, nil, 0
	defer clear(d.small.entries[:])
	for _, e := range entries {
		if e.key != nil {
			t.Decref(e.key)
			t.Decref(e.value)
		}
	}
}

// lookup finds key; it returns the slot in index holding it (or the slot
// where it would go) and the entry index, -1 if absent.
func (d *Dict) lookup(t *Thread, key *Object, hash int64) (slot int, entry int, err error) {
	if len(d.index) == 0 {
		return -1, -1, nil
	}
	mask := uint64(len(d.index) - 1)
	perturb := uint64(hash)
	i := uint64(hash) & mask
	free := -1
	for {
		ix := d.index[i]
		switch {
		case ix == slotEmpty:
			if free >= 0 {
				return free, -1, nil
			}
			return int(i), -1, nil
		case ix == slotDummy:
			if free < 0 {
				free = int(i)
			}
		default:
			e := &d.entries[ix]
			if e.key == key {
				return int(i), int(ix), nil
			}
			if e.hash == hash {
				if e.key.typ == StrType && key.typ == StrType {
					if strEqual(Cast[Str](e.key), Cast[Str](key)) {
						return int(i), int(ix), nil
					}
					goto next
				}
				startkey, nindex := e.key, len(d.index)
				t.Incref(startkey)
				eq, err := keysEqual(t, startkey, key)
				t.Decref(startkey)
				if err != nil {
					return 0, 0, err
				}
				if len(d.index) != nindex || int(ix) >= len(d.entries) || d.entries[ix].key != startkey {
					// the comparison mutated the dict: start again
					return d.lookup(t, key, hash)
				}
				if eq {
					return int(i), int(ix), nil
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

// GetItem returns the value for key, borrowed, or nil if absent.
func (d *Dict) GetItem(t *Thread, key *Object) (*Object, error) {
	h, err := Hash(t, key)
	if err != nil {
		return nil, err
	}
	_, e, err := d.lookup(t, key, h)
	if err != nil || e < 0 {
		return nil, err
	}
	return d.entries[e].value, nil
}

// GetStr returns the value for a str key, borrowed, or nil. It cannot
// fail: str keys compare without running Python code. It is the lookup of
// globals, builtins and attributes, so it probes the table itself,
// comparing interned names by identity first.
func (d *Dict) GetStr(key *Str) *Object {
	if len(d.index) == 0 {
		return nil
	}
	h := key.Hash()
	mask := uint64(len(d.index) - 1)
	perturb := uint64(h)
	i := uint64(h) & mask
	for {
		ix := d.index[i]
		if ix == slotEmpty {
			return nil
		}
		if ix >= 0 {
			e := &d.entries[ix]
			if e.key == &key.Object {
				return e.value
			}
			if e.hash == h {
				if e.key.typ == StrType {
					if strEqual(Cast[Str](e.key), key) {
						return e.value
					}
				} else {
					// A non-str key with a str's hash: the general path,
					// which may run __eq__ (and so needs no thread only
					// if it never does; a str key compares to it by value).
					v, _ := d.GetItem(nil, &key.Object)
					return v
				}
			}
		}
		perturb >>= 5
		i = (i*5 + perturb + 1) & mask
	}
}

// IndexOfStr returns the entry index of a str key, or -1.
func (d *Dict) IndexOfStr(key *Str) int {
	if len(d.index) == 0 {
		return -1
	}
	_, e, _ := d.lookup(nil, &key.Object, key.Hash())
	return e
}

// ValueAt returns, borrowed, the value of entry i if its key is key
// itself (identity), else nil: the check a cached index needs.
func (d *Dict) ValueAt(i int, key *Str) *Object {
	if uint(i) < uint(len(d.entries)) {
		if e := &d.entries[i]; e.key == &key.Object {
			return e.value
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
	slot, e, err := d.lookup(t, key, h)
	if err != nil {
		return err
	}
	t.Incref(value)
	if e >= 0 {
		old := d.entries[e].value
		d.entries[e].value = value
		t.Decref(old)
		return nil
	}
	t.Incref(key)
	if slot < 0 || len(d.entries)+1 > len(d.index)*2/3 {
		d.resize(len(d.entries) + 1)
		slot, _, _ = d.lookup(t, key, h) // cannot compare equal: key is new
	}
	d.index[slot] = int32(len(d.entries))
	d.entries = append(d.entries, dictEntry{hash: h, key: key, value: value})
	d.used++
	return nil
}

// SetStr stores value under a str key.
func (d *Dict) SetStr(t *Thread, key *Str, value *Object) {
	_ = d.SetItem(t, &key.Object, value) // str keys cannot fail
}

// DelItem removes key and reports whether it was present.
func (d *Dict) DelItem(t *Thread, key *Object) (bool, error) {
	h, err := Hash(t, key)
	if err != nil {
		return false, err
	}
	slot, e, err := d.lookup(t, key, h)
	if err != nil || e < 0 {
		return false, err
	}
	d.index[slot] = slotDummy
	old := d.entries[e]
	d.entries[e] = dictEntry{}
	d.used--
	t.Decref(old.key)
	t.Decref(old.value)
	return true, nil
}

// resize rebuilds the index for at least n entries, compacting deleted
// entries away.
func (d *Dict) resize(n int) {
	size := dictMin
	for size*2/3 < n {
		size *= 2
	}
	var live []dictEntry
	if size == dictMin {
		// The inline table; compacting in place is safe when d.entries
		// already is it, since the write index never passes the read index.
		live = d.small.entries[:0]
	} else {
		live = make([]dictEntry, 0, max(n, d.used))
	}
	for _, e := range d.entries {
		if e.key != nil {
			live = append(live, e)
		}
	}
	clear(live[len(live):cap(live)])
	d.entries = live
	if size == dictMin {
		d.index = d.small.index[:]
	} else {
		d.index = make([]int32, size)
	}
	for i := range d.index {
		d.index[i] = slotEmpty
	}
	mask := uint64(size - 1)
	for ix, e := range d.entries {
		perturb := uint64(e.hash)
		i := uint64(e.hash) & mask
		for d.index[i] != slotEmpty {
			perturb >>= 5
			i = (i*5 + perturb + 1) & mask
		}
		d.index[i] = int32(ix)
	}
}

// Next iterates: starting from pos 0, it returns the next position and
// the item there, borrowed; ok is false at the end.
func (d *Dict) Next(pos int) (next int, key, value *Object, ok bool) {
	for pos < len(d.entries) {
		e := d.entries[pos]
		pos++
		if e.key != nil {
			return pos, e.key, e.value, true
		}
	}
	return pos, nil, nil, false
}
