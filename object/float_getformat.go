package object

import "encoding/binary"

// floatGetFormat is the class method float.__getformat__(typestr): it tells
// test.support and struct-heavy code how C doubles and floats are laid out.
// Go's float32/float64 are IEEE 754 on every supported platform; only the
// byte order varies.
func floatGetFormat(t *Thread, cls *Object, args []*Object, kwnames *Tuple) (*Object, error) {
	if err := CheckArgCount(t, "__getformat__", args, kwnames, 1, 1); err != nil {
		return nil, err
	}
	if !IsStr(args[0]) {
		return nil, t.Errorf(TypeErrorType, "__getformat__() argument must be str, not %s", argTypeName(args[0]))
	}
	switch StrValue(args[0]) {
	case "double", "float":
	default:
		return nil, t.Errorf(ValueErrorType, "__getformat__() argument 1 must be 'double' or 'float'")
	}
	var probe [2]byte
	binary.NativeEndian.PutUint16(probe[:], 1)
	if probe[0] == 1 {
		return NewStr(t, "IEEE, little-endian"), nil
	}
	return NewStr(t, "IEEE, big-endian"), nil
}
