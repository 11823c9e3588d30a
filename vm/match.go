// This file implements the match statement's tests (the opcodes
// MATCH_SEQUENCE, MATCH_MAPPING, MATCH_KEYS and MATCH_CLASS), with
// CPython 3.11's semantics.

package vm

import (
	"github.com/ftpy/ftpy/object"
)

func init() {
	for _, typ := range []*object.Type{object.ListType, object.TupleType, object.RangeType} {
		typ.Flags |= object.FlagSequence
	}
	object.DictType.Flags |= object.FlagMapping
	for _, typ := range []*object.Type{object.BoolType, object.BytesType, object.DictType, object.FloatType,
		object.FrozenSetType, object.IntType, object.ListType, object.SetType, object.StrType, object.TupleType} {
		typ.Flags |= object.FlagMatchSelf
	}
}

// hasBuiltinFlag reports whether a type in typ's MRO has flag: the
// built-in types carry it, and classes derived from them inherit it.
func hasBuiltinFlag(typ *object.Type, flag object.TypeFlags) bool {
	if typ.Flags&flag != 0 {
		return true
	}
	for _, b := range typ.MRO {
		if b.Flags&flag != 0 {
			return true
		}
	}
	return false
}

// abcInstance reports whether o is an instance of _collections_abc's
// class name, for classes that derive from that ABC or were registered
// with it (CPython sets their type flag then). The module is not
// imported: without it no class can derive from or register with it.
func (st *State) abcInstance(o *object.Object, name string) (bool, error) {
	t := st.t
	mod, _ := st.interp.Modules.GetItem(t, object.NewStrStatic("_collections_abc"))
	if mod == nil || !IsModule(mod) {
		return false, nil
	}
	abc := object.Cast[Module](mod).Dict.GetStr(object.Intern(name))
	if abc == nil {
		return false, nil
	}
	return isInstance(t, o, abc)
}

// matchKind reports whether subject is a sequence or a mapping for a
// match statement: a built-in type flagged so or derived from one, or a
// class that derives from or registered with collections.abc.Sequence
// or Mapping (str, bytes and bytearray are no sequences here).
func (st *State) matchKind(subject *object.Object, flag object.TypeFlags) (bool, error) {
	typ := subject.Type()
	if hasBuiltinFlag(typ, flag) {
		return true, nil
	}
	other := object.FlagMapping
	if flag == object.FlagMapping {
		other = object.FlagSequence
	}
	if !typ.IsHeapType() || hasBuiltinFlag(typ, other) {
		return false, nil
	}
	name := "Sequence"
	if flag == object.FlagMapping {
		name = "Mapping"
	}
	for _, b := range typ.MRO {
		if b == object.StrType || b == object.BytesType || b.Name == "bytearray" && !b.IsHeapType() {
			return false, nil
		}
	}
	return st.abcInstance(subject, name)
}

// matchKeys is MATCH_KEYS: the values of subject's keys, looked up with
// subject.get, as a tuple, or nil when one is missing.
func (st *State) matchKeys(subject, keys *object.Object) (*object.Object, error) {
	t := st.t
	items := object.AsTuple(keys).Items
	if len(items) == 0 {
		return object.NewTupleRefs(t).Obj(), nil
	}
	get, err := object.GetAttrString(t, subject, "get")
	if err != nil {
		return nil, err
	}
	defer t.Decref(get)
	seen := object.NewSet(t)
	defer t.Decref(seen.Obj())
	// get(key, dummy) returns dummy only for a missing key: dummy is a
	// fresh object no mapping can hold.
	dummy := object.NewList(t, nil).Obj()
	defer t.Decref(dummy)
	values := make([]*object.Object, 0, len(items))
	fail := func() {
		for _, v := range values {
			t.Decref(v)
		}
	}
	for _, k := range items {
		dup, err := seen.Contains(t, k)
		if err != nil {
			fail()
			return nil, err
		}
		if dup {
			fail()
			r, rerr := object.Repr(t, k)
			if rerr != nil {
				return nil, rerr
			}
			defer t.Decref(r)
			return nil, t.Errorf(object.ValueErrorType, "mapping pattern checks duplicate key (%s)", object.StrValue(r))
		}
		if err := seen.Add(t, k); err != nil {
			fail()
			return nil, err
		}
		v, err := object.Call(t, get, []*object.Object{k, dummy}, nil)
		if err != nil {
			fail()
			return nil, err
		}
		if v == dummy {
			fail()
			return nil, nil
		}
		values = append(values, v)
	}
	return object.NewTuple(t, values).Obj(), nil
}

// matchClass is MATCH_CLASS: when subject is an instance of cls, the
// tuple of its attributes the class pattern names (nargs positional ones
// through cls.__match_args__, then the keyword ones), else nil.
func (st *State) matchClass(subject, cls, names *object.Object, nargs int) (*object.Object, error) {
	t := st.t
	if !object.IsType(cls) {
		return nil, t.Errorf(object.TypeErrorType, "called match pattern must be a type")
	}
	ok, err := isInstance(t, subject, cls)
	if err != nil || !ok {
		return nil, err
	}
	typ := object.AsType(cls)
	var attrs []*object.Object
	fail := func() {
		for _, a := range attrs {
			t.Decref(a)
		}
	}
	var seen []string
	// attr gets one attribute, nil when the subject lacks it.
	attr := func(name *object.Object) (*object.Object, bool, error) {
		n := object.StrValue(name)
		for _, s := range seen {
			if s == n {
				return nil, false, t.Errorf(object.TypeErrorType, "%s() got multiple sub-patterns for attribute '%s'", typ.Name, n)
			}
		}
		seen = append(seen, n)
		v, err := object.GetAttr(t, subject, object.AsStr(name))
		if err != nil {
			if object.ErrorMatches(err, object.AttributeErrorType) {
				t.DropError(err)
				return nil, false, nil
			}
			return nil, false, err
		}
		return v, true, nil
	}
	if nargs > 0 {
		matchArgs, err := object.GetAttrString(t, cls, "__match_args__")
		if err != nil {
			if !object.ErrorMatches(err, object.AttributeErrorType) {
				return nil, err
			}
			t.DropError(err)
			matchArgs = nil
		}
		if matchArgs == nil && hasBuiltinFlag(typ, object.FlagMatchSelf) {
			if nargs > 1 {
				return nil, t.Errorf(object.TypeErrorType, "%s() accepts 1 positional sub-pattern (%d given)", typ.Name, nargs)
			}
			attrs = append(attrs, t.NewRef(subject))
		} else {
			var items []*object.Object
			if matchArgs != nil {
				defer t.Decref(matchArgs)
				if !object.IsTuple(matchArgs) || matchArgs.Type() != object.TupleType {
					return nil, t.Errorf(object.TypeErrorType, "%s.__match_args__ must be a tuple (got %s)", typ.Name, matchArgs.Type().Name)
				}
				items = object.AsTuple(matchArgs).Items
			}
			if nargs > len(items) {
				plural := "s"
				if len(items) == 1 {
					plural = ""
				}
				return nil, t.Errorf(object.TypeErrorType, "%s() accepts %d positional sub-pattern%s (%d given)", typ.Name, len(items), plural, nargs)
			}
			for _, name := range items[:nargs] {
				if !object.IsStr(name) {
					fail()
					return nil, t.Errorf(object.TypeErrorType, "__match_args__ elements must be strings (got %s)", name.Type().Name)
				}
				v, found, err := attr(name)
				if err != nil || !found {
					fail()
					return nil, err
				}
				attrs = append(attrs, v)
			}
		}
	}
	for _, name := range object.AsTuple(names).Items {
		v, found, err := attr(name)
		if err != nil || !found {
			fail()
			return nil, err
		}
		attrs = append(attrs, v)
	}
	return object.NewTuple(t, attrs).Obj(), nil
}
