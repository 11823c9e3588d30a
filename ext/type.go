package ext

import (
	"fmt"
	"sync"

	"github.com/ftpy/ftpy/object"
)

// Type describes a Python type whose instances are Go structs. The struct
// embeds object.Object as its first field (the object header) and is
// reached from a reference with As:
//
//	type point struct {
//		object.Object
//		x, y int64
//	}
//	var pointType = &ext.Type{Name: "point", ...}
//
//	func newPoint(t *ext.Thread, x, y int64) *object.Object {
//		p := &point{x: x, y: y}
//		pointType.Init(t, &p.Object)
//		return &p.Object
//	}
//
// Every callback receives borrowed references and returns new ones. The
// type object itself is static and immortal, as CPython's static types
// are: instances do not count their reference to it, and calling an
// instance (Call) touches no reference count in the wrapper.
//
// A Type is readied once, by Register (for the types in Module.Types) or
// by its first PyType, Init or Check call; its fields must not change
// afterwards. Set them at package initialisation.
type Type struct {
	Name string
	Doc  string

	// New is the constructor Python calls as Name(...): it returns a new
	// instance (made with Init). Nil: the type cannot be instantiated
	// from Python.
	New func(t *Thread, args []*Object, kwnames *object.Tuple) (*Object, error)
	// Call makes instances callable (__call__), vectorcall-like.
	Call func(t *Thread, self *Object, args []*Object, kwnames *object.Tuple) (*Object, error)
	// Repr returns the text of repr(instance) (__repr__).
	Repr func(t *Thread, self *Object) (string, error)
	// Str returns the text of str(instance) (__str__); when nil, repr.
	Str func(t *Thread, self *Object) (string, error)
	// Hash (__hash__); when nil, instances hash by identity.
	Hash func(t *Thread, self *Object) (int64, error)
	// Compare (__eq__, __lt__...) returns object.NotImplemented for an
	// operand it does not handle.
	Compare func(t *Thread, self, other *Object, op object.CompareOp) (*Object, error)
	// Len, GetItem and SetItem (v == nil deletes) make instances
	// containers (__len__, __getitem__, __setitem__/__delitem__).
	Len     func(t *Thread, self *Object) (int, error)
	GetItem func(t *Thread, self, key *Object) (*Object, error)
	SetItem func(t *Thread, self, key, v *Object) error
	// Iter returns an iterator (__iter__); Next advances an iterator and
	// returns nil, nil when it is exhausted (__next__ without creating a
	// StopIteration).
	Iter    func(t *Thread, self *Object) (*Object, error)
	Next    func(t *Thread, self *Object) (*Object, error)
	Methods []Method
	Attrs   []Attr

	// GC marks instances as tracked by the cyclic collector. Set it for
	// instances that hold references to other objects (and give Traverse
	// and Clear), and for instances that may use deferred reference
	// counting (unstable.EnableDeferredRefcount needs a tracked object).
	GC bool
	// Traverse calls visit for every reference the instance holds.
	Traverse func(self *Object, visit func(*Object))
	// Clear drops the references the instance holds, to break a cycle;
	// the instance stays usable.
	Clear func(t *Thread, self *Object)
	// Dealloc releases the instance's references when it is freed; when
	// nil, Clear is used.
	Dealloc func(t *Thread, self *Object)

	// Weakrefable lets Python code take weak references to instances
	// (weakref.ref, WeakValueDictionary, ...), as CPython's
	// Py_TPFLAGS_MANAGED_WEAKREF (or a tp_weaklistoffset) does; without
	// it weakref.ref(instance) raises TypeError. The runtime keeps weak
	// references in a table of its own, so the Go struct needs no field
	// for them: when an instance dies, its weak references are cleared
	// and their callbacks run before Dealloc, on the thread that dropped
	// the last reference (or after a collection that freed it).
	Weakrefable bool

	once sync.Once
	typ  *object.Type
}

// Method is a method of a Type; self is the instance.
type Method struct {
	Name string
	Doc  string
	Fn   func(t *Thread, self *Object, args []*Object, kwnames *object.Tuple) (*Object, error)
}

// Attr is a computed attribute of a Type. Set is nil for a read-only
// attribute; it receives v == nil for del.
type Attr struct {
	Name string
	Doc  string
	Get  func(t *Thread, self *Object) (*Object, error)
	Set  func(t *Thread, self, v *Object) error
}

// As returns the Go struct of an instance whose header is its first field.
func As[T any](o *Object) *T { return object.Cast[T](o) }

// PyType returns the type object, readying it on first use.
func (ty *Type) PyType() *object.Type {
	ty.ready("")
	return ty.typ
}

// Init initialises the header of a new instance o (the caller holds the
// one reference it returns) and tracks it when the type is GC-capable.
func (ty *Type) Init(t *Thread, o *Object) {
	t.Init(o, ty.PyType())
	if ty.GC {
		t.Track(o)
	}
}

// Check reports whether o is an instance of the type.
func (ty *Type) Check(o *Object) bool { return o.Type() == ty.PyType() }

// ready creates the type object once; module is its __module__ (Register
// passes the module's name).
func (ty *Type) ready(module string) { ty.once.Do(func() { ty.readyOnce(module) }) }

func (ty *Type) readyOnce(module string) {
	if ty.Name == "" {
		panic("ext: type without a name")
	}
	typ := &object.Type{Name: ty.Name, Doc: ty.Doc, Module: module}
	if ty.Weakrefable {
		typ.Flags |= object.FlagWeakrefable
	}
	if ty.GC {
		typ.Flags |= object.FlagGC
		tr := ty.Traverse
		typ.Traverse = func(o *Object, visit object.Visitor) {
			if tr != nil {
				tr(o, visit)
			}
		}
	}
	if ty.Clear != nil {
		c := ty.Clear
		typ.Clear = func(t *Thread, o *Object) { c(t, o) }
	}
	switch {
	case ty.Dealloc != nil:
		typ.Dealloc = ty.Dealloc
	case ty.Clear != nil:
		typ.Dealloc = ty.Clear
	}
	if ty.New != nil {
		fn := ty.New
		typ.New = func(t *Thread, _ *object.Type, args []*Object, kwnames *object.Tuple) (res *Object, err error) {
			defer recoverPanic(t, &res, &err)
			return fn(t, args, kwnames)
		}
		// New did the whole construction; accept the arguments.
		typ.Init = func(t *Thread, self *Object, args []*Object, kwnames *object.Tuple) error { return nil }
	} else {
		name := ty.Name
		typ.New = func(t *Thread, _ *object.Type, args []*Object, kwnames *object.Tuple) (*Object, error) {
			return nil, t.Errorf(object.TypeErrorType, "cannot create '%s' instances", name)
		}
	}
	if ty.Call != nil {
		fn := ty.Call
		// Borrowed arguments pass straight through: no incref of the
		// callable or its (immortal) type.
		typ.Call = func(t *Thread, self *Object, args []*Object, kwnames *object.Tuple) (res *Object, err error) {
			// An extension's callable may call callables it holds, as
			// deeply nested as a program likes: one level of Go
			// recursion (object.Call does not count one).
			if err := t.EnterGo(); err != nil {
				return nil, err
			}
			defer t.LeaveGo()
			defer recoverPanic(t, &res, &err)
			return fn(t, self, args, kwnames)
		}
	}
	if ty.Repr != nil {
		fn := ty.Repr
		typ.Repr = func(t *Thread, o *Object) (res *Object, err error) {
			defer recoverPanic(t, &res, &err)
			s, err := fn(t, o)
			if err != nil {
				return nil, asPython(t, err)
			}
			return object.NewStr(t, s), nil
		}
	}
	ty.readySlots(typ)
	methods := make([]object.MethodDef, len(ty.Methods))
	for i, m := range ty.Methods {
		fn := m.Fn
		if fn == nil {
			panic(fmt.Sprintf("ext: method %s.%s has no Fn", ty.Name, m.Name))
		}
		methods[i] = object.MethodDef{Name: m.Name, Doc: m.Doc, Fn: func(t *Thread, self *Object, args []*Object, kwnames *object.Tuple) (res *Object, err error) {
			defer recoverPanic(t, &res, &err)
			return fn(t, self, args, kwnames)
		}}
	}
	getsets := make([]object.GetSetDef, len(ty.Attrs))
	for i, a := range ty.Attrs {
		get, set := a.Get, a.Set
		if get == nil {
			panic(fmt.Sprintf("ext: attribute %s.%s has no Get", ty.Name, a.Name))
		}
		getsets[i] = object.GetSetDef{Name: a.Name, Doc: a.Doc}
		{
			getsets[i].Get = func(t *Thread, o *Object) (res *Object, err error) {
				defer recoverPanic(t, &res, &err)
				return get(t, o)
			}
		}
		if set != nil {
			getsets[i].Set = func(t *Thread, o, v *Object) (err error) {
				var none *Object
				defer recoverPanic(t, &none, &err)
				return set(t, o, v)
			}
		}
	}
	object.NewStaticType(typ)
	object.ReadyType(typ, methods, getsets)
	ty.typ = typ
}

// readySlots installs the optional protocol slots, each behind the panic
// guard.
func (ty *Type) readySlots(typ *object.Type) {
	if fn := ty.Str; fn != nil {
		typ.Str = func(t *Thread, o *Object) (res *Object, err error) {
			defer recoverPanic(t, &res, &err)
			s, err := fn(t, o)
			if err != nil {
				return nil, asPython(t, err)
			}
			return object.NewStr(t, s), nil
		}
	}
	if fn := ty.Hash; fn != nil {
		typ.Hash = func(t *Thread, o *Object) (h int64, err error) {
			var none *Object
			defer recoverPanic(t, &none, &err)
			return fn(t, o)
		}
	}
	if fn := ty.Compare; fn != nil {
		typ.Compare = func(t *Thread, a, b *Object, op object.CompareOp) (res *Object, err error) {
			defer recoverPanic(t, &res, &err)
			return fn(t, a, b, op)
		}
	}
	if fn := ty.Len; fn != nil {
		typ.Len = func(t *Thread, o *Object) (n int, err error) {
			var none *Object
			defer recoverPanic(t, &none, &err)
			return fn(t, o)
		}
	}
	if fn := ty.GetItem; fn != nil {
		typ.GetItem = func(t *Thread, o, key *Object) (res *Object, err error) {
			defer recoverPanic(t, &res, &err)
			return fn(t, o, key)
		}
	}
	if fn := ty.SetItem; fn != nil {
		typ.SetItem = func(t *Thread, o, key, v *Object) (err error) {
			var none *Object
			defer recoverPanic(t, &none, &err)
			return fn(t, o, key, v)
		}
	}
	if fn := ty.Iter; fn != nil {
		typ.Iter = func(t *Thread, o *Object) (res *Object, err error) {
			defer recoverPanic(t, &res, &err)
			return fn(t, o)
		}
	}
	if fn := ty.Next; fn != nil {
		typ.Next = func(t *Thread, o *Object) (res *Object, err error) {
			// An extension's iterator may wrap iterators: one level of
			// Go recursion (object.Next does not count one).
			if err := t.EnterGo(); err != nil {
				return nil, err
			}
			defer t.LeaveGo()
			defer recoverPanic(t, &res, &err)
			return fn(t, o)
		}
	}
}
