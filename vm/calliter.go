// This file implements iter(callable, sentinel): an iterator that calls
// callable until it returns a value equal to sentinel.

package vm

import (
	"sync"

	"github.com/ftpy/ftpy/object"
)

// callIter is a callable_iterator. Threads may share one: mu guards
// the end, after which fn and sentinel are released.
type callIter struct {
	object.Object
	mu           sync.Mutex
	fn, sentinel *object.Object // owned; nil once exhausted
}

var callIterType = object.NewStaticType(&object.Type{
	Name:     "callable_iterator",
	Flags:    object.FlagGC,
	Iter:     func(t *object.Thread, o *object.Object) (*object.Object, error) { return t.NewRef(o), nil },
	Next:     callIterNext,
	Traverse: callIterTraverse,
	Clear:    callIterClear,
	Dealloc:  callIterClear,
})

func init() { object.ReadyType(callIterType, nil, nil) }

func newCallIter(t *object.Thread, fn, sentinel *object.Object) *object.Object {
	it := &callIter{fn: t.NewRef(fn), sentinel: t.NewRef(sentinel)}
	t.Init(&it.Object, callIterType)
	t.Track(&it.Object)
	return &it.Object
}

// take returns new references to the callable and sentinel, or nils once
// the iterator is exhausted.
func (it *callIter) take(t *object.Thread) (fn, sentinel *object.Object) {
	it.mu.Lock()
	defer it.mu.Unlock()
	if it.fn == nil {
		return nil, nil
	}
	return t.NewRef(it.fn), t.NewRef(it.sentinel)
}

// finish releases the callable and sentinel: the iterator is exhausted.
func (it *callIter) finish(t *object.Thread) {
	it.mu.Lock()
	fn, s := it.fn, it.sentinel
	it.fn, it.sentinel = nil, nil
	it.mu.Unlock()
	t.XDecref(fn)
	t.XDecref(s)
}

func callIterNext(t *object.Thread, o *object.Object) (*object.Object, error) {
	it := object.Cast[callIter](o)
	fn, sentinel := it.take(t)
	if fn == nil {
		return nil, nil
	}
	defer t.Decref(fn)
	defer t.Decref(sentinel)
	r, err := object.CallHeld(t, fn, nil, nil) // fn may be another callable iterator's __next__
	if err != nil {
		if object.ErrorMatches(err, object.StopIterationType) {
			t.DropError(err)
			it.finish(t)
			return nil, nil
		}
		return nil, err
	}
	eq, err := object.RichCompareBool(t, r, sentinel, object.EQ)
	if err != nil {
		t.Decref(r)
		return nil, err
	}
	if eq {
		t.Decref(r)
		it.finish(t)
		return nil, nil
	}
	return r, nil
}

func callIterTraverse(o *object.Object, visit object.Visitor) {
	it := object.Cast[callIter](o)
	if it.fn != nil {
		visit(it.fn)
	}
	if it.sentinel != nil {
		visit(it.sentinel)
	}
}

func callIterClear(t *object.Thread, o *object.Object) {
	object.Cast[callIter](o).finish(t)
}
