// This file holds the package's unsafe conversions: from an *Object
// header to the concrete struct that embeds it, and the tagging of stack
// refs.

package object

import "unsafe"

// Cast converts a header pointer to the concrete type that embeds it.
//
// T must embed Object as its first field, and o must have been allocated as
// a T (its Type says so): the conversion is then a no-op, because the
// header and the struct start at the same address. Calling Cast with any
// other T is undefined behaviour, exactly like a wrong C cast of a
// PyObject*; type checks belong to the caller (o.Type() == &MyType).
func Cast[T any](o *Object) *T {
	return (*T)(unsafe.Pointer(o))
}

// tagUncounted returns o's address with the low bit set. Headers are
// 8-byte aligned and 32 bytes long, so the result still points inside the
// object: Go's collector treats it as an interior pointer.
func tagUncounted(o *Object) unsafe.Pointer {
	return unsafe.Add(unsafe.Pointer(o), refUncounted)
}

// untag clears the tag bit of a stack ref's word.
func untag(p unsafe.Pointer) *Object {
	return (*Object)(unsafe.Pointer(uintptr(p) &^ refUncounted))
}

// Pointer returns o's address, for id() and default hashes.
func Pointer(o *Object) unsafe.Pointer { return unsafe.Pointer(o) }
