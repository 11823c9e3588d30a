package object

import (
	"sync"
	"testing"
	"time"
)

// TestStressSortKeyClaim has two threads sort one list with a key
// function (Python code in CPython's terms: the sort claims the list)
// while others append a fixed number of items each: every sort succeeds
// (no "list modified during sort") and no append is lost.
func TestStressSortKeyClaim(t *testing.T) {
	const (
		appenders = 3
		sorters   = 2
	)
	perThread := 1000
	if testing.Short() || raceEnabled {
		perThread = 300
	}
	main := attached(t)
	ident := NewBuiltinFunction(main, &MethodDef{Name: "ident", Fn: func(th *Thread, _ *Object, args []*Object, _ *Tuple) (*Object, error) {
		return th.NewRef(args[0]), nil
	}}, nil)
	l := NewList(main, nil)
	for i := range 100 {
		v := NewFloat(main, float64(i))
		l.Append(main, v)
		main.Decref(v)
	}
	var wg, sorting sync.WaitGroup
	done := make(chan struct{})
	errs := make(chan error, sorters)
	sorts := make([]int, sorters)
	for s := range sorters {
		sorting.Add(1)
		go func() {
			defer sorting.Done()
			th := NewThread()
			th.Attach()
			defer th.Exit()
			for {
				select {
				case <-done:
					return
				default:
				}
				if err := l.Sort(th, &ident.Object, s == 1); err != nil {
					errs <- err
					return
				}
				sorts[s]++
				th.Poll()
			}
		}()
	}
	deadline := time.Now().Add(20 * time.Second)
	for a := range appenders {
		wg.Add(1)
		go func() {
			defer wg.Done()
			th := NewThread()
			th.Attach()
			defer th.Exit()
			for i := 0; i < perThread && time.Now().Before(deadline); i++ {
				v := NewFloat(th, float64(a*perThread+i))
				l.Append(th, v)
				th.Decref(v)
				th.Poll()
			}
		}()
	}
	main.Detach()
	wg.Wait()
	close(done)
	sorting.Wait()
	main.Attach()
	close(errs)
	for err := range errs {
		t.Errorf("sort failed: %v", err)
	}
	if got, want := l.Len(), 100+appenders*perThread; got != want {
		t.Errorf("len = %d, want %d (appends lost)", got, want)
	}
	if sorts[0] == 0 || sorts[1] == 0 {
		t.Logf("sorts: %v", sorts)
	}
	main.Decref(l.Obj())
	main.Decref(&ident.Object)
}

// TestSortClaimGivenUpWhileBlocked checks the deadlock case: a key
// function that waits (detached) for another thread which appends to the
// list being sorted. The claim is given up while the sorter blocks, as a
// CPython critical section is, so the append goes through and the sort
// reports "list modified during sort" instead of both threads waiting
// for ever.
func TestSortClaimGivenUpWhileBlocked(t *testing.T) {
	main := attached(t)
	l := NewList(main, nil)
	for i := range 3 {
		v := NewFloat(main, float64(i))
		l.Append(main, v)
		main.Decref(v)
	}
	appended := make(chan struct{})
	calls := 0
	key := NewBuiltinFunction(main, &MethodDef{Name: "key", Fn: func(th *Thread, _ *Object, args []*Object, _ *Tuple) (*Object, error) {
		calls++
		if calls == 1 {
			go func() {
				u := NewThread()
				u.Attach()
				v := NewFloat(u, 99)
				l.Append(u, v) // waits for the claim until the sorter blocks
				u.Decref(v)
				u.Exit()
				close(appended)
			}()
			th.Detach()
			select {
			case <-appended:
			case <-time.After(10 * time.Second):
				th.Attach()
				return nil, th.Errorf(RuntimeErrorType, "deadlock: the append never went through")
			}
			th.Attach()
		}
		return th.NewRef(args[0]), nil
	}}, nil)
	err := l.Sort(main, &key.Object, false)
	if err == nil || !ErrorMatches(err, ValueErrorType) {
		t.Fatalf("Sort = %v, want ValueError list modified during sort", err)
	}
	main.DropError(err)
	if l.Len() != 3 {
		t.Errorf("len = %d, want 3 (the sorted items, the append dropped)", l.Len())
	}
	main.Decref(l.Obj())
	main.Decref(&key.Object)
}
