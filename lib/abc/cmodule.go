// Package abc implements _abc, CPython's C module under abc.py.
package abc

import (
	"sync"
	"sync/atomic"

	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/vm"
)

// This file is _abc, CPython's C module under abc.py: the bookkeeping
// of ABCMeta (registry, positive and negative caches of weak references
// to classes, the global invalidation counter) and the instance and
// subclass checks that use it.

func init() { vm.RegisterModule("_abc", newCModule) }

// invalidation is abc_invalidation_counter: bumped by every register(),
// it voids all negative caches.
var invalidation atomic.Int64

// abcData is _abc._abc_data, kept in an ABC's _abc_impl. Its three sets
// hold weak references to classes; each reference removes itself from
// its set when the class dies.
type abcData struct {
	object.Object
	mu                        sync.Mutex
	registry, cache, negCache *object.Set // owned; nil until first used
	negVersion                atomic.Int64
}

var abcDataType = object.NewStaticType(&object.Type{Name: "_abc_data", Module: "_abc", Flags: object.FlagGC,
	Doc: "Internal state held by ABC machinery."})

func asData(o *object.Object) *abcData { return object.Cast[abcData](o) }

func newCModule(st *vm.State) (*object.Object, error) {
	t := st.Thread()
	m := st.NewModule("_abc")
	for i := range cFuncs {
		m.Dict.SetStr(t, object.Intern(cFuncs[i].Name), object.NewStaticBuiltin(&cFuncs[i]))
	}
	object.ClaimModuleFunctions(m.Dict, "_abc")
	return m.Obj(), nil
}

// set returns a new reference to one of d's sets, creating it if asked.
func (d *abcData) set(t *object.Thread, p **object.Set, create bool) *object.Set {
	d.mu.Lock()
	defer d.mu.Unlock()
	if *p == nil {
		if !create {
			return nil
		}
		*p = object.NewSet(t)
	}
	t.Incref((*p).Obj())
	return *p
}

var strAbcImpl = object.Intern("_abc_impl")

// impl returns a new reference to cls._abc_impl, checked.
func impl(t *object.Thread, cls *object.Object) (*abcData, error) {
	o, err := object.GetAttr(t, cls, strAbcImpl)
	if err != nil {
		return nil, err
	}
	if o.Type() != abcDataType {
		t.Decref(o)
		return nil, t.Errorf(object.TypeErrorType, "_abc_impl is set to a wrong type")
	}
	return asData(o), nil
}

// inWeakSet reports whether a weak reference to o is in s (nil: empty).
// Objects that cannot be weakly referenced are in no set.
func inWeakSet(t *object.Thread, s *object.Set, o *object.Object) (bool, error) {
	if s == nil || s.Len() == 0 {
		return false, nil
	}
	wr, err := t.NewWeakref(o, nil)
	if err != nil {
		return false, nil
	}
	defer t.Decref(&wr.Object)
	return s.Contains(t, &wr.Object)
}

// destroyDef is the callback of a weak set's references: bound to a
// weak reference to the set, it discards the dead reference from it.
var destroyDef = object.MethodDef{Name: "_destroy", Fn: func(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if len(args) != 1 {
		return t.NewRef(object.None), nil
	}
	s := t.WeakrefGet(object.Cast[object.Weakref](self))
	if s == nil {
		return t.NewRef(object.None), nil
	}
	defer t.Decref(s)
	if _, err := object.Cast[object.Set](s).Discard(t, args[0]); err != nil {
		return nil, err
	}
	return t.NewRef(object.None), nil
}}

// addToWeakSet adds a weak reference to o to the set *p.
func (d *abcData) addToWeakSet(t *object.Thread, p **object.Set, o *object.Object) error {
	s := d.set(t, p, true)
	defer t.Decref(s.Obj())
	setRef, err := t.NewWeakref(s.Obj(), nil)
	if err != nil {
		return err
	}
	cb := object.NewBuiltinFunction(t, &destroyDef, &setRef.Object)
	t.Decref(&setRef.Object)
	defer t.Decref(&cb.Object)
	wr, err := t.NewWeakref(o, &cb.Object)
	if err != nil {
		return t.Errorf(object.TypeErrorType, "cannot create weak reference to '%s' object", o.Type().Name)
	}
	defer t.Decref(&wr.Object)
	return s.Add(t, &wr.Object)
}

// clearSet empties the set *p, if there is one.
func (d *abcData) clearSet(t *object.Thread, p **object.Set) error {
	d.mu.Lock()
	s := *p
	*p = nil
	d.mu.Unlock()
	if s != nil {
		t.Decref(s.Obj())
	}
	return nil
}

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

// isSubclass is issubclass(a, b), with b's __subclasscheck__.
func isSubclass(t *object.Thread, a, b *object.Object) (bool, error) {
	r, err := callBuiltin(t, "issubclass", a, b)
	if err != nil {
		return false, err
	}
	defer t.Decref(r)
	return object.IsTrue(t, r)
}

func callMethod(t *object.Thread, o *object.Object, name string, args ...*object.Object) (*object.Object, error) {
	m, err := object.GetAttrString(t, o, name)
	if err != nil {
		return nil, err
	}
	defer t.Decref(m)
	return object.Call(t, m, args, nil)
}

func isAbstract(t *object.Thread, v *object.Object) (bool, error) {
	a, err := object.GetAttrString(t, v, "__isabstractmethod__")
	if err != nil {
		if object.ErrorMatches(err, object.AttributeErrorType) {
			t.DropError(err)
			return false, nil
		}
		return false, err
	}
	defer t.Decref(a)
	return object.IsTrue(t, a)
}

// computeAbstracts sets cls.__abstractmethods__: the abstract names of
// its own namespace and the inherited abstract names it did not override.
func computeAbstracts(t *object.Thread, cls *object.Object) error {
	var names []*object.Object
	defer func() {
		for _, n := range names {
			t.Decref(n)
		}
	}()
	ns, err := object.GetAttrString(t, cls, "__dict__")
	if err != nil {
		return err
	}
	keys, err := callMethod(t, ns, "keys")
	if err != nil {
		t.Decref(ns)
		return err
	}
	err = object.Iterate(t, keys, func(k *object.Object) error {
		v, err := object.GetItem(t, ns, k)
		if err != nil {
			return err
		}
		abs, err := isAbstract(t, v)
		t.Decref(v)
		if abs {
			names = append(names, t.NewRef(k))
		}
		return err
	})
	t.Decref(keys)
	t.Decref(ns)
	if err != nil {
		return err
	}
	bases, err := object.GetAttrString(t, cls, "__bases__")
	if err != nil {
		return err
	}
	defer t.Decref(bases)
	if !object.IsTuple(bases) {
		return t.Errorf(object.TypeErrorType, "__bases__ is not tuple")
	}
	for _, base := range object.AsTuple(bases).Items {
		inherited, err := object.GetAttrString(t, base, "__abstractmethods__")
		if err != nil {
			if object.ErrorMatches(err, object.AttributeErrorType) {
				t.DropError(err)
				continue
			}
			return err
		}
		err = object.Iterate(t, inherited, func(k *object.Object) error {
			if !object.IsStr(k) {
				return t.Errorf(object.TypeErrorType, "attribute name must be string, not '%s'", k.Type().Name)
			}
			v, err := object.GetAttr(t, cls, object.AsStr(k))
			if err != nil {
				if object.ErrorMatches(err, object.AttributeErrorType) {
					t.DropError(err)
					return nil
				}
				return err
			}
			abs, err := isAbstract(t, v)
			t.Decref(v)
			if abs {
				names = append(names, t.NewRef(k))
			}
			return err
		})
		t.Decref(inherited)
		if err != nil {
			return err
		}
	}
	fs, err := object.NewFrozenSet(t, names)
	if err != nil {
		return err
	}
	defer t.Decref(fs.Obj())
	return object.SetAttr(t, cls, object.Intern("__abstractmethods__"), fs.Obj())
}

func noneRef(t *object.Thread) *object.Object { return t.NewRef(object.None) }

func abcInit(t *object.Thread, cls *object.Object) (*object.Object, error) {
	if err := computeAbstracts(t, cls); err != nil {
		return nil, err
	}
	d := &abcData{}
	d.negVersion.Store(invalidation.Load())
	t.Init(&d.Object, abcDataType)
	t.Track(&d.Object)
	err := object.SetAttr(t, cls, strAbcImpl, &d.Object)
	t.Decref(&d.Object)
	if err != nil {
		return nil, err
	}
	// collections.abc marks Sequence and Mapping with __abc_tpflags__,
	// CPython's type flags that the match statement reads; the key is
	// not kept.
	if object.IsType(cls) {
		typ := object.AsType(cls)
		if dict := typ.Dict; dict != nil {
			key := object.Intern("__abc_tpflags__")
			if v := dict.GetStr(key); v != nil {
				if v.Type() == object.IntType {
					n, err := object.AsInt64(t, v)
					if err != nil {
						return nil, err
					}
					if n&tpflagsSequence != 0 && n&tpflagsMapping != 0 {
						return nil, t.Errorf(object.TypeErrorType, "__abc_tpflags__ cannot be both Py_TPFLAGS_SEQUENCE and Py_TPFLAGS_MAPPING")
					}
					if n&tpflagsSequence != 0 {
						typ.Flags |= object.FlagSequence
					}
					if n&tpflagsMapping != 0 {
						typ.Flags |= object.FlagMapping
					}
				}
				if _, err := dict.DelItem(t, key.Obj()); err != nil {
					return nil, err
				}
			}
		}
	}
	return noneRef(t), nil
}

// CPython's Py_TPFLAGS_SEQUENCE and Py_TPFLAGS_MAPPING, as
// collections.abc spells them in __abc_tpflags__.
const (
	tpflagsSequence = 1 << 5
	tpflagsMapping  = 1 << 6
	collectionFlags = object.FlagSequence | object.FlagMapping
)

// setCollectionFlag gives a class registered with a sequence or mapping
// ABC that ABC's flag, and its subclasses too; built-in types keep theirs.
func setCollectionFlag(t *object.Thread, typ *object.Type, flag object.TypeFlags) error {
	if !typ.IsHeapType() || typ.Flags&collectionFlags == flag {
		return nil
	}
	typ.Flags = typ.Flags&^collectionFlags | flag
	subs, err := callMethod(t, typ.Obj(), "__subclasses__")
	if err != nil {
		return err
	}
	items, err := object.SequenceItems(t, subs)
	t.Decref(subs)
	if err != nil {
		return err
	}
	defer func() {
		for _, s := range items {
			t.Decref(s)
		}
	}()
	for _, s := range items {
		if object.IsType(s) {
			if err := setCollectionFlag(t, object.AsType(s), flag); err != nil {
				return err
			}
		}
	}
	return nil
}

func abcRegister(t *object.Thread, cls, sub *object.Object) (*object.Object, error) {
	if !object.IsType(sub) {
		return nil, t.Errorf(object.TypeErrorType, "Can only register classes")
	}
	ok, err := isSubclass(t, sub, cls)
	if err != nil {
		return nil, err
	}
	if ok {
		return t.NewRef(sub), nil
	}
	// Cycles are tested only now, so that X.register(X) is a no-op.
	if ok, err = isSubclass(t, cls, sub); err != nil {
		return nil, err
	} else if ok {
		return nil, t.Errorf(object.RuntimeErrorType, "Refusing to create an inheritance cycle")
	}
	d, err := impl(t, cls)
	if err != nil {
		return nil, err
	}
	defer t.Decref(&d.Object)
	if err := d.addToWeakSet(t, &d.registry, sub); err != nil {
		return nil, err
	}
	invalidation.Add(1)
	if object.IsType(cls) {
		if flag := object.AsType(cls).Flags & collectionFlags; flag != 0 {
			if err := setCollectionFlag(t, object.AsType(sub), flag); err != nil {
				return nil, err
			}
		}
	}
	return t.NewRef(sub), nil
}

func abcInstanceCheck(t *object.Thread, cls, inst *object.Object) (*object.Object, error) {
	d, err := impl(t, cls)
	if err != nil {
		return nil, err
	}
	defer t.Decref(&d.Object)
	sub, err := object.GetAttrString(t, inst, "__class__")
	if err != nil {
		return nil, err
	}
	defer t.Decref(sub)
	cache := d.set(t, &d.cache, false)
	in, err := inWeakSet(t, cache, sub)
	if cache != nil {
		t.Decref(cache.Obj())
	}
	if err != nil {
		return nil, err
	}
	if in {
		return t.NewRef(object.True), nil
	}
	subtype := object.TypeOf(inst)
	if subtype == sub {
		if d.negVersion.Load() == invalidation.Load() {
			neg := d.set(t, &d.negCache, false)
			in, err := inWeakSet(t, neg, sub)
			if neg != nil {
				t.Decref(neg.Obj())
			}
			if err != nil {
				return nil, err
			}
			if in {
				return t.NewRef(object.False), nil
			}
		}
		return callMethod(t, cls, "__subclasscheck__", sub)
	}
	r, err := callMethod(t, cls, "__subclasscheck__", sub)
	if err != nil {
		return nil, err
	}
	ok, err := object.IsTrue(t, r)
	if err != nil || ok {
		if err != nil {
			t.Decref(r)
			return nil, err
		}
		return r, nil
	}
	t.Decref(r)
	return callMethod(t, cls, "__subclasscheck__", subtype)
}

func abcSubclassCheck(t *object.Thread, cls, sub *object.Object) (*object.Object, error) {
	if !object.IsType(sub) {
		return nil, t.Errorf(object.TypeErrorType, "issubclass() arg 1 must be a class")
	}
	d, err := impl(t, cls)
	if err != nil {
		return nil, err
	}
	defer t.Decref(&d.Object)
	yes := func() (*object.Object, error) {
		if err := d.addToWeakSet(t, &d.cache, sub); err != nil {
			return nil, err
		}
		return t.NewRef(object.True), nil
	}
	no := func() (*object.Object, error) {
		if err := d.addToWeakSet(t, &d.negCache, sub); err != nil {
			return nil, err
		}
		return t.NewRef(object.False), nil
	}
	// 1. The positive cache.
	cache := d.set(t, &d.cache, false)
	in, err := inWeakSet(t, cache, sub)
	if cache != nil {
		t.Decref(cache.Obj())
	}
	if err != nil {
		return nil, err
	}
	if in {
		return t.NewRef(object.True), nil
	}
	// 2. The negative cache, unless a register() since voided it.
	if cur := invalidation.Load(); d.negVersion.Load() < cur {
		if err := d.clearSet(t, &d.negCache); err != nil {
			return nil, err
		}
		d.negVersion.Store(cur)
	} else {
		neg := d.set(t, &d.negCache, false)
		in, err := inWeakSet(t, neg, sub)
		if neg != nil {
			t.Decref(neg.Obj())
		}
		if err != nil {
			return nil, err
		}
		if in {
			return t.NewRef(object.False), nil
		}
	}
	// 3. The subclass hook. (object.__subclasshook__ answers
	// NotImplemented; ftpy's object may lack it, which means the same.)
	ok, err := callMethod(t, cls, "__subclasshook__", sub)
	if err != nil {
		if !object.ErrorMatches(err, object.AttributeErrorType) {
			return nil, err
		}
		if !object.IsType(cls) || object.AsType(cls).Lookup(object.Intern("__subclasshook__")) != nil {
			return nil, err
		}
		t.DropError(err)
		ok = t.NewRef(object.NotImplemented)
	}
	t.Decref(ok)
	switch ok {
	case object.True:
		return yes()
	case object.False:
		return no()
	case object.NotImplemented:
	default:
		return nil, t.Errorf(object.AssertionErrorType, "__subclasshook__ must return either False, True, or NotImplemented")
	}
	// 4. A real subclass.
	for _, m := range object.AsType(sub).MRO {
		if m.Obj() == cls {
			return yes()
		}
	}
	// 5. A subclass of a registered class.
	reg := d.set(t, &d.registry, false)
	if reg != nil {
		in, err := inWeakSet(t, reg, sub)
		var refs []*object.Object
		if err == nil && !in {
			refs, err = object.SequenceItems(t, reg.Obj())
		}
		t.Decref(reg.Obj())
		if err != nil {
			return nil, err
		}
		if in {
			// Registered itself: true, without caching (as CPython).
			return t.NewRef(object.True), nil
		}
		found := false
		for i, r := range refs {
			if found {
				t.Decref(r)
				continue
			}
			rc := t.WeakrefGet(object.Cast[object.Weakref](r))
			t.Decref(r)
			if rc == nil {
				continue
			}
			ok, err := isSubclass(t, sub, rc)
			t.Decref(rc)
			if err != nil {
				for _, x := range refs[i+1:] {
					t.Decref(x)
				}
				return nil, err
			}
			found = ok
		}
		if found {
			return yes()
		}
	}
	// 6. A subclass of a subclass.
	subs, err := callMethod(t, cls, "__subclasses__")
	if err != nil {
		return nil, err
	}
	items, err := object.SequenceItems(t, subs)
	t.Decref(subs)
	if err != nil {
		return nil, err
	}
	found := false
	for i, s := range items {
		if !found {
			ok, err := isSubclass(t, sub, s)
			if err != nil {
				for _, x := range items[i:] {
					t.Decref(x)
				}
				return nil, err
			}
			found = ok
		}
		t.Decref(s)
	}
	if found {
		return yes()
	}
	return no()
}

func setCopy(t *object.Thread, s *object.Set) (*object.Object, error) {
	if s == nil {
		return object.NewSet(t).Obj(), nil
	}
	defer t.Decref(s.Obj())
	c, err := object.NewSetFrom(t, s.Obj())
	if err != nil {
		return nil, err
	}
	return c.Obj(), nil
}

func getDump(t *object.Thread, cls *object.Object) (*object.Object, error) {
	d, err := impl(t, cls)
	if err != nil {
		return nil, err
	}
	defer t.Decref(&d.Object)
	var out []*object.Object
	for _, p := range []**object.Set{&d.registry, &d.cache, &d.negCache} {
		c, err := setCopy(t, d.set(t, p, false))
		if err != nil {
			for _, x := range out {
				t.Decref(x)
			}
			return nil, err
		}
		out = append(out, c)
	}
	out = append(out, object.NewInt(t, d.negVersion.Load()))
	return object.NewTuple(t, out).Obj(), nil
}

func oneArg(name string, f func(t *object.Thread, a *object.Object) (*object.Object, error)) object.MethodDef {
	qual := "_abc." + name
	return object.MethodDef{Name: name, Fn: func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, qual, args, kw, 1, 1); err != nil {
			return nil, err
		}
		return f(t, args[0])
	}}
}

func twoArgs(name string, f func(t *object.Thread, a, b *object.Object) (*object.Object, error)) object.MethodDef {
	return object.MethodDef{Name: name, Fn: func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, name, args, kw, 2, 2); err != nil {
			return nil, err
		}
		return f(t, args[0], args[1])
	}}
}

var cFuncs = []object.MethodDef{
	oneArg("_abc_init", abcInit),
	twoArgs("_abc_register", abcRegister),
	twoArgs("_abc_instancecheck", abcInstanceCheck),
	twoArgs("_abc_subclasscheck", abcSubclassCheck),
	oneArg("_get_dump", getDump),
	oneArg("_reset_registry", func(t *object.Thread, cls *object.Object) (*object.Object, error) {
		d, err := impl(t, cls)
		if err != nil {
			return nil, err
		}
		defer t.Decref(&d.Object)
		return noneRef(t), d.clearSet(t, &d.registry)
	}),
	oneArg("_reset_caches", func(t *object.Thread, cls *object.Object) (*object.Object, error) {
		d, err := impl(t, cls)
		if err != nil {
			return nil, err
		}
		defer t.Decref(&d.Object)
		if err := d.clearSet(t, &d.cache); err != nil {
			return nil, err
		}
		return noneRef(t), d.clearSet(t, &d.negCache)
	}),
	{Name: "get_cache_token", Fn: func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, "_abc.get_cache_token", args, kw, 0, 0); err != nil {
			return nil, err
		}
		return object.NewInt(t, invalidation.Load()), nil
	}},
}

func init() {
	abcDataType.Traverse = func(o *object.Object, visit object.Visitor) {
		d := asData(o)
		for _, s := range []*object.Set{d.registry, d.cache, d.negCache} {
			if s != nil {
				visit(s.Obj())
			}
		}
	}
	abcDataType.Clear = func(t *object.Thread, o *object.Object) {
		d := asData(o)
		d.mu.Lock()
		sets := []*object.Set{d.registry, d.cache, d.negCache}
		d.registry, d.cache, d.negCache = nil, nil, nil
		d.mu.Unlock()
		for _, s := range sets {
			if s != nil {
				t.Decref(s.Obj())
			}
		}
	}
	abcDataType.Dealloc = abcDataType.Clear
	object.ReadyType(abcDataType, nil, nil)
}
