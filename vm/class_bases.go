// This file implements assignment to a class's __bases__ (CPython's
// type_set_bases): the checks, the instance-layout compatibility rule,
// and the recomputation of the MRO and slots of the class and of every
// class below it.
//
// Other threads read a type's Bases, MRO and slots without locks, so the
// new values are installed with the world stopped, all at once: no thread
// sees a class whose MRO is half-built, or whose subclass still has an
// MRO made from the old bases. The MROs are computed while the world is
// stopped too (pure Go, no Python object made), so that no class can
// appear under the hierarchy between computing and installing them.

package vm

import (
	"sync"

	"github.com/ftpy/ftpy/object"
)

// basesMu serialises __bases__ assignments, so that two of them never
// compute MROs from each other's half-applied state.
var basesMu sync.Mutex

// setBases is the setter of type.__bases__.
func setBases(t *object.Thread, o, v *object.Object) error {
	typ := object.AsType(o)
	if !typ.IsHeapType() {
		return t.Errorf(object.TypeErrorType, "cannot set '__bases__' attribute of immutable type '%s'", typ.Name)
	}
	if v == nil {
		return t.Errorf(object.TypeErrorType, "cannot delete '__bases__' attribute of immutable type '%s'", typ.Name)
	}
	if !object.IsInstance(v, object.TupleType) {
		return t.Errorf(object.TypeErrorType, "can only assign tuple to %s.__bases__, not %s", typ.Name, v.Type().Name)
	}
	items := object.AsTuple(v).Items
	if len(items) == 0 {
		return t.Errorf(object.TypeErrorType, "can only assign non-empty tuple to %s.__bases__, not ()", typ.Name)
	}
	bases := make([]*object.Type, len(items))
	for i, b := range items {
		if !object.IsType(b) {
			return t.Errorf(object.TypeErrorType, "%s.__bases__ must be tuple of classes, not '%s'", typ.Name, b.Type().Name)
		}
		bt := object.AsType(b)
		if object.IsSubtype(bt, typ) {
			return t.Errorf(object.TypeErrorType, "a __bases__ item causes an inheritance cycle")
		}
		bases[i] = bt
	}
	for i, b := range bases {
		if b.Flags&object.FlagBaseType == 0 {
			return t.Errorf(object.TypeErrorType, "type '%s' is not an acceptable base type", b.FullName())
		}
		for _, prev := range bases[:i] {
			if prev == b {
				return t.Errorf(object.TypeErrorType, "duplicate base class %s", b.Name)
			}
		}
	}
	solid, err := solidBase(t, bases)
	if err != nil {
		return err
	}
	newBase := bestBase(bases, solid)
	if err := compatibleForAssignment(t, typ.Base, newBase); err != nil {
		return err
	}
	return replaceBases(t, typ, bases, newBase)
}

// replaceBases installs bases (checked) as typ's, with newBase as its
// __base__, and recomputes the MROs and slots below typ.
func replaceBases(t *object.Thread, typ *object.Type, bases []*object.Type, newBase *object.Type) error {
	basesMu.Lock()
	defer basesMu.Unlock()
	oldBases := typ.Bases
	for _, b := range bases {
		t.Incref(b.Obj())
		// Listed in the new bases before the switch, so that a special
		// method set on one of them from now on reaches typ.
		t.AddSubclass(b, typ)
	}
	t.StopTheWorld()
	mros, conflict := hierarchyMROs(typ, bases)
	if conflict == nil {
		typ.Bases = bases
		typ.Base = newBase
		for _, c := range mros.order {
			c.MRO = mros.mro[c]
		}
		for _, c := range mros.order {
			recomputeSlots(c)
		}
		object.InvalidateTypeCache()
	}
	t.StartTheWorld()
	dropped := oldBases
	if conflict != nil {
		dropped = bases // undo: typ keeps its old bases
	}
	kept := typ.Bases
	for _, b := range dropped {
		if !containsType(kept, b) {
			t.RemoveSubclass(b, typ)
		}
		t.Decref(b.Obj())
	}
	if conflict != nil {
		return mroConflict(t, conflict)
	}
	return nil
}

// hierarchyMRO is the result of hierarchyMROs: the new MRO of typ and
// of each class below it, and the order they were computed in.
type hierarchyMRO struct {
	mro   map[*object.Type][]*object.Type
	order []*object.Type
}

// hierarchyMROs computes the MRO typ would have with bases, then those of
// its subclasses, all levels down, each from the new MROs of its bases
// (CPython's mro_hierarchy). On a conflict it returns the bases of the
// classes that block the MRO of the class that has none. The world is
// stopped.
func hierarchyMROs(typ *object.Type, bases []*object.Type) (hierarchyMRO, []*object.Type) {
	h := hierarchyMRO{mro: map[*object.Type][]*object.Type{}}
	mroOf := func(b *object.Type) []*object.Type {
		if m, ok := h.mro[b]; ok {
			return m
		}
		return b.MRO
	}
	var conflict []*object.Type
	var walk func(c *object.Type, cBases []*object.Type)
	walk = func(c *object.Type, cBases []*object.Type) {
		if conflict != nil {
			return
		}
		m, blocked := c3Merge(c, cBases, mroOf)
		if m == nil {
			conflict = blocked
			return
		}
		if _, seen := h.mro[c]; !seen {
			h.order = append(h.order, c)
		}
		// A class reached again through another base (a diamond) is
		// recomputed: its other base's MRO may have changed since.
		h.mro[c] = m
		object.ForEachSubclass(c, func(sub *object.Type) {
			walk(sub, sub.Bases)
		})
	}
	walk(typ, bases)
	return h, conflict
}

// recomputeSlots gives c the slots its new MRO implies: each one reset
// to the nearest built-in type's, then the wrappers for the special
// methods its classes define. __new__ keeps the allocator the layout
// chose (unchanged, since the layouts are compatible); a Python __new__
// still gets its wrapper.
func recomputeSlots(c *object.Type) {
	for name := range slotGroups {
		if name != "__new__" {
			resetSlot(c, name)
		}
	}
	installSlotWrappers(c, "")
}

func containsType(list []*object.Type, typ *object.Type) bool {
	for _, b := range list {
		if b == typ {
			return true
		}
	}
	return false
}

// bestBase is the base whose instance layout the class takes (CPython's
// best_base): the first whose layout is solid's, the layout that extends
// all the others.
func bestBase(bases []*object.Type, solid *object.Type) *object.Type {
	var best, bestSolid *object.Type
	for _, b := range bases {
		s := layoutSolid(b)
		if best == nil || (s != bestSolid && object.IsSubtype(s, bestSolid)) {
			best, bestSolid = b, s
		}
	}
	if layoutBase(best) != solid {
		for _, b := range bases {
			if layoutBase(b) == solid {
				return b
			}
		}
	}
	return best
}

// layoutSolid walks down from typ through the classes that add nothing
// to their base's instance layout (no slots, the same attribute dict and
// weak reference support) and returns the first that does, or the
// built-in layout typ's instances have (CPython's compatible_with_tp_base
// loop).
func layoutSolid(typ *object.Type) *object.Type {
	for typ.IsHeapType() && typ.Base != nil {
		b := typ.Base
		if slotCount(typ) != slotCount(b) || (typ.DictPtr != nil) != (b.DictPtr != nil) ||
			typ.Flags&object.FlagWeakrefable != b.Flags&object.FlagWeakrefable {
			return typ
		}
		typ = b
	}
	return layoutBase(typ)
}

// compatibleForAssignment checks that instances laid out for oldBase
// suit newBase (CPython's compatible_for_assignment): the same way of
// being freed, and the same layout or one adding the same slots to the
// same base (sameLayout, as __class__ assignment requires).
func compatibleForAssignment(t *object.Thread, oldBase, newBase *object.Type) error {
	if oldBase.IsGC() != newBase.IsGC() {
		return t.Errorf(object.TypeErrorType, "__bases__ assignment: '%s' deallocator differs from '%s'", newBase.Name, oldBase.Name)
	}
	o, n := layoutSolid(oldBase), layoutSolid(newBase)
	if o != n && (!o.IsHeapType() || !n.IsHeapType() || !sameLayout(o, n)) {
		return t.Errorf(object.TypeErrorType, "__bases__ assignment: '%s' object layout differs from '%s'", newBase.Name, oldBase.Name)
	}
	return nil
}
