// This file implements assignment to a class's __bases__ (CPython's
// type_set_bases): typing.NamedTuple does it for every named tuple class,
// and test.libregrtest makes some at import.

package vm

import "github.com/ftpy/ftpy/object"

// setTypeBases is the setter of type.__bases__.
func setTypeBases(t *object.Thread, o, v *object.Object) error {
	typ := object.AsType(o)
	if !typ.IsHeapType() {
		return t.Errorf(object.TypeErrorType, "cannot set '__bases__' attribute of immutable type '%s'", typ.Name)
	}
	if v == nil {
		return t.Errorf(object.TypeErrorType, "cannot delete '__bases__' attribute of immutable type '%s'", typ.Name)
	}
	if !object.IsTuple(v) {
		return t.Errorf(object.TypeErrorType, "can only assign tuple to %s.__bases__, not %s", typ.Name, v.Type().Name)
	}
	items := object.Cast[object.Tuple](v).Items
	if len(items) == 0 {
		return t.Errorf(object.TypeErrorType, "can only assign non-empty tuple to %s.__bases__, not ()", typ.Name)
	}
	bases := make([]*object.Type, len(items))
	for i, b := range items {
		if !object.IsType(b) {
			return t.Errorf(object.TypeErrorType, "%s.__bases__ must be tuple of classes, not '%s'", typ.Name, b.Type().Name)
		}
		bases[i] = object.AsType(b)
		if object.IsSubtype(bases[i], typ) {
			return t.Errorf(object.TypeErrorType, "a __bases__ item causes an inheritance cycle")
		}
	}
	solid, err := solidBase(t, bases)
	if err != nil {
		return err
	}
	// Instances already made keep their memory layout: the new bases must
	// lay instances out as the old ones did.
	if oldSolid := layoutBase(typ.Base); layoutBase(solid) != oldSolid {
		// CPython compares how the memory is freed first: the atomic
		// built-ins' instances are not tracked by the collector.
		what := "object layout"
		if untracked(bases[0]) != untracked(typ.Base) {
			what = "deallocator"
		}
		return t.Errorf(object.TypeErrorType, "__bases__ assignment: '%s' %s differs from '%s'", bases[0].Name, what, typ.Base.Name)
	}
	mro, err := c3MRO(t, typ, bases)
	if err != nil {
		return err
	}
	for _, b := range bases {
		t.Incref(b.Obj())
	}
	oldBases, oldBase := typ.Bases, typ.Base
	// Other threads read MROs and slots without locks: everything changes
	// with the world stopped, as in setSlotAttr.
	t.StopTheWorld()
	saved := map[*object.Type][]*object.Type{typ: typ.MRO}
	typ.Bases, typ.Base, typ.MRO = bases, bestBase(bases, solid), mro
	if err = recomputeSubclassMROs(t, typ, saved); err != nil {
		for c, m := range saved {
			c.MRO = m
		}
		typ.Bases, typ.Base = oldBases, oldBase
	} else {
		object.InvalidateTypeCache()
		for name := range slotGroups {
			updateSlots(typ, name)
		}
	}
	t.StartTheWorld()
	if err != nil {
		for _, b := range bases {
			t.Decref(b.Obj())
		}
		return err
	}
	for _, b := range oldBases {
		t.RemoveSubclass(b, typ)
	}
	for _, b := range bases {
		t.AddSubclass(b, typ)
	}
	for _, b := range oldBases {
		t.Decref(b.Obj())
	}
	return nil
}

// recomputeSubclassMROs recomputes the MRO of every class below typ,
// recording the old ones in saved for a rollback. The world is stopped.
func recomputeSubclassMROs(t *object.Thread, typ *object.Type, saved map[*object.Type][]*object.Type) error {
	var err error
	var walk func(c *object.Type)
	walk = func(c *object.Type) {
		if err != nil {
			return
		}
		if _, done := saved[c]; !done {
			mro, e := c3MRO(t, c, c.Bases)
			if e != nil {
				err = e
				return
			}
			saved[c] = c.MRO
			c.MRO = mro
		}
		object.ForEachSubclass(c, walk)
	}
	object.ForEachSubclass(typ, walk)
	return err
}

// untracked reports whether typ's instances, in CPython, are freed without
// the cyclic collector: those of the immutable scalar built-ins.
func untracked(typ *object.Type) bool {
	switch layoutBase(typ) {
	case object.IntType, object.FloatType, object.ComplexType, object.StrType, object.BytesType:
		return true
	}
	return false
}
