package object

import (
	"math/rand/v2"
	"sync"
	"testing"
	"time"
)

// TestStressSharedDictAndList has threads replace, read, delete and
// iterate the items of one dict and one list at once, with values that
// each thread allocates (so reads by other threads take the try-incref
// path and race with the writer's final decref), and threads exiting and
// starting while their values are still in the containers. At the end
// every value is accounted for: the live counts of floats, dicts and
// lists return to where they started, and debug mode's poisoning turns any
// use of a freed value into a panic.
func TestStressSharedDictAndList(t *testing.T) {
	const (
		workers  = 6
		keys     = 2    // few keys: readers and writers meet on each
		lifetime = 3000 // operations before a worker's thread exits
	)
	duration := time.Second
	if testing.Short() {
		duration = 200 * time.Millisecond
	}
	floats, dicts, lists := liveDelta(FloatType), liveDelta(DictType), liveDelta(ListType)
	main := attached(t)
	d := NewDict(main)
	l := NewList(main, nil)
	names := make([]*Str, keys)
	for i := range names {
		names[i] = Intern(string(rune('a' + i)))
		l.Append(main, None)
	}
	deadline := time.Now().Add(duration)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			stressThread(uint64(w), deadline, lifetime, func(th *Thread, rng *rand.Rand, ops int) {
				k := rng.IntN(keys)
				switch rng.IntN(10) {
				case 0, 1:
					v := NewFloat(th, float64(ops))
					d.SetStr(th, names[k], v)
					th.Decref(v)
				case 2, 3:
					if v := d.GetStrRef(th, names[k]); v != nil {
						if v.Type() != FloatType {
							panic("dict value of the wrong type")
						}
						th.Decref(v)
					}
				case 4:
					if r := d.LoadStr(th, names[k]); !r.IsNull() {
						th.Close(r)
					}
				case 5:
					if v, _ := d.Pop(th, &names[k].Object); v != nil {
						th.Decref(v)
					}
				case 6:
					c := d.Copy(th)
					th.Decref(c.Obj())
				case 7:
					v := NewFloat(th, float64(ops))
					l.SetItemAt(th, k, v)
					th.Decref(v)
				case 8:
					if v := l.ItemRef(th, k); v != nil {
						th.Decref(v)
					}
				case 9:
					items := l.Snapshot(th)
					if len(items) != keys {
						panic("list changed length")
					}
					decrefAll(th, items)
				}
			})
		}()
	}
	main.Detach()
	wg.Wait()
	main.Attach()
	if n := l.Len(); n != keys {
		t.Errorf("list has %d items, want %d", n, keys)
	}
	main.Decref(d.Obj())
	main.Decref(l.Obj())
	main.Collect()
	if n := floats(); n != 0 {
		t.Errorf("%d floats leaked or freed twice", n)
	}
	if n := dicts(); n != 0 {
		t.Errorf("%d dicts leaked", n)
	}
	if n := lists(); n != 0 {
		t.Errorf("%d lists leaked", n)
	}
}
