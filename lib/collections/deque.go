package collections

import (
	"strings"
	"sync"

	"github.com/ftpy/ftpy/object"
)

// deque is a double-ended queue over a Go slice; mu guards items and is
// never held while Python code runs.
type deque struct {
	object.Object
	mu     sync.Mutex
	items  ring         // owned
	maxlen int          // -1: unbounded
	state  uint64       // bumped by each mutation, for iterators
	dict   *object.Dict // attributes of a Python subclass's instance
}

var dequeType = object.NewStaticType(&object.Type{Name: "deque", Module: "collections", Flags: object.FlagGC | object.FlagBaseType | object.FlagSequence | object.FlagWeakrefable,
	Doc:          "A list-like sequence optimized for data accesses near its endpoints.",
	SubclassDict: func(o *object.Object) **object.Dict { return &asDeque(o).dict }})

func asDeque(o *object.Object) *deque { return object.Cast[deque](o) }

// snapshot returns new references to the items.
func (d *deque) snapshot(t *object.Thread) []*object.Object {
	d.mu.Lock()
	defer d.mu.Unlock()
	out := d.items.slice()
	for _, x := range out {
		t.Incref(x)
	}
	return out
}

func decrefAll(t *object.Thread, items []*object.Object) {
	for _, x := range items {
		t.Decref(x)
	}
}

// push adds v (borrowed) at the right or left end, trimming the other
// end to maxlen.
func (d *deque) push(t *object.Thread, v *object.Object, left bool) {
	t.Incref(v)
	var dropped *object.Object
	d.mu.Lock()
	if d.maxlen == 0 {
		d.mu.Unlock()
		t.Decref(v)
		return
	}
	if left {
		d.items.pushFront(v)
		if d.maxlen >= 0 && d.items.len() > d.maxlen {
			dropped = d.items.popBack()
		}
	} else {
		d.items.pushBack(v)
		if d.maxlen >= 0 && d.items.len() > d.maxlen {
			dropped = d.items.popFront()
		}
	}
	d.state++
	d.mu.Unlock()
	t.XDecref(dropped)
}

func (d *deque) clear(t *object.Thread) {
	d.mu.Lock()
	items := d.items.takeAll()
	d.state++
	d.mu.Unlock()
	decrefAll(t, items)
}

type dequeMethod func(t *object.Thread, d *deque, args []*object.Object) (*object.Object, error)

func dm(name string, min, max int, doc string, f dequeMethod) object.MethodDef {
	return object.MethodDef{Name: name, Doc: doc, Fn: func(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.NoKeywords(t, name, kw); err != nil {
			return nil, err
		}
		if len(args) < min || len(args) > max {
			if min == max && min == 0 {
				return nil, t.Errorf(object.TypeErrorType, "deque.%s() takes no arguments (%d given)", name, len(args))
			}
			if min == max && min == 1 {
				return nil, t.Errorf(object.TypeErrorType, "deque.%s() takes exactly one argument (%d given)", name, len(args))
			}
			if err := object.CheckArgCount(t, name, args, nil, min, max); err != nil {
				return nil, err
			}
		}
		return f(t, asDeque(self), args)
	}}
}

func (d *deque) extend(t *object.Thread, iterable *object.Object, left bool) error {
	items, err := object.SequenceItems(t, iterable)
	if err != nil {
		return err
	}
	for _, x := range items {
		d.push(t, x, left)
	}
	decrefAll(t, items)
	return nil
}

// snapshotState returns new references to the items and the mutation
// count they were read at.
func (d *deque) snapshotState(t *object.Thread) ([]*object.Object, uint64) {
	d.mu.Lock()
	st := d.state
	d.mu.Unlock()
	items := d.snapshot(t)
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.state != st {
		// Changed between the two reads: take both again at once.
		decrefAll(t, items)
		out := d.items.slice()
		for _, x := range out {
			t.Incref(x)
		}
		return out, d.state
	}
	return items, st
}

// mutatedSince reports whether d changed since state st.
func (d *deque) mutatedSince(st uint64) bool {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.state != st
}

// find returns the index of the first item equal to v in [start, stop)
// and the state it found it at. A comparison that mutates the deque
// stops the search with errType, as in CPython.
func (d *deque) find(t *object.Thread, v *object.Object, start, stop int, errType *object.Type) (int, uint64, error) {
	items, st := d.snapshotState(t)
	defer decrefAll(t, items)
	if stop > len(items) {
		stop = len(items)
	}
	for i := start; i < stop; i++ {
		eq, err := object.RichCompareBool(t, items[i], v, object.EQ)
		if err != nil {
			return -1, st, err
		}
		if d.mutatedSince(st) {
			return -1, st, t.Errorf(errType, "deque mutated during iteration")
		}
		if eq {
			return i, st, nil
		}
	}
	return -1, st, nil
}

var dequeBaseMethods = []object.MethodDef{
	dm("append", 1, 1, "Add an element to the right side of the deque.", func(t *object.Thread, d *deque, a []*object.Object) (*object.Object, error) {
		d.push(t, a[0], false)
		return object.None, nil
	}),
	dm("appendleft", 1, 1, "Add an element to the left side of the deque.", func(t *object.Thread, d *deque, a []*object.Object) (*object.Object, error) {
		d.push(t, a[0], true)
		return object.None, nil
	}),
	dm("pop", 0, 0, "Remove and return the rightmost element.", func(t *object.Thread, d *deque, a []*object.Object) (*object.Object, error) {
		d.mu.Lock()
		defer d.mu.Unlock()
		v := d.items.popBack()
		if v == nil {
			return nil, t.Errorf(object.IndexErrorType, "pop from an empty deque")
		}
		d.state++
		return v, nil
	}),
	dm("popleft", 0, 0, "Remove and return the leftmost element.", func(t *object.Thread, d *deque, a []*object.Object) (*object.Object, error) {
		d.mu.Lock()
		defer d.mu.Unlock()
		v := d.items.popFront()
		if v == nil {
			return nil, t.Errorf(object.IndexErrorType, "pop from an empty deque")
		}
		d.state++
		return v, nil
	}),
	dm("extend", 1, 1, "Extend the right side of the deque with elements from the iterable", func(t *object.Thread, d *deque, a []*object.Object) (*object.Object, error) {
		return object.None, d.extend(t, a[0], false)
	}),
	dm("extendleft", 1, 1, "Extend the left side of the deque with elements from the iterable", func(t *object.Thread, d *deque, a []*object.Object) (*object.Object, error) {
		return object.None, d.extend(t, a[0], true)
	}),
	dm("clear", 0, 0, "Remove all elements from the deque.", func(t *object.Thread, d *deque, a []*object.Object) (*object.Object, error) {
		d.clear(t)
		return object.None, nil
	}),
	dm("copy", 0, 0, "Return a shallow copy of a deque.", func(t *object.Thread, d *deque, a []*object.Object) (*object.Object, error) {
		return d.copy(t)
	}),
	dm("__copy__", 0, 0, "Return a shallow copy of a deque.", func(t *object.Thread, d *deque, a []*object.Object) (*object.Object, error) {
		return d.copy(t)
	}),
	dm("rotate", 0, 1, "Rotate the deque n steps to the right (default n=1).  If n is negative, rotates left.", func(t *object.Thread, d *deque, a []*object.Object) (*object.Object, error) {
		n := int64(1)
		if len(a) == 1 {
			var err error
			if n, err = object.AsInt64(t, a[0]); err != nil {
				return nil, err
			}
		}
		d.mu.Lock()
		defer d.mu.Unlock()
		l := int64(d.items.len())
		if l <= 1 {
			return object.None, nil
		}
		k := ((n % l) + l) % l
		if k != 0 {
			d.items.rotate(int(k))
			d.state++
		}
		return object.None, nil
	}),
	dm("reverse", 0, 0, "Reverse *IN PLACE*.", func(t *object.Thread, d *deque, a []*object.Object) (*object.Object, error) {
		d.mu.Lock()
		defer d.mu.Unlock()
		d.items.reverse()
		d.state++
		return object.None, nil
	}),
	dm("count", 1, 1, "Return number of occurrences of value.", func(t *object.Thread, d *deque, a []*object.Object) (*object.Object, error) {
		items, st := d.snapshotState(t)
		defer decrefAll(t, items)
		n := 0
		for _, x := range items {
			eq, err := object.RichCompareBool(t, x, a[0], object.EQ)
			if err != nil {
				return nil, err
			}
			if d.mutatedSince(st) {
				return nil, t.Errorf(object.RuntimeErrorType, "deque mutated during iteration")
			}
			if eq {
				n++
			}
		}
		return object.NewInt(t, int64(n)), nil
	}),
	dm("index", 1, 3, "Return first index of value.\n\nRaises ValueError if the value is not present.", func(t *object.Thread, d *deque, a []*object.Object) (*object.Object, error) {
		d.mu.Lock()
		n := d.items.len()
		d.mu.Unlock()
		start, stop := 0, n
		norm := func(o *object.Object) (int, error) {
			if n := o.Type().Number; !object.IsInt(o) && (n == nil || n.Index == nil) {
				return 0, t.Errorf(object.TypeErrorType, "slice indices must be integers or have an __index__ method")
			}
			v, err := object.AsInt64(t, o)
			if err != nil {
				if !object.ErrorMatches(err, object.OverflowErrorType) {
					return 0, err
				}
				// Huge bounds clamp, as slice indices do.
				t.DropError(err)
				v = int64(n)
				if neg, _ := object.RichCompareBool(t, o, object.SmallInt(0), object.LT); neg {
					v = 0
				}
			}
			if v < 0 {
				v += int64(n)
				if v < 0 {
					v = 0
				}
			}
			if v > int64(n) {
				v = int64(n)
			}
			return int(v), nil
		}
		var err error
		if len(a) > 1 {
			if start, err = norm(a[1]); err != nil {
				return nil, err
			}
		}
		if len(a) > 2 {
			if stop, err = norm(a[2]); err != nil {
				return nil, err
			}
		}
		i, _, err := d.find(t, a[0], start, stop, object.RuntimeErrorType)
		if err != nil {
			return nil, err
		}
		if i < 0 {
			r, err := reprOf(t, a[0])
			if err != nil {
				return nil, err
			}
			return nil, t.Errorf(object.ValueErrorType, "%s is not in deque", r)
		}
		return object.NewInt(t, int64(i)), nil
	}),
	dm("remove", 1, 1, "Remove first occurrence of value.", func(t *object.Thread, d *deque, a []*object.Object) (*object.Object, error) {
		i, st, err := d.find(t, a[0], 0, 1<<62, object.IndexErrorType)
		if err != nil {
			return nil, err
		}
		if i < 0 {
			r, err := reprOf(t, a[0])
			if err != nil {
				return nil, err
			}
			return nil, t.Errorf(object.ValueErrorType, "%s is not in deque", r)
		}
		d.mu.Lock()
		if d.state != st {
			d.mu.Unlock()
			return nil, t.Errorf(object.IndexErrorType, "deque mutated during iteration")
		}
		var v *object.Object
		if i < d.items.len() {
			v = d.items.deleteAt(i)
			d.state++
		}
		d.mu.Unlock()
		t.XDecref(v)
		return object.None, nil
	}),
}

func newDeque(t *object.Thread, typ *object.Type, maxlen int) *deque {
	d := &deque{maxlen: maxlen}
	t.Init(&d.Object, typ)
	t.Track(&d.Object)
	return d
}

func (d *deque) index(t *object.Thread, key *object.Object) (int, error) {
	if !object.IsInt(key) {
		return 0, t.Errorf(object.TypeErrorType, "sequence index must be integer, not '%s'", key.Type().Name)
	}
	i, err := object.AsInt64(t, key)
	if err != nil {
		return 0, err
	}
	d.mu.Lock()
	n := int64(d.items.len())
	d.mu.Unlock()
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		return 0, t.Errorf(object.IndexErrorType, "deque index out of range")
	}
	return int(i), nil
}

func init() {
	typ := dequeType
	typ.New = func(t *object.Thread, typ *object.Type, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		return &newDeque(t, typ, -1).Object, nil
	}
	typ.Init = func(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) error {
		var iterable, maxlen *object.Object
		if err := object.ParseArgs(t, "deque", args, kw, []string{"iterable", "maxlen"}, 0, &iterable, &maxlen); err != nil {
			return err
		}
		d := asDeque(self)
		ml := -1
		if maxlen != nil && maxlen != object.None {
			if !object.IsInt(maxlen) {
				return t.Errorf(object.TypeErrorType, "an integer is required")
			}
			n, err := object.AsInt64(t, maxlen)
			if err != nil {
				return err
			}
			if n < 0 {
				return t.Errorf(object.ValueErrorType, "maxlen must be non-negative")
			}
			ml = int(n)
		}
		d.clear(t)
		d.mu.Lock()
		d.maxlen = ml
		d.mu.Unlock()
		if iterable != nil {
			return d.extend(t, iterable, false)
		}
		return nil
	}
	typ.Traverse = func(o *object.Object, visit object.Visitor) {
		asDeque(o).items.visit(visit)
	}
	typ.Clear = func(t *object.Thread, o *object.Object) { asDeque(o).clear(t) }
	typ.Dealloc = typ.Clear
	typ.Hash = nil
	typ.Len = func(t *object.Thread, o *object.Object) (int, error) {
		d := asDeque(o)
		d.mu.Lock()
		defer d.mu.Unlock()
		return d.items.len(), nil
	}
	typ.GetItem = func(t *object.Thread, o, key *object.Object) (*object.Object, error) {
		d := asDeque(o)
		i, err := d.index(t, key)
		if err != nil {
			return nil, err
		}
		d.mu.Lock()
		defer d.mu.Unlock()
		if i >= d.items.len() {
			return nil, t.Errorf(object.IndexErrorType, "deque index out of range")
		}
		return t.NewRef(d.items.at(i)), nil
	}
	typ.SetItem = func(t *object.Thread, o, key, v *object.Object) error {
		d := asDeque(o)
		i, err := d.index(t, key)
		if err != nil {
			return err
		}
		d.mu.Lock()
		if i >= d.items.len() {
			d.mu.Unlock()
			return t.Errorf(object.IndexErrorType, "deque index out of range")
		}
		var old *object.Object
		if v == nil {
			old = d.items.deleteAt(i)
			d.state++
		} else {
			// Replacing an item keeps iterators valid, as in CPython.
			old = d.items.setAt(i, t.NewRef(v))
		}
		d.mu.Unlock()
		t.Decref(old)
		return nil
	}
	typ.Contains = func(t *object.Thread, o, v *object.Object) (bool, error) {
		i, _, err := asDeque(o).find(t, v, 0, 1<<62, object.RuntimeErrorType)
		return i >= 0, err
	}
	typ.Iter = func(t *object.Thread, o *object.Object) (*object.Object, error) {
		return newDequeIter(t, dequeIterType, o, 0), nil
	}
	typ.Repr = func(t *object.Thread, o *object.Object) (*object.Object, error) {
		d := asDeque(o)
		name := o.Type().Name
		if !t.ReprEnter(o) {
			return object.NewStr(t, "[...]"), nil
		}
		defer t.ReprLeave(o)
		items := d.snapshot(t)
		defer decrefAll(t, items)
		parts := make([]string, len(items))
		for i, x := range items {
			r, err := reprOf(t, x)
			if err != nil {
				return nil, err
			}
			parts[i] = r
		}
		s := name + "([" + strings.Join(parts, ", ") + "]"
		if d.maxlen >= 0 {
			s += ", maxlen=" + itoa(d.maxlen)
		}
		return object.NewStr(t, s+")"), nil
	}
	typ.Compare = func(t *object.Thread, a, b *object.Object, op object.CompareOp) (*object.Object, error) {
		if !object.IsInstance(b, dequeType) {
			return object.NotImplemented, nil
		}
		// The lists take the snapshots' references.
		lx := object.NewList(t, asDeque(a).snapshot(t))
		ly := object.NewList(t, asDeque(b).snapshot(t))
		defer t.Decref(lx.Obj())
		defer t.Decref(ly.Obj())
		return object.RichCompare(t, lx.Obj(), ly.Obj(), op)
	}
	initDequeSequenceOps(typ)
	typ.Number.InplaceAdd = func(t *object.Thread, a, b *object.Object) (*object.Object, error) {
		if err := asDeque(a).extend(t, b, false); err != nil {
			return nil, err
		}
		return t.NewRef(a), nil
	}
	object.ReadyType(typ, dequeMethods, []object.GetSetDef{{Name: "maxlen", Doc: "maximum size of a deque or None if unbounded",
		Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
			if ml := asDeque(o).maxlen; ml >= 0 {
				return object.NewInt(t, int64(ml)), nil
			}
			return object.None, nil
		}}})
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b []byte
	for n > 0 {
		b = append([]byte{byte('0' + n%10)}, b...)
		n /= 10
	}
	return string(b)
}
