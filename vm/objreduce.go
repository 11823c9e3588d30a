// This file holds object's pickling protocol (CPython's
// Objects/typeobject.c: object.__reduce__, __reduce_ex__, __getstate__),
// which copy and pickle use for every class that does not define its
// own, and the other small methods object has: __sizeof__,
// __subclasshook__ and the ordering comparisons that answer
// NotImplemented.

package vm

import (
	"github.com/ftpy/ftpy/object"
)

var (
	strReduce       = object.Intern("__reduce__")
	strGetstate     = object.Intern("__getstate__")
	strGetnewargs   = object.Intern("__getnewargs__")
	strGetnewargsEx = object.Intern("__getnewargs_ex__")
)

// notImplementedMethod is object's __lt__, __le__, __gt__ and __ge__.
func notImplementedMethod(name string) object.MethodDef {
	return object.MethodDef{Name: name, Fn: func(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, name, args, kw, 1, 1); err != nil {
			return nil, err
		}
		return object.NotImplemented, nil
	}}
}

var objectReduceMethods = []object.MethodDef{
	notImplementedMethod("__lt__"), notImplementedMethod("__le__"),
	notImplementedMethod("__gt__"), notImplementedMethod("__ge__"),
	{Name: "__reduce__", Fn: func(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, "__reduce__", args, kw, 0, 0); err != nil {
			return nil, err
		}
		return commonReduce(t, self, 0)
	}},
	{Name: "__reduce_ex__", Fn: objectReduceEx},
	{Name: "__getstate__", Fn: func(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, "__getstate__", args, kw, 0, 0); err != nil {
			return nil, err
		}
		return defaultGetstate(t, self, false)
	}},
	{Name: "__sizeof__", Fn: objectSizeof},
	{Name: "__subclasshook__", Kind: object.ClassMethod, Fn: func(t *object.Thread, cls *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		return object.NotImplemented, nil
	}},
}

// objectReduceEx is object.__reduce_ex__(protocol): the class's own
// __reduce__ when it overrides object's, else the default reduction.
func objectReduceEx(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if err := object.CheckArgCount(t, "__reduce_ex__", args, kw, 1, 1); err != nil {
		return nil, err
	}
	protocol, err := object.AsInt64(t, args[0])
	if err != nil {
		return nil, err
	}
	if r := t.LookupType(self.Type(), strReduce); r != nil && r != object.ObjectType.Dict.GetStr(strReduce) {
		m, err := object.GetAttr(t, self, strReduce)
		if err != nil {
			return nil, err
		}
		defer t.Decref(m)
		return object.Call(t, m, nil, nil)
	}
	return commonReduce(t, self, protocol)
}

// copyregFunc returns copyreg.name, from the Lib's copyreg module.
func copyregFunc(t *object.Thread, name string) (*object.Object, error) {
	mod, err := stateOf(t).Import("copyreg")
	if err != nil {
		return nil, err
	}
	defer t.Decref(mod)
	return object.GetAttrString(t, mod, name)
}

// commonReduce is the default reduction: copyreg's __newobj__ form for
// protocol 2 and later, copyreg._reduce_ex before.
func commonReduce(t *object.Thread, self *object.Object, protocol int64) (*object.Object, error) {
	if protocol >= 2 {
		return reduceNewobj(t, self)
	}
	f, err := copyregFunc(t, "_reduce_ex")
	if err != nil {
		return nil, err
	}
	defer t.Decref(f)
	p := object.NewInt(t, protocol)
	defer t.Decref(p)
	return object.Call(t, f, []*object.Object{self, p}, nil)
}

// callOptional calls self.name() when the object has the method; nil,
// nil when it has not.
func callOptional(t *object.Thread, self *object.Object, name *object.Str) (*object.Object, error) {
	if t.LookupType(self.Type(), name) == nil {
		return nil, nil
	}
	m, err := object.GetAttr(t, self, name)
	if err != nil {
		return nil, err
	}
	defer t.Decref(m)
	return object.Call(t, m, nil, nil)
}

// reduceNewobj is CPython's reduce_newobj: (copyreg.__newobj__, (cls,
// *args), state, listitems, dictitems), or __newobj_ex__ with keyword
// arguments from __getnewargs_ex__.
func reduceNewobj(t *object.Thread, self *object.Object) (*object.Object, error) {
	typ := self.Type()
	if typ.New == nil && !typ.IsHeapType() && typ != object.ObjectType {
		return nil, t.Errorf(object.TypeErrorType, "cannot pickle '%s' object", typ.Name)
	}
	var args, kwargs *object.Object
	r, err := callOptional(t, self, strGetnewargsEx)
	if err != nil {
		return nil, err
	}
	if r != nil {
		defer t.Decref(r)
		if r.Type() != object.TupleType {
			return nil, t.Errorf(object.TypeErrorType, "__getnewargs_ex__ should return a tuple, not '%s'", r.Type().Name)
		}
		items := object.AsTuple(r).Items
		if len(items) != 2 {
			return nil, t.Errorf(object.ValueErrorType, "__getnewargs_ex__ should return a tuple of length 2, not %d", len(items))
		}
		if items[0].Type() != object.TupleType {
			return nil, t.Errorf(object.TypeErrorType, "first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '%s'", items[0].Type().Name)
		}
		if !object.IsDict(items[1]) {
			return nil, t.Errorf(object.TypeErrorType, "second item of the tuple returned by __getnewargs_ex__ must be a dict, not '%s'", items[1].Type().Name)
		}
		args, kwargs = items[0], items[1]
	} else {
		if r, err = callOptional(t, self, strGetnewargs); err != nil {
			return nil, err
		}
		if r != nil {
			defer t.Decref(r)
			if r.Type() != object.TupleType {
				return nil, t.Errorf(object.TypeErrorType, "__getnewargs__ should return a tuple, not '%s'", r.Type().Name)
			}
			args = r
		}
	}
	hasArgs := args != nil
	isList := object.IsInstance(self, object.ListType)
	isDict := object.IsInstance(self, object.DictType)
	state, err := getState(t, self, !(hasArgs || isList || isDict))
	if err != nil {
		return nil, err
	}
	var newobj *object.Object
	var newargs *object.Object
	if kwargs == nil || object.AsDict(kwargs).Len() == 0 {
		if newobj, err = copyregFunc(t, "__newobj__"); err != nil {
			t.Decref(state)
			return nil, err
		}
		items := []*object.Object{t.NewRef(typ.Obj())}
		if args != nil {
			for _, a := range object.AsTuple(args).Items {
				items = append(items, t.NewRef(a))
			}
		}
		newargs = object.NewTuple(t, items).Obj()
	} else {
		if newobj, err = copyregFunc(t, "__newobj_ex__"); err != nil {
			t.Decref(state)
			return nil, err
		}
		newargs = object.NewTupleRefs(t, typ.Obj(), args, kwargs).Obj()
	}
	fail := func(err error, more ...*object.Object) (*object.Object, error) {
		t.Decref(newobj)
		t.Decref(newargs)
		t.Decref(state)
		for _, o := range more {
			t.Decref(o)
		}
		return nil, err
	}
	listItems, dictItems := object.None, object.None
	if isList {
		if listItems, err = object.Iter(t, self); err != nil {
			return fail(err)
		}
	}
	if isDict {
		items, err := callMethod(t, self, "items")
		if err != nil {
			return fail(err, listItems)
		}
		dictItems, err = object.Iter(t, items)
		t.Decref(items)
		if err != nil {
			return fail(err, listItems)
		}
	}
	// The tuple takes over the five references made above.
	return object.NewTuple(t, []*object.Object{newobj, newargs, state, listItems, dictItems}).Obj(), nil
}

// getState is the object's state for pickling: its own __getstate__'s
// result when it overrides object's, else the default state.
func getState(t *object.Thread, self *object.Object, required bool) (*object.Object, error) {
	if g := t.LookupType(self.Type(), strGetstate); g != nil && g != object.ObjectType.Dict.GetStr(strGetstate) {
		m, err := object.GetAttr(t, self, strGetstate)
		if err != nil {
			return nil, err
		}
		defer t.Decref(m)
		return object.Call(t, m, nil, nil)
	}
	return defaultGetstate(t, self, required)
}

// defaultGetstate is object.__getstate__: the instance dict (None when
// empty), paired with a dict of the __slots__ values when there are
// any. required refuses objects of built-in types that keep state
// outside both (they cannot be rebuilt from it).
func defaultGetstate(t *object.Thread, self *object.Object, required bool) (*object.Object, error) {
	typ := self.Type()
	if required && layoutBase(typ) != object.ObjectType && !object.IsSubtype(typ, object.BaseExceptionType) {
		return nil, t.Errorf(object.TypeErrorType, "cannot pickle '%s' object", typ.Name)
	}
	state := object.None
	if dp := typ.DictPtr; dp != nil {
		if d := object.LoadDict(dp(self)); d != nil && d.Len() > 0 {
			state = t.NewRef(d.Obj())
		}
	}
	if typ.Flags&object.FlagSlots == 0 {
		return state, nil
	}
	names, err := copyregFunc(t, "_slotnames")
	if err != nil {
		t.Decref(state)
		return nil, err
	}
	slotNames, err := object.Call(t, names, []*object.Object{typ.Obj()}, nil)
	t.Decref(names)
	if err != nil {
		t.Decref(state)
		return nil, err
	}
	defer t.Decref(slotNames)
	slots := object.NewDict(t)
	err = object.Iterate(t, slotNames, func(name *object.Object) error {
		if !object.IsStr(name) {
			return nil
		}
		v, err := object.GetAttr(t, self, object.AsStr(name))
		if err != nil {
			if object.ErrorMatches(err, object.AttributeErrorType) {
				t.DropError(err)
				return nil
			}
			return err
		}
		err = slots.SetItem(t, name, v)
		t.Decref(v)
		return err
	})
	if err != nil {
		t.Decref(state)
		t.Decref(slots.Obj())
		return nil, err
	}
	if slots.Len() == 0 {
		t.Decref(slots.Obj())
		return state, nil
	}
	return object.NewTuple(t, []*object.Object{state, slots.Obj()}).Obj(), nil
}
