// This file gives the built-in iterators __reduce__ and __setstate__, so
// that pickle and copy take them as CPython 3.11 does: an iterator over
// a sequence reduces to iter(sequence) plus the position reached, one
// over a dict or set to iter(list of what is left), and an exhausted one
// to iter of an empty sequence.

package object

import "math/big"

// BuiltinRef returns a new reference to the builtin called name, looked
// up in the running code's builtins (CPython's _PyEval_GetBuiltin). The
// vm package sets it.
var BuiltinRef func(t *Thread, name string) (*Object, error)

// reduceTo builds __reduce__'s result: (builtin name or the callable fn,
// args) plus state when it is not nil. It takes over the references in
// args and state.
func reduceTo(t *Thread, fn *Object, name string, args []*Object, state *Object) (*Object, error) {
	if fn == nil {
		var err error
		if fn, err = BuiltinRef(t, name); err != nil {
			decrefAll(t, args)
			if state != nil {
				t.Decref(state)
			}
			return nil, err
		}
	} else {
		t.Incref(fn)
	}
	a := NewTupleRefs(t, args...).Obj()
	if state == nil {
		return NewTupleRefs(t, fn, a).Obj(), nil
	}
	return NewTupleRefs(t, fn, a, state).Obj(), nil
}

// reduceExhausted is an exhausted iterator's __reduce__: iter(empty).
func reduceExhausted(t *Thread, empty *Object) (*Object, error) {
	return reduceTo(t, nil, "iter", []*Object{empty}, nil)
}

// stateIndex reads __setstate__'s argument, a position, as CPython's
// PyLong_AsSsize_t does.
func stateIndex(t *Thread, state *Object) (int64, error) {
	if !IsInt(state) {
		return 0, t.Errorf(TypeErrorType, "an integer is required")
	}
	return AsInt64(t, state)
}

// clampIndex bounds a position restored by __setstate__ to [lo, hi].
func clampIndex(i, lo, hi int64) int64 { return max(lo, min(i, hi)) }

// iterPickling returns an iterator type's __reduce__ and __setstate__
// (setstate may be nil: the type has no position to restore).
func iterPickling(reduce func(t *Thread, o *Object) (*Object, error), setstate func(t *Thread, o *Object, state *Object) error) []MethodDef {
	defs := []MethodDef{{Name: "__reduce__", Doc: "Return state information for pickling.",
		Fn: func(t *Thread, self *Object, args []*Object, kw *Tuple) (*Object, error) {
			if err := CheckArgCount(t, "__reduce__", args, kw, 0, 0); err != nil {
				return nil, err
			}
			return reduce(t, self)
		}}}
	if setstate != nil {
		defs = append(defs, MethodDef{Name: "__setstate__", Doc: "Set state information for unpickling.",
			Fn: func(t *Thread, self *Object, args []*Object, kw *Tuple) (*Object, error) {
				if err := CheckArgCount(t, "__setstate__", args, kw, 1, 1); err != nil {
					return nil, err
				}
				if err := setstate(t, self, args[0]); err != nil {
					return nil, err
				}
				return None, nil
			}})
	}
	return defs
}

// Sequence iterators: iter(seq) and the index reached.

var listIterPickling = iterPickling(func(t *Thread, o *Object) (*Object, error) {
	it := Cast[listIter](o)
	i := it.i.Load()
	if i < 0 || it.list == nil {
		return reduceExhausted(t, NewList(t, nil).Obj())
	}
	if o.typ == ListRevIterType {
		return reduceTo(t, ReversedType.Obj(), "", []*Object{t.NewRef(&it.list.Object)}, NewInt(t, i))
	}
	return reduceTo(t, nil, "iter", []*Object{t.NewRef(&it.list.Object)}, NewInt(t, i))
}, func(t *Thread, o *Object, state *Object) error {
	it := Cast[listIter](o)
	i, err := stateIndex(t, state)
	if err != nil || it.list == nil || it.i.Load() < 0 {
		return err
	}
	n := int64(it.list.Len())
	if o.typ == ListRevIterType {
		it.i.Store(clampIndex(i, -1, n-1))
	} else {
		it.i.Store(clampIndex(i, 0, n))
	}
	return nil
})

var tupleIterPickling = iterPickling(func(t *Thread, o *Object) (*Object, error) {
	it := Cast[tupleIter](o)
	i := it.i.Load()
	if i < 0 || it.tup == nil {
		return reduceExhausted(t, EmptyTuple.Obj())
	}
	return reduceTo(t, nil, "iter", []*Object{t.NewRef(&it.tup.Object)}, NewInt(t, i))
}, func(t *Thread, o *Object, state *Object) error {
	it := Cast[tupleIter](o)
	i, err := stateIndex(t, state)
	if err != nil || it.tup == nil || it.i.Load() < 0 {
		return err
	}
	it.i.Store(clampIndex(i, 0, int64(len(it.tup.Items))))
	return nil
})

// A str iterator's position is a byte offset; pickles count characters.
var strIterPickling = iterPickling(func(t *Thread, o *Object) (*Object, error) {
	it := Cast[strIter](o)
	pos := int(it.pos.Load())
	if pos < 0 {
		return reduceExhausted(t, NewStr(t, ""))
	}
	s := it.s.s
	var chars int64
	for off := 0; off < pos && off < len(s); chars++ {
		_, size := decodeRune(s[off:])
		off += size
	}
	return reduceTo(t, nil, "iter", []*Object{t.NewRef(&it.s.Object)}, NewInt(t, chars))
}, func(t *Thread, o *Object, state *Object) error {
	it := Cast[strIter](o)
	chars, err := stateIndex(t, state)
	if err != nil || it.pos.Load() < 0 {
		return err
	}
	s := it.s.s
	off := 0
	for ; chars > 0 && off < len(s); chars-- {
		_, size := decodeRune(s[off:])
		off += size
	}
	it.pos.Store(int64(off))
	return nil
})

var bytesIterPickling = iterPickling(func(t *Thread, o *Object) (*Object, error) {
	it := Cast[bytesIter](o)
	pos := it.pos.Load()
	if pos < 0 || it.b == nil {
		return reduceExhausted(t, EmptyTuple.Obj())
	}
	return reduceTo(t, nil, "iter", []*Object{t.NewRef(it.b)}, NewInt(t, pos))
}, func(t *Thread, o *Object, state *Object) error {
	it := Cast[bytesIter](o)
	i, err := stateIndex(t, state)
	if err != nil || it.b == nil || it.pos.Load() < 0 {
		return err
	}
	it.pos.Store(clampIndex(i, 0, int64(len(bytesOf(it.b)))))
	return nil
})

var byteArrayIterPickling = iterPickling(func(t *Thread, o *Object) (*Object, error) {
	it := Cast[byteArrayIter](o)
	pos := it.pos.Load()
	if pos < 0 || it.ba == nil {
		return reduceExhausted(t, EmptyTuple.Obj())
	}
	return reduceTo(t, nil, "iter", []*Object{t.NewRef(it.ba)}, NewInt(t, pos))
}, func(t *Thread, o *Object, state *Object) error {
	it := Cast[byteArrayIter](o)
	i, err := stateIndex(t, state)
	if err != nil || it.ba == nil || it.pos.Load() < 0 {
		return err
	}
	// CPython bounds the position below only: a bytearray may grow.
	it.pos.Store(max(i, 0))
	return nil
})

var seqIterPickling = iterPickling(func(t *Thread, o *Object) (*Object, error) {
	it := Cast[seqIter](o)
	i := it.i.Load()
	if i < 0 || it.seq == nil {
		return reduceExhausted(t, EmptyTuple.Obj())
	}
	return reduceTo(t, nil, "iter", []*Object{t.NewRef(it.seq)}, NewInt(t, i))
}, func(t *Thread, o *Object, state *Object) error {
	it := Cast[seqIter](o)
	i, err := stateIndex(t, state)
	if err != nil || it.seq == nil || it.i.Load() < 0 {
		return err
	}
	it.i.Store(max(i, 0))
	return nil
})

var reversedPickling = iterPickling(func(t *Thread, o *Object) (*Object, error) {
	r := Cast[Reversed](o)
	i := r.index.Load()
	if i < 0 || r.seq == nil {
		return reduceTo(t, ReversedType.Obj(), "", []*Object{EmptyTuple.Obj()}, nil)
	}
	return reduceTo(t, o.typ.Obj(), "", []*Object{t.NewRef(r.seq)}, NewInt(t, i))
}, func(t *Thread, o *Object, state *Object) error {
	r := Cast[Reversed](o)
	i, err := stateIndex(t, state)
	if err != nil || r.seq == nil || r.index.Load() < 0 {
		return err
	}
	n, err := Len(t, r.seq)
	if err != nil {
		return err
	}
	r.index.Store(clampIndex(i, -1, int64(n)-1))
	return nil
})

// Ranges: iter(range(start, stop, step)) and the number of values taken.

var rangeIterPickling = iterPickling(func(t *Thread, o *Object) (*Object, error) {
	it := Cast[rangeIter](o)
	start, step, n := big.NewInt(it.start), big.NewInt(it.step), new(big.Int).SetUint64(it.length)
	taken := it.length - it.remaining.Load()
	return reduceRange(t, start, step, n, new(big.Int).SetUint64(taken))
}, func(t *Thread, o *Object, state *Object) error {
	it := Cast[rangeIter](o)
	i, err := stateIndex(t, state)
	if err != nil {
		return err
	}
	taken := uint64(max(i, 0))
	taken = min(taken, it.length)
	it.next.Store(it.start + int64(taken)*it.step)
	it.remaining.Store(it.length - taken)
	return nil
})

var longRangeIterPickling = iterPickling(func(t *Thread, o *Object) (*Object, error) {
	it := Cast[longRangeIter](o)
	it.mu.Lock()
	taken := new(big.Int).Sub(it.length, it.remaining)
	it.mu.Unlock()
	return reduceRange(t, it.start, it.step, it.length, taken)
}, func(t *Thread, o *Object, state *Object) error {
	it := Cast[longRangeIter](o)
	if !IsInt(state) {
		return t.Errorf(TypeErrorType, "an integer is required")
	}
	taken := Cast[Int](state).Big()
	if taken.Sign() < 0 {
		taken.SetInt64(0)
	} else if taken.Cmp(it.length) > 0 {
		taken.Set(it.length)
	}
	it.mu.Lock()
	it.remaining.Sub(it.length, taken)
	it.next.Mul(taken, it.step)
	it.next.Add(it.next, it.start)
	it.mu.Unlock()
	return nil
})

// reduceRange is (iter, (range(start, start+n*step, step),), taken).
func reduceRange(t *Thread, start, step, n, taken *big.Int) (*Object, error) {
	stop := new(big.Int).Mul(n, step)
	stop.Add(stop, start)
	args := []*Object{NewIntBig(t, new(big.Int).Set(start)), NewIntBig(t, stop), NewIntBig(t, new(big.Int).Set(step))}
	r, err := Call(t, RangeType.Obj(), args, nil)
	decrefAll(t, args)
	if err != nil {
		return nil, err
	}
	return reduceTo(t, nil, "iter", []*Object{r}, NewIntBig(t, taken))
}

// Wrapping iterators reduce to their constructor and what they wrap.

var enumeratePickling = iterPickling(func(t *Thread, o *Object) (*Object, error) {
	e := Cast[Enumerate](o)
	if e.it == nil {
		return reduceTo(t, o.typ.Obj(), "", []*Object{EmptyTuple.Obj(), SmallInt(0)}, nil)
	}
	var count *Object
	if n := e.count.Load(); n < 1<<63-1 {
		count = NewInt(t, n)
	} else {
		e.mu.Lock()
		if e.bigCount == nil {
			count = NewInt(t, n)
		} else {
			count = NewIntBig(t, new(big.Int).Set(e.bigCount))
		}
		e.mu.Unlock()
	}
	return reduceTo(t, o.typ.Obj(), "", []*Object{t.NewRef(e.it), count}, nil)
}, nil)

var zipPickling = iterPickling(func(t *Thread, o *Object) (*Object, error) {
	z := Cast[Zip](o)
	var state *Object
	if z.strict {
		state = True
	}
	return reduceTo(t, o.typ.Obj(), "", fixedItemsRefs(t, z.its), state)
}, func(t *Thread, o *Object, state *Object) error {
	strict, err := IsTrue(t, state)
	if err == nil {
		Cast[Zip](o).strict = strict
	}
	return err
})

var mapPickling = iterPickling(func(t *Thread, o *Object) (*Object, error) {
	m := Cast[Map](o)
	if m.fn == nil {
		return reduceTo(t, o.typ.Obj(), "", nil, nil)
	}
	return reduceTo(t, o.typ.Obj(), "", append([]*Object{t.NewRef(m.fn)}, fixedItemsRefs(t, m.its)...), nil)
}, nil)

var filterPickling = iterPickling(func(t *Thread, o *Object) (*Object, error) {
	f := Cast[Filter](o)
	if f.fn == nil || f.it == nil {
		return reduceTo(t, o.typ.Obj(), "", nil, nil)
	}
	return reduceTo(t, o.typ.Obj(), "", []*Object{t.NewRef(f.fn), t.NewRef(f.it)}, nil)
}, nil)

// Dict and set iterators reduce to iter(list of the items left), taken
// from a copy of the iterator so that this one does not move.

var dictIterPickling = iterPickling(func(t *Thread, o *Object) (*Object, error) {
	it := Cast[dictIter](o)
	var items []*Object
	if d := it.d; d != nil {
		d.mu.Lock()
		cp := &dictIter{d: d, used: it.used, pos: it.pos, remaining: it.remaining, done: it.done, kind: it.kind, reverse: it.reverse}
		d.mu.Unlock()
		for {
			k, v, status := cp.step(t, d)
			if status != dictStepItem {
				break
			}
			switch cp.kind {
			case dictKeys:
				t.Decref(v)
				items = append(items, k)
			case dictValues:
				t.Decref(k)
				items = append(items, v)
			default:
				items = append(items, NewTuple(t, []*Object{k, v}).Obj())
			}
		}
	}
	return reduceTo(t, nil, "iter", []*Object{NewList(t, items).Obj()}, nil)
}, nil)

var setIterPickling = iterPickling(func(t *Thread, o *Object) (*Object, error) {
	it := Cast[setIter](o)
	var items []*Object
	if s := it.s.Load(); s != nil {
		s.mu.Lock()
		if !it.done && it.used == s.used {
			for pos := it.pos; ; {
				next, e, ok := s.next(pos)
				if !ok {
					break
				}
				items = append(items, t.NewRef(e.key))
				pos = next
			}
		}
		s.mu.Unlock()
	}
	return reduceTo(t, nil, "iter", []*Object{NewList(t, items).Obj()}, nil)
}, nil)

func init() {
	ReadyType(seqIterType, seqIterPickling, nil)
}
