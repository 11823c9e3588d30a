package collections

import (
	"github.com/ftpy/ftpy/object"
)

// copy is deque.copy() and __copy__: a subclass is copied by calling
// its type, as CPython does, so that its __init__ runs.
func (d *deque) copy(t *object.Thread) (*object.Object, error) {
	if d.Type() == dequeType {
		nd := newDeque(t, dequeType, d.maxlen)
		nd.items.setAll(d.snapshot(t))
		return &nd.Object, nil
	}
	args := []*object.Object{&d.Object}
	if d.maxlen >= 0 {
		ml := object.NewInt(t, int64(d.maxlen))
		defer t.Decref(ml)
		args = append(args, ml)
	}
	return object.Call(t, d.Type().Obj(), args, nil)
}

// repeat returns the items of d repeated n times, trimmed to the last
// maxlen of them.
func (d *deque) repeated(t *object.Thread, n int64) ([]*object.Object, error) {
	items := d.snapshot(t)
	defer decrefAll(t, items)
	if n <= 0 || len(items) == 0 {
		return nil, nil
	}
	total := int64(len(items)) * n
	if total/n != int64(len(items)) {
		return nil, t.Errorf(object.MemoryErrorType, "")
	}
	if d.maxlen >= 0 && total > int64(d.maxlen) {
		total = int64(d.maxlen)
	}
	if err := t.CheckAllocItems(total, 8); err != nil {
		return nil, err
	}
	out := make([]*object.Object, total)
	// The result ends with a whole copy of items: fill from the end.
	for i := int64(0); i < total; i++ {
		k := (int64(len(items)) - 1 - i%int64(len(items)))
		out[total-1-i] = t.NewRef(items[k])
	}
	return out, nil
}

func initDequeSequenceOps(typ *object.Type) {
	typ.Concat = func(t *object.Thread, a, b *object.Object) (*object.Object, error) {
		if !object.IsInstance(b, dequeType) {
			return nil, t.Errorf(object.TypeErrorType, "can only concatenate deque (not \"%s\") to deque", b.Type().Name)
		}
		c, err := asDeque(a).copy(t)
		if err != nil {
			return nil, err
		}
		if !object.IsInstance(c, dequeType) {
			t.Decref(c)
			return nil, t.Errorf(object.TypeErrorType, "copy() returned a non-deque")
		}
		if err := asDeque(c).extend(t, b, false); err != nil {
			t.Decref(c)
			return nil, err
		}
		return c, nil
	}
	typ.Repeat = func(t *object.Thread, seq *object.Object, n int64) (*object.Object, error) {
		c, err := asDeque(seq).copy(t)
		if err != nil {
			return nil, err
		}
		if err := asDeque(c).repeatInPlace(t, n); err != nil {
			t.Decref(c)
			return nil, err
		}
		return c, nil
	}
	typ.Number = &object.NumberMethods{
		InplaceMul: func(t *object.Thread, a, b *object.Object) (*object.Object, error) {
			if b.Type().Number == nil || b.Type().Number.Index == nil {
				return t.NewRef(object.NotImplemented), nil
			}
			n, err := object.AsInt64(t, b)
			if err != nil {
				return nil, err
			}
			if err := asDeque(a).repeatInPlace(t, n); err != nil {
				return nil, err
			}
			return t.NewRef(a), nil
		},
	}
}

func (d *deque) repeatInPlace(t *object.Thread, n int64) error {
	items, err := d.repeated(t, n)
	if err != nil {
		return err
	}
	d.mu.Lock()
	old := d.items.takeAll()
	d.items.setAll(items)
	d.state++
	d.mu.Unlock()
	decrefAll(t, old)
	return nil
}

// insert puts v before index i, clamped like list.insert.
func (d *deque) insert(t *object.Thread, i int64, v *object.Object) error {
	d.mu.Lock()
	n := int64(d.items.len())
	if d.maxlen >= 0 && n >= int64(d.maxlen) {
		d.mu.Unlock()
		return t.Errorf(object.IndexErrorType, "deque already at its maximum size")
	}
	if i < 0 {
		i += n
		if i < 0 {
			i = 0
		}
	}
	if i > n {
		i = n
	}
	d.items.insertAt(int(i), t.NewRef(v))
	d.state++
	d.mu.Unlock()
	return nil
}

var dequeMethods = append(dequeBaseMethods,
	object.MethodDef{Name: "insert", Doc: "Insert value before index.", Fn: func(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.NoKeywords(t, "insert", kw); err != nil {
			return nil, err
		}
		if len(args) != 2 {
			return nil, t.Errorf(object.TypeErrorType, "insert() takes exactly 2 arguments (%d given)", len(args))
		}
		i, err := object.AsInt64(t, args[0])
		if err != nil {
			return nil, err
		}
		return object.None, asDeque(self).insert(t, i, args[1])
	}},
	dm("__reversed__", 0, 0, "D.__reversed__() -- return a reverse iterator over the deque", func(t *object.Thread, d *deque, a []*object.Object) (*object.Object, error) {
		return newDequeIter(t, dequeRevType, &d.Object, 0), nil
	}),
	dm("__reduce__", 0, 0, "Return state information for pickling.", func(t *object.Thread, d *deque, a []*object.Object) (*object.Object, error) {
		// Only a subclass's instances have a __dict__ (then always one).
		state := t.NewRef(object.None)
		if d.Type() != dequeType {
			var err error
			if state, err = object.GetAttrString(t, &d.Object, "__dict__"); err != nil {
				return nil, err
			}
		}
		var args *object.Object
		if d.maxlen < 0 {
			args = t.NewRef(object.EmptyTuple.Obj())
		} else {
			args = object.NewTuple(t, []*object.Object{t.NewRef(object.EmptyTuple.Obj()), object.NewInt(t, int64(d.maxlen))}).Obj()
		}
		it := newDequeIter(t, dequeIterType, &d.Object, 0)
		return object.NewTuple(t, []*object.Object{t.NewRef(d.Type().Obj()), args, state, it}).Obj(), nil
	}),
	object.ClassGetItemDef,
)
