// Package queue implements _queue, CPython's C module under queue.py:
// SimpleQueue and Empty.
package queue

import (
	"sync"
	"time"

	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/vm"
)

// This file is _queue, CPython's C module under queue.py: SimpleQueue,
// an unbounded FIFO whose get() may block, and the Empty exception.

func init() { vm.RegisterModule("_queue", newCModule) }

const emptySource = `
class Empty(Exception):
    'Exception raised by Queue.get(block=0)/get_nowait().'
    __module__ = '_queue'
`

func newCModule(st *vm.State) (*object.Object, error) {
	t := st.Thread()
	m := st.NewModule("_queue")
	if err := st.RunFrozen("_queue", []byte(emptySource), m.Dict); err != nil {
		t.Decref(m.Obj())
		return nil, err
	}
	m.Dict.SetStr(t, object.Intern("SimpleQueue"), simpleQueueType.Obj())
	return m.Obj(), nil
}

// simpleQueue is _queue.SimpleQueue. avail holds a token while items may
// be waiting, so that a blocked get() wakes; a getter that leaves items
// behind passes the token on.
type simpleQueue struct {
	object.Object
	mu    sync.Mutex
	items []*object.Object // owned
	avail chan struct{}
	dict  *object.Dict
}

var simpleQueueType = object.NewStaticType(&object.Type{Name: "SimpleQueue", Module: "_queue",
	Flags: object.FlagGC | object.FlagBaseType | object.FlagWeakrefable,
	Doc:   "Simple, unbounded, reentrant FIFO queue."})

func asQueue(o *object.Object) *simpleQueue { return object.Cast[simpleQueue](o) }

func (q *simpleQueue) signal() {
	select {
	case q.avail <- struct{}{}:
	default:
	}
}

func (q *simpleQueue) put(t *object.Thread, v *object.Object) {
	q.mu.Lock()
	q.items = append(q.items, t.NewRef(v))
	q.mu.Unlock()
	q.signal()
}

// tryGet pops the first item (a reference the caller owns), or nil.
func (q *simpleQueue) tryGet() *object.Object {
	q.mu.Lock()
	defer q.mu.Unlock()
	if len(q.items) == 0 {
		return nil
	}
	v := q.items[0]
	q.items[0] = nil
	q.items = q.items[1:]
	if len(q.items) > 0 {
		q.signal()
	}
	return v
}

func emptyError(t *object.Thread) error {
	m, err := vm.StateOf(t).Import("_queue")
	if err != nil {
		return err
	}
	cls, err := object.GetAttrString(t, m, "Empty")
	t.Decref(m)
	if err != nil {
		return err
	}
	defer t.Decref(cls)
	e, err := object.Call(t, cls, nil, nil)
	if err != nil {
		return err
	}
	if !object.IsInstance(e, object.BaseExceptionType) {
		t.Decref(e)
		return t.Errorf(object.TypeErrorType, "exceptions must derive from BaseException")
	}
	return object.Cast[object.Exception](e)
}

// get waits for an item: forever for timeout < 0. The thread is
// detached while it waits, and an interrupt (Ctrl-C) ends the wait.
func (q *simpleQueue) get(t *object.Thread, block bool, timeout float64) (*object.Object, error) {
	if v := q.tryGet(); v != nil {
		return v, nil
	}
	if !block {
		return nil, emptyError(t)
	}
	st := vm.StateOf(t)
	var expired <-chan time.Time
	if timeout >= 0 {
		timer := time.NewTimer(time.Duration(timeout * 1e9))
		defer timer.Stop()
		expired = timer.C
	}
	for {
		if v := q.tryGet(); v != nil {
			return v, nil
		}
		t.Detach()
		select {
		case <-q.avail:
			t.Attach()
		case <-expired:
			t.Attach()
			if v := q.tryGet(); v != nil {
				return v, nil
			}
			return nil, emptyError(t)
		case <-st.Wake():
			t.Attach()
			if err := st.PendingInterrupt(); err != nil {
				return nil, err
			}
		}
	}
}

func parseGet(t *object.Thread, name string, args []*object.Object, kw *object.Tuple) (bool, float64, error) {
	var blockArg, timeoutArg *object.Object
	if err := object.ParseArgs(t, name, args, kw, []string{"block", "timeout"}, 0, &blockArg, &timeoutArg); err != nil {
		return false, 0, err
	}
	block := true
	if blockArg != nil {
		b, err := object.IsTrue(t, blockArg)
		if err != nil {
			return false, 0, err
		}
		block = b
	}
	timeout := -1.0
	if block && timeoutArg != nil && timeoutArg != object.None {
		v, err := object.RealArg(t, timeoutArg)
		if err != nil {
			return false, 0, err
		}
		if v < 0 {
			return false, 0, t.Errorf(object.ValueErrorType, "'timeout' must be a non-negative number")
		}
		timeout = v
	}
	return block, timeout, nil
}

func noArgs(name string, f func(t *object.Thread, q *simpleQueue) (*object.Object, error)) object.MethodDef {
	return object.MethodDef{Name: name, Fn: func(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, "SimpleQueue."+name, args, kw, 0, 0); err != nil {
			return nil, err
		}
		return f(t, asQueue(self))
	}}
}

var queueMethods = []object.MethodDef{
	{Name: "put", Doc: "Put the item on the queue.\n\nThe optional 'block' and 'timeout' arguments are ignored, as this method\nnever blocks.  They are provided for compatibility with the Queue class.",
		Fn: func(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
			var item, block, timeout *object.Object
			if err := object.ParseArgs(t, "put", args, kw, []string{"item", "block", "timeout"}, 1, &item, &block, &timeout); err != nil {
				return nil, err
			}
			asQueue(self).put(t, item)
			return t.NewRef(object.None), nil
		}},
	{Name: "put_nowait", Doc: "Put an item into the queue without blocking.",
		Fn: func(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
			var item *object.Object
			if err := object.ParseArgs(t, "put_nowait", args, kw, []string{"item"}, 1, &item); err != nil {
				return nil, err
			}
			asQueue(self).put(t, item)
			return t.NewRef(object.None), nil
		}},
	{Name: "get", Doc: "Remove and return an item from the queue.",
		Fn: func(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
			block, timeout, err := parseGet(t, "get", args, kw)
			if err != nil {
				return nil, err
			}
			return asQueue(self).get(t, block, timeout)
		}},
	noArgs("get_nowait", func(t *object.Thread, q *simpleQueue) (*object.Object, error) { return q.get(t, false, -1) }),
	noArgs("empty", func(t *object.Thread, q *simpleQueue) (*object.Object, error) {
		q.mu.Lock()
		defer q.mu.Unlock()
		return object.NewBool(len(q.items) == 0), nil
	}),
	noArgs("qsize", func(t *object.Thread, q *simpleQueue) (*object.Object, error) {
		q.mu.Lock()
		n := len(q.items)
		q.mu.Unlock()
		return object.NewInt(t, int64(n)), nil
	}),
	object.ClassGetItemDef,
}

func init() {
	typ := simpleQueueType
	typ.SubclassDict = func(o *object.Object) **object.Dict { return &asQueue(o).dict }
	typ.New = func(t *object.Thread, typ *object.Type, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if typ == simpleQueueType {
			if err := object.NoKeywords(t, "SimpleQueue", kw); err != nil {
				return nil, err
			}
			if len(args) > 0 {
				return nil, t.Errorf(object.TypeErrorType, "SimpleQueue() takes no positional arguments")
			}
		}
		q := &simpleQueue{avail: make(chan struct{}, 1)}
		t.Init(&q.Object, typ)
		t.Track(&q.Object)
		return &q.Object, nil
	}
	typ.Traverse = func(o *object.Object, visit object.Visitor) {
		q := asQueue(o)
		for _, x := range q.items {
			visit(x)
		}
		if q.dict != nil {
			visit(q.dict.Obj())
		}
	}
	typ.Clear = func(t *object.Thread, o *object.Object) {
		q := asQueue(o)
		q.mu.Lock()
		items, d := q.items, q.dict
		q.items, q.dict = nil, nil
		q.mu.Unlock()
		for _, x := range items {
			t.Decref(x)
		}
		if d != nil {
			t.Decref(d.Obj())
		}
	}
	typ.Dealloc = typ.Clear
	object.ReadyType(typ, queueMethods, nil)
}
