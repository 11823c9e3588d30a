// This file defines bool, the int subclass whose only instances are the
// immortal True and False.

package object

// BoolType is bool.
var BoolType = NewStaticType(&Type{Name: "bool"})

var (
	trueInt  = Int{v: 1}
	falseInt = Int{v: 0}
	// True is Python's True.
	True = newStaticObject(&trueInt.Object, BoolType)
	// False is Python's False.
	False = newStaticObject(&falseInt.Object, BoolType)
)

// NewBool returns True or False.
func NewBool(b bool) *Object {
	if b {
		return True
	}
	return False
}
