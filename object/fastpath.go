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
		x, y := Cast[Int](a), Cast[Int](b)
		if x.big != nil || y.big != nil {
			return nil
		}
		switch op {
		case OpAdd:
			if r := x.v + y.v; (r > x.v) == (y.v > 0) {
				return NewInt(t, r)
			}
		case OpSub:
			if r := x.v - y.v; (r < x.v) == (y.v > 0) {
				return NewInt(t, r)
			}
		case OpMul:
			hi, lo := bits.Mul64(uint64(abs64(x.v)), uint64(abs64(y.v)))
			if hi == 0 && lo <= 1<<63-1 && x.v != -1<<63 && y.v != -1<<63 {
				r := int64(lo)
				if (x.v < 0) != (y.v < 0) {
					r = -r
				}
				return NewInt(t, r)
			}
		case OpAnd:
			return NewInt(t, x.v&y.v)
		case OpOr:
			return NewInt(t, x.v|y.v)
		case OpXor:
			return NewInt(t, x.v^y.v)
		}
		return nil
	}
	if a.typ == FloatType && b.typ == FloatType {
		x, y := Cast[Float](a).v, Cast[Float](b).v
		switch op {
		case OpAdd:
			return NewFloat(t, x+y)
		case OpSub:
			return NewFloat(t, x-y)
		case OpMul:
			return NewFloat(t, x*y)
		case OpTrueDiv:
			if y != 0 {
				return NewFloat(t, x/y)
			}
		}
	}
	return nil
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
