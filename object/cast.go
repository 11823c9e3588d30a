// This file holds the one unsafe conversion of the package: from an
// *Object header to the concrete struct that embeds it.

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
