// Package copy implements the copy module: shallow and deep copies of
// the built-in types, of class instances (through their __dict__, or
// __getstate__/__setstate__), with the __copy__/__deepcopy__ hooks and
// deepcopy's memo dict, keyed by id() as in CPython, so that shared and
// cyclic structures are copied once.
package copy

import (
	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/vm"
)

func init() { vm.RegisterModule("copy", newModule) }

// atomic reports whether x is its own copy: immutable built-in values,
// functions and types (CPython's _copy_dispatch/_deepcopy_dispatch
// atomic entries).
func atomic(x *object.Object, deep bool) bool {
	typ := x.Type()
	switch typ {
	case object.NoneType, object.NotImplementedType, object.EllipsisType, object.IntType, object.BoolType,
		object.FloatType, object.ComplexType, object.StrType, object.BytesType, object.RangeType, object.BuiltinFunctionType,
		vm.FunctionType, &object.WeakrefType:
		return true
	case object.TupleType, object.FrozenSetType, object.SliceType:
		return !deep
	}
	if typ.Name == "property" && !typ.IsHeapType() {
		return true
	}
	return object.IsType(x)
}

// idKey is id(x), the memo's key.
func idKey(t *object.Thread, x *object.Object) *object.Object {
	return object.NewInt(t, int64(uintptr(object.Pointer(x))))
}

// getAttrOpt returns o.name, or nil when o has no such attribute or it
// is None.
func getAttrOpt(t *object.Thread, o *object.Object, name string) (*object.Object, error) {
	v, err := object.GetAttrString(t, o, name)
	if err != nil {
		if object.ErrorMatches(err, object.AttributeErrorType) {
			t.DropError(err)
			return nil, nil
		}
		return nil, err
	}
	if v == object.None {
		// copy.py's getattr(cls, name, None): None means no hook.
		t.Decref(v)
		return nil, nil
	}
	return v, nil
}

func callMethod(t *object.Thread, o *object.Object, name string, args ...*object.Object) (*object.Object, error) {
	m, err := object.GetAttrString(t, o, name)
	if err != nil {
		return nil, err
	}
	defer t.Decref(m)
	return object.Call(t, m, args, nil)
}

func cannotPickle(t *object.Thread, x *object.Object) error {
	return t.Errorf(object.TypeErrorType, "cannot pickle '%s' object", x.Type().Name)
}

// copier carries deepcopy's memo (nil for a shallow copy).
type copier struct {
	memo *object.Dict
}

func (c *copier) deep() bool { return c.memo != nil }

// copyItem copies a component: deeply for deepcopy, else a new reference.
func (c *copier) copyItem(t *object.Thread, x *object.Object) (*object.Object, error) {
	if c.deep() {
		return c.deepcopy(t, x)
	}
	return t.NewRef(x), nil
}

// setMemo records memo[id(x)] = y.
func (c *copier) setMemo(t *object.Thread, x, y *object.Object) error {
	k := idKey(t, x)
	err := c.memo.SetItem(t, k, y)
	t.Decref(k)
	return err
}

// remember records memo[id(x)] = y and keeps x alive in
// memo[id(memo)], as CPython's deepcopy does.
func (c *copier) remember(t *object.Thread, x, y *object.Object) error {
	if err := c.setMemo(t, x, y); err != nil {
		return err
	}
	mk := idKey(t, c.memo.Obj())
	defer t.Decref(mk)
	keep, err := c.memo.GetItem(t, mk)
	if err != nil {
		return err
	}
	if keep == nil {
		l := object.NewList(t, []*object.Object{t.NewRef(x)})
		err := c.memo.SetItem(t, mk, l.Obj())
		t.Decref(l.Obj())
		return err
	}
	r, err := callMethod(t, keep, "append", x)
	if err != nil {
		return err
	}
	t.Decref(r)
	return nil
}

func shallow(t *object.Thread, x *object.Object) (*object.Object, error) {
	if atomic(x, false) {
		return t.NewRef(x), nil
	}
	switch x.Type() {
	case object.ListType, object.DictType, object.SetType:
		return callMethod(t, x, "copy")
	}
	cp, err := getAttrOpt(t, object.TypeOf(x), "__copy__")
	if err != nil {
		return nil, err
	}
	if cp != nil {
		defer t.Decref(cp)
		return object.Call(t, cp, []*object.Object{x}, nil)
	}
	if x.Type() == vm.MethodType {
		return t.NewRef(x), nil
	}
	c := &copier{}
	return c.reconstruct(t, x)
}

func (c *copier) deepcopy(t *object.Thread, x *object.Object) (*object.Object, error) {
	// CPython's deepcopy recurses in Python, so nested containers meet
	// the recursion limit; here it recurses in Go, which must be bounded.
	if !t.EnterRecursive() {
		return nil, t.RecursionError(" while calling a Python object")
	}
	defer t.LeaveRecursive()
	k := idKey(t, x)
	y, err := c.memo.GetItem(t, k)
	t.Decref(k)
	if err != nil {
		return nil, err
	}
	if y != nil {
		return t.NewRef(y), nil
	}
	if atomic(x, true) {
		return t.NewRef(x), nil
	}
	switch x.Type() {
	case object.ListType:
		y, err = c.deepList(t, x)
	case object.TupleType:
		y, err = c.deepTuple(t, x)
	case object.DictType:
		y, err = c.deepDict(t, x)
	case vm.MethodType:
		m := object.Cast[vm.Method](x)
		self, err := c.deepcopy(t, m.Self)
		if err != nil {
			return nil, err
		}
		nm := &vm.Method{Func: t.NewRef(m.Func), Self: self}
		t.Init(&nm.Object, vm.MethodType)
		t.Track(&nm.Object)
		y = &nm.Object
	default:
		var dc *object.Object
		dc, err = getAttrOpt(t, x, "__deepcopy__")
		if err != nil {
			return nil, err
		}
		if dc != nil {
			y, err = object.Call(t, dc, []*object.Object{c.memo.Obj()}, nil)
			t.Decref(dc)
		} else {
			y, err = c.reconstruct(t, x)
		}
	}
	if err != nil {
		return nil, err
	}
	if y != x {
		if err := c.remember(t, x, y); err != nil {
			t.Decref(y)
			return nil, err
		}
	}
	return y, nil
}

func (c *copier) deepList(t *object.Thread, x *object.Object) (*object.Object, error) {
	y := object.NewList(t, nil)
	if err := c.setMemo(t, x, y.Obj()); err != nil {
		t.Decref(y.Obj())
		return nil, err
	}
	src := object.AsList(x)
	// The copies run Python code that may change x: index afresh.
	for i := 0; ; i++ {
		item := src.ItemRef(t, i)
		if item == nil {
			break
		}
		v, err := c.deepcopy(t, item)
		t.Decref(item)
		if err != nil {
			t.Decref(y.Obj())
			return nil, err
		}
		y.Append(t, v)
		t.Decref(v)
	}
	return y.Obj(), nil
}

func (c *copier) deepTuple(t *object.Thread, x *object.Object) (*object.Object, error) {
	src := object.AsTuple(x).Items
	items := make([]*object.Object, 0, len(src))
	fail := func(err error) (*object.Object, error) {
		for _, v := range items {
			t.Decref(v)
		}
		return nil, err
	}
	same := true
	for _, a := range src {
		v, err := c.deepcopy(t, a)
		if err != nil {
			return fail(err)
		}
		items = append(items, v)
		same = same && v == a
	}
	// A tuple reached again through its own items was copied already.
	k := idKey(t, x)
	y, err := c.memo.GetItem(t, k)
	t.Decref(k)
	if err != nil {
		return fail(err)
	}
	if y != nil {
		fail(nil)
		return t.NewRef(y), nil
	}
	if same {
		fail(nil)
		return t.NewRef(x), nil
	}
	return object.NewTuple(t, items).Obj(), nil
}

func (c *copier) deepDict(t *object.Thread, x *object.Object) (*object.Object, error) {
	y := object.NewDict(t)
	if err := c.setMemo(t, x, y.Obj()); err != nil {
		t.Decref(y.Obj())
		return nil, err
	}
	if err := c.copyDictItems(t, x, y.Obj()); err != nil {
		t.Decref(y.Obj())
		return nil, err
	}
	return y.Obj(), nil
}

// copyDictItems sets y[copy(k)] = copy(v) for the items of the mapping x.
func (c *copier) copyDictItems(t *object.Thread, x, y *object.Object) error {
	items, err := callMethod(t, x, "items")
	if err != nil {
		return err
	}
	defer t.Decref(items)
	return object.Iterate(t, items, func(kv *object.Object) error {
		pair := object.AsTuple(kv).Items
		k, err := c.copyItem(t, pair[0])
		if err != nil {
			return err
		}
		defer t.Decref(k)
		v, err := c.copyItem(t, pair[1])
		if err != nil {
			return err
		}
		defer t.Decref(v)
		return object.SetItem(t, y, k, v)
	})
}

// copyItems returns copies of the items of iterable x.
func (c *copier) copyItems(t *object.Thread, x *object.Object) ([]*object.Object, error) {
	items, err := object.SequenceItems(t, x)
	if err != nil {
		return nil, err
	}
	if !c.deep() {
		return items, nil
	}
	for i, a := range items {
		v, err := c.deepcopy(t, a)
		t.Decref(a)
		if err != nil {
			for _, b := range items[:i] {
				t.Decref(b)
			}
			for _, b := range items[i+1:] {
				t.Decref(b)
			}
			return nil, err
		}
		items[i] = v
	}
	return items, nil
}

// reconstruct copies what CPython copies through __reduce_ex__(4): a new
// object of x's class, created with the class's __new__ (or the class
// itself for sets and exceptions), then x's state and items.
func (c *copier) reconstruct(t *object.Thread, x *object.Object) (*object.Object, error) {
	typ := x.Type()
	cls := object.TypeOf(x)
	if !typ.IsHeapType() && typ != object.ObjectType && !object.IsSubtype(typ, object.BaseExceptionType) &&
		typ != object.SetType && typ != object.FrozenSetType && typ != object.SliceType {
		return nil, cannotPickle(t, x)
	}
	var y *object.Object
	var err error
	switch {
	case typ == object.SliceType:
		parts := object.NewTuple(t, sliceParts(t, x)).Obj()
		items, err := c.copyItems(t, parts)
		t.Decref(parts)
		if err != nil {
			return nil, err
		}
		defer decrefAll(t, items)
		return object.Call(t, cls, items, nil)
	case object.IsSubtype(typ, object.BaseExceptionType):
		args := object.Cast[object.Exception](x).Args
		var items []*object.Object
		if args != nil {
			if items, err = c.copyItems(t, args.Obj()); err != nil {
				return nil, err
			}
		}
		y, err = object.Call(t, cls, items, nil)
		decrefAll(t, items)
	case object.IsAnySet(x):
		items, err := c.copyItems(t, x)
		if err != nil {
			return nil, err
		}
		l := object.NewList(t, items)
		y, err = object.Call(t, cls, []*object.Object{l.Obj()}, nil)
		t.Decref(l.Obj())
		if err != nil {
			return nil, err
		}
	default:
		y, err = c.newInstance(t, x)
	}
	if err != nil {
		return nil, err
	}
	if c.deep() {
		if err := c.setMemo(t, x, y); err != nil {
			t.Decref(y)
			return nil, err
		}
	}
	if err := c.copyState(t, x, y); err != nil {
		t.Decref(y)
		return nil, err
	}
	if object.IsList(x) {
		items, err := c.copyItems(t, x)
		if err == nil {
			for _, v := range items {
				var r *object.Object
				if r, err = callMethod(t, y, "append", v); err != nil {
					break
				}
				t.Decref(r)
			}
			decrefAll(t, items)
		}
		if err != nil {
			t.Decref(y)
			return nil, err
		}
	}
	if object.IsDict(x) {
		if err := c.copyDictItems(t, x, y); err != nil {
			t.Decref(y)
			return nil, err
		}
	}
	return y, nil
}

func sliceParts(t *object.Thread, x *object.Object) []*object.Object {
	parts := make([]*object.Object, 3)
	for i, name := range []string{"start", "stop", "step"} {
		v, err := object.GetAttrString(t, x, name)
		if err != nil {
			t.DropError(err)
			v = object.None
		}
		parts[i] = v
	}
	return parts
}

// newInstance calls cls.__new__(cls, *newargs): the arguments of the
// built-in base's value for subclasses of immutable types.
func (c *copier) newInstance(t *object.Thread, x *object.Object) (*object.Object, error) {
	cls := object.TypeOf(x)
	args := []*object.Object{t.NewRef(cls)}
	defer func() { decrefAll(t, args) }()
	switch {
	case object.IsTuple(x):
		items, err := c.copyItems(t, x)
		if err != nil {
			return nil, err
		}
		args = append(args, object.NewTuple(t, items).Obj())
	case object.IsInt(x):
		args = append(args, object.NewIntBig(t, object.AsInt(x).Big()))
	case object.IsFloat(x):
		args = append(args, object.NewFloat(t, object.FloatValue(x)))
	case object.IsComplex(x):
		re, im := object.ComplexParts(x)
		args = append(args, object.NewFloat(t, re), object.NewFloat(t, im))
	case object.IsStr(x):
		args = append(args, object.NewStr(t, object.StrValue(x)))
	case object.IsFrozenSet(x), object.IsBytes(x):
		args = append(args, t.NewRef(x))
	}
	newFn, err := object.GetAttrString(t, cls, "__new__")
	if err != nil {
		return nil, err
	}
	defer t.Decref(newFn)
	return object.Call(t, newFn, args, nil)
}

// copyState copies x's state to y: __getstate__'s result given to
// __setstate__ when the class defines them, else x's __dict__.
func (c *copier) copyState(t *object.Thread, x, y *object.Object) error {
	typ := x.Type()
	var state *object.Object
	if g := typ.Lookup(object.Intern("__getstate__")); g != nil && g.Type() == vm.FunctionType {
		s, err := callMethod(t, x, "__getstate__")
		if err != nil {
			return err
		}
		state = s
	} else if typ.DictPtr != nil {
		if d := *typ.DictPtr(x); d != nil && d.Len() > 0 {
			state = t.NewRef(d.Obj())
		}
	}
	if state == nil || state == object.None {
		if state != nil {
			t.Decref(state)
		}
		return nil
	}
	defer func() { t.Decref(state) }()
	if c.deep() {
		s, err := c.deepcopy(t, state)
		if err != nil {
			return err
		}
		t.Decref(state)
		state = s
	}
	if y.Type().Lookup(object.Intern("__setstate__")) != nil {
		r, err := callMethod(t, y, "__setstate__", state)
		if err != nil {
			return err
		}
		t.Decref(r)
		return nil
	}
	if !object.IsDict(state) {
		return t.Errorf(object.TypeErrorType, "state is not a dictionary")
	}
	ytyp := y.Type()
	if ytyp.DictPtr == nil {
		return t.Errorf(object.AttributeErrorType, "'%s' object has no attribute '__dict__'", ytyp.Name)
	}
	dp := ytyp.DictPtr(y)
	if *dp == nil {
		*dp = object.NewDict(t)
	}
	return c.copyDictItemsShallow(t, state, (*dp).Obj())
}

// copyDictItemsShallow is dict.update(y, x) for the state dict.
func (c *copier) copyDictItemsShallow(t *object.Thread, x, y *object.Object) error {
	shallowCopier := &copier{}
	return shallowCopier.copyDictItems(t, x, y)
}

func decrefAll(t *object.Thread, items []*object.Object) {
	for _, x := range items {
		t.Decref(x)
	}
}

func copyFn(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	vals, err := bind(t, "copy", args, kw, []string{"x"})
	if err != nil {
		return nil, err
	}
	return shallow(t, vals[0])
}

func deepcopyFn(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	vals, err := bind(t, "deepcopy", args, kw, []string{"x", "memo", "_nil"})
	if err != nil {
		return nil, err
	}
	c := &copier{}
	if m := vals[1]; m != nil && m != object.None {
		if !object.IsDict(m) {
			return nil, t.Errorf(object.AttributeErrorType, "'%s' object has no attribute 'get'", m.Type().Name)
		}
		c.memo = object.AsDict(t.NewRef(m))
	} else {
		c.memo = object.NewDict(t)
	}
	defer t.Decref(c.memo.Obj())
	return c.deepcopy(t, vals[0])
}

// bind binds a Python-level function's arguments; the first parameter is
// required, the others optional.
func bind(t *object.Thread, name string, args []*object.Object, kw *object.Tuple, params []string) ([]*object.Object, error) {
	npos := len(args)
	if kw != nil {
		npos -= len(kw.Items)
	}
	if npos > len(params) {
		if len(params) == 1 {
			return nil, t.Errorf(object.TypeErrorType, "%s() takes 1 positional argument but %d were given", name, npos)
		}
		return nil, t.Errorf(object.TypeErrorType, "%s() takes from 1 to %d positional arguments but %d were given", name, len(params), npos)
	}
	vals := make([]*object.Object, len(params))
	copy(vals, args[:npos])
	if kw != nil {
		for i, k := range kw.Items {
			j := -1
			for p, pn := range params {
				if pn == object.StrValue(k) {
					j = p
				}
			}
			if j < 0 {
				return nil, t.Errorf(object.TypeErrorType, "%s() got an unexpected keyword argument '%s'", name, object.StrValue(k))
			}
			if vals[j] != nil {
				return nil, t.Errorf(object.TypeErrorType, "%s() got multiple values for argument '%s'", name, object.StrValue(k))
			}
			vals[j] = args[npos+i]
		}
	}
	if vals[0] == nil {
		return nil, t.Errorf(object.TypeErrorType, "%s() missing 1 required positional argument: '%s'", name, params[0])
	}
	return vals, nil
}

var funcs = []object.MethodDef{
	{Name: "copy", Fn: copyFn},
	{Name: "deepcopy", Fn: deepcopyFn},
}

func newModule(st *vm.State) (*object.Object, error) {
	t := st.Thread()
	m := st.NewModule("copy")
	for i := range funcs {
		m.Dict.SetStr(t, object.Intern(funcs[i].Name), object.NewStaticBuiltin(&funcs[i]))
	}
	// class Error(Exception): pass, in module copy; error is an alias.
	ns := object.NewDict(t)
	ns.SetStr(t, object.Intern("__module__"), object.NewStrStatic("copy"))
	ns.SetStr(t, object.Intern("__qualname__"), object.NewStrStatic("Error"))
	bases := object.NewTupleRefs(t, object.ExceptionType.Obj())
	cls, err := object.Call(t, object.TypeType.Obj(), []*object.Object{object.NewStrStatic("Error"), bases.Obj(), ns.Obj()}, nil)
	t.Decref(bases.Obj())
	t.Decref(ns.Obj())
	if err != nil {
		return nil, err
	}
	m.Dict.SetStr(t, object.Intern("Error"), cls)
	m.Dict.SetStr(t, object.Intern("error"), cls)
	t.Decref(cls)
	return m.Obj(), nil
}
