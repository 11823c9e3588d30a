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
	step := big.NewInt(1)
	if s.Step != None {
		if step, err = sliceBoundBig(t, s.Step); err != nil {
			return nil, err
		}
		if step.Sign() == 0 {
			return nil, t.Errorf(ValueErrorType, "slice step cannot be zero")
		}
	}
	lower, upper := big.NewInt(0), new(big.Int).Set(n)
	if step.Sign() < 0 {
		lower.SetInt64(-1)
		upper.Sub(n, big.NewInt(1))
	}
	// resolve clips one bound into [lower, upper], counting negative
	// values from the end.
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
	startDef, stopDef := lower, upper
	if step.Sign() < 0 {
		startDef, stopDef = upper, lower
	}
	start, err := resolve(s.Start, startDef)
	if err != nil {
		return nil, err
	}
	stop, err := resolve(s.Stop, stopDef)
	if err != nil {
		return nil, err
	}
	return &NewTuple(t, []*Object{NewIntBig(t, start), NewIntBig(t, stop), NewIntBig(t, step)}).Object, nil
}

// sliceBoundBig converts a slice member, which must be an int or have
// __index__.
func sliceBoundBig(t *Thread, o *Object) (*big.Int, error) {
	if !IsInt(o) && (o.typ.Number == nil || o.typ.Number.Index == nil) {
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
