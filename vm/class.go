// This file implements classes: __build_class__, type's constructor and
// attribute access, heap types with C3 method resolution order, plain
// instances, and object's own methods.

package vm

import (
	"fmt"
	"slices"
	"strings"

	"github.com/ftpy/ftpy/object"
)

// Instance is an instance of a class whose built-in base is object.
type Instance struct {
	object.Object
	Dict  *object.Dict     // attributes; nil until the first is set
	Slots []*object.Object // __slots__ values, owned; nil where unset
}

func instanceTraverse(o *object.Object, visit object.Visitor) {
	in := object.Cast[Instance](o)
	if in.Dict != nil {
		visit(in.Dict.Obj())
	}
	for _, v := range in.Slots {
		if v != nil {
			visit(v)
		}
	}
}

func instanceClear(t *object.Thread, o *object.Object) {
	in := object.Cast[Instance](o)
	if d := in.Dict; d != nil {
		in.Dict = nil
		t.Decref(d.Obj())
	}
	for i, v := range in.Slots {
		if v != nil {
			in.Slots[i] = nil
			t.Decref(v)
		}
	}
}

// objectNew is object.__new__: allocate an Instance of a class.
func objectNew(t *object.Thread, typ *object.Type, args []*object.Object, kwnames *object.Tuple) (*object.Object, error) {
	if len(args) > 0 {
		if t.LookupType(typ, strNew) != objectNewDescr() {
			return nil, t.Errorf(object.TypeErrorType, "object.__new__() takes exactly one argument (the type to instantiate)")
		}
		if t.LookupType(typ, strInit) == objectInitDescr() {
			return nil, t.Errorf(object.TypeErrorType, "%s() takes no arguments", typ.Name)
		}
	}
	if !typ.IsHeapType() {
		if typ == object.ObjectType {
			o := &Instance{}
			t.Init(&o.Object, typ)
			return &o.Object, nil
		}
		return nil, t.Errorf(object.TypeErrorType, "cannot create '%s' instances", typ.FullName())
	}
	if typ.Flags&object.FlagAbstract != 0 {
		return nil, abstractError(t, typ)
	}
	var o *Instance
	n := 0
	if typ.Flags&object.FlagSlots != 0 {
		n = slotCount(typ)
	}
	if r := t.Reuse(typ); r != nil && n == 0 {
		o = object.Cast[Instance](r)
	} else {
		o = &Instance{}
	}
	if n > 0 {
		o.Slots = make([]*object.Object, n)
	}
	t.Init(&o.Object, typ)
	t.Track(&o.Object)
	return &o.Object, nil
}

func objectInit(t *object.Thread, self *object.Object, args []*object.Object, kwnames *object.Tuple) error {
	if len(args) > 0 {
		typ := self.Type()
		if firstStatic(typ) != object.ObjectType {
			// A built-in base (frozenset, Exception) took the arguments
			// in its __new__.
			return nil
		}
		if t.LookupType(typ, strInit) != objectInitDescr() {
			return t.Errorf(object.TypeErrorType, "object.__init__() takes exactly one argument (the instance to initialize)")
		}
		if t.LookupType(typ, strNew) == objectNewDescr() {
			return t.Errorf(object.TypeErrorType, "%s() takes no arguments", typ.Name)
		}
	}
	return nil
}

// objectNewDescr and objectInitDescr return object's own __new__ and
// __init__, to tell whether a class overrides them.
// abstractError is the TypeError for instantiating a class with abstract
// methods: "Can't instantiate abstract class C with abstract methods a, b".
func abstractError(t *object.Thread, typ *object.Type) error {
	var names []string
	if am := t.LookupType(typ, object.Intern("__abstractmethods__")); am != nil {
		_ = object.Iterate(t, am, func(n *object.Object) error {
			if object.IsStr(n) {
				names = append(names, object.StrValue(n))
			}
			return nil
		})
	}
	slices.Sort(names)
	method := "method"
	if len(names) > 1 {
		method = "methods"
	}
	return t.Errorf(object.TypeErrorType, "Can't instantiate abstract class %s with abstract %s %s", typ.Name, method, strings.Join(names, ", "))
}

func objectNewDescr() *object.Object { return object.ObjectType.Dict.GetStr(strNew) }
func objectInitDescr() *object.Object {
	return object.ObjectType.Dict.GetStr(strInit)
}

// objectInitSubclass returns object's own __init_subclass__, which
// takes no keyword arguments.
func objectInitSubclass() *object.Object {
	return object.ObjectType.Dict.GetStr(object.Intern("__init_subclass__"))
}

// reprString is repr(o) as a Go string, for error messages ("?" if repr
// fails).
func reprString(t *object.Thread, o *object.Object) string {
	r, err := object.Repr(t, o)
	if err != nil {
		t.DropError(err)
		return "?"
	}
	defer t.Decref(r)
	return object.StrValue(r)
}

// firstStatic returns the first built-in type in typ's MRO.
func firstStatic(typ *object.Type) *object.Type {
	for _, m := range typ.MRO {
		if !m.IsHeapType() {
			return m
		}
	}
	return object.ObjectType
}

// typeCall is type.__call__: type(x), or create and initialise an
// instance.
func typeCall(t *object.Thread, self *object.Object, args []*object.Object, kwnames *object.Tuple) (*object.Object, error) {
	typ := object.AsType(self)
	if typ == &object.TypeType && len(args) == 1 && kwnames == nil {
		return t.NewRef(object.TypeOf(args[0])), nil
	}
	if typ.New == nil {
		return nil, t.Errorf(object.TypeErrorType, "cannot create '%s' instances", typ.FullName())
	}
	o, err := typ.New(t, typ, args, kwnames)
	if err != nil {
		return nil, err
	}
	if !object.IsInstance(o, typ) {
		return o, nil
	}
	if init := o.Type().Init; init != nil {
		if err := init(t, o, args, kwnames); err != nil {
			t.Decref(o)
			return nil, err
		}
	}
	return o, nil
}

// typeNew is type.__new__(meta, name, bases, namespace).
func typeNew(t *object.Thread, meta *object.Type, args []*object.Object, kwnames *object.Tuple) (*object.Object, error) {
	npos := len(args)
	if kwnames != nil {
		npos -= len(kwnames.Items)
	}
	if npos == 1 && meta == &object.TypeType {
		return t.NewRef(object.TypeOf(args[0])), nil
	}
	if npos != 3 {
		return nil, t.Errorf(object.TypeErrorType, "type() takes 1 or 3 arguments")
	}
	for i, want := range [...]*object.Type{object.StrType, object.TupleType, object.DictType} {
		if !object.IsInstance(args[i], want) {
			return nil, t.Errorf(object.TypeErrorType, "type.__new__() argument %d must be %s, not %s", i+1, want.Name, args[i].Type().Name)
		}
	}
	if strings.IndexByte(object.StrValue(args[0]), 0) >= 0 {
		return nil, t.Errorf(object.ValueErrorType, "type name must not contain null characters")
	}
	w, err := winningMetaclass(t, meta.Obj(), object.AsTuple(args[1]).Items)
	if err != nil {
		return nil, err
	}
	if winner := object.AsType(w); winner != meta {
		// type(name, bases, ns) with bases of a derived metaclass makes
		// the class through that metaclass (CPython's type_new).
		if newFn := t.LookupType(winner, strNew); newFn != nil && newFn != object.TypeType.Dict.GetStr(strNew) {
			all := append([]*object.Object{winner.Obj()}, args...)
			return callDescr(t, newFn, winner, all, kwnames)
		}
		meta = winner
	}
	cls, err := newClass(t, meta, object.StrValue(args[0]), object.AsTuple(args[1]).Items, object.AsDict(args[2]))
	if err != nil {
		return nil, err
	}
	if err := initSubclass(t, object.AsType(cls), args[npos:], kwnames); err != nil {
		t.Decref(cls)
		return nil, err
	}
	return cls, nil
}

// callDescr calls the attribute descr found on typ (a staticmethod such
// as __new__ is unwrapped first) with args.
func callDescr(t *object.Thread, descr *object.Object, typ *object.Type, args []*object.Object, kwnames *object.Tuple) (*object.Object, error) {
	fn := descr
	if get := descr.Type().DescrGet; get != nil {
		bound, err := get(t, descr, nil, typ)
		if err != nil {
			return nil, err
		}
		defer t.Decref(bound)
		fn = bound
	}
	return object.Call(t, fn, args, kwnames)
}

// initSubclass calls the parent's __init_subclass__ with the class
// statement's keyword arguments (PEP 487).
func initSubclass(t *object.Thread, typ *object.Type, kwargs []*object.Object, kwnames *object.Tuple) error {
	name := object.Intern("__init_subclass__")
	for _, base := range typ.MRO[1:] {
		if base.Dict == nil {
			continue
		}
		m := base.Dict.GetStr(name)
		if m == nil {
			continue
		}
		fn := m
		if get := m.Type().DescrGet; get != nil {
			bound, err := get(t, m, nil, typ)
			if err != nil {
				return err
			}
			defer t.Decref(bound)
			fn = bound
		}
		if m == objectInitSubclass() && kwnames != nil && len(kwnames.Items) > 0 {
			return t.Errorf(object.TypeErrorType, "%s.__init_subclass__() takes no keyword arguments", typ.Name)
		}
		r, err := object.Call(t, fn, kwargs, kwnames)
		if err == nil {
			t.Decref(r)
		}
		return err
	}
	return nil
}

// newClass creates a heap type.
func newClass(t *object.Thread, meta *object.Type, name string, bases []*object.Object, ns *object.Dict) (*object.Object, error) {
	var baseTypes []*object.Type
	for i, b := range bases {
		for _, prev := range bases[:i] {
			if prev == b && object.IsType(b) {
				return nil, t.Errorf(object.TypeErrorType, "duplicate base class %s", object.AsType(b).Name)
			}
		}
		if !object.IsType(b) {
			return nil, t.Errorf(object.TypeErrorType, "bases must be types")
		}
		bt := object.AsType(b)
		if bt.Flags&object.FlagBaseType == 0 {
			return nil, t.Errorf(object.TypeErrorType, "type '%s' is not an acceptable base type", bt.FullName())
		}
		baseTypes = append(baseTypes, bt)
	}
	if len(baseTypes) == 0 {
		baseTypes = []*object.Type{object.ObjectType}
	}
	solid, err := solidBase(t, baseTypes)
	if err != nil {
		return nil, err
	}
	if q := ns.GetStr(strQualname); q != nil && !object.IsStr(q) {
		return nil, t.Errorf(object.TypeErrorType, "type __qualname__ must be a str, not %s", q.Type().Name)
	}
	typ := &object.Type{Name: name}
	t.InitHeapType(typ, meta)
	typ.Flags |= object.FlagBaseType | object.FlagWeakrefable
	typ.Bases = baseTypes
	for _, b := range baseTypes {
		t.Incref(b.Obj())
	}
	typ.Base = bestBase(baseTypes, solid)
	typ.Dict = object.NewDict(t)
	cell := ns.GetStr(strClassCell)
	if cell != nil && cell.Type() != CellType {
		t.Decref(typ.Obj())
		return nil, t.Errorf(object.TypeErrorType, "__classcell__ must be a nonlocal cell, not %s", reprString(t, cell.Type().Obj()))
	}
	if err := mergeNamespace(t, typ, ns); err != nil {
		t.Decref(typ.Obj())
		return nil, err
	}
	if cell != nil {
		// The methods' __class__ cell holds the class from now on, before
		// mro() and __set_name__ run, as in CPython (__build_class__ then
		// checks that the cell it made was the one filled).
		t.XDecref(object.Cast[Cell](cell).swap(t.NewRef(typ.Obj())))
	}
	if typ.Dict.GetStr(strDoc) == nil {
		// Every class has its own __doc__, None without a docstring, so
		// instances do not find object's.
		typ.Dict.SetStr(t, strDoc, object.None)
	}
	if typ.Dict.GetStr(strModule) == nil {
		// type(name, bases, ns) called directly: the module is the
		// caller's, as CPython takes it from the calling frame's globals.
		if f := stateOf(t).frame; f != nil && f.globals != nil {
			if m := f.globals.GetStr(strName); m != nil {
				typ.Dict.SetStr(t, strModule, m)
			}
		}
	}
	mro, err := c3MRO(t, typ, baseTypes)
	if err != nil {
		t.Decref(typ.Obj())
		return nil, err
	}
	typ.MRO = mro
	if d := typ.Dict.GetStr(strDoc); d != nil && object.IsStr(d) {
		typ.Doc = object.StrValue(d)
	}
	if err := setupLayout(t, typ, solid); err != nil {
		t.Decref(typ.Obj())
		return nil, err
	}
	// Listed in its bases before its slots are filled from theirs, so
	// that a special method set on a base from now on reaches it.
	for _, b := range baseTypes {
		t.AddSubclass(b, typ)
	}
	if typ.Dict.GetStr(strEq) != nil && typ.Dict.GetStr(strHash) == nil {
		// A class that defines __eq__ without __hash__ is unhashable
		// (only when created: assigning __eq__ later keeps the hash).
		typ.Dict.SetStr(t, strHash, object.None)
	}
	inheritHeapSlots(typ)
	installSlotWrappers(typ, "")
	t.Track(typ.Obj())
	if err := setNames(t, typ); err != nil {
		t.Decref(typ.Obj())
		return nil, err
	}
	return typ.Obj(), nil
}

// mergeNamespace copies the class body's namespace into the type's dict,
// turning plain functions named __new__, __init_subclass__ and
// __class_getitem__ into static and class methods as CPython does.
func mergeNamespace(t *object.Thread, typ *object.Type, ns *object.Dict) error {
	for pos := 0; ; {
		var k, v *object.Object
		var ok bool
		pos, k, v, ok = ns.Next(pos)
		if !ok {
			return nil
		}
		if object.IsStr(k) {
			switch object.StrValue(k) {
			case "__new__":
				if v.Type() == FunctionType {
					w, err := newStaticMethod(t, v)
					if err != nil {
						return err
					}
					v = w
					defer t.Decref(v)
				}
			case "__init_subclass__", "__class_getitem__":
				if v.Type() == FunctionType {
					w, err := newClassMethod(t, v)
					if err != nil {
						return err
					}
					v = w
					defer t.Decref(v)
				}
			case "__classcell__":
				continue // newClass fills the cell; it is no attribute
			}
		}
		if err := typ.Dict.SetItem(t, k, v); err != nil {
			return err
		}
	}
}

// solidBase finds the built-in type whose instance layout the class must
// use: object's, an exception's, or (later) another built-in's; bases with
// different layouts cannot be combined.
func solidBase(t *object.Thread, bases []*object.Type) (*object.Type, error) {
	var solid *object.Type
	for _, b := range bases {
		s := layoutBase(b)
		switch {
		case solid == nil || solid == object.ObjectType:
			solid = s
		case s == object.ObjectType || s == solid || object.IsSubtype(solid, s):
		case object.IsSubtype(s, solid):
			// The more derived layout extends the other (Go types
			// derived from Go types start with their base's struct):
			// class RawIOBase(_io._RawIOBase, IOBase) in io.py.
			solid = s
		default:
			return nil, t.Errorf(object.TypeErrorType, "multiple bases have instance lay-out conflict")
		}
	}
	if solid != object.ObjectType && solid != object.BaseExceptionType && solid != &object.TypeType &&
		object.SubclassDictPtr(solid) == nil {
		return nil, t.Errorf(object.NotImplementedErrorType, "subclassing '%s' is not supported yet", solid.Name)
	}
	return solid, nil
}

// layoutBase returns the built-in type whose instance layout typ's
// instances have.
func layoutBase(typ *object.Type) *object.Type {
	s := typ
	for s.IsHeapType() {
		s = s.Base
	}
	if object.IsSubtype(s, object.BaseExceptionType) {
		return object.BaseExceptionType
	}
	if object.IsSubtype(s, &object.TypeType) {
		return &object.TypeType
	}
	return s
}

// setupLayout chooses how instances are allocated and traversed.
func setupLayout(t *object.Thread, typ, solid *object.Type) error {
	if solid == object.BaseExceptionType || solid == &object.TypeType {
		// Exceptions and metaclasses keep their built-in base's layout:
		// an Exception struct, or a Type (the classes a metaclass makes).
		b := solid
		typ.New, typ.Traverse, typ.Clear, typ.Dealloc, typ.DictPtr = b.New, b.Traverse, b.Clear, b.Dealloc, b.DictPtr
		// __new__ comes from the nearest built-in class, which may add
		// to BaseException's (OSError picks its subclass and attributes).
		s := typ.Base
		for s.IsHeapType() {
			s = s.Base
		}
		typ.New = s.New
		return nil
	}
	if dp := object.SubclassDictPtr(solid); dp != nil {
		setupBuiltinSubclass(typ, solid, dp)
		// An empty __slots__ (namedtuple's) means no attribute dict.
		// Nonempty slots on a built-in subclass still live in the dict:
		// the built-in layouts have no slot storage.
		if slots := typ.Dict.GetStr(strSlots); slots != nil {
			if err := slotsWeakref(t, typ, slots); err != nil {
				return err
			}
		}
		if slots := typ.Dict.GetStr(strSlots); slots != nil && !baseHasDict(typ) {
			empty, err := isEmptySlots(t, slots)
			if err != nil {
				return err
			}
			if empty {
				typ.DictPtr = nil
			}
		}
		return nil
	}
	typ.Traverse, typ.Clear, typ.Dealloc = instanceTraverse, instanceClear, instanceClear
	typ.DictPtr = func(o *object.Object) **object.Dict { return &object.Cast[Instance](o).Dict }
	typ.SetFreeList(instanceFreeList)
	if slots := typ.Dict.GetStr(strSlots); slots != nil {
		if err := slotsWeakref(t, typ, slots); err != nil {
			return err
		}
		return setupSlots(t, typ, slots)
	}
	return nil
}

// isEmptySlots reports whether a __slots__ value names nothing.
func isEmptySlots(t *object.Thread, slots *object.Object) (bool, error) {
	if object.IsStr(slots) {
		return false, nil
	}
	names, err := object.SequenceItems(t, slots)
	for _, n := range names {
		t.Decref(n)
	}
	return len(names) == 0, err
}

// setupBuiltinSubclass gives a class derived from a built-in type (list,
// dict, tuple, set, int, float, str, bytes) that type's layout plus an
// attribute dict, which its traverse, clear and dealloc also handle.
func setupBuiltinSubclass(typ, base *object.Type, dp func(*object.Object) **object.Dict) {
	if base.DictPtr != nil {
		// A Go type whose instances already keep (and traverse) an
		// attribute dict: subclasses share its whole layout.
		typ.New, typ.Traverse, typ.Clear, typ.Dealloc, typ.DictPtr = base.New, base.Traverse, base.Clear, base.Dealloc, base.DictPtr
		return
	}
	dropDict := func(t *object.Thread, o *object.Object) {
		if d := *dp(o); d != nil {
			*dp(o) = nil
			t.Decref(d.Obj())
		}
	}
	typ.New = func(t *object.Thread, sub *object.Type, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		o, err := base.New(t, sub, args, kw)
		if err == nil && o.Type() == sub && !o.IsTracked() {
			t.Track(o) // its dict may make cycles
		}
		return o, err
	}
	typ.Traverse = func(o *object.Object, visit object.Visitor) {
		if base.Traverse != nil {
			base.Traverse(o, visit)
		}
		if d := *dp(o); d != nil {
			visit(d.Obj())
		}
	}
	typ.Clear = func(t *object.Thread, o *object.Object) {
		if base.Clear != nil {
			base.Clear(t, o)
		}
		dropDict(t, o)
	}
	typ.Dealloc = func(t *object.Thread, o *object.Object) {
		if base.Dealloc != nil {
			base.Dealloc(t, o)
		}
		dropDict(t, o)
	}
	typ.DictPtr = dp
}

// c3MRO computes the C3 linearisation of typ's bases.
func c3MRO(t *object.Thread, typ *object.Type, bases []*object.Type) ([]*object.Type, error) {
	mro, blocked := c3Merge(typ, bases, func(b *object.Type) []*object.Type { return b.MRO })
	if mro == nil {
		return nil, mroConflict(t, blocked)
	}
	return mro, nil
}

// mroConflict is the error for bases that have no C3 linearisation,
// naming the classes that blocked each other, as CPython does.
func mroConflict(t *object.Thread, blocked []*object.Type) error {
	names := make([]string, len(blocked))
	for i, b := range blocked {
		names[i] = b.Name
	}
	return t.Errorf(object.TypeErrorType,
		"Cannot create a consistent method resolution\norder (MRO) for bases %s", strings.Join(names, ", "))
}

// c3Merge computes the C3 linearisation of typ's bases, taking each
// base's MRO from mroOf. When there is none it returns a nil MRO and the
// classes left at the heads of the lists being merged. It allocates
// no Python object, so that __bases__ assignment can run it while the
// world is stopped, with the MROs it is about to install.
func c3Merge(typ *object.Type, bases []*object.Type, mroOf func(*object.Type) []*object.Type) (mro, blocked []*object.Type) {
	var seqs [][]*object.Type
	for _, b := range bases {
		seqs = append(seqs, append([]*object.Type(nil), mroOf(b)...))
	}
	seqs = append(seqs, append([]*object.Type(nil), bases...))
	out := []*object.Type{typ}
	for {
		nonEmpty := seqs[:0]
		for _, s := range seqs {
			if len(s) > 0 {
				nonEmpty = append(nonEmpty, s)
			}
		}
		seqs = nonEmpty
		if len(seqs) == 0 {
			return out, nil
		}
		var head *object.Type
		for _, s := range seqs {
			cand := s[0]
			inTail := false
			for _, s2 := range seqs {
				for _, x := range s2[1:] {
					if x == cand {
						inTail = true
					}
				}
			}
			if !inTail {
				head = cand
				break
			}
		}
		if head == nil {
			for _, s := range seqs {
				if !slices.Contains(blocked, s[0]) {
					blocked = append(blocked, s[0])
				}
			}
			return nil, blocked
		}
		out = append(out, head)
		for i, s := range seqs {
			if s[0] == head {
				seqs[i] = s[1:]
			}
		}
	}
}

// inheritHeapSlots copies the slots typ does not define from the first
// base along the MRO that defines them.
func inheritHeapSlots(typ *object.Type) {
	if typ.Hash == nil {
		// Hashing comes from the nearest class that says how: one whose
		// __hash__ is None (list, dict, a class with __eq__ only) makes
		// its subclasses unhashable too.
		for _, b := range typ.MRO[1:] {
			if h := b.Dict.GetStr(strHash); h != nil {
				if h != object.None {
					typ.Hash = b.Hash
				}
				break
			}
		}
	}
	for _, b := range typ.MRO[1:] {
		// A class defines a slot with its own method; a class that only
		// inherited it is passed over, so that class C(Mixin, list) gets
		// list's __init__, not the one Mixin got from object (CPython's
		// inherit_slots skips slots a base did not define itself).
		static, d := !b.IsHeapType(), b.Dict
		if typ.Repr == nil && (static || d.GetStr(slotStrs["__repr__"]) != nil) {
			typ.Repr = b.Repr
		}
		if typ.Str == nil && (static || d.GetStr(slotStrs["__str__"]) != nil) {
			typ.Str = b.Str
		}
		if typ.Compare == nil && (static || d.GetStr(slotStrs["__lt__"]) != nil || d.GetStr(slotStrs["__le__"]) != nil || d.GetStr(slotStrs["__eq__"]) != nil || d.GetStr(slotStrs["__ne__"]) != nil || d.GetStr(slotStrs["__gt__"]) != nil || d.GetStr(slotStrs["__ge__"]) != nil) {
			typ.Compare = b.Compare
		}
		if typ.GetAttr == nil && (static || d.GetStr(slotStrs["__getattribute__"]) != nil || d.GetStr(slotStrs["__getattr__"]) != nil) {
			typ.GetAttr = b.GetAttr
		}
		if typ.SetAttr == nil && (static || d.GetStr(slotStrs["__setattr__"]) != nil || d.GetStr(slotStrs["__delattr__"]) != nil) {
			typ.SetAttr = b.SetAttr
		}
		if typ.Init == nil && (static || d.GetStr(slotStrs["__init__"]) != nil) {
			typ.Init = b.Init
		}
		if typ.New == nil && (static || d.GetStr(slotStrs["__new__"]) != nil) {
			typ.New = b.New
		}
		if typ.Iter == nil && (static || d.GetStr(slotStrs["__iter__"]) != nil) {
			typ.Iter = b.Iter
		}
		if typ.Next == nil && (static || d.GetStr(slotStrs["__next__"]) != nil) {
			typ.Next = b.Next
		}
		if typ.Call == nil && (static || d.GetStr(slotStrs["__call__"]) != nil) {
			typ.Call = b.Call
		}
		if typ.Len == nil && (static || d.GetStr(slotStrs["__len__"]) != nil) {
			typ.Len = b.Len
		}
		if typ.Bool == nil && (static || d.GetStr(slotStrs["__bool__"]) != nil) {
			typ.Bool = b.Bool
		}
		if typ.GetItem == nil && (static || d.GetStr(slotStrs["__getitem__"]) != nil) {
			typ.GetItem = b.GetItem
		}
		if typ.SetItem == nil && (static || d.GetStr(slotStrs["__setitem__"]) != nil || d.GetStr(slotStrs["__delitem__"]) != nil) {
			typ.SetItem = b.SetItem
		}
		if typ.Contains == nil && (static || d.GetStr(slotStrs["__contains__"]) != nil) {
			typ.Contains = b.Contains
		}
		if typ.DescrGet == nil && (static || d.GetStr(slotStrs["__get__"]) != nil) {
			typ.DescrGet = b.DescrGet
		}
		if typ.DescrSet == nil && (static || d.GetStr(slotStrs["__set__"]) != nil || d.GetStr(slotStrs["__delete__"]) != nil) {
			typ.DescrSet = b.DescrSet
		}
		if typ.Finalize == nil && (static || d.GetStr(slotStrs["__del__"]) != nil) {
			typ.Finalize = b.Finalize
		}
		if typ.Concat == nil {
			typ.Concat = b.Concat
		}
		if typ.Repeat == nil {
			typ.Repeat = b.Repeat
		}
		typ.Flags |= b.Flags & (object.FlagCustomGetAttr | object.FlagSlots)
	}
}

// setNames calls __set_name__(owner, name) on the class attributes that
// define it.
func setNames(t *object.Thread, typ *object.Type) error {
	var items [][2]*object.Object
	for pos := 0; ; {
		var k, v *object.Object
		var ok bool
		pos, k, v, ok = typ.Dict.Next(pos)
		if !ok {
			break
		}
		items = append(items, [2]*object.Object{t.NewRef(k), t.NewRef(v)})
	}
	defer func() {
		for _, kv := range items {
			t.Decref(kv[0])
			t.Decref(kv[1])
		}
	}()
	for _, kv := range items {
		st := stateOf(t)
		m, err := st.lookupSpecial(kv[1], strSetName)
		if err != nil {
			return err
		}
		if m == nil {
			continue
		}
		r, err := object.Call(t, m, []*object.Object{typ.Obj(), kv[0]}, nil)
		t.Decref(m)
		if err != nil {
			// CPython 3.11 wraps the error, naming the attribute.
			cause := t.AsException(err)
			e := t.Errorf(object.RuntimeErrorType, "Error calling __set_name__ on '%s' instance %s in '%s'",
				kv[1].Type().Name, reprString(t, kv[0]), typ.Name)
			ex := t.AsException(e)
			ex.Cause = cause.Obj()
			ex.Context = t.NewRef(cause.Obj())
			return ex
		}
		t.Decref(r)
	}
	return nil
}

// typeGetAttr is type.__getattribute__: data descriptors on the
// metatype, then the class's MRO (binding with no instance), then the
// metatype's other attributes.
func typeGetAttr(t *object.Thread, o *object.Object, name *object.Str) (*object.Object, error) {
	typ := object.AsType(o)
	meta := o.Type()
	metaAttr := t.LookupTypeRef(meta, name)
	if !metaAttr.IsNull() {
		if mt := metaAttr.Obj().Type(); mt.DescrGet != nil && mt.DescrSet != nil {
			return t.DescrGetRef(metaAttr, o, meta)
		}
	}
	if attr := t.LookupTypeRef(typ, name); !attr.IsNull() {
		t.Close(metaAttr)
		return t.DescrGetRef(attr, nil, typ)
	}
	if !metaAttr.IsNull() {
		return t.DescrGetRef(metaAttr, o, meta)
	}
	return nil, t.Errorf(object.AttributeErrorType, "type object '%s' has no attribute '%s'", typ.Name, name)
}

// typeSetAttr sets a class attribute, updating the type's slots when the
// name is a special method.
func typeSetAttr(t *object.Thread, o *object.Object, name *object.Str, v *object.Object) error {
	typ := object.AsType(o)
	if !typ.IsHeapType() {
		return t.Errorf(object.TypeErrorType, "cannot set '%s' attribute of immutable type '%s'", name, typ.Name)
	}
	if descr := t.LookupTypeRef(o.Type(), name); !descr.IsNull() {
		defer t.Close(descr)
		if set := descr.Obj().Type().DescrSet; set != nil {
			return set(t, descr.Obj(), o, v)
		}
	}
	if s := name.String(); strings.HasPrefix(s, "__") && slotGroups[s] != nil {
		return setSlotAttr(t, typ, name, v)
	}
	if name.String() == "__abstractmethods__" {
		abstract := false
		if v != nil {
			var err error
			if abstract, err = object.IsTrue(t, v); err != nil {
				return err
			}
		}
		if abstract {
			typ.Flags |= object.FlagAbstract
		} else {
			typ.Flags &^= object.FlagAbstract
		}
	}
	if !t.SetTypeAttr(typ, name, v) && v == nil {
		return t.Errorf(object.AttributeErrorType, "type object '%s' has no attribute '%s'", typ.Name, name)
	}
	return nil
}

// setSlotAttr stores (or deletes, v nil) typ's special method name and
// updates the slot it fills on typ and on every class that inherits from
// typ, found through the types' lists of subclasses (CPython's
// update_slot walks tp_subclasses the same way). Other threads read a
// type's slots and dict without synchronisation, so, as CPython's
// free-threaded build does, both change with the world stopped, at once:
// no thread sees a slot that calls a method already gone. The old value
// is dropped once the world runs again, since its __del__ may run Python.
func setSlotAttr(t *object.Thread, typ *object.Type, name *object.Str, v *object.Object) error {
	t.StopTheWorld()
	old := typ.Dict.ExchangeStr(t, name, v)
	object.InvalidateTypeCache()
	if old != nil || v != nil {
		updateSlots(typ, name.String())
	}
	t.StartTheWorld()
	if old == nil && v == nil {
		return t.Errorf(object.AttributeErrorType, "type object '%s' has no attribute '%s'", typ.Name, name)
	}
	t.XDecref(old)
	return nil
}

// updateSlots recomputes, after typ's special method name was set or
// deleted, the slot it fills on typ and its subclasses, all levels down.
// The world is stopped.
func updateSlots(typ *object.Type, name string) {
	seen := map[*object.Type]bool{}
	alone := len(slotGroups[name]) == 1
	nameStr := slotStrs[name]
	var walk func(c *object.Type)
	walk = func(c *object.Type) {
		if seen[c] {
			return // reached again through another base (a diamond)
		}
		seen[c] = true
		if c != typ && alone && c.Dict != nil && c.Dict.GetStr(nameStr) != nil {
			return // c has its own method: the change is not for c nor below
		}
		resetSlot(c, name)
		installSlotWrappers(c, name)
		object.ForEachSubclass(c, walk)
	}
	walk(typ)
}

// slotGroups maps each special method whose assignment to a class
// changes its slots (or its subclasses') to the group of methods that
// fill the same slot (__setitem__ and __delitem__ fill one). Storing any
// other attribute on a class costs no walk of its subclasses. The
// arithmetic methods are absent: every class's number slots look them
// up when called (but for the conversions, which callers test for).
var slotGroups = map[string][]string{}

// slotStrs holds the interned names of slotGroups.
var slotStrs = map[string]*object.Str{}

func init() {
	for _, g := range [][]string{{"__repr__"}, {"__str__"}, {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"},
		{"__hash__"}, {"__bool__"}, {"__len__"}, {"__getitem__"}, {"__setitem__", "__delitem__"}, {"__contains__"},
		{"__iter__"}, {"__next__"}, {"__call__"}, {"__getattribute__", "__getattr__"}, {"__setattr__", "__delattr__"},
		{"__get__"}, {"__set__", "__delete__"}, {"__init__"}, {"__new__"}, {"__del__"},
		{"__index__"}, {"__int__"}, {"__float__"}} {
		for _, n := range g {
			slotGroups[n] = g
			slotStrs[n] = object.Intern(n)
		}
	}
}

// resetSlot gives typ the slot that special method name fills as it
// would be without any class's Python-level method: the slot of the
// nearest built-in type in its MRO (classes inherit those; a class's own
// methods make wrappers, which installSlotWrappers adds back). It looks
// at built-in types only, so the order in which updateSlots reaches the
// classes of a hierarchy does not matter.
func resetSlot(typ *object.Type, name string) {
	for _, b := range typ.MRO[1:] {
		if b.IsHeapType() {
			continue
		}
		switch name {
		case "__repr__":
			typ.Repr = b.Repr
		case "__str__":
			typ.Str = b.Str
		case "__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__":
			typ.Compare = b.Compare
		case "__hash__":
			typ.Hash = b.Hash
		case "__bool__":
			typ.Bool = b.Bool
		case "__len__":
			typ.Len = b.Len
		case "__getitem__":
			typ.GetItem = b.GetItem
		case "__setitem__", "__delitem__":
			typ.SetItem = b.SetItem
		case "__contains__":
			typ.Contains = b.Contains
		case "__iter__":
			typ.Iter = b.Iter
		case "__next__":
			typ.Next = b.Next
		case "__call__":
			typ.Call = b.Call
		case "__getattribute__", "__getattr__":
			typ.GetAttr = b.GetAttr
			typ.Flags = typ.Flags&^object.FlagCustomGetAttr | b.Flags&object.FlagCustomGetAttr
		case "__setattr__", "__delattr__":
			typ.SetAttr = b.SetAttr
		case "__get__":
			typ.DescrGet = b.DescrGet
		case "__set__", "__delete__":
			typ.DescrSet = b.DescrSet
		case "__init__":
			typ.Init = b.Init
		case "__new__":
			typ.New = b.New
		case "__del__":
			typ.Finalize = b.Finalize
		}
		return
	}
}

func typeRepr(t *object.Thread, o *object.Object) (*object.Object, error) {
	typ := object.AsType(o)
	mod := typeModule(typ)
	if mod == "" || mod == "builtins" {
		return object.NewStr(t, fmt.Sprintf("<class '%s'>", typQualName(typ))), nil
	}
	return object.NewStr(t, fmt.Sprintf("<class '%s.%s'>", mod, typQualName(typ))), nil
}

func typeModule(typ *object.Type) string {
	if typ.Dict != nil {
		if m := typ.Dict.GetStr(strModule); m != nil && object.IsStr(m) {
			return object.StrValue(m)
		}
	}
	return "builtins"
}

func typQualName(typ *object.Type) string {
	if typ.IsHeapType() && typ.Dict != nil {
		if q := typ.Dict.GetStr(strQualname); q != nil && object.IsStr(q) {
			return object.StrValue(q)
		}
	}
	return typ.Name
}

func typeTraverse(o *object.Object, visit object.Visitor) {
	typ := object.AsType(o)
	if !typ.IsHeapType() {
		return
	}
	if typ.Dict != nil {
		visit(typ.Dict.Obj())
	}
	for _, b := range typ.Bases {
		visit(b.Obj())
	}
}

func typeClear(t *object.Thread, o *object.Object) { typeRelease(t, o, true) }

func typeDealloc(t *object.Thread, o *object.Object) { typeRelease(t, o, false) }

// typeRelease drops a heap type's dict and bases. A type cleared by the
// collector (keepUsable) gets an empty dict, since its instances may
// still look attributes up until they are cleared too.
func typeRelease(t *object.Thread, o *object.Object, keepUsable bool) {
	typ := object.AsType(o)
	if !typ.IsHeapType() {
		return
	}
	if d := typ.Dict; d != nil {
		typ.Dict = nil
		if keepUsable {
			typ.Dict = object.NewDict(t)
		}
		object.InvalidateTypeCache()
		t.Decref(d.Obj())
	}
	bases := typ.Bases
	typ.Bases = nil
	typ.MRO = []*object.Type{typ, object.ObjectType}
	for _, b := range bases {
		t.RemoveSubclass(b, typ)
		t.Decref(b.Obj())
	}
}

var buildClassFunc *object.Object

// instanceFreeList recycles Instance structs across all classes that use
// them.
var instanceFreeList = object.NewFreeList()

// buildClass is __build_class__(func, name, *bases, metaclass=None,
// **kwds): run the class body with a fresh namespace, then call the
// metaclass.
func buildClass(t *object.Thread, _ *object.Object, args []*object.Object, kwnames *object.Tuple) (*object.Object, error) {
	st := stateOf(t)
	nkw := 0
	if kwnames != nil {
		nkw = len(kwnames.Items)
	}
	npos := len(args) - nkw
	if npos < 2 || args[0].Type() != FunctionType || !object.IsStr(args[1]) {
		return nil, t.Errorf(object.TypeErrorType, "__build_class__: func and name are required")
	}
	body := object.Cast[Function](args[0])
	name := args[1]
	origBases := args[2:npos]
	bases, err := resolveMROEntries(t, origBases)
	if err != nil {
		return nil, err
	}
	defer func() {
		for _, b := range bases {
			t.Decref(b)
		}
	}()
	var meta *object.Object
	var kwNames []*object.Object
	var kwVals []*object.Object
	for i := 0; i < nkw; i++ {
		if object.StrValue(kwnames.Items[i]) == "metaclass" {
			meta = args[npos+i]
			continue
		}
		kwNames = append(kwNames, kwnames.Items[i])
		kwVals = append(kwVals, args[npos+i])
	}
	if meta == nil && len(bases) > 0 {
		// No metaclass given: the first base's type, as CPython.
		meta = bases[0].Type().Obj()
	}
	if meta == nil || object.IsType(meta) {
		if meta, err = winningMetaclass(t, meta, bases); err != nil {
			return nil, err
		}
	}
	ns, err := prepareNamespace(t, meta, name, bases, kwNames, kwVals)
	if err != nil {
		return nil, err
	}
	defer t.Decref(ns)
	cell, err := st.runClassBody(body, ns)
	if err != nil {
		return nil, err
	}
	defer t.Decref(cell) // the __class__ cell, or None
	if !sameObjects(bases, origBases) {
		orig := object.NewTupleRefs(t, origBases...)
		err := object.SetItem(t, ns, object.Intern("__orig_bases__").Obj(), orig.Obj())
		t.Decref(orig.Obj())
		if err != nil {
			return nil, err
		}
	}
	basesTuple := object.NewTupleRefs(t, bases...)
	defer t.Decref(basesTuple.Obj())
	callArgs := append([]*object.Object{name, basesTuple.Obj(), ns}, kwVals...)
	var kwt *object.Tuple
	if len(kwNames) > 0 {
		kwt = object.NewTupleRefs(t, kwNames...)
		defer t.Decref(kwt.Obj())
	}
	cls, err := object.Call(t, meta, callArgs, kwt)
	if err != nil {
		return nil, err
	}
	if cell.Type() == CellType && object.IsType(cls) {
		if err := checkClassCell(t, object.Cast[Cell](cell), name, cls); err != nil {
			t.Decref(cls)
			return nil, err
		}
	}
	return cls, nil
}

// checkClassCell reports a metaclass that did not pass the class body's
// __classcell__ on to type.__new__, or passed it to another class's.
func checkClassCell(t *object.Thread, cell *Cell, name, cls *object.Object) error {
	ref := cell.load(t)
	defer t.Close(ref)
	got := ref.Obj()
	if got == cls {
		return nil
	}
	nameRepr, err := object.ReprString(t, name)
	if err != nil {
		return err
	}
	clsRepr, err := object.ReprString(t, cls)
	if err != nil {
		return err
	}
	if got == nil {
		return t.Errorf(object.RuntimeErrorType, "__class__ not set defining %s as %s. Was __classcell__ propagated to type.__new__?", nameRepr, clsRepr)
	}
	gotRepr, err := object.ReprString(t, got)
	if err != nil {
		return err
	}
	return t.Errorf(object.TypeErrorType, "__class__ set to %s defining %s as %s", gotRepr, nameRepr, clsRepr)
}

// resolveMROEntries replaces each base that is not a class but has
// __mro_entries__ (typing's List[int], Generic[T]) by the classes it
// names (PEP 560). It returns new references.
func resolveMROEntries(t *object.Thread, bases []*object.Object) ([]*object.Object, error) {
	out := make([]*object.Object, 0, len(bases))
	fail := func(err error) ([]*object.Object, error) {
		for _, b := range out {
			t.Decref(b)
		}
		return nil, err
	}
	var orig *object.Tuple
	for _, b := range bases {
		if object.IsType(b) {
			out = append(out, t.NewRef(b))
			continue
		}
		// Looked up on the object itself, as CPython does: typing's
		// NamedTuple is a function with an __mro_entries__ attribute.
		m, err := object.GetAttr(t, b, strMROEntries)
		if err != nil {
			if !object.ErrorMatches(err, object.AttributeErrorType) {
				return fail(err)
			}
			t.DropError(err)
			out = append(out, t.NewRef(b))
			continue
		}
		if orig == nil {
			orig = object.NewTupleRefs(t, bases...)
			defer t.Decref(orig.Obj())
		}
		r, err := object.Call(t, m, []*object.Object{orig.Obj()}, nil)
		t.Decref(m)
		if err != nil {
			return fail(err)
		}
		if !object.IsTuple(r) {
			t.Decref(r)
			return fail(t.Errorf(object.TypeErrorType, "__mro_entries__ must return a tuple"))
		}
		for _, x := range object.AsTuple(r).Items {
			out = append(out, t.NewRef(x))
		}
		t.Decref(r)
	}
	return out, nil
}

// winningMetaclass picks the most derived of meta (nil: type) and the
// bases' metaclasses, as CPython's _PyType_CalculateMetaclass does.
func winningMetaclass(t *object.Thread, meta *object.Object, bases []*object.Object) (*object.Object, error) {
	winner := &object.TypeType
	if meta != nil {
		winner = object.AsType(meta)
	}
	for _, b := range bases {
		bt := b.Type()
		switch {
		case object.IsSubtype(winner, bt):
		case object.IsSubtype(bt, winner):
			winner = bt
		default:
			return nil, t.Errorf(object.TypeErrorType, "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases")
		}
	}
	return winner.Obj(), nil
}

// prepareNamespace returns the namespace a class body runs in: a new
// dict, or what the metaclass's __prepare__ returns, any mapping (the
// body's stores go through its __setitem__).
func prepareNamespace(t *object.Thread, meta, name *object.Object, bases, kwNames, kwVals []*object.Object) (*object.Object, error) {
	if !object.IsType(meta) || t.LookupType(object.AsType(meta), strPrepare) == nil {
		return object.NewDict(t).Obj(), nil
	}
	prep, err := object.GetAttr(t, meta, strPrepare)
	if err != nil {
		return nil, err
	}
	defer t.Decref(prep)
	basesTuple := object.NewTupleRefs(t, bases...)
	defer t.Decref(basesTuple.Obj())
	callArgs := append([]*object.Object{name, basesTuple.Obj()}, kwVals...)
	var kwt *object.Tuple
	if len(kwNames) > 0 {
		kwt = object.NewTupleRefs(t, kwNames...)
		defer t.Decref(kwt.Obj())
	}
	ns, err := object.Call(t, prep, callArgs, kwt)
	if err != nil {
		return nil, err
	}
	if ns.Type().GetItem == nil {
		name := ns.Type().Name
		t.Decref(ns)
		return nil, t.Errorf(object.TypeErrorType, "%s.__prepare__() must return a mapping, not %s", object.AsType(meta).Name, name)
	}
	return ns, nil
}

// sameObjects reports whether a and b hold the same objects in order.
func sameObjects(a, b []*object.Object) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// runClassBody runs a class body's code with ns as its locals.
func (st *State) runClassBody(body *Function, ns *object.Object) (*object.Object, error) {
	f := st.pushFrame(body.Code)
	f.fn = body
	f.globals = body.Globals
	f.builtins = body.Builtins
	f.locals = ns
	st.t.Incref(ns)
	st.initCells(body, f)
	st.t.Depth++
	r, err := st.run(f)
	st.t.Depth--
	return r, err
}

func init() {
	tt := &object.TypeType
	tt.Flags |= object.FlagGC | object.FlagBaseType | object.FlagCustomGetAttr
	tt.Call = typeCall
	tt.New = typeNew
	tt.GetAttr = typeGetAttr
	tt.SetAttr = typeSetAttr
	tt.Repr = typeRepr
	tt.Traverse = typeTraverse
	tt.Clear = typeClear
	tt.Dealloc = typeDealloc
	object.ObjectType.New = objectNew
	object.ObjectType.Init = objectInit
	object.ReadyType(tt, typeMethods, typeGetSets)
	object.ReadyType(object.ObjectType, append(objectMethods, objectReduceMethods...), objectGetSets)
	buildClassFunc = object.NewStaticBuiltin(&object.MethodDef{Name: "__build_class__", Fn: buildClass})
}
