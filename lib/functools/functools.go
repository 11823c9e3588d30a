// Package functools implements _functools, CPython's C module under
// functools.py: partial, reduce, cmp_to_key and _lru_cache_wrapper.
package functools

import (
	"strings"
	"sync"
	"sync/atomic"

	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/vm"
)

// ---- reduce ----

func reduceFn(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if err := object.CheckArgCount(t, "reduce", args, kw, 2, 3); err != nil {
		return nil, err
	}
	fn := args[0]
	var acc *object.Object
	if len(args) == 3 {
		acc = t.NewRef(args[2])
	}
	err := object.Iterate(t, args[1], func(x *object.Object) error {
		if acc == nil {
			acc = t.NewRef(x)
			return nil
		}
		r, err := object.Call(t, fn, []*object.Object{acc, x}, nil)
		if err != nil {
			return err
		}
		t.Decref(acc)
		acc = r
		return nil
	})
	if err != nil {
		t.XDecref(acc)
		if object.ErrorMatches(err, object.TypeErrorType) && strings.HasSuffix(err.Error(), "object is not iterable") {
			t.DropError(err)
			return nil, t.Errorf(object.TypeErrorType, "reduce() arg 2 must support iteration")
		}
		return nil, err
	}
	if acc == nil {
		return nil, t.Errorf(object.TypeErrorType, "reduce() of empty iterable with no initial value")
	}
	return acc, nil
}

// ---- _lru_cache_wrapper ----

func decrefAll(t *object.Thread, items []*object.Object) {
	for _, x := range items {
		t.Decref(x)
	}
}

type lruWrapper struct {
	object.Object
	fn      *object.Object
	cache   *object.Dict
	maxsize int64 // -1: unbounded
	typed   bool
	hits    atomic.Int64
	misses  atomic.Int64
	mu      sync.Mutex // serialises evictions
	dict    *object.Dict
	// infoType is the cache_info_type cache_info() calls (a namedtuple).
	infoType *object.Object
}

var lruType = object.NewStaticType(&object.Type{Name: "_lru_cache_wrapper", Module: "functools", Flags: object.FlagGC | object.FlagWeakrefable,
	Doc: "Create a cached callable that wraps another function."})

var kwMark = object.NewStaticTuple()

func makeKey(t *object.Thread, w *lruWrapper, args []*object.Object, kw *object.Tuple) *object.Object {
	n := len(args)
	if kw != nil {
		n -= len(kw.Items)
	}
	if n == 1 && kw == nil && !w.typed {
		if typ := args[0].Type(); typ == object.IntType || typ == object.StrType {
			return t.NewRef(args[0])
		}
	}
	items := make([]*object.Object, 0, len(args)*2+1)
	items = append(items, args[:n]...)
	if kw != nil && len(kw.Items) > 0 {
		items = append(items, kwMark.Obj())
		for i, k := range kw.Items {
			items = append(items, k, args[n+i])
		}
	}
	if w.typed {
		for _, a := range args[:n] {
			items = append(items, object.TypeOf(a))
		}
		for _, a := range args[n:] {
			items = append(items, object.TypeOf(a))
		}
	}
	return object.NewTupleRefs(t, items...).Obj()
}

func lruCall(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	w := object.Cast[lruWrapper](self)
	if w.maxsize == 0 {
		w.misses.Add(1)
		return object.CallHeld(t, w.fn, args, kw)
	}
	key := makeKey(t, w, args, kw)
	defer t.Decref(key)
	// A new reference, taken safely: another thread may evict the entry
	// (and drop its reference) at any moment.
	r, err := w.cache.GetItemRef(t, key)
	if err != nil {
		return nil, err
	}
	if r != nil {
		w.hits.Add(1)
		if w.maxsize > 0 {
			// Move the key to the most recently used end.
			if old, err := w.cache.Pop(t, key); err == nil && old != nil {
				err = w.cache.SetItem(t, key, old)
				t.Decref(old)
				if err != nil {
					t.Decref(r)
					return nil, err
				}
			} else if err != nil {
				t.DropError(err)
			}
		}
		return r, nil
	}
	w.misses.Add(1)
	r, err = object.CallHeld(t, w.fn, args, kw)
	if err != nil {
		return nil, err
	}
	if err := w.cache.SetItem(t, key, r); err != nil {
		t.Decref(r)
		return nil, err
	}
	if w.maxsize > 0 {
		w.mu.Lock()
		for int64(w.cache.Len()) > w.maxsize {
			_, k, _, ok := w.cache.Next(0)
			if !ok {
				break
			}
			t.Incref(k)
			old, err := w.cache.Pop(t, k)
			t.Decref(k)
			if err != nil {
				t.DropError(err)
				break
			}
			t.XDecref(old)
		}
		w.mu.Unlock()
	}
	return r, nil
}

// ---- cmp_to_key ----

type keyWrapper struct {
	object.Object
	cmp, obj *object.Object
}

var keyWrapperType = object.NewStaticType(&object.Type{Name: "KeyWrapper", Module: "functools", Flags: object.FlagGC})

func newKeyWrapper(t *object.Thread, cmp, obj *object.Object) *object.Object {
	k := &keyWrapper{cmp: t.NewRef(cmp)}
	if obj != nil {
		k.obj = t.NewRef(obj)
	}
	t.Init(&k.Object, keyWrapperType)
	t.Track(&k.Object)
	return &k.Object
}

var funcs = []object.MethodDef{
	{Name: "reduce", Fn: reduceFn, Doc: "reduce(function, iterable[, initial]) -> value\n\nApply a function of two arguments cumulatively to the items of a sequence\nor iterable, from left to right, so as to reduce the iterable to a single\nvalue."},
	{Name: "cmp_to_key", Fn: func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		var cmp *object.Object
		if err := object.ParseArgs(t, "cmp_to_key", args, kw, []string{"mycmp"}, 1, &cmp); err != nil {
			return nil, err
		}
		return newKeyWrapper(t, cmp, nil), nil
	}, Doc: "Convert a cmp= function into a key= function."},
}

func init() {
	lruType.Call = lruCall
	lruType.New = lruNew
	lruType.DictPtr = func(o *object.Object) **object.Dict { return &object.Cast[lruWrapper](o).dict }
	lruType.DescrGet = func(t *object.Thread, d, obj *object.Object, typ *object.Type) (*object.Object, error) {
		if obj == nil || obj == object.None {
			return t.NewRef(d), nil
		}
		m := &vm.Method{Func: t.NewRef(d), Self: t.NewRef(obj)}
		t.Init(&m.Object, vm.MethodType)
		t.Track(&m.Object)
		return &m.Object, nil
	}
	lruType.Traverse = func(o *object.Object, visit object.Visitor) {
		w := object.Cast[lruWrapper](o)
		if w.fn != nil {
			visit(w.fn)
		}
		if w.infoType != nil {
			visit(w.infoType)
		}
		if w.cache != nil {
			visit(w.cache.Obj())
		}
		if w.dict != nil {
			visit(w.dict.Obj())
		}
	}
	lruType.Clear = func(t *object.Thread, o *object.Object) {
		w := object.Cast[lruWrapper](o)
		fn, c, d, it := w.fn, w.cache, w.dict, w.infoType
		w.fn, w.cache, w.dict, w.infoType = nil, nil, nil, nil
		t.XDecref(fn)
		t.XDecref(it)
		if c != nil {
			t.Decref(c.Obj())
		}
		if d != nil {
			t.Decref(d.Obj())
		}
	}
	lruType.Dealloc = lruType.Clear
	object.ReadyType(lruType, []object.MethodDef{
		{Name: "cache_info", Doc: "Report cache statistics", Fn: func(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
			if err := object.CheckArgCount(t, "cache_info", args, kw, 0, 0); err != nil {
				return nil, err
			}
			w := object.Cast[lruWrapper](self)
			ci := w.infoType
			maxsize := object.None
			if w.maxsize >= 0 {
				maxsize = object.NewInt(t, w.maxsize)
			}
			vals := []*object.Object{object.NewInt(t, w.hits.Load()), object.NewInt(t, w.misses.Load()), maxsize, object.NewInt(t, int64(w.cache.Len()))}
			r, err := object.Call(t, ci, vals, nil)
			decrefAll(t, vals)
			return r, err
		}},
		{Name: "cache_clear", Doc: "Clear the cache and cache statistics", Fn: func(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
			if err := object.CheckArgCount(t, "cache_clear", args, kw, 0, 0); err != nil {
				return nil, err
			}
			w := object.Cast[lruWrapper](self)
			c, err := object.GetAttrString(t, w.cache.Obj(), "clear")
			if err != nil {
				return nil, err
			}
			r, err := object.Call(t, c, nil, nil)
			t.Decref(c)
			if err != nil {
				return nil, err
			}
			t.Decref(r)
			w.hits.Store(0)
			w.misses.Store(0)
			return object.None, nil
		}},
		{Name: "__reduce__", Fn: lruReduce},
		{Name: "__copy__", Fn: lruSelf},
		{Name: "__deepcopy__", Fn: lruSelf},
	}, []object.GetSetDef{dictGetSet(func(o *object.Object) **object.Dict { return &object.Cast[lruWrapper](o).dict })})

	keyWrapperType.Call = func(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		var obj *object.Object
		if err := object.ParseArgs(t, "K", args, kw, []string{"obj"}, 1, &obj); err != nil {
			return nil, err
		}
		return newKeyWrapper(t, object.Cast[keyWrapper](self).cmp, obj), nil
	}
	keyWrapperType.Compare = func(t *object.Thread, a, b *object.Object, op object.CompareOp) (*object.Object, error) {
		if b.Type() != keyWrapperType {
			return nil, t.Errorf(object.TypeErrorType, "other argument must be K instance")
		}
		ka, kb := object.Cast[keyWrapper](a), object.Cast[keyWrapper](b)
		if ka.obj == nil || kb.obj == nil {
			return nil, t.Errorf(object.AttributeErrorType, "object")
		}
		r, err := object.Call(t, ka.cmp, []*object.Object{ka.obj, kb.obj}, nil)
		if err != nil {
			return nil, err
		}
		defer t.Decref(r)
		return object.RichCompare(t, r, object.SmallInt(0), op)
	}
	keyWrapperType.Hash = nil
	keyWrapperType.Traverse = func(o *object.Object, visit object.Visitor) {
		k := object.Cast[keyWrapper](o)
		if k.cmp != nil {
			visit(k.cmp)
		}
		if k.obj != nil {
			visit(k.obj)
		}
	}
	keyWrapperType.Clear = func(t *object.Thread, o *object.Object) {
		k := object.Cast[keyWrapper](o)
		c, x := k.cmp, k.obj
		k.cmp, k.obj = nil, nil
		t.XDecref(c)
		t.XDecref(x)
	}
	keyWrapperType.Dealloc = keyWrapperType.Clear
	object.ReadyType(keyWrapperType, nil, []object.GetSetDef{{Name: "obj", Doc: "Value wrapped by a key function.",
		Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
			k := object.Cast[keyWrapper](o)
			if k.obj == nil {
				return nil, t.Errorf(object.AttributeErrorType, "obj")
			}
			return t.NewRef(k.obj), nil
		}}})
}

func dictGetSet(dp func(o *object.Object) **object.Dict) object.GetSetDef {
	return object.GetSetDef{Name: "__dict__", Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
		// EnsureDict publishes a new dict once, even when threads race.
		return t.NewRef(object.EnsureDict(t, dp(o)).Obj()), nil
	}}
}
