// This file defines range, the immutable arithmetic sequence, and its
// iterator, over int64 bounds: the common case, kept allocation-free for
// the eval loop. Ranges whose bounds or length do not fit take the
// big-int representation of range_big.go.

package object

import (
	"math"
	"math/big"
)

// Range is a range object. When big is nil the int64 fields hold it and
// its length is at most math.MaxInt64; otherwise big holds it and the
// int64 fields are unused.
type Range struct {
	Object
	start, stop, step int64
	length            uint64
	big               *bigRange
}

// RangeType is range.
var RangeType = NewStaticType(&Type{Name: "range",
	Doc: "range(stop) -> range object\nrange(start, stop[, step]) -> range object\n\nReturn an object that produces a sequence of integers from start (inclusive)\nto stop (exclusive) by step."})

// RangeIterType is range_iterator.
var RangeIterType = NewStaticType(&Type{Name: "range_iterator", Iter: selfIter, Next: rangeIterNext})

func rangeLength(start, stop, step int64) uint64 {
	if step > 0 && start < stop {
		return (uint64(stop)-uint64(start)-1)/uint64(step) + 1
	}
	if step < 0 && start > stop {
		return (uint64(start)-uint64(stop)-1)/(0-uint64(step)) + 1
	}
	return 0
}

// NewRange returns range(start, stop, step); step must not be zero.
func NewRange(t *Thread, start, stop, step int64) *Object {
	n := rangeLength(start, stop, step)
	if n > math.MaxInt64 {
		return newBigRange(t, bigRangeOf(start, stop, step))
	}
	r := &Range{start: start, stop: stop, step: step, length: n}
	t.Init(&r.Object, RangeType)
	return &r.Object
}

func rangeNew(t *Thread, typ *Type, args []*Object, kwnames *Tuple) (*Object, error) {
	if err := NoKeywords(t, "range", kwnames); err != nil {
		return nil, err
	}
	if err := CheckArgCount(t, "range", args, nil, 1, 3); err != nil {
		return nil, err
	}
	var v [3]int64
	for i, a := range args {
		x, ok := fastIndex(a)
		if !ok {
			return rangeNewBig(t, args)
		}
		v[i] = x
	}
	if len(args) == 1 {
		return NewRange(t, 0, v[0], 1), nil
	}
	step := int64(1)
	if len(args) == 3 {
		if step = v[2]; step == 0 {
			return nil, t.Errorf(ValueErrorType, "range() arg 3 must not be zero")
		}
	}
	return NewRange(t, v[0], v[1], step), nil
}

func (r *Range) at(i uint64) int64 { return r.start + int64(i)*r.step }

func rangeLen(t *Thread, o *Object) (int, error) {
	r := Cast[Range](o)
	if r.big != nil {
		return r.big.len(t)
	}
	return int(r.length), nil
}

func rangeRepr(t *Thread, o *Object) (*Object, error) {
	r := Cast[Range](o)
	if r.big != nil {
		return NewStr(t, r.big.repr()), nil
	}
	s := "range(" + itoa(r.start) + ", " + itoa(r.stop)
	if r.step != 1 {
		s += ", " + itoa(r.step)
	}
	return NewStr(t, s+")"), nil
}

func rangeGetItem(t *Thread, o, key *Object) (*Object, error) {
	r := Cast[Range](o)
	if key.typ == SliceType {
		return rangeSlice(t, r, AsSlice(key))
	}
	if !hasIndex(key) {
		return nil, t.Errorf(TypeErrorType, "range indices must be integers or slices, not %s", key.typ.Name)
	}
	if r.big != nil {
		return r.big.item(t, key)
	}
	i, ok := fastIndex(key)
	var err error
	if !ok {
		i, err = AsInt64(t, key)
	}
	if err != nil {
		if ErrorMatches(err, OverflowErrorType) {
			t.DropError(err)
			return nil, t.Errorf(IndexErrorType, "range object index out of range")
		}
		return nil, err
	}
	if i < 0 {
		i += int64(r.length)
	}
	if i < 0 || uint64(i) >= r.length {
		return nil, t.Errorf(IndexErrorType, "range object index out of range")
	}
	return NewInt(t, r.at(uint64(i))), nil
}

// position returns v's index in the range, or -1.
func (r *Range) position(v int64) int64 {
	if r.length == 0 {
		return -1
	}
	if r.step > 0 {
		if v < r.start || v >= r.stop {
			return -1
		}
	} else if v > r.start || v <= r.stop {
		return -1
	}
	d := uint64(v - r.start)
	st := uint64(r.step)
	if r.step < 0 {
		d, st = uint64(r.start-v), 0-uint64(r.step)
	}
	if d%st != 0 {
		return -1
	}
	return int64(d / st)
}

// rangeFind returns the index of the first item equal to v, or -1: O(1)
// for ints, by iteration otherwise.
func rangeFind(t *Thread, r *Range, v *Object) (int64, error) {
	if v.typ == IntType || v.typ == BoolType {
		i := Cast[Int](v)
		if i.big != nil {
			return -1, nil
		}
		return r.position(i.v), nil
	}
	for k := uint64(0); k < r.length; k++ {
		x := NewInt(t, r.at(k))
		eq, err := RichCompareBool(t, x, v, EQ)
		t.Decref(x)
		if err != nil {
			return -1, err
		}
		if eq {
			return int64(k), nil
		}
	}
	return -1, nil
}

func rangeCompare(t *Thread, a, b *Object, op CompareOp) (*Object, error) {
	if a.typ != RangeType || b.typ != RangeType || (op != EQ && op != NE) {
		return t.NewRef(NotImplemented), nil
	}
	x, y := Cast[Range](a), Cast[Range](b)
	if x.big != nil || y.big != nil {
		return NewBool(bigRangeOfRange(x).equal(bigRangeOfRange(y)) == (op == EQ)), nil
	}
	eq := x.length == y.length &&
		(x.length == 0 || (x.start == y.start && (x.length == 1 || x.step == y.step)))
	return NewBool(eq == (op == EQ)), nil
}

func rangeHash(t *Thread, o *Object) (int64, error) {
	r := Cast[Range](o)
	if r.big != nil {
		return r.big.hash(t)
	}
	items := []*Object{NewInt(t, int64(r.length)), None, None}
	if r.length > 0 {
		items[1] = NewInt(t, r.start)
		if r.length > 1 {
			items[2] = NewInt(t, r.step)
		}
	}
	h, err := hashItems(t, items)
	decrefAll(t, items)
	return h, err
}

// rangeIter is range_iterator. Threads may share one: next and
// remaining are relaxed words, as in CPython's free-threaded build (two
// threads may both get one value; remaining never goes below zero, since
// each store is one less than a positive value loaded).
type rangeIter struct {
	Object
	next      relaxedInt64
	step      int64
	remaining relaxedUint64
	start     int64  // the first value, for __reduce__
	length    uint64 // how many values in all
}

func newRangeIter(t *Thread, start, step int64, n uint64) *Object {
	it := &rangeIter{step: step, start: start, length: n}
	it.next.Store(start)
	it.remaining.Store(n)
	t.Init(&it.Object, RangeIterType)
	return &it.Object
}

func rangeIterNext(t *Thread, o *Object) (*Object, error) { return RangeIterNext(t, o), nil }

func init() {
	rt := RangeType
	rt.New = rangeNew
	rt.Repr = rangeRepr
	rt.Hash = rangeHash
	rt.Compare = rangeCompare
	rt.Len = rangeLen
	rt.Bool = func(t *Thread, o *Object) (bool, error) {
		r := Cast[Range](o)
		if r.big != nil {
			return r.big.length.Sign() != 0, nil
		}
		return r.length != 0, nil
	}
	rt.GetItem = rangeGetItem
	rt.Contains = func(t *Thread, o, v *Object) (bool, error) {
		r := Cast[Range](o)
		if r.big != nil {
			i, err := r.big.index(t, v)
			if i != nil {
				t.Decref(i)
			}
			return i != nil, err
		}
		i, err := rangeFind(t, r, v)
		return i >= 0, err
	}
	rt.Iter = func(t *Thread, o *Object) (*Object, error) {
		r := Cast[Range](o)
		if r.big != nil {
			return newLongRangeIter(t, r.big.start, r.big.step, r.big.length), nil
		}
		return newRangeIter(t, r.start, r.step, r.length), nil
	}
	intAttr := func(f func(r *Range) int64, fb func(b *bigRange) *big.Int) func(t *Thread, o *Object) (*Object, error) {
		return func(t *Thread, o *Object) (*Object, error) {
			r := Cast[Range](o)
			if r.big != nil {
				return NewIntBig(t, new(big.Int).Set(fb(r.big))), nil
			}
			return NewInt(t, f(r)), nil
		}
	}
	ReadyType(rt, []MethodDef{
		{Name: "__reduce__", Doc: "Return state information for pickling.",
			Fn: func(t *Thread, self *Object, args []*Object, kwnames *Tuple) (*Object, error) {
				if err := CheckArgCount(t, "__reduce__", args, kwnames, 0, 0); err != nil {
					return nil, err
				}
				parts := make([]*Object, 3)
				for i, name := range [3]string{"start", "stop", "step"} {
					v, err := GetAttrString(t, self, name)
					if err != nil {
						decrefAll(t, parts[:i])
						return nil, err
					}
					parts[i] = v
				}
				return NewTupleRefs(t, t.NewRef(RangeType.Obj()), NewTupleRefs(t, parts...).Obj()).Obj(), nil
			}},
		{Name: "count", Doc: "rangeobject.count(value) -> integer -- return number of occurrences of value",
			Fn: func(t *Thread, self *Object, args []*Object, kwnames *Tuple) (*Object, error) {
				if err := CheckArgCount(t, "range.count", args, kwnames, 1, 1); err != nil {
					return nil, err
				}
				r := Cast[Range](self)
				if r.big != nil {
					return r.big.count(t, args[0])
				}
				if args[0].typ == IntType || args[0].typ == BoolType {
					i, _ := rangeFind(t, r, args[0])
					return NewInt(t, b2i(i >= 0)), nil
				}
				n := int64(0)
				for k := uint64(0); k < r.length; k++ {
					x := NewInt(t, r.at(k))
					eq, err := RichCompareBool(t, x, args[0], EQ)
					t.Decref(x)
					if err != nil {
						return nil, err
					}
					n += b2i(eq)
				}
				return NewInt(t, n), nil
			}},
		{Name: "index", Doc: "rangeobject.index(value) -> integer -- return index of value.",
			Fn: func(t *Thread, self *Object, args []*Object, kwnames *Tuple) (*Object, error) {
				if err := CheckArgCount(t, "range.index", args, kwnames, 1, 1); err != nil {
					return nil, err
				}
				r := Cast[Range](self)
				var found *Object
				if r.big != nil {
					i, err := r.big.index(t, args[0])
					if err != nil {
						return nil, err
					}
					found = i
				} else {
					i, err := rangeFind(t, r, args[0])
					if err != nil {
						return nil, err
					}
					if i >= 0 {
						found = NewInt(t, i)
					}
				}
				if found == nil {
					s, err := ReprString(t, args[0])
					if err != nil {
						return nil, err
					}
					return nil, t.Errorf(ValueErrorType, "%s is not in range", s)
				}
				return found, nil
			}},
		{Name: "__reversed__", Doc: "Return a reverse iterator.",
			Fn: func(t *Thread, self *Object, args []*Object, kwnames *Tuple) (*Object, error) {
				if err := CheckArgCount(t, "__reversed__", args, kwnames, 0, 0); err != nil {
					return nil, err
				}
				r := Cast[Range](self)
				if r.big != nil {
					return r.big.reversed(t), nil
				}
				if r.length == 0 {
					return newRangeIter(t, r.start, -r.step, 0), nil
				}
				return newRangeIter(t, r.at(r.length-1), -r.step, r.length), nil
			}},
	}, []GetSetDef{
		{Name: "start", Get: intAttr(func(r *Range) int64 { return r.start }, func(b *bigRange) *big.Int { return b.start })},
		{Name: "stop", Get: intAttr(func(r *Range) int64 { return r.stop }, func(b *bigRange) *big.Int { return b.stop })},
		{Name: "step", Get: intAttr(func(r *Range) int64 { return r.step }, func(b *bigRange) *big.Int { return b.step })},
	})
	ReadyType(RangeIterType, append([]MethodDef{lengthHintDef(func(t *Thread, o *Object) (int, error) {
		return int(min(Cast[rangeIter](o).remaining.Load(), maxIndex)), nil
	})}, rangeIterPickling...), nil)
}

func b2i(b bool) int64 {
	if b {
		return 1
	}
	return 0
}

// RangeIterNext advances a range iterator (o's type must be
// RangeIterType) without the generic Next dispatch, for the eval loop's
// FOR_ITER; nil at the end.
func RangeIterNext(t *Thread, o *Object) *Object {
	n, ok := Cast[rangeIter](o).advance()
	if !ok {
		return nil
	}
	return NewInt(t, n)
}

// advance returns the iterator's next value, or ok false at the end.
func (it *rangeIter) advance() (n int64, ok bool) {
	r := it.remaining.Load()
	if r == 0 {
		return 0, false
	}
	n = it.next.Load()
	it.next.Store(n + it.step)
	it.remaining.Store(r - 1)
	return n, true
}

// RangeIterStore is RangeIterNext for a FOR_ITER whose next instruction
// stores the value into the fast local *slot, and does that store; it
// reports whether the iterator was exhausted (then *slot is untouched).
// When the local holds the only reference to the previous value
// (reusable: see Thread.IsUniqueLocal) and that is an int, the int takes
// the new value in place (CPython reuses a uniquely referenced float the
// same way): nothing can observe the difference from freeing it and
// allocating a new one, and a loop over a range then allocates nothing.
func RangeIterStore(t *Thread, o *Object, slot *StackRef, reusable bool) (done bool) {
	n, ok := Cast[rangeIter](o).advance()
	if !ok {
		return true
	}
	old := *slot
	if reusable && (n < smallIntMin || n > smallIntMax) {
		if p := old.Obj(); p.typ == IntType && Cast[Int](p).big == nil {
			Cast[Int](p).v = n
			return false
		}
	}
	*slot = RefSteal(NewInt(t, n))
	t.Close(old)
	return false
}
