// This file turns values read from a dict without its lock into safe
// references (CPython's _Py_TryXGetRef and _Py_TryIncrefCompare). A
// value read that way may be removed and freed by a writer on another
// thread before the reader increfs it; the reader therefore increfs only
// if the object cannot be dying, then checks that the dict still holds it,
// and otherwise takes the lock.

package object

import (
	"sync"
	"sync/atomic"
)

// tryRef takes a new reference to v, which a reader loaded without the
// lock from *slot in tab, d's table, and reports whether it could.
func (t *Thread) tryRef(v *Object, slot **Object, d *Dict, tab *dictTable) bool {
	switch v.loadTid() {
	case t.id:
		// Ours: only this thread frees it, so it is still alive.
		t.Incref(v)
		return true
	case tidImmortal:
		return true
	}
	if !t.TryIncRef(v) {
		return false
	}
	if loadPtr(slot) == v && d.table() == tab {
		return true
	}
	t.Decref(v)
	return false
}

// GetStrRef returns a new reference to the value of a str key, or nil.
func (d *Dict) GetStrRef(t *Thread, key *Str) *Object {
	if v, ok := d.getStrRef(t, key); ok {
		return v
	}
	v, _ := d.getRefWithHash(t, &key.Object, key.Hash())
	return v
}

// getStrRef is GetStrRef without the lock when it can be; ok is false
// when the caller must take the locked path.
func (d *Dict) getStrRef(t *Thread, key *Str) (v *Object, ok bool) {
	tab, ix := d.findStr(key)
	if ix < 0 {
		return nil, ix != strNeedsCompare
	}
	e := &tab.entries[ix]
	if v = loadPtr(&e.value); v != nil && t.tryRef(v, &e.value, d, tab) {
		return v, true
	}
	return nil, false
}

// LoadStr returns a stack ref to the value of a str key, or Null if it is
// absent (LOAD_GLOBAL, LOAD_NAME): uncounted for deferred and immortal
// values, so that threads reading a shared function or class never write
// to it.
func (d *Dict) LoadStr(t *Thread, key *Str) StackRef {
	tab, ix := d.findStr(key)
	if ix == -1 {
		return Null
	}
	if ix >= 0 {
		if r := d.refAt(t, tab, ix); !r.IsNull() {
			return r
		}
	}
	d.mu.Lock()
	tab, _, e, _ := d.lookup(t, &key.Object, key.Hash())
	r := Null
	if e >= 0 {
		r = t.RefFromNew(tab.entries[e].value)
	}
	d.mu.Unlock()
	return r
}

// LoadAt is LoadStr for a cached entry index: Null unless entry i still
// holds key itself (the check LOAD_GLOBAL's cache needs), or when the
// value could not be taken without the lock.
func (d *Dict) LoadAt(t *Thread, i int, key *Str) StackRef {
	tab, e := d.entryAt(i, key)
	if e == nil {
		return Null
	}
	// The usual value, a function, class or module, is deferred, or a
	// built-in, immortal: RefFromShared's first cases, without the calls.
	if v := loadPtr(&e.value); v != nil {
		if atomic.LoadUint32(&v.bits)&bitDeferred != 0 {
			if loadPtr(&e.value) == v {
				return RefBorrow(v)
			}
		} else if v.loadTid() == tidImmortal {
			return RefBorrow(v)
		}
	}
	return d.refAt(t, tab, i)
}

// HoldsAt reports whether entry i of d holds key with value v, read
// without the lock and without a reference: a check against a value the
// caller keeps alive itself (MAKE_FUNCTION's cache compares the entry
// with the immortal builtins dict).
func (d *Dict) HoldsAt(i int, key *Str, v *Object) bool {
	_, e := d.entryAt(i, key)
	return e != nil && loadPtr(&e.value) == v
}

// entryAt returns the current table and its entry i, read without the
// lock, if that entry holds key itself (a cached index's check); else a
// nil entry.
func (d *Dict) entryAt(i int, key *Str) (*dictTable, *dictEntry) {
	tab := d.table()
	if tab == nil || uint(i) >= uint(len(tab.entries)) {
		return nil, nil
	}
	e := &tab.entries[i]
	if loadPtr(&e.key) != &key.Object {
		return nil, nil
	}
	return tab, e
}

// refAt makes a stack ref to the value of entry ix of tab, read without
// the lock, or returns Null if it cannot.
func (d *Dict) refAt(t *Thread, tab *dictTable, ix int) StackRef {
	e := &tab.entries[ix]
	v := loadPtr(&e.value)
	if v == nil {
		return Null
	}
	if r := t.RefFromShared(v, &e.value); !r.IsNull() {
		return r
	}
	if t.tryRef(v, &e.value, d, tab) {
		return RefSteal(v)
	}
	return Null
}

// A shared reference slot is a *Object field that several threads read
// and replace: a cell's value, an instance's __slots__ value. Writers swap
// it under a lock (SwapShared) and drop the old value after unlocking;
// readers load it without the lock when that is safe (LoadSharedRef).

// LoadSharedRef returns a stack ref to the value in slot p, or Null if it
// is empty. It takes mu, the slot's lock, only when the value might be
// dying under it (see RefFromShared).
func (t *Thread) LoadSharedRef(p **Object, mu *sync.Mutex) StackRef {
	v := loadPtr(p)
	if v == nil {
		return Null
	}
	if r := t.RefFromShared(v, p); !r.IsNull() {
		return r
	}
	mu.Lock()
	r := Null
	if v := *p; v != nil {
		r = t.RefFromNew(v)
	}
	mu.Unlock()
	return r
}

// SwapShared stores v (a reference the slot takes over; nil empties it)
// into slot p under its lock mu, and returns the old value, whose
// reference the caller drops. With onlyIfSet, emptying an empty slot
// fails (ok false) and changes nothing.
func SwapShared(p **Object, v *Object, mu *sync.Mutex, onlyIfSet bool) (old *Object, ok bool) {
	mu.Lock()
	defer mu.Unlock()
	old = *p
	if onlyIfSet && v == nil && old == nil {
		return nil, false
	}
	// A release store, not a sequentially consistent one (an XCHG on
	// amd64): the unlock orders it for the slot's other writers, and
	// readers without the lock only need to see v initialised.
	storeReleasePtr(p, v)
	return old, true
}

// RefFromShared makes a stack ref to v, just loaded without a lock from
// the shared slot p (a dict entry, a cell), when that is safe: v is
// deferred or immortal (and *p still holds it), or t owns v, so that only
// t could free it. Otherwise it returns Null and the caller takes the
// slot's lock, or tries an incref (tryRef).
func (t *Thread) RefFromShared(v *Object, p **Object) StackRef {
	if atomic.LoadUint32(&v.bits)&bitDeferred != 0 {
		// Deferred objects die only while the world is stopped, and this
		// thread reaches no safe point before the ref is on its stack.
		// The second load rules out a stale v whose memory was recycled.
		if loadPtr(p) == v {
			return RefBorrow(v)
		}
		return Null
	}
	switch v.loadTid() {
	case t.id:
		t.Incref(v)
		return RefSteal(v)
	case tidImmortal:
		// Never freed: whatever the slot holds now, v is an object.
		return RefBorrow(v)
	}
	return Null
}

// StoreAt replaces the value of entry i, which must hold key itself (the
// check STORE_ATTR's cache needs), with a new reference to v, and reports
// whether it could; false changes nothing.
func (d *Dict) StoreAt(t *Thread, i int, key *Str, v *Object) bool {
	d.mu.Lock()
	tab := d.tab
	if tab == nil || uint(i) >= uint(tab.n) || tab.entries[i].key != &key.Object {
		d.mu.Unlock()
		return false
	}
	t.Incref(v)
	e := &tab.entries[i]
	old := e.value
	storePtr(&e.value, v)
	d.mu.Unlock()
	t.Decref(old)
	return true
}
