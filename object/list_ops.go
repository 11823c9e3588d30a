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
	l.Len = func(t *Thread, o *Object) (int, error) { return Cast[List](o).Len(), nil }
	l.Bool = func(t *Thread, o *Object) (bool, error) { return Cast[List](o).Len() != 0, nil }
	l.GetItem = listGetItem
	l.SetItem = listSetItem
	l.Contains = listContains
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
	if l.Len() == 0 {
		return NewStrStatic("[]"), nil
	}
	if !t.ReprEnter(o) {
		return NewStrStatic("[...]"), nil
	}
	defer t.ReprLeave(o)
	return itemsRepr(t, listItems(l), "[", "]")
}

func listGetItem(t *Thread, o, key *Object) (*Object, error) {
	l := Cast[List](o)
	if i, ok := fastIndex(key); ok {
		if i < 0 {
			i += int64(l.Len())
		}
		if i >= 0 {
			if v := l.itemRef(t, int(i)); v != nil {
				return v, nil
			}
		}
		return nil, t.Errorf(IndexErrorType, "list index out of range")
	}
	if key.typ == SliceType {
		// Indices may run __index__: resolve them against the length,
		// then slice under the lock, clamped to the length it finds.
		b, err := AsSlice(key).Bounds(t)
		if err != nil {
			return nil, err
		}
		l.mu.Lock()
		start, _, step, count := b.Indices(len(l.items))
		items := sliceItems(t, l.items, start, step, count)
		l.mu.Unlock()
		return &NewList(t, items).Object, nil
	}
	i, err := NormalizeIndex(t, key, l.Len(), "list")
	if err != nil {
		return nil, err
	}
	if v := l.itemRef(t, i); v != nil {
		return v, nil
	}
	return nil, t.Errorf(IndexErrorType, "list index out of range")
}

func listSetItem(t *Thread, o, key, v *Object) error {
	l := Cast[List](o)
	if key.typ == SliceType {
		return listSetSlice(t, l, AsSlice(key), v)
	}
	if !hasIndex(key) {
		return t.Errorf(TypeErrorType, "list indices must be integers or slices, not %s", key.typ.Name)
	}
	var i int
	fromEnd := false // a negative index, resolved under the lock
	if fi, ok := fastIndex(key); ok {
		i, fromEnd = int(fi), fi < 0
	} else {
		var err error
		if i, err = NormalizeIndex(t, key, l.Len(), "list assignment"); err != nil {
			return err
		}
	}
	if v != nil {
		t.Incref(v)
	}
	l.mu.Lock()
	if l.claim != nil { // lockToChange, inlined by hand on this hot path
		l.waitForSort(t)
	}
	if fromEnd {
		i += len(l.items)
	}
	if i < 0 || i >= len(l.items) {
		l.mu.Unlock()
		if v != nil {
			t.Decref(v)
		}
		return t.Errorf(IndexErrorType, "list assignment index out of range")
	}
	old := l.items[i]
	if v == nil {
		l.removeAt(i)
	} else {
		l.store(i, v)
	}
	l.mu.Unlock()
	t.Decref(old)
	return nil
}

// listSetSlice implements l[s] = v and del l[s] (v nil).
func listSetSlice(t *Thread, l *List, s *Slice, v *Object) error {
	b, err := s.Bounds(t)
	if err != nil {
		return err
	}
	var items []*Object
	if v != nil {
		if v.typ.Iter == nil && v.typ.GetItem == nil {
			if b.Step == 1 {
				return t.Errorf(TypeErrorType, "can only assign an iterable")
			}
			return t.Errorf(TypeErrorType, "must assign iterable to extended slice")
		}
		if items, err = SequenceItems(t, v); err != nil {
			return err
		}
	}
	l.lockToChange(t)
	start, stop, step, count := b.Indices(len(l.items))
	var removed []*Object
	switch {
	case step == 1:
		removed = l.replace(start, max(stop, start), items)
	case v == nil:
		removed = l.deleteStrided(start, step, count)
	case len(items) != count:
		l.mu.Unlock()
		decrefAll(t, items)
		return t.Errorf(ValueErrorType, "attempt to assign sequence of size %d to extended slice of size %d", len(items), count)
	default:
		removed = make([]*Object, count)
		for k, j := 0, start; k < count; k, j = k+1, j+step {
			removed[k] = l.items[j]
			l.store(j, items[k])
		}
	}
	l.mu.Unlock()
	if step == 1 {
		decrefLastFirst(t, removed) // as list_ass_slice
	} else {
		decrefAll(t, removed) // as list_ass_subscript: in slice order
	}
	return nil
}

// deleteStrided removes count items from start by step and returns
// them; the caller holds l.mu.
func (l *List) deleteStrided(start, step, count int) []*Object {
	if count == 0 {
		return nil
	}
	removed := make([]*Object, 0, count)
	keep := make([]*Object, 0, len(l.items)-count)
	next, left := start, count
	if step < 0 {
		next = start + (count-1)*step
		step = -step
	}
	for i, x := range l.items {
		if left > 0 && i == next {
			removed = append(removed, x)
			next += step
			left--
			continue
		}
		keep = append(keep, x)
	}
	l.adopt(keep)
	return removed
}

// replace replaces l.items[lo:hi] with items, whose references it takes
// over, and returns the replaced items, whose references the caller must
// drop after unlocking; the caller holds l.mu.
func (l *List) replace(lo, hi int, items []*Object) []*Object {
	removed := append([]*Object(nil), l.items[lo:hi]...)
	n := len(l.items) - (hi - lo) + len(items)
	if len(items) <= hi-lo {
		// Shrinking or same size: in place.
		for i, v := range items {
			l.store(lo+i, v)
		}
		moveItems(l.items[lo+len(items):], l.items[hi:])
		l.resize(n)
	} else {
		out := make([]*Object, n, max(n, n+n/8))
		copy(out, l.items[:lo])
		copy(out[lo:], items)
		copy(out[lo+len(items):], l.items[hi:])
		l.adopt(out)
	}
	return removed
}

// removeAt deletes item i, whose reference the caller takes; the caller
// holds l.mu.
func (l *List) removeAt(i int) {
	moveItems(l.items[i:], l.items[i+1:])
	l.resize(len(l.items) - 1)
}

func listConcat(t *Thread, a, b *Object) (*Object, error) {
	if !IsSubtype(b.typ, ListType) {
		return nil, t.Errorf(TypeErrorType, "can only concatenate list (not \"%s\") to list", b.typ.Name)
	}
	x := Cast[List](a).Snapshot(t)
	y := Cast[List](b).Snapshot(t)
	return &NewList(t, append(x, y...)).Object, nil
}

func listRepeat(t *Thread, seq *Object, n int64) (*Object, error) {
	snap := Cast[List](seq).Snapshot(t)
	items, err := repeatItems(t, snap, n)
	decrefAll(t, snap)
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
		decrefLastFirst(t, l.swapItems(t, nil))
		return t.NewRef(a), nil
	}
	snap := l.Snapshot(t)
	items, err := repeatItems(t, snap, count-1)
	decrefAll(t, snap)
	if err != nil {
		return nil, err
	}
	l.appendRefs(t, items)
	return t.NewRef(a), nil
}

// listExtend appends the items of iterable to l.
func listExtend(t *Thread, l *List, iterable *Object) error {
	if items, ok := containerItems(t, iterable); ok || iterable.typ == ListType || iterable.typ == TupleType {
		if !ok {
			items, _ = SequenceItems(t, iterable) // snapshot: l.extend(l) works
		}
		l.appendRefs(t, items)
		return nil
	}
	if iterable == &l.Object {
		// A list subclass extended with itself: its items as they are
		// now, not an iteration that sees its own appends.
		l.appendRefs(t, l.Snapshot(t))
		return nil
	}
	if err := checkHintAlloc(t, iterable, 8); err != nil {
		return err
	}
	return Iterate(t, iterable, func(x *Object) error {
		l.Append(t, x)
		return nil
	})
}

func listInit(t *Thread, self *Object, args []*Object, kwnames *Tuple) error {
	if err := CheckArgCount(t, "list", args, kwnames, 0, 1); err != nil {
		return err
	}
	l := Cast[List](self)
	decrefLastFirst(t, l.swapItems(t, nil))
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
	Cast[List](self).Append(t, args[0])
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
	t.Incref(args[1])
	l.lockToChange(t)
	n := int64(len(l.items))
	if i < 0 {
		i += n
		if i < 0 {
			i = 0
		}
	}
	if i > n {
		i = n
	}
	if n < int64(cap(l.items)) {
		// Room in the array: the length grows only once the items
		// moved up and the new one is in.
		l.items = l.items[:n+1]
		moveItems(l.items[i+1:], l.items[i:n])
		l.store(int(i), args[1])
		l.setSize(int(n + 1))
	} else {
		grown := make([]*Object, n+1, growCap(int(n)+1))
		copy(grown, l.items[:i])
		grown[i] = args[1]
		copy(grown[i+1:], l.items[i:])
		l.adopt(grown)
	}
	l.mu.Unlock()
	return None, nil
}

func listPop(t *Thread, self *Object, args []*Object, kwnames *Tuple) (*Object, error) {
	if len(args) > 1 || kwnames != nil {
		if err := CheckArgCount(t, "pop", args, kwnames, 0, 1); err != nil {
			return nil, err
		}
	}
	l := Cast[List](self)
	i := int64(-1)
	if len(args) == 1 {
		var err error
		if i, err = indexArg(t, args[0]); err != nil {
			return nil, err
		}
	}
	l.mu.Lock()
	if l.claim != nil { // lockToChange, inlined by hand on this hot path
		l.waitForSort(t)
	}
	n := int64(len(l.items))
	if i < 0 {
		i += n
	}
	if n == 0 {
		l.mu.Unlock()
		return nil, t.Errorf(IndexErrorType, "pop from empty list")
	}
	if i < 0 || i >= n {
		l.mu.Unlock()
		return nil, t.Errorf(IndexErrorType, "pop index out of range")
	}
	v := l.items[i]
	l.removeAt(int(i))
	l.mu.Unlock()
	return v, nil // the list's reference passes to the caller
}

func listClearMethod(t *Thread, self *Object, args []*Object, kwnames *Tuple) (*Object, error) {
	if err := CheckArgCount(t, "list.clear", args, kwnames, 0, 0); err != nil {
		return nil, err
	}
	decrefLastFirst(t, Cast[List](self).swapItems(t, nil))
	return None, nil
}

func listCopy(t *Thread, self *Object, args []*Object, kwnames *Tuple) (*Object, error) {
	if err := CheckArgCount(t, "list.copy", args, kwnames, 0, 0); err != nil {
		return nil, err
	}
	return &NewList(t, Cast[List](self).Snapshot(t)).Object, nil
}

func listReverse(t *Thread, self *Object, args []*Object, kwnames *Tuple) (*Object, error) {
	if err := CheckArgCount(t, "list.reverse", args, kwnames, 0, 0); err != nil {
		return nil, err
	}
	l := Cast[List](self)
	l.lockToChange(t)
	for i, j := 0, len(l.items)-1; i < j; i, j = i+1, j-1 {
		x, y := l.items[i], l.items[j]
		l.store(i, y)
		l.store(j, x)
	}
	l.mu.Unlock()
	return None, nil
}

func listReversed(t *Thread, self *Object, args []*Object, kwnames *Tuple) (*Object, error) {
	if err := CheckArgCount(t, "list.__reversed__", args, kwnames, 0, 0); err != nil {
		return nil, err
	}
	return newListIter(t, Cast[List](self), true), nil
}

// listIter is list_iterator and list_reverseiterator.
//
// Threads may share one iterator (CPython's free-threaded build allows
// it: no crash, though two threads racing on the index may both get an
// item or skip one). So the index is atomic, and the iterator keeps its
// list until it is itself freed rather than dropping it at the end, as
// 3.14t does: a thread dropping the list at the end could free it under
// another thread still reading an item. An exhausted iterator's index is
// -1.
type listIter struct {
	Object
	list *List // owned until the iterator is freed
	i    relaxedInt64
}

func listIterNext(t *Thread, o *Object) (*Object, error) { return ListIterNext(t, o), nil }

// ListIterNext advances a list iterator (o's type must be ListIterType)
// without the generic Next dispatch, for the eval loop's FOR_ITER; nil at
// the end.
func ListIterNext(t *Thread, o *Object) *Object {
	it := Cast[listIter](o)
	i := it.i.Load()
	if i < 0 || it.list == nil { // nil: cleared by the collector
		return nil
	}
	if v := it.list.itemRef(t, int(i)); v != nil {
		it.i.Store(i + 1)
		return v
	}
	it.i.Store(-1)
	return nil
}

func listRevIterNext(t *Thread, o *Object) (*Object, error) {
	it := Cast[listIter](o)
	i := it.i.Load()
	if i < 0 || it.list == nil {
		return nil, nil
	}
	if v := it.list.itemRef(t, int(i)); v != nil {
		it.i.Store(i - 1)
		return v, nil
	}
	it.i.Store(-1)
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
	i := int(it.i.Load())
	if i < 0 || it.list == nil {
		return 0, nil
	}
	n := it.list.Len()
	if o.typ == ListRevIterType {
		if i >= n {
			return 0, nil
		}
		return i + 1, nil
	}
	return max(n-i, 0), nil
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
	ReadyType(ListIterType, append([]MethodDef{lengthHintDef(listIterLen)}, listIterPickling...), nil)
	ReadyType(ListRevIterType, append([]MethodDef{lengthHintDef(listIterLen)}, listIterPickling...), nil)
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
		it.i.Store(int64(l.Len() - 1))
	}
	t.Init(&it.Object, typ)
	t.Track(&it.Object)
	return &it.Object
}
