package weakref

import (
	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/vm"
)

// weakref.proxy: a weak reference that stands for its referent, passing
// every operation on to it and raising ReferenceError once it died.
// Proxies are object.Weakref structs of their own types (not subtypes of
// ref), so that the weak reference table keeps and clears them, and
// calls their callbacks, like any weak reference.

var (
	proxyType         = object.NewStaticType(&object.Type{Name: "ProxyType", Module: "weakref", Flags: object.FlagGC | object.FlagCustomGetAttr})
	callableProxyType = object.NewStaticType(&object.Type{Name: "CallableProxyType", Module: "weakref", Flags: object.FlagGC | object.FlagCustomGetAttr})
)

func isProxy(o *object.Object) bool {
	return o.Type() == proxyType || o.Type() == callableProxyType
}

// referent returns a new reference to the object p stands for, or
// ReferenceError.
func referent(t *object.Thread, p *object.Object) (*object.Object, error) {
	if o := t.WeakrefGet(object.Cast[object.Weakref](p)); o != nil {
		return o, nil
	}
	return nil, t.Errorf(object.ReferenceErrorType, "weakly-referenced object no longer exists")
}

// unwrap is referent for a proxy and a new reference to o otherwise:
// operators see through proxies on either side.
func unwrap(t *object.Thread, o *object.Object) (*object.Object, error) {
	if isProxy(o) {
		return referent(t, o)
	}
	return t.NewRef(o), nil
}

func unary(f func(t *object.Thread, a *object.Object) (*object.Object, error)) func(t *object.Thread, a *object.Object) (*object.Object, error) {
	return func(t *object.Thread, a *object.Object) (*object.Object, error) {
		x, err := referent(t, a)
		if err != nil {
			return nil, err
		}
		defer t.Decref(x)
		return f(t, x)
	}
}

func binary(f func(t *object.Thread, a, b *object.Object) (*object.Object, error)) func(t *object.Thread, a, b *object.Object) (*object.Object, error) {
	return func(t *object.Thread, a, b *object.Object) (*object.Object, error) {
		x, err := unwrap(t, a)
		if err != nil {
			return nil, err
		}
		defer t.Decref(x)
		y, err := unwrap(t, b)
		if err != nil {
			return nil, err
		}
		defer t.Decref(y)
		return f(t, x, y)
	}
}

func binop(op object.BinaryOp) func(t *object.Thread, a, b *object.Object) (*object.Object, error) {
	return binary(func(t *object.Thread, a, b *object.Object) (*object.Object, error) {
		return object.BinaryOperation(t, a, b, op)
	})
}

func inplace(op object.BinaryOp) func(t *object.Thread, a, b *object.Object) (*object.Object, error) {
	return binary(func(t *object.Thread, a, b *object.Object) (*object.Object, error) {
		return object.InplaceOperation(t, a, b, op)
	})
}

// callBuiltin calls the builtin name (divmod, pow, abs, int, float) on args.
func callBuiltin(t *object.Thread, name string, args ...*object.Object) (*object.Object, error) {
	b, err := vm.StateOf(t).Import("builtins")
	if err != nil {
		return nil, err
	}
	f, err := object.GetAttrString(t, b, name)
	t.Decref(b)
	if err != nil {
		return nil, err
	}
	defer t.Decref(f)
	return object.Call(t, f, args, nil)
}

var proxyNumber = &object.NumberMethods{
	Add: binop(object.OpAdd), Sub: binop(object.OpSub), Mul: binop(object.OpMul), MatMul: binop(object.OpMatMul),
	TrueDiv: binop(object.OpTrueDiv), FloorDiv: binop(object.OpFloorDiv), Mod: binop(object.OpMod), Pow: binop(object.OpPow),
	LShift: binop(object.OpLShift), RShift: binop(object.OpRShift), And: binop(object.OpAnd), Or: binop(object.OpOr), Xor: binop(object.OpXor),
	InplaceAdd: inplace(object.OpAdd), InplaceSub: inplace(object.OpSub), InplaceMul: inplace(object.OpMul), InplaceMatMul: inplace(object.OpMatMul),
	InplaceTrueDiv: inplace(object.OpTrueDiv), InplaceFloorDiv: inplace(object.OpFloorDiv), InplaceMod: inplace(object.OpMod), InplacePow: inplace(object.OpPow),
	InplaceLShift: inplace(object.OpLShift), InplaceRShift: inplace(object.OpRShift), InplaceAnd: inplace(object.OpAnd), InplaceOr: inplace(object.OpOr), InplaceXor: inplace(object.OpXor),
	DivMod: binary(func(t *object.Thread, a, b *object.Object) (*object.Object, error) {
		return callBuiltin(t, "divmod", a, b)
	}),
	Neg: unary(func(t *object.Thread, a *object.Object) (*object.Object, error) {
		return object.UnaryOperation(t, a, object.OpNeg)
	}),
	Pos: unary(func(t *object.Thread, a *object.Object) (*object.Object, error) {
		return object.UnaryOperation(t, a, object.OpPos)
	}),
	Invert: unary(func(t *object.Thread, a *object.Object) (*object.Object, error) {
		return object.UnaryOperation(t, a, object.OpInvert)
	}),
	Abs:   unary(func(t *object.Thread, a *object.Object) (*object.Object, error) { return callBuiltin(t, "abs", a) }),
	Index: unary(object.Index),
	Int:   unary(func(t *object.Thread, a *object.Object) (*object.Object, error) { return callBuiltin(t, "int", a) }),
	Float: unary(func(t *object.Thread, a *object.Object) (*object.Object, error) { return callBuiltin(t, "float", a) }),
}

// newProxy is _weakref.proxy(object[, callback]). A proxy without a
// callback is shared, as CPython shares it.
func newProxy(t *object.Thread, o, cb *object.Object) (*object.Object, error) {
	typ := proxyType
	if object.IsCallable(o) {
		typ = callableProxyType
	}
	if cb == nil {
		var found *object.Object
		for _, w := range t.Weakrefs(o) {
			if found == nil && w.Type() == typ && object.Cast[object.Weakref](w).Callback() == nil {
				found = w
				continue
			}
			t.Decref(w)
		}
		if found != nil {
			return found, nil
		}
	}
	wr, err := t.NewWeakrefOfType(typ, o, cb)
	if err != nil {
		return nil, t.Errorf(object.TypeErrorType, "cannot create weak reference to '%s' object", o.Type().FullName())
	}
	return &wr.Object, nil
}

var proxyDef = object.MethodDef{Name: "proxy", Doc: "Create a proxy object that weakly references 'object'.\n\n'callback', if given, is called with a reference to the\nproxy when 'object' is about to be finalized.",
	Fn: func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, "proxy", args, kw, 1, 2); err != nil {
			return nil, err
		}
		var cb *object.Object
		if len(args) == 2 && args[1] != object.None {
			cb = args[1]
		}
		return newProxy(t, args[0], cb)
	}}

func proxyRepr(t *object.Thread, o *object.Object) (*object.Object, error) {
	r := t.WeakrefGet(object.Cast[object.Weakref](o))
	if r == nil {
		return object.NewStr(t, "<weakproxy at "+vm.Addr(o)+" to NoneType at "+vm.Addr(object.None)+">"), nil
	}
	defer t.Decref(r)
	return object.NewStr(t, "<weakproxy at "+vm.Addr(o)+" to "+r.Type().FullName()+" at "+vm.Addr(r)+">"), nil
}

func init() {
	object.SetWeakProxyTypes(proxyType, callableProxyType)
	base := &object.WeakrefType
	for _, typ := range []*object.Type{proxyType, callableProxyType} {
		typ.Dealloc, typ.Traverse, typ.Clear = base.Dealloc, base.Traverse, base.Clear
		typ.Repr = proxyRepr
		typ.Str = unary(object.StrOf)
		typ.Hash = func(t *object.Thread, o *object.Object) (int64, error) {
			return 0, t.Errorf(object.TypeErrorType, "unhashable type: '%s'", o.Type().FullName())
		}
		typ.Compare = func(t *object.Thread, a, b *object.Object, op object.CompareOp) (*object.Object, error) {
			return binary(func(t *object.Thread, x, y *object.Object) (*object.Object, error) {
				return object.RichCompare(t, x, y, op)
			})(t, a, b)
		}
		typ.Bool = func(t *object.Thread, o *object.Object) (bool, error) {
			x, err := referent(t, o)
			if err != nil {
				return false, err
			}
			defer t.Decref(x)
			return object.IsTrue(t, x)
		}
		typ.GetAttr = func(t *object.Thread, o *object.Object, name *object.Str) (*object.Object, error) {
			x, err := referent(t, o)
			if err != nil {
				return nil, err
			}
			defer t.Decref(x)
			return object.GetAttr(t, x, name)
		}
		typ.SetAttr = func(t *object.Thread, o *object.Object, name *object.Str, v *object.Object) error {
			x, err := referent(t, o)
			if err != nil {
				return err
			}
			defer t.Decref(x)
			if v == nil {
				return object.SetAttr(t, x, name, nil)
			}
			return object.SetAttr(t, x, name, v)
		}
		typ.Len = func(t *object.Thread, o *object.Object) (int, error) {
			x, err := referent(t, o)
			if err != nil {
				return 0, err
			}
			defer t.Decref(x)
			return object.Len(t, x)
		}
		typ.Contains = func(t *object.Thread, o, v *object.Object) (bool, error) {
			x, err := referent(t, o)
			if err != nil {
				return false, err
			}
			defer t.Decref(x)
			return object.Contains(t, x, v)
		}
		typ.GetItem = func(t *object.Thread, o, key *object.Object) (*object.Object, error) {
			x, err := referent(t, o)
			if err != nil {
				return nil, err
			}
			defer t.Decref(x)
			return object.GetItem(t, x, key)
		}
		typ.SetItem = func(t *object.Thread, o, key, v *object.Object) error {
			x, err := referent(t, o)
			if err != nil {
				return err
			}
			defer t.Decref(x)
			if v == nil {
				return object.DelItem(t, x, key)
			}
			return object.SetItem(t, x, key, v)
		}
		typ.Iter = unary(object.Iter)
		typ.Next = func(t *object.Thread, o *object.Object) (*object.Object, error) {
			x, err := referent(t, o)
			if err != nil {
				return nil, err
			}
			defer t.Decref(x)
			if x.Type().Next == nil {
				return nil, t.Errorf(object.TypeErrorType, "Weakref proxy referenced a non-iterator '%s' object", x.Type().FullName())
			}
			return x.Type().Next(t, x)
		}
		typ.Number = proxyNumber
	}
	callableProxyType.Call = func(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		x, err := referent(t, self)
		if err != nil {
			return nil, err
		}
		defer t.Decref(x)
		return object.Call(t, x, args, kw)
	}
	methods := []object.MethodDef{
		{Name: "__bytes__", Fn: func(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
			x, err := referent(t, self)
			if err != nil {
				return nil, err
			}
			defer t.Decref(x)
			return callBuiltin(t, "bytes", x)
		}},
		{Name: "__reversed__", Fn: func(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
			x, err := referent(t, self)
			if err != nil {
				return nil, err
			}
			defer t.Decref(x)
			return callBuiltin(t, "reversed", x)
		}},
	}
	object.ReadyType(proxyType, methods, nil)
	object.ReadyType(callableProxyType, methods, nil)
}
