// This file implements float.__getformat__, the class method through
// which the test suite asks how C doubles and floats are stored. Go's
// float64 and float32 are IEEE 754 binary64 and binary32 in the
// machine's byte order, so the answer is "IEEE" and that order. 3.11 has
// no float.__setformat__ (it was removed): neither does ftpy.

package object

import "unsafe"

// floatByteOrder is "little-endian" or "big-endian": the machine's.
var floatByteOrder = func() string {
	x := uint16(1)
	if *(*byte)(unsafe.Pointer(&x)) == 1 {
		return "little-endian"
	}
	return "big-endian"
}()

// floatGetFormat is float.__getformat__(typestr).
func floatGetFormat(t *Thread, cls *Object, args []*Object, kwnames *Tuple) (*Object, error) {
	if err := CheckArgCount(t, "float.__getformat__", args, kwnames, 1, 1); err != nil {
		return nil, err
	}
	if !IsStr(args[0]) {
		return nil, t.Errorf(TypeErrorType, "__getformat__() argument must be str, not %s", args[0].typ.Name)
	}
	switch StrValue(args[0]) {
	case "double", "float":
		return NewStr(t, "IEEE, "+floatByteOrder), nil
	}
	return nil, t.Errorf(ValueErrorType, "__getformat__() argument 1 must be 'double' or 'float'")
}
