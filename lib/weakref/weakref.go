// Package weakref implements _weakref, CPython's C module under
// weakref.py (ref with callbacks, proxy, getweakrefcount, getweakrefs,
// _remove_dead_weakref), on the object core's weak references.
package weakref

import (
	"sync"

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
		if typ == wt {
			if err := object.NoKeywords(t, "ref", kw); err != nil {
				return nil, err
			}
		}
		// A subclass's keyword arguments are its __init__'s business
		// (KeyedRef's pattern): __new__ ignores them, as CPython's does.
		if kw != nil {
			args = args[:len(args)-len(kw.Items)]
		}
		if err := object.CheckArgCount(t, "__new__", args, nil, 1, 2); err != nil {
			return nil, err
		}
		var cb *object.Object
		if len(args) == 2 && args[1] != object.None {
			cb = args[1]
		}
		wr, err := t.NewWeakrefOfType(typ, args[0], cb)
		if err != nil {
			return nil, t.Errorf(object.TypeErrorType, "cannot create weak reference to '%s' object", args[0].Type().FullName())
		}
		return &wr.Object, nil
	}
	wt.Init = func(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) error {
		if err := object.NoKeywords(t, "ref", kw); err != nil {
			return err
		}
		return object.CheckArgCount(t, "__init__", args, nil, 1, 2)
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
	wt.Compare = weakrefCompare
	wt.Hash = weakrefHash
	dealloc := wt.Dealloc
	wt.Dealloc = func(t *object.Thread, o *object.Object) {
		hashes.Lock()
		delete(hashes.m, o)
		hashes.Unlock()
		dealloc(t, o)
	}
	object.ReadyType(wt, nil, []object.GetSetDef{{Name: "__callback__",
		Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
			// The callback is forgotten once the referent died, as in CPython.
			wr := object.Cast[object.Weakref](o)
			r := t.WeakrefGet(wr)
			if r == nil || wr.Callback() == nil {
				t.XDecref(r)
				return object.None, nil
			}
			t.Decref(r)
			return t.NewRef(wr.Callback()), nil
		}}})
	vm.RegisterModule("_weakref", newCModule)
}

// hashes caches each weak reference's hash, taken from its referent the
// first time it is asked for, so that a reference whose referent died can
// still be found in (and removed from) a dict. Entries go when the weak
// reference is deallocated.
var hashes = struct {
	sync.Mutex
	m map[*object.Object]int64
}{m: map[*object.Object]int64{}}

// weakrefHash is hash(ref): the referent's hash, cached; TypeError when
// the referent died before it was ever hashed.
func weakrefHash(t *object.Thread, o *object.Object) (int64, error) {
	hashes.Lock()
	h, ok := hashes.m[o]
	hashes.Unlock()
	if ok {
		return h, nil
	}
	r := t.WeakrefGet(object.Cast[object.Weakref](o))
	if r == nil {
		return 0, t.Errorf(object.TypeErrorType, "weak object has gone away")
	}
	h, err := object.Hash(t, r)
	t.Decref(r)
	if err != nil {
		return 0, err
	}
	hashes.Lock()
	hashes.m[o] = h
	hashes.Unlock()
	return h, nil
}

// weakrefCompare implements == and != between weak references: the
// referents compare when both are alive, identity otherwise.
func weakrefCompare(t *object.Thread, a, b *object.Object, op object.CompareOp) (*object.Object, error) {
	if (op != object.EQ && op != object.NE) || !object.IsWeakref(b) {
		return t.NewRef(object.NotImplemented), nil
	}
	x := t.WeakrefGet(object.Cast[object.Weakref](a))
	y := t.WeakrefGet(object.Cast[object.Weakref](b))
	if x == nil || y == nil {
		if x != nil {
			t.Decref(x)
		}
		if y != nil {
			t.Decref(y)
		}
		return object.NewBool((a == b) == (op == object.EQ)), nil
	}
	r, err := object.RichCompare(t, x, y, op)
	t.Decref(x)
	t.Decref(y)
	return r, err
}

var funcs = []object.MethodDef{
	{Name: "getweakrefcount", Fn: func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, "_weakref.getweakrefcount", args, kw, 1, 1); err != nil {
			return nil, err
		}
		return object.NewInt(t, int64(object.WeakrefCount(args[0]))), nil
	}},
	{Name: "getweakrefs", Fn: func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, "_weakref.getweakrefs", args, kw, 1, 1); err != nil {
			return nil, err
		}
		return object.NewList(t, t.Weakrefs(args[0])).Obj(), nil
	}},
}
