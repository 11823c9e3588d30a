// This file defines complex, a pair of IEEE doubles: the object, its
// free list, hash and repr. Arithmetic, construction and formatting live
// in complex_ops.go.

package object

import "math"

// Complex is a complex object.
type Complex struct {
	Object
	re, im float64
}

// ComplexType is complex.
var ComplexType = NewStaticType(&Type{Name: "complex"})

func init() { EnableFreeList(ComplexType) }

// NewComplex returns a complex with parts re and im.
func NewComplex(t *Thread, re, im float64) *Object {
	var c *Complex
	if o := t.Reuse(ComplexType); o != nil {
		c = Cast[Complex](o)
		c.re, c.im = re, im
	} else {
		c = &Complex{re: re, im: im}
	}
	t.Init(&c.Object, ComplexType)
	return &c.Object
}

// IsComplex reports whether o is a complex (or an instance of a subclass).
func IsComplex(o *Object) bool { return o.typ == ComplexType || IsSubtype(o.typ, ComplexType) }

// ComplexParts returns the real and imaginary parts of a complex object.
func ComplexParts(o *Object) (re, im float64) {
	c := Cast[Complex](o)
	return c.re, c.im
}

// hashImag is CPython's _PyHASH_IMAG: the multiplier of the imaginary
// part's hash, so that hash(x+0j) == hash(x).
const hashImag = 1000003

func complexHash(t *Thread, o *Object) (int64, error) {
	c := Cast[Complex](o)
	part := func(v float64) int64 {
		if v != v {
			// A NaN part hashes by identity, as a NaN float does.
			h, _ := objectHash(t, o)
			return h
		}
		return floatHash(v)
	}
	// Unsigned arithmetic wraps, as CPython's Py_uhash_t does.
	h := int64(uint64(part(c.re)) + hashImag*uint64(part(c.im)))
	if h == -1 {
		h = -2
	}
	return h, nil
}

// complexRepr is repr(z).
func complexRepr(t *Thread, o *Object) (*Object, error) {
	return NewStr(t, ComplexAsString(o)), nil
}

// ComplexAsString returns repr(z) for a complex: "(re+imj)", or "imj"
// alone when the real part is +0; each part in its shortest round-trip
// form without a ".0".
func ComplexAsString(o *Object) string {
	c := Cast[Complex](o)
	var buf [64]byte
	b := buf[:0]
	if c.re == 0 && !math.Signbit(c.re) {
		b = appendComplexPart(b, c.im, false)
		b = append(b, 'j')
	} else {
		b = append(b, '(')
		b = appendComplexPart(b, c.re, false)
		b = appendComplexPart(b, c.im, true)
		b = append(b, 'j', ')')
	}
	return string(b)
}

// appendComplexPart appends v as repr shows a part of a complex: like
// float's repr without the ".0" of integral values; plus forces a sign.
// A NaN shows no sign, as in CPython.
func appendComplexPart(dst []byte, v float64, plus bool) []byte {
	switch {
	case v != v:
		if plus {
			dst = append(dst, '+')
		}
		return append(dst, "nan"...)
	case math.Signbit(v):
		dst = append(dst, '-')
		v = -v
	case plus:
		dst = append(dst, '+')
	}
	if math.IsInf(v, 0) {
		return append(dst, "inf"...)
	}
	return appendFloatMode(dst, v, 'r', 0, false, false)
}
