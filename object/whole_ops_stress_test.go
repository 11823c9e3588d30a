package object

import (
	"fmt"
	"sync"
	"testing"
	"time"
)

// TestStressWholeContainerOps runs list.remove/index/count/in and the
// whole-container copies of sets, dicts and dict views (SequenceItems,
// as list(), tuple(), sorted() and str.join use) while other threads add
// and remove keys of their own. The stable items are never touched, so
// every search must find them and every copy must hold them, and no copy
// may fail with "changed size during iteration". Before the list
// operations held the list's lock, remove raised "x not in list" for a
// present item tens of times a second here, and the copies of a changing
// set or dict failed with "changed size".
func TestStressWholeContainerOps(t *testing.T) {
	const (
		churners = 2
		stable   = 32
		rounds   = 20000
	)
	duration := 2 * time.Second
	if testing.Short() {
		duration = 300 * time.Millisecond
	}
	main := attached(t)
	l := NewList(main, nil)
	s := NewSet(main)
	d := NewDict(main)
	for i := range stable {
		k := NewInt(main, int64(1000+i)) // allocated, not small-int immortal
		l.Append(main, k)
		if err := s.Add(main, k); err != nil {
			t.Fatal(err)
		}
		if err := d.SetItem(main, k, k); err != nil {
			t.Fatal(err)
		}
		main.Decref(k)
	}
	var (
		wg       sync.WaitGroup
		mu       sync.Mutex
		failures = map[string]int{} // by kind, with the first message
		first    = map[string]string{}
	)
	fail := func(format string, args ...any) {
		mu.Lock()
		failures[format]++
		if first[format] == "" {
			first[format] = fmt.Sprintf(format, args...)
		}
		mu.Unlock()
	}
	deadline := time.Now().Add(duration)
	done := make(chan struct{})
	for w := range churners {
		wg.Add(1)
		go func() {
			defer wg.Done()
			th := NewThread()
			th.Attach()
			defer th.Exit()
			for j := 0; j < rounds && time.Now().Before(deadline); j++ {
				x := NewInt(th, int64(1_000_000*(w+1)+j))
				l.Append(th, x)
				must(t)(listInsert(th, l.Obj(), []*Object{SmallInt(0), x}, nil))
				s.Add(th, x)
				d.SetItem(th, x, x)
				for range 2 {
					if _, err := listRemove(th, l.Obj(), []*Object{x}, nil); err != nil {
						fail("churner remove: %v", err)
						th.DropError(err)
					}
				}
				s.Discard(th, x)
				d.DelItem(th, x)
				th.Decref(x)
				th.Poll()
			}
		}()
	}
	var readers sync.WaitGroup
	for r := range 2 {
		readers.Add(1)
		go func() {
			defer readers.Done()
			th := NewThread()
			th.Attach()
			defer th.Exit()
			k := NewInt(th, int64(1000+r)) // this reader's own stable key
			other := NewInt(th, 1000+stable-1)
			defer th.Decref(k)
			defer th.Decref(other)
			for n := 0; ; n++ {
				select {
				case <-done:
					if n > 10 {
						return
					}
				default:
				}
				if _, err := listRemove(th, l.Obj(), []*Object{k}, nil); err != nil {
					fail("remove of a present item: %v", err)
					th.DropError(err)
					continue
				}
				l.Append(th, k)
				if c, err := listCount(th, l.Obj(), []*Object{other}, nil); err != nil || c != SmallInt(1) {
					fail("count: %v %v", c, err)
				}
				if in, err := listContains(th, l.Obj(), other); err != nil || !in {
					fail("in: %v %v", in, err)
				}
				if _, err := listIndex(th, l.Obj(), []*Object{other}, nil); err != nil {
					fail("index: %v", err)
					th.DropError(err)
				}
				for _, src := range []*Object{s.Obj(), d.Obj()} {
					items, err := SequenceItems(th, src)
					if err != nil {
						fail("copy of %s: %v", src.typ.Name, err)
						th.DropError(err)
						continue
					}
					if len(items) < stable {
						fail("copy of %s has %d items", src.typ.Name, len(items))
					}
					decrefAll(th, items)
				}
				th.Poll()
			}
		}()
	}
	main.Detach()
	wg.Wait()
	close(done)
	readers.Wait()
	main.Attach()
	if len(failures) > 0 {
		t.Fatalf("failures: %v, first of each: %q", failures, first)
	}
	if n, un, dn := l.Len(), s.Len(), d.Len(); n != stable || un != stable || dn != stable {
		t.Fatalf("final sizes list %d set %d dict %d, want %d", n, un, dn, stable)
	}
	main.Decref(l.Obj())
	main.Decref(s.Obj())
	main.Decref(d.Obj())
}
