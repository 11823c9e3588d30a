// Tests of the unstable API as an extension sees it: through a type of its
// own, defined with the public object API only. They cover the behaviours
// of runtime-model.md (i) 1, 2, 5, 6, 7 and 9 that need no interpreter.

package unstable_test

import (
	"os"
	"sync"
	"testing"

	"github.com/ftpy/ftpy/ext/unstable"
	"github.com/ftpy/ftpy/object"
)

func TestMain(m *testing.M) {
	if err := object.Configure(object.Config{Debug: true}); err != nil {
		panic(err)
	}
	os.Exit(m.Run())
}

// node is a GC-capable extension object holding references.
type node struct {
	object.Object
	mu       sync.Mutex
	children []*object.Object
}

var nodeType = object.NewStaticType(&object.Type{
	Name:  "node",
	Flags: object.FlagGC,
	Traverse: func(o *object.Object, visit object.Visitor) {
		n := object.Cast[node](o)
		n.mu.Lock()
		defer n.mu.Unlock()
		for _, c := range n.children {
			visit(c)
		}
	},
	Dealloc: func(t *object.Thread, o *object.Object) { clearNode(t, o) },
	Clear:   clearNode,
})

func clearNode(t *object.Thread, o *object.Object) {
	n := object.Cast[node](o)
	n.mu.Lock()
	cs := n.children
	n.children = nil
	n.mu.Unlock()
	for _, c := range cs {
		t.Decref(c)
	}
}

// str stands in for a non-GC type such as str.
var strType = object.NewStaticType(&object.Type{Name: "str"})

func newNode(t *object.Thread) *object.Object {
	n := &node{}
	t.Init(&n.Object, nodeType)
	t.Track(&n.Object)
	return &n.Object
}

func newStr(t *object.Thread) *object.Object {
	s := &object.Object{}
	t.Init(s, strType)
	return s
}

func appendTo(t *object.Thread, list, item *object.Object) {
	t.Incref(item)
	n := object.Cast[node](list)
	n.mu.Lock()
	n.children = append(n.children, item)
	n.mu.Unlock()
}

func thread(tb testing.TB) *object.Thread {
	th := object.NewThread()
	th.Attach()
	tb.Cleanup(th.Exit)
	return th
}

// (i) 1: a str is not GC-capable → 0; a list → 1 free-threaded, and it
// still works; a second call → 0.
func TestEnableDeferredRefcount(t *testing.T) {
	th := thread(t)
	s := newStr(th)
	if got := unstable.EnableDeferredRefcount(s); got != 0 {
		t.Errorf("str: got %d, want 0", got)
	}
	l := newNode(th)
	if got := unstable.EnableDeferredRefcount(l); got != 1 {
		t.Fatalf("list: got %d, want 1", got)
	}
	if !l.IsDeferred() {
		t.Fatal("bit not set")
	}
	appendTo(th, l, s) // still a working container
	if got := unstable.EnableDeferredRefcount(l); got != 0 {
		t.Errorf("second call: got %d, want 0", got)
	}
	th.Decref(s)
	th.Decref(l)
	if l.IsFreed() {
		t.Fatal("a deferred object is freed only by the collector")
	}
	th.Collect()
	if !l.IsFreed() || !s.IsFreed() {
		t.Fatal("not collected")
	}
}

// (i) 2: four threads race to enable while the main thread appends:
// every result is 0 or 1, exactly one is 1, and the bit is set.
func TestEnableDeferredRefcountRace(t *testing.T) {
	th := thread(t)
	for range 50 {
		l := newNode(th)
		results := make([]int, 4)
		var wg sync.WaitGroup
		start := make(chan struct{})
		for i := range results {
			wg.Add(1)
			go func() {
				defer wg.Done()
				u := object.NewThread()
				u.Attach()
				<-start
				results[i] = unstable.EnableDeferredRefcount(l)
				u.Exit()
			}()
		}
		close(start)
		for range 20 {
			s := newStr(th)
			appendTo(th, l, s)
			th.Decref(s)
		}
		th.Detach()
		wg.Wait()
		th.Attach()
		ones := 0
		for _, r := range results {
			if r != 0 && r != 1 {
				t.Fatalf("result %d", r)
			}
			ones += r
		}
		if ones != 1 || !l.IsDeferred() {
			t.Fatalf("%d winners, deferred=%v; want exactly one", ones, l.IsDeferred())
		}
		th.Decref(l)
	}
	th.Collect()
}

// (i) 5: an untracked GC object → 0; in GIL mode always 0, with exact
// counts.
func TestEnableDeferredRefcountUntrackedAndGIL(t *testing.T) {
	func() {
		th := object.NewThread()
		th.Attach()
		defer th.Exit()
		l := newNode(th)
		th.Untrack(l)
		if got := unstable.EnableDeferredRefcount(l); got != 0 {
			t.Errorf("untracked: got %d, want 0", got)
		}
		th.Decref(l)
		if !l.IsFreed() {
			t.Error("untracked object not freed at zero")
		}
	}()
	t.Run("gil", func(t *testing.T) {
		if err := object.Configure(object.Config{GIL: true, Debug: true}); err != nil {
			t.Fatal(err)
		}
		defer object.Configure(object.Config{Debug: true})
		th := object.NewThread()
		th.Attach()
		l := newNode(th)
		if got := unstable.EnableDeferredRefcount(l); got != 0 {
			t.Errorf("GIL mode: got %d, want 0", got)
		}
		th.Incref(l)
		if rc := th.RefCount(l); rc != 2 {
			t.Errorf("GIL mode refcount %d, want exactly 2", rc)
		}
		th.Decref(l)
		th.Decref(l)
		if !l.IsFreed() {
			t.Error("GIL mode: not freed at zero")
		}
		th.Exit()
	})
}

// (i) 6 and 7, on objects an extension can make: immortality and unique
// references.
func TestImmortalAndUniquelyReferenced(t *testing.T) {
	th := thread(t)
	o := newStr(th)
	if unstable.IsImmortal(o) {
		t.Error("a new object is mortal")
	}
	if !unstable.IsUniquelyReferenced(th, o) {
		t.Error("a new object is uniquely referenced")
	}
	l := newNode(th)
	appendTo(th, l, o)
	if unstable.IsUniquelyReferenced(th, o) {
		t.Error("an object stored in a list is not uniquely referenced")
	}
	if unstable.SetImmortal(th, o) != 0 {
		t.Error("SetImmortal needs a unique reference")
	}
	th.Decref(l)
	if !unstable.IsUniquelyReferenced(th, o) {
		t.Error("unique again after the list died")
	}
	if unstable.SetImmortal(th, o) != 1 || !unstable.IsImmortal(o) {
		t.Fatal("SetImmortal of a unique reference")
	}
	if unstable.IsUniquelyReferenced(th, o) {
		t.Error("immortal objects are never uniquely referenced")
	}
	th.Decref(o)
	th.Decref(o)
	if o.IsFreed() {
		t.Fatal("immortal object freed")
	}
	if unstable.SetImmortal(th, o) != 0 {
		t.Error("already immortal: not unique, so 0")
	}
	// A reference counted by another thread is not unique either.
	p := newStr(th)
	done := make(chan struct{})
	hold := make(chan struct{})
	go func() {
		u := object.NewThread()
		u.Attach()
		u.Incref(p)
		u.Detach()
		close(hold)
		<-done
		u.Attach()
		u.Decref(p)
		u.Exit()
		close(hold)
	}()
	th.Detach()
	<-hold
	th.Attach()
	if unstable.IsUniquelyReferenced(th, p) {
		t.Error("another thread holds a reference")
	}
	hold = make(chan struct{})
	th.Detach()
	close(done)
	<-hold
	th.Attach()
	th.Poll()
	th.Decref(p)
}

// (i) 9: TryIncRef from another thread: 1 on a live object after
// EnableTryIncRef, 0 once it was merged at zero, 1 on an immortal.
func TestTryIncRefFromAnotherThread(t *testing.T) {
	th := thread(t)
	o := newStr(th)
	unstable.EnableTryIncRef(o)
	imm := newStr(th)
	unstable.SetImmortal(th, imm)
	results := make(chan bool, 3)
	step := make(chan struct{})
	done := make(chan struct{})
	go func() {
		u := object.NewThread()
		u.Attach()
		ok := unstable.TryIncRef(u, o)
		results <- ok
		if ok {
			u.Decref(o) // o is owned by th: queued back to it
		}
		results <- unstable.TryIncRef(u, imm)
		u.Detach()
		<-step
		u.Attach()
		results <- unstable.TryIncRef(u, o)
		u.Exit()
		close(done)
	}()
	th.Detach()
	first, immortal := <-results, <-results
	th.Attach()
	if !first {
		t.Error("TryIncRef on a live object after EnableTryIncRef: want true")
	}
	if !immortal {
		t.Error("TryIncRef on an immortal: want true")
	}
	th.Poll()
	th.Decref(o) // merged at zero: freed
	if !o.IsFreed() {
		t.Fatal("not freed")
	}
	th.Detach()
	close(step)
	last := <-results
	<-done
	th.Attach()
	if last {
		t.Error("TryIncRef after the count reached zero: want false")
	}
}
