// This file holds CPython's check that X.__new__(Y) may build a Y: the
// __new__ of a built-in type allocates that type's layout, so calling it
// for a subtype whose instances need another layout (_io._IOBase.__new__
// for a BytesIO, object.__new__ for a dict subclass) would make an
// object whose methods read memory it does not have.

package object

import "reflect"

// NewFunc is the type of a type's New slot (tp_new).
type NewFunc = func(t *Thread, typ *Type, args []*Object, kwnames *Tuple) (*Object, error)

// CheckNewSafe returns CPython's TypeError when typ's __new__ (newFn)
// must not build instances of sub, a subtype of typ: when the built-in
// type whose layout sub's instances have does not share typ's __new__.
// The error names, as CPython's does, the nearest class in sub's chain
// of bases whose __new__ is not written in Python.
func CheckNewSafe(t *Thread, typ, sub *Type, newFn NewFunc) error {
	solid := sub
	for solid.IsHeapType() && solid.Base != nil {
		solid = solid.Base
	}
	if solid == typ || solid.New == nil || sameFunc(solid.New, newFn) {
		return nil
	}
	static := sub
	for static.IsHeapType() && static.Base != nil && definesPythonNew(static) {
		static = static.Base
	}
	return t.Errorf(TypeErrorType, "%s.__new__(%s) is not safe, use %s.__new__()", typ.FullName(), sub.FullName(), static.FullName())
}

// definesPythonNew reports whether the __new__ typ's instances get is
// one a class statement wrote (found in a heap type's dict).
func definesPythonNew(typ *Type) bool {
	for _, m := range typ.MRO {
		if m.Dict != nil && m.Dict.GetStr(Intern("__new__")) != nil {
			return m.IsHeapType()
		}
	}
	return false
}

// sameFunc reports whether two __new__ functions run the same code (Go
// cannot compare funcs; the code pointer is what CPython compares).
func sameFunc(a, b NewFunc) bool {
	return reflect.ValueOf(a).Pointer() == reflect.ValueOf(b).Pointer()
}
