// Stress test for sets shared between threads: goroutine threads add,
// discard, test, pop, update, merge, copy and iterate shared sets holding
// int, str and eqKey keys (whose equality runs code and reaches a safe
// point, so that lookups release the set's lock mid-probe). Each worker
// owns a disjoint range of keys and tracks what it expects of them; the
// final contents must match, and every object must be freed exactly once
// (live counts back to their start; a use after free panics in debug
// mode).

package object

import (
	"fmt"
	"math/rand/v2"
	"runtime"
	"sync"
	"testing"
	"time"
)

// eqKey is a key whose equality runs code: it polls for a safe point and
// sometimes yields. Its hash collides often (v % 61), so that lookups
// compare.
type eqKey struct {
	Object
	v int
}

var eqKeyType = NewStaticType(&Type{
	Name: "eqkey",
	Compare: func(t *Thread, a, b *Object, op CompareOp) (*Object, error) {
		if a.typ != b.typ {
			return t.NewRef(NotImplemented), nil
		}
		x, y := Cast[eqKey](a), Cast[eqKey](b)
		t.Poll()
		if (x.v+y.v)%7 == 0 {
			runtime.Gosched()
		}
		return NewBool(compareInts(x.v, y.v, op)), nil
	},
	Hash: func(t *Thread, o *Object) (int64, error) { return int64(Cast[eqKey](o).v % 61), nil },
})

func newEqKey(t *Thread, v int) *Object {
	k := &eqKey{v: v}
	t.Init(&k.Object, eqKeyType)
	return &k.Object
}

func TestStressSharedSets(t *testing.T) {
	const (
		workers = 6
		perKind = 40 // keys of each kind a worker owns
		popKeys = 3000
		maxOps  = 40000
	)
	duration := time.Second
	if testing.Short() {
		duration = 300 * time.Millisecond
	}
	sets, iters, eqKeys := liveDelta(SetType), liveDelta(SetIterType), liveDelta(eqKeyType)
	ints0, strs0 := liveDelta(IntType), liveDelta(StrType)
	main := attached(t)

	shared := NewSet(main)
	popped := NewSet(main) // filled with popKeys ints the workers pop
	for i := range popKeys {
		k := NewInt(main, int64(1_000_000+i))
		if err := popped.Add(main, k); err != nil {
			t.Fatal(err)
		}
		main.Decref(k)
	}

	type result struct {
		expect map[string]bool // key name -> in shared
		popped []int64
		errs   []string
		ops    int
	}
	results := make([]result, workers)
	deadline := time.Now().Add(duration)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			th := NewThread()
			th.Attach()
			defer th.Exit()
			res := &results[w]
			res.expect = map[string]bool{}
			fail := func(format string, args ...any) {
				if len(res.errs) < 10 {
					res.errs = append(res.errs, fmt.Sprintf(format, args...))
				}
			}
			rng := rand.New(rand.NewPCG(uint64(w), 7))
			// The worker's own keys: ints, strs and eqKeys, with names.
			var keys []*Object
			var names []string
			for i := range perKind {
				v := w*perKind + i
				keys = append(keys, NewInt(th, int64(v)), NewStr(th, fmt.Sprintf("s%d", v)), newEqKey(th, v))
				names = append(names, fmt.Sprintf("i%d", v), fmt.Sprintf("s%d", v), fmt.Sprintf("e%d", v))
			}
			check := func(err error, what string) {
				if err != nil {
					fail("%s: %v", what, err)
					th.DropError(err)
				}
			}
			// ownKeysIn checks that c holds exactly the worker's keys it
			// expects to be in shared (c is a copy taken now).
			ownKeysIn := func(c *Set, what string) {
				for i, k := range keys {
					in, err := c.Contains(th, k)
					check(err, what)
					if in != res.expect[names[i]] {
						fail("%s: %s in copy = %v, want %v", what, names[i], in, res.expect[names[i]])
					}
				}
			}
			for res.ops < maxOps && time.Now().Before(deadline) {
				res.ops++
				i := rng.IntN(len(keys))
				switch op := rng.IntN(12); op {
				case 0, 1: // add
					check(shared.Add(th, keys[i]), "add")
					res.expect[names[i]] = true
				case 2: // discard
					found, err := shared.Discard(th, keys[i])
					check(err, "discard")
					if found != res.expect[names[i]] {
						fail("discard %s found %v, want %v", names[i], found, res.expect[names[i]])
					}
					res.expect[names[i]] = false
				case 3, 4: // contains
					in, err := shared.Contains(th, keys[i])
					check(err, "contains")
					if in != res.expect[names[i]] {
						fail("%s in shared = %v, want %v", names[i], in, res.expect[names[i]])
					}
				case 5: // pop
					if k := popped.pop(); k != nil {
						v, _ := AsInt(k).Int64()
						res.popped = append(res.popped, v)
						th.Decref(k)
					}
				case 6: // update from a list of some own keys
					var items []*Object
					for j := i; j < len(keys); j += 1 + rng.IntN(9) {
						items = append(items, th.NewRef(keys[j]))
						res.expect[names[j]] = true
					}
					l := NewList(th, items)
					check(shared.Update(th, &l.Object), "update")
					th.Decref(&l.Object)
				case 7: // |= a private set of some own keys
					p := NewSet(th)
					for j := i; j < len(keys); j += 1 + rng.IntN(9) {
						check(p.Add(th, keys[j]), "add private")
						res.expect[names[j]] = true
					}
					r, err := SetType.Number.InplaceOr(th, &shared.Object, &p.Object)
					check(err, "|=")
					if r != nil {
						th.Decref(r)
					}
					th.Decref(&p.Object)
				case 8: // copy, then check the own keys in it
					c := copySet(th, SetType, shared)
					ownKeysIn(c, "copy")
					th.Decref(&c.Object)
				case 9: // shared | private, then check the own keys in it
					p := NewSet(th)
					check(p.Add(th, keys[i]), "add private")
					r, err := setOr(th, shared, &p.Object)
					check(err, "|")
					if r != nil {
						was := res.expect[names[i]]
						res.expect[names[i]] = true
						ownKeysIn(r, "|")
						res.expect[names[i]] = was
						th.Decref(&r.Object)
					}
					th.Decref(&p.Object)
				case 10: // iterate; a change of size is an error to drop
					n := 0
					err := Iterate(th, &shared.Object, func(x *Object) error {
						if x.typ != IntType && x.typ != StrType && x.typ != eqKeyType {
							return fmt.Errorf("bad key of type %s", x.typ.Name)
						}
						n++
						return nil
					})
					if err != nil && !ErrorMatches(err, RuntimeErrorType) {
						fail("iterate: %v", err)
					} else if err != nil {
						th.DropError(err)
					}
				case 11: // a collection, now and then
					if rng.IntN(64) == 0 {
						th.Collect()
					} else {
						th.Poll()
					}
				}
			}
			for _, k := range keys {
				th.Decref(k)
			}
		}()
	}
	main.Detach()
	wg.Wait()
	main.Attach()

	// The shared set holds exactly the keys the workers expect.
	total := 0
	for w := range workers {
		res := &results[w]
		for _, e := range res.errs {
			t.Errorf("worker %d: %s", w, e)
		}
		t.Logf("worker %d: %d ops, %d popped", w, res.ops, len(res.popped))
		for name, in := range res.expect {
			if in {
				total++
			}
			var k *Object
			var v int
			fmt.Sscanf(name[1:], "%d", &v)
			switch name[0] {
			case 'i':
				k = NewInt(main, int64(v))
			case 's':
				k = NewStr(main, name)
			case 'e':
				k = newEqKey(main, v)
			}
			got, err := shared.Contains(main, k)
			if err != nil {
				t.Fatal(err)
			}
			if got != in {
				t.Errorf("final: %s in shared = %v, want %v", name, got, in)
			}
			main.Decref(k)
		}
	}
	if n := shared.Len(); n != total {
		t.Errorf("shared has %d keys, want %d", n, total)
	}
	// Every pop key was popped once or is still there.
	seen := map[int64]bool{}
	for w := range workers {
		for _, v := range results[w].popped {
			if seen[v] {
				t.Errorf("%d popped twice", v)
			}
			seen[v] = true
		}
	}
	if n := popped.Len(); n+len(seen) != popKeys {
		t.Errorf("%d left + %d popped, want %d", n, len(seen), popKeys)
	}
	for _, v := range intsOf(t, main, &popped.Object) {
		if seen[v] || v < 1_000_000 || v >= 1_000_000+popKeys {
			t.Errorf("%d left in the pop set", v)
		}
	}
	main.Decref(&shared.Object)
	main.Decref(&popped.Object)
	main.Collect()
	for name, d := range map[string]func() int64{"set": sets, "set_iterator": iters, "eqkey": eqKeys, "int": ints0, "str": strs0} {
		if n := d(); n != 0 {
			t.Errorf("%d %s objects leaked", n, name)
		}
	}
}

// hookKey hashes to v/1000 and compares by v; comparing runs hook once.
type hookKey struct {
	Object
	v int
}

var hookKeyHook func(t *Thread)

var hookKeyType = NewStaticType(&Type{
	Name: "hookkey",
	Compare: func(t *Thread, a, b *Object, op CompareOp) (*Object, error) {
		if a.typ != b.typ {
			return t.NewRef(NotImplemented), nil
		}
		if h := hookKeyHook; h != nil {
			hookKeyHook = nil
			h(t)
		}
		return NewBool(compareInts(Cast[hookKey](a).v, Cast[hookKey](b).v, op)), nil
	},
	Hash: func(t *Thread, o *Object) (int64, error) { return int64(Cast[hookKey](o).v / 1000), nil },
})

func newHookKey(t *Thread, v int) *Object {
	k := &hookKey{v: v}
	t.Init(&k.Object, hookKeyType)
	return &k.Object
}

// An insertion whose comparison ran while another insertion stored an
// equal key into a dummy slot its probe had passed must not add a
// duplicate (the lock is released during the comparison).
func TestSetInsertRestartsOnReuse(t *testing.T) {
	th := attached(t)
	live := liveDelta(hookKeyType)
	s := NewSet(th)
	add := func(k *Object) {
		if err := s.Add(th, k); err != nil {
			t.Fatal(err)
		}
	}
	var keys []*Object
	key := func(v int) *Object {
		k := newHookKey(th, v)
		keys = append(keys, k)
		return k
	}
	for i := range 10 { // grow the table so that hash 5 probes linearly
		add(key(20000 + i*1000))
	}
	a, b, c := key(5001), key(5002), key(5003)
	add(a)
	add(b)
	add(c)
	for _, k := range []*Object{a, b} {
		if _, err := s.Discard(th, k); err != nil {
			t.Fatal(err)
		}
	}
	j, k, k2 := key(5200), key(5100), key(5100)
	hookKeyHook = func(th *Thread) { // while k is compared with c
		add(j)  // into a's dummy slot
		add(k2) // equal to k, into b's dummy slot
		if _, err := s.Discard(th, j); err != nil {
			t.Fatal(err)
		}
	}
	add(k)
	if hookKeyHook != nil {
		t.Fatal("hook did not run")
	}
	if n := s.Len(); n != 12 {
		t.Errorf("len %d, want 12 (c, k2 and the 10 others)", n)
	}
	th.Decref(&s.Object)
	for _, k := range keys {
		th.Decref(k)
	}
	if d := live(); d != 0 {
		t.Errorf("%d hook keys leaked", d)
	}
}
