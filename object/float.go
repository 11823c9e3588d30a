// This file defines float, Python's IEEE double. Arithmetic lives in
// float_ops.go.

package object

import "math"

// Float is a float object.
type Float struct {
	Object
	v float64
}

// FloatType is float.
var FloatType = NewStaticType(&Type{Name: "float"})

// NewFloat returns a float with value v.
func NewFloat(t *Thread, v float64) *Object {
	var f *Float
	if o := t.Reuse(FloatType); o != nil {
		f = Cast[Float](o)
		f.v = v
	} else {
		f = &Float{v: v}
	}
	t.Init(&f.Object, FloatType)
	return &f.Object
}

func init() {
	EnableFreeList(IntType)
	EnableFreeList(FloatType)
}

// IsFloat reports whether o is a float.
func IsFloat(o *Object) bool { return o.typ == FloatType || IsSubtype(o.typ, FloatType) }

// FloatValue returns the value of a float object.
func FloatValue(o *Object) float64 { return Cast[Float](o).v }

// floatHash is CPython's hash of a float: integral values hash like the
// equal int, others by reducing the mantissa modulo 2**61 - 1.
func floatHash(v float64) int64 {
	switch {
	case math.IsInf(v, 1):
		return 314159
	case math.IsInf(v, -1):
		return -314159
	case math.IsNaN(v):
		return 0
	}
	m, e := math.Frexp(v)
	sign := int64(1)
	if m < 0 {
		sign = -1
		m = -m
	}
	var x uint64
	for m != 0 {
		x = (x<<28)&hashModulus | x>>(61-28)
		m *= 268435456.0 // 2**28
		e -= 28
		y := uint64(m)
		m -= float64(y)
		x += y
		if x >= hashModulus {
			x -= hashModulus
		}
	}
	if e >= 0 {
		e %= 61
	} else {
		e = 61 - 1 - ((-1 - e) % 61)
	}
	x = (x<<uint(e))&hashModulus | x>>(61-uint(e))
	h := int64(x) * sign
	if h == -1 {
		h = -2
	}
	return h
}
