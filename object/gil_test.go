package object

import (
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// TestGILExcludesAttachedThreads checks GIL mode's lock: of several
// threads attaching and running, never two are attached at once, and a
// thread that never blocks is made to let the others run by the switch
// interval (each thread polls, as the eval loop does).
func TestGILExcludesAttachedThreads(t *testing.T) {
	withConfig(t, Config{GIL: true}, func() {
		old := SwitchInterval()
		SetSwitchInterval(time.Millisecond)
		defer SetSwitchInterval(old)
		const threads = 4
		var inside, maxInside atomic.Int32
		var progress [threads]atomic.Int64
		var stop atomic.Bool
		var wg sync.WaitGroup
		for i := range threads {
			wg.Add(1)
			go func() {
				defer wg.Done()
				u := NewThread()
				u.Attach()
				for !stop.Load() {
					n := inside.Add(1)
					if n > maxInside.Load() {
						maxInside.Store(n)
					}
					// Work that touches shared counts with plain operations.
					progress[i].Add(1)
					inside.Add(-1)
					u.Poll()
				}
				u.Exit()
			}()
		}
		deadline := time.Now().Add(2 * time.Second)
		for {
			all := true
			for i := range threads {
				if progress[i].Load() < 100 {
					all = false
				}
			}
			if all || time.Now().After(deadline) {
				break
			}
			time.Sleep(time.Millisecond)
		}
		stop.Store(true)
		wg.Wait()
		if m := maxInside.Load(); m != 1 {
			t.Errorf("%d threads ran attached at once, want 1", m)
		}
		for i := range threads {
			if progress[i].Load() < 100 {
				t.Errorf("thread %d made %d steps: the switch interval did not let it run", i, progress[i].Load())
			}
		}
	})
}

// TestGILReleasedWhileDetached checks that a detached (blocked) thread
// does not hold the GIL.
func TestGILReleasedWhileDetached(t *testing.T) {
	withConfig(t, Config{GIL: true}, func() {
		th := NewThread()
		th.Attach()
		ran := false
		onOther(th, func(u *Thread) { ran = true }) // th is detached meanwhile
		if !ran {
			t.Fatal("the other thread could not attach while th was detached")
		}
		th.Exit()
	})
}
