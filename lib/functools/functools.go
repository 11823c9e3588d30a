// Package functools implements the functools module: partial, reduce,
// update_wrapper, wraps, lru_cache, cache and cmp_to_key.
package functools

import (
	"strings"
	"sync"
	"sync/atomic"

	"github.com/ftpy/ftpy/lib/collections"
	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/vm"
)

// ---- partial ----

type partial struct {
	object.Object
	fn, args, kw *object.Object // function, tuple, dict (owned)
	dict         *object.Dict
}

var partialType = object.NewStaticType(&object.Type{Name: "partial", Flags: object.FlagGC | object.FlagBaseType,
	Doc: "partial(func, *args, **keywords) - new function with partial application\n    of the given arguments and keywords.\n"})

func newPartial(t *object.Thread, typ *object.Type, fn *object.Object, args []*object.Object, kw *object.Dict) *object.Object {
	p := &partial{fn: t.NewRef(fn), args: object.NewTupleRefs(t, args...).Obj()}
	if kw == nil {
		kw = object.NewDict(t)
	} else {
		t.Incref(kw.Obj())
	}
	p.kw = kw.Obj()
	t.Init(&p.Object, typ)
	t.Track(&p.Object)
	return &p.Object
}

func kwDict(t *object.Thread, args []*object.Object, kw *object.Tuple) *object.Dict {
	d := object.NewDict(t)
	if kw != nil {
		n := len(args) - len(kw.Items)
		for i, k := range kw.Items {
			d.SetStr(t, object.AsStr(k), args[n+i])
		}
	}
	return d
}

func partialNew(t *object.Thread, typ *object.Type, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	n := len(args)
	if kw != nil {
		n -= len(kw.Items)
	}
	if n < 1 {
		return nil, t.Errorf(object.TypeErrorType, "type 'partial' takes at least one argument")
	}
	fn := args[0]
	if !object.IsCallable(fn) {
		return nil, t.Errorf(object.TypeErrorType, "the first argument must be callable")
	}
	pos := args[1:n]
	d := kwDict(t, args, kw)
	defer t.Decref(d.Obj())
	if fn.Type() == partialType {
		inner := object.Cast[partial](fn)
		pos = append(append([]*object.Object(nil), object.AsTuple(inner.args).Items...), pos...)
		merged := object.AsDict(inner.kw).Copy(t)
		defer t.Decref(merged.Obj())
		if err := merged.Merge(t, d); err != nil {
			return nil, err
		}
		return newPartial(t, typ, inner.fn, pos, merged), nil
	}
	return newPartial(t, typ, fn, pos, d), nil
}

func partialCall(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	p := object.Cast[partial](self)
	n := len(args)
	if kw != nil {
		n -= len(kw.Items)
	}
	pargs := object.AsTuple(p.args).Items
	pkw := object.AsDict(p.kw)
	all := make([]*object.Object, 0, len(pargs)+len(args)+pkw.Len())
	all = append(all, pargs...)
	all = append(all, args[:n]...)
	if pkw.Len() == 0 {
		all = append(all, args[n:]...)
		return object.CallHeld(t, p.fn, all, kw)
	}
	merged := pkw.Copy(t)
	defer t.Decref(merged.Obj())
	if kw != nil {
		for i, k := range kw.Items {
			merged.SetStr(t, object.AsStr(k), args[n+i])
		}
	}
	var names []*object.Object
	for pos := 0; ; {
		var k, v *object.Object
		var ok bool
		pos, k, v, ok = merged.Next(pos)
		if !ok {
			break
		}
		names = append(names, k)
		all = append(all, v)
	}
	kn := object.NewTupleRefs(t, names...)
	defer t.Decref(kn.Obj())
	return object.CallHeld(t, p.fn, all, kn)
}

func partialRepr(t *object.Thread, o *object.Object) (*object.Object, error) {
	p := object.Cast[partial](o)
	name := "functools." + o.Type().Name
	if o.Type() != partialType {
		name = o.Type().Name
	}
	if !t.ReprEnter(o) {
		return object.NewStr(t, "..."), nil
	}
	defer t.ReprLeave(o)
	parts := []string{}
	r, err := object.ReprString(t, p.fn)
	if err != nil {
		return nil, err
	}
	parts = append(parts, r)
	for _, a := range object.AsTuple(p.args).Items {
		r, err := object.ReprString(t, a)
		if err != nil {
			return nil, err
		}
		parts = append(parts, r)
	}
	kw := object.AsDict(p.kw)
	for pos := 0; ; {
		var k, v *object.Object
		var ok bool
		pos, k, v, ok = kw.Next(pos)
		if !ok {
			break
		}
		ks, err := object.StrString(t, k)
		if err != nil {
			return nil, err
		}
		r, err := object.ReprString(t, v)
		if err != nil {
			return nil, err
		}
		parts = append(parts, ks+"="+r)
	}
	return object.NewStr(t, name+"("+strings.Join(parts, ", ")+")"), nil
}

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

// ---- update_wrapper, wraps ----

var (
	wrapperAssignments = []string{"__module__", "__name__", "__qualname__", "__doc__", "__annotations__"}
	wrapperUpdates     = []string{"__dict__"}
)

func strTuple(t *object.Thread, names []string) *object.Object {
	items := make([]*object.Object, len(names))
	for i, n := range names {
		items[i] = object.NewStr(t, n)
	}
	return object.NewTuple(t, items).Obj()
}

func updateWrapper(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	var wrapper, wrapped, assigned, updated *object.Object
	if err := object.ParseArgs(t, "update_wrapper", args, kw, []string{"wrapper", "wrapped", "assigned", "updated"}, 2,
		&wrapper, &wrapped, &assigned, &updated); err != nil {
		return nil, err
	}
	if err := doUpdateWrapper(t, wrapper, wrapped, assigned, updated); err != nil {
		return nil, err
	}
	return t.NewRef(wrapper), nil
}

func doUpdateWrapper(t *object.Thread, wrapper, wrapped, assigned, updated *object.Object) error {
	var assignedNames, updatedNames []*object.Object
	var err error
	if assigned == nil {
		assigned = strTuple(t, wrapperAssignments)
		defer t.Decref(assigned)
	}
	if updated == nil {
		updated = strTuple(t, wrapperUpdates)
		defer t.Decref(updated)
	}
	if assignedNames, err = object.SequenceItems(t, assigned); err != nil {
		return err
	}
	defer decrefAll(t, assignedNames)
	if updatedNames, err = object.SequenceItems(t, updated); err != nil {
		return err
	}
	defer decrefAll(t, updatedNames)
	for _, n := range assignedNames {
		if !object.IsStr(n) {
			return t.Errorf(object.TypeErrorType, "attribute name must be string, not '%s'", n.Type().Name)
		}
		v, err := object.GetAttr(t, wrapped, object.AsStr(n))
		if err != nil {
			if object.ErrorMatches(err, object.AttributeErrorType) {
				t.DropError(err)
				continue
			}
			return err
		}
		err = object.SetAttr(t, wrapper, object.AsStr(n), v)
		t.Decref(v)
		if err != nil {
			// ftpy's functions do not accept __annotations__ yet.
			if object.StrValue(n) == "__annotations__" && object.ErrorMatches(err, object.AttributeErrorType) {
				t.DropError(err)
				continue
			}
			return err
		}
	}
	for _, n := range updatedNames {
		if !object.IsStr(n) {
			return t.Errorf(object.TypeErrorType, "attribute name must be string, not '%s'", n.Type().Name)
		}
		dst, err := object.GetAttr(t, wrapper, object.AsStr(n))
		if err != nil {
			return err
		}
		src, err := object.GetAttr(t, wrapped, object.AsStr(n))
		if err != nil {
			if !object.ErrorMatches(err, object.AttributeErrorType) {
				t.Decref(dst)
				return err
			}
			t.DropError(err)
			src = object.NewDict(t).Obj()
		}
		upd, err := object.GetAttrString(t, dst, "update")
		t.Decref(dst)
		if err != nil {
			t.Decref(src)
			return err
		}
		r, err := object.Call(t, upd, []*object.Object{src}, nil)
		t.Decref(upd)
		t.Decref(src)
		if err != nil {
			return err
		}
		t.Decref(r)
	}
	return object.SetAttr(t, wrapper, object.Intern("__wrapped__"), wrapped)
}

func decrefAll(t *object.Thread, items []*object.Object) {
	for _, x := range items {
		t.Decref(x)
	}
}

var updateWrapperDef = object.MethodDef{Name: "update_wrapper", Fn: updateWrapper,
	Doc: "Update a wrapper function to look like the wrapped function"}

var updateWrapperObj = object.NewStaticBuiltin(&updateWrapperDef)

func wraps(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	var wrapped, assigned, updated *object.Object
	if err := object.ParseArgs(t, "wraps", args, kw, []string{"wrapped", "assigned", "updated"}, 1,
		&wrapped, &assigned, &updated); err != nil {
		return nil, err
	}
	d := object.NewDict(t)
	defer t.Decref(d.Obj())
	d.SetStr(t, object.Intern("wrapped"), wrapped)
	if assigned == nil {
		assigned = strTuple(t, wrapperAssignments)
	} else {
		t.Incref(assigned)
	}
	d.SetStr(t, object.Intern("assigned"), assigned)
	t.Decref(assigned)
	if updated == nil {
		updated = strTuple(t, wrapperUpdates)
	} else {
		t.Incref(updated)
	}
	d.SetStr(t, object.Intern("updated"), updated)
	t.Decref(updated)
	return newPartial(t, partialType, updateWrapperObj, nil, d), nil
}

// ---- lru_cache ----

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
}

var lruType = object.NewStaticType(&object.Type{Name: "_lru_cache_wrapper", Flags: object.FlagGC,
	Doc: "Create a cached callable that wraps another function."})

var kwMark = object.NewStaticTuple()

var cacheInfoType *object.Object
var cacheInfoOnce sync.Mutex

func cacheInfo(t *object.Thread) (*object.Object, error) {
	cacheInfoOnce.Lock()
	defer cacheInfoOnce.Unlock()
	if cacheInfoType == nil {
		mod := object.NewStr(t, "functools")
		defer t.Decref(mod)
		c, err := collections.MakeNamedTuple(t, "CacheInfo", []string{"hits", "misses", "maxsize", "currsize"}, nil, mod)
		if err != nil {
			return nil, err
		}
		cacheInfoType = c
	}
	return cacheInfoType, nil
}

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
	v, err := w.cache.GetItem(t, key)
	if err != nil {
		return nil, err
	}
	if v != nil {
		w.hits.Add(1)
		r := t.NewRef(v)
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
	r, err := object.CallHeld(t, w.fn, args, kw)
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

func newLRU(t *object.Thread, fn *object.Object, maxsize int64, typed bool) (*object.Object, error) {
	w := &lruWrapper{fn: t.NewRef(fn), cache: object.NewDict(t), maxsize: maxsize, typed: typed}
	t.Init(&w.Object, lruType)
	t.Track(&w.Object)
	if err := doUpdateWrapper(t, &w.Object, fn, nil, nil); err != nil {
		t.Decref(&w.Object)
		return nil, err
	}
	return &w.Object, nil
}

type lruDecorator struct {
	maxsize int64
	typed   bool
}

func lruCache(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	var maxsize, typed *object.Object
	if err := object.ParseArgs(t, "lru_cache", args, kw, []string{"maxsize", "typed"}, 0, &maxsize, &typed); err != nil {
		return nil, err
	}
	isTyped := false
	if typed != nil {
		var err error
		if isTyped, err = object.IsTrue(t, typed); err != nil {
			return nil, err
		}
	}
	size := int64(128)
	switch {
	case maxsize == nil:
	case maxsize == object.None:
		size = -1
	case object.IsInt(maxsize):
		n, err := object.AsInt64(t, maxsize)
		if err != nil {
			return nil, err
		}
		if n < 0 {
			n = 0
		}
		size = n
	case object.IsCallable(maxsize):
		return newLRU(t, maxsize, 128, isTyped)
	default:
		return nil, t.Errorf(object.TypeErrorType, "Expected first argument to be an integer, a callable, or None")
	}
	dec := lruDecorator{maxsize: size, typed: isTyped}
	def := &object.MethodDef{Name: "decorating_function", Fn: func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		var fn *object.Object
		if err := object.ParseArgs(t, "decorating_function", args, kw, []string{"user_function"}, 1, &fn); err != nil {
			return nil, err
		}
		return newLRU(t, fn, dec.maxsize, dec.typed)
	}}
	return &object.NewBuiltinFunction(t, def, nil).Object, nil
}

func cacheFn(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	var fn *object.Object
	if err := object.ParseArgs(t, "cache", args, kw, []string{"user_function"}, 1, &fn); err != nil {
		return nil, err
	}
	return newLRU(t, fn, -1, false)
}

// ---- cmp_to_key ----

type keyWrapper struct {
	object.Object
	cmp, obj *object.Object
}

var keyWrapperType = object.NewStaticType(&object.Type{Name: "KeyWrapper", Flags: object.FlagGC})

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
	{Name: "wraps", Fn: wraps, Doc: "Decorator factory to apply update_wrapper() to a wrapper function"},
	{Name: "lru_cache", Fn: lruCache, Doc: "Least-recently-used cache decorator."},
	{Name: "cache", Fn: cacheFn, Doc: "Simple lightweight unbounded cache.  Sometimes called \"memoize\"."},
	{Name: "cmp_to_key", Fn: func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		var cmp *object.Object
		if err := object.ParseArgs(t, "cmp_to_key", args, kw, []string{"mycmp"}, 1, &cmp); err != nil {
			return nil, err
		}
		return newKeyWrapper(t, cmp, nil), nil
	}, Doc: "Convert a cmp= function into a key= function."},
}

func init() {
	partialType.New = partialNew
	partialType.Call = partialCall
	partialType.Repr = partialRepr
	partialType.DictPtr = func(o *object.Object) **object.Dict { return &object.Cast[partial](o).dict }
	partialType.SubclassDict = partialType.DictPtr
	partialType.Traverse = func(o *object.Object, visit object.Visitor) {
		p := object.Cast[partial](o)
		for _, x := range []*object.Object{p.fn, p.args, p.kw} {
			if x != nil {
				visit(x)
			}
		}
		if p.dict != nil {
			visit(p.dict.Obj())
		}
	}
	partialType.Clear = func(t *object.Thread, o *object.Object) {
		p := object.Cast[partial](o)
		fn, a, k, d := p.fn, p.args, p.kw, p.dict
		p.fn, p.args, p.kw, p.dict = nil, nil, nil, nil
		t.XDecref(fn)
		t.XDecref(a)
		t.XDecref(k)
		if d != nil {
			t.Decref(d.Obj())
		}
	}
	partialType.Dealloc = partialType.Clear
	getter := func(f func(p *partial) *object.Object) func(t *object.Thread, o *object.Object) (*object.Object, error) {
		return func(t *object.Thread, o *object.Object) (*object.Object, error) {
			v := f(object.Cast[partial](o))
			if v == nil {
				return object.None, nil
			}
			return t.NewRef(v), nil
		}
	}
	object.ReadyType(partialType, nil, []object.GetSetDef{
		{Name: "func", Get: getter(func(p *partial) *object.Object { return p.fn }), Doc: "function object to use in future partial calls"},
		{Name: "args", Get: getter(func(p *partial) *object.Object { return p.args }), Doc: "tuple of arguments to future partial calls"},
		{Name: "keywords", Get: getter(func(p *partial) *object.Object { return p.kw }), Doc: "dictionary of keyword arguments to future partial calls"},
		dictGetSet(func(o *object.Object) **object.Dict { return &object.Cast[partial](o).dict }),
	})

	lruType.Call = lruCall
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
		if w.cache != nil {
			visit(w.cache.Obj())
		}
		if w.dict != nil {
			visit(w.dict.Obj())
		}
	}
	lruType.Clear = func(t *object.Thread, o *object.Object) {
		w := object.Cast[lruWrapper](o)
		fn, c, d := w.fn, w.cache, w.dict
		w.fn, w.cache, w.dict = nil, nil, nil
		t.XDecref(fn)
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
			ci, err := cacheInfo(t)
			if err != nil {
				return nil, err
			}
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
	vm.RegisterModule("functools", newModule)
}

func dictGetSet(dp func(o *object.Object) **object.Dict) object.GetSetDef {
	return object.GetSetDef{Name: "__dict__", Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
		p := dp(o)
		if *p == nil {
			*p = object.NewDict(t)
		}
		return t.NewRef((*p).Obj()), nil
	}}
}

func newModule(st *vm.State) (*object.Object, error) {
	t := st.Thread()
	m := st.NewModule("functools")
	mod := object.NewStrStatic("functools")
	for _, typ := range []*object.Type{partialType, lruType, keyWrapperType} {
		typ.Dict.SetStr(t, object.Intern("__module__"), mod)
	}
	m.Dict.SetStr(t, object.Intern("partial"), partialType.Obj())
	m.Dict.SetStr(t, object.Intern("update_wrapper"), updateWrapperObj)
	for i := range funcs {
		m.Dict.SetStr(t, object.Intern(funcs[i].Name), object.NewStaticBuiltin(&funcs[i]))
	}
	wa := strTuple(t, wrapperAssignments)
	m.Dict.SetStr(t, object.Intern("WRAPPER_ASSIGNMENTS"), wa)
	t.Decref(wa)
	wu := strTuple(t, wrapperUpdates)
	m.Dict.SetStr(t, object.Intern("WRAPPER_UPDATES"), wu)
	t.Decref(wu)
	if err := runSource(st, m.Dict); err != nil {
		t.Decref(m.Obj())
		return nil, err
	}
	return m.Obj(), nil
}
