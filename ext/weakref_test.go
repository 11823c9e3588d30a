package ext_test

import (
	"errors"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/ftpy/ftpy/ext"
	"github.com/ftpy/ftpy/object"
)

// wrTarget is an extension type that opts into weak references.
type wrTarget struct {
	object.Object
	n int
}

var (
	wrTargetType = &ext.Type{Name: "wrtarget", GC: true, Weakrefable: true}
	// wrCallbacks counts the calls of wrCallback, a callable whose
	// instances count their calls (a weak reference callback).
	wrCallbacks  atomic.Int64
	wrCallbackTy = &ext.Type{Name: "wrcallback", Call: func(t *ext.Thread, self *object.Object, args []*object.Object, kwnames *object.Tuple) (*object.Object, error) {
		if len(args) != 1 || !object.IsWeakref(args[0]) {
			return nil, ext.Errorf(t, ext.TypeError, "callback wants the weakref")
		}
		wrCallbacks.Add(1)
		return object.None, nil
	}}
)

func newWrTarget(t *ext.Thread, n int) *object.Object {
	o := &wrTarget{n: n}
	wrTargetType.Init(t, &o.Object)
	return &o.Object
}

// A type without Weakrefable refuses weak references; one with it gets
// them, and the callback runs once when the instance dies.
func TestWeakrefOptIn(t *testing.T) {
	th := thread(t)
	b := newBox(th, object.None)
	if _, err := th.NewWeakref(b, nil); !errors.Is(err, object.ErrNotWeakrefable) {
		t.Fatalf("weakref to a box: %v, want ErrNotWeakrefable", err)
	}
	th.Decref(b)

	before := wrCallbacks.Load()
	cb := &object.Object{}
	wrCallbackTy.Init(th, cb)
	o := newWrTarget(th, 1)
	wr, err := th.NewWeakref(o, cb)
	if err != nil {
		t.Fatal(err)
	}
	if got := th.WeakrefGet(wr); got != o {
		t.Fatalf("weakref's referent %p, want %p", got, o)
	} else {
		th.Decref(got)
	}
	th.Decref(o)
	if got := th.WeakrefGet(wr); got != nil {
		t.Fatal("weakref alive after its referent died")
	}
	if n := wrCallbacks.Load() - before; n != 1 {
		t.Fatalf("callback ran %d times, want 1", n)
	}
	th.Decref(&wr.Object)
	th.Decref(cb)
}

// Weak references to extension objects whose last reference is dropped
// by another thread than the one that made them: every callback runs
// exactly once, and every weak reference reads dead afterwards.
func TestWeakrefStressCrossThread(t *testing.T) {
	const (
		makers = 3
		each   = 300
	)
	main := thread(t)
	cb := &object.Object{}
	wrCallbackTy.Init(main, cb)
	before := wrCallbacks.Load()
	handoff := make(chan *object.Object, 64)
	var (
		mu   sync.Mutex
		refs []*object.Weakref
		wg   sync.WaitGroup
	)
	main.Detach()
	for m := range makers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			th := object.NewThread()
			th.Attach()
			defer th.Exit()
			for i := range each {
				o := newWrTarget(th, m*each+i)
				wr, err := th.NewWeakref(o, cb)
				if err != nil {
					panic(err)
				}
				mu.Lock()
				refs = append(refs, wr)
				mu.Unlock()
				handoff <- o // the dropper thread takes our reference
				th.Poll()    // merge what the dropper queued back to us
			}
		}()
	}
	done := make(chan struct{})
	go func() {
		th := object.NewThread()
		th.Attach()
		for o := range handoff {
			th.Decref(o)
			th.Poll()
		}
		th.Exit()
		close(done)
	}()
	wg.Wait()
	close(handoff)
	<-done
	main.Attach()
	main.Collect()
	if n := wrCallbacks.Load() - before; n != makers*each {
		t.Fatalf("%d callbacks ran, want %d", n, makers*each)
	}
	for _, wr := range refs {
		if main.WeakrefGet(wr) != nil {
			t.Fatal("a weak reference outlived its referent")
		}
		main.Decref(&wr.Object)
	}
	main.Decref(cb)
}
