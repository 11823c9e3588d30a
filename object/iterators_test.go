package object

import "testing"

// pairsOf returns the (int, int) pairs of an iterator of 2-tuples.
func pairsOf(tb testing.TB, t *Thread, o *Object) [][2]int64 {
	tb.Helper()
	var out [][2]int64
	err := Iterate(t, o, func(x *Object) error {
		it := AsTuple(x).Items
		a, _ := AsInt(it[0]).Int64()
		b, _ := AsInt(it[1]).Int64()
		out = append(out, [2]int64{a, b})
		return nil
	})
	if err != nil {
		tb.Fatal(err)
	}
	return out
}

func TestEnumerateZip(t *testing.T) {
	th := attached(t)
	edelta := liveDelta(EnumerateType)
	zdelta := liveDelta(ZipType)
	ldelta := liveDelta(ListType)
	l := intList(th, 7, 8)
	e := must(t)(callType(th, EnumerateType, []*Object{l, NewInt(th, 5)}, nil))
	if got := pairsOf(t, th, e); len(got) != 2 || got[0] != [2]int64{5, 7} || got[1] != [2]int64{6, 8} {
		t.Errorf("enumerate %v", got)
	}
	if x, err := Next(th, e); x != nil || err != nil {
		t.Error("exhausted enumerate yields")
	}
	th.Decref(e)
	kw := NewTupleRefs(th, NewStrStatic("start"))
	e = must(t)(callType(th, EnumerateType, []*Object{l, NewInt(th, 1)}, kw))
	if got := pairsOf(t, th, e); len(got) != 2 || got[0] != [2]int64{1, 7} {
		t.Errorf("enumerate start=1 %v", got)
	}
	th.Decref(e)
	x, err := callType(th, EnumerateType, []*Object{l, NewStrStatic("a")}, kw)
	wantRaise(t, th, x, err, "TypeError: 'str' object cannot be interpreted as an integer")
	th.Decref(kw.Obj())
	x, err = callType(th, EnumerateType, nil, nil)
	wantRaise(t, th, x, err, "TypeError: enumerate() missing required argument 'iterable'")
	x, err = callType(th, EnumerateType, []*Object{NewInt(th, 1)}, nil)
	wantRaise(t, th, x, err, "TypeError: 'int' object is not iterable")

	// zip
	l3 := intList(th, 1, 2, 3)
	z := must(t)(callType(th, ZipType, []*Object{l, l3}, nil))
	if got := pairsOf(t, th, z); len(got) != 2 || got[1] != [2]int64{8, 2} {
		t.Errorf("zip %v", got)
	}
	th.Decref(z)
	z = must(t)(callType(th, ZipType, nil, nil))
	if x, err := Next(th, z); x != nil || err != nil {
		t.Error("zip() yields")
	}
	th.Decref(z)
	strict := NewTupleRefs(th, NewStrStatic("strict"))
	l1 := intList(th, 1)
	zipErrs := []struct {
		args []*Object
		want string
	}{
		{[]*Object{l1, l}, "ValueError: zip() argument 2 is longer than argument 1"},
		{[]*Object{l, l1}, "ValueError: zip() argument 2 is shorter than argument 1"},
		{[]*Object{l, l, l1}, "ValueError: zip() argument 3 is shorter than arguments 1-2"},
		{[]*Object{l1, l1, l}, "ValueError: zip() argument 3 is longer than arguments 1-2"},
	}
	for _, c := range zipErrs {
		z := must(t)(callType(th, ZipType, append(c.args, True), strict))
		var err error
		for {
			x, e := Next(th, z)
			if e != nil || x == nil {
				err = e
				break
			}
			th.Decref(x)
		}
		wantErr(t, th, err, c.want)
		th.Decref(z)
	}
	z = must(t)(callType(th, ZipType, []*Object{l, l, True}, strict))
	if got := pairsOf(t, th, z); len(got) != 2 {
		t.Errorf("strict zip of equal lengths %v", got)
	}
	th.Decref(z)
	two := NewTupleRefs(th, NewStrStatic("strict"), NewStrStatic("foo"))
	x, err = callType(th, ZipType, []*Object{True, True}, two)
	wantRaise(t, th, x, err, "TypeError: zip() takes at most 1 keyword argument (2 given)")
	th.Decref(two.Obj())
	foo := NewTupleRefs(th, NewStrStatic("foo"))
	x, err = callType(th, ZipType, []*Object{True}, foo)
	wantRaise(t, th, x, err, "TypeError: 'foo' is an invalid keyword argument for zip()")
	th.Decref(foo.Obj())
	x, err = callType(th, ZipType, []*Object{NewInt(th, 1)}, nil)
	wantRaise(t, th, x, err, "TypeError: 'int' object is not iterable")
	th.Decref(strict.Obj())
	for _, o := range []*Object{l, l1, l3} {
		th.Decref(o)
	}
	if d := edelta(); d != 0 {
		t.Errorf("enumerate live delta %d", d)
	}
	if d := zdelta(); d != 0 {
		t.Errorf("zip live delta %d", d)
	}
	if d := ldelta(); d != 0 {
		t.Errorf("list live delta %d", d)
	}
}

func TestMapFilterReversed(t *testing.T) {
	th := attached(t)
	mdelta := liveDelta(MapType)
	fdelta := liveDelta(FilterType)
	rdelta := liveDelta(ReversedType)
	add := newFn(th, func(t *Thread, args []*Object) (*Object, error) {
		var s int64
		for _, a := range args {
			v, _ := AsInt(a).Int64()
			s += v
		}
		return NewInt(t, s), nil
	})
	a, b := intList(th, 1, 2, 3), intTuple(th, 10, 20)
	m := must(t)(callType(th, MapType, []*Object{add, a, b}, nil))
	if got := intsOf(t, th, m); !eqInts(got, []int64{11, 22}) {
		t.Errorf("map %v", got)
	}
	th.Decref(m)
	x, err := callType(th, MapType, []*Object{add}, nil)
	wantRaise(t, th, x, err, "TypeError: map() must have at least two arguments.")
	x, err = callType(th, MapType, []*Object{add, NewInt(th, 1)}, nil)
	wantRaise(t, th, x, err, "TypeError: 'int' object is not iterable")
	failing := newFn(th, func(t *Thread, args []*Object) (*Object, error) {
		return nil, t.Errorf(ValueErrorType, "boom")
	})
	m = must(t)(NewMap(th, failing, []*Object{a}))
	x, err = Next(th, m)
	wantRaise(t, th, x, err, "ValueError: boom")
	th.Decref(m)

	// filter
	mixed := &NewList(th, []*Object{None, NewInt(th, 1), False, NewInt(th, 2)}).Object
	f := must(t)(callType(th, FilterType, []*Object{None, mixed}, nil))
	if got := intsOf(t, th, f); !eqInts(got, []int64{1, 2}) {
		t.Errorf("filter(None) %v", got)
	}
	th.Decref(f)
	odd := newFn(th, func(t *Thread, args []*Object) (*Object, error) {
		v, _ := AsInt(args[0]).Int64()
		return NewBool(v%2 == 1), nil
	})
	f = must(t)(NewFilter(th, odd, a))
	if got := intsOf(t, th, f); !eqInts(got, []int64{1, 3}) {
		t.Errorf("filter(odd) %v", got)
	}
	th.Decref(f)
	x, err = callType(th, FilterType, []*Object{None}, nil)
	wantRaise(t, th, x, err, "TypeError: filter expected 2 arguments, got 1")
	x, err = callType(th, FilterType, []*Object{None, NewInt(th, 1)}, nil)
	wantRaise(t, th, x, err, "TypeError: 'int' object is not iterable")

	// reversed: __reversed__ when defined, else len + getitem
	r := must(t)(callType(th, ReversedType, []*Object{a}, nil))
	if r.typ != ListRevIterType {
		t.Errorf("reversed(list) is %s", r.typ.Name)
	}
	if got := intsOf(t, th, r); !eqInts(got, []int64{3, 2, 1}) {
		t.Errorf("reversed(list) %v", got)
	}
	th.Decref(r)
	r = must(t)(NewReversed(th, b))
	if r.typ != ReversedType {
		t.Errorf("reversed(tuple) is %s", r.typ.Name)
	}
	if got := intsOf(t, th, r); !eqInts(got, []int64{20, 10}) {
		t.Errorf("reversed(tuple) %v", got)
	}
	th.Decref(r)
	rg := NewRange(th, 0, 5, 2)
	r = must(t)(NewReversed(th, rg))
	if got := intsOf(t, th, r); !eqInts(got, []int64{4, 2, 0}) {
		t.Errorf("reversed(range) %v", got)
	}
	th.Decref(r)
	th.Decref(rg)
	x, err = NewReversed(th, NewInt(th, 1))
	wantRaise(t, th, x, err, "TypeError: 'int' object is not reversible")
	s := NewSet(th)
	x, err = NewReversed(th, s.Obj())
	wantRaise(t, th, x, err, "TypeError: 'set' object is not reversible")
	th.Decref(s.Obj())
	x, err = callType(th, ReversedType, []*Object{a, a}, nil)
	wantRaise(t, th, x, err, "TypeError: reversed expected 1 argument, got 2")
	d := NewDict(th)
	d.SetItem(th, NewInt(th, 1), None)
	d.SetItem(th, NewInt(th, 2), None)
	r = must(t)(NewReversed(th, d.Obj()))
	if got := intsOf(t, th, r); !eqInts(got, []int64{2, 1}) {
		t.Errorf("reversed(dict) %v", got)
	}
	th.Decref(r)
	th.Decref(d.Obj())
	for _, o := range []*Object{add, failing, odd, a, b, mixed} {
		th.Decref(o)
	}
	if d := mdelta(); d != 0 {
		t.Errorf("map live delta %d", d)
	}
	if d := fdelta(); d != 0 {
		t.Errorf("filter live delta %d", d)
	}
	if d := rdelta(); d != 0 {
		t.Errorf("reversed live delta %d", d)
	}
}
