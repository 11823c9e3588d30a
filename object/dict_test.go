package object

import "testing"

func strKeys(tb testing.TB, t *Thread, o *Object) []string {
	tb.Helper()
	var out []string
	err := Iterate(t, o, func(x *Object) error {
		out = append(out, StrValue(x))
		return nil
	})
	if err != nil {
		tb.Fatal(err)
	}
	return out
}

func eqStrs(a []string, b ...string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// intValue returns a function giving the value of an int result, which
// it drops: intValue(t, th)(GetItem(...)).
func intValue(tb testing.TB, t *Thread) func(o *Object, err error) int64 {
	return func(o *Object, err error) int64 {
		tb.Helper()
		must(tb)(o, err)
		v, _ := AsInt(o).Int64()
		t.Decref(o)
		return v
	}
}

func TestDictOrderAndMethods(t *testing.T) {
	th := attached(t)
	delta := liveDelta(DictType)
	vdelta := liveDelta(DictItemsType)
	a, b, c, q := NewStrStatic("a"), NewStrStatic("b"), NewStrStatic("c"), NewStrStatic("q")
	d := NewDict(th)
	do := d.Obj()
	for i, k := range []*Object{a, b, c} {
		must(t)(None, SetItem(th, do, k, NewInt(th, int64(i+1))))
	}
	must(t)(None, DelItem(th, do, a))
	must(t)(None, SetItem(th, do, a, NewInt(th, 4)))
	must(t)(None, SetItem(th, do, b, NewInt(th, 5)))
	if got := strKeys(t, th, do); !eqStrs(got, "b", "c", "a") {
		t.Errorf("order %v", got)
	}
	vals := must(t)(callMethod(th, do, "values", nil))
	if got := intsOf(t, th, vals); !eqInts(got, []int64{5, 3, 4}) {
		t.Errorf("values %v", got)
	}
	th.Decref(vals)
	items := must(t)(callMethod(th, do, "items", nil))
	n := 0
	Iterate(th, items, func(x *Object) error {
		n++
		if !IsTuple(x) || len(AsTuple(x).Items) != 2 {
			t.Errorf("item %s", x.typ.Name)
		}
		return nil
	})
	if l, _ := Len(th, items); l != 3 || n != 3 {
		t.Errorf("items len %d, %d", l, n)
	}
	pair := &NewTuple(th, []*Object{c, NewInt(th, 3)}).Object
	if in, err := Contains(th, items, pair); err != nil || !in {
		t.Errorf("('c', 3) in items: %v %v", in, err)
	}
	th.Decref(pair)
	th.Decref(items)
	r, err := GetItem(th, do, NewStrStatic("zz"))
	wantRaise(t, th, r, err, "KeyError: 'zz'")
	r, err = GetItem(th, do, NewInt(th, 1))
	wantRaise(t, th, r, err, "KeyError: 1")
	wantErr(t, th, DelItem(th, do, NewInt(th, 1)), "KeyError: 1")
	l := intList(th)
	r, err = GetItem(th, do, l)
	wantRaise(t, th, r, err, "TypeError: unhashable type: 'list'")

	if v := intValue(t, th)(callMethod(th, do, "get", []*Object{a})); v != 4 {
		t.Errorf("get = %d", v)
	}
	if x := must(t)(callMethod(th, do, "get", []*Object{q})); x != None {
		t.Error("get(missing) is not None")
	}
	if v := intValue(t, th)(callMethod(th, do, "get", []*Object{q, NewInt(th, 9)})); v != 9 {
		t.Errorf("get default = %d", v)
	}
	r, err = callMethod(th, do, "get", nil)
	wantRaise(t, th, r, err, "TypeError: get expected at least 1 argument, got 0")
	if v := intValue(t, th)(callMethod(th, do, "setdefault", []*Object{q, NewInt(th, 7)})); v != 7 {
		t.Errorf("setdefault = %d", v)
	}
	if v := intValue(t, th)(callMethod(th, do, "setdefault", []*Object{q, NewInt(th, 8)})); v != 7 {
		t.Errorf("setdefault again = %d", v)
	}
	if v := intValue(t, th)(callMethod(th, do, "pop", []*Object{q})); v != 7 {
		t.Errorf("pop = %d", v)
	}
	r, err = callMethod(th, do, "pop", []*Object{q})
	wantRaise(t, th, r, err, "KeyError: 'q'")
	if v := intValue(t, th)(callMethod(th, do, "pop", []*Object{q, NewInt(th, 0)})); v != 0 {
		t.Errorf("pop default = %d", v)
	}
	it := must(t)(callMethod(th, do, "popitem", nil))
	if k := AsTuple(it).Items[0]; k != a {
		t.Errorf("popitem key %s", StrValue(k))
	}
	th.Decref(it)
	if got := strKeys(t, th, do); !eqStrs(got, "b", "c") {
		t.Errorf("after popitem %v", got)
	}
	must(t)(None, SetItem(th, do, a, NewInt(th, 1)))
	if got := strKeys(t, th, do); !eqStrs(got, "b", "c", "a") {
		t.Errorf("after reinsert %v", got)
	}
	rev := must(t)(callMethod(th, do, "__reversed__", nil))
	if got := strKeys(t, th, rev); !eqStrs(got, "a", "c", "b") {
		t.Errorf("reversed %v", got)
	}
	th.Decref(rev)
	cp := must(t)(callMethod(th, do, "copy", nil))
	if eq, err := RichCompareBool(th, cp, do, EQ); err != nil || !eq {
		t.Error("copy != d")
	}
	must(t)(None, SetItem(th, cp, a, NewInt(th, 2)))
	if eq, _ := RichCompareBool(th, cp, do, EQ); eq {
		t.Error("modified copy == d")
	}
	if ne, _ := RichCompareBool(th, cp, do, NE); !ne {
		t.Error("modified copy != d is false")
	}
	r, err = RichCompare(th, cp, do, LT)
	wantRaise(t, th, r, err, "TypeError: '<' not supported between instances of 'dict' and 'dict'")
	must(t)(callMethod(th, cp, "clear", nil))
	if n, _ := Len(th, cp); n != 0 {
		t.Error("clear")
	}
	r, err = callMethod(th, cp, "popitem", nil)
	wantRaise(t, th, r, err, "KeyError: 'popitem(): dictionary is empty'")
	th.Decref(cp)
	th.Decref(l)
	th.Decref(do)
	if d := delta(); d != 0 {
		t.Errorf("dict live delta %d", d)
	}
	if d := vdelta(); d != 0 {
		t.Errorf("dict_items live delta %d", d)
	}
}

func TestDictConstructAndUpdate(t *testing.T) {
	th := attached(t)
	delta := liveDelta(DictType)
	one, two := NewInt(th, 1), NewInt(th, 2)
	p12 := intTuple(th, 1, 2)
	p34 := intTuple(th, 3, 4)
	pairs := &NewList(th, []*Object{th.NewRef(p12), th.NewRef(p34)}).Object
	kw := NewTupleRefs(th, NewStrStatic("a"))
	d := must(t)(callType(th, DictType, []*Object{pairs, one}, kw))
	if n, _ := Len(th, d); n != 3 {
		t.Errorf("dict(pairs, a=1) has %d items", n)
	}
	if v := intValue(t, th)(GetItem(th, d, NewInt(th, 3))); v != 4 {
		t.Errorf("d[3] = %d", v)
	}
	if v := intValue(t, th)(GetItem(th, d, NewStrStatic("a"))); v != 1 {
		t.Errorf("d['a'] = %d", v)
	}
	d2 := must(t)(callType(th, DictType, []*Object{d}, nil))
	if eq, _ := RichCompareBool(th, d, d2, EQ); !eq {
		t.Error("dict(d) != d")
	}
	r, err := callType(th, DictType, []*Object{d, d}, nil)
	wantRaise(t, th, r, err, "TypeError: dict expected at most 1 argument, got 2")
	bad := &NewList(th, []*Object{intTuple(th, 1)}).Object
	r, err = callType(th, DictType, []*Object{bad}, nil)
	wantRaise(t, th, r, err, "ValueError: dictionary update sequence element #0 has length 1; 2 is required")
	th.Decref(bad)
	bad = intList(th, 1)
	r, err = callType(th, DictType, []*Object{bad}, nil)
	wantRaise(t, th, r, err, "TypeError: cannot convert dictionary update sequence element #0 to a sequence")
	r, err = callMethod(th, d, "update", []*Object{bad, bad})
	wantRaise(t, th, r, err, "TypeError: update expected at most 1 argument, got 2")
	r, err = callType(th, DictType, []*Object{one}, nil)
	wantRaise(t, th, r, err, "TypeError: 'int' object is not iterable")
	th.Decref(bad)

	// | and |=
	d3 := NewDict(th)
	d3.SetItem(th, one, two)
	d3.SetItem(th, NewInt(th, 9), two)
	u := must(t)(BinaryOperation(th, d, d3.Obj(), OpOr))
	if n, _ := Len(th, u); n != 4 {
		t.Errorf("len(d | d3) = %d", n)
	}
	if v := intValue(t, th)(GetItem(th, u, one)); v != 2 {
		t.Errorf("(d | d3)[1] = %d", v)
	}
	r, err = BinaryOperation(th, d, pairs, OpOr)
	wantRaise(t, th, r, err, "TypeError: unsupported operand type(s) for |: 'dict' and 'list'")
	r = must(t)(InplaceOperation(th, d3.Obj(), pairs, OpOr))
	th.Decref(r)
	if n := d3.Len(); n != 3 {
		t.Errorf("d3 |= pairs: len %d", n)
	}
	// fromkeys (type attribute lookup is not in this tree: bind by hand)
	fromkeys := func(args ...*Object) (*Object, error) {
		descr := DictType.Dict.GetStr(Intern("fromkeys"))
		f := must(t)(descr.typ.DescrGet(th, descr, nil, DictType))
		defer th.Decref(f)
		return Call(th, f, args, nil)
	}
	fk := must(t)(fromkeys(p12))
	if n, _ := Len(th, fk); n != 2 {
		t.Errorf("fromkeys len %d", n)
	}
	if v := must(t)(GetItem(th, fk, two)); v != None {
		t.Error("fromkeys value is not None")
	}
	th.Decref(fk)
	fk = must(t)(fromkeys(p12, NewInt(th, 5)))
	if v := intValue(t, th)(GetItem(th, fk, one)); v != 5 {
		t.Errorf("fromkeys value %d", v)
	}
	th.Decref(fk)
	r, err = fromkeys()
	wantRaise(t, th, r, err, "TypeError: fromkeys expected at least 1 argument, got 0")

	// repr
	e := NewDict(th)
	if got := reprOf(t, th, e.Obj()); got != "{}" {
		t.Errorf("repr %s", got)
	}
	e.SetItem(th, EmptyTuple.Obj(), e.Obj())
	if got := reprOf(t, th, e.Obj()); got != "{(): {...}}" {
		t.Errorf("repr %s", got)
	}
	must(t)(None, DelItem(th, e.Obj(), EmptyTuple.Obj()))
	e.SetItem(th, EmptyTuple.Obj(), None)
	if got := reprOf(t, th, e.Obj()); got != "{(): None}" {
		t.Errorf("repr %s", got)
	}
	th.Decref(e.Obj())

	for _, o := range []*Object{d, d2, u, d3.Obj(), pairs, p12, p34, kw.Obj()} {
		th.Decref(o)
	}
	if d := delta(); d != 0 {
		t.Errorf("dict live delta %d", d)
	}
}

func TestDictIterationAndViews(t *testing.T) {
	th := attached(t)
	delta := liveDelta(DictType)
	kdelta := liveDelta(DictKeysType)
	d := NewDict(th)
	d.SetItem(th, NewInt(th, 1), NewInt(th, 2))
	d.SetItem(th, NewInt(th, 3), NewInt(th, 4))
	it := must(t)(Iter(th, d.Obj()))
	x := must(t)(Next(th, it))
	th.Decref(x)
	d.SetItem(th, NewInt(th, 5), None)
	x, err := Next(th, it)
	wantRaise(t, th, x, err, "RuntimeError: dictionary changed size during iteration")
	x, err = Next(th, it)
	wantRaise(t, th, x, err, "RuntimeError: dictionary changed size during iteration")
	th.Decref(it)
	// same size, different keys: {1: 2, 3: 4, 5: None} -> del 5, 1; add 7
	d.DelItem(th, NewInt(th, 5))
	it = must(t)(Iter(th, d.Obj()))
	d.DelItem(th, NewInt(th, 1))
	d.SetItem(th, NewInt(th, 7), None)
	if got := intsOf(t, th, it); !eqInts(got, []int64{3, 7}) {
		t.Errorf("after del/add: %v", got)
	}
	th.Decref(it)
	it = must(t)(Iter(th, d.Obj()))
	x = must(t)(Next(th, it)) // 3
	th.Decref(x)
	d.DelItem(th, NewInt(th, 3))
	d.SetItem(th, NewInt(th, 3), None)
	x = must(t)(Next(th, it)) // 7
	th.Decref(x)
	x, err = Next(th, it)
	wantRaise(t, th, x, err, "RuntimeError: dictionary keys changed during iteration")
	th.Decref(it)
	d.SetItem(th, NewInt(th, 5), None)
	d.DelItem(th, NewInt(th, 3))
	d.SetItem(th, NewInt(th, 3), None)
	d.DelItem(th, NewInt(th, 5))
	d.SetItem(th, NewInt(th, 5), None)

	keys := must(t)(callMethod(th, d.Obj(), "keys", nil)) // {7, 3, 5}
	if got := reprOf(t, th, keys); IntType.Repr != nil && got != "dict_keys([7, 3, 5])" {
		t.Errorf("repr %s", got)
	}
	s1 := newIntSet(th, 3, 9)
	sets := []struct {
		op   BinaryOp
		want []int64
	}{
		{OpAnd, []int64{3}},
		{OpOr, []int64{3, 5, 7, 9}},
		{OpSub, []int64{5, 7}},
		{OpXor, []int64{5, 7, 9}},
	}
	for _, c := range sets {
		got := consume(t, th)(BinaryOperation(th, keys, s1.Obj(), c.op))
		set := newIntSet(th, got...)
		want := newIntSet(th, c.want...)
		if eq, _ := RichCompareBool(th, set.Obj(), want.Obj(), EQ); !eq || len(got) != len(c.want) {
			t.Errorf("keys %s {3, 9} = %v, want %v", c.op.Symbol(), got, c.want)
		}
		th.Decref(set.Obj())
		th.Decref(want.Obj())
	}
	three := newIntSet(th, 3, 5, 7)
	if eq, err := RichCompareBool(th, keys, three.Obj(), EQ); err != nil || !eq {
		t.Errorf("keys == {3, 5, 7}: %v %v", eq, err)
	}
	if lt, err := RichCompareBool(th, keys, three.Obj(), LT); err != nil || lt {
		t.Errorf("keys < {3, 5, 7}: %v %v", lt, err)
	}
	r, err := BinaryOperation(th, keys, NewInt(th, 1), OpOr)
	wantRaise(t, th, r, err, "TypeError: 'int' object is not iterable")
	if r := must(t)(callMethod(th, keys, "isdisjoint", []*Object{s1.Obj()})); r != False {
		t.Error("isdisjoint")
	}
	th.Decref(three.Obj())
	th.Decref(s1.Obj())
	th.Decref(keys)
	th.Decref(d.Obj())
	if d := delta(); d != 0 {
		t.Errorf("dict live delta %d", d)
	}
	if d := kdelta(); d != 0 {
		t.Errorf("dict_keys live delta %d", d)
	}
}

func BenchmarkDictSetGet(b *testing.B) {
	th := attached(b)
	d := NewDict(th)
	keys := make([]*Object, 256)
	for i := range keys {
		keys[i] = NewStr(th, "k"+itoa(int64(i)))
	}
	v := NewInt(th, 1)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		k := keys[i&255]
		d.SetItem(th, k, v)
		if x, _ := d.GetItem(th, k); x != v {
			b.Fatal("lost")
		}
	}
	b.StopTimer()
	th.Decref(d.Obj())
	for _, k := range keys {
		th.Decref(k)
	}
}
