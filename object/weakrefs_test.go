package object

import (
	"sync"
	"testing"
)

// Weakrefs (weakref.getweakrefs) on one thread races with the final
// decref of a weak reference on another: what it returns must be alive.
func TestWeakrefsRacesWithWeakrefFinalDecref(t *testing.T) {
	th := attached(t)
	p := newPlain(th, 1)
	cb := newPlain(th, 1) // a callback makes each weak reference distinct
	for range 200 {
		wr1, _ := th.NewWeakref(p, cb)
		wr2, _ := th.NewWeakref(p, cb)
		var wg sync.WaitGroup
		wg.Add(1)
		go func() {
			defer wg.Done()
			u := NewThread()
			u.Attach()
			refs := u.Weakrefs(p)
			if len(refs) > 2 {
				t.Errorf("Weakrefs returned %d references, want at most 2", len(refs))
			}
			for _, r := range refs {
				if r.IsFreed() {
					t.Error("Weakrefs returned a freed weak reference")
				}
				u.Decref(r)
			}
			u.Exit()
		}()
		th.Decref(wr1.obj())
		th.Detach()
		wg.Wait()
		th.Attach()
		th.Poll()
		if got := th.Weakrefs(p); len(got) != 1 || got[0] != wr2.obj() {
			t.Fatalf("after dropping one of two weak references, Weakrefs = %v", got)
		} else {
			th.Decref(got[0])
		}
		th.Decref(wr2.obj())
	}
	th.Decref(p)
	th.Decref(cb)
}
