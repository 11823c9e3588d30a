// Tests of the collector: cycles, finalizers, resurrection, deferred
// objects and stack roots, weak references, gc.garbage, freezing and the
// automatic trigger (runtime-model.md (i) 3, 4, 11-15).

package object

import (
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// ring builds n boxes each referring to the next, the last to the first,
// and returns them with no reference held by the caller.
func ring(th *Thread, n int) []*box {
	boxes := make([]*box, n)
	for i := range boxes {
		boxes[i] = newBox(th)
	}
	for i, b := range boxes {
		b.add(th, boxes[(i+1)%n].obj())
	}
	for _, b := range boxes {
		th.Decref(b.obj())
	}
	return boxes
}

func allFreed(boxes []*box) bool {
	for _, b := range boxes {
		if !b.IsFreed() {
			return false
		}
	}
	return true
}

func TestCollectFreesRingsAndSelfReferences(t *testing.T) {
	th := attached(t)
	delta := liveDelta(boxType)
	r := ring(th, 10)
	self := newBox(th)
	self.add(th, self.obj())
	th.Decref(self.obj())
	if allFreed(r) || self.IsFreed() {
		t.Fatal("cycles cannot be freed by counting")
	}
	if n := th.Collect(); n != 11 {
		t.Fatalf("Collect() = %d, want 11", n)
	}
	if !allFreed(r) || !self.IsFreed() || delta() != 0 {
		t.Fatal("one collection must free every cycle")
	}
}

func TestCollectKeepsReachable(t *testing.T) {
	th := attached(t)
	root := newBox(th) // held by the test: reachable
	r := ring(th, 5)
	root.add(th, r[0].obj())
	if n := th.Collect(); n != 0 {
		t.Fatalf("Collect() = %d, want 0", n)
	}
	if r[4].IsFreed() {
		t.Fatal("a reachable cycle was freed")
	}
	th.Decref(root.obj())
	if n := th.Collect(); n != 5 || !allFreed(r) {
		t.Fatalf("Collect() = %d, want the 5 boxes of the ring", n)
	}
}

func TestFinalizersRunOnceThenCycleFreed(t *testing.T) {
	th := attached(t)
	var runs, marked atomic.Int32
	r := ring(th, 3)
	for _, b := range r {
		b.finalize = func(t *Thread, b *box) {
			runs.Add(1)
			// Marked before it runs, so that it never runs twice.
			if b.IsFinalized() {
				marked.Add(1)
			}
		}
	}
	th.Collect()
	if runs.Load() != 3 || !allFreed(r) {
		t.Fatalf("finalizers ran %d times, freed=%v; want 3, true", runs.Load(), allFreed(r))
	}
	if marked.Load() != 3 {
		t.Fatalf("finalized bit set for %d of 3 finalizers as they ran", marked.Load())
	}
}

func TestFinalizerOnCountZeroRunsOnce(t *testing.T) {
	th := attached(t)
	runs := 0
	b := newBox(th)
	b.finalize = func(t *Thread, b *box) { runs++ }
	th.Decref(b.obj())
	if runs != 1 || !b.IsFreed() {
		t.Fatalf("runs=%d freed=%v", runs, b.IsFreed())
	}
}

// runtime-model.md (i) 12: a resurrecting finalizer keeps the object, and
// never runs again.
func TestResurrectionInCollectorAndDealloc(t *testing.T) {
	th := attached(t)
	keep := newBox(th)
	runs := 0
	r := ring(th, 2)
	r[0].finalize = func(t *Thread, b *box) {
		runs++
		keep.add(t, b.obj())
	}
	th.Collect()
	if r[0].IsFreed() || r[1].IsFreed() {
		t.Fatal("a resurrected object, and what it references, must survive")
	}
	th.Collect()
	if runs != 1 {
		t.Fatalf("finalizer ran %d times", runs)
	}
	// Drop the resurrecting reference: now the cycle dies for good and
	// the finalizer does not run again.
	th.Decref(keep.obj())
	th.Collect()
	if !allFreed(r) || runs != 1 {
		t.Fatalf("freed=%v runs=%d; want freed once, finalizer once", allFreed(r), runs)
	}

	// The same through a plain count reaching zero.
	keep2 := newBox(th)
	b := newBox(th)
	runs = 0
	b.finalize = func(t *Thread, b *box) {
		runs++
		keep2.add(t, b.obj())
	}
	th.Decref(b.obj())
	if b.IsFreed() || runs != 1 {
		t.Fatal("resurrected by its finalizer at dealloc: must survive")
	}
	th.Decref(keep2.obj())
	if !b.IsFreed() || runs != 1 {
		t.Fatalf("freed=%v runs=%d", b.IsFreed(), runs)
	}
}

// runtime-model.md (i) 3: dropping the last counted reference to a deferred
// object leaves its weak reference alive; a collection frees it, and its
// finalizer runs once.
func TestDeferredFreedOnlyByCollector(t *testing.T) {
	th := attached(t)
	b := newBox(th)
	if EnableDeferredRefcount(b.obj()) != 1 {
		t.Fatal("EnableDeferredRefcount")
	}
	runs := 0
	b.finalize = func(t *Thread, b *box) { runs++ }
	wr, err := th.NewWeakref(b.obj(), nil)
	if err != nil {
		t.Fatal(err)
	}
	th.Decref(b.obj())
	got := th.WeakrefGet(wr)
	if got != b.obj() {
		t.Fatal("weak reference to a deferred object died with its counted references")
	}
	th.Decref(got)
	th.Collect()
	if !b.IsFreed() || runs != 1 || th.WeakrefGet(wr) != nil {
		t.Fatalf("freed=%v runs=%d", b.IsFreed(), runs)
	}
	th.Decref(wr.obj())
}

func (wr *Weakref) obj() *Object { return &wr.Object }

// runtime-model.md (i) 4: a deferred object held only by a frame of any
// thread survives a collection; one in a dead cycle dies in one.
func TestDeferredHeldByStackSurvives(t *testing.T) {
	th := attached(t)
	mine := newBox(th)
	th.SetDeferred(mine.obj())
	frame := make([]StackRef, 4)
	th.PushRoots(frame)
	frame[0] = th.RefFromNew(mine.obj())
	th.Decref(mine.obj()) // only the frame holds it now
	th.Collect()
	if mine.IsFreed() {
		t.Fatal("deferred object on this thread's stack was freed")
	}

	// Another thread's frame, while that thread is parked at a safe point.
	theirs := make(chan *box)
	stop := make(chan struct{})
	done := make(chan struct{})
	go func() {
		u := NewThread()
		u.Attach()
		b := newBox(u)
		u.SetDeferred(b.obj())
		f := make([]StackRef, 1)
		u.PushRoots(f)
		f[0] = u.RefFromNew(b.obj())
		u.Decref(b.obj())
		u.Detach()
		theirs <- b
		<-stop
		u.Attach()
		u.Close(f[0])
		f[0] = Null
		u.PopRoots()
		u.Exit()
		close(done)
	}()
	th.Detach()
	b := <-theirs
	th.Attach()
	th.Collect()
	if b.IsFreed() {
		t.Fatal("deferred object on another thread's stack was freed")
	}
	th.Detach()
	close(stop)
	<-done
	th.Attach()
	th.Collect()
	if !b.IsFreed() {
		t.Fatal("deferred object should die once no frame holds it")
	}

	th.Close(frame[0])
	frame[0] = Null
	th.PopRoots()
	th.Collect()
	if !mine.IsFreed() {
		t.Fatal("deferred object should die once no frame holds it")
	}
}

func TestDeferredCycleDiesInOneCollection(t *testing.T) {
	th := attached(t)
	a, b := newBox(th), newBox(th)
	th.SetDeferred(a.obj())
	th.SetDeferred(b.obj())
	a.add(th, b.obj())
	b.add(th, a.obj())
	th.Decref(a.obj())
	th.Decref(b.obj())
	if n := th.Collect(); n != 2 || !a.IsFreed() || !b.IsFreed() {
		t.Fatalf("Collect() = %d", n)
	}
}

// runtime-model.md (i) 13: callbacks run only for reachable weak
// references; a weak reference that is itself garbage is cleared silently.
func TestWeakrefCallbacksOnlyForReachableWeakrefs(t *testing.T) {
	th := attached(t)
	var called []*Object
	cb := newGofunc(th, func(t *Thread, args []*Object) { called = append(called, args[0]) })

	// Reachable weakref to a garbage cycle: callback runs.
	r := ring(th, 2)
	live, _ := th.NewWeakref(r[0].obj(), cb)
	// A weakref that is part of the garbage (held only by the cycle).
	r2 := ring(th, 2)
	dead, _ := th.NewWeakref(r2[0].obj(), cb)
	r2[1].add(th, dead.obj())
	th.Decref(dead.obj())

	th.Collect()
	if len(called) != 1 || called[0] != live.obj() {
		t.Fatalf("callbacks called with %v, want only the live weakref", called)
	}
	if th.WeakrefGet(live) != nil {
		t.Fatal("weak reference to garbage not cleared")
	}
	if !allFreed(r) || !allFreed(r2) || !dead.IsFreed() {
		t.Fatal("garbage not freed")
	}
	th.Decref(live.obj())
	th.Decref(cb)
}

func TestWeakrefClearedAtDeallocWithCallback(t *testing.T) {
	th := attached(t)
	calls := 0
	cb := newGofunc(th, func(t *Thread, args []*Object) { calls++ })
	p := newPlain(th, 7)
	plainRef, _ := th.NewWeakref(p, nil)
	again, _ := th.NewWeakref(p, nil)
	if again != plainRef {
		t.Fatal("weak references without callback are shared")
	}
	th.Decref(again.obj())
	withCB, _ := th.NewWeakref(p, cb)
	if WeakrefCount(p) != 2 {
		t.Fatalf("WeakrefCount = %d, want 2", WeakrefCount(p))
	}
	got := th.WeakrefGet(plainRef)
	if got != p {
		t.Fatal("WeakrefGet of a live object")
	}
	th.Decref(got)
	th.Decref(p)
	if !p.IsFreed() || calls != 1 || th.WeakrefGet(plainRef) != nil || th.WeakrefGet(withCB) != nil {
		t.Fatalf("freed=%v calls=%d", p.IsFreed(), calls)
	}
	th.Decref(plainRef.obj())
	th.Decref(withCB.obj())
	th.Decref(cb)
	if _, err := th.NewWeakref(cb, nil); err != ErrNotWeakrefable {
		t.Fatalf("weakref to a non-weakrefable type: %v", err)
	}
}

func TestWeakrefGetRacesWithFinalDecref(t *testing.T) {
	th := attached(t)
	for range 200 {
		p := newPlain(th, 1)
		wr, _ := th.NewWeakref(p, nil)
		var wg sync.WaitGroup
		wg.Add(1)
		go func() {
			defer wg.Done()
			u := NewThread()
			u.Attach()
			if o := u.WeakrefGet(wr); o != nil {
				if o.IsFreed() {
					t.Error("WeakrefGet returned a freed object")
				}
				u.Decref(o)
			}
			u.Exit()
		}()
		th.Decref(p)
		th.Detach()
		wg.Wait()
		th.Attach()
		th.Poll() // merge what the other thread queued
		if !p.IsFreed() {
			t.Fatal("not freed")
		}
		th.Decref(wr.obj())
	}
}

// runtime-model.md (i) 13: objects with a legacy tp_del go to gc.garbage.
func TestLegacyDelGoesToGarbage(t *testing.T) {
	th := attached(t)
	b := &box{}
	th.Init(&b.Object, boxDelType)
	th.Track(b.obj())
	b.add(th, b.obj())
	th.Decref(b.obj())
	th.Collect()
	if b.IsFreed() {
		t.Fatal("a tp_del object must not be freed")
	}
	g := th.Garbage()
	found := false
	for _, o := range g {
		found = found || o == b.obj()
		th.Decref(o)
	}
	if !found {
		t.Fatal("not in gc.garbage")
	}
}

// runtime-model.md (i) 11: frozen objects are neither collected nor
// listed; a frozen object sitting in a biased-RC queue is freed after
// unfreeze and a collection (GH-142975).
func TestFrozenObjects(t *testing.T) {
	th := attached(t)
	r := ring(th, 3)
	th.Freeze()
	if FreezeCount() < 3 {
		t.Fatalf("FreezeCount = %d", FreezeCount())
	}
	th.Collect()
	if r[0].IsFreed() {
		t.Fatal("a frozen cycle was collected")
	}
	for _, o := range th.TrackedObjects() {
		if o == r[0].obj() {
			t.Fatal("frozen object listed")
		}
		th.Decref(o)
	}

	// A frozen box whose last reference another thread drops: it waits in
	// the queue of an owner that never reaches a safe point.
	q := make(chan *box)
	finish := make(chan struct{})
	done := make(chan struct{})
	go func() {
		u := NewThread()
		u.Attach()
		b := newBox(u)
		u.Detach()
		q <- b
		<-finish
		u.Attach()
		u.Exit()
		close(done)
	}()
	th.Detach()
	b := <-q
	th.Attach()
	th.Freeze()
	th.Decref(b.obj())
	th.Unfreeze()
	if FreezeCount() != 0 {
		t.Fatal("Unfreeze")
	}
	th.Collect()
	if !b.IsFreed() || !allFreed(r) {
		t.Fatal("unfreeze + collect must free the queued box and the ring")
	}
	th.Detach()
	close(finish)
	<-done
	th.Attach()
}

// runtime-model.md (i) 14: about 2000 net tracked allocations trigger a
// collection at the next safe point; disabling stops that.
func TestAutomaticCollection(t *testing.T) {
	th := attached(t)
	th.Collect()
	var rings [][]*box
	for range 1100 { // 2200 tracked allocations
		rings = append(rings, ring(th, 2))
		th.Poll()
	}
	if !allFreed(rings[0]) {
		t.Fatal("no automatic collection after 2200 tracked allocations")
	}
	th.Collect()

	GCEnable(false)
	defer GCEnable(true)
	rings = rings[:0]
	for range 1100 {
		rings = append(rings, ring(th, 2))
		th.Poll()
	}
	if allFreed(rings[0]) {
		t.Fatal("automatic collection while disabled")
	}
	if n := th.Collect(); n < 2200 {
		t.Fatalf("explicit Collect() = %d while disabled, want it to run", n)
	}
}

func TestSetThresholdRaceSafe(t *testing.T) {
	th := attached(t)
	old := Threshold()
	defer SetThreshold(old)
	var wg sync.WaitGroup
	for i := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			u := NewThread()
			u.Attach()
			for j := range 300 {
				SetThreshold(100 + i*10 + j%7)
				ring(u, 2)
				u.Poll()
			}
			u.Exit()
		}()
	}
	th.Detach()
	wg.Wait()
	th.Attach()
	th.Collect()
}

// runtime-model.md (i) 15: get_objects and get_referrers beside mutators.
func TestIntrospectionBesideMutators(t *testing.T) {
	th := attached(t)
	target := newBox(th)
	holder := newBox(th, target.obj())
	stop := make(chan struct{})
	var wg sync.WaitGroup
	for range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			u := NewThread()
			u.Attach()
			for {
				select {
				case <-stop:
					u.Exit()
					return
				default:
				}
				ring(u, 3)
				b := newBox(u, target.obj())
				u.Decref(b.obj())
				u.Poll()
			}
		}()
	}
	deadline := time.Now().Add(200 * time.Millisecond)
	for time.Now().Before(deadline) {
		objs := th.TrackedObjects()
		for _, o := range objs {
			th.Decref(o)
		}
		refs := th.Referrers(target.obj())
		found := false
		for _, o := range refs {
			found = found || o == holder.obj()
			th.Decref(o)
		}
		if !found {
			t.Fatal("get_referrers missed the holder")
		}
		// type.__subclasses__ walks the same registries while stopped.
		subs := th.Subclasses(ObjectType)
		sawBox := false
		for _, o := range subs {
			sawBox = sawBox || o == boxType.Obj()
			th.Decref(o)
		}
		if !sawBox {
			t.Fatal("Subclasses(object) missed box")
		}
		for _, o := range th.Referents(holder.obj()) {
			th.Decref(o)
		}
		th.Collect()
	}
	close(stop)
	th.Detach()
	wg.Wait()
	th.Attach()
	th.Decref(holder.obj())
	th.Decref(target.obj())
	th.Collect()
	if !target.IsFreed() {
		t.Fatal("leak")
	}
}
