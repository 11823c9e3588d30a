// This file holds helpers the sequence and container types share: repr
// of item lists, lexicographic comparison, index fast paths, and the
// sequence concatenation and repetition fallbacks.

package object

// fastIndex returns o's value when o is an exact int that fits in an
// int64, the common case for subscripts.
func fastIndex(o *Object) (int64, bool) {
	if o.typ == IntType {
		i := Cast[Int](o)
		if i.big == nil {
			return i.v, true
		}
	}
	return 0, false
}

// hasIndex reports whether o can be used as a sequence index.
func hasIndex(o *Object) bool {
	return IsInt(o) || (o.typ.Number != nil && o.typ.Number.Index != nil)
}

// indexArg converts an optional index argument (pop, insert) with
// __index__, clamping nothing: OverflowError for huge values.
func indexArg(t *Thread, o *Object) (int64, error) {
	if v, ok := fastIndex(o); ok {
		return v, nil
	}
	return AsInt64(t, o)
}

// itemSource gives the helpers below the items of a tuple or a list one
// at a time, as new references: a list is read under its lock, item by
// item, because the helpers run Python code (__eq__, __repr__) between
// reads, which may change the list or run on another thread beside it.
type itemSource struct {
	items []*Object // a tuple's items
	list  *List     // or a list
}

func fixedItems(items []*Object) itemSource { return itemSource{items: items} }
func listItems(l *List) itemSource          { return itemSource{list: l} }

// at returns a new reference to item i, or nil past the end.
func (s itemSource) at(t *Thread, i int) *Object {
	if s.list != nil {
		return s.list.itemRef(t, i)
	}
	if i < len(s.items) {
		return t.NewRef(s.items[i])
	}
	return nil
}

func (s itemSource) size() int {
	if s.list != nil {
		return s.list.Len()
	}
	return len(s.items)
}

// itemsRepr renders items between open and close, separated by ", ".
func itemsRepr(t *Thread, items itemSource, open, close string) (*Object, error) {
	buf := make([]byte, 0, 2+items.size()*4)
	buf = append(buf, open...)
	for i := 0; ; i++ {
		x := items.at(t, i)
		if x == nil {
			break
		}
		if i > 0 {
			buf = append(buf, ", "...)
		}
		r, err := Repr(t, x)
		t.Decref(x)
		if err != nil {
			return nil, err
		}
		buf = append(buf, StrValue(r)...)
		t.Decref(r)
	}
	buf = append(buf, close...)
	return NewStr(t, string(buf)), nil
}

// seqCompare compares two item sequences lexicographically (the
// algorithm of list_richcompare and tuplerichcompare). Items are re-read
// after each comparison, since Python code may mutate a list.
func seqCompare(t *Thread, a, b itemSource, op CompareOp) (*Object, error) {
	if a.size() != b.size() && (op == EQ || op == NE) {
		return NewBool(op == NE), nil
	}
	var x, y *Object
	for i := 0; ; i++ {
		x, y = a.at(t, i), b.at(t, i)
		if x == nil || y == nil {
			break
		}
		eq := x == y
		var err error
		if !eq {
			eq, err = RichCompareBool(t, x, y, EQ)
		}
		if err != nil || !eq {
			if err != nil {
				t.Decref(x)
				t.Decref(y)
				return nil, err
			}
			break
		}
		t.Decref(x)
		t.Decref(y)
	}
	if x == nil || y == nil {
		t.XDecref(x)
		t.XDecref(y)
		return NewBool(compareInts(a.size(), b.size(), op)), nil
	}
	defer t.Decref(x)
	defer t.Decref(y)
	switch op {
	case EQ:
		return False, nil
	case NE:
		return True, nil
	}
	return RichCompare(t, x, y, op)
}

func compareInts[T int | int64](a, b T, op CompareOp) bool {
	switch op {
	case LT:
		return a < b
	case LE:
		return a <= b
	case EQ:
		return a == b
	case NE:
		return a != b
	case GT:
		return a > b
	}
	return a >= b
}

// itemEquals reports whether x is v or equals it, and drops x.
func itemEquals(t *Thread, x, v *Object) (bool, error) {
	if x == v {
		t.Decref(x)
		return true, nil
	}
	eq, err := RichCompareBool(t, x, v, EQ)
	t.Decref(x)
	return eq, err
}

// find calls match(i) for each i in [start, stop) whose item is v or
// equals it, in order, until match returns true. A list is walked under
// its lock (List.findEqual: match runs with the lock held), so that
// other threads' changes cannot make the walk skip an item.
func (s itemSource) find(t *Thread, v *Object, start, stop int, match func(i int) bool) error {
	if s.list != nil {
		return s.list.findEqual(t, v, start, stop, match)
	}
	for i := start; i < stop && i < len(s.items); i++ {
		eq, err := itemEquals(t, t.NewRef(s.items[i]), v)
		if err != nil {
			return err
		}
		if eq && match(i) {
			break
		}
	}
	return nil
}

// seqContains reports whether v == some item (identity first).
func seqContains(t *Thread, items itemSource, v *Object) (bool, error) {
	found := false
	err := items.find(t, v, 0, maxIndex, func(int) bool {
		found = true
		return true
	})
	return found, err
}

// seqCount counts the items equal to v.
func seqCount(t *Thread, items itemSource, v *Object) (*Object, error) {
	n := int64(0)
	err := items.find(t, v, 0, maxIndex, func(int) bool {
		n++
		return false
	})
	if err != nil {
		return nil, err
	}
	return NewInt(t, n), nil
}

// seqIndex implements list.index and tuple.index: the first i in
// [start, stop) with items[i] == v, or -1. Negative bounds count from the
// length at the call; the search also stops at the end of the list as
// it is while searching (a list may change meanwhile).
func seqIndex(t *Thread, fname string, items itemSource, v *Object, args []*Object) (int, error) {
	start, stop := 0, maxIndex
	bound := func(o *Object) (int, error) {
		if !hasIndex(o) {
			return 0, t.Errorf(TypeErrorType, "slice indices must be integers or have an __index__ method")
		}
		x, err := sliceIndex(t, o)
		if err != nil {
			return 0, err
		}
		if x < 0 {
			x += items.size()
			if x < 0 {
				x = 0
			}
		}
		return x, nil
	}
	var err error
	if len(args) > 1 {
		if start, err = bound(args[1]); err != nil {
			return 0, err
		}
	}
	if len(args) > 2 {
		if stop, err = bound(args[2]); err != nil {
			return 0, err
		}
	}
	found := -1
	err = items.find(t, v, start, stop, func(i int) bool {
		found = i
		return true
	})
	return found, err
}

// repeatCount returns the repetition count for seq * n, or ok false when
// n cannot be interpreted as an integer.
func repeatCount(t *Thread, n *Object) (int64, bool, error) {
	if v, ok := fastIndex(n); ok {
		return v, true, nil
	}
	if !hasIndex(n) {
		return 0, false, nil
	}
	r, err := Index(t, n)
	if err != nil {
		return 0, true, err
	}
	defer t.Decref(r)
	i := Cast[Int](r)
	if i.big != nil {
		// CPython's PyNumber_AsSsize_t with OverflowError, either sign,
		// naming the operand's own type.
		return 0, true, t.Errorf(OverflowErrorType, "cannot fit '%s' into an index-sized integer", n.typ.Name)
	}
	return i.v, true, nil
}

// repeatItems returns n copies of items, with new references.
func repeatItems(t *Thread, items []*Object, n int64) ([]*Object, error) {
	if n <= 0 || len(items) == 0 {
		return nil, nil
	}
	if int64(len(items)) > maxIndex/n {
		return nil, t.NewException(MemoryErrorType)
	}
	if err := t.CheckAllocItems(int64(len(items))*n, 8); err != nil {
		return nil, err
	}
	out := make([]*Object, 0, int64(len(items))*n)
	for k := int64(0); k < n; k++ {
		out = append(out, items...)
	}
	for _, x := range out {
		t.Incref(x)
	}
	return out, nil
}

// sliceItems returns new references to the items a slice selects.
func sliceItems(t *Thread, items []*Object, start, step, count int) []*Object {
	if count <= 0 {
		return nil
	}
	out := make([]*Object, count)
	if step == 1 {
		copy(out, items[start:start+count])
	} else {
		for i, j := 0, start; i < count; i, j = i+1, j+step {
			out[i] = items[j]
		}
	}
	for _, x := range out {
		t.Incref(x)
	}
	return out
}

// selfIter is __iter__ for iterator types.
func selfIter(t *Thread, o *Object) (*Object, error) { return t.NewRef(o), nil }
