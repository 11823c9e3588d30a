// This file defines Type, the type object, with the slots the refcount
// layer and the collector call.

package object

import "sync/atomic"

// TypeFlags describe what a type's instances support.
type TypeFlags uint32

const (
	// FlagGC marks a GC-capable type (CPython's Py_TPFLAGS_HAVE_GC): its
	// instances can be tracked, must implement Traverse, and only they can
	// use deferred reference counting.
	FlagGC TypeFlags = 1 << iota
	// FlagWeakrefable: weak references to instances may be created
	// (tp_weaklistoffset != 0 in CPython).
	FlagWeakrefable
	// FlagHeapType marks a type created at run time (a class statement),
	// as opposed to a static, immortal built-in type.
	FlagHeapType
	// FlagBaseType: the type may be subclassed (Py_TPFLAGS_BASETYPE).
	FlagBaseType
	// FlagCustomGetAttr: the type's GetAttr is not GenericGetAttr, so the
	// eval loop may not bypass it to bind methods.
	FlagCustomGetAttr
	// FlagSlots: a class (or one of its bases) declared __slots__.
	FlagSlots
	// FlagSequence and FlagMapping mark the built-in types a match
	// statement's sequence and mapping patterns accept (CPython's
	// Py_TPFLAGS_SEQUENCE and Py_TPFLAGS_MAPPING): list, tuple, range,
	// memoryview, deque, array; dict, mappingproxy.
	FlagSequence
	FlagMapping
	// FlagMatchSelf marks the built-in types whose class pattern takes
	// one positional sub-pattern matched against the subject itself
	// (int(x), str(s): Py_TPFLAGS_MATCH_SELF).
	FlagMatchSelf
	// FlagAbstract marks a class whose __abstractmethods__ is not empty
	// (Py_TPFLAGS_IS_ABSTRACT): object.__new__ refuses to instantiate it.
	FlagAbstract
)

// A Visitor is called by Traverse once for each reference an object holds.
type Visitor func(child *Object)

// Type is a type object. Built-in types are immortal package-level values;
// heap types (classes) are ordinary GC-capable, deferred objects.
//
// The slots follow CPython's names (in comments). A nil slot means "not
// supported". Calling conventions, used by every slot and by the generic
// operations in abstract.go:
//   - arguments are borrowed references;
//   - a returned *Object is a new reference;
//   - a returned non-nil error is an *Exception whose one reference passes
//     to the caller (see exception.go).
type Type struct {
	Object
	Name  string
	Flags TypeFlags
	Doc   string
	// Module is a static type's __module__ when it is not builtins
	// ("weakref" for weakref.ReferenceType); readying puts it in Dict.
	Module string

	// Base is the first base (tp_base); MRO is the method resolution
	// order, starting with the type itself. Both hold borrowed
	// references: a type keeps its bases alive through Bases.
	Base  *Type
	Bases []*Type
	MRO   []*Type
	// Dict holds the type's attributes (tp_dict): methods, descriptors,
	// class variables. Owned.
	Dict *Dict

	// Dealloc (tp_dealloc) releases the references o holds, when its count
	// reached zero or the collector freed it. It must not free o itself:
	// the runtime poisons or recycles the header afterwards.
	Dealloc func(t *Thread, o *Object)
	// Traverse (tp_traverse) calls visit for every reference o holds that
	// could be part of a cycle. Required when FlagGC is set.
	Traverse func(o *Object, visit Visitor)
	// Clear (tp_clear) drops the references o holds, to break a cycle the
	// collector found. o stays a valid object afterwards.
	Clear func(t *Thread, o *Object)
	// Finalize (tp_finalize, Python's __del__) runs at most once per
	// object, before dealloc or when the collector finds it unreachable.
	// It may resurrect o by storing a new reference to it.
	Finalize func(t *Thread, o *Object)
	// Del is the legacy tp_del: unreachable objects with it are not freed
	// but moved to gc.garbage.
	Del func(t *Thread, o *Object)

	// New (tp_new) creates an instance; Init (tp_init) initialises it.
	// Both take positional arguments followed by keyword values, whose
	// names are in kwnames (nil when there are none), like Call.
	New  func(t *Thread, typ *Type, args []*Object, kwnames *Tuple) (*Object, error)
	Init func(t *Thread, self *Object, args []*Object, kwnames *Tuple) error
	// Call (tp_call, vectorcall): positional arguments, then the values
	// of keyword arguments whose names are in kwnames.
	Call func(t *Thread, self *Object, args []*Object, kwnames *Tuple) (*Object, error)

	Repr func(t *Thread, o *Object) (*Object, error) // tp_repr: returns a str
	Str  func(t *Thread, o *Object) (*Object, error) // tp_str: returns a str
	Hash func(t *Thread, o *Object) (int64, error)   // tp_hash
	// Compare (tp_richcompare) may return NotImplemented.
	Compare func(t *Thread, a, b *Object, op CompareOp) (*Object, error)
	Bool    func(t *Thread, o *Object) (bool, error) // nb_bool

	GetAttr  func(t *Thread, o *Object, name *Str) (*Object, error) // tp_getattro
	SetAttr  func(t *Thread, o *Object, name *Str, v *Object) error // tp_setattro; v nil deletes
	DescrGet func(t *Thread, d, obj *Object, typ *Type) (*Object, error)
	DescrSet func(t *Thread, d, obj, v *Object) error // v nil deletes

	// DictPtr returns where an instance keeps its attribute dict
	// (tp_dictoffset), or is nil for types whose instances have none.
	DictPtr func(o *Object) **Dict

	// SubclassDict lets Python classes derive from a type defined in Go
	// outside this package (with FlagBaseType): it returns where an
	// instance keeps the attribute dict a subclass instance needs, in a
	// field the type's struct reserves for it. The type's New must
	// initialise the object with the type it is passed.
	SubclassDict func(o *Object) **Dict

	Iter func(t *Thread, o *Object) (*Object, error)
	// Next (tp_iternext) returns nil, nil when the iterator is exhausted,
	// without creating a StopIteration.
	Next func(t *Thread, o *Object) (*Object, error)

	Len      func(t *Thread, o *Object) (int, error)          // sq_length / mp_length
	GetItem  func(t *Thread, o, key *Object) (*Object, error) // mp_subscript
	SetItem  func(t *Thread, o, key, v *Object) error         // mp_ass_subscript; v nil deletes
	Contains func(t *Thread, o, v *Object) (bool, error)      // sq_contains
	Number   *NumberMethods                                   // tp_as_number
	// Concat (sq_concat) and Repeat (sq_repeat) are a sequence's + and *.
	// BinaryOperation tries them only after both operands' number slots
	// returned NotImplemented, as CPython does, so that the other
	// operand's __radd__ or __rmul__ gets its chance first.
	Concat func(t *Thread, a, b *Object) (*Object, error)
	Repeat func(t *Thread, seq *Object, n int64) (*Object, error)
	// GetBuffer (bf_getbuffer) exports the object's memory (buffer.go).
	// Classes find it on their bases (bufferSlot) rather than copying it.
	GetBuffer func(t *Thread, o *Object, flags BufferFlags) (*Buffer, error)

	// freeList is the index of the type's per-thread free list, 0 for
	// none (freelist.go).
	freeList int
	// leafFree: a static, non-GC type with a free list and no finalizer
	// or dealloc (int, float), freed straight to its list.
	leafFree bool

	// uniqueID is a heap type's per-thread refcount id: instances count
	// their reference to their type in per-thread arrays (uniqueid.go).
	uniqueID int32

	// subclasses lists the direct subclasses weakly (tp_subclasses,
	// typesubclasses.go).
	subclasses subclassList

	// live counts instances not yet freed, in debug mode (debug.go).
	live atomic.Int64
}

// NumberMethods are the arithmetic slots (tp_as_number). A binary slot
// receives the operands in source order, whichever of them has the type
// that provides the slot, and returns NotImplemented for operand types it
// does not handle (CPython's nb_add convention).
type NumberMethods struct {
	Add, Sub, Mul, MatMul, TrueDiv, FloorDiv, Mod, Pow,
	LShift, RShift, And, Or, Xor func(t *Thread, a, b *Object) (*Object, error)
	// DivMod is divmod(a, b); Pow3 is the three-argument pow(a, b, m).
	DivMod func(t *Thread, a, b *Object) (*Object, error)
	Pow3   func(t *Thread, a, b, m *Object) (*Object, error)
	// In-place variants (a += b) for mutable types; when nil, the binary
	// slot is used and the name rebound, as in CPython.
	InplaceAdd, InplaceMul, InplaceOr, InplaceAnd, InplaceXor, InplaceSub func(t *Thread, a, b *Object) (*Object, error)
	InplaceMatMul, InplaceTrueDiv, InplaceFloorDiv, InplaceMod, InplacePow,
	InplaceLShift, InplaceRShift func(t *Thread, a, b *Object) (*Object, error)
	Neg, Pos, Abs, Invert func(t *Thread, a *Object) (*Object, error)
	// Index (nb_index) converts to an int losslessly; Int and Float are
	// int() and float() conversions.
	Index, Int, Float func(t *Thread, a *Object) (*Object, error)
}

// CompareOp is a rich comparison operator, numbered as CPython's Py_LT...
type CompareOp int

const (
	LT CompareOp = iota
	LE
	EQ
	NE
	GT
	GE
)

// Reflected returns the operator to try with the operands swapped.
func (op CompareOp) Reflected() CompareOp {
	return [...]CompareOp{GT, GE, EQ, NE, LT, LE}[op]
}

// Symbol returns the operator's Python spelling.
func (op CompareOp) Symbol() string {
	return [...]string{"<", "<=", "==", "!=", ">", ">="}[op]
}

// IsHeapType reports whether typ was created at run time (a class).
func (typ *Type) IsHeapType() bool { return typ.Flags&FlagHeapType != 0 }

// InitHeapType prepares a type object created at run time: it is owned
// by t, GC-tracked, deferred, and given a unique id so that its instances
// count their references to it per thread. The caller fills in the rest
// and calls Track.
func (t *Thread) InitHeapType(typ *Type, meta *Type) {
	t.Init(&typ.Object, meta)
	typ.Flags |= FlagHeapType | FlagGC
	t.AssignUniqueID(&typ.Object, &typ.uniqueID)
}

// IsGC reports whether the type's instances are GC-capable.
func (typ *Type) IsGC() bool { return typ.Flags&FlagGC != 0 }

// Live returns the number of instances allocated and not yet freed. It is
// maintained only in debug mode (Config.Debug) and returns 0 otherwise.
func (typ *Type) Live() int64 { return typ.live.Load() }

// TypeType is the type of type objects.
var TypeType = Type{Name: "type", Flags: FlagWeakrefable}

// NewStaticType returns a built-in type: immortal, like CPython's static
// types. Call it at package initialisation; ReadyType completes it.
func NewStaticType(typ *Type) *Type {
	typ.typ = &TypeType
	makeImmortal(&typ.Object)
	registerStaticType(typ)
	return typ
}

func init() {
	NewStaticType(&TypeType)
}
