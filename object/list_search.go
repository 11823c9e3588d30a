// This file implements the list operations that compare items with a
// value or with another list's items: in, index, count, remove and the
// rich comparisons.
//
// Free-threaded CPython runs these inside the list's critical section,
// so that another thread's appends and removals cannot make them skip an
// item (a remove that says "x not in list" while x is there). Here they
// hold the list's mutex while they walk it, and compare under the lock
// whenever the comparison runs no Python code (identity, ints, strs,
// floats, objects without __eq__). A comparison that may run Python code
// (an __eq__, which may block, or change this very list) runs with the
// lock released, as CPython's critical section is released when its
// holder blocks; the walk then goes on from the next index of the list
// as it is then, which is what CPython does when __eq__ changes the
// list.

package object

import "unsafe"

// eqNoCode decides x == y when that runs no Python code: ok is false when
// the caller must call RichCompareBool instead. It reads only the two
// objects, so the caller may hold any lock.
func eqNoCode(x, y *Object) (eq, ok bool) {
	if x == y {
		return true, true
	}
	xt, yt := x.typ, y.typ
	if xt.Compare == nil && yt.Compare == nil {
		// Neither type defines a comparison: identity decides.
		return false, true
	}
	if xt == yt {
		switch xt {
		case IntType, StrType:
			return setKeysEqual(x, y)
		case FloatType:
			return Cast[Float](x).v == Cast[Float](y).v, true
		}
	}
	return false, false
}

// findEqual walks l's items from start while the index is below stop and
// the list's current length, and calls match(i), with l.mu held, for
// each item equal to v, until match returns true.
func (l *List) findEqual(t *Thread, v *Object, start, stop int, match func(i int) bool) error {
	l.lockToChange(t)
	for i := start; i < stop && i < len(l.items); i++ {
		x := l.items[i]
		eq, ok := eqNoCode(x, v)
		if !ok {
			t.Incref(x)
			l.mu.Unlock()
			var err error
			eq, err = RichCompareBool(t, x, v, EQ)
			t.Decref(x)
			if err != nil {
				return err
			}
			l.lockToChange(t)
		}
		if eq && match(i) {
			break
		}
	}
	l.mu.Unlock()
	return nil
}

func listRemove(t *Thread, self *Object, args []*Object, kwnames *Tuple) (*Object, error) {
	if err := CheckArgCount(t, "list.remove", args, kwnames, 1, 1); err != nil {
		return nil, err
	}
	l := Cast[List](self)
	found := false
	var removed *Object
	err := l.findEqual(t, args[0], 0, maxIndex, func(i int) bool {
		found = true
		// After an __eq__ that shrank the list, CPython's remove
		// deletes whatever is now at i, or nothing past the end.
		if i < len(l.items) {
			removed = l.items[i]
			l.removeAt(i)
		}
		return true
	})
	if removed != nil {
		t.Decref(removed)
	}
	if err != nil {
		return nil, err
	}
	if !found {
		return nil, t.Errorf(ValueErrorType, "list.remove(x): x not in list")
	}
	return None, nil
}

func listIndex(t *Thread, self *Object, args []*Object, kwnames *Tuple) (*Object, error) {
	if err := CheckArgCount(t, "index", args, kwnames, 1, 3); err != nil {
		return nil, err
	}
	l := Cast[List](self)
	i, err := seqIndex(t, "list", listItems(l), args[0], args)
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
	return seqCount(t, listItems(Cast[List](self)), args[0])
}

func listContains(t *Thread, o, v *Object) (bool, error) {
	return seqContains(t, listItems(Cast[List](o)), v)
}

// lockPair locks two distinct lists in address order, so that two
// threads comparing the same pair either way round cannot deadlock.
func lockPair(a, b *List) {
	if uintptr(unsafe.Pointer(a)) > uintptr(unsafe.Pointer(b)) {
		a, b = b, a
	}
	a.mu.Lock()
	b.mu.Lock()
}

func unlockPair(a, b *List) {
	a.mu.Unlock()
	b.mu.Unlock()
}

func listCompare(t *Thread, a, b *Object, op CompareOp) (*Object, error) {
	if !IsList(a) || !IsList(b) {
		return t.NewRef(NotImplemented), nil
	}
	la, lb := Cast[List](a), Cast[List](b)
	if la == lb {
		// Every item is itself: equal, whatever the items are.
		return NewBool(op == EQ || op == LE || op == GE), nil
	}
	lockPair(la, lb)
	if len(la.items) != len(lb.items) && (op == EQ || op == NE) {
		unlockPair(la, lb)
		return NewBool(op == NE), nil
	}
	i := 0
	for ; i < len(la.items) && i < len(lb.items); i++ {
		x, y := la.items[i], lb.items[i]
		eq, ok := eqNoCode(x, y)
		if !ok {
			t.Incref(x)
			t.Incref(y)
			unlockPair(la, lb)
			var err error
			eq, err = RichCompareBool(t, x, y, EQ)
			t.Decref(x)
			t.Decref(y)
			if err != nil {
				return nil, err
			}
			lockPair(la, lb)
		}
		if !eq {
			break
		}
	}
	na, nb := len(la.items), len(lb.items)
	if i >= na || i >= nb {
		unlockPair(la, lb)
		return NewBool(compareInts(na, nb, op)), nil
	}
	switch op {
	case EQ:
		unlockPair(la, lb)
		return False, nil
	case NE:
		unlockPair(la, lb)
		return True, nil
	}
	// The first differing items decide, compared as they are now.
	x, y := t.NewRef(la.items[i]), t.NewRef(lb.items[i])
	unlockPair(la, lb)
	defer t.Decref(x)
	defer t.Decref(y)
	return RichCompare(t, x, y, op)
}
