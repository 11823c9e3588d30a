// This file connects Python-level special methods to type slots: a class
// that defines __repr__ or __add__ gets a slot function that looks the
// method up along the MRO and calls it. It also implements __slots__ and
// the methods of object and type.

package vm

import (
	"github.com/ftpy/ftpy/object"
)

// callSpecial calls the special method name of o's type with o and args,
// and reports whether the type has it. A method set to None is there, and
// calling it fails as in CPython ("'NoneType' object is not callable");
// the slots that give None its own meaning (__hash__, __iter__,
// __contains__) test for it before.
//
// Special methods call back into Go as often as into Python (a __get__
// or __call__ that is itself an instance of a class defining it), so each
// call counts a level of recursion (Py_EnterRecursiveCall), or such a
// class would recurse in Go without bound.
func callSpecial(t *object.Thread, o *object.Object, name *object.Str, args ...*object.Object) (*object.Object, bool, error) {
	ref := t.LookupTypeRef(o.Type(), name)
	if ref.IsNull() {
		return nil, false, nil
	}
	if ref.Obj() == object.None {
		t.Close(ref)
		return nil, true, t.Errorf(object.TypeErrorType, "'NoneType' object is not callable")
	}
	if !t.EnterRecursive() {
		t.Close(ref)
		return nil, true, t.RecursionError("")
	}
	r, err := callFoundSpecial(t, ref, o, args, nil)
	t.LeaveRecursive()
	return r, true, err
}

// callSlot is callSpecial for a slot the type's special method filled:
// the method may have been deleted since the slot was read (by another
// thread), which is CPython's AttributeError naming the method.
func callSlot(t *object.Thread, o *object.Object, name *object.Str, args ...*object.Object) (*object.Object, error) {
	r, ok, err := callSpecial(t, o, name, args...)
	if !ok {
		return nil, t.Errorf(object.AttributeErrorType, "%s", name)
	}
	return r, err
}

// callFoundSpecial calls m, the special method found on o's type, for o,
// and closes m. As CPython's lookup_maybe_method: a plain method
// (a function, a method descriptor) is called with o first, unbound;
// any other object is bound through its type's __get__ when it has one
// (a classmethod gets o's type, a staticmethod gives its function), and
// called as it is otherwise, without o (a builtin, a callable instance).
func callFoundSpecial(t *object.Thread, m object.StackRef, o *object.Object, args []*object.Object, kwnames *object.Tuple) (*object.Object, error) {
	fn := m.Obj()
	mt := fn.Type()
	if mt == FunctionType || (mt == object.MethodDescrType && object.Cast[object.MethodDescr](fn).Def.Kind == object.InstanceMethod) {
		r, err := stateOf(t).callWithSelf(fn, o, args, kwnames)
		t.Close(m)
		return r, err
	}
	bound, err := t.DescrGetRef(m, o, o.Type())
	if err != nil {
		return nil, err
	}
	r, err := object.Call(t, bound, args, kwnames)
	t.Decref(bound)
	return r, err
}

// callWithSelfSpecial calls the special method name of o's type, which
// the type is known to have, as callSpecial does, with keyword
// arguments. Like callSpecial, it counts a level of recursion; where
// completes the RecursionError's message.
func callWithSelfSpecial(t *object.Thread, o *object.Object, name *object.Str, args []*object.Object, kwnames *object.Tuple, where string) (*object.Object, error) {
	m := t.LookupTypeRef(o.Type(), name)
	if m.IsNull() {
		return nil, t.Errorf(object.AttributeErrorType, "'%s' object has no attribute '%s'", o.Type().FullName(), name)
	}
	if !t.EnterRecursive() {
		t.Close(m)
		return nil, t.RecursionError(where)
	}
	r, err := callFoundSpecial(t, m, o, args, kwnames)
	t.LeaveRecursive()
	return r, err
}

func hasSpecial(typ *object.Type, name *object.Str) bool {
	for _, m := range typ.MRO {
		if m.IsHeapType() && m.Dict != nil && m.Dict.GetStr(name) != nil {
			return true
		}
	}
	return false
}

// definesSpecial reports whether typ or any class in its MRO, built-in
// ones included, defines name (None included: calling it fails).
func definesSpecial(typ *object.Type, name *object.Str) bool {
	for _, m := range typ.MRO {
		if m.Dict != nil && m.Dict.GetStr(name) != nil {
			return true
		}
	}
	return false
}

// specialIsNone reports whether o's type sets the special method name to
// None (blocking the protocol, as __iter__ = None does).
func specialIsNone(t *object.Thread, o *object.Object, name *object.Str) bool {
	return t.LookupType(o.Type(), name) == object.None
}

// heapNumber is the number table every class starts from: each slot calls
// __op__ on the left operand or __rop__ on the right, so BinaryOperation
// needs only the left operand's slot for two classes.
var heapNumber = &object.NumberMethods{}

func binarySlot(nameS, rnameS string) func(t *object.Thread, a, b *object.Object) (*object.Object, error) {
	name, rname := object.Intern(nameS), object.Intern(rnameS)
	// try calls o.meth(arg) and reports whether it produced an answer.
	try := func(t *object.Thread, o *object.Object, meth *object.Str, arg *object.Object) (*object.Object, bool, error) {
		r, ok, err := callSpecial(t, o, meth, arg)
		if err != nil {
			return nil, true, err
		}
		if !ok {
			return nil, false, nil
		}
		if r == object.NotImplemented {
			t.Decref(r)
			return nil, false, nil
		}
		return r, true, nil
	}
	return func(t *object.Thread, a, b *object.Object) (*object.Object, error) {
		at, bt := a.Type(), b.Type()
		aHeap, bHeap := at.IsHeapType(), bt.IsHeapType()
		if aHeap {
			if bHeap && at != bt && object.IsSubtype(bt, at) && hasSpecial(bt, rname) {
				if r, done, err := try(t, b, rname, a); done {
					return r, err
				}
			}
			if r, done, err := try(t, a, name, b); done {
				return r, err
			}
			if bHeap && at != bt {
				if r, done, err := try(t, b, rname, a); done {
					return r, err
				}
			}
			return t.NewRef(object.NotImplemented), nil
		}
		// Called as the right operand's slot.
		if r, done, err := try(t, b, rname, a); done {
			return r, err
		}
		return t.NewRef(object.NotImplemented), nil
	}
}

func inplaceSlot(nameS string, op object.BinaryOp) func(t *object.Thread, a, b *object.Object) (*object.Object, error) {
	name := object.Intern(nameS)
	return func(t *object.Thread, a, b *object.Object) (*object.Object, error) {
		r, ok, err := callSpecial(t, a, name, b)
		if err != nil || (ok && r != object.NotImplemented) {
			return r, err
		}
		return t.NewRef(object.NotImplemented), nil
	}
}

// unarySlot calls a unary special method; op names the operator in
// the error for a class without it, as CPython words it ("unary -",
// "abs()", "int()").
func unarySlot(nameS, op string) func(t *object.Thread, a *object.Object) (*object.Object, error) {
	name := object.Intern(nameS)
	return func(t *object.Thread, a *object.Object) (*object.Object, error) {
		r, ok, err := callSpecial(t, a, name)
		if !ok && err == nil {
			return nil, t.Errorf(object.TypeErrorType, "bad operand type for %s: '%s'", op, a.Type().Name)
		}
		return r, err
	}
}

func init() {
	n := heapNumber
	n.Add = binarySlot("__add__", "__radd__")
	n.Sub = binarySlot("__sub__", "__rsub__")
	n.Mul = binarySlot("__mul__", "__rmul__")
	n.MatMul = binarySlot("__matmul__", "__rmatmul__")
	n.TrueDiv = binarySlot("__truediv__", "__rtruediv__")
	n.FloorDiv = binarySlot("__floordiv__", "__rfloordiv__")
	n.Mod = binarySlot("__mod__", "__rmod__")
	n.Pow = binarySlot("__pow__", "__rpow__")
	n.LShift = binarySlot("__lshift__", "__rlshift__")
	n.RShift = binarySlot("__rshift__", "__rrshift__")
	n.And = binarySlot("__and__", "__rand__")
	n.Or = binarySlot("__or__", "__ror__")
	n.Xor = binarySlot("__xor__", "__rxor__")
	n.DivMod = binarySlot("__divmod__", "__rdivmod__")
	// pow(a, b, m) asks only a.__pow__(b, m), as CPython's ternary slot.
	n.Pow3 = func(t *object.Thread, a, b, m *object.Object) (*object.Object, error) {
		r, ok, err := callSpecial(t, a, strPow, b, m)
		if err != nil || ok {
			return r, err
		}
		return t.NewRef(object.NotImplemented), nil
	}
	n.InplaceAdd = inplaceSlot("__iadd__", object.OpAdd)
	n.InplaceSub = inplaceSlot("__isub__", object.OpSub)
	n.InplaceMul = inplaceSlot("__imul__", object.OpMul)
	n.InplaceOr = inplaceSlot("__ior__", object.OpOr)
	n.InplaceAnd = inplaceSlot("__iand__", object.OpAnd)
	n.InplaceXor = inplaceSlot("__ixor__", object.OpXor)
	n.InplaceMatMul = inplaceSlot("__imatmul__", object.OpMatMul)
	n.InplaceTrueDiv = inplaceSlot("__itruediv__", object.OpTrueDiv)
	n.InplaceFloorDiv = inplaceSlot("__ifloordiv__", object.OpFloorDiv)
	n.InplaceMod = inplaceSlot("__imod__", object.OpMod)
	n.InplacePow = inplaceSlot("__ipow__", object.OpPow)
	n.InplaceLShift = inplaceSlot("__ilshift__", object.OpLShift)
	n.InplaceRShift = inplaceSlot("__irshift__", object.OpRShift)
	n.Neg = unarySlot("__neg__", "unary -")
	n.Pos = unarySlot("__pos__", "unary +")
	n.Abs = unarySlot("__abs__", "abs()")
	n.Invert = unarySlot("__invert__", "unary ~")
	n.Index = intResultSlot(unarySlot("__index__", "__index__"), "__index__")
	n.Int = intResultSlot(unarySlot("__int__", "int()"), "__int__")
	float := unarySlot("__float__", "float()")
	n.Float = func(t *object.Thread, a *object.Object) (*object.Object, error) {
		r, err := float(t, a)
		if err != nil || object.IsInstance(r, object.FloatType) {
			return r, err
		}
		t.Decref(r)
		return nil, t.Errorf(object.TypeErrorType, "%s.__float__ returned non-float (type %s)", a.Type().Name, r.Type().Name)
	}
}

// intResultSlot checks what __index__ or __int__ returned, for every
// caller of the slot: an int (a subclass's value comes back as a plain
// int), else CPython's TypeError.
func intResultSlot(f func(t *object.Thread, a *object.Object) (*object.Object, error), name string) func(t *object.Thread, a *object.Object) (*object.Object, error) {
	return func(t *object.Thread, a *object.Object) (*object.Object, error) {
		r, err := f(t, a)
		if err != nil || r.Type() == object.IntType {
			return r, err
		}
		if !object.IsInt(r) {
			t.Decref(r)
			return nil, t.Errorf(object.TypeErrorType, "%s returned non-int (type %s)", name, r.Type().Name)
		}
		v, err := object.Index(t, r)
		t.Decref(r)
		return v, err
	}
}

var compareNames = [...]*object.Str{object.Intern("__lt__"), object.Intern("__le__"), object.Intern("__eq__"),
	object.Intern("__ne__"), object.Intern("__gt__"), object.Intern("__ge__")}

// installSlotWrappers points typ's slots at the special methods its
// classes define. It runs when a class is created (only "") and when a
// special method is assigned later (only names it: the slots of its
// group alone are looked at).
func installSlotWrappers(typ *object.Type, only string) {
	group := slotGroups[only]
	has := func(name string) bool {
		if only != "" && (len(group) == 0 || group[0] != slotGroups[name][0]) {
			return false
		}
		return hasSpecial(typ, slotStrs[name])
	}
	switch only {
	case "", "__index__", "__int__", "__float__":
		// The conversion slots stay empty unless the class (or a
		// built-in base) defines the method: callers test for them to
		// choose their fallbacks and errors (float() tries __index__,
		// indexing reports "list indices must be integers").
		nm := *heapNumber
		for _, c := range []struct {
			name *object.Str
			slot *func(*object.Thread, *object.Object) (*object.Object, error)
		}{{strIndex, &nm.Index}, {strInt, &nm.Int}, {strFloat, &nm.Float}} {
			if !definesSpecial(typ, c.name) {
				*c.slot = nil
			}
		}
		typ.Number = &nm
	}
	if has("__repr__") {
		typ.Repr = func(t *object.Thread, o *object.Object) (*object.Object, error) {
			return strResult(t, o, strRepr)
		}
	}
	if has("__str__") {
		typ.Str = func(t *object.Thread, o *object.Object) (*object.Object, error) {
			return strResult(t, o, strStr)
		}
	}
	for _, name := range compareNames {
		if has(name.String()) {
			typ.Compare = slotCompare
			break
		}
	}
	if has("__hash__") {
		// The nearest class that says decides: __hash__ = None (a class
		// with __eq__ only, list) makes instances unhashable.
		typ.Hash = slotHash
		if typ.Lookup(strHash) == object.None {
			typ.Hash = nil
		}
	}
	if has("__bool__") {
		typ.Bool = func(t *object.Thread, o *object.Object) (bool, error) {
			r, err := callSlot(t, o, strBool)
			if err != nil {
				return false, err
			}
			defer t.Decref(r)
			if !object.IsInstance(r, object.BoolType) {
				return false, t.Errorf(object.TypeErrorType, "__bool__ should return bool, returned %s", r.Type().Name)
			}
			return r == object.True, nil
		}
	}
	if has("__len__") {
		typ.Len = slotLen
	}
	if has("__getitem__") {
		typ.GetItem = func(t *object.Thread, o, k *object.Object) (*object.Object, error) {
			r, err := callSlot(t, o, strGetitem, k)
			return r, err
		}
	}
	if has("__setitem__") || has("__delitem__") {
		typ.SetItem = func(t *object.Thread, o, k, v *object.Object) error {
			var r *object.Object
			var ok bool
			var err error
			if v == nil {
				r, ok, err = callSpecial(t, o, strDelitem, k)
			} else {
				r, ok, err = callSpecial(t, o, strSetitem, k, v)
			}
			if err == nil && !ok {
				// The class defines only the other one of the pair.
				name := strSetitem
				if v == nil {
					name = strDelitem
				}
				return t.Errorf(object.AttributeErrorType, "%s", name)
			}
			if err == nil {
				t.Decref(r)
			}
			return err
		}
	}
	if has("__contains__") {
		typ.Contains = func(t *object.Thread, o, v *object.Object) (bool, error) {
			if specialIsNone(t, o, strContains) {
				return false, t.Errorf(object.TypeErrorType, "'%s' object is not a container", o.Type().Name)
			}
			r, err := callSlot(t, o, strContains, v)
			if err != nil {
				return false, err
			}
			defer t.Decref(r)
			return object.IsTrue(t, r)
		}
	}
	if has("__iter__") {
		typ.Iter = func(t *object.Thread, o *object.Object) (*object.Object, error) {
			if specialIsNone(t, o, strIter) {
				return nil, t.Errorf(object.TypeErrorType, "'%s' object is not iterable", o.Type().Name)
			}
			r, err := callSlot(t, o, strIter)
			if err == nil && r.Type().Next == nil {
				t.Decref(r)
				return nil, t.Errorf(object.TypeErrorType, "iter() returned non-iterator of type '%s'", r.Type().Name)
			}
			return r, err
		}
	}
	if has("__next__") {
		typ.Next = func(t *object.Thread, o *object.Object) (*object.Object, error) {
			r, err := callSlot(t, o, strNext)
			if err != nil && object.ErrorMatches(err, object.StopIterationType) {
				t.DropError(err)
				return nil, nil
			}
			return r, err
		}
	}
	if has("__call__") {
		typ.Call = func(t *object.Thread, o *object.Object, args []*object.Object, kwnames *object.Tuple) (*object.Object, error) {
			// CPython counts the call of an object through its type's
			// tp_call (_PyObject_MakeTpCall).
			return callWithSelfSpecial(t, o, strCall, args, kwnames, " while calling a Python object")
		}
	}
	if has("__getattribute__") || has("__getattr__") {
		typ.GetAttr = slotGetAttr
		typ.Flags |= object.FlagCustomGetAttr
	}
	if has("__setattr__") || has("__delattr__") {
		typ.SetAttr = slotSetAttr
	}
	if has("__get__") {
		typ.DescrGet = func(t *object.Thread, d, obj *object.Object, owner *object.Type) (*object.Object, error) {
			if obj == nil {
				obj = object.None
			}
			typ := object.None
			if owner != nil {
				typ = owner.Obj()
			}
			// Unlike the other slots, __get__ is called as found on the
			// type, never bound (CPython's slot_tp_descr_get): binding it
			// would call the very slot being run.
			m := t.LookupTypeRef(d.Type(), strGet)
			if m.IsNull() {
				return t.NewRef(d), nil
			}
			if !t.EnterRecursive() {
				t.Close(m)
				return nil, t.RecursionError("")
			}
			r, err := stateOf(t).callWithSelf(m.Obj(), d, []*object.Object{obj, typ}, nil)
			t.LeaveRecursive()
			t.Close(m)
			return r, err
		}
	}
	if has("__set__") || has("__delete__") {
		typ.DescrSet = func(t *object.Thread, d, obj, v *object.Object) error {
			var r *object.Object
			var ok bool
			var err error
			name := strSet
			if v == nil {
				name = strDelete
				r, ok, err = callSpecial(t, d, strDelete, obj)
			} else {
				r, ok, err = callSpecial(t, d, strSet, obj, v)
			}
			if err == nil && !ok {
				// The class defines only the other one of the pair.
				return t.Errorf(object.AttributeErrorType, "%s", name)
			}
			if err == nil {
				t.Decref(r)
			}
			return err
		}
	}
	if has("__init__") {
		typ.Init = func(t *object.Thread, self *object.Object, args []*object.Object, kwnames *object.Tuple) error {
			r, err := callWithSelfSpecial(t, self, strInit, args, kwnames, "")
			if err != nil {
				return err
			}
			defer t.Decref(r)
			if r != object.None {
				return t.Errorf(object.TypeErrorType, "__init__() should return None, not '%s'", r.Type().Name)
			}
			return nil
		}
	}
	if has("__new__") {
		typ.New = func(t *object.Thread, typ *object.Type, args []*object.Object, kwnames *object.Tuple) (*object.Object, error) {
			m := t.LookupTypeRef(typ, strNew)
			if m.IsNull() {
				return nil, t.Errorf(object.TypeErrorType, "cannot create '%s' instances", typ.FullName())
			}
			fn := m.Obj()
			switch fn.Type() {
			case FunctionType:
			case staticMethodType:
				fn = object.Cast[wrapperDescr](fn).fn
			default:
				// As CPython's slot_tp_new, which gets type.__new__:
				// bound as a class attribute (a classmethod to typ).
				bound, err := t.DescrGetRef(m, nil, typ)
				if err != nil {
					return nil, err
				}
				defer t.Decref(bound)
				return stateOf(t).callWithSelf(bound, typ.Obj(), args, kwnames)
			}
			defer t.Close(m)
			return stateOf(t).callWithSelf(fn, typ.Obj(), args, kwnames)
		}
	}
	if has("__del__") {
		typ.Finalize = func(t *object.Thread, o *object.Object) {
			r, ok, err := callSpecial(t, o, strDel)
			if !ok {
				return // deleted by another thread since the slot was read
			}
			if err != nil {
				// CPython names the __del__ function, not the object.
				where := object.RefBorrow(o)
				if m := t.LookupTypeRef(o.Type(), strDel); !m.IsNull() {
					where = m
				}
				stateOf(t).WriteUnraisable(err, "Exception ignored in", where.Obj())
				t.Close(where)
				return
			}
			t.XDecref(r)
		}
	}
}

func strResult(t *object.Thread, o *object.Object, name *object.Str) (*object.Object, error) {
	r, err := callSlot(t, o, name)
	if err != nil {
		return nil, err
	}
	if !object.IsStr(r) {
		t.Decref(r)
		return nil, t.Errorf(object.TypeErrorType, "%s returned non-string (type %s)", name, r.Type().Name)
	}
	return r, nil
}

func slotCompare(t *object.Thread, a, b *object.Object, op object.CompareOp) (*object.Object, error) {
	r, ok, err := callSpecial(t, a, compareNames[op], b)
	if err != nil {
		return nil, err
	}
	if !ok {
		return t.NewRef(object.NotImplemented), nil
	}
	return r, nil
}

func slotHash(t *object.Thread, o *object.Object) (int64, error) {
	m := t.LookupType(o.Type(), strHash)
	if m == object.None {
		return 0, t.Errorf(object.TypeErrorType, "unhashable type: '%s'", o.Type().FullName())
	}
	r, err := callSlot(t, o, strHash)
	if err != nil {
		return 0, err
	}
	defer t.Decref(r)
	if !object.IsInt(r) {
		return 0, t.Errorf(object.TypeErrorType, "__hash__ method should return an integer")
	}
	// As CPython: a result that fits a machine word is the hash itself
	// (-1, reserved for errors, becomes -2); a larger one is hashed.
	if h, ok := object.AsInt(r).Int64(); ok {
		if h == -1 {
			h = -2
		}
		return h, nil
	}
	return object.Hash(t, r)
}

func slotLen(t *object.Thread, o *object.Object) (int, error) {
	r, err := callSlot(t, o, strLen)
	if err != nil {
		return 0, err
	}
	defer t.Decref(r)
	if !object.IsInt(r) {
		return 0, t.Errorf(object.TypeErrorType, "'%s' object cannot be interpreted as an integer", r.Type().Name)
	}
	if object.AsInt(r).Sign() < 0 {
		return 0, t.Errorf(object.ValueErrorType, "__len__() should return >= 0")
	}
	n, ok := object.AsInt(r).Int64()
	if !ok {
		return 0, t.Errorf(object.OverflowErrorType, "cannot fit 'int' into an index-sized integer")
	}
	return int(n), nil
}

// slotGetAttr runs __getattribute__ (or the generic lookup), then
// __getattr__ when that raised AttributeError.
func slotGetAttr(t *object.Thread, o *object.Object, name *object.Str) (*object.Object, error) {
	var r *object.Object
	var err error
	if hasSpecial(o.Type(), strGetattribute) {
		r, err = callSlot(t, o, strGetattribute, name.Obj())
	} else {
		r, err = builtinGetAttr(o.Type())(t, o, name)
	}
	if err != nil && object.ErrorMatches(err, object.AttributeErrorType) && hasSpecial(o.Type(), strGetattr) {
		t.DropError(err)
		r, err = callSlot(t, o, strGetattr, name.Obj())
	}
	return r, err
}

// builtinGetAttr returns the attribute lookup of the built-in type a
// class derives from: a metaclass's classes look attributes up as type
// does (in their own MRO), a module subclass's as a module does.
func builtinGetAttr(typ *object.Type) func(t *object.Thread, o *object.Object, name *object.Str) (*object.Object, error) {
	for _, b := range typ.MRO {
		if !b.IsHeapType() && b.GetAttr != nil {
			return b.GetAttr
		}
	}
	return object.GenericGetAttr
}

// builtinSetAttr is builtinGetAttr's counterpart for setting and
// deleting attributes.
func builtinSetAttr(typ *object.Type) func(t *object.Thread, o *object.Object, name *object.Str, v *object.Object) error {
	for _, b := range typ.MRO {
		if !b.IsHeapType() && b.SetAttr != nil {
			return b.SetAttr
		}
	}
	return object.GenericSetAttr
}

func slotSetAttr(t *object.Thread, o *object.Object, name *object.Str, v *object.Object) error {
	var r *object.Object
	var ok bool
	var err error
	if v == nil {
		r, ok, err = callSpecial(t, o, strDelattr, name.Obj())
	} else {
		r, ok, err = callSpecial(t, o, strSetattr, name.Obj(), v)
	}
	if !ok && err == nil {
		return builtinSetAttr(o.Type())(t, o, name, v)
	}
	if err == nil {
		t.Decref(r)
	}
	return err
}
