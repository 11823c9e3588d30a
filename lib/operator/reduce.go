package operator

import (
	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/vm"
)

// The __reduce__ methods let pickle and copy rebuild a getter or caller
// from the arguments it was made with.

func reduceMethod(f func(t *object.Thread, self *object.Object) (*object.Object, error)) []object.MethodDef {
	return []object.MethodDef{{Name: "__reduce__", Doc: "Return state information for pickling",
		Fn: func(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
			if err := object.CheckArgCount(t, "__reduce__", args, kw, 0, 0); err != nil {
				return nil, err
			}
			return f(t, self)
		}}}
}

// reduceTo returns (ctor, tuple(args)), taking over the reference to ctor.
func reduceTo(t *object.Thread, ctor *object.Object, args []*object.Object) *object.Object {
	return object.NewTuple(t, []*object.Object{ctor, object.NewTupleRefs(t, args...).Obj()}).Obj()
}

func itemGetterReduce(t *object.Thread, self *object.Object) (*object.Object, error) {
	return reduceTo(t, t.NewRef(self.Type().Obj()), object.Cast[itemGetter](self).items), nil
}

func attrGetterReduce(t *object.Thread, self *object.Object) (*object.Object, error) {
	return reduceTo(t, t.NewRef(self.Type().Obj()), object.Cast[attrGetter](self).names), nil
}

// methodCallerReduce is (type, (name, *args)) or, with keyword
// arguments, which a constructor call cannot take positionally,
// (functools.partial(type, name, **kwargs), args).
func methodCallerReduce(t *object.Thread, self *object.Object) (*object.Object, error) {
	m := object.Cast[methodCaller](self)
	if m.kwnames == nil {
		return reduceTo(t, t.NewRef(self.Type().Obj()), append([]*object.Object{m.name}, m.args...)), nil
	}
	npos := len(m.args) - len(m.kwnames.Items)
	functools, err := vm.StateOf(t).Import("functools")
	if err != nil {
		return nil, err
	}
	partial, err := object.GetAttrString(t, functools, "partial")
	t.Decref(functools)
	if err != nil {
		return nil, err
	}
	defer t.Decref(partial)
	pargs := append([]*object.Object{self.Type().Obj(), m.name}, m.args[npos:]...)
	ctor, err := object.Call(t, partial, pargs, m.kwnames)
	if err != nil {
		return nil, err
	}
	return reduceTo(t, ctor, m.args[:npos]), nil
}
