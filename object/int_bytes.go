// This file implements int.to_bytes and int.from_bytes.

package object

import "math/big"

// byteOrderArg resolves to_bytes/from_bytes' byteorder ("big" when nil):
// it reports whether the order is little-endian.
func byteOrderArg(t *Thread, fname string, o *Object) (bool, error) {
	if o == nil {
		return false, nil
	}
	if !IsStr(o) {
		return false, t.Errorf(TypeErrorType, "%s() argument 'byteorder' must be str, not %s", fname, o.typ.Name)
	}
	switch StrValue(o) {
	case "big":
		return false, nil
	case "little":
		return true, nil
	}
	return false, t.Errorf(ValueErrorType, "byteorder must be either 'little' or 'big'")
}

func signedArg(t *Thread, o *Object) (bool, error) {
	if o == nil {
		return false, nil
	}
	return IsTrue(t, o)
}

func reverseBytes(b []byte) {
	for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
		b[i], b[j] = b[j], b[i]
	}
}

// intToBytes is int.to_bytes(length=1, byteorder='big', *, signed=False).
func intToBytes(t *Thread, self *Object, args []*Object, kwnames *Tuple) (*Object, error) {
	var lengthArg, orderArg, signedObj *Object
	if err := ParseArgs(t, "to_bytes", args, kwnames, []string{"length", "byteorder", "$signed"}, 0, &lengthArg, &orderArg, &signedObj); err != nil {
		return nil, err
	}
	length := int64(1)
	if lengthArg != nil {
		n, err := AsInt64(t, lengthArg)
		if err != nil {
			return nil, err
		}
		length = n
	}
	if length < 0 {
		return nil, t.Errorf(ValueErrorType, "length argument must be non-negative")
	}
	little, err := byteOrderArg(t, "to_bytes", orderArg)
	if err != nil {
		return nil, err
	}
	signed, err := signedArg(t, signedObj)
	if err != nil {
		return nil, err
	}
	if err := t.CheckAlloc(length); err != nil {
		return nil, err
	}
	v := bigOf(Cast[Int](self))
	if v.Sign() < 0 && !signed {
		return nil, t.Errorf(OverflowErrorType, "can't convert negative int to unsigned")
	}
	// The value must fit in 8*length bits (one fewer when signed).
	bits := v.BitLen()
	if signed && v.Sign() < 0 {
		// -2**(k-1) fits in k bits: count the bits of -v-1 instead.
		bits = new(big.Int).Not(v).BitLen()
	}
	if signed {
		bits++
	}
	if int64(bits) > 8*length {
		return nil, t.Errorf(OverflowErrorType, "int too big to convert")
	}
	u := v
	if v.Sign() < 0 {
		// Two's complement: 2**(8*length) + v.
		u = new(big.Int).Lsh(big.NewInt(1), uint(8*length))
		u.Add(u, v)
	}
	b := make([]byte, length)
	u.FillBytes(b)
	if little {
		reverseBytes(b)
	}
	return newBytesOwned(t, b), nil
}

// intFromBytes is the class method int.from_bytes(bytes,
// byteorder='big', *, signed=False).
func intFromBytesMethod(t *Thread, cls *Object, args []*Object, kwnames *Tuple) (*Object, error) {
	var src, orderArg, signedObj *Object
	if err := ParseArgs(t, "from_bytes", args, kwnames, []string{"bytes", "byteorder", "$signed"}, 1, &src, &orderArg, &signedObj); err != nil {
		return nil, err
	}
	little, err := byteOrderArg(t, "from_bytes", orderArg)
	if err != nil {
		return nil, err
	}
	signed, err := signedArg(t, signedObj)
	if err != nil {
		return nil, err
	}
	var b []byte
	switch {
	case IsBytes(src):
		b = BytesValue(src)
	case IsInt(src) || IsStr(src):
		return nil, t.Errorf(TypeErrorType, "cannot convert '%s' object to bytes", src.typ.Name)
	default:
		o, err := BytesType.New(t, BytesType, []*Object{src}, nil)
		if err != nil {
			return nil, err
		}
		b = BytesValue(o)
		t.Decref(o)
	}
	if little {
		reverseBytes(b)
	}
	v := new(big.Int).SetBytes(b)
	if signed && len(b) > 0 && b[0]&0x80 != 0 {
		v.Sub(v, new(big.Int).Lsh(big.NewInt(1), uint(8*len(b))))
	}
	r := NewIntBig(t, v)
	if cls == IntType.Obj() {
		return r, nil
	}
	// A subclass: cls(value), as CPython does.
	res, err := Call(t, cls, []*Object{r}, nil)
	t.Decref(r)
	return res, err
}
