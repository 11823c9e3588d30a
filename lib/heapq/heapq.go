// Package heapq implements _heapq, CPython's C module under heapq.py:
// heaps on lists, with the sift order of CPython's implementation so that
// heaps have the same layout.
package heapq

import (
	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/vm"
)

func init() { vm.RegisterModule("_heapq", newCModule) }

func newCModule(st *vm.State) (*object.Object, error) {
	t := st.Thread()
	m := st.NewModule("_heapq")
	for i := range cFuncs {
		m.Dict.SetStr(t, object.Intern(cFuncs[i].Name), object.NewStaticBuiltin(&cFuncs[i]))
	}
	object.ClaimModuleFunctions(m.Dict, "_heapq")
	return m.Obj(), nil
}

func changedSize(t *object.Thread) error {
	return t.Errorf(object.RuntimeErrorType, "list changed size during iteration")
}

// order says which heap a function keeps: a min-heap (heapq's public
// functions) or a max-heap (the _max variants heapq.py uses for
// nlargest and merge(reverse=True)).
type order bool

const (
	minHeap order = false
	maxHeap order = true
)

// before reports whether l[i] belongs above l[j] in the heap: l[i] < l[j]
// for a min-heap, l[j] < l[i] for a max-heap (CPython asks only for <).
func before(t *object.Thread, l *object.List, i, j int, o order) (bool, error) {
	if o == maxHeap {
		return lessAt(t, l, j, i)
	}
	return lessAt(t, l, i, j)
}

// lessAt compares l[i] < l[j], holding references to both: the
// comparison may run Python code that changes the list, or another thread
// may change it meanwhile.
func lessAt(t *object.Thread, l *object.List, i, j int) (bool, error) {
	a, b := l.ItemRef(t, i), l.ItemRef(t, j)
	if a == nil || b == nil {
		t.XDecref(a)
		t.XDecref(b)
		return false, changedSize(t)
	}
	r, err := object.RichCompareBool(t, a, b, object.LT)
	t.Decref(a)
	t.Decref(b)
	return r, err
}

// siftDown moves the item at pos up towards startpos while it is smaller
// than its parent.
func siftDown(t *object.Thread, l *object.List, startpos, pos int, o order) error {
	size := l.Len()
	for pos > startpos {
		parentpos := (pos - 1) >> 1
		lt, err := before(t, l, pos, parentpos, o)
		if err != nil {
			return err
		}
		if size != l.Len() {
			return changedSize(t)
		}
		if !lt {
			break
		}
		if !l.Swap(t, parentpos, pos) {
			return changedSize(t)
		}
		pos = parentpos
	}
	return nil
}

// siftUp moves the smaller child up until pos is a leaf, then sifts the
// item placed there down (the bottom-up variant CPython uses).
func siftUp(t *object.Thread, l *object.List, pos int, o order) error {
	endpos := l.Len()
	startpos := pos
	limit := endpos >> 1
	for pos < limit {
		childpos := 2*pos + 1
		if childpos+1 < endpos {
			lt, err := before(t, l, childpos, childpos+1, o)
			if err != nil {
				return err
			}
			if !lt {
				childpos++
			}
			if endpos != l.Len() {
				return changedSize(t)
			}
		}
		if !l.Swap(t, childpos, pos) {
			return changedSize(t)
		}
		pos = childpos
	}
	return siftDown(t, l, startpos, pos, o)
}

func listArg(t *object.Thread, name string, o *object.Object, numbered bool) (*object.List, error) {
	if !object.IsList(o) {
		if numbered {
			return nil, t.Errorf(object.TypeErrorType, "%s() argument 1 must be list, not %s", name, o.Type().Name)
		}
		return nil, t.Errorf(object.TypeErrorType, "%s() argument must be list, not %s", name, o.Type().Name)
	}
	return object.AsList(o), nil
}

func oneArg(name string, f func(t *object.Thread, l *object.List) (*object.Object, error)) object.MethodDef {
	qual := "_heapq." + name // built once, not on every call
	return object.MethodDef{Name: name, Fn: func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, qual, args, kw, 1, 1); err != nil {
			return nil, err
		}
		l, err := listArg(t, name, args[0], false)
		if err != nil {
			return nil, err
		}
		return f(t, l)
	}}
}

func twoArgs(name string, f func(t *object.Thread, l *object.List, item *object.Object) (*object.Object, error)) object.MethodDef {
	return object.MethodDef{Name: name, Fn: func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, name, args, kw, 2, 2); err != nil {
			return nil, err
		}
		l, err := listArg(t, name, args[0], true)
		if err != nil {
			return nil, err
		}
		return f(t, l, args[1])
	}}
}

func indexError(t *object.Thread) error {
	return t.Errorf(object.IndexErrorType, "index out of range")
}

func heappush(t *object.Thread, l *object.List, item *object.Object) (*object.Object, error) {
	l.Append(t, item)
	if err := siftDown(t, l, 0, l.Len()-1, minHeap); err != nil {
		return nil, err
	}
	return object.None, nil
}

func heappop(t *object.Thread, l *object.List) (*object.Object, error) { return pop(t, l, minHeap) }

func heappopMax(t *object.Thread, l *object.List) (*object.Object, error) { return pop(t, l, maxHeap) }

func pop(t *object.Thread, l *object.List, o order) (*object.Object, error) {
	last := l.PopLast(t)
	if last == nil {
		return nil, indexError(t)
	}
	ret := l.Exchange(t, 0, last)
	if ret == nil {
		return last, nil // that was the only item
	}
	if err := siftUp(t, l, 0, o); err != nil {
		t.Decref(ret)
		return nil, err
	}
	return ret, nil
}

// replaceTop puts item at the top of the heap and sifts it into place,
// returning the old top (heapreplace's second half).
func replaceTop(t *object.Thread, l *object.List, item *object.Object, o order) (*object.Object, error) {
	ret := l.Exchange(t, 0, t.NewRef(item))
	if ret == nil {
		t.Decref(item)
		return nil, indexError(t)
	}
	if err := siftUp(t, l, 0, o); err != nil {
		t.Decref(ret)
		return nil, err
	}
	return ret, nil
}

func heapreplace(t *object.Thread, l *object.List, item *object.Object) (*object.Object, error) {
	return replaceTop(t, l, item, minHeap)
}

func heapreplaceMax(t *object.Thread, l *object.List, item *object.Object) (*object.Object, error) {
	return replaceTop(t, l, item, maxHeap)
}

func heappushpop(t *object.Thread, l *object.List, item *object.Object) (*object.Object, error) {
	top := l.ItemRef(t, 0)
	if top == nil {
		return t.NewRef(item), nil
	}
	lt, err := object.RichCompareBool(t, top, item, object.LT)
	t.Decref(top)
	if err != nil {
		return nil, err
	}
	if !lt {
		return t.NewRef(item), nil
	}
	return replaceTop(t, l, item, minHeap)
}

func heapify(t *object.Thread, l *object.List) (*object.Object, error) {
	return heapifyAs(t, l, minHeap)
}

func heapifyMax(t *object.Thread, l *object.List) (*object.Object, error) {
	return heapifyAs(t, l, maxHeap)
}

// heapifyAs sifts every parent, last first. (CPython visits big heaps in
// a cache-friendlier order; each subtree is still finished before its
// parent, so the resulting layout is the same.)
func heapifyAs(t *object.Thread, l *object.List, o order) (*object.Object, error) {
	for i := l.Len()/2 - 1; i >= 0; i-- {
		if err := siftUp(t, l, i, o); err != nil {
			return nil, err
		}
	}
	return object.None, nil
}

// cFuncs are _heapq's functions, CPython's C module under heapq.py.
var cFuncs = []object.MethodDef{
	twoArgs("heappush", heappush),
	oneArg("heappop", heappop),
	oneArg("heapify", heapify),
	twoArgs("heapreplace", heapreplace),
	twoArgs("heappushpop", heappushpop),
	oneArg("_heapify_max", heapifyMax),
	oneArg("_heappop_max", heappopMax),
	twoArgs("_heapreplace_max", heapreplaceMax),
}
