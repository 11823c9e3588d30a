// Stress test: several goroutine threads share objects, incref and decref
// them as owners and non-owners in random order, hand references across
// threads, build cycles, exit while their objects live on, and collect
// concurrently. At the end every object must have been freed exactly once
// (live counters back to zero; a double free or a use after free panics
// with UseAfterFree in debug mode).

package object

import (
	"math/rand/v2"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

func TestStressSharedObjects(t *testing.T) {
	const (
		workers  = 8
		lifetime = 2000 // operations before a worker's thread exits and a new one starts
	)
	duration := 2 * time.Second
	if testing.Short() {
		duration = 300 * time.Millisecond
	}
	boxes, plains := liveDelta(boxType), liveDelta(plainType)
	main := attached(t)

	// A few long-lived shared containers that every worker appends to.
	shared := make([]*box, 4)
	for i := range shared {
		shared[i] = newBox(main)
		if i%2 == 0 {
			EnableDeferredRefcount(shared[i].obj())
		}
	}

	inbox := make([]chan *Object, workers)
	for i := range inbox {
		inbox[i] = make(chan *Object, 64)
	}
	var finalized atomic.Int64
	deadline := time.Now().Add(duration)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rng := rand.New(rand.NewPCG(uint64(w), 42))
			var held []*Object // references this goroutine owns
			th := NewThread()
			th.Attach()
			ops := 0
			drop := func(i int) {
				o := held[i]
				held[i] = held[len(held)-1]
				held = held[:len(held)-1]
				th.Decref(o)
			}
			for time.Now().Before(deadline) {
				ops++
				switch op := rng.IntN(12); {
				case op == 0:
					held = append(held, newPlain(th, ops))
				case op == 1:
					b := newBox(th)
					if rng.IntN(4) == 0 {
						b.finalize = func(t *Thread, b *box) { finalized.Add(1) }
					}
					if rng.IntN(8) == 0 {
						EnableDeferredRefcount(b.obj())
					}
					held = append(held, b.obj())
				case op == 2 && len(held) > 0: // a second reference
					o := held[rng.IntN(len(held))]
					th.Incref(o)
					held = append(held, o)
				case op == 3 && len(held) > 0:
					drop(rng.IntN(len(held)))
				case op == 4 && len(held) > 0: // hand a reference to another thread
					i := rng.IntN(len(held))
					select {
					case inbox[rng.IntN(workers)] <- held[i]:
						held[i] = held[len(held)-1]
						held = held[:len(held)-1]
					default:
					}
				case op == 5:
					select {
					case o := <-inbox[w]:
						held = append(held, o)
					default:
					}
				case op == 6: // a garbage cycle
					a, b := newBox(th), newBox(th)
					a.add(th, b.obj())
					b.add(th, a.obj())
					if len(held) > 0 {
						a.add(th, held[rng.IntN(len(held))])
					}
					th.Decref(a.obj())
					th.Decref(b.obj())
				case op == 7 && len(held) > 0: // store into a shared container
					shared[rng.IntN(len(shared))].add(th, held[rng.IntN(len(held))])
				case op == 8 && len(held) > 0 && rng.IntN(8) == 0:
					th.Collect()
				case op == 9 && len(held) > 0: // a deferred object on the stack
					frame := []StackRef{th.RefFromNew(held[rng.IntN(len(held))])}
					th.PushRoots(frame)
					th.Poll()
					th.Close(frame[0])
					frame[0] = Null
					th.PopRoots()
				case op == 10 && len(held) > 0: // a weak reference read
					o := held[rng.IntN(len(held))]
					if wr, err := th.NewWeakref(o, nil); err == nil {
						if got := th.WeakrefGet(wr); got != nil {
							th.Decref(got)
						}
						th.Decref(&wr.Object)
					}
				default:
					th.Poll()
				}
				if ops%lifetime == 0 {
					// Exit while holding references: they outlive the thread.
					th.Exit()
					th = NewThread()
					th.Attach()
				}
			}
			for len(held) > 0 {
				drop(len(held) - 1)
			}
			th.Exit()
		}()
	}
	main.Detach()
	wg.Wait()
	main.Attach()
	for _, ch := range inbox {
		close(ch)
		for o := range ch {
			main.Decref(o)
		}
	}
	for _, b := range shared {
		main.Decref(b.obj())
	}
	main.Collect()
	main.Collect()
	if d := boxes(); d != 0 {
		t.Errorf("%d boxes leaked", d)
	}
	if d := plains(); d != 0 {
		t.Errorf("%d plain objects leaked", d)
	}
	t.Logf("finalizers run: %d", finalized.Load())
}

// Stop-the-world under churn: threads attach, detach, poll and exit while
// another thread stops the world repeatedly.
func TestStressStopTheWorld(t *testing.T) {
	main := attached(t)
	var running atomic.Bool
	running.Store(true)
	var wg sync.WaitGroup
	var counter atomic.Int64
	for w := range 6 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for running.Load() {
				th := NewThread()
				th.Attach()
				for i := range 500 {
					counter.Add(1)
					th.Poll()
					if (i+w)%50 == 0 {
						th.Detach()
						time.Sleep(time.Microsecond)
						th.Attach()
					}
				}
				th.Exit()
			}
		}()
	}
	deadline := time.Now().Add(500 * time.Millisecond)
	stops := 0
	for time.Now().Before(deadline) {
		main.StopTheWorld()
		// While stopped, no other thread may run Python code.
		before := counter.Load()
		time.Sleep(50 * time.Microsecond)
		if after := counter.Load(); after != before {
			main.StartTheWorld()
			t.Fatalf("a thread ran during a stop: %d -> %d", before, after)
		}
		main.StartTheWorld()
		stops++
	}
	running.Store(false)
	main.Detach()
	wg.Wait()
	main.Attach()
	if stops == 0 {
		t.Fatal("no stop completed")
	}
}
