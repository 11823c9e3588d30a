// This file implements the type machinery shared by built-in and heap
// types: object (the root type), readying a static type (its MRO and
// attribute dict), subtype checks, and attribute lookup along the MRO.

package object

import (
	"fmt"
	"sync"
	"sync/atomic"
	"unsafe"
)

// ObjectType is object, the root of every type's MRO.
var ObjectType = NewStaticType(&Type{Name: "object", Flags: FlagBaseType,
	Doc: "The base class of the class hierarchy."})

// IsSubtype reports whether a is b or inherits from it.
func IsSubtype(a, b *Type) bool {
	if a == b {
		return true
	}
	if a.MRO != nil {
		for _, m := range a.MRO {
			if m == b {
				return true
			}
		}
		return false
	}
	for x := a.Base; x != nil; x = x.Base {
		if x == b {
			return true
		}
	}
	return b == ObjectType
}

// IsInstance reports whether o is an instance of typ (exactly, or of a
// subclass).
func IsInstance(o *Object, typ *Type) bool { return IsSubtype(o.typ, typ) }

// TypeOf returns o's type as an object (a borrowed reference).
func TypeOf(o *Object) *Object { return &o.typ.Object }

// AsType returns o as a *Type; o must be a type.
func AsType(o *Object) *Type { return Cast[Type](o) }

// IsType reports whether o is a type object.
func IsType(o *Object) bool { return IsSubtype(o.typ, &TypeType) }

// Obj returns the object header.
func (typ *Type) Obj() *Object { return &typ.Object }

// ReadyType registers a static type's methods and attributes. Call it
// from init functions, in any order: the types are completed (bases
// defaulted to object, MRO computed, slots inherited, dicts filled) when
// the first thread is created, once every init function has set the
// slots it defines.
func ReadyType(typ *Type, methods []MethodDef, getsets []GetSetDef) {
	pendingTypes.mu.Lock()
	done := pendingTypes.finished
	if !done {
		pendingTypes.list = append(pendingTypes.list, pendingType{typ, methods, getsets})
	}
	pendingTypes.mu.Unlock()
	if done {
		readyLate(typ, methods, getsets)
	}
}

// readyLate completes a static type created after the others were
// finished. It is a variable set by init, not a direct call, because
// static types are created in package-level initialisers and a direct
// call would make each of them depend on the whole dict implementation.
var readyLate func(typ *Type, methods []MethodDef, getsets []GetSetDef)

func init() {
	readyLate = func(typ *Type, methods []MethodDef, getsets []GetSetDef) {
		addMethods(typ, methods, getsets)
		readyStatic(typ)
	}
}

// addMethods puts a static type's method and attribute descriptors in
// its dict.
func addMethods(typ *Type, methods []MethodDef, getsets []GetSetDef) {
	if typ.Dict == nil {
		typ.Dict = newStaticDict()
	}
	for i := range methods {
		d := &methods[i]
		typ.Dict.SetStr(nil, Intern(d.Name), newMethodDescr(typ, d))
	}
	for i := range getsets {
		g := &getsets[i]
		typ.Dict.SetStr(nil, Intern(g.Name), newGetSetDescr(typ, g))
	}
}

// registerStaticType queues a static type for completion, or completes
// it at once when the static types were already finished.
func registerStaticType(typ *Type) {
	pendingTypes.mu.Lock()
	done := pendingTypes.finished
	pendingTypes.all = append(pendingTypes.all, typ)
	if !done {
		pendingTypes.list = append(pendingTypes.list, pendingType{typ: typ})
	}
	pendingTypes.mu.Unlock()
	if done {
		readyLate(typ, nil, nil)
	}
}

type pendingType struct {
	typ     *Type
	methods []MethodDef
	getsets []GetSetDef
}

var pendingTypes struct {
	mu       sync.Mutex
	list     []pendingType
	all      []*Type // every static type, also those registered late
	once     sync.Once
	finished bool
}

// finishStaticTypes completes every registered static type. NewThread
// calls it once.
func finishStaticTypes() {
	pendingTypes.once.Do(func() {
		pendingTypes.mu.Lock()
		defer pendingTypes.mu.Unlock()
		readyObjectType()
		// Register the explicit methods first, so that generated slot
		// wrappers never replace them.
		for _, p := range pendingTypes.list {
			addMethods(p.typ, p.methods, p.getsets)
		}
		readyStatic(ObjectType)
		for _, p := range pendingTypes.list {
			readyStatic(p.typ)
		}
		pendingTypes.finished = true
	})
}

// readyStatic computes a static type's MRO along its single-inheritance
// chain and inherits its base's slots, readying the base first.
func readyStatic(typ *Type) {
	if typ.MRO != nil {
		return
	}
	if typ.Base == nil && typ != ObjectType {
		typ.Base = ObjectType
	}
	if len(typ.Bases) > 1 {
		// A static type with several bases (ExceptionGroup): Base is
		// the one whose layout it has, and the MRO is their C3 merge.
		for _, b := range typ.Bases {
			readyStatic(b)
		}
		typ.MRO = staticMRO(typ)
	} else if typ.Base != nil {
		readyStatic(typ.Base)
		typ.Bases = []*Type{typ.Base}
		typ.MRO = append([]*Type{typ}, typ.Base.MRO...)
	} else {
		typ.MRO = []*Type{typ}
	}
	if typ.Dict == nil {
		typ.Dict = newStaticDict()
	}
	if typ.Doc != "" {
		typ.Dict.SetStr(nil, Intern("__doc__"), NewStrStatic(typ.Doc))
	}
	if typ.Module != "" {
		typ.Dict.SetStr(nil, Intern("__module__"), NewStrStatic(typ.Module))
	}
	addSlotWrappers(typ)
	inheritSlots(typ)
	if typ.Hash == nil && typ.Dict.GetStr(Intern("__hash__")) == nil {
		// Unhashable (it compares but does not hash): __hash__ is None,
		// as CPython's PyObject_HashNotImplemented shows it.
		typ.Dict.SetStr(nil, Intern("__hash__"), None)
	}
	typ.leafFree = typ.Flags&(FlagGC|FlagHeapType) == 0 && typ.Finalize == nil &&
		typ.Dealloc == nil && typ.freeList != 0
}

// staticMRO is the C3 linearisation of a static type with several
// bases. The bases are written in this package, so an inconsistent
// order is a programming error.
func staticMRO(typ *Type) []*Type {
	seqs := [][]*Type{}
	for _, b := range typ.Bases {
		seqs = append(seqs, append([]*Type(nil), b.MRO...))
	}
	seqs = append(seqs, append([]*Type(nil), typ.Bases...))
	mro := []*Type{typ}
	for {
		var next *Type
		for _, seq := range seqs {
			if len(seq) == 0 || inTail(seqs, seq[0]) {
				continue
			}
			next = seq[0]
			break
		}
		if next == nil {
			for _, seq := range seqs {
				if len(seq) != 0 {
					panic("object: inconsistent bases for static type " + typ.Name)
				}
			}
			return mro
		}
		mro = append(mro, next)
		for i, seq := range seqs {
			if len(seq) != 0 && seq[0] == next {
				seqs[i] = seq[1:]
			}
		}
	}
}

// inTail reports whether typ appears after the head of one of seqs.
func inTail(seqs [][]*Type, typ *Type) bool {
	for _, seq := range seqs {
		for _, x := range seq[min(1, len(seq)):] {
			if x == typ {
				return true
			}
		}
	}
	return false
}

// inheritSlots copies the slots a type does not define from its base, as
// CPython's inherit_slots does for static types.
func inheritSlots(typ *Type) {
	b := typ.Base
	if b == nil {
		return
	}
	if typ.Repr == nil {
		typ.Repr = b.Repr
	}
	if typ.Str == nil {
		typ.Str = b.Str
	}
	if typ.Hash == nil && typ.Compare == nil {
		typ.Hash = b.Hash
	}
	if typ.Compare == nil {
		typ.Compare = b.Compare
	}
	if typ.Bool == nil {
		typ.Bool = b.Bool
	}
	if typ.GetAttr == nil {
		typ.GetAttr = b.GetAttr
	}
	if typ.SetAttr == nil {
		typ.SetAttr = b.SetAttr
	}
	if typ.DescrGet == nil {
		typ.DescrGet = b.DescrGet
	}
	if typ.DescrSet == nil {
		typ.DescrSet = b.DescrSet
	}
	if typ.Iter == nil {
		typ.Iter = b.Iter
	}
	if typ.Next == nil {
		typ.Next = b.Next
	}
	if typ.Len == nil {
		typ.Len = b.Len
	}
	if typ.GetItem == nil {
		typ.GetItem = b.GetItem
	}
	if typ.SetItem == nil {
		typ.SetItem = b.SetItem
	}
	if typ.Contains == nil {
		typ.Contains = b.Contains
	}
	if typ.Number == nil {
		typ.Number = b.Number
	}
	if typ.Concat == nil {
		typ.Concat = b.Concat
	}
	if typ.Repeat == nil {
		typ.Repeat = b.Repeat
	}
	if typ.GetBuffer == nil {
		typ.GetBuffer = b.GetBuffer
	}
	if typ.Call == nil {
		typ.Call = b.Call
	}
	if typ.New == nil {
		typ.New = b.New
	}
	if typ.Init == nil {
		typ.Init = b.Init
	}
	if typ.DictPtr == nil {
		typ.DictPtr = b.DictPtr
	}
}

// Lookup finds name along typ's MRO and returns it borrowed, or nil
// (_PyType_Lookup).
func (typ *Type) Lookup(name *Str) *Object {
	for _, m := range typ.MRO {
		if m.Dict != nil {
			if v := m.Dict.GetStr(name); v != nil {
				return v
			}
		}
	}
	return nil
}

// lookupRef is Lookup returning both the value, borrowed (nil if absent),
// and a stack ref to it taken from the dict that holds it.
func (typ *Type) lookupRef(t *Thread, name *Str) (*Object, StackRef) {
	for _, m := range typ.MRO {
		if m.Dict == nil {
			continue
		}
		if v := m.Dict.GetStrRef(t, name); v != nil {
			if v.loadBits()&bitDeferred == 0 && v.loadTid() != t.id {
				// Later lookups through the cache try an incref, which
				// would keep failing for an object no other thread
				// ever counted (TryIncRef).
				EnableTryIncRef(v)
			}
			return v, RefSteal(v)
		}
	}
	return nil, Null
}

// GenericGetAttr is object.__getattribute__: data descriptors on the type,
// then the instance dict, then other class attributes
// (PyObject_GenericGetAttr).
func GenericGetAttr(t *Thread, o *Object, name *Str) (*Object, error) {
	var d *Dict
	if o.typ.DictPtr != nil {
		d = LoadDict(o.typ.DictPtr(o))
	}
	return GenericGetAttrWithDict(t, o, name, d)
}

// GenericGetAttrWithDict is GenericGetAttr with d standing for the
// instance dict (_PyObject_GenericGetAttrWithDict): for objects whose
// attributes live elsewhere, such as a thread-local object's. The class
// attribute is held as a reference while it is used: another thread may
// replace it meanwhile.
func GenericGetAttrWithDict(t *Thread, o *Object, name *Str, d *Dict) (*Object, error) {
	return genericGetAttr(t, o, name, d, false)
}

// genericGetAttr is GenericGetAttrWithDict; missingOK makes it return
// (nil, nil) when o has no attribute name, rather than make the
// AttributeError.
func genericGetAttr(t *Thread, o *Object, name *Str, d *Dict, missingOK bool) (*Object, error) {
	if t == nil {
		// Set-up code that runs before any thread exists.
		return genericGetAttrRest(t, o, name, RefBorrow(o.typ.Lookup(name)), d, missingOK)
	}
	descr := t.LookupTypeRef(o.typ, name)
	if !descr.IsNull() {
		if dt := descr.Obj().typ; dt.DescrGet != nil && dt.DescrSet != nil {
			r, err := dt.DescrGet(t, descr.Obj(), o, o.typ)
			t.Close(descr)
			return r, err
		}
	}
	return genericGetAttrRest(t, o, name, descr, d, missingOK)
}

// genericGetAttrRest is GenericGetAttr after the data descriptors: the
// instance dict d (which may be nil), then the class attribute descr,
// whose ref it takes over.
func genericGetAttrRest(t *Thread, o *Object, name *Str, descr StackRef, d *Dict, missingOK bool) (*Object, error) {
	if d != nil {
		if v := d.GetStrRef(t, name); v != nil {
			t.Close(descr)
			return v, nil
		}
	}
	if !descr.IsNull() {
		return t.DescrGetRef(descr, o, o.typ)
	}
	if missingOK {
		return nil, nil
	}
	return nil, t.attributeError(o, name, true)
}

// sameGetAttr reports whether f and g are the same top-level function
// (Go compares func values only with nil): a func value points to a
// function's one descriptor. A false answer only costs a slower path.
func sameGetAttr(f, g func(*Thread, *Object, *Str) (*Object, error)) bool {
	return *(*unsafe.Pointer)(unsafe.Pointer(&f)) == *(*unsafe.Pointer)(unsafe.Pointer(&g))
}

// LookupAttr is GetAttr for callers to whom a missing attribute is an
// answer, such as hasattr() and getattr() with a default: it returns
// (nil, nil) when o has no attribute name. As CPython's
// _PyObject_LookupAttr, the generic lookup then makes no AttributeError
// at all (formatting its message is most of what a miss would cost);
// other lookups' AttributeErrors are dropped.
func LookupAttr(t *Thread, o *Object, name *Str) (*Object, error) {
	if f := o.typ.GetAttr; f == nil || sameGetAttr(f, GenericGetAttr) {
		var d *Dict
		if o.typ.DictPtr != nil {
			d = LoadDict(o.typ.DictPtr(o))
		}
		v, err := genericGetAttr(t, o, name, d, true)
		if err != nil && ErrorMatches(err, AttributeErrorType) {
			t.DropError(err) // from a descriptor
			return nil, nil
		}
		return v, err
	}
	v, err := o.typ.GetAttr(t, o, name)
	if err != nil && ErrorMatches(err, AttributeErrorType) {
		t.DropError(err)
		return nil, nil
	}
	return v, err
}

// DescrGetRef binds attr, a class attribute found for o (nil for an
// attribute read from the class itself) on typ, through its __get__ if it
// has one, and returns the result; it takes over the ref.
func (t *Thread) DescrGetRef(attr StackRef, o *Object, typ *Type) (*Object, error) {
	if get := attr.Obj().typ.DescrGet; get != nil {
		r, err := get(t, attr.Obj(), o, typ)
		t.Close(attr)
		return r, err
	}
	return t.AsSteal(attr), nil
}

// attributeError is the error for an attribute o lacks; a failed read
// (get) records the name and o on it, for the traceback's suggestions,
// as CPython's generic lookup does (a failed delete does not).
func (t *Thread) attributeError(o *Object, name *Str, get bool) error {
	format, what := "'%s' object has no attribute '%s'", o.typ.FullName()
	if IsType(o) {
		format, what = "type object '%s' has no attribute '%s'", AsType(o).Name
	}
	if get {
		return t.AttributeErrorf(o, name, format, what, name.s)
	}
	return t.Errorf(AttributeErrorType, format, what, name.s)
}

// GenericSetAttr is object.__setattr__ (PyObject_GenericSetAttr): a data
// descriptor on the type, else the instance dict. v nil deletes.
func GenericSetAttr(t *Thread, o *Object, name *Str, v *Object) error {
	typ := o.typ
	if done, err := t.setThroughDescr(o, name, v); done {
		return err
	}
	if typ.DictPtr == nil {
		if typ.Lookup(name) != nil {
			return t.Errorf(AttributeErrorType, "'%s' object attribute '%s' is read-only", typ.Name, name.s)
		}
		return t.Errorf(AttributeErrorType, "'%s' object has no attribute '%s'", typ.FullName(), name.s)
	}
	return setInDict(t, o, name, v, typ.DictPtr(o))
}

// GenericSetAttrWithDict is GenericSetAttr with *dp standing for the
// instance dict (created on first store), as GenericGetAttrWithDict.
func GenericSetAttrWithDict(t *Thread, o *Object, name *Str, v *Object, dp **Dict) error {
	if done, err := t.setThroughDescr(o, name, v); done {
		return err
	}
	return setInDict(t, o, name, v, dp)
}

// setThroughDescr stores (or, v nil, deletes) o.name through a data
// descriptor of o's type, and reports whether there was one.
func (t *Thread) setThroughDescr(o *Object, name *Str, v *Object) (bool, error) {
	descr := t.LookupTypeRef(o.typ, name)
	if descr.IsNull() {
		return false, nil
	}
	defer t.Close(descr)
	if set := descr.Obj().typ.DescrSet; set != nil {
		return true, set(t, descr.Obj(), o, v)
	}
	return false, nil
}

// setInDict stores v (or deletes name when v is nil) in *dp.
func setInDict(t *Thread, o *Object, name *Str, v *Object, dp **Dict) error {
	d := LoadDict(dp)
	if v == nil {
		if d != nil {
			if found, _ := d.DelItem(t, &name.Object); found {
				return nil
			}
		}
		return t.attributeError(o, name, false)
	}
	if d == nil {
		if installDict(t, dp, name, v) {
			return nil
		}
		d = LoadDict(dp)
	}
	d.SetStr(t, name, v)
	return nil
}

func objectRepr(t *Thread, o *Object) (*Object, error) {
	return NewStr(t, fmt.Sprintf("<%s object at %p>", qualifiedName(o.typ), o)), nil
}

// FullName is the type name CPython's error messages show (its
// tp_name): "collections.deque" for a type a Go module defines, the
// plain name for built-in types and for classes.
func (typ *Type) FullName() string {
	if typ.IsHeapType() || typ.Dict == nil {
		return typ.Name
	}
	if m := typ.Dict.GetStr(Intern("__module__")); m != nil && m.typ == StrType {
		if mod := StrValue(m); mod != "builtins" {
			return mod + "." + typ.Name
		}
	}
	return typ.Name
}

// qualifiedName is the name repr shows: "module.Name" for types outside
// builtins.
func qualifiedName(typ *Type) string {
	name := typ.Name
	if typ.Dict == nil {
		return name
	}
	if q := typ.Dict.GetStr(Intern("__qualname__")); q != nil && q.typ == StrType && typ.IsHeapType() {
		name = StrValue(q)
	}
	if m := typ.Dict.GetStr(Intern("__module__")); m != nil && m.typ == StrType {
		if mod := StrValue(m); mod != "builtins" {
			return mod + "." + name
		}
	}
	return name
}

func objectHash(t *Thread, o *Object) (int64, error) {
	return int64(uintptr(Pointer(o)) >> 4), nil
}

// readyObjectType fills object's slots, first of all.
func readyObjectType() {
	ObjectType.Repr = objectRepr
	ObjectType.Hash = objectHash
	ObjectType.GetAttr = GenericGetAttr
	ObjectType.SetAttr = GenericSetAttr
}

// LoadDict loads an instance-dict pointer, which another thread may be
// installing (installDict) at the same moment.
func LoadDict(dp **Dict) *Dict {
	return (*Dict)(atomic.LoadPointer((*unsafe.Pointer)(unsafe.Pointer(dp))))
}

// EnsureDict returns the instance dict in *dp, installing an empty one
// first if there is none (with installDict's compare-and-swap).
func EnsureDict(t *Thread, dp **Dict) *Dict {
	if d := LoadDict(dp); d != nil {
		return d
	}
	if d := NewDict(t); publishDict(t, dp, d) {
		return d
	}
	return LoadDict(dp)
}

// publishDict installs d, filled while private, as the instance dict in
// *dp if there is none yet, and reports whether it did; if another thread
// installed one first, d is dropped.
func publishDict(t *Thread, dp **Dict, d *Dict) bool {
	if atomic.CompareAndSwapPointer((*unsafe.Pointer)(unsafe.Pointer(dp)), nil, unsafe.Pointer(d)) {
		return true
	}
	t.Decref(d.Obj())
	return false
}

// ReplaceDict makes d (a new reference the object takes, or nil) the
// instance dict in *dp (obj.__dict__ = d, del obj.__dict__) and drops the
// old one. Readers use an
// instance dict without a reference (LoadDict, then a lookup), never
// across a safe point, so the swap happens with the world stopped: once
// it restarts, no thread can still be reading the old dict.
func (t *Thread) ReplaceDict(dp **Dict, d *Dict) {
	t.StopTheWorld()
	old := (*Dict)(atomic.SwapPointer((*unsafe.Pointer)(unsafe.Pointer(dp)), unsafe.Pointer(d)))
	t.StartTheWorld()
	if old != nil {
		t.Decref(old.Obj())
	}
}

// installDict gives an object its instance dict on the first attribute
// store, holding name: v, and reports whether it did. The dict is filled
// while still private (no lock), then published with a compare-and-swap;
// if another thread installed a dict first, installDict drops its own and
// the caller stores into the winner's.
func installDict(t *Thread, dp **Dict, name *Str, v *Object) bool {
	d := NewDict(t)
	_ = d.InitItem(t, &name.Object, v) // a str key cannot fail
	return publishDict(t, dp, d)
}
