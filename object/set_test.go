package object

import "testing"

func newIntSet(t *Thread, vs ...int64) *Set {
	s := NewSet(t)
	for _, v := range vs {
		x := NewInt(t, v)
		if err := s.Add(t, x); err != nil {
			panic(err)
		}
		t.Decref(x)
	}
	return s
}

func TestSetOrderMatchesCPython(t *testing.T) {
	th := attached(t)
	delta := liveDelta(SetType)
	cases := []struct {
		in, want []int64
	}{
		{[]int64{100, 5, 10, 33, 8, 16}, []int64{33, 100, 5, 8, 10, 16}},
		{[]int64{10, 5, 100}, []int64{10, 100, 5}},
		{[]int64{3, 1, 2}, []int64{1, 2, 3}},
	}
	for _, c := range cases {
		s := newIntSet(th, c.in...)
		if got := intsOf(t, th, s.Obj()); !eqInts(got, c.want) {
			t.Errorf("list(set(%v)) = %v, want %v", c.in, got, c.want)
		}
		th.Decref(s.Obj())
	}
	// a set display of constants is built as CPython's compiler does:
	// set().update(frozenset(...)), whose table is sized for the merge
	fs0, _ := NewFrozenSet(th, ints(th, 100, 5, 10, 33, 8, 16))
	disp := NewSet(th)
	must(t)(disp.Obj(), disp.Update(th, fs0.Obj()))
	if got := intsOf(t, th, disp.Obj()); !eqInts(got, []int64{16, 33, 100, 5, 8, 10}) {
		t.Errorf("{100, 5, 10, 33, 8, 16} = %v", got)
	}
	must(t)(callMethod(th, disp.Obj(), "add", []*Object{NewInt(th, 17)}))
	if got := intsOf(t, th, disp.Obj()); !eqInts(got, []int64{16, 33, 17, 100, 5, 8, 10}) {
		t.Errorf("after add(17): %v", got)
	}
	th.Decref(disp.Obj())
	th.Decref(fs0.Obj())
	// growth, a dummy reused
	var r []int64
	for i := int64(0); i < 20; i++ {
		r = append(r, i)
	}
	s := newIntSet(th, r...)
	must(t)(callMethod(th, s.Obj(), "discard", []*Object{NewInt(th, 3)}))
	must(t)(callMethod(th, s.Obj(), "add", []*Object{NewInt(th, 40)}))
	if got := intsOf(t, th, s.Obj()); !eqInts(got, []int64{0, 1, 2, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 40}) {
		t.Errorf("after discard/add: %v", got)
	}
	th.Decref(s.Obj())
	s = newIntSet(th, 1, 2, 3)
	must(t)(callMethod(th, s.Obj(), "remove", []*Object{NewInt(th, 1)}))
	must(t)(callMethod(th, s.Obj(), "add", []*Object{NewInt(th, 9)}))
	if got := intsOf(t, th, s.Obj()); !eqInts(got, []int64{9, 2, 3}) {
		t.Errorf("dummy reuse: %v", got)
	}
	th.Decref(s.Obj())
	// pop order
	s = newIntSet(th, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10)
	a := must(t)(callMethod(th, s.Obj(), "pop", nil))
	b := must(t)(callMethod(th, s.Obj(), "pop", nil))
	if x, _ := AsInt(a).Int64(); x != 1 {
		t.Errorf("pop = %d", x)
	}
	if x, _ := AsInt(b).Int64(); x != 2 {
		t.Errorf("pop = %d", x)
	}
	if got := intsOf(t, th, s.Obj()); !eqInts(got, []int64{3, 4, 5, 6, 7, 8, 9, 10}) {
		t.Errorf("after pops: %v", got)
	}
	th.Decref(s.Obj())
	// frozenset order and hash
	fs, err := NewFrozenSet(th, ints(th, 5, 3, 9, 1000, -7))
	must(t)(fs.Obj(), err)
	if got := intsOf(t, th, fs.Obj()); !eqInts(got, []int64{3, 5, 1000, 9, -7}) {
		t.Errorf("frozenset order %v", got)
	}
	th.Decref(fs.Obj())
	hashes := []struct {
		items []int64
		want  int64
	}{
		{[]int64{1, 2, 3}, -272375401224217160},
		{nil, 133146708735736},
		{[]int64{-1, 5}, -4964422442656326050},
	}
	for _, c := range hashes {
		fs, _ := NewFrozenSet(th, ints(th, c.items...))
		if h, err := Hash(th, fs.Obj()); err != nil || h != c.want {
			t.Errorf("hash(frozenset(%v)) = %d, want %d", c.items, h, c.want)
		}
		th.Decref(fs.Obj())
	}
	if d := delta(); d != 0 {
		t.Errorf("set live delta %d", d)
	}
}

func TestSetOperators(t *testing.T) {
	th := attached(t)
	delta := liveDelta(SetType)
	fdelta := liveDelta(FrozenSetType)
	ops := []struct {
		a, b []int64
		op   BinaryOp
		want []int64
	}{
		{[]int64{1, 2, 3}, []int64{3, 4, 5}, OpXor, []int64{1, 2, 4, 5}},
		{[]int64{1, 2, 3, 9}, []int64{2}, OpSub, []int64{1, 3, 9}},
		{[]int64{1, 2, 3}, []int64{2, 3, 4}, OpAnd, []int64{2, 3}},
		{[]int64{1, 8, 16}, []int64{2, 24}, OpOr, []int64{16, 1, 2, 8, 24}},
	}
	for _, c := range ops {
		a, b := newIntSet(th, c.a...), newIntSet(th, c.b...)
		if got := consume(t, th)(BinaryOperation(th, a.Obj(), b.Obj(), c.op)); !eqInts(got, c.want) {
			t.Errorf("%v %s %v = %v, want %v", c.a, c.op.Symbol(), c.b, got, c.want)
		}
		// in place
		r := must(t)(InplaceOperation(th, a.Obj(), b.Obj(), c.op))
		if r != a.Obj() {
			t.Error("in-place op returned another object")
		}
		th.Decref(r)
		if got := intsOf(t, th, a.Obj()); len(got) != len(c.want) {
			t.Errorf("%v %s= %v = %v, want %v", c.a, c.op.Symbol(), c.b, got, c.want)
		}
		th.Decref(a.Obj())
		th.Decref(b.Obj())
	}
	a := newIntSet(th, 1)
	l := intList(th, 2)
	r, err := BinaryOperation(th, a.Obj(), l, OpOr)
	wantRaise(t, th, r, err, "TypeError: unsupported operand type(s) for |: 'set' and 'list'")
	r, err = BinaryOperation(th, a.Obj(), l, OpXor)
	wantRaise(t, th, r, err, "TypeError: unsupported operand type(s) for ^: 'set' and 'list'")
	// frozenset & set is a frozenset; set & frozenset a set
	fs, _ := NewFrozenSet(th, ints(th, 1, 2))
	x := must(t)(BinaryOperation(th, fs.Obj(), a.Obj(), OpAnd))
	if x.typ != FrozenSetType {
		t.Errorf("frozenset & set: %s", x.typ.Name)
	}
	th.Decref(x)
	x = must(t)(BinaryOperation(th, a.Obj(), fs.Obj(), OpAnd))
	if x.typ != SetType {
		t.Errorf("set & frozenset: %s", x.typ.Name)
	}
	th.Decref(x)
	// comparisons
	one, onetwo := newIntSet(th, 1), newIntSet(th, 1, 2)
	cmps := []struct {
		a, b *Object
		op   CompareOp
		want bool
	}{
		{one.Obj(), onetwo.Obj(), LT, true},
		{onetwo.Obj(), onetwo.Obj(), LE, true},
		{onetwo.Obj(), one.Obj(), GT, true},
		{one.Obj(), onetwo.Obj(), GE, false},
		{onetwo.Obj(), fs.Obj(), EQ, true},
		{one.Obj(), fs.Obj(), NE, true},
		{onetwo.Obj(), onetwo.Obj(), LT, false},
	}
	for i, c := range cmps {
		if got, err := RichCompareBool(th, c.a, c.b, c.op); err != nil || got != c.want {
			t.Errorf("case %d: %v %v", i, got, err)
		}
	}
	r, err = RichCompare(th, a.Obj(), l, LT)
	wantRaise(t, th, r, err, "TypeError: '<' not supported between instances of 'set' and 'list'")
	_, err = Hash(th, a.Obj())
	wantErr(t, th, err, "TypeError: unhashable type: 'set'")
	th.Decref(one.Obj())
	th.Decref(onetwo.Obj())
	th.Decref(fs.Obj())
	th.Decref(a.Obj())
	th.Decref(l)
	if d := delta(); d != 0 {
		t.Errorf("set live delta %d", d)
	}
	if d := fdelta(); d != 0 {
		t.Errorf("frozenset live delta %d", d)
	}
}

func TestSetMethods(t *testing.T) {
	th := attached(t)
	delta := liveDelta(SetType)
	fdelta := liveDelta(FrozenSetType)
	s := newIntSet(th, 1, 2, 3)
	l := intList(th, 3, 4)
	tup := intTuple(th, 1, 9)
	check := func(name string, o *Object, err error, want []int64) {
		t.Helper()
		if got := consume(t, th)(o, err); !eqInts(got, want) {
			t.Errorf("%s = %v, want %v", name, got, want)
		}
	}
	o, err := callMethod(th, s.Obj(), "union", []*Object{l, tup})
	check("union", o, err, []int64{1, 2, 3, 4, 9})
	o, err = callMethod(th, s.Obj(), "intersection", []*Object{l})
	check("intersection", o, err, []int64{3})
	o, err = callMethod(th, s.Obj(), "intersection", []*Object{l, tup})
	check("intersection 2", o, err, nil)
	o, err = callMethod(th, s.Obj(), "difference", []*Object{l, tup})
	check("difference", o, err, []int64{2})
	o, err = callMethod(th, s.Obj(), "symmetric_difference", []*Object{l})
	check("symmetric_difference", o, err, []int64{1, 2, 4})
	o, err = callMethod(th, s.Obj(), "copy", nil)
	check("copy", o, err, []int64{1, 2, 3})
	for _, c := range []struct {
		name string
		arg  *Object
		want bool
	}{
		{"issubset", l, false}, {"issuperset", tup, false}, {"isdisjoint", l, false},
	} {
		r := must(t)(callMethod(th, s.Obj(), c.name, []*Object{c.arg}))
		if (r == True) != c.want {
			t.Errorf("%s = %v", c.name, r == True)
		}
	}
	big := newIntSet(th, 0, 1, 2, 3, 4)
	if r := must(t)(callMethod(th, s.Obj(), "issubset", []*Object{big.Obj()})); r != True {
		t.Error("issubset(big)")
	}
	if r := must(t)(callMethod(th, big.Obj(), "issuperset", []*Object{l})); r != True {
		t.Error("issuperset(list)")
	}
	th.Decref(big.Obj())
	// mutating methods
	must(t)(callMethod(th, s.Obj(), "update", []*Object{l, tup}))
	must(t)(callMethod(th, s.Obj(), "difference_update", []*Object{tup}))
	must(t)(callMethod(th, s.Obj(), "intersection_update", []*Object{l}))
	if got := intsOf(t, th, s.Obj()); !eqInts(got, []int64{3, 4}) {
		t.Errorf("after updates %v", got)
	}
	must(t)(callMethod(th, s.Obj(), "symmetric_difference_update", []*Object{tup}))
	if got := intsOf(t, th, s.Obj()); !eqInts(got, []int64{1, 3, 4, 9}) {
		t.Errorf("after symmetric_difference_update %v", got)
	}
	r, err := callMethod(th, s.Obj(), "remove", []*Object{NewInt(th, 2)})
	wantRaise(t, th, r, err, "KeyError: 2")
	r, err = callMethod(th, s.Obj(), "remove", []*Object{l})
	wantRaise(t, th, r, err, "TypeError: unhashable type: 'list'")
	r, err = callMethod(th, s.Obj(), "add", nil)
	wantRaise(t, th, r, err, "TypeError: set.add() takes exactly one argument (0 given)")
	r, err = callMethod(th, s.Obj(), "issuperset", []*Object{NewInt(th, 1)})
	wantRaise(t, th, r, err, "TypeError: 'int' object is not iterable")
	must(t)(callMethod(th, s.Obj(), "discard", []*Object{NewInt(th, 2)}))
	must(t)(callMethod(th, s.Obj(), "clear", nil))
	r, err = callMethod(th, s.Obj(), "pop", nil)
	wantRaise(t, th, r, err, "KeyError: 'pop from an empty set'")

	// a set element looked up as a frozenset
	inner := newIntSet(th, 1)
	fs, _ := NewFrozenSet(th, ints(th, 1))
	must(t)(callMethod(th, s.Obj(), "add", []*Object{fs.Obj()}))
	if in, err := Contains(th, s.Obj(), inner.Obj()); err != nil || !in {
		t.Errorf("{1} in {frozenset({1})}: %v %v", in, err)
	}
	must(t)(callMethod(th, s.Obj(), "remove", []*Object{inner.Obj()}))
	if s.Len() != 0 {
		t.Error("remove with a set key")
	}
	err = s.Add(th, inner.Obj())
	wantErr(t, th, err, "TypeError: unhashable type: 'set'")
	th.Decref(inner.Obj())

	// repr
	if got := reprOf(t, th, s.Obj()); got != "set()" {
		t.Errorf("repr %s", got)
	}
	empty := newSetOfType(th, FrozenSetType)
	if got := reprOf(t, th, empty.Obj()); got != "frozenset()" {
		t.Errorf("repr %s", got)
	}
	must(t)(callMethod(th, s.Obj(), "add", []*Object{EmptyTuple.Obj()}))
	if got := reprOf(t, th, s.Obj()); got != "{()}" {
		t.Errorf("repr %s", got)
	}
	nfs, _ := NewFrozenSet(th, []*Object{EmptyTuple.Obj()})
	if got := reprOf(t, th, nfs.Obj()); got != "frozenset({()})" {
		t.Errorf("repr %s", got)
	}
	th.Decref(nfs.Obj())
	th.Decref(empty.Obj())

	// constructors
	o = must(t)(callType(th, SetType, []*Object{l}, nil))
	if got := intsOf(t, th, o); !eqInts(got, []int64{3, 4}) {
		t.Errorf("set(l) = %v", got)
	}
	th.Decref(o)
	if o = must(t)(callType(th, FrozenSetType, []*Object{fs.Obj()}, nil)); o != fs.Obj() {
		t.Error("frozenset(fs) is not fs")
	}
	th.Decref(o)
	r, err = callType(th, SetType, []*Object{l, l}, nil)
	wantRaise(t, th, r, err, "TypeError: set expected at most 1 argument, got 2")
	r, err = callType(th, FrozenSetType, []*Object{l, l}, nil)
	wantRaise(t, th, r, err, "TypeError: frozenset expected at most 1 argument, got 2")
	kw := NewTupleRefs(th, NewStrStatic("foo"))
	r, err = callType(th, SetType, []*Object{l}, kw)
	wantRaise(t, th, r, err, "TypeError: set() takes no keyword arguments")
	r, err = callType(th, FrozenSetType, []*Object{l}, kw)
	wantRaise(t, th, r, err, "TypeError: frozenset() takes no keyword arguments")
	th.Decref(kw.Obj())
	th.Decref(fs.Obj())
	th.Decref(s.Obj())
	th.Decref(l)
	th.Decref(tup)
	if d := delta(); d != 0 {
		t.Errorf("set live delta %d", d)
	}
	if d := fdelta(); d != 0 {
		t.Errorf("frozenset live delta %d", d)
	}
}

func TestSetIterationMutation(t *testing.T) {
	th := attached(t)
	delta := liveDelta(SetIterType)
	s := newIntSet(th, 1)
	it := must(t)(Iter(th, s.Obj()))
	must(t)(callMethod(th, s.Obj(), "add", []*Object{NewInt(th, 2)}))
	x, err := Next(th, it)
	wantRaise(t, th, x, err, "RuntimeError: Set changed size during iteration")
	th.Decref(it)
	// many elements survive resizes and removals (strs: they compare by
	// value in this tree)
	big := NewSet(th)
	for i := int64(0); i < 1000; i++ {
		x := NewStr(th, itoa(i*7))
		big.Add(th, x)
		th.Decref(x)
	}
	for i := int64(0); i < 1000; i += 2 {
		x := NewStr(th, itoa(i*7))
		big.Discard(th, x)
		th.Decref(x)
	}
	if big.Len() != 500 {
		t.Errorf("len %d", big.Len())
	}
	for i := int64(0); i < 1000; i++ {
		x := NewStr(th, itoa(i*7))
		in, _ := big.Contains(th, x)
		th.Decref(x)
		if in != (i%2 == 1) {
			t.Fatalf("%d in set: %v", i*7, in)
		}
	}
	th.Decref(big.Obj())
	th.Decref(s.Obj())
	if d := delta(); d != 0 {
		t.Errorf("set_iterator live delta %d", d)
	}
}
