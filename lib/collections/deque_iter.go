package collections

import (
	"sync"

	"github.com/ftpy/ftpy/object"
)

// dequeIter walks a deque forwards (_deque_iterator) or backwards
// (_deque_reverse_iterator). Like CPython's, it fails once the deque has
// been mutated since the iterator was made; mu makes next() safe when the
// iterator itself is shared between threads.
type dequeIter struct {
	object.Object
	mu      sync.Mutex
	d       *object.Object // owned; nil only after the collector cleared it
	index   int            // items produced so far
	state   uint64
	reverse bool
}

var (
	dequeIterType = object.NewStaticType(&object.Type{Name: "_deque_iterator", Module: "_collections", Flags: object.FlagGC})
	dequeRevType  = object.NewStaticType(&object.Type{Name: "_deque_reverse_iterator", Module: "_collections", Flags: object.FlagGC})
)

// newDequeIter returns an iterator over the deque o that has already
// produced skip items.
func newDequeIter(t *object.Thread, typ *object.Type, o *object.Object, skip int) *object.Object {
	d := asDeque(o)
	d.mu.Lock()
	st := d.state
	if skip > d.items.len() {
		skip = d.items.len()
	}
	d.mu.Unlock()
	it := &dequeIter{d: t.NewRef(o), state: st, index: skip, reverse: typ == dequeRevType}
	t.Init(&it.Object, typ)
	t.Track(&it.Object)
	return &it.Object
}

func asDequeIter(o *object.Object) *dequeIter { return object.Cast[dequeIter](o) }

func dequeIterNext(t *object.Thread, o *object.Object) (*object.Object, error) {
	it := asDequeIter(o)
	it.mu.Lock()
	if it.d == nil {
		it.mu.Unlock()
		return nil, nil
	}
	d := asDeque(it.d)
	d.mu.Lock()
	if d.state != it.state {
		d.mu.Unlock()
		it.mu.Unlock()
		return nil, t.Errorf(object.RuntimeErrorType, "deque mutated during iteration")
	}
	n := d.items.len()
	if it.index >= n {
		// Like CPython's, an exhausted iterator keeps its deque: it
		// still pickles as (deque, len(deque)).
		d.mu.Unlock()
		it.mu.Unlock()
		return nil, nil
	}
	i := it.index
	if it.reverse {
		i = n - 1 - i
	}
	v := t.NewRef(d.items.at(i))
	it.index++
	d.mu.Unlock()
	it.mu.Unlock()
	return v, nil
}

// remaining is what __length_hint__ reports: 0 once exhausted.
func (it *dequeIter) remaining() int {
	it.mu.Lock()
	defer it.mu.Unlock()
	if it.d == nil {
		return 0
	}
	d := asDeque(it.d)
	d.mu.Lock()
	defer d.mu.Unlock()
	if n := d.items.len() - it.index; n > 0 {
		return n
	}
	return 0
}

var dequeIterMethods = []object.MethodDef{
	{Name: "__length_hint__", Doc: "Private method returning an estimate of len(list(it)).",
		Fn: func(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
			if err := object.CheckArgCount(t, "__length_hint__", args, kw, 0, 0); err != nil {
				return nil, err
			}
			return object.NewInt(t, int64(asDequeIter(self).remaining())), nil
		}},
	{Name: "__reduce__", Doc: "Return state information for pickling.",
		Fn: func(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
			if err := object.CheckArgCount(t, "__reduce__", args, kw, 0, 0); err != nil {
				return nil, err
			}
			it := asDequeIter(self)
			it.mu.Lock()
			d, index := it.d, it.index
			if d != nil {
				t.Incref(d)
			}
			it.mu.Unlock()
			if d == nil {
				d = &newDeque(t, dequeType, -1).Object
				index = 0
			}
			inner := object.NewTuple(t, []*object.Object{d, object.NewInt(t, int64(index))})
			return object.NewTuple(t, []*object.Object{t.NewRef(self.Type().Obj()), inner.Obj()}).Obj(), nil
		}},
}

// dequeIterNew is _deque_iterator(deque, index=0): what unpickling an
// iterator calls.
func dequeIterNew(t *object.Thread, typ *object.Type, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	var d, index *object.Object
	if err := object.NoKeywords(t, typ.Name, kw); err != nil {
		return nil, err
	}
	if err := object.ParseArgs(t, typ.Name, args, nil, []string{"deque", "index"}, 1, &d, &index); err != nil {
		return nil, err
	}
	if !object.IsInstance(d, dequeType) {
		return nil, t.Errorf(object.TypeErrorType, "%s() argument 1 must be collections.deque, not %s", typ.Name, d.Type().Name)
	}
	skip := int64(0)
	if index != nil {
		var err error
		if skip, err = object.AsInt64(t, index); err != nil {
			return nil, err
		}
	}
	it := newDequeIter(t, typ, d, 0)
	// Advance the way CPython does, so that a mutated deque is noticed.
	for i := int64(0); i < skip; i++ {
		v, err := dequeIterNext(t, it)
		if err != nil {
			t.Decref(it)
			return nil, err
		}
		if v == nil {
			break
		}
		t.Decref(v)
	}
	return it, nil
}

func init() {
	for _, typ := range []*object.Type{dequeIterType, dequeRevType} {
		typ.New = dequeIterNew
		typ.Iter = func(t *object.Thread, o *object.Object) (*object.Object, error) { return t.NewRef(o), nil }
		typ.Next = dequeIterNext
		typ.Traverse = func(o *object.Object, visit object.Visitor) {
			if d := asDequeIter(o).d; d != nil {
				visit(d)
			}
		}
		typ.Clear = func(t *object.Thread, o *object.Object) {
			it := asDequeIter(o)
			it.mu.Lock()
			d := it.d
			it.d = nil
			it.mu.Unlock()
			t.XDecref(d)
		}
		typ.Dealloc = typ.Clear
		object.ReadyType(typ, dequeIterMethods, nil)
	}
}
