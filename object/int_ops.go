// This file implements int's behaviour: repr, hash, comparison (exact
// against floats), arithmetic with int64 fast paths falling back to
// big.Int, int(), and int's methods.

package object

import (
	"math"
	"math/big"
	"math/bits"
)

var intNumber = NumberMethods{
	Add:      intAdd,
	Sub:      intSub,
	Mul:      intMul,
	TrueDiv:  intTrueDiv,
	FloorDiv: intFloorDiv,
	Mod:      intMod,
	DivMod:   intDivMod,
	Pow:      intPow,
	Pow3:     intPow3,
	LShift:   intLShift,
	RShift:   intRShift,
	And:      intAnd,
	Or:       intOr,
	Xor:      intXor,
	Neg:      intNeg,
	Pos:      intExact,
	Abs:      intAbs,
	Invert:   intInvert,
	Index:    intExact,
	Int:      intExact,
	Float:    intFloat,
}

func init() {
	IntType.Flags |= FlagBaseType
	IntType.Doc = "int([x]) -> integer\nint(x, base=10) -> integer"
	IntType.Repr = intRepr
	IntType.Hash = func(t *Thread, o *Object) (int64, error) { return Cast[Int](o).Hash(), nil }
	IntType.Bool = func(t *Thread, o *Object) (bool, error) { return Cast[Int](o).Sign() != 0, nil }
	IntType.Compare = intCompare
	IntType.New = intNew
	IntType.Number = &intNumber
	ReadyType(IntType, []MethodDef{
		getnewargsDef(intExact),
		{Name: "bit_length", Fn: intBitLength, Doc: "Number of bits necessary to represent self in binary."},
		{Name: "bit_count", Fn: intBitCount, Doc: "Number of ones in the binary representation of the absolute value of self."},
		{Name: "conjugate", Fn: intMethod0("conjugate", intExact), Doc: "Returns self, the complex conjugate of any int."},
		{Name: "as_integer_ratio", Fn: intAsIntegerRatio, Doc: "Return integer ratio."},
		{Name: "__trunc__", Fn: intMethod0("__trunc__", intExact), Doc: "Truncating an Integral returns itself."},
		{Name: "__floor__", Fn: intMethod0("__floor__", intExact), Doc: "Flooring an Integral returns itself."},
		{Name: "__ceil__", Fn: intMethod0("__ceil__", intExact), Doc: "Ceiling of an Integral returns itself."},
		{Name: "__round__", Fn: intRound, Doc: "Rounding an Integral returns itself.\nRounding with an ndigits argument also returns an integer."},
		{Name: "__format__", Fn: intFormatMethod},
		{Name: "to_bytes", Fn: intToBytes, Doc: "Return an array of bytes representing an integer."},
		{Name: "from_bytes", Fn: intFromBytesMethod, Kind: ClassMethod, Doc: "Return the integer represented by the given array of bytes."},
	}, []GetSetDef{
		{Name: "real", Get: intExact, Doc: "the real part of a complex number"},
		{Name: "imag", Get: func(t *Thread, o *Object) (*Object, error) { return SmallInt(0), nil }, Doc: "the imaginary part of a complex number"},
		{Name: "numerator", Get: intExact, Doc: "the numerator of a rational number in lowest terms"},
		{Name: "denominator", Get: func(t *Thread, o *Object) (*Object, error) { return SmallInt(1), nil }, Doc: "the denominator of a rational number in lowest terms"},
	})
}

func intRepr(t *Thread, o *Object) (*Object, error) {
	i := Cast[Int](o)
	if i.big == nil {
		if i.v >= 0 && i.v < 10 {
			return &asciiChars['0'+i.v].Object, nil
		}
		return NewStr(t, itoa(i.v)), nil
	}
	limit := MaxStrDigits()
	if limit > 0 && tooManyBitsForDigits(i.big.BitLen(), limit) {
		return nil, errStrDigits(t, limit) // without converting it at all
	}
	s := i.big.String()
	n := len(s)
	if s[0] == '-' {
		n--
	}
	if limit > 0 && n > limit {
		return nil, errStrDigits(t, limit)
	}
	return NewStr(t, s), nil
}

func errStrDigits(t *Thread, limit int) error {
	return t.Errorf(ValueErrorType, "Exceeds the limit (%d digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit", limit)
}

// bigOf returns i's value as a big.Int that must not be modified.
func bigOf(i *Int) *big.Int {
	if i.big != nil {
		return i.big
	}
	return big.NewInt(i.v)
}

// intOperands returns both operands as ints, or ok false when either is
// not an int (the slot then returns NotImplemented).
func intOperands(a, b *Object) (x, y *Int, ok bool) {
	if (a.typ == IntType || IsInt(a)) && (b.typ == IntType || IsInt(b)) {
		return Cast[Int](a), Cast[Int](b), true
	}
	return nil, nil, false
}

func notImplemented() (*Object, error) { return NotImplemented, nil }

func intAdd(t *Thread, a, b *Object) (*Object, error) {
	x, y, ok := intOperands(a, b)
	if !ok {
		return notImplemented()
	}
	if x.big == nil && y.big == nil {
		s := x.v + y.v
		if (x.v^s)&(y.v^s) >= 0 {
			return NewInt(t, s), nil
		}
	}
	return NewIntBig(t, new(big.Int).Add(bigOf(x), bigOf(y))), nil
}

func intSub(t *Thread, a, b *Object) (*Object, error) {
	x, y, ok := intOperands(a, b)
	if !ok {
		return notImplemented()
	}
	if x.big == nil && y.big == nil {
		d := x.v - y.v
		if (x.v^y.v)&(x.v^d) >= 0 {
			return NewInt(t, d), nil
		}
	}
	return NewIntBig(t, new(big.Int).Sub(bigOf(x), bigOf(y))), nil
}

// mul64 returns x*y and whether it did not overflow.
func mul64(x, y int64) (int64, bool) {
	if x >= math.MinInt32 && x <= math.MaxInt32 && y >= math.MinInt32 && y <= math.MaxInt32 {
		return x * y, true
	}
	neg := (x < 0) != (y < 0)
	ux, uy := uint64(x), uint64(y)
	if x < 0 {
		ux = -ux
	}
	if y < 0 {
		uy = -uy
	}
	hi, lo := bits.Mul64(ux, uy)
	if hi != 0 {
		return 0, false
	}
	if neg {
		if lo > 1<<63 {
			return 0, false
		}
		return int64(-lo), true
	}
	if lo > math.MaxInt64 {
		return 0, false
	}
	return int64(lo), true
}

func intMul(t *Thread, a, b *Object) (*Object, error) {
	x, y, ok := intOperands(a, b)
	if !ok {
		return notImplemented()
	}
	if x.big == nil && y.big == nil {
		if p, ok := mul64(x.v, y.v); ok {
			return NewInt(t, p), nil
		}
	}
	return NewIntBig(t, new(big.Int).Mul(bigOf(x), bigOf(y))), nil
}

// floorDivMod64 is Python's divmod for int64s; y != 0 and not
// MinInt64 // -1.
func floorDivMod64(x, y int64) (q, r int64) {
	q, r = x/y, x%y
	if r != 0 && (r^y) < 0 {
		q--
		r += y
	}
	return q, r
}

var bigOne = big.NewInt(1)

// floorDivModBig is Python's divmod for big ints; y != 0.
func floorDivModBig(x, y *big.Int) (q, r *big.Int) {
	q, r = new(big.Int).QuoRem(x, y, new(big.Int))
	if r.Sign() != 0 && r.Sign() != y.Sign() {
		q.Sub(q, bigOne)
		r.Add(r, y)
	}
	return q, r
}

// intDivModParts returns q and/or r of divmod(x, y) as new objects
// (nil when not wanted).
func intDivModParts(t *Thread, x, y *Int, wantQ, wantR bool, zeroMsg string) (q, r *Object, err error) {
	if y.big == nil && y.v == 0 {
		return nil, nil, t.Errorf(ZeroDivisionErrorType, "%s", zeroMsg)
	}
	if x.big == nil && y.big == nil && !(x.v == math.MinInt64 && y.v == -1) {
		qv, rv := floorDivMod64(x.v, y.v)
		if wantQ {
			q = NewInt(t, qv)
		}
		if wantR {
			r = NewInt(t, rv)
		}
		return q, r, nil
	}
	qb, rb := floorDivModBig(bigOf(x), bigOf(y))
	if wantQ {
		q = NewIntBig(t, qb)
	}
	if wantR {
		r = NewIntBig(t, rb)
	}
	return q, r, nil
}

func intFloorDiv(t *Thread, a, b *Object) (*Object, error) {
	x, y, ok := intOperands(a, b)
	if !ok {
		return notImplemented()
	}
	q, _, err := intDivModParts(t, x, y, true, false, "integer division or modulo by zero")
	return q, err
}

func intMod(t *Thread, a, b *Object) (*Object, error) {
	x, y, ok := intOperands(a, b)
	if !ok {
		return notImplemented()
	}
	_, r, err := intDivModParts(t, x, y, false, true, "integer modulo by zero")
	return r, err
}

func intDivMod(t *Thread, a, b *Object) (*Object, error) {
	x, y, ok := intOperands(a, b)
	if !ok {
		return notImplemented()
	}
	q, r, err := intDivModParts(t, x, y, true, true, "integer division or modulo by zero")
	if err != nil {
		return nil, err
	}
	return &NewTuple(t, []*Object{q, r}).Object, nil
}

func intTrueDiv(t *Thread, a, b *Object) (*Object, error) {
	x, y, ok := intOperands(a, b)
	if !ok {
		return notImplemented()
	}
	if y.Sign() == 0 {
		return nil, t.Errorf(ZeroDivisionErrorType, "division by zero")
	}
	const exact = 1 << 53
	if x.big == nil && y.big == nil && x.v <= exact && x.v >= -exact && y.v <= exact && y.v >= -exact {
		return NewFloat(t, float64(x.v)/float64(y.v)), nil
	}
	if x.Sign() == 0 {
		return NewFloat(t, math.Copysign(0, float64(y.Sign()))), nil
	}
	f, _ := new(big.Rat).SetFrac(bigOf(x), bigOf(y)).Float64()
	if math.IsInf(f, 0) {
		return nil, t.Errorf(OverflowErrorType, "integer division result too large for a float")
	}
	return NewFloat(t, f), nil
}

// intToFloat converts an int to the nearest float (ties to even).
func intToFloat(t *Thread, i *Int) (float64, error) {
	if i.big == nil {
		return float64(i.v), nil
	}
	f, _ := new(big.Float).SetInt(i.big).Float64()
	if math.IsInf(f, 0) {
		return 0, t.Errorf(OverflowErrorType, "int too large to convert to float")
	}
	return f, nil
}

func intFloat(t *Thread, a *Object) (*Object, error) {
	f, err := intToFloat(t, Cast[Int](a))
	if err != nil {
		return nil, err
	}
	return NewFloat(t, f), nil
}

// pow64 returns x**y for y >= 0 and whether it did not overflow.
func pow64(x, y int64) (int64, bool) {
	r := int64(1)
	for {
		if y&1 != 0 {
			var ok bool
			if r, ok = mul64(r, x); !ok {
				return 0, false
			}
		}
		y >>= 1
		if y == 0 {
			return r, true
		}
		var ok bool
		if x, ok = mul64(x, x); !ok {
			return 0, false
		}
	}
}

func intPow(t *Thread, a, b *Object) (*Object, error) {
	x, y, ok := intOperands(a, b)
	if !ok {
		return notImplemented()
	}
	if y.Sign() < 0 {
		fx, err := intToFloat(t, x)
		if err != nil {
			return nil, err
		}
		fy, err := intToFloat(t, y)
		if err != nil {
			return nil, err
		}
		f, err := floatPowValue(t, fx, fy)
		if err != nil {
			return nil, err
		}
		return NewFloat(t, f), nil
	}
	if x.big == nil {
		switch x.v {
		case 0, 1:
			if y.Sign() == 0 {
				return SmallInt(1), nil
			}
			return SmallInt(x.v), nil
		case -1:
			if y.big == nil && y.v&1 == 0 || y.big != nil && y.big.Bit(0) == 0 {
				return SmallInt(1), nil
			}
			return SmallInt(-1), nil
		}
		if y.big == nil {
			if p, ok := pow64(x.v, y.v); ok {
				return NewInt(t, p), nil
			}
		}
	}
	// |x| >= 2 here: the result has at least (bits(x)-1)*y bits.
	if y.big != nil {
		return nil, t.NewException(MemoryErrorType)
	}
	if bl := int64(intBitLen(x) - 1); y.v > math.MaxInt64/bl {
		return nil, t.NewException(MemoryErrorType)
	} else if err := t.CheckAlloc(y.v * bl / 8); err != nil {
		return nil, err
	}
	return NewIntBig(t, new(big.Int).Exp(bigOf(x), bigOf(y), nil)), nil
}

func intPow3(t *Thread, a, b, m *Object) (*Object, error) {
	x, y, ok := intOperands(a, b)
	if !ok || !IsInt(m) {
		return notImplemented()
	}
	z := Cast[Int](m)
	if z.Sign() == 0 {
		return nil, t.Errorf(ValueErrorType, "pow() 3rd argument cannot be 0")
	}
	mod := new(big.Int).Abs(bigOf(z))
	base := new(big.Int).Mod(bigOf(x), mod)
	exp := bigOf(y)
	if exp.Sign() < 0 {
		inv := new(big.Int).ModInverse(base, mod)
		if inv == nil {
			return nil, t.Errorf(ValueErrorType, "base is not invertible for the given modulus")
		}
		base = inv
		exp = new(big.Int).Neg(exp)
	}
	var r *big.Int
	if mod.IsUint64() && mod.Uint64() <= math.MaxUint32 && exp.IsInt64() {
		r = new(big.Int).SetUint64(powMod32(base.Uint64(), exp.Int64(), mod.Uint64()))
	} else {
		r = new(big.Int).Exp(base, exp, mod)
	}
	if z.Sign() < 0 && r.Sign() != 0 {
		r.Sub(r, mod)
	}
	return NewIntBig(t, r), nil
}

// powMod32 returns b**e % m for m < 2**32, b < m, e >= 0.
func powMod32(b uint64, e int64, m uint64) uint64 {
	r := uint64(1) % m
	for e > 0 {
		if e&1 != 0 {
			r = r * b % m
		}
		b = b * b % m
		e >>= 1
	}
	return r
}

// intBitLen returns the bits of |i|.
func intBitLen(i *Int) int {
	if i.big != nil {
		return i.big.BitLen()
	}
	if i.v < 0 {
		return bits.Len64(uint64(-i.v))
	}
	return bits.Len64(uint64(i.v))
}

func intLShift(t *Thread, a, b *Object) (*Object, error) {
	x, y, ok := intOperands(a, b)
	if !ok {
		return notImplemented()
	}
	if y.Sign() < 0 {
		return nil, t.Errorf(ValueErrorType, "negative shift count")
	}
	if x.Sign() == 0 {
		return SmallInt(0), nil
	}
	if y.big != nil {
		// CPython counts the shift in 30-bit digits: a count of them
		// beyond a ssize_t overflows; a smaller one cannot be allocated.
		if new(big.Int).Quo(y.big, big.NewInt(30)).IsInt64() {
			return nil, t.NewException(MemoryErrorType)
		}
		return nil, t.Errorf(OverflowErrorType, "too many digits in integer")
	}
	if err := t.CheckAlloc(y.v/8 + int64(intBitLen(x)/8)); err != nil {
		return nil, err
	}
	if x.big == nil && y.v < 63 {
		r := x.v << uint(y.v)
		if r>>uint(y.v) == x.v {
			return NewInt(t, r), nil
		}
	}
	return NewIntBig(t, new(big.Int).Lsh(bigOf(x), uint(y.v))), nil
}

func intRShift(t *Thread, a, b *Object) (*Object, error) {
	x, y, ok := intOperands(a, b)
	if !ok {
		return notImplemented()
	}
	if y.Sign() < 0 {
		return nil, t.Errorf(ValueErrorType, "negative shift count")
	}
	if x.big == nil {
		if y.big != nil || y.v >= 64 {
			if x.v < 0 {
				return SmallInt(-1), nil
			}
			return SmallInt(0), nil
		}
		return NewInt(t, x.v>>uint(y.v)), nil
	}
	if y.big != nil || y.v > int64(x.big.BitLen()) {
		if x.big.Sign() < 0 {
			return SmallInt(-1), nil
		}
		return SmallInt(0), nil
	}
	return NewIntBig(t, new(big.Int).Rsh(x.big, uint(y.v))), nil
}

func intAnd(t *Thread, a, b *Object) (*Object, error) {
	x, y, ok := intOperands(a, b)
	if !ok {
		return notImplemented()
	}
	if x.big == nil && y.big == nil {
		return NewInt(t, x.v&y.v), nil
	}
	return NewIntBig(t, new(big.Int).And(bigOf(x), bigOf(y))), nil
}

func intOr(t *Thread, a, b *Object) (*Object, error) {
	x, y, ok := intOperands(a, b)
	if !ok {
		return notImplemented()
	}
	if x.big == nil && y.big == nil {
		return NewInt(t, x.v|y.v), nil
	}
	return NewIntBig(t, new(big.Int).Or(bigOf(x), bigOf(y))), nil
}

func intXor(t *Thread, a, b *Object) (*Object, error) {
	x, y, ok := intOperands(a, b)
	if !ok {
		return notImplemented()
	}
	if x.big == nil && y.big == nil {
		return NewInt(t, x.v^y.v), nil
	}
	return NewIntBig(t, new(big.Int).Xor(bigOf(x), bigOf(y))), nil
}

func intNeg(t *Thread, a *Object) (*Object, error) {
	x := Cast[Int](a)
	if x.big == nil && x.v != math.MinInt64 {
		return NewInt(t, -x.v), nil
	}
	return NewIntBig(t, new(big.Int).Neg(bigOf(x))), nil
}

func intAbs(t *Thread, a *Object) (*Object, error) {
	x := Cast[Int](a)
	if x.Sign() >= 0 {
		return intExact(t, a)
	}
	return intNeg(t, a)
}

func intInvert(t *Thread, a *Object) (*Object, error) {
	x := Cast[Int](a)
	if x.big == nil {
		return NewInt(t, ^x.v), nil
	}
	return NewIntBig(t, new(big.Int).Not(x.big)), nil
}

// intExact returns a as an exact int: a itself for an int, a copy for a
// bool or an int subclass (int.__index__, +x, int(x)).
func intExact(t *Thread, a *Object) (*Object, error) {
	if a.typ == IntType {
		return t.NewRef(a), nil
	}
	x := Cast[Int](a)
	if x.big == nil {
		return NewInt(t, x.v), nil
	}
	return NewIntBig(t, new(big.Int).Set(x.big)), nil
}

// cmpResult turns a three-way comparison into the result of op.
func cmpResult(c int, op CompareOp) *Object {
	var r bool
	switch op {
	case LT:
		r = c < 0
	case LE:
		r = c <= 0
	case EQ:
		r = c == 0
	case NE:
		r = c != 0
	case GT:
		r = c > 0
	case GE:
		r = c >= 0
	}
	return NewBool(r)
}

// cmpInts compares two ints.
func cmpInts(x, y *Int) int {
	if x.big == nil && y.big == nil {
		switch {
		case x.v < y.v:
			return -1
		case x.v > y.v:
			return 1
		}
		return 0
	}
	return bigOf(x).Cmp(bigOf(y))
}

// cmpIntFloat compares an int with a float exactly; ok is false when f
// is a NaN (every comparison but != is then false).
func cmpIntFloat(i *Int, f float64) (c int, ok bool) {
	if f != f {
		return 0, false
	}
	if i.big == nil && i.v <= 1<<53 && i.v >= -(1<<53) {
		fi := float64(i.v)
		switch {
		case fi < f:
			return -1, true
		case fi > f:
			return 1, true
		}
		return 0, true
	}
	if math.IsInf(f, 1) {
		return -1, true
	}
	if math.IsInf(f, -1) {
		return 1, true
	}
	return new(big.Float).SetInt(bigOf(i)).Cmp(new(big.Float).SetFloat64(f)), true
}

func intCompare(t *Thread, a, b *Object, op CompareOp) (*Object, error) {
	x := Cast[Int](a)
	if b.typ == IntType || IsInt(b) {
		return cmpResult(cmpInts(x, Cast[Int](b)), op), nil
	}
	if b.typ == FloatType || IsFloat(b) {
		c, ok := cmpIntFloat(x, Cast[Float](b).v)
		if !ok {
			return NewBool(op == NE), nil
		}
		return cmpResult(c, op), nil
	}
	return notImplemented()
}

// intMethod0 wraps a unary function as a method taking no arguments.
func intMethod0(name string, f func(t *Thread, a *Object) (*Object, error)) CFunc {
	qual := "int." + name // built once, not on every call
	return func(t *Thread, self *Object, args []*Object, kwnames *Tuple) (*Object, error) {
		if err := CheckArgCount(t, qual, args, kwnames, 0, 0); err != nil {
			return nil, err
		}
		return f(t, self)
	}
}

func intBitLength(t *Thread, self *Object, args []*Object, kwnames *Tuple) (*Object, error) {
	if err := CheckArgCount(t, "int.bit_length", args, kwnames, 0, 0); err != nil {
		return nil, err
	}
	x := Cast[Int](self)
	if x.big == nil {
		u := uint64(x.v)
		if x.v < 0 {
			u = -u
		}
		return NewInt(t, int64(bits.Len64(u))), nil
	}
	return NewInt(t, int64(x.big.BitLen())), nil
}

func intBitCount(t *Thread, self *Object, args []*Object, kwnames *Tuple) (*Object, error) {
	if err := CheckArgCount(t, "int.bit_count", args, kwnames, 0, 0); err != nil {
		return nil, err
	}
	x := Cast[Int](self)
	if x.big == nil {
		u := uint64(x.v)
		if x.v < 0 {
			u = -u
		}
		return NewInt(t, int64(bits.OnesCount64(u))), nil
	}
	n := 0
	for _, w := range x.big.Bits() {
		n += bits.OnesCount(uint(w))
	}
	return NewInt(t, int64(n)), nil
}

func intAsIntegerRatio(t *Thread, self *Object, args []*Object, kwnames *Tuple) (*Object, error) {
	if err := CheckArgCount(t, "int.as_integer_ratio", args, kwnames, 0, 0); err != nil {
		return nil, err
	}
	n, _ := intExact(t, self)
	return &NewTuple(t, []*Object{n, SmallInt(1)}).Object, nil
}

// roundHalfEvenDiv returns x / p rounded to the nearest integer, ties to
// even (p > 0).
func roundHalfEvenDiv(x, p *big.Int) *big.Int {
	q, r := floorDivModBig(x, p)
	c := new(big.Int).Lsh(r, 1).Cmp(p)
	if c > 0 || (c == 0 && q.Bit(0) == 1) {
		q.Add(q, bigOne)
	}
	return q
}

func intRound(t *Thread, self *Object, args []*Object, kwnames *Tuple) (*Object, error) {
	if err := CheckArgCount(t, "__round__", args, kwnames, 0, 1); err != nil {
		return nil, err
	}
	if len(args) == 0 || args[0] == None {
		return intExact(t, self)
	}
	nd, err := Index(t, args[0])
	if err != nil {
		return nil, err
	}
	ndi := Cast[Int](nd)
	sign, n, small := ndi.Sign(), ndi.v, ndi.big == nil
	t.Decref(nd)
	if sign >= 0 {
		return intExact(t, self)
	}
	x := Cast[Int](self)
	// 10**k exceeds |x| once k passes its digit count: the result is 0.
	if !small || -n > int64(bitLenInt(x))/3+2 {
		return SmallInt(0), nil
	}
	p := new(big.Int).Exp(big.NewInt(10), big.NewInt(-n), nil)
	q := roundHalfEvenDiv(bigOf(x), p)
	return NewIntBig(t, q.Mul(q, p)), nil
}

func bitLenInt(x *Int) int {
	if x.big != nil {
		return x.big.BitLen()
	}
	u := uint64(x.v)
	if x.v < 0 {
		u = -u
	}
	return bits.Len64(u)
}

// formatArg checks __format__'s single str argument.
func formatArg(t *Thread, args []*Object, kwnames *Tuple) (string, error) {
	if err := CheckArgCount(t, "__format__", args, kwnames, 1, 1); err != nil {
		return "", err
	}
	if !IsStr(args[0]) {
		return "", t.Errorf(TypeErrorType, "__format__() argument must be str, not %s", args[0].typ.Name)
	}
	return StrValue(args[0]), nil
}

func intFormatMethod(t *Thread, self *Object, args []*Object, kwnames *Tuple) (*Object, error) {
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
	s, err := formatInt(t, Cast[Int](self), fs, self.typ.Name)
	if err != nil {
		return nil, err
	}
	return NewStr(t, s), nil
}

// intNew is int(): int(), int(x) and int(x, base).
func intNew(t *Thread, typ *Type, args []*Object, kwnames *Tuple) (*Object, error) {
	npos := len(args)
	if kwnames != nil {
		npos -= len(kwnames.Items)
	}
	if npos > 2 {
		return nil, t.Errorf(TypeErrorType, "int() takes at most 2 arguments (%d given)", len(args))
	}
	var x, base *Object
	if npos > 0 {
		x = args[0]
	}
	if npos > 1 {
		base = args[1]
	}
	if kwnames != nil {
		for k, kn := range kwnames.Items {
			name := StrValue(kn)
			if name != "base" {
				return nil, t.Errorf(TypeErrorType, "'%s' is an invalid keyword argument for int()", name)
			}
			if base != nil {
				return nil, t.Errorf(TypeErrorType, "argument for int() given by name ('base') and position (2)")
			}
			base = args[npos+k]
		}
	}
	r, err := intFromArgs(t, x, base)
	if err != nil || typ == IntType {
		return r, err
	}
	// A subclass: an instance of typ with the value.
	src := Cast[Int](r)
	i := allocInt(typ)
	i.v, i.big = src.v, src.big
	t.Decref(r)
	t.Init(&i.Object, typ)
	return &i.Object, nil
}

func intFromArgs(t *Thread, x, base *Object) (*Object, error) {
	if base == nil {
		if x == nil {
			return SmallInt(0), nil
		}
		return IntOf(t, x)
	}
	if x == nil {
		return nil, t.Errorf(TypeErrorType, "int() missing string argument")
	}
	b, err := AsInt64(t, base)
	if err != nil {
		if ErrorMatches(err, OverflowErrorType) {
			t.DropError(err)
			b = -1
		} else {
			return nil, err
		}
	}
	if b != 0 && (b < 2 || b > 36) {
		return nil, t.Errorf(ValueErrorType, "int() base must be >= 2 and <= 36, or 0")
	}
	if IsBytes(x) {
		return intFromBytes(t, Cast[Bytes](x).b, int(b))
	}
	if IsByteArray(x) {
		return intFromBytes(t, Cast[ByteArray](x).snapshot(), int(b))
	}
	if !IsStr(x) {
		return nil, t.Errorf(TypeErrorType, "int() can't convert non-string with explicit base")
	}
	return IntFromString(t, StrValue(x), int(b))
}

// intFromBytes parses an ASCII int literal held in a bytes object, as
// int(b"...", base) does.
func intFromBytes(t *Thread, b []byte, base int) (*Object, error) {
	if isASCIIBytes(b) {
		v, ok, tooLong := parseIntText(trimPySpace(string(b)), base)
		if tooLong > 0 {
			return nil, errStrDigitsParse(t, tooLong)
		}
		if ok {
			return v.object(t), nil
		}
	}
	return nil, t.Errorf(ValueErrorType, "invalid literal for int() with base %d: %s", base, bytesReprString(b))
}

func isASCIIBytes(b []byte) bool {
	for _, c := range b {
		if c >= 0x80 {
			return false
		}
	}
	return true
}

// IntOf returns int(x) for one argument: ints, floats (truncated),
// strings (base 10) and objects with __int__ or __index__.
func IntOf(t *Thread, x *Object) (*Object, error) {
	switch {
	case x.typ == IntType:
		return t.NewRef(x), nil
	case IsInt(x):
		return intExact(t, x)
	case IsStr(x):
		return IntFromString(t, StrValue(x), 10)
	case IsBytes(x):
		return intFromBytes(t, Cast[Bytes](x).b, 10)
	}
	if n := x.typ.Number; n != nil {
		if n.Int != nil {
			r, err := n.Int(t, x)
			if err != nil {
				return nil, err
			}
			if r.typ == IntType {
				return r, nil
			}
			if !IsInt(r) {
				name := r.typ.Name
				t.Decref(r)
				return nil, t.Errorf(TypeErrorType, "__int__ returned non-int (type %s)", name)
			}
			e, _ := intExact(t, r)
			t.Decref(r)
			return e, nil
		}
		if n.Index != nil {
			r, err := n.Index(t, x)
			if err != nil {
				return nil, err
			}
			if !IsInt(r) {
				name := r.typ.Name
				t.Decref(r)
				return nil, t.Errorf(TypeErrorType, "__index__ returned non-int (type %s)", name)
			}
			e, _ := intExact(t, r)
			t.Decref(r)
			return e, nil
		}
	}
	if m := x.typ.Lookup(Intern("__trunc__")); m != nil && m != None {
		// Deprecated in CPython 3.11, but still honoured.
		f, err := GetAttrString(t, x, "__trunc__")
		if err != nil {
			return nil, err
		}
		r, err := Call(t, f, nil, nil)
		t.Decref(f)
		if err != nil {
			return nil, err
		}
		defer t.Decref(r)
		if IsInt(r) {
			return intExact(t, r)
		}
		if r.typ.Number == nil || r.typ.Number.Index == nil {
			return nil, t.Errorf(TypeErrorType, "__trunc__ returned non-Integral (type %s)", r.typ.Name)
		}
		return Index(t, r)
	}
	if CheckBuffer(x) {
		b, err := BytesLikeCopy(t, x)
		if err != nil {
			return nil, err
		}
		return intFromBytes(t, b, 10)
	}
	return nil, t.Errorf(TypeErrorType, "int() argument must be a string, a bytes-like object or a real number, not '%s'", x.typ.Name)
}
