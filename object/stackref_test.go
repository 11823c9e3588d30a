// Tests of stack refs and per-thread counts.

package object

import "testing"

func TestStackRefFromNew(t *testing.T) {
	th := attached(t)
	p := newPlain(th, 1)
	r := th.RefFromNew(p)
	if !r.IsCounted() || th.RefCount(p) != 2 {
		t.Fatalf("a stack ref to an ordinary object is counted: counted=%v rc=%d", r.IsCounted(), th.RefCount(p))
	}
	th.Close(r)
	if th.RefCount(p) != 1 {
		t.Fatal("Close did not drop the reference")
	}

	b := newBox(th)
	th.SetDeferred(b.obj())
	before := th.RefCount(b.obj())
	d := th.RefFromNew(b.obj())
	if d.IsCounted() || th.RefCount(b.obj()) != before {
		t.Fatal("a stack ref to a deferred object must not be counted")
	}
	d2 := th.Dup(d)
	th.Close(d)
	th.Close(d2)
	if th.RefCount(b.obj()) != before {
		t.Fatal("Dup/Close of an uncounted ref changed the count")
	}
	th.Decref(p)
	th.Decref(b.obj())
	th.Collect()
}

func TestStackRefStealBorrowHeapSafe(t *testing.T) {
	th := attached(t)
	p := newPlain(th, 1)
	owned := RefSteal(p)
	if !owned.IsCounted() || !owned.IsHeapSafe() {
		t.Fatal("a stolen ref is counted and heap safe")
	}
	borrowed := RefBorrow(p)
	if borrowed.IsCounted() || borrowed.IsHeapSafe() {
		t.Fatal("a borrow of an ordinary object is neither counted nor heap safe")
	}
	safe := th.MakeHeapSafe(borrowed)
	if !safe.IsCounted() || th.RefCount(p) != 2 {
		t.Fatal("MakeHeapSafe must turn a borrow into a counted ref")
	}
	// AsSteal of an uncounted ref increfs; of a counted one transfers.
	heap := th.AsSteal(borrowed)
	if th.RefCount(p) != 3 {
		t.Fatal("AsSteal of a borrow must incref")
	}
	th.Decref(heap)
	th.Close(safe)
	th.Decref(th.AsSteal(owned))
	if !p.IsFreed() {
		t.Fatal("counts do not add up")
	}
	if !Null.IsNull() || !Null.IsHeapSafe() {
		t.Fatal("Null")
	}
	th.Close(Null) // allowed
}

func TestPerThreadCountsMergeAtCollectionAndExit(t *testing.T) {
	th := attached(t)
	holder := newBox(th)
	var id int32
	th.AssignUniqueID(holder.obj(), &id)
	if id == NoUniqueID || !holder.IsDeferred() {
		t.Fatal("a unique-id holder is deferred and has an id")
	}
	base := th.RefCount(holder.obj())
	for range 5 {
		th.IncrefUnique(holder.obj(), LoadUniqueID(&id))
	}
	if th.RefCount(holder.obj()) != base {
		t.Fatal("per-thread increfs must not touch the header")
	}
	onOther(th, func(u *Thread) {
		for range 3 {
			u.IncrefUnique(holder.obj(), id)
		}
		u.DecrefUnique(holder.obj(), id)
	}) // merged at the other thread's exit
	if got := th.RefCount(holder.obj()); got != base+2 {
		t.Fatalf("after the other thread exited: %d, want %d", got, base+2)
	}
	th.Collect() // merges th's own five
	if got := th.RefCount(holder.obj()); got != base+7 {
		t.Fatalf("after a collection: %d, want %d", got, base+7)
	}
	for range 7 {
		th.DecrefUnique(holder.obj(), id)
	}
	th.Decref(holder.obj())
	if n := th.Collect(); n != 1 || !holder.IsFreed() {
		t.Fatalf("Collect() = %d; the unreferenced holder should be freed", n)
	}
	if LoadUniqueID(&id) != NoUniqueID {
		t.Fatal("the collector must revoke the unique id it frees")
	}
}

func TestUniqueIDsAreOrdinaryInGILMode(t *testing.T) {
	withConfig(t, Config{GIL: true}, func() {
		th := NewThread()
		th.Attach()
		defer th.Exit()
		b := newBox(th)
		var id int32
		th.AssignUniqueID(b.obj(), &id)
		if id != NoUniqueID || b.IsDeferred() {
			t.Fatal("GIL mode has no unique ids")
		}
		th.IncrefUnique(b.obj(), id)
		if th.RefCount(b.obj()) != 2 {
			t.Fatal("IncrefUnique without an id is an ordinary incref")
		}
		th.DecrefUnique(b.obj(), id)
		th.Decref(b.obj())
		if !b.IsFreed() {
			t.Fatal("not freed")
		}
	})
}
