// This file implements immortal objects: None, True, False, small ints,
// interned strings, built-in types and constants ignore increfs and
// decrefs entirely (runtime-model.md (c)).

package object

// makeImmortal marks o immortal. Immortal objects are also deferred, so
// that a stack ref to one is never counted, and are never tracked.
//
// ftpy signals immortality with the owner id tidImmortal rather than with
// local == max: one load of tid then answers both "do I own it?" and "is it
// immortal?" (refcount.go).
func makeImmortal(o *Object) {
	o.local = localImmortal
	o.storeShared(0)
	b := o.loadBits()
	for !o.casBits(b, (b|bitDeferred)&^bitTracked) {
		b = o.loadBits()
	}
	o.storeTid(tidImmortal)
}

// MakeImmortal makes o immortal, unconditionally and for ever. The runtime
// uses it for its singletons and constants while they are still private to
// the thread creating them.
func (t *Thread) MakeImmortal(o *Object) {
	if o.loadTid() == tidImmortal {
		return
	}
	if o.loadBits()&bitTracked != 0 {
		t.Untrack(o)
	}
	makeImmortal(o)
}

// SetImmortal is PyUnstable_SetImmortal (CPython 3.15, gh-144543): it
// makes o immortal if t holds the only reference to it, and reports
// whether it did. It is one-way and untracks o. Like CPython it refuses
// strs, whose immortality is the interning table's business.
func (t *Thread) SetImmortal(o *Object) bool {
	if !t.IsUniquelyReferenced(o) || IsSubtype(o.typ, StrType) {
		return false
	}
	t.MakeImmortal(o)
	return true
}
