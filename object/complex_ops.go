// This file implements complex's behaviour: arithmetic with ints, floats
// and complexes on either side (CPython's algorithms, so that results
// match bit for bit), comparison, and complex's methods and attributes.
// Construction is in complex_new.go and format() in complex_format.go.

package object

import "math"

var complexNumber = NumberMethods{
	Add:     complexAdd,
	Sub:     complexSub,
	Mul:     complexMul,
	TrueDiv: complexTrueDiv,
	Pow:     func(t *Thread, a, b *Object) (*Object, error) { return complexPow3(t, a, b, None) },
	Pow3:    complexPow3,
	Neg: func(t *Thread, a *Object) (*Object, error) {
		c := Cast[Complex](a)
		return NewComplex(t, -c.re, -c.im), nil
	},
	Pos: complexExact,
	Abs: func(t *Thread, a *Object) (*Object, error) {
		c := Cast[Complex](a)
		r, overflow := ComplexAbs(c.re, c.im)
		if overflow {
			return nil, t.Errorf(OverflowErrorType, "absolute value too large")
		}
		return NewFloat(t, r), nil
	},
}

func init() {
	ComplexType.Flags |= FlagBaseType
	ComplexType.Doc = "Create a complex number from a real part and an optional imaginary part.\n\n" +
		"This is equivalent to (real + imag*1j) where imag defaults to 0."
	ComplexType.Repr = complexRepr
	ComplexType.Hash = complexHash
	ComplexType.Bool = func(t *Thread, o *Object) (bool, error) {
		c := Cast[Complex](o)
		return c.re != 0 || c.im != 0, nil
	}
	ComplexType.Compare = complexCompare
	ComplexType.New = complexNew
	ComplexType.Number = &complexNumber
	method0 := func(name string, f func(t *Thread, o *Object) (*Object, error)) CFunc {
		qual := "complex." + name
		return func(t *Thread, self *Object, args []*Object, kwnames *Tuple) (*Object, error) {
			if err := CheckArgCount(t, qual, args, kwnames, 0, 0); err != nil {
				return nil, err
			}
			return f(t, self)
		}
	}
	ReadyType(ComplexType, []MethodDef{
		{Name: "conjugate", Fn: method0("conjugate", func(t *Thread, o *Object) (*Object, error) {
			c := Cast[Complex](o)
			return NewComplex(t, c.re, -c.im), nil
		}), Doc: "Return the complex conjugate of its argument. (3-4j).conjugate() == 3+4j."},
		{Name: "__complex__", Fn: method0("__complex__", complexExact), Doc: "Convert this value to exact type complex."},
		{Name: "__getnewargs__", Fn: method0("__getnewargs__", func(t *Thread, o *Object) (*Object, error) {
			c := Cast[Complex](o)
			return &NewTuple(t, []*Object{NewFloat(t, c.re), NewFloat(t, c.im)}).Object, nil
		})},
		{Name: "__format__", Fn: complexFormatMethod, Doc: "Convert to a string according to format_spec."},
	}, []GetSetDef{
		{Name: "real", Get: func(t *Thread, o *Object) (*Object, error) {
			return NewFloat(t, Cast[Complex](o).re), nil
		}, Doc: "the real part of a complex number"},
		{Name: "imag", Get: func(t *Thread, o *Object) (*Object, error) {
			return NewFloat(t, Cast[Complex](o).im), nil
		}, Doc: "the imaginary part of a complex number"},
	})
}

// complexExact returns a as an exact complex (a itself for a complex).
func complexExact(t *Thread, a *Object) (*Object, error) {
	if a.typ == ComplexType {
		return t.NewRef(a), nil
	}
	c := Cast[Complex](a)
	return NewComplex(t, c.re, c.im), nil
}

// complexOperand converts an operand of complex arithmetic: complexes,
// and ints and floats as the real part (OverflowError for an int too
// large). ok is false for other types, which get NotImplemented.
func complexOperand(t *Thread, o *Object) (re, im float64, ok bool, err error) {
	switch {
	case o.typ == ComplexType || IsComplex(o):
		c := Cast[Complex](o)
		return c.re, c.im, true, nil
	case o.typ == FloatType || IsFloat(o):
		return Cast[Float](o).v, 0, true, nil
	case IsInt(o):
		f, err := intToFloat(t, Cast[Int](o))
		return f, 0, true, err
	}
	return 0, 0, false, nil
}

// complexOperands converts both operands, the left first as CPython does.
func complexOperands(t *Thread, a, b *Object) (ar, ai, br, bi float64, ok bool, err error) {
	if ar, ai, ok, err = complexOperand(t, a); !ok || err != nil {
		return
	}
	br, bi, ok, err = complexOperand(t, b)
	return
}

func complexAdd(t *Thread, a, b *Object) (*Object, error) {
	ar, ai, br, bi, ok, err := complexOperands(t, a, b)
	if !ok || err != nil {
		return notImplementedOr(err)
	}
	return NewComplex(t, ar+br, ai+bi), nil
}

func complexSub(t *Thread, a, b *Object) (*Object, error) {
	ar, ai, br, bi, ok, err := complexOperands(t, a, b)
	if !ok || err != nil {
		return notImplementedOr(err)
	}
	return NewComplex(t, ar-br, ai-bi), nil
}

func complexMul(t *Thread, a, b *Object) (*Object, error) {
	ar, ai, br, bi, ok, err := complexOperands(t, a, b)
	if !ok || err != nil {
		return notImplementedOr(err)
	}
	re, im := complexProd(ar, ai, br, bi)
	return NewComplex(t, re, im), nil
}

func complexTrueDiv(t *Thread, a, b *Object) (*Object, error) {
	ar, ai, br, bi, ok, err := complexOperands(t, a, b)
	if !ok || err != nil {
		return notImplementedOr(err)
	}
	re, im, ok := ComplexQuot(ar, ai, br, bi)
	if !ok {
		return nil, t.Errorf(ZeroDivisionErrorType, "complex division by zero")
	}
	return NewComplex(t, re, im), nil
}

// complexProd is the schoolbook product. The explicit conversions round
// each product, so that no platform fuses them into an FMA and the
// result is CPython's bit for bit.
func complexProd(ar, ai, br, bi float64) (re, im float64) {
	return float64(ar*br) - float64(ai*bi), float64(ar*bi) + float64(ai*br)
}

// ComplexQuot is (ar+ai*j) / (br+bi*j) by Smith's method, dividing by the
// larger of the divisor's parts (CPython's _Py_c_quot, so that results
// agree bit for bit). ok is false for a zero divisor.
func ComplexQuot(ar, ai, br, bi float64) (re, im float64, ok bool) {
	absR, absI := math.Abs(br), math.Abs(bi)
	switch {
	case absR >= absI:
		if absR == 0 {
			return 0, 0, false
		}
		ratio := bi / br
		denom := br + float64(bi*ratio)
		return (ar + float64(ai*ratio)) / denom, (ai - float64(ar*ratio)) / denom, true
	case absI >= absR:
		ratio := br / bi
		denom := float64(br*ratio) + bi
		return (float64(ar*ratio) + ai) / denom, (float64(ai*ratio) - ar) / denom, true
	}
	// A NaN in the divisor.
	return math.NaN(), math.NaN(), true
}

// ComplexAbs is abs(z) with C99's special values (an infinite part wins
// over a NaN); overflow reports a finite z whose modulus is too large.
func ComplexAbs(re, im float64) (r float64, overflow bool) {
	switch {
	case math.IsInf(re, 0) || math.IsInf(im, 0):
		return math.Inf(1), false
	case re != re || im != im:
		return math.NaN(), false
	}
	r = Hypot(re, im)
	return r, math.IsInf(r, 0)
}

// complexPowError is what went wrong in a complex power, as CPython's
// errno tells it.
type complexPowError uint8

const (
	powOK complexPowError = iota
	powDomain
	powRange
)

func complexPow3(t *Thread, a, b, m *Object) (*Object, error) {
	ar, ai, br, bi, ok, err := complexOperands(t, a, b)
	if !ok || err != nil {
		return notImplementedOr(err)
	}
	if m != None {
		return nil, t.Errorf(ValueErrorType, "complex modulo")
	}
	var re, im float64
	var perr complexPowError
	if bi == 0 && br == math.Floor(br) && math.Abs(br) <= 100 {
		// Small integral exponents multiply, as CPython's c_powi does.
		re, im, perr = complexPowInt(ar, ai, int(br))
	} else {
		re, im, perr = complexPow(ar, ai, br, bi)
	}
	if perr == powOK && (math.IsInf(re, 0) || math.IsInf(im, 0)) {
		perr = powRange
	}
	switch perr {
	case powDomain:
		return nil, t.Errorf(ZeroDivisionErrorType, "0.0 to a negative or complex power")
	case powRange:
		return nil, t.Errorf(OverflowErrorType, "complex exponentiation")
	}
	return NewComplex(t, re, im), nil
}

// complexPowInt raises a complex to an integer power by repeated
// squaring; a negative power is the reciprocal of the positive one.
func complexPowInt(ar, ai float64, n int) (re, im float64, perr complexPowError) {
	if n > 0 {
		re, im = complexPowUnsigned(ar, ai, n)
		return re, im, powOK
	}
	pr, pi := complexPowUnsigned(ar, ai, -n)
	re, im, ok := ComplexQuot(1, 0, pr, pi)
	if !ok {
		return re, im, powDomain
	}
	return re, im, powOK
}

func complexPowUnsigned(ar, ai float64, n int) (re, im float64) {
	re, im = 1, 0
	pr, pi := ar, ai
	for mask := 1; mask > 0 && n >= mask; mask <<= 1 {
		if n&mask != 0 {
			re, im = complexProd(re, im, pr, pi)
		}
		pr, pi = complexProd(pr, pi, pr, pi)
	}
	return re, im
}

// complexPow is the general power through polar form (CPython's
// _Py_c_pow). Of the C library's errors only a domain error survives
// CPython's checks: the cosine of an infinite phase.
func complexPow(ar, ai, br, bi float64) (re, im float64, perr complexPowError) {
	switch {
	case br == 0 && bi == 0:
		return 1, 0, powOK
	case ar == 0 && ai == 0:
		if bi != 0 || br < 0 {
			return 0, 0, powDomain
		}
		return 0, 0, powOK
	}
	vabs := Hypot(ar, ai)
	length := realPow(vabs, br)
	at := Atan2(ai, ar)
	phase := at * br
	if bi != 0 {
		length /= Exp(at * bi)
		phase += bi * Log(vabs)
	}
	if math.IsInf(phase, 0) {
		perr = powDomain
	}
	sin, cos := SinCos(phase)
	return length * cos, length * sin, perr
}

// realPow is the C library's pow for a non-negative base: correctly
// rounded (but in rare cases) for finite x > 0 and finite y; Go's
// math.Pow, whose special cases are C99's, otherwise.
func realPow(x, y float64) float64 {
	if x > 0 && !math.IsInf(x, 0) && y != 0 && !math.IsInf(y, 0) && y == y {
		return powFinite(x, y)
	}
	return math.Pow(x, y)
}

func complexCompare(t *Thread, a, b *Object, op CompareOp) (*Object, error) {
	if op != EQ && op != NE {
		return notImplemented()
	}
	c := Cast[Complex](a)
	var equal bool
	switch {
	case b.typ == IntType || IsInt(b):
		if c.im != 0 {
			break
		}
		// Exact, as float == int is.
		cmp, ok := cmpIntFloat(Cast[Int](b), c.re)
		equal = ok && cmp == 0
	case b.typ == FloatType || IsFloat(b):
		equal = c.re == Cast[Float](b).v && c.im == 0
	case b.typ == ComplexType || IsComplex(b):
		d := Cast[Complex](b)
		equal = c.re == d.re && c.im == d.im
	default:
		return notImplemented()
	}
	return NewBool(equal == (op == EQ)), nil
}

// Hypot is sqrt(x*x + y*y) without undue overflow or underflow, computed
// as the C library of CPython's usual platform (glibc) does, so that
// abs(z) and cmath agree with CPython bit for bit: Borges' corrected
// square root ("An Improved Algorithm for hypot(a,b)", 2019) on inputs
// scaled into a safe range. Go's math.Hypot is less accurate.
func Hypot(x, y float64) float64 {
	switch {
	case math.IsInf(x, 0) || math.IsInf(y, 0):
		return math.Inf(1)
	case x != x || y != y:
		return math.NaN()
	}
	x, y = math.Abs(x), math.Abs(y)
	big, small := max(x, y), min(x, y)
	const (
		scale = 0x1p-600
		eps   = 0x1p-54 // below big*eps, small cannot change the sum
	)
	switch {
	case big > 0x1p511:
		if small <= big*eps {
			return big + small
		}
		return hypotKernel(big*scale, small*scale) / scale
	case small < 0x1p-511:
		if big >= small/eps {
			return big + small
		}
		return hypotKernel(big/scale, small/scale) * scale
	case small <= big*eps:
		return big + small
	}
	return hypotKernel(big, small)
}

// hypotKernel corrects the rounded square root h of a*a + b*b (a >= b,
// both in range) by the residual a*a + b*b - h*h, evaluated in pieces
// that are exact or nearly so.
func hypotKernel(a, b float64) float64 {
	h := math.Sqrt(float64(a*a) + float64(b*b))
	var t1, t2 float64
	if h <= 2*b {
		d := h - b
		t1 = a * (2*d - a)
		t2 = (d - 2*(a-b)) * d
	} else {
		d := h - a
		t1 = 2 * d * (a - 2*b)
		t2 = float64((4*d-b)*b) + float64(d*d)
	}
	return h - (t1+t2)/(2*h)
}
