// This file implements weak references: the weakref type, the table that
// maps a referent to its weak references, clearing at dealloc, and the
// collector's handling of weak references to garbage.
//
// The table is sharded by referent address so that unrelated objects do
// not share a lock. A referent's list is only ever changed under its
// shard's lock, and Get increfs the referent under that lock with
// TryIncRef, so a concurrent final decref on another thread either sees
// the increment (and the object lives) or wins, in which case its dealloc
// clears the weak reference before anyone can observe the dead object.

package object

import (
	"errors"
	"slices"
	"sync"
	"sync/atomic"
	"unsafe"
)

// Weakref is a weak reference object (weakref.ref).
type Weakref struct {
	Object
	referent atomic.Pointer[Object] // nil once the referent died
	callback *Object                // called with the weakref when the referent dies; owned
	dict     *Dict                  // attributes of a Python subclass's instance
}

// WeakrefType is the type of weak references.
var WeakrefType = Type{
	Name:     "ReferenceType",
	Module:   "weakref",
	Flags:    FlagGC | FlagBaseType,
	Dealloc:  weakrefDealloc,
	Traverse: weakrefTraverse,
	Clear:    weakrefClear,
}

func init() {
	WeakrefType.SubclassDict = func(o *Object) **Dict { return &Cast[Weakref](o).dict }
	NewStaticType(&WeakrefType)
}

// IsWeakref reports whether o is a weak reference (of weakref.ref or a
// subclass).
func IsWeakref(o *Object) bool { return IsSubtype(o.typ, &WeakrefType) }

// ErrNotWeakrefable is returned when weak references to an object's type
// are not allowed (Python raises TypeError "cannot create weak reference
// to 'int' object").
var ErrNotWeakrefable = errors.New("cannot create weak reference")

const weakShards = 64

type weakTable struct {
	shards [weakShards]weakShard
}

type weakShard struct {
	mu    sync.Mutex
	lists map[*Object][]*Weakref
}

func weakShardFor(o *Object) *weakShard {
	h := uintptr(unsafe.Pointer(o)) >> 5 // headers are at least 32 bytes apart
	return &rt.weak.shards[h%weakShards]
}

// NewWeakref returns a new weak reference to referent, with an optional
// callback (nil for none). As in CPython, a reference without a callback
// is shared: asking twice returns the same object.
func (t *Thread) NewWeakref(referent, callback *Object) (*Weakref, error) {
	return t.NewWeakrefOfType(&WeakrefType, referent, callback)
}

// NewWeakrefOfType is NewWeakref for weakref.ref or a subclass of it,
// typ. Only plain weakref.ref objects without a callback are shared.
func (t *Thread) NewWeakrefOfType(typ *Type, referent, callback *Object) (*Weakref, error) {
	if referent.typ.Flags&FlagWeakrefable == 0 {
		return nil, ErrNotWeakrefable
	}
	sh := weakShardFor(referent)
	sh.mu.Lock()
	if callback == nil && typ == &WeakrefType {
		for _, wr := range sh.lists[referent] {
			if wr.callback == nil && wr.typ == &WeakrefType && t.TryIncRef(&wr.Object) {
				sh.mu.Unlock()
				return wr, nil
			}
		}
	}
	wr := &Weakref{}
	t.Init(&wr.Object, typ)
	wr.referent.Store(referent)
	if callback != nil {
		wr.callback = t.NewRef(callback)
	}
	if sh.lists == nil {
		sh.lists = make(map[*Object][]*Weakref)
	}
	sh.lists[referent] = insertWeakref(sh.lists[referent], wr)
	referent.setBits(bitWeakrefs)
	EnableTryIncRef(referent)
	EnableTryIncRef(&wr.Object)
	sh.mu.Unlock()
	t.Track(&wr.Object)
	return wr, nil
}

// weakProxyTypes are weakref.ProxyType and CallableProxyType, which
// lib/weakref registers: a proxy without a callback is shared, like a
// plain reference, and comes second in its referent's list.
var weakProxyTypes [2]*Type

// SetWeakProxyTypes registers the proxy types (lib/weakref).
func SetWeakProxyTypes(proxy, callableProxy *Type) {
	weakProxyTypes = [2]*Type{proxy, callableProxy}
}

// weakrefRank orders a referent's list as CPython's does: the shared
// plain reference first, then the shared proxy, then the rest.
func weakrefRank(wr *Weakref) int {
	switch {
	case wr.callback != nil:
		return 2
	case wr.typ == &WeakrefType:
		return 0
	case wr.typ == weakProxyTypes[0] || wr.typ == weakProxyTypes[1]:
		return 1
	}
	return 2
}

// insertWeakref puts wr into list in CPython's order (weakrefRank); of
// the others, the newest comes first, so that callbacks, which run in
// list order, run newest first (getweakrefs shows the same order).
func insertWeakref(list []*Weakref, wr *Weakref) []*Weakref {
	rank := weakrefRank(wr)
	i := 0
	for i < len(list) && weakrefRank(list[i]) < rank {
		i++
	}
	return slices.Insert(list, i, wr)
}

// Get returns a new reference to the referent, or nil if it died.
func (t *Thread) WeakrefGet(wr *Weakref) *Object {
	o := wr.referent.Load()
	if o == nil {
		return nil
	}
	sh := weakShardFor(o)
	sh.mu.Lock()
	defer sh.mu.Unlock()
	if wr.referent.Load() != o || !t.TryIncRef(o) {
		return nil
	}
	return o
}

// Callback returns the weak reference's callback, borrowed, or nil.
func (wr *Weakref) Callback() *Object { return wr.callback }

// WeakrefCount returns the number of weak references to o
// (weakref.getweakrefcount).
func WeakrefCount(o *Object) int {
	if o.loadBits()&bitWeakrefs == 0 {
		return 0
	}
	sh := weakShardFor(o)
	sh.mu.Lock()
	defer sh.mu.Unlock()
	return len(sh.lists[o])
}

// Weakrefs returns new references to the live weak references to o, in
// the order they were made (weakref.getweakrefs). One whose last strong
// reference is going away is left out.
func (t *Thread) Weakrefs(o *Object) []*Object {
	if o.loadBits()&bitWeakrefs == 0 {
		return nil
	}
	sh := weakShardFor(o)
	sh.mu.Lock()
	defer sh.mu.Unlock()
	var refs []*Object
	for _, wr := range sh.lists[o] {
		if t.TryIncRef(&wr.Object) {
			refs = append(refs, &wr.Object)
		}
	}
	return refs
}

// detachWeakrefs removes o's list from the table and clears every weak
// reference in it. It returns, with a new reference each, those whose
// callback should run: the ones still alive and not excluded by skip.
// Callbacks run in list order (insertWeakref), as in CPython.
func (t *Thread) detachWeakrefs(o *Object, skip func(*Weakref) bool) []*Weakref {
	sh := weakShardFor(o)
	sh.mu.Lock()
	list := sh.lists[o]
	delete(sh.lists, o)
	var calls []*Weakref
	for _, wr := range list {
		wr.referent.Store(nil)
		if wr.callback != nil && (skip == nil || !skip(wr)) && t.TryIncRef(&wr.Object) {
			calls = append(calls, wr)
		}
	}
	o.clearBits(bitWeakrefs)
	sh.mu.Unlock()
	return calls
}

// clearWeakrefs runs from dealloc: o is dying, so its weak references
// are cleared and their callbacks called.
func (t *Thread) clearWeakrefs(o *Object) {
	runWeakrefCallbacks(t, t.detachWeakrefs(o, nil))
}

// runWeakrefCallbacks calls each weak reference's callback with the weak
// reference, then drops the reference detachWeakrefs took.
func runWeakrefCallbacks(t *Thread, calls []*Weakref) {
	for _, wr := range calls {
		if cb := wr.callback; cb != nil && cb.typ.Call != nil {
			res, err := cb.typ.Call(t, cb, []*Object{&wr.Object}, nil)
			if err != nil {
				t.writeUnraisable(err, cb)
			} else {
				t.XDecref(res)
			}
		}
		t.Decref(&wr.Object)
	}
}

// clearWeakrefsToGarbage runs with the world stopped, once the garbage is
// known: garbage weak references are cleared (their callbacks must never
// run), then weak references to garbage are cleared, and those that are
// themselves reachable and have a callback are returned for calling once
// the world restarts.
func (c *collection) clearWeakrefsToGarbage() []*Weakref {
	for _, o := range c.garbage {
		if IsWeakref(o) {
			unlinkWeakref(Cast[Weakref](o))
		}
	}
	var calls []*Weakref
	isGarbage := func(wr *Weakref) bool { return wr.loadBits()&bitUnreachable != 0 }
	for _, o := range c.garbage {
		if o.bits&bitWeakrefs != 0 {
			calls = append(calls, c.t.detachWeakrefs(o, isGarbage)...)
		}
	}
	return calls
}

// unlinkWeakref removes wr from its referent's list and clears it.
func unlinkWeakref(wr *Weakref) {
	o := wr.referent.Load()
	if o == nil {
		return
	}
	sh := weakShardFor(o)
	sh.mu.Lock()
	if wr.referent.Load() == o {
		list := sh.lists[o]
		for i, w := range list {
			if w == wr {
				list = append(list[:i], list[i+1:]...)
				break
			}
		}
		if len(list) == 0 {
			delete(sh.lists, o)
			o.clearBits(bitWeakrefs)
		} else {
			sh.lists[o] = list
		}
		wr.referent.Store(nil)
	}
	sh.mu.Unlock()
}

func weakrefDealloc(t *Thread, o *Object) {
	wr := Cast[Weakref](o)
	unlinkWeakref(wr)
	weakrefClear(t, o)
}

func weakrefTraverse(o *Object, visit Visitor) {
	if cb := Cast[Weakref](o).callback; cb != nil {
		visit(cb)
	}
}

func weakrefClear(t *Thread, o *Object) {
	wr := Cast[Weakref](o)
	if cb := wr.callback; cb != nil {
		wr.callback = nil
		t.Decref(cb)
	}
}
