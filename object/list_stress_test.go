package object

import (
	"math/rand/v2"
	"sync"
	"testing"
	"time"
)

// TestStressListLockFreeReads has threads read one list without its lock
// (l[i] from both ends, iteration, len, repr-style scans through
// itemRef) while others change its structure in every way a writer can:
// append past the capacity (a new array), pop from the end and the front,
// insert at the front, slice assignment and deletion, sort (which moves
// the items to a new array), reverse, clear and extend. The items are
// floats each thread allocates, so most reads race with another
// thread's final decref; threads exit with their floats still in the
// list. At the end the live counts are back where they started, and
// debug mode's poisoning turns any use of a freed float into a panic.
func TestStressListLockFreeReads(t *testing.T) {
	const (
		readers  = 3
		writers  = 3
		lifetime = 2000
	)
	duration := time.Second
	if testing.Short() {
		duration = 200 * time.Millisecond
	}
	floats, lists := liveDelta(FloatType), liveDelta(ListType)
	main := attached(t)
	l := NewList(main, nil)
	deadline := time.Now().Add(duration)
	var wg sync.WaitGroup
	for w := range readers + writers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			stressThread(uint64(w), deadline, lifetime, func(th *Thread, rng *rand.Rand, ops int) {
				if w >= readers {
					listWriteOp(th, l, rng, ops)
				} else {
					listReadOp(th, l, rng)
				}
			})
		}()
	}
	main.Detach()
	wg.Wait()
	main.Attach()
	for _, v := range l.Snapshot(main) {
		if v.Type() != FloatType {
			t.Fatalf("list item of type %s", v.Type().Name)
		}
		main.Decref(v)
	}
	main.Decref(l.Obj())
	main.Collect()
	if n := floats(); n != 0 {
		t.Errorf("%d floats leaked or freed twice", n)
	}
	if n := lists(); n != 0 {
		t.Errorf("%d lists leaked", n)
	}
}

// listReadOp reads l without its lock, checking that whatever it gets is
// a live float.
func listReadOp(th *Thread, l *List, rng *rand.Rand) {
	check := func(v *Object) {
		if v != nil {
			if v.Type() != FloatType {
				panic("list item of the wrong type")
			}
			th.Decref(v)
		}
	}
	switch rng.IntN(4) {
	case 0:
		check(l.ItemRef(th, rng.IntN(8)))
	case 1:
		if n := l.Len(); n > 0 {
			check(l.ItemRef(th, n-1))
		}
	case 2:
		v, err := listGetItem(th, l.Obj(), SmallInt(-1))
		if err != nil {
			th.DropError(err)
		}
		check(v)
	case 3:
		it, _ := listIterOf(th, l)
		for range 16 {
			v, _ := listIterNext(th, it)
			if v == nil {
				break
			}
			check(v)
		}
		th.Decref(it)
	}
}

// listWriteOp changes l's structure, keeping it short (so that readers
// and writers meet on the same slots) but often regrowing its array.
func listWriteOp(th *Thread, l *List, rng *rand.Rand, ops int) {
	f := func() *Object { return NewFloat(th, float64(ops)) }
	call := func(name string, args ...*Object) {
		r, err := callMethod(th, l.Obj(), name, args)
		if err != nil {
			th.DropError(err) // pop from an empty list
			return
		}
		th.Decref(r)
	}
	switch rng.IntN(10) {
	case 0, 1:
		v := f()
		l.Append(th, v)
		th.Decref(v)
	case 2:
		if v := l.PopLast(th); v != nil {
			th.Decref(v)
		}
	case 3:
		call("pop", SmallInt(0))
	case 4:
		v := f()
		call("insert", SmallInt(0), v)
		th.Decref(v)
	case 5:
		// l[1:3] = [f, f, f]: grows in a new array or shrinks in place.
		items := make([]*Object, 1+rng.IntN(3))
		for i := range items {
			items[i] = f()
		}
		src := NewList(th, items)
		sl := NewSlice(th, SmallInt(1), SmallInt(3), None)
		if err := listSetItem(th, l.Obj(), sl, src.Obj()); err != nil {
			th.DropError(err)
		}
		th.Decref(sl)
		th.Decref(src.Obj())
	case 6:
		sl := NewSlice(th, None, None, SmallInt(2))
		if err := listSetItem(th, l.Obj(), sl, nil); err != nil {
			th.DropError(err)
		}
		th.Decref(sl)
	case 7:
		call("sort")
	case 8:
		call("reverse")
	case 9:
		if l.Len() > 24 {
			call("clear")
		} else {
			v := f()
			src := NewList(th, []*Object{v, th.NewRef(v)})
			call("extend", src.Obj())
			th.Decref(src.Obj())
		}
	}
}

// listIterOf returns iter(l).
func listIterOf(th *Thread, l *List) (*Object, error) { return l.Type().Iter(th, l.Obj()) }

// stressThread runs op on an attached thread until deadline, with a
// random source seeded by seed. Every lifetime operations the thread
// exits, leaving the objects it owns to the others, and a new one starts.
func stressThread(seed uint64, deadline time.Time, lifetime int, op func(th *Thread, rng *rand.Rand, ops int)) {
	rng := rand.New(rand.NewPCG(seed, 11))
	th := NewThread()
	th.Attach()
	for ops := 1; time.Now().Before(deadline); ops++ {
		op(th, rng, ops)
		if ops%lifetime == 0 {
			th.Exit()
			th = NewThread()
			th.Attach()
		}
		th.Poll()
	}
	th.Exit()
}
