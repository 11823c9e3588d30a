// This file implements stop-the-world: the calling thread waits until
// every other thread is parked at a safe point or detached, and no thread
// can attach until the world starts again (CPython's
// _PyEval_StopTheWorld).
//
// The handshake with each other thread t:
//   - The requester sets breakerStop in t's eval breaker, then tries to
//     move t from detached to suspended. If that works, t is stopped. If t
//     was attached, the requester counts it and waits.
//   - An attached t sees breakerStop at its next Poll and parks itself, or
//     it detaches first; either way it moves itself to suspended and
//     decrements the count.
//   - Because Go's atomics are sequentially consistent, a thread that
//     stores "detached" and then loads its breaker, and a requester that
//     sets the breaker and then loads the state, cannot both miss each
//     other. All the counting happens under rt.mu.

package object

// StopTheWorld stops every other thread. t must be attached; it stays
// attached and is the only thread running until StartTheWorld. Stops are
// serialised: a second requester waits, detached, for the first to finish.
func (t *Thread) StopTheWorld() {
	if !rt.stwMu.TryLock() {
		// Another thread is stopping the world and waits for us: wait
		// for it detached, so that it does not wait for us in turn.
		t.Detach()
		rt.stwMu.Lock()
		t.Attach()
	}
	rt.mu.Lock()
	rt.stopping = true
	for _, u := range rt.threads {
		if u == t {
			continue
		}
		u.evalBreaker.Or(breakerStop)
		if !u.state.CompareAndSwap(stateDetached, stateSuspended) {
			// u was attached when the CAS ran, after breakerStop was set:
			// it parks at its next Poll or Detach, and decrements the
			// count then (both need rt.mu, which we hold until we wait).
			rt.countdown++
		}
	}
	for rt.countdown > 0 {
		rt.worldCond.Wait()
	}
	rt.mu.Unlock()
}

// StartTheWorld restarts the threads stopped by StopTheWorld.
func (t *Thread) StartTheWorld() {
	rt.mu.Lock()
	for _, u := range rt.threads {
		u.evalBreaker.And(^breakerStop)
		u.state.CompareAndSwap(stateSuspended, stateDetached)
	}
	rt.stopping = false
	rt.worldCond.Broadcast()
	rt.mu.Unlock()
	rt.stwMu.Unlock()
}

// park stops t at a safe point until the world restarts.
func (t *Thread) park() {
	rt.mu.Lock()
	if rt.stopping && t.evalBreaker.Load()&breakerStop != 0 &&
		t.state.CompareAndSwap(stateAttached, stateSuspended) {
		t.stopped()
		for t.state.Load() == stateSuspended {
			rt.worldCond.Wait()
		}
		if !t.state.CompareAndSwap(stateDetached, stateAttached) {
			panic("object: thread state changed while parked")
		}
	} else {
		t.evalBreaker.And(^breakerStop)
	}
	rt.mu.Unlock()
}

// parkDetached is a detaching thread's part in a pending stop.
func (t *Thread) parkDetached() {
	rt.mu.Lock()
	if rt.stopping && t.evalBreaker.Load()&breakerStop != 0 &&
		t.state.CompareAndSwap(stateDetached, stateSuspended) {
		t.stopped()
	}
	rt.mu.Unlock()
}

// stopped records that t, counted as running by the requester, is now
// suspended. rt.mu is held.
func (t *Thread) stopped() {
	t.evalBreaker.And(^breakerStop)
	rt.countdown--
	if rt.countdown == 0 {
		rt.worldCond.Broadcast()
	}
}

// ForEachThread calls fn for every registered thread. t must have
// stopped the world (StopTheWorld), so that no thread comes or goes and
// every other thread's state stands still meanwhile.
func (t *Thread) ForEachThread(fn func(u *Thread)) {
	rt.mu.Lock()
	threads := append([]*Thread(nil), rt.threads...)
	rt.mu.Unlock()
	for _, u := range threads {
		fn(u)
	}
}
