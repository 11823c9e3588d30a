// This file implements the slots and methods of set and frozenset, and
// the set iterator.

package object

import "sync/atomic"

func init() {
	for _, typ := range []*Type{SetType, FrozenSetType} {
		// Traverse and Clear run with the world stopped, Dealloc when
		// nothing else references the set: none needs the lock.
		typ.Traverse = func(o *Object, visit Visitor) {
			for _, e := range Cast[Set](o).table {
				if e.key != nil && e.key != setDummy {
					visit(e.key)
				}
			}
		}
		typ.Clear = func(t *Thread, o *Object) { Cast[Set](o).clearTable(t) }
		typ.Dealloc = func(t *Thread, o *Object) {
			s := Cast[Set](o)
			old := s.table
			s.table, s.fill, s.used = nil, 0, 0
			for _, e := range old {
				if e.key != nil && e.key != setDummy {
					t.Decref(e.key)
				}
			}
		}
		typ.Repr = setRepr
		typ.Compare = setCompare
		typ.Len = func(t *Thread, o *Object) (int, error) { return Cast[Set](o).Len(), nil }
		typ.Bool = func(t *Thread, o *Object) (bool, error) { return Cast[Set](o).Len() != 0, nil }
		typ.Contains = func(t *Thread, o, key *Object) (bool, error) {
			s := Cast[Set](o)
			return withFrozenKey(t, key, func(k *Object) (bool, error) { return s.Contains(t, k) })
		}
		typ.Iter = func(t *Thread, o *Object) (*Object, error) { return newSetIter(t, Cast[Set](o)), nil }
	}
	SetType.Number = &NumberMethods{
		Or: setBinary(setOr), And: setBinary(setAnd), Sub: setBinary(setSub), Xor: setBinary(setXor),
		InplaceOr:  setInplace(func(t *Thread, s *Set, o *Object) error { return s.Update(t, o) }),
		InplaceAnd: setInplace(func(t *Thread, s *Set, o *Object) error { return s.intersectionUpdate(t, o) }),
		InplaceSub: setInplace(func(t *Thread, s *Set, o *Object) error { return s.differenceUpdate(t, o) }),
		InplaceXor: setInplace(func(t *Thread, s *Set, o *Object) error { return s.symmetricDifferenceUpdate(t, o) }),
	}
	FrozenSetType.Number = &NumberMethods{
		Or: setBinary(setOr), And: setBinary(setAnd), Sub: setBinary(setSub), Xor: setBinary(setXor),
	}
	FrozenSetType.Hash = func(t *Thread, o *Object) (int64, error) { return Cast[Set](o).frozenHash(), nil }
	SetType.New = func(t *Thread, typ *Type, args []*Object, kwnames *Tuple) (*Object, error) {
		if typ == SetType {
			if err := NoKeywords(t, "set", kwnames); err != nil {
				return nil, err
			}
		}
		return &newSetOfType(t, typ).Object, nil
	}
	SetType.Init = func(t *Thread, self *Object, args []*Object, kwnames *Tuple) error {
		if err := NoKeywords(t, "set", kwnames); err != nil {
			return err
		}
		if err := CheckArgCount(t, "set", args, nil, 0, 1); err != nil {
			return err
		}
		s := Cast[Set](self)
		if s.Len() > 0 {
			s.clearTable(t)
		}
		if len(args) == 1 {
			return s.Update(t, args[0])
		}
		return nil
	}
	FrozenSetType.New = func(t *Thread, typ *Type, args []*Object, kwnames *Tuple) (*Object, error) {
		if typ == FrozenSetType {
			if err := NoKeywords(t, "frozenset", kwnames); err != nil {
				return nil, err
			}
		}
		if err := CheckArgCount(t, "frozenset", args, nil, 0, 1); err != nil {
			return nil, err
		}
		if len(args) == 1 && args[0].typ == FrozenSetType && typ == FrozenSetType {
			return t.NewRef(args[0]), nil
		}
		s := newSetOfType(t, typ) // private until returned
		if len(args) == 1 {
			if err := s.update(t, args[0], setPrivate); err != nil {
				t.Decref(&s.Object)
				return nil, err
			}
		}
		return &s.Object, nil
	}
	common := []MethodDef{
		{Name: "__reduce__", Fn: setReduce},
		{Name: "copy", Fn: setCopyMethod, Doc: "Return a shallow copy of a set."},
		{Name: "union", Fn: setUnionMethod, Doc: "Return the union of sets as a new set."},
		{Name: "intersection", Fn: setIntersectionMethod, Doc: "Return the intersection of two or more sets as a new set."},
		{Name: "difference", Fn: setDifferenceMethod, Doc: "Return the difference of two or more sets as a new set."},
		{Name: "symmetric_difference", Fn: setSymDiffMethod, Doc: "Return the symmetric difference of two sets as a new set."},
		{Name: "issubset", Fn: setIssubset, Doc: "Report whether another set contains this set."},
		{Name: "issuperset", Fn: setIssuperset, Doc: "Report whether this set contains another set."},
		{Name: "isdisjoint", Fn: setIsdisjoint, Doc: "Return True if two sets have a null intersection."},
	}
	mutating := []MethodDef{
		{Name: "add", Fn: setAddMethod, Doc: "Add an element to a set."},
		{Name: "remove", Fn: setRemoveMethod, Doc: "Remove an element from a set; it must be a member."},
		{Name: "discard", Fn: setDiscardMethod, Doc: "Remove an element from a set if it is a member."},
		{Name: "pop", Fn: setPopMethod, Doc: "Remove and return an arbitrary set element."},
		{Name: "clear", Fn: setClearMethod, Doc: "Remove all elements from this set."},
		{Name: "update", Fn: setMultiUpdate("update", func(t *Thread, s *Set, o *Object) error { return s.Update(t, o) }), Doc: "Update a set with the union of itself and others."},
		{Name: "intersection_update", Fn: setMultiUpdate("intersection_update", func(t *Thread, s *Set, o *Object) error { return s.intersectionUpdate(t, o) }), Doc: "Update a set with the intersection of itself and another."},
		{Name: "difference_update", Fn: setMultiUpdate("difference_update", func(t *Thread, s *Set, o *Object) error { return s.differenceUpdate(t, o) }), Doc: "Remove all elements of another set from this set."},
		{Name: "symmetric_difference_update", Fn: setSymDiffUpdateMethod, Doc: "Update a set with the symmetric difference of itself and another."},
	}
	common = append(common, ClassGetItemDef)
	ReadyType(SetType, append(append([]MethodDef(nil), common...), mutating...), nil)
	ReadyType(FrozenSetType, common, nil)
	ReadyType(SetIterType, append([]MethodDef{lengthHintDef(func(t *Thread, o *Object) (int, error) {
		it := Cast[setIter](o)
		s := it.s.Load()
		if s == nil {
			return 0, nil
		}
		s.mu.Lock()
		n := it.remaining
		if it.used != s.used || it.done {
			n = 0
		}
		s.mu.Unlock()
		return n, nil
	})}, setIterPickling...), nil)
}

func setRepr(t *Thread, o *Object) (*Object, error) {
	s := Cast[Set](o)
	name := o.typ.Name
	if !t.ReprEnter(o) {
		return NewStr(t, name+"(...)"), nil
	}
	defer t.ReprLeave(o)
	if s.Len() == 0 {
		return NewStr(t, name+"()"), nil
	}
	l, err := NewListFrom(t, o)
	if err != nil {
		return nil, err
	}
	r, err := itemsRepr(t, fixedItems(l.items), "{", "}")
	t.Decref(&l.Object)
	if err != nil || o.typ == SetType {
		return r, err
	}
	out := NewStr(t, name+"("+StrValue(r)+")")
	t.Decref(r)
	return out, nil
}

func setCompare(t *Thread, a, b *Object, op CompareOp) (*Object, error) {
	if !IsAnySet(b) {
		return t.NewRef(NotImplemented), nil
	}
	v, w := Cast[Set](a), Cast[Set](b)
	var r bool
	var err error
	switch op {
	case EQ, NE:
		vh, wh := v.cachedHash(), w.cachedHash()
		if v.Len() != w.Len() || (vh != -1 && wh != -1 && vh != wh) {
			r = false
		} else {
			r, err = v.isSubset(t, w)
		}
		if op == NE {
			r = !r
		}
	case LE:
		r, err = v.isSubset(t, w)
	case GE:
		r, err = w.isSubset(t, v)
	case LT:
		if v.Len() < w.Len() {
			r, err = v.isSubset(t, w)
		}
	case GT:
		if v.Len() > w.Len() {
			r, err = w.isSubset(t, v)
		}
	}
	if err != nil {
		return nil, err
	}
	return NewBool(r), nil
}

func setBinary(f func(t *Thread, s *Set, o *Object) (*Set, error)) func(t *Thread, a, b *Object) (*Object, error) {
	return func(t *Thread, a, b *Object) (*Object, error) {
		if !IsAnySet(a) || !IsAnySet(b) {
			return t.NewRef(NotImplemented), nil
		}
		r, err := f(t, Cast[Set](a), b)
		if err != nil {
			return nil, err
		}
		return &r.Object, nil
	}
}

func setOr(t *Thread, s *Set, o *Object) (*Set, error) {
	r := copySet(t, s.typ, s) // private until returned
	if o == &s.Object {
		return r, nil
	}
	if err := r.update(t, o, setPrivate); err != nil {
		t.Decref(&r.Object)
		return nil, err
	}
	return r, nil
}

func setAnd(t *Thread, s *Set, o *Object) (*Set, error) { return s.intersection(t, o) }
func setSub(t *Thread, s *Set, o *Object) (*Set, error) { return s.difference(t, o) }
func setXor(t *Thread, s *Set, o *Object) (*Set, error) { return s.symmetricDifference(t, o) }

func setInplace(f func(t *Thread, s *Set, o *Object) error) func(t *Thread, a, b *Object) (*Object, error) {
	return func(t *Thread, a, b *Object) (*Object, error) {
		if !IsAnySet(b) {
			return t.NewRef(NotImplemented), nil
		}
		if err := f(t, Cast[Set](a), b); err != nil {
			return nil, err
		}
		return t.NewRef(a), nil
	}
}

func setAddMethod(t *Thread, self *Object, args []*Object, kwnames *Tuple) (*Object, error) {
	if err := CheckArgCount(t, "set.add", args, kwnames, 1, 1); err != nil {
		return nil, err
	}
	return None, Cast[Set](self).Add(t, args[0])
}

func setRemoveMethod(t *Thread, self *Object, args []*Object, kwnames *Tuple) (*Object, error) {
	if err := CheckArgCount(t, "set.remove", args, kwnames, 1, 1); err != nil {
		return nil, err
	}
	s := Cast[Set](self)
	found, err := withFrozenKey(t, args[0], func(k *Object) (bool, error) { return s.Discard(t, k) })
	if err != nil {
		return nil, err
	}
	if !found {
		return nil, t.KeyError(args[0])
	}
	return None, nil
}

func setDiscardMethod(t *Thread, self *Object, args []*Object, kwnames *Tuple) (*Object, error) {
	if err := CheckArgCount(t, "set.discard", args, kwnames, 1, 1); err != nil {
		return nil, err
	}
	s := Cast[Set](self)
	_, err := withFrozenKey(t, args[0], func(k *Object) (bool, error) { return s.Discard(t, k) })
	if err != nil {
		return nil, err
	}
	return None, nil
}

func setPopMethod(t *Thread, self *Object, args []*Object, kwnames *Tuple) (*Object, error) {
	if err := CheckArgCount(t, "set.pop", args, kwnames, 0, 0); err != nil {
		return nil, err
	}
	if key := Cast[Set](self).pop(); key != nil {
		return key, nil
	}
	return nil, t.Errorf(KeyErrorType, "pop from an empty set")
}

func setClearMethod(t *Thread, self *Object, args []*Object, kwnames *Tuple) (*Object, error) {
	if err := CheckArgCount(t, "set.clear", args, kwnames, 0, 0); err != nil {
		return nil, err
	}
	Cast[Set](self).clearTable(t)
	return None, nil
}

func setCopyMethod(t *Thread, self *Object, args []*Object, kwnames *Tuple) (*Object, error) {
	if err := CheckArgCount(t, "copy", args, kwnames, 0, 0); err != nil {
		return nil, err
	}
	if self.typ == FrozenSetType {
		return t.NewRef(self), nil
	}
	return &copySet(t, self.typ, Cast[Set](self)).Object, nil
}

func setUnionMethod(t *Thread, self *Object, args []*Object, kwnames *Tuple) (*Object, error) {
	if err := NoKeywords(t, "union", kwnames); err != nil {
		return nil, err
	}
	s := Cast[Set](self)
	r := copySet(t, self.typ, s) // private until returned
	for _, o := range args {
		if o == self {
			continue
		}
		if err := r.update(t, o, setPrivate); err != nil {
			t.Decref(&r.Object)
			return nil, err
		}
	}
	return &r.Object, nil
}

func setIntersectionMethod(t *Thread, self *Object, args []*Object, kwnames *Tuple) (*Object, error) {
	if err := NoKeywords(t, "intersection", kwnames); err != nil {
		return nil, err
	}
	s := Cast[Set](self)
	if len(args) == 0 {
		return &copySet(t, self.typ, s).Object, nil
	}
	r := s
	t.Incref(self)
	for _, o := range args {
		nr, err := r.intersection(t, o)
		t.Decref(&r.Object)
		if err != nil {
			return nil, err
		}
		r = nr
	}
	return &r.Object, nil
}

func setDifferenceMethod(t *Thread, self *Object, args []*Object, kwnames *Tuple) (*Object, error) {
	if err := NoKeywords(t, "difference", kwnames); err != nil {
		return nil, err
	}
	s := Cast[Set](self)
	if len(args) == 0 {
		return &copySet(t, self.typ, s).Object, nil
	}
	r, err := s.difference(t, args[0])
	if err != nil {
		return nil, err
	}
	for _, o := range args[1:] {
		if err := r.differenceUpdate(t, o); err != nil {
			t.Decref(&r.Object)
			return nil, err
		}
	}
	return &r.Object, nil
}

func setSymDiffMethod(t *Thread, self *Object, args []*Object, kwnames *Tuple) (*Object, error) {
	if err := CheckArgCount(t, "symmetric_difference", args, kwnames, 1, 1); err != nil {
		return nil, err
	}
	r, err := Cast[Set](self).symmetricDifference(t, args[0])
	if err != nil {
		return nil, err
	}
	return &r.Object, nil
}

func setSymDiffUpdateMethod(t *Thread, self *Object, args []*Object, kwnames *Tuple) (*Object, error) {
	if err := CheckArgCount(t, "symmetric_difference_update", args, kwnames, 1, 1); err != nil {
		return nil, err
	}
	return None, Cast[Set](self).symmetricDifferenceUpdate(t, args[0])
}

func setMultiUpdate(name string, f func(t *Thread, s *Set, o *Object) error) CFunc {
	return func(t *Thread, self *Object, args []*Object, kwnames *Tuple) (*Object, error) {
		if err := NoKeywords(t, name, kwnames); err != nil {
			return nil, err
		}
		s := Cast[Set](self)
		for _, o := range args {
			if err := f(t, s, o); err != nil {
				return nil, err
			}
		}
		return None, nil
	}
}

// asSetArg returns other as a set (a new reference), converting an
// arbitrary iterable.
func asSetArg(t *Thread, other *Object) (*Set, error) {
	if IsAnySet(other) {
		t.Incref(other)
		return AsSet(other), nil
	}
	return NewSetFrom(t, other)
}

func setIssubset(t *Thread, self *Object, args []*Object, kwnames *Tuple) (*Object, error) {
	if err := CheckArgCount(t, "issubset", args, kwnames, 1, 1); err != nil {
		return nil, err
	}
	o, err := asSetArg(t, args[0])
	if err != nil {
		return nil, err
	}
	defer t.Decref(&o.Object)
	r, err := Cast[Set](self).isSubset(t, o)
	if err != nil {
		return nil, err
	}
	return NewBool(r), nil
}

func setIssuperset(t *Thread, self *Object, args []*Object, kwnames *Tuple) (*Object, error) {
	if err := CheckArgCount(t, "issuperset", args, kwnames, 1, 1); err != nil {
		return nil, err
	}
	s := Cast[Set](self)
	if IsAnySet(args[0]) {
		r, err := AsSet(args[0]).isSubset(t, s)
		if err != nil {
			return nil, err
		}
		return NewBool(r), nil
	}
	r := true
	err := Iterate(t, args[0], func(x *Object) error {
		in, err := s.Contains(t, x)
		if err == nil && !in {
			r = false
			return errStopIterate
		}
		return err
	})
	if err == errStopIterate {
		err = nil
	}
	if err != nil {
		return nil, err
	}
	return NewBool(r), nil
}

func setIsdisjoint(t *Thread, self *Object, args []*Object, kwnames *Tuple) (*Object, error) {
	if err := CheckArgCount(t, "isdisjoint", args, kwnames, 1, 1); err != nil {
		return nil, err
	}
	s := Cast[Set](self)
	probe, other := s, args[0]
	if IsAnySet(other) {
		if o := AsSet(other); o.Len() > s.Len() {
			probe, other = o, self
		}
	}
	r := true
	err := Iterate(t, other, func(x *Object) error {
		in, err := probe.Contains(t, x)
		if err == nil && in {
			r = false
			return errStopIterate
		}
		return err
	})
	if err == errStopIterate {
		err = nil
	}
	if err != nil {
		return nil, err
	}
	return NewBool(r), nil
}

// setIter is set_iterator. Each step holds the set's lock, which also
// guards used, pos, remaining and done. The iterator keeps its set until
// it is itself freed: a thread dropping the set at the end could free it
// under another thread sharing the iterator (see listIter). s is atomic
// because the collector's Clear may nil it.
type setIter struct {
	Object
	s         atomic.Pointer[Set] // owned
	used      int
	pos       int
	remaining int
	done      bool
}

// SetIterType is set_iterator.
var SetIterType = NewStaticType(&Type{
	Name: "set_iterator", Flags: FlagGC,
	Iter: selfIter,
	Next: func(t *Thread, o *Object) (*Object, error) {
		it := Cast[setIter](o)
		s := it.s.Load()
		if s == nil {
			return nil, nil
		}
		s.mu.Lock()
		defer s.mu.Unlock()
		if it.done {
			return nil, nil
		}
		if it.used != s.used {
			it.used = -1
			return nil, t.Errorf(RuntimeErrorType, "Set changed size during iteration")
		}
		pos, e, ok := s.next(it.pos)
		if !ok {
			it.done = true
			return nil, nil
		}
		it.pos = pos
		it.remaining--
		return t.NewRef(e.key), nil
	},
	Traverse: func(o *Object, visit Visitor) {
		if s := Cast[setIter](o).s.Load(); s != nil {
			visit(&s.Object)
		}
	},
	Clear:   setIterClear,
	Dealloc: setIterClear,
})

func setIterClear(t *Thread, o *Object) {
	it := Cast[setIter](o)
	if s := it.s.Load(); s != nil && it.s.CompareAndSwap(s, nil) {
		t.Decref(&s.Object)
	}
}

func newSetIter(t *Thread, s *Set) *Object {
	n := s.Len()
	it := &setIter{used: n, remaining: n}
	it.s.Store(s)
	t.Incref(&s.Object)
	t.Init(&it.Object, SetIterType)
	t.Track(&it.Object)
	return &it.Object
}

// setReduce is set.__reduce__ and frozenset.__reduce__: (type(self),
// (list(self),), the instance dict or None), which copy and pickle use.
func setReduce(t *Thread, self *Object, args []*Object, kw *Tuple) (*Object, error) {
	if err := CheckArgCount(t, "__reduce__", args, kw, 0, 0); err != nil {
		return nil, err
	}
	var items []*Object
	if err := Iterate(t, self, func(x *Object) error {
		items = append(items, t.NewRef(x))
		return nil
	}); err != nil {
		for _, x := range items {
			t.Decref(x)
		}
		return nil, err
	}
	state := None
	if dp := self.typ.DictPtr; dp != nil {
		if d := LoadDict(dp(self)); d != nil && d.Len() > 0 {
			state = t.NewRef(d.Obj())
		}
	}
	return NewTupleRefs(t, t.NewRef(self.typ.Obj()), NewTupleRefs(t, NewList(t, items).Obj()).Obj(), state).Obj(), nil
}
