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
)

// A Visitor is called by Traverse once for each reference an object holds.
type Visitor func(child *Object)

// Type is a type object. Built-in types are immortal package-level values;
// heap types (classes) are ordinary GC-capable, deferred objects.
//
// The slots follow CPython's names. A nil slot means "nothing to do".
type Type struct {
	Object
	Name  string
	Flags TypeFlags

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
	// Call (tp_call) calls the object. It returns a new reference. The
	// collector uses it for weak reference callbacks.
	Call func(t *Thread, self *Object, args []*Object) (*Object, error)

	// live counts instances not yet freed, in debug mode (debug.go).
	live atomic.Int64
}

// IsGC reports whether the type's instances are GC-capable.
func (typ *Type) IsGC() bool { return typ.Flags&FlagGC != 0 }

// Live returns the number of instances allocated and not yet freed. It is
// maintained only in debug mode (Config.Debug) and returns 0 otherwise.
func (typ *Type) Live() int64 { return typ.live.Load() }

// TypeType is the type of type objects.
var TypeType = Type{Name: "type", Flags: FlagWeakrefable}

// NewStaticType returns a built-in type: immortal, like CPython's static
// types. Call it at package initialisation.
func NewStaticType(typ *Type) *Type {
	typ.typ = &TypeType
	makeImmortal(&typ.Object)
	return typ
}

func init() {
	NewStaticType(&TypeType)
}
