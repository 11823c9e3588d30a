package object

import "testing"

func TestTupleOps(t *testing.T) {
	th := attached(t)
	delta := liveDelta(TupleType)
	idelta := liveDelta(TupleIterType)
	// hashes as python3 prints them (ints hash deterministically)
	hashes := []struct {
		items []int64
		want  int64
	}{
		{[]int64{1, 2, 3}, 529344067295497451},
		{nil, 5740354900026072187},
		{[]int64{1}, -6644214454873602895},
	}
	for _, c := range hashes {
		tup := intTuple(th, c.items...)
		if h, err := Hash(th, tup); err != nil || h != c.want {
			t.Errorf("hash(%v) = %d, %v; want %d", c.items, h, err, c.want)
		}
		th.Decref(tup)
	}
	unh := &NewTuple(th, []*Object{intList(th)}).Object
	_, err := Hash(th, unh)
	wantErr(t, th, err, "TypeError: unhashable type: 'list'")
	th.Decref(unh)

	a := intTuple(th, 1, 2, 3)
	if reprOf(t, th, EmptyTuple.Obj()) != "()" {
		t.Error("repr(())")
	}
	one := &NewTuple(th, []*Object{None}).Object
	if got := reprOf(t, th, one); got != "(None,)" {
		t.Errorf("repr = %s", got)
	}
	two := &NewTuple(th, []*Object{None, th.NewRef(one)}).Object
	if got := reprOf(t, th, two); got != "(None, (None,))" {
		t.Errorf("repr = %s", got)
	}
	th.Decref(one)
	th.Decref(two)
	s := NewSlice(th, nil, nil, NewInt(th, -1))
	if got := consume(t, th)(GetItem(th, a, s)); !eqInts(got, []int64{3, 2, 1}) {
		t.Errorf("a[::-1] = %v", got)
	}
	th.Decref(s)
	s = NewSlice(th, nil, nil, nil)
	if r := must(t)(GetItem(th, a, s)); r != a {
		t.Error("a[:] is not a")
	} else {
		th.Decref(r)
	}
	th.Decref(s)
	r, err := GetItem(th, a, NewInt(th, 3))
	wantRaise(t, th, r, err, "IndexError: tuple index out of range")
	r, err = GetItem(th, a, None)
	wantRaise(t, th, r, err, "TypeError: tuple indices must be integers or slices, not NoneType")
	b := intTuple(th, 4)
	if got := consume(t, th)(BinaryOperation(th, a, b, OpAdd)); !eqInts(got, []int64{1, 2, 3, 4}) {
		t.Errorf("a + b = %v", got)
	}
	if got := consume(t, th)(BinaryOperation(th, NewInt(th, 2), b, OpMul)); !eqInts(got, []int64{4, 4}) {
		t.Errorf("2 * b = %v", got)
	}
	if r := must(t)(BinaryOperation(th, a, NewInt(th, 1), OpMul)); r != a {
		t.Error("a * 1 is not a")
	} else {
		th.Decref(r)
	}
	l := intList(th)
	r, err = BinaryOperation(th, a, l, OpAdd)
	wantRaise(t, th, r, err, "TypeError: can only concatenate tuple (not \"list\") to tuple")
	r, err = BinaryOperation(th, a, NewStrStatic("a"), OpMul)
	wantRaise(t, th, r, err, "TypeError: can't multiply sequence by non-int of type 'str'")
	th.Decref(l)

	// tuple() and tuple(iterable)
	if r := must(t)(callType(th, TupleType, []*Object{a}, nil)); r != a {
		t.Error("tuple(t) is not t")
	} else {
		th.Decref(r)
	}
	l = intList(th, 5, 6)
	if got := consume(t, th)(callType(th, TupleType, []*Object{l}, nil)); !eqInts(got, []int64{5, 6}) {
		t.Errorf("tuple(l) = %v", got)
	}
	th.Decref(l)
	if r := must(t)(callType(th, TupleType, nil, nil)); r != EmptyTuple.Obj() {
		t.Error("tuple() is not ()")
	}
	kw := NewTupleRefs(th, NewStrStatic("foo"))
	r, err = callType(th, TupleType, []*Object{None}, kw)
	wantRaise(t, th, r, err, "TypeError: tuple() takes no keyword arguments")
	th.Decref(kw.Obj())

	// methods
	x := must(t)(callMethod(th, a, "index", []*Object{NewInt(th, 3)}))
	if v, _ := AsInt(x).Int64(); v != 2 {
		t.Errorf("index = %d", v)
	}
	r, err = callMethod(th, a, "index", []*Object{NewInt(th, 7)})
	wantRaise(t, th, r, err, "ValueError: tuple.index(x): x not in tuple")
	r, err = callMethod(th, a, "count", nil)
	wantRaise(t, th, r, err, "TypeError: tuple.count() takes exactly one argument (0 given)")
	c := intTuple(th, 1, 2, 2)
	x = must(t)(callMethod(th, c, "count", []*Object{NewInt(th, 2)}))
	if v, _ := AsInt(x).Int64(); v != 2 {
		t.Errorf("count = %d", v)
	}
	if eq, _ := RichCompareBool(th, a, c, EQ); eq {
		t.Error("(1,2,3) == (1,2,2)")
	}
	if eq, _ := RichCompareBool(th, a, a, EQ); !eq {
		t.Error("a != a")
	}
	if in, _ := Contains(th, a, NewInt(th, 3)); !in {
		t.Error("3 not in a")
	}
	th.Decref(c)
	// iterator
	it := must(t)(Iter(th, a))
	if it.typ != TupleIterType {
		t.Errorf("iter type %s", it.typ.Name)
	}
	if got := intsOf(t, th, it); !eqInts(got, []int64{1, 2, 3}) {
		t.Errorf("iter = %v", got)
	}
	th.Decref(it)
	th.Decref(a)
	th.Decref(b)
	if d := delta(); d != 0 {
		t.Errorf("tuple live delta %d", d)
	}
	if d := idelta(); d != 0 {
		t.Errorf("tuple_iterator live delta %d", d)
	}
}
