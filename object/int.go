// This file defines int: an int64 fast path, arbitrary precision beyond
// it, and the immortal small ints -5..256. Arithmetic lives in
// int_ops.go.

package object

import (
	"math/big"
)

// Int is an int object. Exactly one representation is used: big is nil
// when the value fits in an int64 (v), and non-nil otherwise.
type Int struct {
	Object
	v   int64
	big *big.Int
}

// IntType is int.
var IntType = NewStaticType(&Type{Name: "int"})

const (
	smallIntMin = -5
	smallIntMax = 256
)

var smallInts [smallIntMax - smallIntMin + 1]Int

func init() {
	for i := range smallInts {
		smallInts[i].v = int64(i + smallIntMin)
		newStaticObject(&smallInts[i].Object, IntType)
	}
}

// NewInt returns an int with value v; -5..256 are immortal singletons.
func NewInt(t *Thread, v int64) *Object {
	if v >= smallIntMin && v <= smallIntMax {
		return &smallInts[v-smallIntMin].Object
	}
	var i *Int
	if o := t.Reuse(IntType); o != nil {
		i = Cast[Int](o)
		i.v, i.big = v, nil
	} else {
		i = &Int{v: v}
	}
	t.Init(&i.Object, IntType)
	return &i.Object
}

// NewIntBig returns an int with value v, which it takes over.
func NewIntBig(t *Thread, v *big.Int) *Object {
	if v.IsInt64() {
		return NewInt(t, v.Int64())
	}
	i := &Int{big: v}
	t.Init(&i.Object, IntType)
	return &i.Object
}

// SmallInt returns the immortal int v, which must be in -5..256.
func SmallInt(v int64) *Object { return &smallInts[v-smallIntMin].Object }

// IsInt reports whether o is an int (bool included).
func IsInt(o *Object) bool { return o.typ == IntType || o.typ == BoolType || IsSubtype(o.typ, IntType) }

// AsInt returns o as an *Int; o must be an int.
func AsInt(o *Object) *Int { return Cast[Int](o) }

// Int64 returns the value and whether it fits in an int64.
func (i *Int) Int64() (int64, bool) { return i.v, i.big == nil }

// Big returns the value as a new big.Int.
func (i *Int) Big() *big.Int {
	if i.big != nil {
		return new(big.Int).Set(i.big)
	}
	return big.NewInt(i.v)
}

// Sign returns -1, 0 or 1.
func (i *Int) Sign() int {
	if i.big != nil {
		return i.big.Sign()
	}
	switch {
	case i.v < 0:
		return -1
	case i.v > 0:
		return 1
	}
	return 0
}

// String returns the decimal representation.
func (i *Int) String() string {
	if i.big != nil {
		return i.big.String()
	}
	return itoa(i.v)
}

func itoa(v int64) string {
	var buf [20]byte
	n := len(buf)
	u := uint64(v)
	if v < 0 {
		u = uint64(-v)
	}
	for u >= 10 {
		n--
		buf[n] = byte('0' + u%10)
		u /= 10
	}
	n--
	buf[n] = byte('0' + u)
	if v < 0 {
		return "-" + string(buf[n:])
	}
	return string(buf[n:])
}

// hashModulus is CPython's _PyHASH_MODULUS, 2**61 - 1: numeric hashes
// agree across int, float and bool.
const hashModulus = 1<<61 - 1

// Hash returns Python's hash of the int.
func (i *Int) Hash() int64 {
	var h int64
	if i.big == nil {
		v := i.v
		neg := v < 0
		u := uint64(v)
		if neg {
			u = uint64(-v)
		}
		h = int64(u % hashModulus)
		if neg {
			h = -h
		}
	} else {
		m := new(big.Int).Mod(new(big.Int).Abs(i.big), big.NewInt(hashModulus))
		h = m.Int64()
		if i.big.Sign() < 0 {
			h = -h
		}
	}
	if h == -1 {
		h = -2
	}
	return h
}
