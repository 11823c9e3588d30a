// Package operator implements _operator, CPython's C module under
// operator.py: the operators as functions, and the itemgetter,
// attrgetter and methodcaller types.
package operator

import (
	"strings"

	"github.com/ftpy/ftpy/object"
)

// unary is a METH_O function, named _operator.name in arity errors.
func unary(name string, f func(t *object.Thread, a *object.Object) (*object.Object, error)) object.MethodDef {
	qual := "_operator." + name // built once, not on every call
	return object.MethodDef{Name: name, Fn: func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, qual, args, kw, 1, 1); err != nil {
			return nil, err
		}
		return f(t, args[0])
	}}
}

func binary(name string, f func(t *object.Thread, a, b *object.Object) (*object.Object, error)) object.MethodDef {
	return object.MethodDef{Name: name, Fn: func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, name, args, kw, 2, 2); err != nil {
			return nil, err
		}
		return f(t, args[0], args[1])
	}}
}

func binop(name string, op object.BinaryOp) object.MethodDef {
	return binary(name, func(t *object.Thread, a, b *object.Object) (*object.Object, error) {
		return object.BinaryOperation(t, a, b, op)
	})
}

func inplace(name string, op object.BinaryOp) object.MethodDef {
	return binary(name, func(t *object.Thread, a, b *object.Object) (*object.Object, error) {
		return object.InplaceOperation(t, a, b, op)
	})
}

func unop(name string, op object.UnaryOp) object.MethodDef {
	return unary(name, func(t *object.Thread, a *object.Object) (*object.Object, error) {
		return object.UnaryOperation(t, a, op)
	})
}

func compare(name string, op object.CompareOp) object.MethodDef {
	return binary(name, func(t *object.Thread, a, b *object.Object) (*object.Object, error) {
		return object.RichCompare(t, a, b, op)
	})
}

func concat(t *object.Thread, a, b *object.Object, inplace bool) (*object.Object, error) {
	if a.Type().Concat == nil {
		return nil, t.Errorf(object.TypeErrorType, "'%s' object can't be concatenated", a.Type().Name)
	}
	if inplace {
		return object.InplaceOperation(t, a, b, object.OpAdd)
	}
	return object.BinaryOperation(t, a, b, object.OpAdd)
}

var funcs = []object.MethodDef{
	binop("add", object.OpAdd),
	binop("sub", object.OpSub),
	binop("mul", object.OpMul),
	binop("matmul", object.OpMatMul),
	binop("truediv", object.OpTrueDiv),
	binop("floordiv", object.OpFloorDiv),
	binop("mod", object.OpMod),
	binop("pow", object.OpPow),
	binop("lshift", object.OpLShift),
	binop("rshift", object.OpRShift),
	binop("and_", object.OpAnd),
	binop("or_", object.OpOr),
	binop("xor", object.OpXor),
	inplace("iadd", object.OpAdd),
	inplace("isub", object.OpSub),
	inplace("imul", object.OpMul),
	inplace("imatmul", object.OpMatMul),
	inplace("itruediv", object.OpTrueDiv),
	inplace("ifloordiv", object.OpFloorDiv),
	inplace("imod", object.OpMod),
	inplace("ipow", object.OpPow),
	inplace("ilshift", object.OpLShift),
	inplace("irshift", object.OpRShift),
	inplace("iand", object.OpAnd),
	inplace("ior", object.OpOr),
	inplace("ixor", object.OpXor),
	unop("neg", object.OpNeg),
	unop("pos", object.OpPos),
	unop("invert", object.OpInvert),
	unop("inv", object.OpInvert),
	unary("abs", func(t *object.Thread, a *object.Object) (*object.Object, error) {
		if n := a.Type().Number; n != nil && n.Abs != nil {
			return n.Abs(t, a)
		}
		return nil, t.Errorf(object.TypeErrorType, "bad operand type for abs(): '%s'", a.Type().Name)
	}),
	unary("index", func(t *object.Thread, a *object.Object) (*object.Object, error) {
		r, err := object.Index(t, a)
		if err != nil || r.Type() == object.IntType {
			return r, err
		}
		// PyNumber_Index returns an exact int for int subclasses (bool).
		v := object.NewIntBig(t, object.AsInt(r).Big())
		t.Decref(r)
		return v, nil
	}),
	unary("truth", func(t *object.Thread, a *object.Object) (*object.Object, error) {
		b, err := object.IsTrue(t, a)
		return object.NewBool(b), err
	}),
	unary("not_", func(t *object.Thread, a *object.Object) (*object.Object, error) {
		b, err := object.IsTrue(t, a)
		return object.NewBool(!b), err
	}),
	compare("eq", object.EQ),
	compare("ne", object.NE),
	compare("lt", object.LT),
	compare("le", object.LE),
	compare("gt", object.GT),
	compare("ge", object.GE),
	binary("is_", func(t *object.Thread, a, b *object.Object) (*object.Object, error) {
		return object.NewBool(a == b), nil
	}),
	binary("is_not", func(t *object.Thread, a, b *object.Object) (*object.Object, error) {
		return object.NewBool(a != b), nil
	}),
	binary("contains", func(t *object.Thread, a, b *object.Object) (*object.Object, error) {
		ok, err := object.Contains(t, a, b)
		return object.NewBool(ok), err
	}),
	binary("concat", func(t *object.Thread, a, b *object.Object) (*object.Object, error) {
		return concat(t, a, b, false)
	}),
	binary("iconcat", func(t *object.Thread, a, b *object.Object) (*object.Object, error) {
		return concat(t, a, b, true)
	}),
	binary("getitem", object.GetItem),
	{Name: "setitem", Fn: func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, "setitem", args, kw, 3, 3); err != nil {
			return nil, err
		}
		if err := object.SetItem(t, args[0], args[1], args[2]); err != nil {
			return nil, err
		}
		return object.None, nil
	}},
	binary("delitem", func(t *object.Thread, a, b *object.Object) (*object.Object, error) {
		if err := object.DelItem(t, a, b); err != nil {
			return nil, err
		}
		return object.None, nil
	}),
	binary("countOf", func(t *object.Thread, a, b *object.Object) (*object.Object, error) {
		n := int64(0)
		err := object.Iterate(t, a, func(x *object.Object) error {
			eq, err := object.RichCompareBool(t, x, b, object.EQ)
			if eq {
				n++
			}
			return err
		})
		if err != nil {
			return nil, err
		}
		return object.NewInt(t, n), nil
	}),
	binary("indexOf", func(t *object.Thread, a, b *object.Object) (*object.Object, error) {
		i, found := int64(0), errFound{}
		err := object.Iterate(t, a, func(x *object.Object) error {
			eq, err := object.RichCompareBool(t, x, b, object.EQ)
			if err != nil {
				return err
			}
			if eq {
				return found
			}
			i++
			return nil
		})
		if err == found {
			return object.NewInt(t, i), nil
		}
		if err != nil {
			return nil, err
		}
		return nil, t.Errorf(object.ValueErrorType, "sequence.index(x): x not in sequence")
	}),
	{Name: "call", Fn: func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		npos := len(args)
		if kw != nil {
			npos -= len(kw.Items)
		}
		if npos < 1 {
			return nil, t.Errorf(object.TypeErrorType, "call expected at least 1 argument, got %d", npos)
		}
		return object.Call(t, args[0], args[1:], kw)
	}},
}

// errFound stops indexOf's iteration.
type errFound struct{}

func (errFound) Error() string { return "found" }

// ---- itemgetter ----

type itemGetter struct {
	object.Object
	items []*object.Object
}

var itemGetterType = object.NewStaticType(&object.Type{
	Name:     "itemgetter",
	Module:   "operator",
	Flags:    object.FlagGC,
	Doc:      "Return a callable object that fetches the given item(s) from its operand.",
	Traverse: func(o *object.Object, visit object.Visitor) { visitAll(object.Cast[itemGetter](o).items, visit) },
	Clear:    func(t *object.Thread, o *object.Object) { clearItems(t, &object.Cast[itemGetter](o).items) },
	Dealloc:  func(t *object.Thread, o *object.Object) { clearItems(t, &object.Cast[itemGetter](o).items) },
	New: func(t *object.Thread, typ *object.Type, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.NoKeywords(t, "itemgetter", kw); err != nil {
			return nil, err
		}
		if len(args) == 0 {
			return nil, t.Errorf(object.TypeErrorType, "itemgetter expected 1 argument, got 0")
		}
		g := &itemGetter{items: newRefs(t, args)}
		t.Init(&g.Object, typ)
		t.Track(&g.Object)
		return &g.Object, nil
	},
	Call: func(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.NoKeywords(t, "itemgetter", kw); err != nil {
			return nil, err
		}
		if len(args) != 1 {
			return nil, t.Errorf(object.TypeErrorType, "itemgetter expected 1 argument, got %d", len(args))
		}
		items := object.Cast[itemGetter](self).items
		if len(items) == 1 {
			return object.GetItem(t, args[0], items[0])
		}
		out := make([]*object.Object, 0, len(items))
		for _, k := range items {
			v, err := object.GetItem(t, args[0], k)
			if err != nil {
				clearItems(t, &out)
				return nil, err
			}
			out = append(out, v)
		}
		return object.NewTuple(t, out).Obj(), nil
	},
	Repr: func(t *object.Thread, o *object.Object) (*object.Object, error) {
		return reprCall(t, "operator.itemgetter", object.Cast[itemGetter](o).items, nil, nil)
	},
})

// ---- attrgetter ----

type attrGetter struct {
	object.Object
	names []*object.Object // the names as given, for repr
	paths [][]*object.Str  // each name split at dots
}

var attrGetterType = object.NewStaticType(&object.Type{
	Name:     "attrgetter",
	Module:   "operator",
	Flags:    object.FlagGC,
	Doc:      "Return a callable object that fetches the given attribute(s) from its operand.",
	Traverse: func(o *object.Object, visit object.Visitor) { visitAll(object.Cast[attrGetter](o).names, visit) },
	Clear:    func(t *object.Thread, o *object.Object) { clearItems(t, &object.Cast[attrGetter](o).names) },
	Dealloc:  func(t *object.Thread, o *object.Object) { clearItems(t, &object.Cast[attrGetter](o).names) },
	New: func(t *object.Thread, typ *object.Type, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.NoKeywords(t, "attrgetter", kw); err != nil {
			return nil, err
		}
		if len(args) == 0 {
			return nil, t.Errorf(object.TypeErrorType, "attrgetter expected 1 argument, got 0")
		}
		paths := make([][]*object.Str, len(args))
		for i, a := range args {
			if !object.IsStr(a) {
				return nil, t.Errorf(object.TypeErrorType, "attribute name must be a string")
			}
			for _, part := range strings.Split(object.StrValue(a), ".") {
				paths[i] = append(paths[i], object.Intern(part))
			}
		}
		g := &attrGetter{names: newRefs(t, args), paths: paths}
		t.Init(&g.Object, typ)
		t.Track(&g.Object)
		return &g.Object, nil
	},
	Call: func(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.NoKeywords(t, "attrgetter", kw); err != nil {
			return nil, err
		}
		if len(args) != 1 {
			return nil, t.Errorf(object.TypeErrorType, "attrgetter expected 1 argument, got %d", len(args))
		}
		paths := object.Cast[attrGetter](self).paths
		if len(paths) == 1 {
			return dottedGet(t, args[0], paths[0])
		}
		out := make([]*object.Object, 0, len(paths))
		for _, p := range paths {
			v, err := dottedGet(t, args[0], p)
			if err != nil {
				clearItems(t, &out)
				return nil, err
			}
			out = append(out, v)
		}
		return object.NewTuple(t, out).Obj(), nil
	},
	Repr: func(t *object.Thread, o *object.Object) (*object.Object, error) {
		return reprCall(t, "operator.attrgetter", object.Cast[attrGetter](o).names, nil, nil)
	},
})

func dottedGet(t *object.Thread, o *object.Object, path []*object.Str) (*object.Object, error) {
	cur := t.NewRef(o)
	for _, name := range path {
		next, err := object.GetAttr(t, cur, name)
		t.Decref(cur)
		if err != nil {
			return nil, err
		}
		cur = next
	}
	return cur, nil
}

// ---- methodcaller ----

type methodCaller struct {
	object.Object
	name    *object.Object
	args    []*object.Object // positional arguments then keyword values
	kwnames *object.Tuple    // nil when there are no keywords
}

func methodCallerClear(t *object.Thread, o *object.Object) {
	m := object.Cast[methodCaller](o)
	name, kw := m.name, m.kwnames
	m.name, m.kwnames = nil, nil
	clearItems(t, &m.args)
	if name != nil {
		t.Decref(name)
	}
	if kw != nil {
		t.Decref(kw.Obj())
	}
}

var methodCallerType = object.NewStaticType(&object.Type{
	Name:   "methodcaller",
	Module: "operator",
	Flags:  object.FlagGC,
	Doc:    "Return a callable object that calls the given method on its operand.",
	Traverse: func(o *object.Object, visit object.Visitor) {
		m := object.Cast[methodCaller](o)
		if m.name != nil {
			visit(m.name)
		}
		visitAll(m.args, visit)
		if m.kwnames != nil {
			visit(m.kwnames.Obj())
		}
	},
	Clear:   methodCallerClear,
	Dealloc: methodCallerClear,
	New: func(t *object.Thread, typ *object.Type, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		npos := len(args)
		if kw != nil {
			npos -= len(kw.Items)
		}
		if npos < 1 {
			return nil, t.Errorf(object.TypeErrorType, "methodcaller needs at least one argument, the method name")
		}
		if !object.IsStr(args[0]) {
			return nil, t.Errorf(object.TypeErrorType, "method name must be a string")
		}
		m := &methodCaller{name: object.Intern(object.StrValue(args[0])).Obj(), args: newRefs(t, args[1:])}
		if kw != nil && len(kw.Items) > 0 {
			m.kwnames = object.AsTuple(t.NewRef(kw.Obj()))
		}
		t.Init(&m.Object, typ)
		t.Track(&m.Object)
		return &m.Object, nil
	},
	Call: func(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.NoKeywords(t, "methodcaller", kw); err != nil {
			return nil, err
		}
		if len(args) != 1 {
			return nil, t.Errorf(object.TypeErrorType, "methodcaller expected 1 argument, got %d", len(args))
		}
		m := object.Cast[methodCaller](self)
		meth, err := object.GetAttr(t, args[0], object.AsStr(m.name))
		if err != nil {
			return nil, err
		}
		defer t.Decref(meth)
		return object.CallHeld(t, meth, m.args, m.kwnames)
	},
	Repr: func(t *object.Thread, o *object.Object) (*object.Object, error) {
		m := object.Cast[methodCaller](o)
		npos := len(m.args)
		var kwnames []*object.Object
		if m.kwnames != nil {
			kwnames = m.kwnames.Items
			npos -= len(kwnames)
		}
		pos := append([]*object.Object{m.name}, m.args[:npos]...)
		return reprCall(t, "operator.methodcaller", pos, kwnames, m.args[npos:])
	},
})

// reprCall formats name(repr(pos)..., kw=repr(value)...).
func reprCall(t *object.Thread, name string, pos, kwnames, kwvalues []*object.Object) (*object.Object, error) {
	var b strings.Builder
	b.WriteString(name)
	b.WriteByte('(')
	for i, a := range pos {
		if i > 0 {
			b.WriteString(", ")
		}
		s, err := object.ReprString(t, a)
		if err != nil {
			return nil, err
		}
		b.WriteString(s)
	}
	for i, k := range kwnames {
		if i > 0 || len(pos) > 0 {
			b.WriteString(", ")
		}
		s, err := object.ReprString(t, kwvalues[i])
		if err != nil {
			return nil, err
		}
		b.WriteString(object.StrValue(k) + "=" + s)
	}
	b.WriteByte(')')
	return object.NewStr(t, b.String()), nil
}

func newRefs(t *object.Thread, items []*object.Object) []*object.Object {
	out := make([]*object.Object, len(items))
	for i, x := range items {
		out[i] = t.NewRef(x)
	}
	return out
}

func visitAll(items []*object.Object, visit object.Visitor) {
	for _, x := range items {
		visit(x)
	}
}

func clearItems(t *object.Thread, items *[]*object.Object) {
	old := *items
	*items = nil
	for _, x := range old {
		t.Decref(x)
	}
}

func init() {
	object.ReadyType(itemGetterType, reduceMethod(itemGetterReduce), nil)
	object.ReadyType(attrGetterType, reduceMethod(attrGetterReduce), nil)
	object.ReadyType(methodCallerType, reduceMethod(methodCallerReduce), nil)
}
