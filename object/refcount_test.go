// Tests of biased, immortal and deferred reference counting on single
// objects, including the hand-off between threads.

package object

import (
	"errors"
	"strings"
	"testing"
)

func TestOwnerCountsAndFreesAtZero(t *testing.T) {
	th := attached(t)
	delta := liveDelta(plainType)
	o := newPlain(th, 1)
	if got := th.RefCount(o); got != 1 {
		t.Fatalf("new object refcount = %d, want 1", got)
	}
	th.Incref(o)
	th.Incref(o)
	if got := th.RefCount(o); got != 3 {
		t.Fatalf("after two increfs refcount = %d, want 3", got)
	}
	th.Decref(o)
	th.Decref(o)
	if o.IsFreed() || delta() != 1 {
		t.Fatal("object freed while a reference remained")
	}
	th.Decref(o)
	if !o.IsFreed() || delta() != 0 {
		t.Fatal("object not freed when its count reached zero")
	}
}

func TestUseAfterFreePanicsWithTypeAndSite(t *testing.T) {
	th := attached(t)
	o := newPlain(th, 1)
	th.Decref(o)
	defer func() {
		r := recover()
		var uaf *UseAfterFree
		err, _ := r.(error)
		if !errors.As(err, &uaf) {
			t.Fatalf("recovered %v, want *UseAfterFree", r)
		}
		if uaf.Type != "plain" || uaf.Op != "Incref" {
			t.Errorf("got %+v", uaf)
		}
		if !strings.Contains(uaf.FreeSite, "TestUseAfterFreePanicsWithTypeAndSite") {
			t.Errorf("free site does not name the freeing function:\n%s", uaf.FreeSite)
		}
	}()
	th.Incref(o)
}

func TestDoubleDecrefPanics(t *testing.T) {
	th := attached(t)
	o := newPlain(th, 1)
	th.Decref(o)
	defer func() {
		if uaf, ok := recover().(*UseAfterFree); !ok || uaf.Op != "Decref" {
			t.Fatalf("second decref did not panic with UseAfterFree")
		}
	}()
	th.Decref(o)
}

func TestDeallocRunsOnceAndDropsChildren(t *testing.T) {
	th := attached(t)
	child := newPlain(th, 1)
	b := newBox(th, child)
	th.Decref(child) // the box holds the only reference now
	if child.IsFreed() {
		t.Fatal("child freed while the box holds it")
	}
	th.Decref(b.obj())
	if !b.IsFreed() || !child.IsFreed() {
		t.Fatal("box and child should both be freed")
	}
	if b.IsTracked() {
		t.Fatal("freed box still tracked")
	}
}

// A reference created on one thread and dropped on another: the shared
// count would go negative, so the object is queued to its owner, which
// frees it at its next safe point (runtime-model.md (i) 10).
func TestNonOwnerDecrefQueuesToOwnerSafePoint(t *testing.T) {
	th := attached(t)
	o := newPlain(th, 1)
	onOther(th, func(u *Thread) { u.Decref(o) })
	if o.IsFreed() {
		t.Fatal("freed before the owner merged")
	}
	if o.loadShared() != stateQueued {
		t.Fatalf("shared = %d, want QUEUED", o.loadShared())
	}
	if th.evalBreaker.Load()&breakerMerge == 0 {
		t.Fatal("owner's eval breaker not set")
	}
	th.Poll()
	if !o.IsFreed() {
		t.Fatal("not freed at the owner's safe point")
	}
}

func TestNonOwnerDecrefFreedAtOwnerExit(t *testing.T) {
	th := attached(t)
	done := make(chan struct{})
	owner := make(chan *Object)
	release := make(chan struct{})
	go func() {
		u := NewThread()
		u.Attach()
		o := newPlain(u, 1)
		u.Detach()
		owner <- o
		<-release
		u.Attach()
		u.Exit() // drains the queue
		close(done)
	}()
	th.Detach()
	o := <-owner
	th.Attach()
	th.Decref(o)
	if o.IsFreed() {
		t.Fatal("freed before the owner merged")
	}
	th.Detach()
	close(release)
	<-done
	th.Attach()
	if !o.IsFreed() {
		t.Fatal("not freed at the owner's exit")
	}
}

func TestNonOwnerDecrefFreedByNextCollection(t *testing.T) {
	th := attached(t)
	owner := make(chan *Object)
	finish := make(chan struct{})
	done := make(chan struct{})
	go func() {
		u := NewThread()
		u.Attach()
		o := newPlain(u, 1)
		u.Detach() // never reaches a safe point while the test runs
		owner <- o
		<-finish
		u.Attach()
		u.Exit()
		close(done)
	}()
	th.Detach()
	o := <-owner
	th.Attach()
	th.Decref(o)
	if o.IsFreed() {
		t.Fatal("freed too early")
	}
	th.Collect()
	if !o.IsFreed() {
		t.Fatal("the collection did not merge the queue")
	}
	th.Detach()
	close(finish)
	<-done
	th.Attach()
}

func TestReferencesOutliveOwnerThread(t *testing.T) {
	th := attached(t)
	var o *Object
	onOther(th, func(u *Thread) {
		o = newPlain(u, 1)
		u.Incref(o) // two references, both counted in u's local count
	})
	// u exited; its objects keep working with atomics.
	th.Incref(o)
	if got := th.RefCount(o); got != 3 {
		t.Fatalf("refcount = %d, want 3", got)
	}
	th.Decref(o)
	th.Decref(o)
	if o.IsFreed() {
		t.Fatal("freed with a reference left")
	}
	th.Decref(o)
	if !o.IsFreed() {
		t.Fatal("not freed after the last decref")
	}
}

func TestOwnerMergesWhenOthersHoldReferences(t *testing.T) {
	th := attached(t)
	o := newPlain(th, 1)
	var other *Thread
	hold := make(chan struct{})
	drop := make(chan struct{})
	done := make(chan struct{})
	go func() {
		other = NewThread()
		other.Attach()
		other.Incref(o)
		other.Detach()
		close(hold)
		<-drop
		other.Attach()
		other.Decref(o)
		other.Exit()
		close(done)
	}()
	th.Detach()
	<-hold
	th.Attach()
	th.Decref(o) // the owner's last local reference: o becomes unowned
	if o.IsFreed() {
		t.Fatal("freed while another thread holds a reference")
	}
	if o.loadTid() != tidUnowned || o.loadShared()&stateMask != stateMerged {
		t.Fatalf("tid=%d shared=%d, want unowned and merged", o.loadTid(), o.loadShared())
	}
	th.Detach()
	close(drop)
	<-done
	th.Attach()
	if !o.IsFreed() {
		t.Fatal("not freed by the other thread's last decref")
	}
}

func TestImmortalIgnoresCounts(t *testing.T) {
	th := attached(t)
	o := newPlain(th, 1)
	th.MakeImmortal(o)
	for range 10 {
		th.Decref(o)
	}
	th.Incref(o)
	if !o.IsImmortal() || o.IsFreed() {
		t.Fatal("immortal object freed")
	}
	if got := th.RefCount(o); got != 3<<30 {
		t.Fatalf("immortal refcount = %d, want %d", got, 3<<30)
	}
	onOther(th, func(u *Thread) { u.Decref(o); u.Decref(o) })
	if o.IsFreed() {
		t.Fatal("immortal object freed by another thread")
	}
	if !o.IsDeferred() {
		t.Fatal("immortal objects are deferred so stack refs skip them")
	}
}

func TestLocalCountOverflowMakesImmortal(t *testing.T) {
	th := attached(t)
	o := newPlain(th, 1)
	o.local = localImmortal - 2
	th.Incref(o)
	if o.IsImmortal() {
		t.Fatal("immortal too early")
	}
	th.Incref(o)
	if !o.IsImmortal() {
		t.Fatal("a count reaching the immortal value must make the object immortal")
	}
}

func TestDeferredObjectSurvivesZeroCountedRefs(t *testing.T) {
	th := attached(t)
	b := newBox(th)
	th.SetDeferred(b.obj())
	if !b.IsDeferred() {
		t.Fatal("not deferred")
	}
	if rc := th.RefCount(b.obj()); rc < deferredBias {
		t.Fatalf("deferred refcount %d should include the bias", rc)
	}
	th.Decref(b.obj()) // the last counted reference
	if b.IsFreed() {
		t.Fatal("a deferred object is freed only by the collector")
	}
	if n := th.Collect(); n != 1 || !b.IsFreed() {
		t.Fatalf("Collect() = %d, freed=%v; want 1, true", n, b.IsFreed())
	}
}

func TestSetDeferredIsNoOpInGILMode(t *testing.T) {
	withConfig(t, Config{GIL: true}, func() {
		th := NewThread()
		th.Attach()
		defer th.Exit()
		b := newBox(th)
		th.SetDeferred(b.obj())
		if b.IsDeferred() {
			t.Fatal("deferred in GIL mode")
		}
		th.Decref(b.obj())
		if !b.IsFreed() {
			t.Fatal("GIL mode counts are plain: freed at zero")
		}
	})
}

func TestGILModeThreadsShareOwnership(t *testing.T) {
	withConfig(t, Config{GIL: true}, func() {
		th := NewThread()
		th.Attach()
		defer th.Exit()
		o := newPlain(th, 1)
		onOther(th, func(u *Thread) {
			u.Incref(o)
			if o.loadShared() != 0 {
				t.Error("GIL mode used the shared count")
			}
			u.Decref(o)
		})
		if got := th.RefCount(o); got != 1 {
			t.Fatalf("refcount = %d, want 1", got)
		}
		th.Decref(o)
		if !o.IsFreed() {
			t.Fatal("not freed")
		}
	})
}

// runtime-model.md (i) 6 and 7 on the built-in values: True, False,
// None, 0, () and -5..255 are immortal; fresh objects and 300..399 are
// not; object() and [] are uniquely referenced, () and 42 are not.
func TestImmortalBuiltinsAndUniqueness(t *testing.T) {
	th := attached(t)
	for _, o := range []*Object{True, False, None, &EmptyTuple.Object, NewInt(th, 0)} {
		if !o.IsImmortal() || th.IsUniquelyReferenced(o) {
			t.Errorf("%s: want immortal, not uniquely referenced", o.typ.Name)
		}
	}
	for v := int64(-5); v <= 255; v++ {
		if !NewInt(th, v).IsImmortal() {
			t.Fatalf("%d should be immortal", v)
		}
	}
	for v := int64(300); v < 400; v++ {
		i := NewInt(th, v)
		if i.IsImmortal() || !th.IsUniquelyReferenced(i) {
			t.Fatalf("%d should be a mortal, unique new int", v)
		}
		th.Decref(i)
	}
	l := NewList(th, nil)
	if l.IsImmortal() || !th.IsUniquelyReferenced(l.Obj()) {
		t.Error("[] is mortal and uniquely referenced")
	}
	outer := NewList(th, []*Object{th.NewRef(l.Obj())})
	if th.IsUniquelyReferenced(l.Obj()) {
		t.Error("a list stored in another is not uniquely referenced")
	}
	th.Decref(outer.Obj())
	th.Decref(l.Obj())
	s := NewStr(th, "not interned")
	if th.SetImmortal(s) {
		t.Error("SetImmortal refuses str")
	}
	th.Decref(s)
}
