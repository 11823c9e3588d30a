// This file implements list's slots and methods: repr, comparison,
// indexing and slice assignment, concatenation, the list iterators, and
// list.__init__.

package object

func init() {
	l := ListType
	l.Flags |= FlagBaseType
	l.Doc = "Built-in mutable sequence.\n\nIf no argument is given, the constructor creates a new empty list.\nThe argument must be an iterable if specified."
	l.Repr = listRepr
	l.Compare = listCompare
	l.Len = func(t *Thread, o *Object) (int, error) { return len(Cast[List](o).Items), nil }
	l.Bool = func(t *Thread, o *Object) (bool, error) { return len(Cast[List](o).Items) != 0, nil }
	l.GetItem = listGetItem
	l.SetItem = listSetItem
	l.Contains = func(t *Thread, o, v *Object) (bool, error) { return seqContains(t, &Cast[List](o).Items, v) }
	l.Iter = func(t *Thread, o *Object) (*Object, error) { return newListIter(t, Cast[List](o), false), nil }
	l.New = func(t *Thread, typ *Type, args []*Object, kwnames *Tuple) (*Object, error) {
		nl := allocList(typ)
		t.Init(&nl.Object, typ)
		t.Track(&nl.Object)
		return &nl.Object, nil
	}
	l.Init = listInit
	l.Number = &NumberMethods{InplaceAdd: listInplaceAdd, InplaceMul: listInplaceMul}
	l.Concat = listConcat
	l.Repeat = listRepeat
	ReadyType(l, append(listMethods, ClassGetItemDef), nil)
}

var listMethods = []MethodDef{
	{Name: "append", Fn: listAppend, Doc: "Append object to the end of the list."},
	{Name: "extend", Fn: listExtendMethod, Doc: "Extend list by appending elements from the iterable."},
	{Name: "insert", Fn: listInsert, Doc: "Insert object before index."},
	{Name: "pop", Fn: listPop, Doc: "Remove and return item at index (default last)."},
	{Name: "remove", Fn: listRemove, Doc: "Remove first occurrence of value."},
	{Name: "index", Fn: listIndex, Doc: "Return first index of value."},
	{Name: "count", Fn: listCount, Doc: "Return number of occurrences of value."},
	{Name: "clear", Fn: listClearMethod, Doc: "Remove all items from list."},
	{Name: "copy", Fn: listCopy, Doc: "Return a shallow copy of the list."},
	{Name: "reverse", Fn: listReverse, Doc: "Reverse *IN PLACE*."},
	{Name: "sort", Fn: listSort, Doc: "Sort the list in ascending order and return None."},
	{Name: "__reversed__", Fn: listReversed, Doc: "Return a reverse iterator over the list."},
}

func listRepr(t *Thread, o *Object) (*Object, error) {
	l := Cast[List](o)
	if len(l.Items) == 0 {
		return NewStrStatic("[]"), nil
	}
	if !t.ReprEnter(o) {
		return NewStrStatic("[...]"), nil
	}
	defer t.ReprLeave(o)
	return itemsRepr(t, &l.Items, "[", "]")
}

func listCompare(t *Thread, a, b *Object, op CompareOp) (*Object, error) {
	if !IsList(a) || !IsList(b) {
		return t.NewRef(NotImplemented), nil
	}
	return seqCompare(t, &Cast[List](a).Items, &Cast[List](b).Items, op)
}

func listGetItem(t *Thread, o, key *Object) (*Object, error) {
	l := Cast[List](o)
	if i, ok := fastIndex(key); ok {
		if i < 0 {
			i += int64(len(l.Items))
		}
		if uint64(i) >= uint64(len(l.Items)) {
			return nil, t.Errorf(IndexErrorType, "list index out of range")
		}
		return t.NewRef(l.Items[i]), nil
	}
	if key.typ == SliceType {
		start, _, step, count, err := AsSlice(key).Indices(t, len(l.Items))
		if err != nil {
			return nil, err
		}
		return &NewList(t, sliceItems(t, l.Items, start, step, count)).Object, nil
	}
	i, err := NormalizeIndex(t, key, len(l.Items), "list")
	if err != nil {
		return nil, err
	}
	return t.NewRef(l.Items[i]), nil
}

func listSetItem(t *Thread, o, key, v *Object) error {
	l := Cast[List](o)
	if key.typ == SliceType {
		return listSetSlice(t, l, AsSlice(key), v)
	}
	if !hasIndex(key) {
		return t.Errorf(TypeErrorType, "list indices must be integers or slices, not %s", key.typ.Name)
	}
	i, err := NormalizeIndex(t, key, len(l.Items), "list assignment")
	if err != nil {
		return err
	}
	old := l.Items[i]
	if v == nil {
		n := len(l.Items)
		copy(l.Items[i:], l.Items[i+1:])
		l.Items[n-1] = nil
		l.Items = l.Items[:n-1]
	} else {
		l.Items[i] = t.NewRef(v)
	}
	t.Decref(old)
	return nil
}

// listSetSlice implements l[s] = v and del l[s] (v nil).
func listSetSlice(t *Thread, l *List, s *Slice, v *Object) error {
	start, stop, step, count, err := s.Indices(t, len(l.Items))
	if err != nil {
		return err
	}
	if step == 1 {
		if stop < start {
			stop = start
		}
		var items []*Object
		if v != nil {
			if v.typ.Iter == nil && v.typ.GetItem == nil {
				return t.Errorf(TypeErrorType, "can only assign an iterable")
			}
			if items, err = SequenceItems(t, v); err != nil {
				return err
			}
		}
		l.replace(t, start, stop, items)
		return nil
	}
	if v == nil {
		if count == 0 {
			return nil
		}
		removed := make([]*Object, 0, count)
		keep := make([]*Object, 0, len(l.Items)-count)
		next, left := start, count
		if step < 0 {
			next = start + (count-1)*step
			step = -step
		}
		for i, x := range l.Items {
			if left > 0 && i == next {
				removed = append(removed, x)
				next += step
				left--
				continue
			}
			keep = append(keep, x)
		}
		l.Items = keep
		decrefAll(t, removed)
		return nil
	}
	if v.typ.Iter == nil && v.typ.GetItem == nil {
		return t.Errorf(TypeErrorType, "must assign iterable to extended slice")
	}
	items, err := SequenceItems(t, v)
	if err != nil {
		return err
	}
	if len(items) != count {
		decrefAll(t, items)
		return t.Errorf(ValueErrorType, "attempt to assign sequence of size %d to extended slice of size %d", len(items), count)
	}
	old := make([]*Object, count)
	for k, j := 0, start; k < count; k, j = k+1, j+step {
		old[k] = l.Items[j]
		l.Items[j] = items[k]
	}
	decrefAll(t, old)
	return nil
}

// replace replaces l.Items[lo:hi] with items, whose references it takes
// over, and drops the replaced items' references afterwards.
func (l *List) replace(t *Thread, lo, hi int, items []*Object) {
	removed := append([]*Object(nil), l.Items[lo:hi]...)
	n := len(l.Items) - (hi - lo) + len(items)
	if n <= cap(l.Items) && len(items) <= hi-lo {
		copy(l.Items[lo:], items)
		copy(l.Items[lo+len(items):], l.Items[hi:])
		clear(l.Items[n:])
		l.Items = l.Items[:n]
	} else {
		out := make([]*Object, n, max(n, n+n/8))
		copy(out, l.Items[:lo])
		copy(out[lo:], items)
		copy(out[lo+len(items):], l.Items[hi:])
		l.Items = out
	}
	decrefAll(t, removed)
}

func listConcat(t *Thread, a, b *Object) (*Object, error) {
	if !IsSubtype(b.typ, ListType) {
		return nil, t.Errorf(TypeErrorType, "can only concatenate list (not \"%s\") to list", b.typ.Name)
	}
	x, y := Cast[List](a).Items, Cast[List](b).Items
	out := make([]*Object, 0, len(x)+len(y))
	out = append(append(out, x...), y...)
	for _, it := range out {
		t.Incref(it)
	}
	return &NewList(t, out).Object, nil
}

func listRepeat(t *Thread, seq *Object, n int64) (*Object, error) {
	items, err := repeatItems(t, Cast[List](seq).Items, n)
	if err != nil {
		return nil, err
	}
	return &NewList(t, items).Object, nil
}

func listInplaceAdd(t *Thread, a, b *Object) (*Object, error) {
	if err := listExtend(t, Cast[List](a), b); err != nil {
		return nil, err
	}
	return t.NewRef(a), nil
}

func listInplaceMul(t *Thread, a, b *Object) (*Object, error) {
	count, ok, err := repeatCount(t, b)
	if err != nil {
		return nil, err
	}
	if !ok {
		return t.NewRef(NotImplemented), nil
	}
	l := Cast[List](a)
	if count <= 0 {
		items := l.Items
		l.Items = nil
		decrefAll(t, items)
		return t.NewRef(a), nil
	}
	items, err := repeatItems(t, l.Items, count-1)
	if err != nil {
		return nil, err
	}
	l.Items = append(l.Items, items...)
	return t.NewRef(a), nil
}

// listExtend appends the items of iterable to l.
func listExtend(t *Thread, l *List, iterable *Object) error {
	if iterable.typ == ListType || iterable.typ == TupleType {
		items, _ := SequenceItems(t, iterable) // snapshot: l.extend(l) works
		l.Items = append(l.Items, items...)
		return nil
	}
	return Iterate(t, iterable, func(x *Object) error {
		l.Items = append(l.Items, t.NewRef(x))
		return nil
	})
}

func listInit(t *Thread, self *Object, args []*Object, kwnames *Tuple) error {
	if err := CheckArgCount(t, "list", args, kwnames, 0, 1); err != nil {
		return err
	}
	l := Cast[List](self)
	if len(l.Items) > 0 {
		items := l.Items
		l.Items = nil
		decrefAll(t, items)
	}
	if len(args) == 1 {
		return listExtend(t, l, args[0])
	}
	return nil
}

// NewListFrom returns list(iterable).
func NewListFrom(t *Thread, iterable *Object) (*List, error) {
	items, err := SequenceItems(t, iterable)
	if err != nil {
		return nil, err
	}
	return NewList(t, items), nil
}

func listAppend(t *Thread, self *Object, args []*Object, kwnames *Tuple) (*Object, error) {
	if len(args) != 1 || kwnames != nil {
		if err := CheckArgCount(t, "list.append", args, kwnames, 1, 1); err != nil {
			return nil, err
		}
	}
	l := Cast[List](self)
	l.Items = append(l.Items, t.NewRef(args[0]))
	return None, nil
}

func listExtendMethod(t *Thread, self *Object, args []*Object, kwnames *Tuple) (*Object, error) {
	if err := CheckArgCount(t, "list.extend", args, kwnames, 1, 1); err != nil {
		return nil, err
	}
	if err := listExtend(t, Cast[List](self), args[0]); err != nil {
		return nil, err
	}
	return None, nil
}

func listInsert(t *Thread, self *Object, args []*Object, kwnames *Tuple) (*Object, error) {
	if err := CheckArgCount(t, "insert", args, kwnames, 2, 2); err != nil {
		return nil, err
	}
	i, err := indexArg(t, args[0])
	if err != nil {
		return nil, err
	}
	l := Cast[List](self)
	n := int64(len(l.Items))
	if i < 0 {
		i += n
		if i < 0 {
			i = 0
		}
	}
	if i > n {
		i = n
	}
	l.Items = append(l.Items, nil)
	copy(l.Items[i+1:], l.Items[i:])
	l.Items[i] = t.NewRef(args[1])
	return None, nil
}

func listPop(t *Thread, self *Object, args []*Object, kwnames *Tuple) (*Object, error) {
	if len(args) > 1 || kwnames != nil {
		if err := CheckArgCount(t, "pop", args, kwnames, 0, 1); err != nil {
			return nil, err
		}
	}
	l := Cast[List](self)
	n := int64(len(l.Items))
	i := n - 1
	if len(args) == 1 {
		var err error
		if i, err = indexArg(t, args[0]); err != nil {
			return nil, err
		}
		if i < 0 {
			i += n
		}
	}
	if n == 0 {
		return nil, t.Errorf(IndexErrorType, "pop from empty list")
	}
	if i < 0 || i >= n {
		return nil, t.Errorf(IndexErrorType, "pop index out of range")
	}
	v := l.Items[i]
	copy(l.Items[i:], l.Items[i+1:])
	l.Items[n-1] = nil
	l.Items = l.Items[:n-1]
	return v, nil // the list's reference passes to the caller
}

func listRemove(t *Thread, self *Object, args []*Object, kwnames *Tuple) (*Object, error) {
	if err := CheckArgCount(t, "list.remove", args, kwnames, 1, 1); err != nil {
		return nil, err
	}
	l := Cast[List](self)
	i, err := seqIndex(t, "", &l.Items, args[0], nil)
	if err != nil {
		return nil, err
	}
	if i < 0 || i >= len(l.Items) {
		return nil, t.Errorf(ValueErrorType, "list.remove(x): x not in list")
	}
	l.replace(t, i, i+1, nil)
	return None, nil
}

func listIndex(t *Thread, self *Object, args []*Object, kwnames *Tuple) (*Object, error) {
	if err := CheckArgCount(t, "index", args, kwnames, 1, 3); err != nil {
		return nil, err
	}
	l := Cast[List](self)
	i, err := seqIndex(t, "list", &l.Items, args[0], args)
	if err != nil {
		return nil, err
	}
	if i < 0 {
		r, err := ReprString(t, args[0])
		if err != nil {
			return nil, err
		}
		return nil, t.Errorf(ValueErrorType, "%s is not in list", r)
	}
	return NewInt(t, int64(i)), nil
}

func listCount(t *Thread, self *Object, args []*Object, kwnames *Tuple) (*Object, error) {
	if err := CheckArgCount(t, "list.count", args, kwnames, 1, 1); err != nil {
		return nil, err
	}
	return seqCount(t, &Cast[List](self).Items, args[0])
}

func listClearMethod(t *Thread, self *Object, args []*Object, kwnames *Tuple) (*Object, error) {
	if err := CheckArgCount(t, "list.clear", args, kwnames, 0, 0); err != nil {
		return nil, err
	}
	l := Cast[List](self)
	items := l.Items
	l.Items = nil
	decrefAll(t, items)
	return None, nil
}

func listCopy(t *Thread, self *Object, args []*Object, kwnames *Tuple) (*Object, error) {
	if err := CheckArgCount(t, "list.copy", args, kwnames, 0, 0); err != nil {
		return nil, err
	}
	items := Cast[List](self).Items
	return &NewList(t, sliceItems(t, items, 0, 1, len(items))).Object, nil
}

func listReverse(t *Thread, self *Object, args []*Object, kwnames *Tuple) (*Object, error) {
	if err := CheckArgCount(t, "list.reverse", args, kwnames, 0, 0); err != nil {
		return nil, err
	}
	items := Cast[List](self).Items
	for i, j := 0, len(items)-1; i < j; i, j = i+1, j-1 {
		items[i], items[j] = items[j], items[i]
	}
	return None, nil
}

func listReversed(t *Thread, self *Object, args []*Object, kwnames *Tuple) (*Object, error) {
	if err := CheckArgCount(t, "list.__reversed__", args, kwnames, 0, 0); err != nil {
		return nil, err
	}
	return newListIter(t, Cast[List](self), true), nil
}

// listIter is list_iterator and list_reverseiterator.
type listIter struct {
	Object
	list *List // owned; nil once exhausted
	i    int
}

func listIterNext(t *Thread, o *Object) (*Object, error) {
	it := Cast[listIter](o)
	l := it.list
	if l == nil {
		return nil, nil
	}
	if it.i < len(l.Items) {
		v := l.Items[it.i]
		it.i++
		return t.NewRef(v), nil
	}
	it.list = nil
	t.Decref(&l.Object)
	return nil, nil
}

func listRevIterNext(t *Thread, o *Object) (*Object, error) {
	it := Cast[listIter](o)
	l := it.list
	if l == nil {
		return nil, nil
	}
	if it.i >= 0 && it.i < len(l.Items) {
		v := l.Items[it.i]
		it.i--
		return t.NewRef(v), nil
	}
	it.list = nil
	t.Decref(&l.Object)
	return nil, nil
}

func listIterTraverse(o *Object, visit Visitor) {
	if l := Cast[listIter](o).list; l != nil {
		visit(&l.Object)
	}
}

func listIterClear(t *Thread, o *Object) {
	it := Cast[listIter](o)
	if l := it.list; l != nil {
		it.list = nil
		t.Decref(&l.Object)
	}
}

func listIterLen(t *Thread, o *Object) (int, error) {
	it := Cast[listIter](o)
	if it.list == nil {
		return 0, nil
	}
	if o.typ == ListRevIterType {
		if it.i >= len(it.list.Items) {
			return 0, nil
		}
		return it.i + 1, nil
	}
	return max(len(it.list.Items)-it.i, 0), nil
}

// ListIterType and ListRevIterType are list_iterator and
// list_reverseiterator.
var (
	ListIterType = NewStaticType(&Type{
		Name: "list_iterator", Flags: FlagGC,
		Iter: selfIter, Next: listIterNext,
		Traverse: listIterTraverse, Clear: listIterClear, Dealloc: listIterClear,
	})
	ListRevIterType = NewStaticType(&Type{
		Name: "list_reverseiterator", Flags: FlagGC,
		Iter: selfIter, Next: listRevIterNext,
		Traverse: listIterTraverse, Clear: listIterClear, Dealloc: listIterClear,
	})
)

func init() {
	ReadyType(ListIterType, []MethodDef{lengthHintDef(listIterLen)}, nil)
	ReadyType(ListRevIterType, []MethodDef{lengthHintDef(listIterLen)}, nil)
}

// lengthHintDef returns an iterator's __length_hint__ method.
func lengthHintDef(f func(t *Thread, o *Object) (int, error)) MethodDef {
	return MethodDef{Name: "__length_hint__", Doc: "Private method returning an estimate of len(list(it)).",
		Fn: func(t *Thread, self *Object, args []*Object, kwnames *Tuple) (*Object, error) {
			if err := CheckArgCount(t, "__length_hint__", args, kwnames, 0, 0); err != nil {
				return nil, err
			}
			n, err := f(t, self)
			if err != nil {
				return nil, err
			}
			return NewInt(t, int64(n)), nil
		}}
}

func newListIter(t *Thread, l *List, reverse bool) *Object {
	it := &listIter{list: l}
	t.Incref(&l.Object)
	typ := ListIterType
	if reverse {
		typ = ListRevIterType
		it.i = len(l.Items) - 1
	}
	t.Init(&it.Object, typ)
	t.Track(&it.Object)
	return &it.Object
}
