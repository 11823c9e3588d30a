// Package weakref implements the weakref module's core: ref (with
// callbacks), getweakrefcount, and finalize's building block, on the
// object core's weak references.
package weakref

import (
	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/vm"
)

func init() {
	wt := &object.WeakrefType
	wt.Call = func(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, "weakref", args, kw, 0, 0); err != nil {
			return nil, err
		}
		if o := t.WeakrefGet(object.Cast[object.Weakref](self)); o != nil {
			return o, nil
		}
		return object.None, nil
	}
	wt.New = func(t *object.Thread, typ *object.Type, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, "ref", args, kw, 1, 2); err != nil {
			return nil, err
		}
		var cb *object.Object
		if len(args) == 2 && args[1] != object.None {
			cb = args[1]
		}
		wr, err := t.NewWeakref(args[0], cb)
		if err != nil {
			return nil, t.Errorf(object.TypeErrorType, "cannot create weak reference to '%s' object", args[0].Type().Name)
		}
		return &wr.Object, nil
	}
	wt.Repr = func(t *object.Thread, o *object.Object) (*object.Object, error) {
		wr := object.Cast[object.Weakref](o)
		r := t.WeakrefGet(wr)
		if r == nil {
			return object.NewStr(t, "<weakref at "+vm.Addr(o)+"; dead>"), nil
		}
		defer t.Decref(r)
		return object.NewStr(t, "<weakref at "+vm.Addr(o)+"; to '"+r.Type().Name+"' at "+vm.Addr(r)+">"), nil
	}
	vm.RegisterModule("weakref", newModule)
	vm.RegisterModule("_weakref", newModule)
}

var funcs = []object.MethodDef{
	{Name: "getweakrefcount", Fn: func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, "getweakrefcount", args, kw, 1, 1); err != nil {
			return nil, err
		}
		return object.NewInt(t, int64(object.WeakrefCount(args[0]))), nil
	}},
}

func newModule(st *vm.State) (*object.Object, error) {
	t := st.Thread()
	m := st.NewModule("weakref")
	m.Dict.SetStr(t, object.Intern("ref"), object.WeakrefType.Obj())
	m.Dict.SetStr(t, object.Intern("ReferenceType"), object.WeakrefType.Obj())
	for i := range funcs {
		m.Dict.SetStr(t, object.Intern(funcs[i].Name), object.NewStaticBuiltin(&funcs[i]))
	}
	return m.Obj(), nil
}
