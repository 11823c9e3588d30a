package collections

import (
	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/vm"
)

// This file builds the _collections module, with _count_elements,
// Counter's counting loop.

func newCModule(st *vm.State) (*object.Object, error) {
	t := st.Thread()
	m := st.NewModule("_collections")
	for _, typ := range []*object.Type{dequeType, dequeIterType, dequeRevType, defaultdictType, tupleGetterType} {
		m.Dict.SetStr(t, object.Intern(typ.Name), typ.Obj())
	}
	m.Dict.SetStr(t, object.Intern("_count_elements"), object.NewStaticBuiltin(&countElementsDef))
	object.ClaimModuleFunctions(m.Dict, "_collections")
	return m.Obj(), nil
}

var (
	strGet     = object.Intern("get")
	strSetItem = object.Intern("__setitem__")
)

// plainDictCounting reports whether mapping is a dict whose get and
// __setitem__ are dict's own (Counter's case), so that counting may use
// the dict directly, as CPython's fast path does.
func plainDictCounting(mapping *object.Object) bool {
	if !object.IsDict(mapping) {
		return false
	}
	typ := mapping.Type()
	return typ == object.DictType || (typ.Lookup(strGet) == object.DictType.Dict.GetStr(strGet) &&
		typ.Lookup(strSetItem) == object.DictType.Dict.GetStr(strSetItem))
}

// countIntoDict is _count_elements on a plain dict: d[x] = d.get(x, 0) + 1.
func countIntoDict(t *object.Thread, d *object.Dict, it *object.Object) (*object.Object, error) {
	one := object.NewInt(t, 1)
	defer t.Decref(one)
	for {
		x, err := object.Next(t, it)
		if err != nil {
			return nil, err
		}
		if x == nil {
			return t.NewRef(object.None), nil
		}
		old, err := d.GetItemRef(t, x)
		if err == nil {
			var n *object.Object
			if old == nil {
				n = t.NewRef(one)
			} else {
				n, err = object.BinaryOperation(t, old, one, object.OpAdd)
				t.Decref(old)
			}
			if err == nil {
				err = d.SetItem(t, x, n)
				t.Decref(n)
			}
		}
		t.Decref(x)
		if err != nil {
			return nil, err
		}
	}
}

// countElementsDef is _count_elements(mapping, iterable), Counter's
// inner loop: mapping[x] = mapping.get(x, 0) + 1 for each x.
var countElementsDef = object.MethodDef{Name: "_count_elements", Doc: "Count elements in the iterable, updating the mapping",
	Fn: func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.NoKeywords(t, "_count_elements", kw); err != nil {
			return nil, err
		}
		if len(args) != 2 {
			return nil, t.Errorf(object.TypeErrorType, "_count_elements expected 2 arguments, got %d", len(args))
		}
		mapping, iterable := args[0], args[1]
		it, err := object.Iter(t, iterable)
		if err != nil {
			return nil, err
		}
		defer t.Decref(it)
		if plainDictCounting(mapping) {
			return countIntoDict(t, object.AsDict(mapping), it)
		}
		get, err := object.GetAttr(t, mapping, strGet)
		if err != nil {
			return nil, err
		}
		defer t.Decref(get)
		one := object.NewInt(t, 1)
		zero := object.NewInt(t, 0)
		defer t.Decref(one)
		defer t.Decref(zero)
		for {
			x, err := object.Next(t, it)
			if err != nil {
				return nil, err
			}
			if x == nil {
				return t.NewRef(object.None), nil
			}
			err = func() error {
				defer t.Decref(x)
				old, err := object.Call(t, get, []*object.Object{x, zero}, nil)
				if err != nil {
					return err
				}
				n, err := object.BinaryOperation(t, old, one, object.OpAdd)
				t.Decref(old)
				if err != nil {
					return err
				}
				defer t.Decref(n)
				return object.SetItem(t, mapping, x, n)
			}()
			if err != nil {
				return nil, err
			}
		}
	}}
