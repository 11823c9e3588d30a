// This file implements slice.indices, which (unlike slicing a sequence)
// accepts a length of any size and keeps every bound exact, so it works on
// arbitrary-precision ints rather than clamped Go ints.

package object

import "math/big"

// sliceIndicesMethod resolves the slice against length lenObj and returns
// the tuple (start, stop, step).
func sliceIndicesMethod(t *Thread, s *Slice, lenObj *Object) (*Object, error) {
	n, err := sliceBigIndex(t, lenObj)
	if err != nil {
		return nil, err
	}
	if n.Sign() < 0 {
		return nil, t.Errorf(ValueErrorType, "length should not be negative")
	}
	start, stop, step, err := bigSliceIndices(t, s, n)
	if err != nil {
		return nil, err
	}
	return &NewTuple(t, []*Object{NewIntBig(t, start), NewIntBig(t, stop), NewIntBig(t, step)}).Object, nil
}

// bigSliceIndices resolves slice s against length n with slice.indices'
// clamping rules, without limiting the bounds to a machine int.
func bigSliceIndices(t *Thread, s *Slice, n *big.Int) (start, stop, step *big.Int, err error) {
	step = big.NewInt(1)
	if s.Step != None {
		if step, err = sliceBoundBig(t, s.Step); err != nil {
			return nil, nil, nil, err
		}
		if step.Sign() == 0 {
			return nil, nil, nil, t.Errorf(ValueErrorType, "slice step cannot be zero")
		}
	}
	lower, upper := new(big.Int), new(big.Int).Set(n)
	if step.Sign() < 0 {
		lower.SetInt64(-1)
		upper.Sub(n, bigOne)
	}
	resolve := func(o *Object, def *big.Int) (*big.Int, error) {
		if o == None {
			return new(big.Int).Set(def), nil
		}
		v, err := sliceBoundBig(t, o)
		if err != nil {
			return nil, err
		}
		if v.Sign() < 0 {
			if v.Add(v, n); v.Cmp(lower) < 0 {
				v.Set(lower)
			}
		} else if v.Cmp(upper) > 0 {
			v.Set(upper)
		}
		return v, nil
	}
	defStart, defStop := lower, upper
	if step.Sign() < 0 {
		defStart, defStop = upper, lower
	}
	if start, err = resolve(s.Start, defStart); err != nil {
		return nil, nil, nil, err
	}
	if stop, err = resolve(s.Stop, defStop); err != nil {
		return nil, nil, nil, err
	}
	return start, stop, step, nil
}

// sliceBoundBig converts a slice member, which must be an int or have
// __index__.
func sliceBoundBig(t *Thread, o *Object) (*big.Int, error) {
	if !hasIndex(o) {
		return nil, t.Errorf(TypeErrorType, "slice indices must be integers or None or have an __index__ method")
	}
	return sliceBigIndex(t, o)
}

// sliceBigIndex converts o with __index__ to a new big.Int.
func sliceBigIndex(t *Thread, o *Object) (*big.Int, error) {
	r, err := Index(t, o)
	if err != nil {
		return nil, err
	}
	defer t.Decref(r)
	return Cast[Int](r).Big(), nil
}
