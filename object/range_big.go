// This file holds range's big-int representation, for ranges whose
// bounds or length do not fit an int64 (range(2**70), range(2**64,
// 2**64+2)), its slicing (which can leave int64 even for a small range),
// and longrange_iterator, their iterator. Only these slow paths use
// big.Int: the int64 range and its iterator in range.go stay as they are.

package object

import (
	"math/big"
	"sync"
)

// bigRange is a range's bounds as big ints, with its length; none of
// them is ever modified once built, so they can be shared.
type bigRange struct {
	start, stop, step, length *big.Int
}

// newBigRangeBounds builds a bigRange, computing its length; step must
// not be zero.
func newBigRangeBounds(start, stop, step *big.Int) *bigRange {
	n := new(big.Int)
	switch s := step.Sign(); {
	case s > 0 && start.Cmp(stop) < 0:
		n.Sub(stop, start) // (stop-start-1)/step + 1
		n.Sub(n, bigOne)
		n.Quo(n, step)
		n.Add(n, bigOne)
	case s < 0 && start.Cmp(stop) > 0:
		n.Sub(start, stop) // (start-stop-1)/-step + 1
		n.Sub(n, bigOne)
		n.Quo(n, new(big.Int).Neg(step))
		n.Add(n, bigOne)
	}
	return &bigRange{start: start, stop: stop, step: step, length: n}
}

func bigRangeOf(start, stop, step int64) *bigRange {
	return newBigRangeBounds(big.NewInt(start), big.NewInt(stop), big.NewInt(step))
}

// bigRangeOfRange returns r as a bigRange, whichever form it has.
func bigRangeOfRange(r *Range) *bigRange {
	if r.big != nil {
		return r.big
	}
	return bigRangeOf(r.start, r.stop, r.step)
}

// newBigRange returns a range object for b, in the int64 form when all
// of b fits (so equal ranges share one fast representation).
func newBigRange(t *Thread, b *bigRange) *Object {
	if b.start.IsInt64() && b.stop.IsInt64() && b.step.IsInt64() && b.length.IsInt64() {
		start, stop, step := b.start.Int64(), b.stop.Int64(), b.step.Int64()
		r := &Range{start: start, stop: stop, step: step, length: uint64(b.length.Int64())}
		t.Init(&r.Object, RangeType)
		return &r.Object
	}
	r := &Range{big: b}
	t.Init(&r.Object, RangeType)
	return &r.Object
}

// rangeNewBig is range() for arguments that are not all int64-sized
// exact ints: each is converted with __index__.
func rangeNewBig(t *Thread, args []*Object) (*Object, error) {
	var v [3]*big.Int
	for i, a := range args {
		o, err := Index(t, a)
		if err != nil {
			return nil, err
		}
		v[i] = Cast[Int](o).Big()
		t.Decref(o)
	}
	if len(args) == 1 {
		return newBigRange(t, newBigRangeBounds(new(big.Int), v[0], big.NewInt(1))), nil
	}
	step := big.NewInt(1)
	if len(args) == 3 {
		if step = v[2]; step.Sign() == 0 {
			return nil, t.Errorf(ValueErrorType, "range() arg 3 must not be zero")
		}
	}
	return newBigRange(t, newBigRangeBounds(v[0], v[1], step)), nil
}

func (b *bigRange) len(t *Thread) (int, error) {
	if !b.length.IsInt64() {
		return 0, t.Errorf(OverflowErrorType, "Python int too large to convert to C ssize_t")
	}
	return int(b.length.Int64()), nil
}

func (b *bigRange) repr() string {
	s := "range(" + b.start.String() + ", " + b.stop.String()
	if b.step.Cmp(bigOne) != 0 {
		s += ", " + b.step.String()
	}
	return s + ")"
}

// at returns the i'th item (0 <= i < length).
func (b *bigRange) at(i *big.Int) *big.Int {
	v := new(big.Int).Mul(i, b.step)
	return v.Add(v, b.start)
}

// item is range[key] for an index key.
func (b *bigRange) item(t *Thread, key *Object) (*Object, error) {
	o, err := Index(t, key)
	if err != nil {
		return nil, err
	}
	i := Cast[Int](o).Big()
	t.Decref(o)
	if i.Sign() < 0 {
		i.Add(i, b.length)
	}
	if i.Sign() < 0 || i.Cmp(b.length) >= 0 {
		return nil, t.Errorf(IndexErrorType, "range object index out of range")
	}
	return NewIntBig(t, b.at(i)), nil
}

// position returns v's index in the range, or nil.
func (b *bigRange) position(v *big.Int) *big.Int {
	if b.length.Sign() == 0 {
		return nil
	}
	if b.step.Sign() > 0 {
		if v.Cmp(b.start) < 0 || v.Cmp(b.stop) >= 0 {
			return nil
		}
	} else if v.Cmp(b.start) > 0 || v.Cmp(b.stop) <= 0 {
		return nil
	}
	q, r := new(big.Int).QuoRem(new(big.Int).Sub(v, b.start), b.step, new(big.Int))
	if r.Sign() != 0 {
		return nil
	}
	return q
}

// index returns the index of the first item equal to v as an int, or
// nil: O(1) for ints, by iteration (as CPython does) otherwise.
func (b *bigRange) index(t *Thread, v *Object) (*Object, error) {
	if v.typ == IntType || v.typ == BoolType {
		if i := b.position(Cast[Int](v).Big()); i != nil {
			return NewIntBig(t, i), nil
		}
		return nil, nil
	}
	for k := new(big.Int); k.Cmp(b.length) < 0; k.Add(k, bigOne) {
		x := NewIntBig(t, b.at(k))
		eq, err := RichCompareBool(t, x, v, EQ)
		t.Decref(x)
		if err != nil {
			return nil, err
		}
		if eq {
			return NewIntBig(t, new(big.Int).Set(k)), nil
		}
	}
	return nil, nil
}

// count is range.count(v).
func (b *bigRange) count(t *Thread, v *Object) (*Object, error) {
	if v.typ == IntType || v.typ == BoolType {
		return NewInt(t, b2i(b.position(Cast[Int](v).Big()) != nil)), nil
	}
	n := new(big.Int)
	for k := new(big.Int); k.Cmp(b.length) < 0; k.Add(k, bigOne) {
		x := NewIntBig(t, b.at(k))
		eq, err := RichCompareBool(t, x, v, EQ)
		t.Decref(x)
		if err != nil {
			return nil, err
		}
		if eq {
			n.Add(n, bigOne)
		}
	}
	return NewIntBig(t, n), nil
}

// equal compares as range == range does: by the items produced.
func (b *bigRange) equal(c *bigRange) bool {
	if b.length.Cmp(c.length) != 0 {
		return false
	}
	if b.length.Sign() == 0 {
		return true
	}
	if b.start.Cmp(c.start) != 0 {
		return false
	}
	return b.length.Cmp(bigOne) == 0 || b.step.Cmp(c.step) == 0
}

// hash hashes (len, start, step) with None for the parts that do not
// tell equal ranges apart, as the int64 form does.
func (b *bigRange) hash(t *Thread) (int64, error) {
	items := []*Object{NewIntBig(t, new(big.Int).Set(b.length)), None, None}
	if b.length.Sign() > 0 {
		items[1] = NewIntBig(t, new(big.Int).Set(b.start))
		if b.length.Cmp(bigOne) > 0 {
			items[2] = NewIntBig(t, new(big.Int).Set(b.step))
		}
	}
	h, err := hashItems(t, items)
	decrefAll(t, items)
	return h, err
}

// reversed returns an iterator from the last item down.
func (b *bigRange) reversed(t *Thread) *Object {
	neg := new(big.Int).Neg(b.step)
	if b.length.Sign() == 0 {
		return newLongRangeIter(t, b.start, neg, b.length)
	}
	last := b.at(new(big.Int).Sub(b.length, bigOne))
	return newLongRangeIter(t, last, neg, b.length)
}

// rangeSlice is range[s]: the int64 arithmetic when the range is in
// int64 form, short enough for Slice.Indices (which clamps bounds to
// maxIndex), and the result fits; big ints otherwise.
func rangeSlice(t *Thread, r *Range, s *Slice) (*Object, error) {
	if r.big == nil && r.length <= maxIndex {
		start, stop, step, _, err := s.Indices(t, int(r.length))
		if err != nil {
			return nil, err
		}
		a, ok1 := mulAdd64(int64(start), r.step, r.start)
		z, ok2 := mulAdd64(int64(stop), r.step, r.start)
		st, ok3 := mul64(r.step, int64(step))
		// Indices clamps a huge step to maxIndex: only big ints keep it.
		if ok1 && ok2 && ok3 && step != maxIndex && step != -maxIndex {
			return NewRange(t, a, z, st), nil
		}
	}
	b := bigRangeOfRange(r)
	start, stop, step, err := bigSliceIndices(t, s, b.length)
	if err != nil {
		return nil, err
	}
	return newBigRange(t, newBigRangeBounds(b.at(start), b.at(stop), step.Mul(step, b.step))), nil
}

// mulAdd64 returns x*y+z and whether it did not overflow.
func mulAdd64(x, y, z int64) (int64, bool) {
	p, ok := mul64(x, y)
	if !ok {
		return 0, false
	}
	s := p + z
	if (s > p) != (z > 0) {
		return 0, false
	}
	return s, true
}

// hintLen returns the range's length for presizing, or ok false when
// it does not fit an int64.
func (r *Range) hintLen() (n int64, ok bool) {
	if r.big == nil {
		return int64(r.length), true
	}
	if !r.big.length.IsInt64() {
		return 0, false
	}
	return r.big.length.Int64(), true
}

// longRangeIter is longrange_iterator, the iterator of a range in big
// form. Its state is behind a lock: big.Ints must not be changed by two
// threads at once, and this path is slow anyway.
type longRangeIter struct {
	Object
	mu                    sync.Mutex
	next, step, remaining *big.Int // owned; next and remaining change
	start, length         *big.Int // the first value and the count, for __reduce__
}

// LongRangeIterType is longrange_iterator.
var LongRangeIterType = NewStaticType(&Type{Name: "longrange_iterator", Iter: selfIter, Next: longRangeIterNext})

func newLongRangeIter(t *Thread, start, step, n *big.Int) *Object {
	it := &longRangeIter{next: new(big.Int).Set(start), step: step, remaining: new(big.Int).Set(n),
		start: new(big.Int).Set(start), length: new(big.Int).Set(n)}
	t.Init(&it.Object, LongRangeIterType)
	return &it.Object
}

func longRangeIterNext(t *Thread, o *Object) (*Object, error) {
	it := Cast[longRangeIter](o)
	it.mu.Lock()
	if it.remaining.Sign() <= 0 {
		it.mu.Unlock()
		return nil, nil
	}
	v := new(big.Int).Set(it.next)
	it.remaining.Sub(it.remaining, bigOne)
	it.next.Add(it.next, it.step)
	it.mu.Unlock()
	return NewIntBig(t, v), nil
}

// hintLen returns the items left, or ok false when that does not fit
// an int64.
func (it *longRangeIter) hintLen() (n int64, ok bool) {
	it.mu.Lock()
	defer it.mu.Unlock()
	if !it.remaining.IsInt64() {
		return 0, false
	}
	return it.remaining.Int64(), true
}

func init() {
	ReadyType(LongRangeIterType, append([]MethodDef{{Name: "__length_hint__", Doc: "Private method returning an estimate of len(list(it)).",
		Fn: func(t *Thread, self *Object, args []*Object, kwnames *Tuple) (*Object, error) {
			if err := CheckArgCount(t, "__length_hint__", args, kwnames, 0, 0); err != nil {
				return nil, err
			}
			it := Cast[longRangeIter](self)
			it.mu.Lock()
			n := new(big.Int).Set(it.remaining)
			it.mu.Unlock()
			return NewIntBig(t, n), nil
		}}}, longRangeIterPickling...), nil)
}
