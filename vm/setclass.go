// This file implements assignment to an instance's __class__, with
// CPython's rule that the old and new classes must give their instances
// the same layout.

package vm

import (
	"slices"

	"github.com/ftpy/ftpy/object"
)

// setClass is object.__class__'s setter.
func setClass(t *object.Thread, o, v *object.Object) error {
	if v == nil {
		return t.Errorf(object.TypeErrorType, "can't delete __class__ attribute")
	}
	if !object.IsType(v) {
		return t.Errorf(object.TypeErrorType, "__class__ must be set to a class, not '%s' object", v.Type().Name)
	}
	old, typ := o.Type(), object.AsType(v)
	if object.IsSubtype(old, ModuleType) && object.IsSubtype(typ, ModuleType) {
		// A module and its subclasses share one layout (a module's
		// attribute dict is its namespace), as long as no __slots__ add
		// to it.
		if slotCount(old) != 0 || slotCount(typ) != 0 {
			return t.Errorf(object.TypeErrorType, "__class__ assignment: '%s' object layout differs from '%s'", typ.Name, old.Name)
		}
		if typ != old {
			t.SetClass(o, typ)
		}
		return nil
	}
	if !old.IsHeapType() || !typ.IsHeapType() {
		return t.Errorf(object.TypeErrorType, "__class__ assignment only supported for mutable types or ModuleType subclasses")
	}
	if !sameLayout(old, typ) {
		return t.Errorf(object.TypeErrorType, "__class__ assignment: '%s' object layout differs from '%s'", typ.Name, old.Name)
	}
	if typ != old {
		t.SetClass(o, typ)
	}
	return nil
}

// sameLayout reports whether instances of a and b are interchangeable.
// As in CPython, each class is first walked up to the class that last
// changed the instance layout; those must be the same class, or siblings
// that added the same __slots__ (and the same attribute dict) to a
// common base.
func sameLayout(a, b *object.Type) bool {
	a, b = layoutOwner(a), layoutOwner(b)
	if a == b {
		return true
	}
	if a.Base != b.Base || (a.DictPtr == nil) != (b.DictPtr == nil) {
		return false
	}
	// CPython keeps __slots__ sorted, so order does not matter there.
	sa, sb := ownSlotNames(a), ownSlotNames(b)
	slices.Sort(sa)
	slices.Sort(sb)
	return slices.Equal(sa, sb)
}

// layoutOwner walks typ up past the classes that left the instance
// layout of their base unchanged.
func layoutOwner(typ *object.Type) *object.Type {
	for typ.IsHeapType() && !addsLayout(typ) {
		typ = typ.Base
	}
	return typ
}

// addsLayout reports whether instances of the heap type typ differ in
// layout from its base's: a first heap class over a built-in type (it
// adds the attribute dict and weak reference slot), or a class that adds
// __slots__ values or an attribute dict.
func addsLayout(typ *object.Type) bool {
	base := typ.Base
	return !base.IsHeapType() || slotCount(typ) > slotCount(base) ||
		(typ.DictPtr == nil) != (base.DictPtr == nil)
}

// ownSlotNames lists the __slots__ values typ adds to its
// base's.
func ownSlotNames(typ *object.Type) []string {
	first, n := slotCount(typ.Base), slotCount(typ)
	names := make([]string, n-first)
	for pos := 0; ; {
		next, _, v, ok := typ.Dict.Next(pos)
		if !ok {
			break
		}
		pos = next
		if v.Type() == memberType {
			if m := object.Cast[member](v); m.owner == typ && m.index >= first && m.index < n {
				names[m.index-first] = m.name
			}
		}
	}
	return names
}
