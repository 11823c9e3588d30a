// This file defines the descriptor types classes use: staticmethod,
// classmethod, property, the member descriptors of __slots__, and super.

package vm

import (
	"sync"
	"unsafe"

	"github.com/ftpy/ftpy/compile"
	"github.com/ftpy/ftpy/object"
)

// wrapperDescr is the layout of staticmethod and classmethod: a callable
// they wrap.
type wrapperDescr struct {
	object.Object
	fn   *object.Object // owned
	dict *object.Dict
}

func wrapperTraverse(o *object.Object, visit object.Visitor) {
	w := object.Cast[wrapperDescr](o)
	if w.fn != nil {
		visit(w.fn)
	}
	if w.dict != nil {
		visit(w.dict.Obj())
	}
}

func wrapperClear(t *object.Thread, o *object.Object) {
	w := object.Cast[wrapperDescr](o)
	f, d := w.fn, w.dict
	w.fn, w.dict = nil, nil
	t.XDecref(f)
	if d != nil {
		t.Decref(d.Obj())
	}
}

func newWrapperDescr(t *object.Thread, typ *object.Type, fn *object.Object) (*object.Object, error) {
	w := &wrapperDescr{fn: t.NewRef(fn)}
	t.Init(&w.Object, typ)
	t.Track(&w.Object)
	t.SetDeferred(&w.Object)
	if err := copyWrappedAttrs(t, w, fn); err != nil {
		t.Decref(&w.Object)
		return nil, err
	}
	return &w.Object, nil
}

// wrappedAttrs are the attributes a staticmethod or classmethod copies
// from the callable it wraps into its own dict, as functools.wraps does
// (CPython 3.10 and later), so that the wrapper has its function's name,
// qualified name, module and doc.
var wrappedAttrs = []*object.Str{strModule, strName, strQualname, strDoc, object.Intern("__annotations__")}

func copyWrappedAttrs(t *object.Thread, w *wrapperDescr, fn *object.Object) error {
	for _, name := range wrappedAttrs {
		v, err := object.GetAttr(t, fn, name)
		if err != nil {
			if !object.ErrorMatches(err, object.AttributeErrorType) {
				return err
			}
			t.DropError(err)
			continue
		}
		if w.dict == nil {
			w.dict = object.NewDict(t)
		}
		w.dict.SetStr(t, name, v)
		t.Decref(v)
	}
	return nil
}

// wrapperNew makes an empty staticmethod or classmethod (wrapping None)
// for wrapperInit to fill, so that classes deriving from them can pass
// their own arguments to __new__ and call super().__init__(f).
func wrapperNew(t *object.Thread, typ *object.Type, args []*object.Object, kwnames *object.Tuple) (*object.Object, error) {
	w := &wrapperDescr{fn: object.None}
	t.Init(&w.Object, typ)
	t.Track(&w.Object)
	t.SetDeferred(&w.Object)
	return &w.Object, nil
}

// wrapperInit is staticmethod.__init__ and classmethod.__init__: it sets
// the wrapped callable and copies its name and doc.
func wrapperInit(t *object.Thread, self *object.Object, args []*object.Object, kwnames *object.Tuple) error {
	name := staticMethodType.Name
	if object.IsSubtype(self.Type(), classMethodType) {
		name = classMethodType.Name
	}
	if err := object.NoKeywords(t, name, kwnames); err != nil {
		return err
	}
	if len(args) != 1 {
		return t.Errorf(object.TypeErrorType, "%s expected 1 argument, got %d", name, len(args))
	}
	w := object.Cast[wrapperDescr](self)
	old := w.fn
	w.fn = t.NewRef(args[0])
	t.XDecref(old)
	return copyWrappedAttrs(t, w, args[0])
}

var staticMethodType = object.NewStaticType(&object.Type{
	Name: "staticmethod", Flags: object.FlagGC | object.FlagBaseType,
	Traverse: wrapperTraverse, Clear: wrapperClear, Dealloc: wrapperClear,
	DescrGet: func(t *object.Thread, d, obj *object.Object, typ *object.Type) (*object.Object, error) {
		return t.NewRef(object.Cast[wrapperDescr](d).fn), nil
	},
	Call: func(t *object.Thread, self *object.Object, args []*object.Object, kwnames *object.Tuple) (*object.Object, error) {
		return object.CallHeld(t, object.Cast[wrapperDescr](self).fn, args, kwnames)
	},
	DictPtr:      func(o *object.Object) **object.Dict { return &object.Cast[wrapperDescr](o).dict },
	SubclassDict: func(o *object.Object) **object.Dict { return &object.Cast[wrapperDescr](o).dict },
})

var classMethodType = object.NewStaticType(&object.Type{
	Name: "classmethod", Flags: object.FlagGC | object.FlagBaseType,
	Traverse: wrapperTraverse, Clear: wrapperClear, Dealloc: wrapperClear,
	DescrGet: func(t *object.Thread, d, obj *object.Object, typ *object.Type) (*object.Object, error) {
		if typ == nil {
			typ = obj.Type()
		}
		fn := object.Cast[wrapperDescr](d).fn
		if get := fn.Type().DescrGet; get != nil && fn.Type() != FunctionType {
			// As CPython 3.9 to 3.12: a wrapped descriptor is bound to the
			// class (classmethod(classmethod(f)), classmethod(property)).
			return get(t, fn, typ.Obj(), typ)
		}
		return newMethod(t, fn, typ.Obj()), nil
	},
	DictPtr:      func(o *object.Object) **object.Dict { return &object.Cast[wrapperDescr](o).dict },
	SubclassDict: func(o *object.Object) **object.Dict { return &object.Cast[wrapperDescr](o).dict },
})

// wrapperRepr is "<staticmethod(f)>" or "<classmethod(f)>", as in
// CPython 3.10 and later.
func wrapperRepr(t *object.Thread, o *object.Object) (*object.Object, error) {
	r, err := object.Repr(t, object.Cast[wrapperDescr](o).fn)
	if err != nil {
		return nil, err
	}
	defer t.Decref(r)
	name := "staticmethod"
	if object.IsSubtype(o.Type(), classMethodType) {
		name = "classmethod"
	}
	return object.NewStr(t, "<"+name+"("+object.StrValue(r)+")>"), nil
}

func init() {
	staticMethodType.Repr, staticMethodType.New, staticMethodType.Init = wrapperRepr, wrapperNew, wrapperInit
	classMethodType.Repr, classMethodType.New, classMethodType.Init = wrapperRepr, wrapperNew, wrapperInit
}

func newStaticMethod(t *object.Thread, fn *object.Object) (*object.Object, error) {
	return newWrapperDescr(t, staticMethodType, fn)
}

func newClassMethod(t *object.Thread, fn *object.Object) (*object.Object, error) {
	return newWrapperDescr(t, classMethodType, fn)
}

var wrapperGetSets = []object.GetSetDef{
	{Name: "__func__", Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
		return t.NewRef(object.Cast[wrapperDescr](o).fn), nil
	}},
	{Name: "__wrapped__", Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
		return t.NewRef(object.Cast[wrapperDescr](o).fn), nil
	}},
	{Name: "__isabstractmethod__", Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
		return isAbstract(t, object.Cast[wrapperDescr](o).fn)
	}},
}

// isAbstract is fn.__isabstractmethod__ as a bool, False when fn has
// none (CPython's _PyObject_IsAbstract).
func isAbstract(t *object.Thread, fn *object.Object) (*object.Object, error) {
	v, err := object.GetAttr(t, fn, object.Intern("__isabstractmethod__"))
	if err != nil {
		if !object.ErrorMatches(err, object.AttributeErrorType) {
			return nil, err
		}
		t.DropError(err)
		return t.NewRef(object.False), nil
	}
	defer t.Decref(v)
	b, err := object.IsTrue(t, v)
	if err != nil {
		return nil, err
	}
	return object.NewBool(b), nil
}

// property is the property descriptor.
type property struct {
	object.Object
	get, set, del, doc *object.Object // owned; None when absent
	dict               *object.Dict   // a subclass instance's attributes
}

var propertyType = object.NewStaticType(&object.Type{
	Name: "property", Flags: object.FlagGC | object.FlagBaseType,
	Traverse: func(o *object.Object, visit object.Visitor) {
		p := object.Cast[property](o)
		for _, x := range []*object.Object{p.get, p.set, p.del, p.doc} {
			if x != nil {
				visit(x)
			}
		}
		if p.dict != nil {
			visit(p.dict.Obj())
		}
	},
	SubclassDict: func(o *object.Object) **object.Dict { return &object.Cast[property](o).dict },
	Clear:        propertyClear,
	Dealloc:      propertyClear,
	// New makes an empty property that Init fills, so that classes
	// deriving from property may take other arguments.
	New: func(t *object.Thread, typ *object.Type, args []*object.Object, kwnames *object.Tuple) (*object.Object, error) {
		return newProperty(t, typ, nil, nil, nil, nil), nil
	},
	Init: func(t *object.Thread, self *object.Object, args []*object.Object, kwnames *object.Tuple) error {
		var get, set, del, doc *object.Object
		if err := object.ParseArgs(t, "property", args, kwnames, []string{"fget", "fset", "fdel", "doc"}, 0,
			&get, &set, &del, &doc); err != nil {
			return err
		}
		fresh := object.Cast[property](newProperty(t, self.Type(), get, set, del, doc))
		p := object.Cast[property](self)
		p.get, fresh.get = fresh.get, p.get
		p.set, fresh.set = fresh.set, p.set
		p.del, fresh.del = fresh.del, p.del
		p.doc, fresh.doc = fresh.doc, p.doc
		t.Decref(&fresh.Object)
		return nil
	},
	DescrGet: func(t *object.Thread, d, obj *object.Object, typ *object.Type) (*object.Object, error) {
		p := object.Cast[property](d)
		if obj == nil {
			return t.NewRef(d), nil
		}
		if p.get == object.None {
			return nil, t.Errorf(object.AttributeErrorType, "property of '%s' object has no getter", obj.Type().Name)
		}
		return object.CallHeld(t, p.get, []*object.Object{obj}, nil)
	},
	DescrSet: func(t *object.Thread, d, obj, v *object.Object) error {
		p := object.Cast[property](d)
		fn, args := p.set, []*object.Object{obj, v}
		if v == nil {
			fn, args = p.del, []*object.Object{obj}
		}
		if fn == object.None {
			what := "setter"
			if v == nil {
				what = "deleter"
			}
			return t.Errorf(object.AttributeErrorType, "property of '%s' object has no %s", obj.Type().Name, what)
		}
		r, err := object.CallHeld(t, fn, args, nil)
		if err == nil {
			t.Decref(r)
		}
		return err
	},
})

func newProperty(t *object.Thread, typ *object.Type, get, set, del, doc *object.Object) *object.Object {
	orNone := func(o *object.Object) *object.Object {
		if o == nil {
			return object.None
		}
		return t.NewRef(o)
	}
	p := &property{get: orNone(get), set: orNone(set), del: orNone(del), doc: orNone(doc)}
	if p.doc == object.None && p.get != object.None {
		if d, err := object.GetAttrString(t, p.get, "__doc__"); err == nil {
			p.doc = d
		} else {
			t.DropError(err)
		}
	}
	t.Init(&p.Object, typ)
	t.Track(&p.Object)
	return &p.Object
}

func propertyClear(t *object.Thread, o *object.Object) {
	p := object.Cast[property](o)
	for _, x := range []**object.Object{&p.get, &p.set, &p.del, &p.doc} {
		if *x != nil {
			v := *x
			*x = nil
			t.Decref(v)
		}
	}
	if d := p.dict; d != nil {
		p.dict = nil
		t.Decref(d.Obj())
	}
}

// propertyWith returns a copy of p with one accessor replaced (the
// getter, setter and deleter decorators).
func propertyWith(which int) object.CFunc {
	return func(t *object.Thread, self *object.Object, args []*object.Object, kwnames *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, "property", args, kwnames, 1, 1); err != nil {
			return nil, err
		}
		p := object.Cast[property](self)
		parts := []*object.Object{p.get, p.set, p.del}
		parts[which] = args[0]
		doc := p.doc
		if which == 0 {
			doc = nil
		}
		if self.Type() != propertyType {
			// A subclass is copied through its own constructor.
			if doc == nil {
				doc = object.None
			}
			return object.Call(t, self.Type().Obj(), []*object.Object{parts[0], parts[1], parts[2], doc}, nil)
		}
		return newProperty(t, self.Type(), parts[0], parts[1], parts[2], doc), nil
	}
}

var propertyMethods = []object.MethodDef{
	{Name: "getter", Fn: propertyWith(0)},
	{Name: "setter", Fn: propertyWith(1)},
	{Name: "deleter", Fn: propertyWith(2)},
}

var propertyGetSets = []object.GetSetDef{
	// __isabstractmethod__ is true when an accessor is abstract, so that
	// abc counts an abstract property among a class's abstract methods.
	{Name: "__isabstractmethod__", Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
		p := object.Cast[property](o)
		for _, f := range []*object.Object{p.get, p.set, p.del} {
			if f == nil || f == object.None {
				continue
			}
			v, err := object.GetAttrString(t, f, "__isabstractmethod__")
			if err != nil {
				if object.ErrorMatches(err, object.AttributeErrorType) {
					t.DropError(err)
					continue
				}
				return nil, err
			}
			abstract, err := object.IsTrue(t, v)
			t.Decref(v)
			if err != nil {
				return nil, err
			}
			if abstract {
				return object.True, nil
			}
		}
		return object.False, nil
	}},
	{Name: "fget", Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
		return t.NewRef(object.Cast[property](o).get), nil
	}},
	{Name: "fset", Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
		return t.NewRef(object.Cast[property](o).set), nil
	}},
	{Name: "fdel", Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
		return t.NewRef(object.Cast[property](o).del), nil
	}},
	{Name: "__doc__", Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
		return t.NewRef(object.Cast[property](o).doc), nil
	}},
}

// member is a __slots__ entry: a descriptor reading and writing one slot
// of an Instance.
type member struct {
	object.Object
	name  string
	index int
	owner *object.Type // borrowed: the class owns its dict, which owns this
}

var memberType = object.NewStaticType(&object.Type{
	Name: "member_descriptor",
	Repr: func(t *object.Thread, d *object.Object) (*object.Object, error) {
		m := object.Cast[member](d)
		return object.NewStr(t, "<member '"+m.name+"' of '"+m.owner.Name+"' objects>"), nil
	},
	DescrGet: func(t *object.Thread, d, obj *object.Object, typ *object.Type) (*object.Object, error) {
		m := object.Cast[member](d)
		if obj == nil {
			return t.NewRef(d), nil
		}
		r := loadSlot(t, &object.Cast[Instance](obj).Slots[m.index])
		if r.IsNull() {
			return nil, t.Errorf(object.AttributeErrorType, "'%s' object has no attribute '%s'", obj.Type().Name, m.name)
		}
		return t.AsSteal(r), nil
	},
	DescrSet: func(t *object.Thread, d, obj, v *object.Object) error {
		m := object.Cast[member](d)
		p := &object.Cast[Instance](obj).Slots[m.index]
		if v != nil {
			t.Incref(v)
		}
		old, ok := swapSlot(p, v)
		if !ok {
			return t.Errorf(object.AttributeErrorType, "'%s' object has no attribute '%s'", obj.Type().Name, m.name)
		}
		t.XDecref(old)
		return nil
	},
})

// slotLocks guard the __slots__ values of instances, which threads may
// share: a value is read without a lock when that is safe (see
// object.RefFromShared), else under the lock of its stripe, chosen by the
// slot's address, so that instances need no lock of their own.
var slotLocks [64]sync.Mutex

func slotLock(p **object.Object) *sync.Mutex {
	return &slotLocks[(uintptr(unsafe.Pointer(p))>>3)%uintptr(len(slotLocks))]
}

// loadSlot returns a stack ref to the value in slot p, or Null if unset.
func loadSlot(t *object.Thread, p **object.Object) object.StackRef {
	return t.LoadSharedRef(p, slotLock(p))
}

// swapSlot stores v (a reference the slot takes over; nil deletes) and
// returns the old value for the caller to drop. Deleting an unset slot
// fails (ok false) and changes nothing.
func swapSlot(p **object.Object, v *object.Object) (old *object.Object, ok bool) {
	return object.SwapShared(p, v, slotLock(p), true)
}

// setupSlots turns the names in __slots__ into member descriptors; a
// class with __slots__ and no "__dict__" in them has no instance dict.
func setupSlots(t *object.Thread, typ *object.Type, slots *object.Object) error {
	var names []*object.Object
	if object.IsStr(slots) {
		names = []*object.Object{t.NewRef(slots)}
	} else {
		var err error
		names, err = object.SequenceItems(t, slots)
		if err != nil {
			return err
		}
	}
	defer func() {
		for _, n := range names {
			t.Decref(n)
		}
	}()
	base := slotCount(typ.Base)
	withDict := false
	idx := base
	added := map[string]bool{}
	for _, n := range names {
		if !object.IsStr(n) {
			return t.Errorf(object.TypeErrorType, "__slots__ items must be strings, not '%s'", n.Type().Name)
		}
		name := object.StrValue(n)
		if name == "__dict__" {
			if withDict || baseHasDict(typ) {
				return t.Errorf(object.TypeErrorType, "__dict__ slot disallowed: we already got one")
			}
			withDict = true
			continue
		}
		if name == "__weakref__" {
			continue // handled by slotsWeakref
		}
		// A private name is mangled with the class's name, as in the
		// class body: __s is the slot _Class__s.
		name = compile.Mangle(typ.Name, name)
		if added[name] {
			continue // named twice (datetime's date.__slots__ + time.__slots__): one slot serves
		}
		// __doc__ is in every class dict (None without a docstring):
		// a __doc__ slot replaces the None, as in CPython.
		if v := typ.Dict.GetStr(object.Intern(name)); v != nil && !(name == "__doc__" && v == object.None) {
			return t.Errorf(object.ValueErrorType, "'%s' in __slots__ conflicts with class variable", name)
		}
		added[name] = true
		m := &member{name: name, index: idx, owner: typ}
		t.Init(&m.Object, memberType)
		typ.Dict.SetStr(t, object.Intern(name), &m.Object)
		t.Decref(&m.Object)
		idx++
	}
	typ.Dict.SetStr(t, object.Intern("__slotcount__"), object.NewInt(t, int64(idx)))
	typ.Flags |= object.FlagSlots
	if !withDict && !baseHasDict(typ) {
		typ.DictPtr = nil
	}
	return nil
}

// slotsWeakref decides whether instances of a class with __slots__ can
// be weakly referenced: when its base's can, or when the slots name
// __weakref__, as in CPython.
func slotsWeakref(t *object.Thread, typ *object.Type, slots *object.Object) error {
	var names []*object.Object
	if object.IsStr(slots) {
		names = []*object.Object{t.NewRef(slots)}
	} else {
		var err error
		if names, err = object.SequenceItems(t, slots); err != nil {
			return err
		}
	}
	inherited := typ.Base.Flags&object.FlagWeakrefable != 0
	named := false
	var err error
	for _, n := range names {
		if err == nil && object.IsStr(n) && object.StrValue(n) == "__weakref__" {
			if inherited || named {
				err = t.Errorf(object.TypeErrorType, "__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0")
			}
			named = true
		}
		t.Decref(n)
	}
	if err != nil {
		return err
	}
	if !inherited && !named {
		typ.Flags &^= object.FlagWeakrefable
	}
	return nil
}

func baseHasDict(typ *object.Type) bool {
	for _, b := range typ.MRO[1:] {
		if b.IsHeapType() && b.DictPtr != nil {
			return true
		}
	}
	return false
}

// slotCount returns the number of __slots__ values instances of typ
// have, counting its bases'.
func slotCount(typ *object.Type) int {
	for ; typ != nil; typ = typ.Base {
		if !typ.IsHeapType() || typ.Dict == nil {
			continue
		}
		if n := typ.Dict.GetStr(strSlotcount); n != nil {
			v, _ := object.AsInt(n).Int64()
			return int(v)
		}
	}
	return 0
}

// superObj is a super() proxy.
type superObj struct {
	object.Object
	typ     *object.Type   // the class whose successors are searched; owned
	obj     *object.Object // the instance or class; owned; nil: unbound, super(type)
	objType *object.Type   // its type (or itself, for a class); owned; nil when unbound
}

var superType = object.NewStaticType(&object.Type{
	Name:  "super",
	Flags: object.FlagGC | object.FlagBaseType | object.FlagCustomGetAttr,
	Traverse: func(o *object.Object, visit object.Visitor) {
		s := object.Cast[superObj](o)
		if s.typ != nil {
			visit(s.typ.Obj())
		}
		if s.obj != nil {
			visit(s.obj)
			visit(s.objType.Obj())
		}
	},
	Clear:    superClear,
	Dealloc:  superClear,
	New:      superNew,
	GetAttr:  superGetAttr,
	DescrGet: superDescrGet,
	Repr: func(t *object.Thread, o *object.Object) (*object.Object, error) {
		s := object.Cast[superObj](o)
		if s.obj == nil {
			return object.NewStr(t, "<super: <class '"+s.typ.Name+"'>, NULL>"), nil
		}
		return object.NewStr(t, "<super: <class '"+s.typ.Name+"'>, <"+s.objType.Name+" object>>"), nil
	},
})

// superGetSets are the attributes a super object shows: the class it
// starts after, and the instance (or class) and type it is bound to.
var superGetSets = []object.GetSetDef{
	{Name: "__thisclass__", Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
		return t.NewRef(object.Cast[superObj](o).typ.Obj()), nil
	}},
	{Name: "__self__", Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
		if s := object.Cast[superObj](o); s.obj != nil {
			return t.NewRef(s.obj), nil
		}
		return object.None, nil
	}},
	{Name: "__self_class__", Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
		if s := object.Cast[superObj](o); s.objType != nil {
			return t.NewRef(s.objType.Obj()), nil
		}
		return object.None, nil
	}},
}

// superDescrGet binds an unbound super(type) stored as a class attribute
// to the instance it is read through; a bound super stays as it is.
func superDescrGet(t *object.Thread, o, obj *object.Object, _ *object.Type) (*object.Object, error) {
	s := object.Cast[superObj](o)
	if obj == nil || obj == object.None || s.obj != nil {
		return t.NewRef(o), nil
	}
	return newSuper(t, o.Type(), s.typ.Obj(), obj)
}

func superClear(t *object.Thread, o *object.Object) {
	s := object.Cast[superObj](o)
	if s.typ == nil {
		return
	}
	typ, obj, ot := s.typ, s.obj, s.objType
	s.typ, s.obj, s.objType = nil, nil, nil
	t.Decref(typ.Obj())
	if obj != nil {
		t.Decref(obj)
		t.Decref(ot.Obj())
	}
}

// superNew is super(type, obj) and, with no arguments, super() in a
// method: __class__ from the method's cell and its first argument.
func superNew(t *object.Thread, typ *object.Type, args []*object.Object, kwnames *object.Tuple) (*object.Object, error) {
	if err := object.NoKeywords(t, "super", kwnames); err != nil {
		return nil, err
	}
	var cls, obj *object.Object
	switch len(args) {
	case 0:
		f := stateOf(t).frame
		if f == nil || f.code.ArgCount == 0 {
			return nil, t.Errorf(object.RuntimeErrorType, "super(): no arguments")
		}
		code := f.code
		first := f.slots[0]
		if first.IsNull() {
			// The first argument may have moved into a cell.
			for i, a := range code.Cell2Arg {
				if a == 0 {
					first = object.RefBorrow(object.Cast[Cell](f.slots[len(code.LocalNames)+i].Obj()).Ref)
				}
			}
		}
		if first.IsNull() || first.Obj() == nil {
			return nil, t.Errorf(object.RuntimeErrorType, "super(): arg[0] deleted")
		}
		obj = first.Obj()
		for i, name := range code.FreeNames {
			if name == "__class__" {
				c := object.Cast[Cell](f.slots[len(code.LocalNames)+len(code.CellNames)+i].Obj())
				cls = c.Ref
			}
		}
		if cls == nil {
			return nil, t.Errorf(object.RuntimeErrorType, "super(): __class__ cell not found")
		}
	case 1:
		cls = args[0] // unbound
	case 2:
		cls, obj = args[0], args[1]
		if obj == object.None {
			obj = nil // super(type, None) is unbound too
		}
	default:
		return nil, t.Errorf(object.TypeErrorType, "super() expected at most 2 arguments, got %d", len(args))
	}
	return newSuper(t, typ, cls, obj)
}

// newSuper makes a super object of type typ for class cls bound to obj
// (nil: unbound).
func newSuper(t *object.Thread, typ *object.Type, cls, obj *object.Object) (*object.Object, error) {
	if !object.IsType(cls) {
		return nil, t.Errorf(object.TypeErrorType, "super() argument 1 must be a type, not %s", cls.Type().Name)
	}
	ctype := object.AsType(cls)
	var objType *object.Type
	switch {
	case obj == nil:
		s := &superObj{typ: ctype}
		t.Incref(ctype.Obj())
		t.Init(&s.Object, typ)
		t.Track(&s.Object)
		return &s.Object, nil
	case object.IsType(obj) && object.IsSubtype(object.AsType(obj), ctype):
		objType = object.AsType(obj)
	case object.IsInstance(obj, ctype):
		objType = obj.Type()
	default:
		return nil, t.Errorf(object.TypeErrorType, "super(type, obj): obj must be an instance or subtype of type")
	}
	s := &superObj{typ: ctype, obj: t.NewRef(obj), objType: objType}
	t.Incref(ctype.Obj())
	t.Incref(objType.Obj())
	t.Init(&s.Object, typ)
	t.Track(&s.Object)
	return &s.Object, nil
}

func superGetAttr(t *object.Thread, o *object.Object, name *object.Str) (*object.Object, error) {
	s := object.Cast[superObj](o)
	if name.String() != "__class__" && s.objType != nil {
		mro := s.objType.MRO
		i := 0
		for i < len(mro) && mro[i] != s.typ {
			i++
		}
		for i++; i < len(mro); i++ {
			if mro[i].Dict == nil {
				continue
			}
			if v := mro[i].Dict.GetStr(name); v != nil {
				if get := v.Type().DescrGet; get != nil {
					inst := s.obj
					if inst == s.objType.Obj() {
						inst = nil
					}
					return get(t, v, inst, s.objType)
				}
				return t.NewRef(v), nil
			}
		}
	}
	return object.GenericGetAttr(t, o, name)
}

func init() {
	object.ReadyType(staticMethodType, nil, wrapperGetSets)
	object.ReadyType(classMethodType, nil, wrapperGetSets)
	object.ReadyType(propertyType, propertyMethods, propertyGetSets)
	object.ReadyType(memberType, nil, nil)
	object.ReadyType(superType, nil, superGetSets)
}
