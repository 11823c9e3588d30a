// This file defines slice objects and the index arithmetic every sequence
// shares: normalising an index, and resolving a slice against a length.

package object

// Slice is a slice object (start:stop:step); absent parts are None.
type Slice struct {
	Object
	Start, Stop, Step *Object // owned
}

// SliceType is slice.
var SliceType = NewStaticType(&Type{
	Name: "slice",
	Dealloc: func(t *Thread, o *Object) {
		s := Cast[Slice](o)
		t.Decref(s.Start)
		t.Decref(s.Stop)
		t.Decref(s.Step)
	},
	Repr: func(t *Thread, o *Object) (*Object, error) {
		s := Cast[Slice](o)
		parts := [3]string{}
		for i, p := range []*Object{s.Start, s.Stop, s.Step} {
			r, err := ReprString(t, p)
			if err != nil {
				return nil, err
			}
			parts[i] = r
		}
		return NewStr(t, "slice("+parts[0]+", "+parts[1]+", "+parts[2]+")"), nil
	},
})

// NewSlice returns a slice of new references to start, stop and step
// (nil means None).
func NewSlice(t *Thread, start, stop, step *Object) *Object {
	orNone := func(o *Object) *Object {
		if o == nil {
			return None
		}
		return t.NewRef(o)
	}
	s := &Slice{Start: orNone(start), Stop: orNone(stop), Step: orNone(step)}
	t.Init(&s.Object, SliceType)
	return &s.Object
}

// IsSlice reports whether o is a slice.
func IsSlice(o *Object) bool { return o.typ == SliceType }

// AsSlice returns o as a *Slice.
func AsSlice(o *Object) *Slice { return Cast[Slice](o) }

// Indices resolves the slice against a sequence of length n, with
// Python's clamping rules (slice.indices). count is the number of items
// selected.
func (s *Slice) Indices(t *Thread, n int) (start, stop, step, count int, err error) {
	b, err := s.Bounds(t)
	if err != nil {
		return 0, 0, 0, 0, err
	}
	start, stop, step, count = b.Indices(n)
	return start, stop, step, count, nil
}

// SliceBounds is a slice's start, stop and step as Go ints, before they
// are resolved against a length: converting them may run __index__, and
// resolving them cannot, so a container resolves under its lock.
type SliceBounds struct {
	Start, Stop, Step int
	HasStart, HasStop bool
}

// Bounds converts the slice's members (slice indices must be None or
// have __index__; the step must not be zero).
func (s *Slice) Bounds(t *Thread) (SliceBounds, error) {
	b := SliceBounds{Step: 1}
	var err error
	if s.Step != None {
		if b.Step, err = sliceIndex(t, s.Step); err != nil {
			return b, err
		}
		if b.Step == 0 {
			return b, t.Errorf(ValueErrorType, "slice step cannot be zero")
		}
	}
	if s.Start != None {
		if b.Start, err = sliceIndex(t, s.Start); err != nil {
			return b, err
		}
		b.HasStart = true
	}
	if s.Stop != None {
		if b.Stop, err = sliceIndex(t, s.Stop); err != nil {
			return b, err
		}
		b.HasStop = true
	}
	return b, nil
}

// Indices resolves the bounds against a sequence of length n.
func (b SliceBounds) Indices(n int) (start, stop, step, count int) {
	step = b.Step
	lower, upper := 0, n
	if step < 0 {
		lower, upper = -1, n-1
	}
	resolve := func(v int, has bool, def int) int {
		if !has {
			return def
		}
		if v < 0 {
			v += n
			if v < lower {
				v = lower
			}
		} else if v > upper {
			v = upper
		}
		return v
	}
	if step > 0 {
		start, stop = resolve(b.Start, b.HasStart, lower), resolve(b.Stop, b.HasStop, upper)
	} else {
		start, stop = resolve(b.Start, b.HasStart, upper), resolve(b.Stop, b.HasStop, lower)
	}
	switch {
	case step > 0 && stop > start:
		count = (stop - start + step - 1) / step
	case step < 0 && stop < start:
		count = (start - stop - step - 1) / -step
	}
	return start, stop, step, count
}

// sliceIndex converts a slice bound with __index__, clamping huge values
// as CPython does.
func sliceIndex(t *Thread, o *Object) (int, error) {
	if !IsInt(o) && (o.typ.Number == nil || o.typ.Number.Index == nil) {
		return 0, t.Errorf(TypeErrorType, "slice indices must be integers or None or have an __index__ method")
	}
	r, err := Index(t, o)
	if err != nil {
		return 0, err
	}
	defer t.Decref(r)
	i := Cast[Int](r)
	if i.big != nil {
		if i.big.Sign() < 0 {
			return -maxIndex, nil
		}
		return maxIndex, nil
	}
	return int(max(min(i.v, maxIndex), -maxIndex)), nil
}

const maxIndex = 1<<62 - 1

// NormalizeIndex resolves a sequence index against length n, raising
// IndexError("<what> index out of range") when it is outside.
func NormalizeIndex(t *Thread, idx *Object, n int, what string) (int, error) {
	if !IsInt(idx) && (idx.typ.Number == nil || idx.typ.Number.Index == nil) {
		return 0, t.Errorf(TypeErrorType, "%s indices must be integers or slices, not %s", what, idx.typ.Name)
	}
	v, err := AsInt64(t, idx)
	if err != nil {
		if ErrorMatches(err, OverflowErrorType) {
			t.DropError(err)
			return 0, t.Errorf(IndexErrorType, "cannot fit 'int' into an index-sized integer")
		}
		return 0, err
	}
	if v < 0 {
		v += int64(n)
	}
	if v < 0 || v >= int64(n) {
		return 0, t.Errorf(IndexErrorType, "%s index out of range", what)
	}
	return int(v), nil
}

func init() { ReadyType(SliceType, nil, nil) }

func sliceNew(t *Thread, typ *Type, args []*Object, kwnames *Tuple) (*Object, error) {
	if err := CheckArgCount(t, "slice", args, kwnames, 1, 3); err != nil {
		return nil, err
	}
	if len(args) == 1 {
		return NewSlice(t, nil, args[0], nil), nil
	}
	var step *Object
	if len(args) == 3 {
		step = args[2]
	}
	return NewSlice(t, args[0], args[1], step), nil
}

// sliceCompare compares slices as the tuples (start, stop, step).
func sliceCompare(t *Thread, a, b *Object, op CompareOp) (*Object, error) {
	if b.typ != SliceType {
		return t.NewRef(NotImplemented), nil
	}
	x, y := Cast[Slice](a), Cast[Slice](b)
	xs := []*Object{x.Start, x.Stop, x.Step}
	ys := []*Object{y.Start, y.Stop, y.Step}
	return seqCompare(t, fixedItems(xs), fixedItems(ys), op)
}

func init() {
	SliceType.New = sliceNew
	SliceType.Compare = sliceCompare
	field := func(f func(s *Slice) *Object) func(t *Thread, o *Object) (*Object, error) {
		return func(t *Thread, o *Object) (*Object, error) { return t.NewRef(f(Cast[Slice](o))), nil }
	}
	ReadyType(SliceType, []MethodDef{
		{Name: "indices", Doc: "S.indices(len) -> (start, stop, stride)\n\nAssuming a sequence of length len, calculate the start and stop\nindices, and the stride length of the extended slice described by\nS. Out of bounds indices are clipped in a manner consistent with the\nhandling of normal slices.",
			Fn: func(t *Thread, self *Object, args []*Object, kwnames *Tuple) (*Object, error) {
				if err := CheckArgCount(t, "indices", args, kwnames, 1, 1); err != nil {
					return nil, err
				}
				return sliceIndicesMethod(t, Cast[Slice](self), args[0])
			}},
	}, []GetSetDef{
		{Name: "start", Get: field(func(s *Slice) *Object { return s.Start })},
		{Name: "stop", Get: field(func(s *Slice) *Object { return s.Stop })},
		{Name: "step", Get: field(func(s *Slice) *Object { return s.Step })},
	})
}
