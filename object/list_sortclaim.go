// This file makes a list sort that runs Python code (a key function, an
// __lt__) exclusive, as free-threaded CPython's sort is: it holds the
// list's critical section throughout, so another thread's append waits
// for the sort instead of being dropped with "list modified during sort".
//
// The list's mutex cannot be held across Python code (list.go), so the
// sorting thread claims the list instead (List.claim): other threads'
// changes and whole-list operations wait, detached, until the claim is
// given up, while the sorting thread's own key function goes through (it
// sees the list empty, and a change it makes is reported when the sort
// ends, as in CPython).
//
// Deadlock: a key function may block on another thread (join it, take a
// lock it holds) that is itself waiting for the claim. CPython avoids
// this because a critical section is released while its holder blocks
// and taken again after. A claim follows the same rule: Detach (called
// before every blocking call) gives up the thread's claims, and Attach
// takes them again before the thread runs Python code, waiting if another
// thread claimed the list meanwhile. So a thread that waits for anything
// holds no claim, and no cycle of waiters can form; what another thread
// changed while the claim was given up makes the sort fail with "list
// modified during sort", as in CPython. (Timing out waiters instead would
// make the outcome depend on the machine's speed.)

package object

// sortClaim marks a list as being sorted by a thread.
type sortClaim struct {
	by   *Thread
	done chan struct{} // closed when the claim is given up
}

// lockToChange locks l for a change or a whole-list operation, waiting
// first while another thread's sort claims it. t must be attached.
func (l *List) lockToChange(t *Thread) {
	l.mu.Lock()
	if l.claim != nil {
		l.waitForSort(t)
	}
}

// waitForSort waits, with l.mu released and t detached, until no other
// thread claims l, and returns with l.mu held.
//
//go:noinline
func (l *List) waitForSort(t *Thread) {
	for c := l.claim; c != nil && c.by != t; c = l.claim {
		l.mu.Unlock()
		if t.Attached() {
			t.Detach()
			<-c.done
			t.Attach()
		} else {
			<-c.done
		}
		l.mu.Lock()
	}
}

// beginSort claims l for t's sort and takes its items out, leaving the
// list empty while the sort runs. own is false when t already claims l
// (a key function sorting the list it is the key of): the outer sort
// gives the claim up.
func (l *List) beginSort(t *Thread) (items []*Object, own bool) {
	l.lockToChange(t)
	if l.claim == nil {
		l.claim = &sortClaim{by: t, done: make(chan struct{})}
		t.sortClaims = append(t.sortClaims, l)
		own = true
	}
	items = l.items
	l.adopt(nil)
	l.mu.Unlock()
	return items, own
}

// endSort puts the sorted items in, gives up the claim if own, and
// returns what the list held meanwhile (changes made during the sort),
// whose references the caller now owns.
func (l *List) endSort(t *Thread, sorted []*Object, own bool) []*Object {
	l.mu.Lock()
	modified := l.items
	l.adopt(sorted)
	var done chan struct{}
	if own {
		done = l.claim.done
		l.claim = nil
		t.sortClaims = t.sortClaims[:len(t.sortClaims)-1]
	}
	l.mu.Unlock()
	if done != nil {
		close(done)
	}
	return modified
}

// abandonSort gives up t's claim on l when a sort ends by a Go panic, so
// that other threads do not wait for ever; the items taken out are lost
// to the list, as they would be to a panicking sort anyway.
func (l *List) abandonSort(t *Thread) {
	for i, m := range t.sortClaims {
		if m == l {
			t.sortClaims = append(t.sortClaims[:i], t.sortClaims[i+1:]...)
			l.mu.Lock()
			c := l.claim
			l.claim = nil
			l.mu.Unlock()
			if c != nil {
				close(c.done)
			}
			return
		}
	}
}

// suspendSortClaims gives up t's claims while it blocks (Detach).
func (t *Thread) suspendSortClaims() {
	for _, l := range t.sortClaims {
		l.mu.Lock()
		c := l.claim
		l.claim = nil
		l.mu.Unlock()
		close(c.done)
	}
}

// resumeSortClaims takes t's claims again once it stops blocking
// (Attach, before t is attached), waiting for any other thread's claim on
// the same lists to end.
func (t *Thread) resumeSortClaims() {
	for _, l := range t.sortClaims {
		l.mu.Lock()
		for c := l.claim; c != nil; c = l.claim {
			l.mu.Unlock()
			<-c.done
			l.mu.Lock()
		}
		l.claim = &sortClaim{by: t, done: make(chan struct{})}
		l.mu.Unlock()
	}
}
