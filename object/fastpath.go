// This file holds the eval loop's fast paths for the commonest operand
// types: int64-sized ints and floats. Each returns nil when the operands
// are not its case (or the result would overflow), and the caller falls
// back to BinaryOperation or RichCompare, which give the same answer.

package object

import "math/bits"

// FastBinary computes a op b for two exact ints that fit in an int64 or
// two exact floats, or returns nil.
func FastBinary(t *Thread, a, b *Object, op BinaryOp) *Object {
	if a.typ == IntType && b.typ == IntType {
		if r, ok := fastInt(Cast[Int](a), Cast[Int](b), op); ok {
			return NewInt(t, r)
		}
		return nil
	}
	if a.typ == FloatType && b.typ == FloatType {
		if r, ok := fastFloat(Cast[Float](a).v, Cast[Float](b).v, op); ok {
			return NewFloat(t, r)
		}
	}
	return nil
}

// FastBinaryInto is FastBinary writing the result into dst, an exact int
// or float that the caller is about to drop the only reference to (the
// target of `x = x * y`), instead of allocating: CPython reuses a
// uniquely referenced float the same way. It reports false, changing
// nothing, when the operands or the result do not fit dst.
func FastBinaryInto(a, b *Object, op BinaryOp, dst *Object) bool {
	switch {
	case dst.typ == IntType && a.typ == IntType && b.typ == IntType:
		d := Cast[Int](dst)
		if d.big != nil {
			return false
		}
		r, ok := fastInt(Cast[Int](a), Cast[Int](b), op)
		if !ok || (r >= smallIntMin && r <= smallIntMax) {
			// Small ints are the cached immortal ones.
			return false
		}
		d.v = r
		return true
	case dst.typ == FloatType && a.typ == FloatType && b.typ == FloatType:
		r, ok := fastFloat(Cast[Float](a).v, Cast[Float](b).v, op)
		if ok {
			Cast[Float](dst).v = r
		}
		return ok
	}
	return false
}

// fastInt computes x op y for int64-sized ints; ok is false for other
// operations, big operands or an overflowing result.
func fastInt(x, y *Int, op BinaryOp) (r int64, ok bool) {
	if x.big != nil || y.big != nil {
		return 0, false
	}
	switch op {
	case OpAdd:
		if r := x.v + y.v; (r > x.v) == (y.v > 0) {
			return r, true
		}
	case OpSub:
		if r := x.v - y.v; (r < x.v) == (y.v > 0) {
			return r, true
		}
	case OpMul:
		hi, lo := bits.Mul64(uint64(abs64(x.v)), uint64(abs64(y.v)))
		if hi == 0 && lo <= 1<<63-1 && x.v != -1<<63 && y.v != -1<<63 {
			r := int64(lo)
			if (x.v < 0) != (y.v < 0) {
				r = -r
			}
			return r, true
		}
	case OpFloorDiv, OpMod:
		// Python's floor division; zero raises, and the one quotient
		// that overflows (min int64 // -1) is a big int.
		if y.v == 0 || (x.v == -1<<63 && y.v == -1) {
			return 0, false
		}
		q, r := floorDivMod64(x.v, y.v)
		if op == OpMod {
			return r, true
		}
		return q, true
	case OpRShift:
		if y.v >= 0 {
			return x.v >> min(y.v, 63), true
		}
	case OpAnd:
		return x.v & y.v, true
	case OpOr:
		return x.v | y.v, true
	case OpXor:
		return x.v ^ y.v, true
	}
	return 0, false
}

// fastFloat computes x op y for floats; ok is false for other operations
// and for a division by zero (which raises).
func fastFloat(x, y float64, op BinaryOp) (float64, bool) {
	switch op {
	case OpAdd:
		return x + y, true
	case OpSub:
		return x - y, true
	case OpMul:
		return x * y, true
	case OpTrueDiv:
		if y != 0 {
			return x / y, true
		}
	}
	return 0, false
}

func abs64(v int64) int64 {
	if v < 0 {
		return -v
	}
	return v
}

// FastCompare compares two exact int64-sized ints or two exact floats,
// returning True or False, or nil for other operands.
func FastCompare(a, b *Object, op CompareOp) *Object {
	var c int
	switch {
	case a.typ == IntType && b.typ == IntType:
		x, y := Cast[Int](a), Cast[Int](b)
		if x.big != nil || y.big != nil {
			return nil
		}
		c = cmp3(x.v < y.v, x.v > y.v)
	case a.typ == FloatType && b.typ == FloatType:
		x, y := Cast[Float](a).v, Cast[Float](b).v
		if x != x || y != y { // NaN: every comparison but != is false
			return NewBool(op == NE)
		}
		c = cmp3(x < y, x > y)
	default:
		return nil
	}
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

func cmp3(less, greater bool) int {
	switch {
	case less:
		return -1
	case greater:
		return 1
	}
	return 0
}

// FastSubscript is o[k] for the commonest cases, an exact dict with an
// exact str key that is present and an exact list with an int64 index in
// range, without the generic slot dispatch; ok is false (and nothing
// done) otherwise, including when the generic path would raise.
func FastSubscript(t *Thread, o, k *Object) (v *Object, ok bool) {
	switch o.typ {
	case DictType:
		if k.typ == StrType {
			if v, ok := Cast[Dict](o).getStrRef(t, Cast[Str](k)); ok && v != nil {
				return v, true
			}
		}
	case ListType:
		if i, isInt := fastIndex(k); isInt {
			l := Cast[List](o)
			if i < 0 {
				i += int64(l.Len())
			}
			if i >= 0 {
				if v := l.itemRef(t, int(i)); v != nil {
					return v, true
				}
			}
		}
	}
	return nil, false
}

// FastStoreSubscript is o[k] = v for an exact dict with an exact str key,
// without the generic slot dispatch, and reports whether it stored.
func FastStoreSubscript(t *Thread, o, k, v *Object) bool {
	if o.typ == DictType && k.typ == StrType {
		Cast[Dict](o).SetStr(t, Cast[Str](k), v)
		return true
	}
	return false
}
