package object

import (
	"math/rand/v2"
	"sync"
	"testing"
	"time"
)

// TestStressRecycledObjectsStayListed runs threads that allocate dicts
// (GC objects with a free list), hand some to other threads to drop,
// exit while others still hold theirs (so objects die and are recycled on
// threads whose registries do not list them, while the listing thread
// may be compacting its registry), make self-referencing cycles out of
// recycled dicts, and collect. Reusing a dict from a free list writes none
// of its bits (dealloc's untrack cleared them): if that ever let a recycled
// object keep bitListed after its registry dropped it, the collector
// would no longer see it, and its cycle would outlive the final
// collection. Free lists are off in debug mode, so this test runs without
// it.
func TestStressRecycledObjectsStayListed(t *testing.T) {
	if err := Configure(Config{}); err != nil {
		t.Fatal(err)
	}
	defer func() {
		if err := Configure(Config{Debug: true}); err != nil {
			t.Fatal(err)
		}
	}()
	duration := time.Second
	if testing.Short() {
		duration = 200 * time.Millisecond
	}
	main := NewThread()
	main.Attach()
	var (
		mu   sync.Mutex
		made []*Dict
	)
	record := func(d *Dict) {
		mu.Lock()
		made = append(made, d)
		mu.Unlock()
	}
	handoff := make(chan *Dict, 64)
	deadline := time.Now().Add(duration)
	var wg sync.WaitGroup
	for w := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			stressThread(uint64(w), deadline, 300, func(th *Thread, rng *rand.Rand, ops int) {
				switch rng.IntN(8) {
				case 0, 1, 2:
					// A cycle: only the collector frees it.
					d := NewDict(th)
					record(d)
					_ = d.SetItem(th, SmallInt(1), d.Obj())
					th.Decref(d.Obj())
				case 3, 4:
					d := NewDict(th)
					record(d)
					select {
					case handoff <- d:
					default:
						th.Decref(d.Obj())
					}
				case 5, 6:
					select {
					case d := <-handoff:
						th.Decref(d.Obj())
					default:
					}
				case 7:
					if ops%50 == 0 {
						th.Collect()
					}
				}
			})
		}()
	}
	main.Detach()
	wg.Wait()
	main.Attach()
	for len(handoff) > 0 {
		main.Decref((<-handoff).Obj())
	}
	main.Collect()
	main.Collect()
	alive := 0
	for _, d := range made {
		if d.loadBits()&bitTracked != 0 && d.loadTid() != tidFreed {
			alive++
		}
	}
	main.Exit()
	if alive != 0 {
		t.Errorf("%d of %d dicts still tracked after the final collection: cycles the collector lost", alive, len(made))
	}
}
