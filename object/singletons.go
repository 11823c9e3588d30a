// This file defines the immortal singletons None, NotImplemented and
// Ellipsis, and the helper that builds immortal objects before any thread
// exists.

package object

// newStaticObject initialises o as an immortal object of type typ. It is
// used at package initialisation, where there is no thread yet.
func newStaticObject(o *Object, typ *Type) *Object {
	o.typ = typ
	makeImmortal(o)
	return o
}

var (
	// NoneType is type(None).
	NoneType = NewStaticType(&Type{Name: "NoneType",
		Repr: func(t *Thread, o *Object) (*Object, error) { return NewStrStatic("None"), nil },
		Bool: func(t *Thread, o *Object) (bool, error) { return false, nil },
	})
	// NotImplementedType is type(NotImplemented).
	NotImplementedType = NewStaticType(&Type{Name: "NotImplementedType",
		Repr: func(t *Thread, o *Object) (*Object, error) { return NewStrStatic("NotImplemented"), nil },
	})
	// EllipsisType is type(...).
	EllipsisType = NewStaticType(&Type{Name: "ellipsis",
		Repr: func(t *Thread, o *Object) (*Object, error) { return NewStrStatic("Ellipsis"), nil },
	})

	// None is Python's None.
	None = newStaticObject(&Object{}, NoneType)
	// NotImplemented is returned by binary slots for operand types they
	// do not handle.
	NotImplemented = newStaticObject(&Object{}, NotImplementedType)
	// Ellipsis is Python's ... .
	Ellipsis = newStaticObject(&Object{}, EllipsisType)
)
