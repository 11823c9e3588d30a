package collections

import (
	"sync"
	"unsafe"

	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/vm"
)

// This file defines _collections.defaultdict (collections.defaultdict):
// a dict whose __missing__ calls default_factory. Its instances have the
// layout of any dict subclass; default_factory lives in the field that
// layout keeps for Go types (object.DictSubclassExtra), so that
// dict.__new__(defaultdict) makes a whole defaultdict, as in CPython.

var defaultdictType = object.NewStaticType(&object.Type{
	Name:   "defaultdict",
	Module: "collections",
	Base:   object.DictType,
	Flags:  object.FlagGC | object.FlagBaseType,
	Doc: "defaultdict(default_factory=None, /, [...]) --> dict with default factory\n\n" +
		"A dict that calls default_factory, with no arguments, to make the value\n" +
		"of a key that __getitem__ does not find, and stores it under the key.\n" +
		"Other arguments are the dict constructor's. It equals a dict with the\n" +
		"same items.\n",
})

// factoryLocks guard default_factory against concurrent replacement:
// reading it takes a reference under the lock of its defaultdict's
// stripe, so that a thread setting it cannot free it meanwhile.
var factoryLocks [64]sync.Mutex

func factoryLock(o *object.Object) *sync.Mutex {
	return &factoryLocks[(uintptr(unsafe.Pointer(o))>>5)%uintptr(len(factoryLocks))]
}

// factory returns a new reference to o's default_factory, nil for none.
func factory(t *object.Thread, o *object.Object) *object.Object {
	mu := factoryLock(o)
	mu.Lock()
	f := *object.DictSubclassExtra(o)
	if f != nil {
		t.Incref(f)
	}
	mu.Unlock()
	return f
}

// setFactory stores f (borrowed; nil clears) as o's default_factory.
func setFactory(t *object.Thread, o, f *object.Object) {
	if f != nil {
		t.Incref(f)
	}
	mu := factoryLock(o)
	mu.Lock()
	p := object.DictSubclassExtra(o)
	old := *p
	*p = f
	mu.Unlock()
	t.XDecref(old)
}

// factoryOrNone returns a new reference to o's default_factory or None.
func factoryOrNone(t *object.Thread, o *object.Object) *object.Object {
	if f := factory(t, o); f != nil {
		return f
	}
	return t.NewRef(object.None)
}

// defaultdictInit is __init__(default_factory=None, /, *args, **kwargs):
// the first positional argument is the factory, the rest go to dict's.
func defaultdictInit(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) error {
	if npos(args, kw) > 0 {
		f := args[0]
		if f != object.None && !object.IsCallable(f) {
			return t.Errorf(object.TypeErrorType, "first argument must be callable or None")
		}
		setFactory(t, self, f)
		args = args[1:]
	} else {
		setFactory(t, self, nil)
	}
	return object.DictType.Init(t, self, args, kw)
}

// newDefaultdict is type(self)(self.default_factory, items): what copy()
// and | build.
func newDefaultdict(t *object.Thread, self, items *object.Object) (*object.Object, error) {
	f := factoryOrNone(t, self)
	defer t.Decref(f)
	return object.Call(t, object.TypeOf(self), []*object.Object{f, items}, nil)
}

// defaultdictRepr is "name(factory repr, dict repr)"; a factory whose
// repr comes back to it shows as "...".
func defaultdictRepr(t *object.Thread, o *object.Object) (*object.Object, error) {
	shown := "None"
	if f := factory(t, o); f != nil {
		if t.ReprEnter(f) {
			r, err := object.ReprString(t, f)
			t.ReprLeave(f)
			if err != nil {
				t.Decref(f)
				return nil, err
			}
			shown = r
		} else {
			shown = "..."
		}
		t.Decref(f)
	}
	base, err := object.DictType.Repr(t, o)
	if err != nil {
		return nil, err
	}
	defer t.Decref(base)
	return object.NewStr(t, o.Type().Name+"("+shown+", "+object.StrValue(base)+")"), nil
}

// defaultdictOr is a | b where either is a defaultdict: a defaultdict of
// that operand's type and factory, holding a's items updated with b's.
func defaultdictOr(t *object.Thread, a, b *object.Object) (*object.Object, error) {
	self, other := a, b
	if !object.IsSubtype(a.Type(), defaultdictType) {
		self, other = b, a
	}
	if !object.IsDict(other) {
		return t.NewRef(object.NotImplemented), nil
	}
	r, err := newDefaultdict(t, self, a)
	if err != nil {
		return nil, err
	}
	if !object.IsDict(r) {
		// CPython's PyDict_Update refuses a non-dict the same way.
		t.Decref(r)
		return nil, t.Errorf(object.SystemErrorType, "bad internal call")
	}
	if err := object.AsDict(r).Update(t, b); err != nil {
		t.Decref(r)
		return nil, err
	}
	return r, nil
}

func defaultdictCopy(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if err := object.CheckArgCount(t, "defaultdict.copy", args, kw, 0, 0); err != nil {
		return nil, err
	}
	return newDefaultdict(t, self, self)
}

var defaultdictMethods = []object.MethodDef{
	{Name: "__missing__", Doc: "__missing__(key): store default_factory() under key and return it;\nKeyError when default_factory is None.",
		Fn: func(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
			if err := object.CheckArgCount(t, "defaultdict.__missing__", args, kw, 1, 1); err != nil {
				return nil, err
			}
			key := args[0]
			f := factory(t, self)
			if f == nil || f == object.None {
				t.XDecref(f)
				return nil, t.KeyError(key)
			}
			v, err := object.Call(t, f, nil, nil)
			t.Decref(f)
			if err != nil {
				return nil, err
			}
			if err := object.SetItem(t, self, key, v); err != nil {
				t.Decref(v)
				return nil, err
			}
			return v, nil
		}},
	{Name: "copy", Fn: defaultdictCopy, Doc: "D.copy() -> a shallow copy of D."},
	{Name: "__copy__", Fn: defaultdictCopy, Doc: "D.copy() -> a shallow copy of D."},
	{Name: "__reduce__", Doc: "Return state information for pickling.",
		Fn: func(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
			if err := object.CheckArgCount(t, "__reduce__", args, kw, 0, 0); err != nil {
				return nil, err
			}
			var ctorArgs *object.Object
			if f := factory(t, self); f != nil && f != object.None {
				ctorArgs = object.NewTuple(t, []*object.Object{f}).Obj()
			} else {
				t.XDecref(f)
				ctorArgs = t.NewRef(object.EmptyTuple.Obj())
			}
			items, err := vm.CallMethod(t, self, "items")
			if err != nil {
				t.Decref(ctorArgs)
				return nil, err
			}
			it, err := object.Iter(t, items)
			t.Decref(items)
			if err != nil {
				t.Decref(ctorArgs)
				return nil, err
			}
			return object.NewTuple(t, []*object.Object{t.NewRef(object.TypeOf(self)), ctorArgs,
				t.NewRef(object.None), t.NewRef(object.None), it}).Obj(), nil
		}},
	object.ClassGetItemDef,
}

func init() {
	typ := defaultdictType
	typ.SubclassDict = object.SubclassDictPtr(object.DictType)
	typ.Init = defaultdictInit
	typ.Repr = defaultdictRepr
	number := *object.DictType.Number
	number.Or = defaultdictOr
	typ.Number = &number
	typ.Traverse = func(o *object.Object, visit object.Visitor) {
		object.DictType.Traverse(o, visit)
		if f := *object.DictSubclassExtra(o); f != nil {
			visit(f)
		}
	}
	typ.Clear = func(t *object.Thread, o *object.Object) {
		object.DictType.Clear(t, o)
		setFactory(t, o, nil)
	}
	typ.Dealloc = func(t *object.Thread, o *object.Object) {
		object.DictType.Dealloc(t, o)
		setFactory(t, o, nil)
	}
	object.ReadyType(typ, defaultdictMethods, []object.GetSetDef{{Name: "default_factory",
		Doc: "The callable that __missing__ calls to make a missing key's value.",
		Get: func(t *object.Thread, o *object.Object) (*object.Object, error) { return factoryOrNone(t, o), nil },
		Set: func(t *object.Thread, o, v *object.Object) error {
			setFactory(t, o, v)
			return nil
		}}})
}
