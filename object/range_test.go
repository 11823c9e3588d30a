package object

import "testing"

func newRangeArgs(th *Thread, vs ...int64) []*Object { return ints(th, vs...) }

func TestRange(t *testing.T) {
	th := attached(t)
	delta := liveDelta(RangeType)
	idelta := liveDelta(RangeIterType)
	mk := func(vs ...int64) *Object { return must(t)(callType(th, RangeType, newRangeArgs(th, vs...), nil)) }
	cases := []struct {
		args []int64
		repr string
		list []int64
	}{
		{[]int64{5}, "range(0, 5)", []int64{0, 1, 2, 3, 4}},
		{[]int64{0, 5, 2}, "range(0, 5, 2)", []int64{0, 2, 4}},
		{[]int64{10, 0, -3}, "range(10, 0, -3)", []int64{10, 7, 4, 1}},
		{[]int64{-5}, "range(0, -5)", nil},
		{[]int64{3, 3}, "range(3, 3)", nil},
		{[]int64{0, -10, 3}, "range(0, -10, 3)", nil},
	}
	for _, c := range cases {
		r := mk(c.args...)
		if got := reprOf(t, th, r); got != c.repr {
			t.Errorf("repr %s, want %s", got, c.repr)
		}
		if got := intsOf(t, th, r); !eqInts(got, c.list) {
			t.Errorf("%s: %v, want %v", c.repr, got, c.list)
		}
		if n, _ := Len(th, r); n != len(c.list) {
			t.Errorf("len(%s) = %d", c.repr, n)
		}
		th.Decref(r)
	}
	// slices
	slices := []struct {
		r           []int64
		start, stop *Object
		step        *Object
		want        string
	}{
		{[]int64{10}, nil, nil, NewInt(th, -2), "range(9, -1, -2)"},
		{[]int64{0, 10, 3}, NewInt(th, 1), nil, nil, "range(3, 12, 3)"},
		{[]int64{5}, NewInt(th, 10), nil, nil, "range(5, 5)"},
		{[]int64{10, 0, -2}, nil, nil, NewInt(th, -1), "range(2, 12, 2)"},
		{[]int64{10}, NewInt(th, -3), NewInt(th, -1), nil, "range(7, 9)"},
		{[]int64{0, -10, -3}, NewInt(th, 1), NewInt(th, 3), nil, "range(-3, -9, -3)"},
	}
	for _, c := range slices {
		r := mk(c.r...)
		s := NewSlice(th, c.start, c.stop, c.step)
		x := must(t)(GetItem(th, r, s))
		if got := reprOf(t, th, x); got != c.want {
			t.Errorf("slice = %s, want %s", got, c.want)
		}
		th.Decref(x)
		th.Decref(s)
		th.Decref(r)
	}
	r := mk(0, 10, 3)
	if v := intValue(t, th)(GetItem(th, r, NewInt(th, -1))); v != 9 {
		t.Errorf("r[-1] = %d", v)
	}
	x, err := GetItem(th, r, NewInt(th, 4))
	wantRaise(t, th, x, err, "IndexError: range object index out of range")
	x, err = GetItem(th, r, NewStrStatic("a"))
	wantRaise(t, th, x, err, "TypeError: range indices must be integers or slices, not str")
	for _, c := range []struct {
		v  int64
		in bool
	}{{9, true}, {10, false}, {4, false}, {-3, false}, {0, true}} {
		if in, _ := Contains(th, r, NewInt(th, c.v)); in != c.in {
			t.Errorf("%d in range(0, 10, 3) = %v", c.v, in)
		}
	}
	if v := intValue(t, th)(callMethod(th, r, "index", []*Object{NewInt(th, 6)})); v != 2 {
		t.Errorf("index = %d", v)
	}
	if v := intValue(t, th)(callMethod(th, r, "count", []*Object{NewInt(th, 6)})); v != 1 {
		t.Errorf("count = %d", v)
	}
	x, err = callMethod(th, r, "index", []*Object{None})
	wantRaise(t, th, x, err, "ValueError: None is not in range")
	for name, want := range map[string]int64{"start": 0, "stop": 10, "step": 3} {
		if v := intValue(t, th)(GetAttrString(th, r, name)); v != want {
			t.Errorf("%s = %d", name, v)
		}
	}
	rev := must(t)(callMethod(th, r, "__reversed__", nil))
	if got := intsOf(t, th, rev); !eqInts(got, []int64{9, 6, 3, 0}) {
		t.Errorf("reversed %v", got)
	}
	th.Decref(rev)
	// equality and hash as sequences
	eqs := []struct {
		a, b []int64
		eq   bool
	}{
		{[]int64{0}, []int64{5, 5}, true},
		{[]int64{0, 3, 2}, []int64{0, 4, 2}, true},
		{[]int64{1, 2, 5}, []int64{1, 2, 7}, true},
		{[]int64{3}, []int64{4}, false},
	}
	for _, c := range eqs {
		a, b := mk(c.a...), mk(c.b...)
		if eq, _ := RichCompareBool(th, a, b, EQ); eq != c.eq {
			t.Errorf("range%v == range%v: %v", c.a, c.b, eq)
		}
		if c.eq && len(c.a) == 3 && c.a[1]-c.a[0] > c.a[2] {
			ha, _ := Hash(th, a)
			hb, _ := Hash(th, b)
			if ha != hb {
				t.Errorf("hash(range%v) != hash(range%v)", c.a, c.b)
			}
		}
		th.Decref(a)
		th.Decref(b)
	}
	three := mk(3)
	tup := intTuple(th, 3, 0, 1)
	h1, _ := Hash(th, three)
	h2, _ := Hash(th, tup)
	if h1 != h2 {
		t.Error("hash(range(3)) != hash((3, 0, 1))")
	}
	th.Decref(tup)
	th.Decref(three)
	// errors
	x, err = callType(th, RangeType, []*Object{NewFloat(th, 1)}, nil)
	wantRaise(t, th, x, err, "TypeError: 'float' object cannot be interpreted as an integer")
	x, err = callType(th, RangeType, newRangeArgs(th, 1, 2, 0), nil)
	wantRaise(t, th, x, err, "ValueError: range() arg 3 must not be zero")
	x, err = callType(th, RangeType, nil, nil)
	wantRaise(t, th, x, err, "TypeError: range expected at least 1 argument, got 0")
	x, err = callType(th, RangeType, newRangeArgs(th, 1, 2, 3, 4), nil)
	wantRaise(t, th, x, err, "TypeError: range expected at most 3 arguments, got 4")
	kw := NewTupleRefs(th, NewStrStatic("foo"))
	x, err = callType(th, RangeType, newRangeArgs(th, 1, 2), kw)
	wantRaise(t, th, x, err, "TypeError: range() takes no keyword arguments")
	th.Decref(kw.Obj())
	huge := NewRange(th, -1<<62, 1<<62, 1)
	_, err = Len(th, huge)
	wantErr(t, th, err, "OverflowError: Python int too large to convert to C ssize_t")
	th.Decref(huge)
	th.Decref(r)
	if d := delta(); d != 0 {
		t.Errorf("range live delta %d", d)
	}
	if d := idelta(); d != 0 {
		t.Errorf("range_iterator live delta %d", d)
	}
}
