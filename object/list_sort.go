// This file implements list.sort: a stable merge sort (binary insertion
// sort on short runs, then bottom-up merges) with fast comparisons when
// every key is a small int, a float or a str, as CPython's pre-sort
// type check does.

package object

import "strings"

type sortItem struct {
	key, value *Object
}

// sorter holds the state of one sort: the comparison to use and the
// first error a comparison raised (later comparisons are skipped).
type sorter struct {
	t    *Thread
	less func(a, b *Object) bool
	err  error
}

func (s *sorter) lt(a, b *Object) bool {
	if s.err != nil {
		return false
	}
	return s.less(a, b)
}

func (s *sorter) genericLess(a, b *Object) bool {
	r, err := RichCompareBool(s.t, a, b, LT)
	if err != nil {
		s.err = err
		return false
	}
	return r
}

// chooseLess picks the comparison for keys: direct comparisons when all
// keys share a type whose order Go can compute.
func (s *sorter) chooseLess(items []sortItem) {
	s.less = s.genericLess
	if len(items) == 0 {
		return
	}
	if !goOrdered(items[0].key.typ, items, func(it sortItem) *Object { return it.key }) {
		return
	}
	switch items[0].key.typ {
	case IntType:
		s.less = func(a, b *Object) bool { return Cast[Int](a).v < Cast[Int](b).v }
	case StrType:
		s.less = func(a, b *Object) bool { return strings.Compare(StrValue(a), StrValue(b)) < 0 }
	case FloatType:
		s.less = func(a, b *Object) bool { return FloatValue(a) < FloatValue(b) }
	}
}

// goOrdered reports whether every element's object (key of it) is of
// typ, and typ is one whose order Go computes without Python code: small
// ints, strs or floats.
func goOrdered[E any](typ *Type, elems []E, key func(E) *Object) bool {
	switch typ {
	case IntType:
		for _, e := range elems {
			if o := key(e); o.typ != IntType || Cast[Int](o).big != nil {
				return false
			}
		}
	case StrType, FloatType:
		for _, e := range elems {
			if key(e).typ != typ {
				return false
			}
		}
	default:
		return false
	}
	return true
}

// sortStable sorts items by key, stably.
func (s *sorter) sortStable(items []sortItem) {
	n := len(items)
	// Already ascending (common and cheap to detect): nothing to do.
	sorted := true
	for i := 1; i < n; i++ {
		if s.lt(items[i].key, items[i-1].key) {
			sorted = false
			break
		}
	}
	if sorted || s.err != nil {
		return
	}
	const run = 32
	for lo := 0; lo < n; lo += run {
		s.insertionSort(items[lo:min(lo+run, n)])
	}
	buf := make([]sortItem, n)
	for width := run; width < n; width *= 2 {
		for lo := 0; lo+width < n; lo += 2 * width {
			s.merge(items[lo:min(lo+2*width, n)], width, buf)
		}
	}
}

// insertionSort is a binary insertion sort.
func (s *sorter) insertionSort(a []sortItem) {
	for i := 1; i < len(a); i++ {
		x := a[i]
		lo, hi := 0, i
		for lo < hi {
			m := int(uint(lo+hi) >> 1)
			if s.lt(x.key, a[m].key) {
				hi = m
			} else {
				lo = m + 1
			}
		}
		copy(a[lo+1:i+1], a[lo:i])
		a[lo] = x
	}
}

// merge merges a[:mid] and a[mid:], both sorted.
func (s *sorter) merge(a []sortItem, mid int, buf []sortItem) {
	if !s.lt(a[mid].key, a[mid-1].key) {
		return // already in order
	}
	left := buf[:mid]
	copy(left, a[:mid])
	i, j, k := 0, mid, 0
	for i < len(left) && j < len(a) {
		if s.lt(a[j].key, left[i].key) {
			a[k] = a[j]
			j++
		} else {
			a[k] = left[i]
			i++
		}
		k++
	}
	copy(a[k:], left[i:])
}

func listSort(t *Thread, self *Object, args []*Object, kwnames *Tuple) (*Object, error) {
	npos := len(args)
	if kwnames != nil {
		npos -= len(kwnames.Items)
	}
	if npos > 0 {
		return nil, t.Errorf(TypeErrorType, "sort() takes no positional arguments")
	}
	var key *Object
	reverse := false
	if kwnames != nil {
		for i, kn := range kwnames.Items {
			v := args[i]
			switch StrValue(kn) {
			case "key":
				if v != None {
					key = v
				}
			case "reverse":
				r, err := AsInt64(t, v)
				if err != nil {
					return nil, err
				}
				reverse = r != 0
			default:
				return nil, t.Errorf(TypeErrorType, "'%s' is an invalid keyword argument for sort()", StrValue(kn))
			}
		}
	}
	l := Cast[List](self)
	return None, l.Sort(t, key, reverse)
}

// Sort sorts the list in place, stably, by key(item) (key nil: the items
// themselves), in descending order if reverse is set.
func (l *List) Sort(t *Thread, key *Object, reverse bool) error {
	if key == nil && l.sortLocked(t, reverse) {
		return nil
	}
	// Python code runs during this sort: claim the list, so that other
	// threads' changes wait for it (list_sortclaim.go). As in CPython,
	// the list looks empty meanwhile.
	saved, own := l.beginSort(t)
	if own {
		defer func() {
			if r := recover(); r != nil {
				l.abandonSort(t)
				panic(r)
			}
		}()
	}
	// The result goes into a new array: readers that loaded the list's
	// array before the sort may still be reading it.
	result := make([]*Object, len(saved))
	err := sortValues(t, saved, result, key, reverse)
	modified := l.endSort(t, result, own)
	if modified != nil || cap(modified) != 0 {
		decrefAll(t, modified)
		if err == nil {
			err = t.Errorf(ValueErrorType, "list modified during sort")
		}
	}
	return err
}

// sortLocked sorts l while holding its lock, when Go can order its items
// (all small ints, all strs or all floats: no Python code runs), so that
// other threads' changes wait for the sort, as they wait for CPython's
// critical section, rather than being dropped with "list modified during
// sort". It does nothing and returns false for other items.
func (l *List) sortLocked(t *Thread, reverse bool) bool {
	l.lockToChange(t)
	defer l.mu.Unlock()
	if len(l.items) == 0 {
		return true
	}
	if !goOrdered(l.items[0].typ, l.items, func(o *Object) *Object { return o }) {
		return false
	}
	// Into a new array: lock-free readers may be reading the old one.
	result := make([]*Object, len(l.items), cap(l.items))
	sortValues(t, l.items, result, nil, reverse) // cannot fail: Go compares
	l.adopt(result)
	return true
}

// SortPrivate is Sort for a list no other thread or Python code can see
// yet (sorted()'s result): it sorts within the list's own array.
func (l *List) SortPrivate(t *Thread, key *Object, reverse bool) error {
	return sortValues(t, l.items, l.items, key, reverse)
}

// sortValues puts src's values, sorted stably by key(value) (key nil: the
// values themselves), into dst, which is as long and may be src itself.
// On an error dst still holds every value once: in src's order if a key
// failed, in the order reached if a comparison did.
func sortValues(t *Thread, src, dst []*Object, key *Object, reverse bool) error {
	items := make([]sortItem, len(src))
	var err error
	for i, v := range src {
		items[i].value = v
		if key == nil {
			items[i].key = v
			continue
		}
		items[i].key, err = Call(t, key, []*Object{v}, nil)
		if err != nil {
			for _, it := range items[:i] {
				t.Decref(it.key)
			}
			copy(dst, src)
			return err
		}
	}
	if reverse {
		reverseItems(items)
	}
	s := sorter{t: t}
	s.chooseLess(items)
	s.sortStable(items)
	if reverse {
		reverseItems(items)
	}
	for i, it := range items {
		dst[i] = it.value
		if key != nil {
			t.Decref(it.key)
		}
	}
	return s.err
}

func reverseItems(a []sortItem) {
	for i, j := 0, len(a)-1; i < j; i, j = i+1, j-1 {
		a[i], a[j] = a[j], a[i]
	}
}
