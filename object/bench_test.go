// Benchmarks of the reference-counting paths (issue: the cost of counting)
// and of the collector. Compare runs with benchstat:
//
//	go test -run='^$' -bench=. -count=10 ./object > new.txt
//	benchstat old.txt new.txt

package object

import (
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

func BenchmarkRefcount(b *testing.B) {
	b.Run("empty", func(b *testing.B) {
		th := attached(b)
		o := newPlain(th, 1)
		var sink *Object
		for b.Loop() {
			sink = o
		}
		_ = sink
		th.Decref(o)
	})
	b.Run("owner", func(b *testing.B) {
		th := attached(b)
		o := newPlain(th, 1)
		for b.Loop() {
			th.Incref(o)
			th.Decref(o)
		}
		th.Decref(o)
	})
	b.Run("nonowner", func(b *testing.B) {
		th := attached(b)
		var o *Object
		onOther(th, func(u *Thread) { o = newPlain(u, 1) })
		for b.Loop() {
			th.Incref(o)
			th.Decref(o)
		}
		th.Decref(o)
	})
	b.Run("contended", func(b *testing.B) {
		// Two threads, neither the owner, incref and decref one object:
		// every operation is an atomic on the same cache line. ns/op is
		// the time each thread takes per incref+decref pair.
		th := attached(b)
		var o *Object
		onOther(th, func(u *Thread) { o = newPlain(u, 1) })
		var wg sync.WaitGroup
		start := make(chan struct{})
		for range 2 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				u := NewThread()
				u.Attach()
				<-start
				for range b.N {
					u.Incref(o)
					u.Decref(o)
				}
				u.Exit()
			}()
		}
		b.ResetTimer()
		close(start)
		th.Detach()
		wg.Wait()
		th.Attach()
		b.StopTimer()
		th.Decref(o)
	})
	b.Run("immortal", func(b *testing.B) {
		th := attached(b)
		o := newPlain(th, 1)
		th.MakeImmortal(o)
		for b.Loop() {
			th.Incref(o)
			th.Decref(o)
		}
	})
	b.Run("deferred-stackref", func(b *testing.B) {
		th := attached(b)
		d := newBox(th)
		th.SetDeferred(d.obj())
		o := d.obj()
		for b.Loop() {
			r := th.RefFromNew(o)
			th.Close(r)
		}
		th.Decref(o)
		th.Collect()
	})
	b.Run("pertype", func(b *testing.B) {
		th := attached(b)
		h := newBox(th)
		var id int32
		th.AssignUniqueID(h.obj(), &id)
		o := h.obj()
		th.IncrefUnique(o, id) // grow the array outside the loop
		for b.Loop() {
			th.IncrefUnique(o, id)
			th.DecrefUnique(o, id)
		}
		th.DecrefUnique(o, id)
		th.Decref(o)
		th.Collect()
	})
}

// BenchmarkRefcountLayout measures the choice documented in refcount.go:
// the owner's local count updated with plain loads and stores (what
// ftpy does), with an atomic load and store (what the race detector would
// demand if non-owners read local), and with an atomic add.
func BenchmarkRefcountLayout(b *testing.B) {
	type hdr struct {
		tid   uintptr
		local uint32
	}
	const me = 42
	h := &hdr{tid: me, local: 1}
	b.Run("plain", func(b *testing.B) {
		for b.Loop() {
			if atomic.LoadUintptr(&h.tid) == me {
				h.local++
			}
			if atomic.LoadUintptr(&h.tid) == me {
				h.local--
			}
		}
	})
	b.Run("atomic-load-store", func(b *testing.B) {
		for b.Loop() {
			if atomic.LoadUintptr(&h.tid) == me {
				atomic.StoreUint32(&h.local, atomic.LoadUint32(&h.local)+1)
			}
			if atomic.LoadUintptr(&h.tid) == me {
				atomic.StoreUint32(&h.local, atomic.LoadUint32(&h.local)-1)
			}
		}
	})
	b.Run("atomic-add", func(b *testing.B) {
		for b.Loop() {
			if atomic.LoadUintptr(&h.tid) == me {
				atomic.AddUint32(&h.local, 1)
			}
			if atomic.LoadUintptr(&h.tid) == me {
				atomic.AddUint32(&h.local, ^uint32(0))
			}
		}
	})
}

// pairRef is the two-word stack ref representation measured against
// StackRef: the pointer and a separate flag word.
type pairRef struct {
	obj   *Object
	flags uintptr
}

func (t *Thread) pairFromNew(o *Object) pairRef {
	if atomic.LoadUint32(&o.bits)&bitDeferred != 0 {
		return pairRef{o, refUncounted}
	}
	return t.pairNewCounted(o)
}

func (t *Thread) pairNewCounted(o *Object) pairRef {
	t.Incref(o)
	return pairRef{o, 0}
}

func (t *Thread) pairClose(r pairRef) {
	if r.flags&refUncounted == 0 && r.obj != nil {
		t.decrefOutlined(r.obj)
	}
}

// BenchmarkStackRefRepr pushes and pops refs on a value stack, the eval
// loop's pattern, with both representations, for a deferred object
// (uncounted) and an ordinary one (counted).
func BenchmarkStackRefRepr(b *testing.B) {
	th := attached(b)
	d := newBox(th)
	th.SetDeferred(d.obj())
	p := newPlain(th, 1)
	for _, c := range []struct {
		name string
		o    *Object
	}{{"deferred", d.obj()}, {"counted", p}} {
		b.Run("tagged-pointer/"+c.name, func(b *testing.B) {
			stack := make([]StackRef, 16)
			o := c.o
			for b.Loop() {
				for i := range 8 {
					stack[i] = th.RefFromNew(o)
				}
				for i := 7; i >= 0; i-- {
					th.Close(stack[i])
					stack[i] = Null
				}
			}
		})
		b.Run("two-word/"+c.name, func(b *testing.B) {
			stack := make([]pairRef, 16)
			o := c.o
			for b.Loop() {
				for i := range 8 {
					stack[i] = th.pairFromNew(o)
				}
				for i := 7; i >= 0; i-- {
					th.pairClose(stack[i])
					stack[i] = pairRef{}
				}
			}
		})
	}
	th.Decref(p)
	th.Decref(d.obj())
	th.Collect()
}

// BenchmarkCollect times a collection over 100k tracked objects, all
// reachable (the common case: the collector finds little garbage), and
// reports the cost per object.
func BenchmarkCollect(b *testing.B) {
	th := attached(b)
	const n = 100_000
	root := newBox(th)
	for range n - 1 {
		c := newBox(th)
		root.add(th, c.obj())
		th.Decref(c.obj())
	}
	th.Collect()
	var total time.Duration
	for b.Loop() {
		start := time.Now()
		th.Collect()
		total += time.Since(start)
	}
	b.ReportMetric(float64(total.Nanoseconds())/float64(b.N)/n, "ns/object")
	th.Decref(root.obj())
	th.Collect()
}
