package weakref

import (
	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/vm"
)

// This file builds _weakref, CPython's C module under weakref.py and
// _weakrefset.py: ref, proxy, their types, the counting functions and
// _remove_dead_weakref.

func newCModule(st *vm.State) (*object.Object, error) {
	t := st.Thread()
	m := st.NewModule("_weakref")
	m.Dict.SetStr(t, object.Intern("ref"), object.WeakrefType.Obj())
	m.Dict.SetStr(t, object.Intern("ReferenceType"), object.WeakrefType.Obj())
	m.Dict.SetStr(t, object.Intern("ProxyType"), proxyType.Obj())
	m.Dict.SetStr(t, object.Intern("CallableProxyType"), callableProxyType.Obj())
	m.Dict.SetStr(t, object.Intern("proxy"), object.NewStaticBuiltin(&proxyDef))
	for i := range funcs {
		m.Dict.SetStr(t, object.Intern(funcs[i].Name), object.NewStaticBuiltin(&funcs[i]))
	}
	m.Dict.SetStr(t, object.Intern("_remove_dead_weakref"), object.NewStaticBuiltin(&removeDeadDef))
	object.ClaimModuleFunctions(m.Dict, "_weakref")
	return m.Obj(), nil
}

// removeDeadDef is _remove_dead_weakref(dct, key): del dct[key] if its
// value is a dead weak reference; a missing key is fine, as another
// thread may have removed it first.
var removeDeadDef = object.MethodDef{Name: "_remove_dead_weakref", Doc: "Atomically delete key from dict if it is bound to a dead weakref.",
	Fn: func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, "_remove_dead_weakref", args, kw, 2, 2); err != nil {
			return nil, err
		}
		if !object.IsDict(args[0]) {
			return nil, t.Errorf(object.TypeErrorType, "_remove_dead_weakref() argument 1 must be dict, not %s", args[0].Type().Name)
		}
		d, key := object.AsDict(args[0]), args[1]
		v, err := d.GetItemRef(t, key)
		if err != nil || v == nil {
			return t.NewRef(object.None), err
		}
		defer t.Decref(v)
		if !object.IsWeakref(v) && !isProxy(v) {
			return nil, t.Errorf(object.TypeErrorType, "not a weakref")
		}
		if r := t.WeakrefGet(object.Cast[object.Weakref](v)); r != nil {
			t.Decref(r)
			return t.NewRef(object.None), nil
		}
		// The value is dead; delete it only if it is still the one we
		// checked (a dict has no delete-if, so compare then delete).
		if cur, err := d.GetItemRef(t, key); err != nil {
			return nil, err
		} else if cur != nil {
			same := cur == v
			t.Decref(cur)
			if same {
				if _, err := d.DelItem(t, key); err != nil {
					if !object.ErrorMatches(err, object.KeyErrorType) {
						return nil, err
					}
					t.DropError(err)
				}
			}
		}
		return t.NewRef(object.None), nil
	}}
