// This file implements tuple's slots and methods: repr, hash,
// comparison, indexing, concatenation, the tuple iterator and tuple().

package object

func init() {
	tt := TupleType
	tt.Flags |= FlagBaseType
	tt.Doc = "Built-in immutable sequence.\n\nIf no argument is given, the constructor returns an empty tuple.\nIf iterable is specified the tuple is initialized from iterable's items.\n\nIf the argument is a tuple, the return value is the same object."
	tt.Repr = tupleRepr
	tt.Hash = tupleHash
	tt.Compare = tupleCompare
	tt.Len = func(t *Thread, o *Object) (int, error) { return len(Cast[Tuple](o).Items), nil }
	tt.Bool = func(t *Thread, o *Object) (bool, error) { return len(Cast[Tuple](o).Items) != 0, nil }
	tt.GetItem = tupleGetItem
	tt.Contains = func(t *Thread, o, v *Object) (bool, error) {
		return seqContains(t, fixedItems(Cast[Tuple](o).Items), v)
	}
	tt.Iter = func(t *Thread, o *Object) (*Object, error) { return newTupleIter(t, Cast[Tuple](o)), nil }
	tt.New = tupleNew
	tt.Concat = tupleConcat
	tt.Repeat = tupleRepeat
	ReadyType(tt, []MethodDef{
		ClassGetItemDef,
		getnewargsDef(func(t *Thread, o *Object) (*Object, error) {
			return NewTupleRefs(t, fixedItemsRefs(t, Cast[Tuple](o).Items)...).Obj(), nil
		}),
		{Name: "count", Fn: tupleCount, Doc: "Return number of occurrences of value."},
		{Name: "index", Fn: tupleIndex, Doc: "Return first index of value."},
	}, nil)
	ReadyType(TupleIterType, append([]MethodDef{lengthHintDef(func(t *Thread, o *Object) (int, error) {
		it := Cast[tupleIter](o)
		i := int(it.i.Load())
		if i < 0 || it.tup == nil {
			return 0, nil
		}
		return len(it.tup.Items) - i, nil
	})}, tupleIterPickling...), nil)
}

func tupleRepr(t *Thread, o *Object) (*Object, error) {
	tup := Cast[Tuple](o)
	if len(tup.Items) == 0 {
		return NewStrStatic("()"), nil
	}
	if !t.ReprEnter(o) { // a tuple subclass can contain itself
		return NewStrStatic("(...)"), nil
	}
	defer t.ReprLeave(o)
	if len(tup.Items) == 1 {
		return itemsRepr(t, fixedItems(tup.Items), "(", ",)")
	}
	return itemsRepr(t, fixedItems(tup.Items), "(", ")")
}

// xxHash constants of CPython's tuplehash.
const (
	xxPrime1 uint64 = 11400714785074694791
	xxPrime2 uint64 = 14029467366897019727
	xxPrime5 uint64 = 2870177450012600261
)

// hashItems combines item hashes as CPython's tuplehash does, so that
// equal tuples (and the ints and strs in them) hash alike.
func hashItems(t *Thread, items []*Object) (int64, error) {
	acc := xxPrime5
	for _, x := range items {
		h, err := Hash(t, x)
		if err != nil {
			return 0, err
		}
		acc += uint64(h) * xxPrime2
		acc = acc<<31 | acc>>33
		acc *= xxPrime1
	}
	acc += uint64(len(items)) ^ (xxPrime5 ^ 3527539)
	if acc == ^uint64(0) {
		return 1546275796, nil
	}
	return int64(acc), nil
}

func tupleHash(t *Thread, o *Object) (int64, error) {
	// CPython does not count nested tuples against the recursion limit
	// (hashing one nested 100,000 deep works); only Go's stack is bounded.
	if err := t.EnterGo(); err != nil {
		return 0, err
	}
	h, err := hashItems(t, Cast[Tuple](o).Items)
	t.LeaveGo()
	return h, err
}

func tupleCompare(t *Thread, a, b *Object, op CompareOp) (*Object, error) {
	if !IsTuple(a) || !IsTuple(b) {
		return t.NewRef(NotImplemented), nil
	}
	return seqCompare(t, fixedItems(Cast[Tuple](a).Items), fixedItems(Cast[Tuple](b).Items), op)
}

func tupleGetItem(t *Thread, o, key *Object) (*Object, error) {
	tup := Cast[Tuple](o)
	if i, ok := fastIndex(key); ok {
		if i < 0 {
			i += int64(len(tup.Items))
		}
		if uint64(i) >= uint64(len(tup.Items)) {
			return nil, t.Errorf(IndexErrorType, "tuple index out of range")
		}
		return t.NewRef(tup.Items[i]), nil
	}
	if key.typ == SliceType {
		start, _, step, count, err := AsSlice(key).Indices(t, len(tup.Items))
		if err != nil {
			return nil, err
		}
		if count == len(tup.Items) && step == 1 && o.typ == TupleType {
			return t.NewRef(o), nil
		}
		return &NewTuple(t, sliceItems(t, tup.Items, start, step, count)).Object, nil
	}
	i, err := NormalizeIndex(t, key, len(tup.Items), "tuple")
	if err != nil {
		return nil, err
	}
	return t.NewRef(tup.Items[i]), nil
}

func tupleConcat(t *Thread, a, b *Object) (*Object, error) {
	if !IsSubtype(b.typ, TupleType) {
		return nil, t.Errorf(TypeErrorType, "can only concatenate tuple (not \"%s\") to tuple", b.typ.Name)
	}
	x, y := Cast[Tuple](a).Items, Cast[Tuple](b).Items
	if len(y) == 0 && a.typ == TupleType {
		return t.NewRef(a), nil
	}
	if len(x) == 0 && b.typ == TupleType {
		return t.NewRef(b), nil
	}
	out := make([]*Object, 0, len(x)+len(y))
	out = append(append(out, x...), y...)
	for _, it := range out {
		t.Incref(it)
	}
	return &NewTuple(t, out).Object, nil
}

func tupleRepeat(t *Thread, seq *Object, n int64) (*Object, error) {
	if n == 1 && seq.typ == TupleType {
		return t.NewRef(seq), nil
	}
	items, err := repeatItems(t, Cast[Tuple](seq).Items, n)
	if err != nil {
		return nil, err
	}
	return &NewTuple(t, items).Object, nil
}

func tupleNew(t *Thread, typ *Type, args []*Object, kwnames *Tuple) (*Object, error) {
	if typ == TupleType {
		if err := CheckArgCount(t, "tuple", args, kwnames, 0, 1); err != nil {
			return nil, err
		}
	}
	var items []*Object
	if len(args) > 0 {
		if args[0].typ == TupleType && typ == TupleType {
			return t.NewRef(args[0]), nil
		}
		var err error
		if items, err = SequenceItems(t, args[0]); err != nil {
			return nil, err
		}
	}
	if typ == TupleType {
		return &NewTuple(t, items).Object, nil
	}
	tup := allocTuple(typ)
	tup.Items = items
	t.Init(&tup.Object, typ)
	t.Track(&tup.Object)
	return &tup.Object, nil
}

// NewTupleFrom returns tuple(iterable).
func NewTupleFrom(t *Thread, iterable *Object) (*Tuple, error) {
	r, err := tupleNew(t, TupleType, []*Object{iterable}, nil)
	if err != nil {
		return nil, err
	}
	return Cast[Tuple](r), nil
}

func tupleCount(t *Thread, self *Object, args []*Object, kwnames *Tuple) (*Object, error) {
	if err := CheckArgCount(t, "tuple.count", args, kwnames, 1, 1); err != nil {
		return nil, err
	}
	return seqCount(t, fixedItems(Cast[Tuple](self).Items), args[0])
}

func tupleIndex(t *Thread, self *Object, args []*Object, kwnames *Tuple) (*Object, error) {
	if err := CheckArgCount(t, "index", args, kwnames, 1, 3); err != nil {
		return nil, err
	}
	i, err := seqIndex(t, "tuple", fixedItems(Cast[Tuple](self).Items), args[0], args)
	if err != nil {
		return nil, err
	}
	if i < 0 {
		return nil, t.Errorf(ValueErrorType, "tuple.index(x): x not in tuple")
	}
	return NewInt(t, int64(i)), nil
}

// tupleIter is tuple_iterator.
type tupleIter struct {
	Object
	tup *Tuple // owned until the iterator is freed (see listIter)
	i   relaxedInt64
}

// TupleIterType is tuple_iterator.
var TupleIterType = NewStaticType(&Type{
	Name: "tuple_iterator", Flags: FlagGC,
	Iter: selfIter,
	Next: func(t *Thread, o *Object) (*Object, error) {
		it := Cast[tupleIter](o)
		i := it.i.Load()
		if i < 0 || it.tup == nil { // nil: cleared by the collector
			return nil, nil
		}
		if items := it.tup.Items; i < int64(len(items)) {
			it.i.Store(i + 1)
			return t.NewRef(items[i]), nil
		}
		it.i.Store(-1)
		return nil, nil
	},
	Traverse: func(o *Object, visit Visitor) {
		if tup := Cast[tupleIter](o).tup; tup != nil {
			visit(&tup.Object)
		}
	},
	Clear:   tupleIterClear,
	Dealloc: tupleIterClear,
})

func tupleIterClear(t *Thread, o *Object) {
	it := Cast[tupleIter](o)
	if tup := it.tup; tup != nil {
		it.tup = nil
		t.Decref(&tup.Object)
	}
}

func newTupleIter(t *Thread, tup *Tuple) *Object {
	it := &tupleIter{tup: tup}
	t.Incref(&tup.Object)
	t.Init(&it.Object, TupleIterType)
	t.Track(&it.Object)
	return &it.Object
}
