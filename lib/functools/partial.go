package functools

import (
	"strings"
	"sync"
	"sync/atomic"

	"github.com/ftpy/ftpy/object"
)

// partial is functools.partial (CPython's _functools.partial). Its
// function and arguments change only in __setstate__, which installs a
// new state and retires the old one until the partial dies: a call
// running meanwhile on another thread keeps using the state it loaded,
// borrowing its references without a lock or an incref.
type partial struct {
	object.Object
	state   atomic.Pointer[partialState]
	mu      sync.Mutex      // guards retired
	retired []*partialState // states replaced by __setstate__ (owned)
	dict    *object.Dict
}

// partialState is what a partial calls: function, tuple, dict (owned).
type partialState struct{ fn, args, kw *object.Object }

var partialType = object.NewStaticType(&object.Type{Name: "partial", Module: "functools", Flags: object.FlagGC | object.FlagBaseType | object.FlagWeakrefable,
	Doc: "partial(func, *args, **keywords) - new function with partial application\n    of the given arguments and keywords.\n"})

func asPartial(o *object.Object) *partial { return object.Cast[partial](o) }

// fields returns new references to fn, args and kw.
func (p *partial) fields(t *object.Thread) (fn, args, kw *object.Object) {
	s := p.state.Load()
	if s == nil {
		return nil, nil, nil
	}
	return t.NewRef(s.fn), t.NewRef(s.args), t.NewRef(s.kw)
}

// newPartial takes over the references to args and kw.
func newPartial(t *object.Thread, typ *object.Type, fn, args, kw *object.Object) *object.Object {
	p := &partial{}
	p.state.Store(&partialState{fn: t.NewRef(fn), args: args, kw: kw})
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
	// A partial of a partial (of any subclass without instance
	// attributes) is flattened into one, as CPython does.
	if object.IsInstance(fn, partialType) {
		inner := asPartial(fn)
		if object.LoadDict(&inner.dict) == nil && inner.state.Load() != nil {
			ifn, iargs, ikw := inner.fields(t)
			defer t.Decref(ifn)
			defer t.Decref(iargs)
			defer t.Decref(ikw)
			all := append(append([]*object.Object(nil), object.AsTuple(iargs).Items...), pos...)
			merged := object.AsDict(ikw).Copy(t)
			if err := merged.Merge(t, d); err != nil {
				t.Decref(merged.Obj())
				t.Decref(d.Obj())
				return nil, err
			}
			t.Decref(d.Obj())
			return newPartial(t, typ, ifn, object.NewTupleRefs(t, all...).Obj(), merged.Obj()), nil
		}
	}
	return newPartial(t, typ, fn, object.NewTupleRefs(t, pos...).Obj(), d.Obj()), nil
}

func partialCall(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	st := asPartial(self).state.Load()
	if st == nil {
		return nil, t.Errorf(object.TypeErrorType, "'%s' object is not callable", self.Type().Name)
	}
	fn, pa, pk := st.fn, st.args, st.kw
	n := len(args)
	if kw != nil {
		n -= len(kw.Items)
	}
	pargs := object.AsTuple(pa).Items
	pkw := object.AsDict(pk)
	if len(pargs) == 0 && pkw.Len() == 0 {
		return object.CallHeld(t, fn, args, kw)
	}
	all := make([]*object.Object, 0, len(pargs)+len(args)+pkw.Len())
	all = append(all, pargs...)
	all = append(all, args[:n]...)
	if pkw.Len() == 0 {
		all = append(all, args[n:]...)
		return object.CallHeld(t, fn, all, kw)
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
	return object.CallHeld(t, fn, all, kn)
}

func partialRepr(t *object.Thread, o *object.Object) (*object.Object, error) {
	name := o.Type().Name
	if o.Type() == partialType {
		name = "functools.partial"
	}
	if !t.ReprEnter(o) {
		return object.NewStr(t, "..."), nil
	}
	defer t.ReprLeave(o)
	fn, pa, pk := asPartial(o).fields(t)
	if fn == nil {
		return object.NewStr(t, name+"()"), nil
	}
	defer t.Decref(fn)
	defer t.Decref(pa)
	defer t.Decref(pk)
	parts := []string{}
	r, err := object.ReprString(t, fn)
	if err != nil {
		return nil, err
	}
	parts = append(parts, r)
	for _, a := range object.AsTuple(pa).Items {
		r, err := object.ReprString(t, a)
		if err != nil {
			return nil, err
		}
		parts = append(parts, r)
	}
	kw := object.AsDict(pk)
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

// partialReduce is __reduce__: (type, (func,), (func, args, kwds, dict)),
// dict None when the partial has no instance dict.
func partialReduce(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if err := object.CheckArgCount(t, "__reduce__", args, kw, 0, 0); err != nil {
		return nil, err
	}
	p := asPartial(self)
	fn, pa, pk := p.fields(t)
	if fn == nil {
		return nil, t.Errorf(object.TypeErrorType, "invalid partial state")
	}
	dict := t.NewRef(object.None)
	if d := object.LoadDict(&p.dict); d != nil {
		t.Decref(dict)
		dict = t.NewRef(d.Obj())
	}
	state := object.NewTuple(t, []*object.Object{t.NewRef(fn), pa, pk, dict})
	ctor := object.NewTuple(t, []*object.Object{fn})
	return object.NewTuple(t, []*object.Object{t.NewRef(self.Type().Obj()), ctor.Obj(), state.Obj()}).Obj(), nil
}

// partialSetState is __setstate__((func, args, kwds, dict)), what
// unpickling calls on a partial made by __reduce__'s constructor.
func partialSetState(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if err := object.CheckArgCount(t, "__setstate__", args, kw, 1, 1); err != nil {
		return nil, err
	}
	state := args[0]
	if !object.IsTuple(state) || len(object.AsTuple(state).Items) != 4 {
		return nil, t.Errorf(object.TypeErrorType, "invalid partial state")
	}
	items := object.AsTuple(state).Items
	fn, fnargs, kwds, dict := items[0], items[1], items[2], items[3]
	if !object.IsCallable(fn) || !object.IsTuple(fnargs) || (kwds != object.None && !object.IsDict(kwds)) {
		return nil, t.Errorf(object.TypeErrorType, "invalid partial state")
	}
	// Keep plain tuples and dicts of our own: a subclass of either might
	// behave differently when the partial is called.
	var newArgs *object.Object
	if fnargs.Type() == object.TupleType {
		newArgs = t.NewRef(fnargs)
	} else {
		newArgs = object.NewTupleRefs(t, object.AsTuple(fnargs).Items...).Obj()
	}
	var newKw *object.Object
	if kwds == object.None {
		newKw = object.NewDict(t).Obj()
	} else if kwds.Type() == object.DictType {
		newKw = t.NewRef(kwds)
	} else {
		newKw = object.AsDict(kwds).Copy(t).Obj()
	}
	var newDict *object.Dict
	if object.IsDict(dict) {
		t.Incref(dict)
		newDict = object.AsDict(dict)
	}
	t.Incref(fn)
	p := asPartial(self)
	old := p.state.Swap(&partialState{fn: fn, args: newArgs, kw: newKw})
	p.mu.Lock()
	if old != nil {
		p.retired = append(p.retired, old)
	}
	oldDict := p.dict
	p.dict = newDict
	p.mu.Unlock()
	if oldDict != nil {
		t.Decref(oldDict.Obj())
	}
	return t.NewRef(object.None), nil
}

func init() {
	partialType.New = partialNew
	partialType.Call = partialCall
	partialType.Repr = partialRepr
	partialType.DictPtr = func(o *object.Object) **object.Dict { return &asPartial(o).dict }
	partialType.SubclassDict = partialType.DictPtr
	partialType.DescrGet = nil
	partialType.Traverse = func(o *object.Object, visit object.Visitor) {
		p := asPartial(o)
		states := append([]*partialState{p.state.Load()}, p.retired...)
		for _, s := range states {
			if s != nil {
				visit(s.fn)
				visit(s.args)
				visit(s.kw)
			}
		}
		if p.dict != nil {
			visit(p.dict.Obj())
		}
	}
	partialType.Clear = func(t *object.Thread, o *object.Object) {
		p := asPartial(o)
		cur := p.state.Swap(nil)
		p.mu.Lock()
		states, d := append(p.retired, cur), p.dict
		p.retired, p.dict = nil, nil
		p.mu.Unlock()
		for _, s := range states {
			if s != nil {
				t.Decref(s.fn)
				t.Decref(s.args)
				t.Decref(s.kw)
			}
		}
		if d != nil {
			t.Decref(d.Obj())
		}
	}
	partialType.Dealloc = partialType.Clear
	field := func(pick func(fn, args, kw *object.Object) *object.Object) func(t *object.Thread, o *object.Object) (*object.Object, error) {
		return func(t *object.Thread, o *object.Object) (*object.Object, error) {
			fn, a, k := asPartial(o).fields(t)
			if fn == nil {
				return t.NewRef(object.None), nil
			}
			v := t.NewRef(pick(fn, a, k))
			t.Decref(fn)
			t.Decref(a)
			t.Decref(k)
			return v, nil
		}
	}
	object.ReadyType(partialType, []object.MethodDef{
		{Name: "__reduce__", Fn: partialReduce},
		{Name: "__setstate__", Fn: partialSetState},
		object.ClassGetItemDef,
	}, []object.GetSetDef{
		{Name: "func", Get: field(func(fn, _, _ *object.Object) *object.Object { return fn }), Doc: "function object to use in future partial calls"},
		{Name: "args", Get: field(func(_, a, _ *object.Object) *object.Object { return a }), Doc: "tuple of arguments to future partial calls"},
		{Name: "keywords", Get: field(func(_, _, k *object.Object) *object.Object { return k }), Doc: "dictionary of keyword arguments to future partial calls"},
		dictGetSet(func(o *object.Object) **object.Dict { return &asPartial(o).dict }),
	})
}
