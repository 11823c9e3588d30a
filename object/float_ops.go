// This file implements float's behaviour: repr, hash, comparison (exact
// against ints), arithmetic with Python's floor and modulo semantics,
// float(), and float's methods.

package object

import (
	"math"
	"math/big"
	"strconv"
)

var floatNumber = NumberMethods{
	Add:      floatAdd,
	Sub:      floatSub,
	Mul:      floatMul,
	TrueDiv:  floatTrueDiv,
	FloorDiv: floatFloorDiv,
	Mod:      floatMod,
	DivMod:   floatDivMod,
	Pow:      floatPow,
	Pow3:     floatPow3,
	Neg:      func(t *Thread, a *Object) (*Object, error) { return NewFloat(t, -Cast[Float](a).v), nil },
	Pos:      floatExact,
	Abs:      func(t *Thread, a *Object) (*Object, error) { return NewFloat(t, math.Abs(Cast[Float](a).v)), nil },
	Int:      floatTrunc,
	Float:    floatExact,
}

func init() {
	FloatType.Flags |= FlagBaseType
	FloatType.Doc = "Convert a string or number to a floating point number, if possible."
	FloatType.Repr = floatRepr
	FloatType.Hash = func(t *Thread, o *Object) (int64, error) {
		if v := Cast[Float](o).v; v == v {
			return floatHash(v), nil
		}
		// Since 3.10 a NaN hashes by identity, like object.
		return objectHash(t, o)
	}
	FloatType.Bool = func(t *Thread, o *Object) (bool, error) { return Cast[Float](o).v != 0, nil }
	FloatType.Compare = floatCompare
	FloatType.New = floatNew
	FloatType.Number = &floatNumber
	ReadyType(FloatType, []MethodDef{
		getnewargsDef(floatExact),
		{Name: "is_integer", Fn: floatMethod0("is_integer", func(t *Thread, o *Object) (*Object, error) {
			v := Cast[Float](o).v
			return NewBool(!math.IsInf(v, 0) && v == math.Trunc(v)), nil
		}), Doc: "Return True if the float is an integer."},
		{Name: "as_integer_ratio", Fn: floatMethod0("as_integer_ratio", floatAsIntegerRatio), Doc: "Return integer ratio."},
		{Name: "__getformat__", Fn: floatGetFormat, Kind: ClassMethod, Doc: "Say how C doubles or floats (typestr 'double' or 'float') are stored: for the test suite."},
		{Name: "fromhex", Fn: floatFromHex, Kind: ClassMethod, Doc: "Create a floating-point number from a hexadecimal string."},
		{Name: "__getformat__", Fn: floatGetFormat, Kind: ClassMethod, Doc: "Return how C's double or float is stored: 'IEEE, little-endian' or 'IEEE, big-endian'."},
		{Name: "hex", Fn: floatMethod0("hex", func(t *Thread, o *Object) (*Object, error) {
			return NewStr(t, floatHex(Cast[Float](o).v)), nil
		}), Doc: "Return a hexadecimal representation of a floating-point number."},
		{Name: "conjugate", Fn: floatMethod0("conjugate", floatExact), Doc: "Return self, the complex conjugate of any float."},
		{Name: "__trunc__", Fn: floatMethod0("__trunc__", floatTrunc), Doc: "Return the Integral closest to x between 0 and x."},
		{Name: "__floor__", Fn: floatMethod0("__floor__", func(t *Thread, o *Object) (*Object, error) {
			return floatToInt(t, math.Floor(Cast[Float](o).v))
		}), Doc: "Return the floor as an Integral."},
		{Name: "__ceil__", Fn: floatMethod0("__ceil__", func(t *Thread, o *Object) (*Object, error) {
			return floatToInt(t, math.Ceil(Cast[Float](o).v))
		}), Doc: "Return the ceiling as an Integral."},
		{Name: "__round__", Fn: floatRound, Doc: "Return the Integral closest to x, rounding half toward even.\n\nWhen an argument is passed, work like built-in round(x, ndigits)."},
		{Name: "__format__", Fn: floatFormatMethod, Doc: "Formats the float according to format_spec."},
	}, []GetSetDef{
		{Name: "real", Get: floatExact, Doc: "the real part of a complex number"},
		{Name: "imag", Get: func(t *Thread, o *Object) (*Object, error) { return NewFloat(t, 0), nil }, Doc: "the imaginary part of a complex number"},
	})
}

func floatRepr(t *Thread, o *Object) (*Object, error) {
	var buf [32]byte
	return NewStr(t, string(appendFloatRepr(buf[:0], Cast[Float](o).v))), nil
}

// floatExact returns a as an exact float (a itself for a float).
func floatExact(t *Thread, a *Object) (*Object, error) {
	if a.typ == FloatType {
		return t.NewRef(a), nil
	}
	return NewFloat(t, Cast[Float](a).v), nil
}

// floatOperands converts both operands to float64: floats, and ints
// (OverflowError when too large). ok is false for other types.
func floatOperands(t *Thread, a, b *Object) (x, y float64, ok bool, err error) {
	if x, ok, err = floatOperand(t, a); !ok || err != nil {
		return
	}
	y, ok, err = floatOperand(t, b)
	return
}

func floatOperand(t *Thread, o *Object) (float64, bool, error) {
	switch {
	case o.typ == FloatType:
		return Cast[Float](o).v, true, nil
	case o.typ == IntType || IsInt(o):
		f, err := intToFloat(t, Cast[Int](o))
		return f, true, err
	case IsFloat(o):
		return Cast[Float](o).v, true, nil
	}
	return 0, false, nil
}

func floatAdd(t *Thread, a, b *Object) (*Object, error) {
	x, y, ok, err := floatOperands(t, a, b)
	if !ok || err != nil {
		return notImplementedOr(err)
	}
	return NewFloat(t, x+y), nil
}

func floatSub(t *Thread, a, b *Object) (*Object, error) {
	x, y, ok, err := floatOperands(t, a, b)
	if !ok || err != nil {
		return notImplementedOr(err)
	}
	return NewFloat(t, x-y), nil
}

func floatMul(t *Thread, a, b *Object) (*Object, error) {
	x, y, ok, err := floatOperands(t, a, b)
	if !ok || err != nil {
		return notImplementedOr(err)
	}
	return NewFloat(t, x*y), nil
}

func notImplementedOr(err error) (*Object, error) {
	if err != nil {
		return nil, err
	}
	return NotImplemented, nil
}

func floatTrueDiv(t *Thread, a, b *Object) (*Object, error) {
	x, y, ok, err := floatOperands(t, a, b)
	if !ok || err != nil {
		return notImplementedOr(err)
	}
	if y == 0 {
		return nil, t.Errorf(ZeroDivisionErrorType, "float division by zero")
	}
	return NewFloat(t, x/y), nil
}

// floatDivModValues is CPython's float divmod: the floor quotient and a
// remainder with the divisor's sign (wx != 0).
func floatDivModValues(vx, wx float64) (floordiv, mod float64) {
	mod = math.Mod(vx, wx)
	div := (vx - mod) / wx
	if mod != 0 {
		if (wx < 0) != (mod < 0) {
			mod += wx
			div -= 1.0
		}
	} else {
		mod = math.Copysign(0, wx)
	}
	if div != 0 {
		floordiv = math.Floor(div)
		if div-floordiv > 0.5 {
			floordiv += 1.0
		}
	} else {
		floordiv = math.Copysign(0, vx/wx)
	}
	return floordiv, mod
}

// floatModValue is CPython's float %.
func floatModValue(vx, wx float64) float64 {
	mod := math.Mod(vx, wx)
	if mod != 0 {
		if (wx < 0) != (mod < 0) {
			mod += wx
		}
	} else {
		mod = math.Copysign(0, wx)
	}
	return mod
}

func floatFloorDiv(t *Thread, a, b *Object) (*Object, error) {
	x, y, ok, err := floatOperands(t, a, b)
	if !ok || err != nil {
		return notImplementedOr(err)
	}
	if y == 0 {
		return nil, t.Errorf(ZeroDivisionErrorType, "float floor division by zero")
	}
	q, _ := floatDivModValues(x, y)
	return NewFloat(t, q), nil
}

func floatMod(t *Thread, a, b *Object) (*Object, error) {
	x, y, ok, err := floatOperands(t, a, b)
	if !ok || err != nil {
		return notImplementedOr(err)
	}
	if y == 0 {
		return nil, t.Errorf(ZeroDivisionErrorType, "float modulo")
	}
	return NewFloat(t, floatModValue(x, y)), nil
}

func floatDivMod(t *Thread, a, b *Object) (*Object, error) {
	x, y, ok, err := floatOperands(t, a, b)
	if !ok || err != nil {
		return notImplementedOr(err)
	}
	if y == 0 {
		return nil, t.Errorf(ZeroDivisionErrorType, "float divmod()")
	}
	q, r := floatDivModValues(x, y)
	return &NewTuple(t, []*Object{NewFloat(t, q), NewFloat(t, r)}).Object, nil
}

func floatPow(t *Thread, a, b *Object) (*Object, error) {
	x, y, ok, err := floatOperands(t, a, b)
	if !ok || err != nil {
		return notImplementedOr(err)
	}
	if x < 0 && !math.IsInf(x, 0) && !math.IsInf(y, 0) && y != math.Floor(y) && y == y {
		// A negative number to a fractional power is complex.
		return complexPow3(t, a, b, None)
	}
	v, err := floatPowValue(t, x, y)
	if err != nil {
		return nil, err
	}
	return NewFloat(t, v), nil
}

func floatPow3(t *Thread, a, b, m *Object) (*Object, error) {
	if m == None {
		return floatPow(t, a, b)
	}
	return nil, t.Errorf(TypeErrorType, "pow() 3rd argument not allowed unless all arguments are integers")
}

func isOddInteger(v float64) bool { return math.Mod(v, 2) != 0 && v == math.Trunc(v) }

// floatPowValue is CPython's float_pow on two doubles. A negative base
// with a non-integral exponent raises ValueError("math domain error"):
// floatPow answers it with a complex number first, as CPython does.
func floatPowValue(t *Thread, iv, iw float64) (float64, error) {
	switch {
	case iw == 0:
		return 1, nil
	case iv != iv:
		return iv, nil
	case iw != iw:
		if iv == 1 {
			return 1, nil
		}
		return iw, nil
	case math.IsInf(iw, 0):
		iv = math.Abs(iv)
		if iv == 1 {
			return 1, nil
		}
		if (iw > 0) == (iv > 1) {
			return math.Abs(iw), nil
		}
		return 0, nil
	case math.IsInf(iv, 0):
		odd := isOddInteger(iw)
		if iw > 0 {
			if odd {
				return iv, nil
			}
			return math.Abs(iv), nil
		}
		if odd {
			return math.Copysign(0, iv), nil
		}
		return 0, nil
	case iv == 0:
		if iw < 0 {
			return 0, t.Errorf(ZeroDivisionErrorType, "0.0 cannot be raised to a negative power")
		}
		if isOddInteger(iw) {
			return iv, nil
		}
		return 0, nil
	}
	negate := false
	if iv < 0 {
		if iw != math.Floor(iw) {
			return 0, t.Errorf(ValueErrorType, "math domain error")
		}
		iv = -iv
		negate = isOddInteger(iw)
	}
	if iv == 1 {
		if negate {
			return -1, nil
		}
		return 1, nil
	}
	ix := powFinite(iv, iw)
	if negate {
		ix = -ix
	}
	if math.IsInf(ix, 0) {
		return 0, errNumericalRange(t)
	}
	return ix, nil
}

// errNumericalRange is the OverflowError CPython raises from errno
// ERANGE: OverflowError(34, 'Numerical result out of range').
func errNumericalRange(t *Thread) error {
	return t.NewException(OverflowErrorType, NewInt(t, 34), NewStr(t, "Numerical result out of range"))
}

// floatToInt converts an integral float to an int: ValueError for NaN,
// OverflowError for infinities.
func floatToInt(t *Thread, v float64) (*Object, error) {
	if v != v {
		return nil, t.Errorf(ValueErrorType, "cannot convert float NaN to integer")
	}
	if math.IsInf(v, 0) {
		return nil, t.Errorf(OverflowErrorType, "cannot convert float infinity to integer")
	}
	if v > -(1<<63) && v < 1<<63 {
		return NewInt(t, int64(v)), nil
	}
	b, _ := new(big.Float).SetFloat64(math.Trunc(v)).Int(nil)
	return NewIntBig(t, b), nil
}

func floatTrunc(t *Thread, a *Object) (*Object, error) {
	return floatToInt(t, math.Trunc(Cast[Float](a).v))
}

func floatCompare(t *Thread, a, b *Object, op CompareOp) (*Object, error) {
	x := Cast[Float](a).v
	switch {
	case b.typ == FloatType || IsFloat(b):
		y := Cast[Float](b).v
		var r bool
		switch op {
		case LT:
			r = x < y
		case LE:
			r = x <= y
		case EQ:
			r = x == y
		case NE:
			r = x != y
		case GT:
			r = x > y
		case GE:
			r = x >= y
		}
		return NewBool(r), nil
	case b.typ == IntType || IsInt(b):
		c, ok := cmpIntFloat(Cast[Int](b), x)
		if !ok {
			return NewBool(op == NE), nil
		}
		return cmpResult(-c, op), nil
	}
	return notImplemented()
}

// floatMethod0 wraps a unary function as a method taking no arguments.
func floatMethod0(name string, f func(t *Thread, a *Object) (*Object, error)) CFunc {
	qual := "float." + name // built once, not on every call
	return func(t *Thread, self *Object, args []*Object, kwnames *Tuple) (*Object, error) {
		if err := CheckArgCount(t, qual, args, kwnames, 0, 0); err != nil {
			return nil, err
		}
		return f(t, self)
	}
}

func floatAsIntegerRatio(t *Thread, o *Object) (*Object, error) {
	v := Cast[Float](o).v
	if math.IsInf(v, 0) {
		return nil, t.Errorf(OverflowErrorType, "cannot convert Infinity to integer ratio")
	}
	if v != v {
		return nil, t.Errorf(ValueErrorType, "cannot convert NaN to integer ratio")
	}
	m, e := math.Frexp(v)
	for i := 0; i < 300 && m != math.Floor(m); i++ {
		m *= 2
		e--
	}
	num := new(big.Int)
	new(big.Float).SetFloat64(m).Int(num)
	den := big.NewInt(1)
	if e > 0 {
		num.Lsh(num, uint(e))
	} else {
		den.Lsh(den, uint(-e))
	}
	return &NewTuple(t, []*Object{NewIntBig(t, num), NewIntBig(t, den)}).Object, nil
}

// floatHex is float.hex(): "[-]0x1.<13 hex digits>p<exp>", subnormals as
// "0x0.<digits>p-1022".
func floatHex(v float64) string {
	switch {
	case v != v:
		return "nan"
	case math.IsInf(v, 1):
		return "inf"
	case math.IsInf(v, -1):
		return "-inf"
	}
	sign := ""
	if math.Signbit(v) {
		sign = "-"
		v = -v
	}
	if v == 0 {
		return sign + "0x0.0p+0"
	}
	b := math.Float64bits(v)
	exp := int(b>>52) & 0x7ff
	frac := b & (1<<52 - 1)
	lead := "1"
	if exp == 0 {
		lead = "0"
		exp = -1022
	} else {
		exp -= 1023
	}
	hex := strconv.FormatUint(frac, 16)
	for len(hex) < 13 {
		hex = "0" + hex
	}
	es := strconv.Itoa(exp)
	if exp >= 0 {
		es = "+" + es
	}
	return sign + "0x" + lead + "." + hex + "p" + es
}

// Limits of float.__round__'s ndigits outside which the result is x or
// a signed zero (CPython's NDIGITS_MAX and NDIGITS_MIN).
const (
	roundDigitsMax = 323
	roundDigitsMin = -308
)

func floatRound(t *Thread, self *Object, args []*Object, kwnames *Tuple) (*Object, error) {
	if err := CheckArgCount(t, "__round__", args, kwnames, 0, 1); err != nil {
		return nil, err
	}
	x := Cast[Float](self).v
	if len(args) == 0 || args[0] == None {
		return floatToInt(t, math.RoundToEven(x))
	}
	nd, err := Index(t, args[0])
	if err != nil {
		return nil, err
	}
	ndi := Cast[Int](nd)
	var n int64
	switch {
	case ndi.big == nil:
		n = ndi.v
	case ndi.big.Sign() > 0:
		n = math.MaxInt64
	default:
		n = math.MinInt64
	}
	t.Decref(nd)
	if math.IsInf(x, 0) || x != x || n > roundDigitsMax {
		return NewFloat(t, x), nil
	}
	if n < roundDigitsMin {
		return NewFloat(t, 0*x), nil
	}
	r, ok := roundFloatDigits(x, int(n))
	if !ok {
		return nil, t.Errorf(OverflowErrorType, "rounded value too large to represent")
	}
	return NewFloat(t, r), nil
}

// roundFloatDigits rounds x (finite) to n decimal places, correctly:
// the exact binary value is rounded half to even, then converted back to
// the nearest float. ok is false when the result overflows.
func roundFloatDigits(x float64, n int) (float64, bool) {
	if n >= 0 {
		// strconv's 'f' formatting is exact, and ParseFloat correctly
		// rounded.
		var buf [64]byte
		s := strconv.AppendFloat(buf[:0], x, 'f', n, 64)
		r, err := strconv.ParseFloat(string(s), 64)
		if err != nil {
			return 0, false
		}
		return r, true
	}
	p := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(-n)), nil)
	num := new(big.Rat).SetFloat64(x)
	// x / p rounded half even: num.Num() / (num.Denom() * p).
	q := roundHalfEvenDiv(num.Num(), new(big.Int).Mul(num.Denom(), p))
	q.Mul(q, p)
	r, _ := new(big.Float).SetInt(q).Float64()
	if math.IsInf(r, 0) {
		return 0, false
	}
	return math.Copysign(r, x), true
}

func floatFormatMethod(t *Thread, self *Object, args []*Object, kwnames *Tuple) (*Object, error) {
	spec, err := formatArg(t, args, kwnames)
	if err != nil {
		return nil, err
	}
	if spec == "" {
		return StrOf(t, self)
	}
	fs, err := ParseFormatSpecFor(t, spec, self.typ.Name)
	if err != nil {
		return nil, err
	}
	s, err := formatFloat(t, Cast[Float](self).v, fs, self.typ.Name)
	if err != nil {
		return nil, err
	}
	return NewStr(t, s), nil
}

// floatNew is float(): float() and float(x).
func floatNew(t *Thread, typ *Type, args []*Object, kwnames *Tuple) (*Object, error) {
	if err := NoKeywords(t, "float", kwnames); err != nil {
		return nil, err
	}
	if len(args) > 1 {
		return nil, t.Errorf(TypeErrorType, "float expected at most 1 argument, got %d", len(args))
	}
	var v float64
	if len(args) == 1 {
		r, err := FloatOf(t, args[0])
		if err != nil {
			return nil, err
		}
		if typ == FloatType {
			return r, nil
		}
		v = Cast[Float](r).v
		t.Decref(r)
	} else if typ == FloatType {
		return NewFloat(t, 0), nil
	}
	f := allocFloat(typ)
	f.v = v
	t.Init(&f.Object, typ)
	return &f.Object, nil
}

// FloatOf returns float(x) for one argument: floats, ints, strings and
// objects with __float__ or __index__.
func FloatOf(t *Thread, x *Object) (*Object, error) {
	switch {
	case x.typ == FloatType:
		return t.NewRef(x), nil
	case IsStr(x):
		v, err := FloatFromString(t, StrValue(x))
		if err != nil {
			return nil, err
		}
		return NewFloat(t, v), nil
	case IsBytes(x):
		b := Cast[Bytes](x).b
		if isASCIIBytes(b) {
			if v, ok := parseFloatText(trimPySpace(string(b))); ok {
				return NewFloat(t, v), nil
			}
		}
		return nil, t.Errorf(ValueErrorType, "could not convert string to float: %s", bytesReprString(b))
	}
	if n := x.typ.Number; n != nil {
		if n.Float != nil {
			r, err := n.Float(t, x)
			if err != nil {
				return nil, err
			}
			if r.typ == FloatType {
				return r, nil
			}
			if !IsFloat(r) {
				name := r.typ.Name
				t.Decref(r)
				return nil, t.Errorf(TypeErrorType, "%s.__float__ returned non-float (type %s)", x.typ.Name, name)
			}
			f := NewFloat(t, Cast[Float](r).v)
			t.Decref(r)
			return f, nil
		}
		if n.Index != nil {
			r, err := n.Index(t, x)
			if err != nil {
				return nil, err
			}
			defer t.Decref(r)
			if !IsInt(r) {
				return nil, t.Errorf(TypeErrorType, "__index__ returned non-int (type %s)", r.typ.Name)
			}
			f, err := intToFloat(t, Cast[Int](r))
			if err != nil {
				return nil, err
			}
			return NewFloat(t, f), nil
		}
	}
	if CheckBuffer(x) {
		// float(bytearray) and other exporters parse their bytes; errors
		// show the object's repr.
		b, err := BytesLikeCopy(t, x)
		if err != nil {
			return nil, err
		}
		if isASCIIBytes(b) {
			if v, ok := parseFloatText(trimPySpace(string(b))); ok {
				return NewFloat(t, v), nil
			}
		}
		r, err := ReprString(t, x)
		if err != nil {
			return nil, err
		}
		return nil, t.Errorf(ValueErrorType, "could not convert string to float: %s", r)
	}
	return nil, t.Errorf(TypeErrorType, "float() argument must be a string or a real number, not '%s'", x.typ.Name)
}

// RealArg converts an int or float argument to float64, raising
// TypeError "must be real number, not X" for anything else (timeouts,
// intervals).
func RealArg(t *Thread, o *Object) (float64, error) {
	switch {
	case IsFloat(o):
		return FloatValue(o), nil
	case IsInt(o):
		v, err := AsInt64(t, o)
		return float64(v), err
	}
	return 0, t.Errorf(TypeErrorType, "must be real number, not %s", o.typ.Name)
}
