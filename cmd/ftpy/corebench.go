// This file implements `ftpy corebench`: the object core's scaling
// demonstration of deferred reference counting.

package main

import (
	"fmt"
	"io"
	"sync"
	"time"

	"github.com/ftpy/ftpy/ext/unstable"
	"github.com/ftpy/ftpy/object"
)

// callable stands in for a function object: GC-capable, so that it can be
// deferred.
var callableType = object.NewStaticType(&object.Type{
	Name:     "callable",
	Flags:    object.FlagGC,
	Traverse: func(*object.Object, object.Visitor) {},
})

type workload struct {
	name  string
	setup func(t *object.Thread, o *object.Object)
}

var workloads = []workload{
	{"deferred", func(t *object.Thread, o *object.Object) { unstable.EnableDeferredRefcount(o) }},
	{"immortal", func(t *object.Thread, o *object.Object) { unstable.SetImmortal(t, o) }},
	{"counted", func(t *object.Thread, o *object.Object) {}},
}

func runCoreBench(w io.Writer, threads, iters int) {
	main := object.NewThread()
	main.Attach()
	defer main.Exit()
	fmt.Fprintf(w, "load+drop of one shared object, %d iterations per thread\n", iters)
	fmt.Fprintf(w, "%-10s %12s %14s %9s\n", "object", "1 thread", fmt.Sprintf("%d threads", threads), "speedup")
	for _, wl := range workloads {
		o := &object.Object{}
		main.Init(o, callableType)
		main.Track(o)
		wl.setup(main, o)
		// Best of three: the machines are shared and noisy.
		t1, tn := bestOf(3, func() time.Duration { return timeThreads(main, o, 1, iters) }),
			bestOf(3, func() time.Duration { return timeThreads(main, o, threads, iters) })
		speedup := float64(threads) * float64(t1) / float64(tn)
		fmt.Fprintf(w, "%-10s %9.2f ns %11.2f ns %8.2fx\n", wl.name,
			float64(t1.Nanoseconds())/float64(iters), float64(tn.Nanoseconds())/float64(iters), speedup)
		main.Decref(o)
	}
	main.Collect()
}

// timeThreads runs n threads that each push and pop a stack ref to o
// iters times, and returns the wall time.
func timeThreads(main *object.Thread, o *object.Object, n, iters int) time.Duration {
	var wg sync.WaitGroup
	var ready sync.WaitGroup
	start := make(chan struct{})
	for range n {
		wg.Add(1)
		ready.Add(1)
		go func() {
			defer wg.Done()
			t := object.NewThread()
			ready.Done()
			<-start // detached while waiting
			t.Attach()
			for range iters {
				r := t.RefFromNew(o)
				t.Close(r)
			}
			t.Exit()
		}()
	}
	main.Detach()
	ready.Wait()
	begin := time.Now()
	close(start)
	wg.Wait()
	elapsed := time.Since(begin)
	main.Attach()
	return elapsed
}

func bestOf(n int, f func() time.Duration) time.Duration {
	best := f()
	for range n - 1 {
		best = min(best, f())
	}
	return best
}
