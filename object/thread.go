// This file defines Thread, ftpy's thread state: the value every goroutine
// running Python code creates, passes everywhere, and releases at exit.

package object

import (
	"sync/atomic"
)

// Thread states (CPython's _Py_THREAD_*). A thread changes its own state
// from attached to detached and back; a stop-the-world moves detached
// threads to suspended and start-the-world moves them back.
const (
	stateDetached int32 = iota
	stateAttached
	stateSuspended
)

// Eval-breaker bits: pending work a thread handles at its next safe point
// (Thread.Poll). The VM may use bits from BreakerUser upwards for its own
// requests (signals, cancellation).
const (
	breakerStop    uint32 = 1 << iota // a stop-the-world waits for this thread
	breakerMerge                      // other threads queued objects for a biased-RC merge
	breakerGC                         // an automatic collection is due
	breakerDropGIL                    // GIL mode: another thread waits for the GIL (gil.go)
	// BreakerUser is the first bit the runtime leaves to its callers.
	BreakerUser
)

const coreBreakerBits = breakerStop | breakerMerge | breakerGC | breakerDropGIL

// Thread is the state of one thread running Python code (CPython's
// PyThreadState). It is created by NewThread on the goroutine that will use
// it and must not be used from any other goroutine, except through the
// methods documented as safe for that.
type Thread struct {
	id          uintptr // owner id written into the objects it creates
	serial      uintptr // unique per Thread even in GIL mode, where id is shared
	state       atomic.Int32
	evalBreaker atomic.Uint32

	// brcQueue holds objects other threads handed back for a merge. It is
	// guarded by the mutex of the thread's bucket (brc.go).
	brcQueue []*Object

	// The fields below belong to the thread; the collector reads them only
	// while the world is stopped.
	counts    []int64      // per-thread reference counts by unique id (uniqueid.go)
	roots     [][]StackRef // stack-ref slices the collector scans (stackref.go)
	gcObjects []*Object    // objects this thread started tracking (registry.go)
	gcCompact int          // registry length that triggers the next compaction
	gcDelta   int          // tracked allocations minus frees not yet flushed
	tracks    uint32       // Track calls so far: the next track stamp (object.go)
	exited    bool

	// reprActive holds the containers whose repr is in progress
	// (ReprEnter): a short slice scanned from its end, and reprSet, the
	// same objects in a map once the slice outgrows reprScanMax, so that
	// the repr of a deeply nested container stays linear.
	reprActive []*Object
	reprSet    map[*Object]struct{}
	// Depth counts this thread's nested Python calls and the native
	// recursion on their behalf (recursion.go); the eval loop compares it
	// against the recursion limit.
	Depth    int
	goDepth  int           // nested Go frames on behalf of Python (recursion.go)
	recLimit *atomic.Int64 // the interpreter's recursion limit (SetRecursionLimitSource)
	// deallocDepth counts the containers this thread is deallocating one
	// inside the other, and trash holds those left for later (trash.go).
	deallocDepth int
	trash        []*Object
	// sortClaims lists the lists this thread is sorting with Python code
	// running (list_sortclaim.go), innermost last.
	sortClaims []*List
	freeSites  map[*Object]freeSite // debug mode: where this thread freed objects
	freeLists  [maxFreeLists + 1][]*Object
	typeCache  *[typeCacheSize]typeCacheEntry

	// VM is the per-thread state of the interpreter running on this
	// thread (package vm); the core never looks at it.
	VM any
}

// reprScanMax is how many containers ReprEnter scans in a slice before
// it keeps them in a map as well.
const reprScanMax = 32

// ReprEnter guards a container's repr against recursion (Py_ReprEnter): it
// returns false if o's repr is already in progress on this thread, in
// which case the caller prints "[...]" or "{...}"; otherwise the caller
// must call ReprLeave when done.
func (t *Thread) ReprEnter(o *Object) bool {
	if t.reprSet != nil {
		if _, ok := t.reprSet[o]; ok {
			return false
		}
		t.reprSet[o] = struct{}{}
		t.reprActive = append(t.reprActive, o)
		return true
	}
	for _, x := range t.reprActive {
		if x == o {
			return false
		}
	}
	t.reprActive = append(t.reprActive, o)
	if len(t.reprActive) > reprScanMax {
		t.reprSet = make(map[*Object]struct{}, 2*len(t.reprActive))
		for _, x := range t.reprActive {
			t.reprSet[x] = struct{}{}
		}
	}
	return true
}

// ReprLeave ends a repr started with ReprEnter. Reprs nest, so o is
// almost always the last entry.
func (t *Thread) ReprLeave(o *Object) {
	for i := len(t.reprActive) - 1; i >= 0; i-- {
		if t.reprActive[i] == o {
			t.reprActive = append(t.reprActive[:i], t.reprActive[i+1:]...)
			break
		}
	}
	if t.reprSet != nil {
		delete(t.reprSet, o)
		if len(t.reprActive) == 0 {
			t.reprSet = nil
		}
	}
}

// NewThread registers a new thread state, detached. Call Attach before
// touching objects and Exit when the goroutine is done with Python.
func NewThread() *Thread {
	finishStaticTypes()
	t := &Thread{gcCompact: registryMinCompact, recLimit: defaultRecursionLimit}
	rt.mu.Lock()
	t.serial = rt.nextID
	rt.nextID++
	t.id = t.serial
	if rt.cfg.GIL {
		t.id = tidGIL
	}
	if rt.stopping {
		// Born during a stop: it may not attach until the world starts.
		t.state.Store(stateSuspended)
	}
	rt.threads = append(rt.threads, t)
	rt.mu.Unlock()
	if !rt.cfg.GIL {
		b := bucketFor(t.id)
		b.mu.Lock()
		b.threads[t.id] = t
		b.mu.Unlock()
	}
	return t
}

// ID returns the thread's unique id (threading.get_ident).
func (t *Thread) ID() uint64 { return uint64(t.serial) }

// Attach makes t able to run Python code. It waits while a stop-the-world
// is in progress, and in GIL mode until t holds the GIL.
func (t *Thread) Attach() {
	if len(t.sortClaims) != 0 {
		t.resumeSortClaims() // before the GIL: see list_sortclaim.go
	}
	if rt.cfg.GIL {
		t.takeGIL()
	}
	if t.state.CompareAndSwap(stateDetached, stateAttached) {
		return
	}
	t.attachSlow()
}

func (t *Thread) attachSlow() {
	rt.mu.Lock()
	defer rt.mu.Unlock()
	for {
		switch t.state.Load() {
		case stateAttached:
			panic("object: Attach on an attached thread")
		case stateDetached:
			if t.state.CompareAndSwap(stateDetached, stateAttached) {
				return
			}
		case stateSuspended:
			rt.worldCond.Wait()
		}
	}
}

// Detach marks t as not running Python code, before a call that may block
// (a lock, a channel, I/O, sleep). A stop-the-world never waits for a
// detached thread. The thread must not touch objects until Attach.
func (t *Thread) Detach() {
	if len(t.sortClaims) != 0 {
		t.suspendSortClaims() // a blocked thread holds no claim
	}
	if !t.state.CompareAndSwap(stateAttached, stateDetached) {
		panic("object: Detach on a thread that is not attached")
	}
	if rt.cfg.GIL {
		t.dropGIL()
	}
	// If a stop-the-world counted this thread as attached, it waits for
	// us: take part now. Go's atomics are sequentially consistent, so
	// either the requester sees our store of stateDetached, or we see its
	// breakerStop (stw.go).
	if t.evalBreaker.Load()&breakerStop != 0 {
		t.parkDetached()
	}
}

// Attached reports whether t is attached.
func (t *Thread) Attached() bool { return t.state.Load() == stateAttached }

// Poll is the safe point: the eval loop calls it on backward jumps and
// calls. It costs one atomic load (a plain load on amd64) when nothing is
// pending. It returns the pending bits the runtime left to its caller
// (BreakerUser and above).
func (t *Thread) Poll() uint32 {
	if b := t.evalBreaker.Load(); b != 0 {
		return t.handleBreaker(b)
	}
	return 0
}

// SetBreaker sets bits in t's eval breaker. Any thread may call it.
func (t *Thread) SetBreaker(bits uint32) { t.evalBreaker.Or(bits) }

// ClearBreaker clears bits in t's eval breaker. Any thread may call it.
func (t *Thread) ClearBreaker(bits uint32) { t.evalBreaker.And(^bits) }

func (t *Thread) handleBreaker(b uint32) uint32 {
	if b&breakerStop != 0 {
		t.park()
	}
	if b&breakerMerge != 0 {
		t.evalBreaker.And(^breakerMerge)
		t.mergeQueued()
	}
	if b&breakerGC != 0 {
		t.evalBreaker.And(^breakerGC)
		if rt.gc.enabled.Load() {
			t.Collect()
		}
	}
	if b&breakerDropGIL != 0 && rt.cfg.GIL {
		// Another thread waited a whole switch interval: let it run.
		t.Detach()
		t.Attach()
	}
	return t.evalBreaker.Load() &^ coreBreakerBits
}

// Exit releases t: it merges what other threads queued for it and its
// per-thread counts, leaves the thread table, and hands its tracked objects
// to the collector. Objects it owned stay valid: later decrefs by other
// threads merge them directly. t must be attached, and is unusable after.
func (t *Thread) Exit() {
	if t.state.Load() != stateAttached {
		panic("object: Exit on a thread that is not attached")
	}
	t.flushGCCount()
	if !rt.cfg.GIL {
		// Leave the table under the bucket lock, draining the queue until
		// it is empty: an enqueuer that finds us afterwards merges directly.
		b := bucketFor(t.id)
		for {
			t.mergeQueued()
			b.mu.Lock()
			if len(t.brcQueue) == 0 {
				delete(b.threads, t.id)
				b.mu.Unlock()
				break
			}
			b.mu.Unlock()
		}
	}
	t.mergePerThreadCounts()
	if rt.cfg.Debug {
		t.retireFreeSites()
	}
	t.Detach()
	rt.mu.Lock()
	// A collection running now may be reading our registry and roots.
	for rt.stopping {
		rt.worldCond.Wait()
	}
	for i, u := range rt.threads {
		if u == t {
			rt.threads = append(rt.threads[:i], rt.threads[i+1:]...)
			break
		}
	}
	rt.abandoned = append(rt.abandoned, t.gcObjects...)
	t.gcObjects = nil
	t.exited = true
	rt.mu.Unlock()
}

// threadsSnapshot returns the registered threads.
func threadsSnapshot() []*Thread {
	rt.mu.Lock()
	defer rt.mu.Unlock()
	return append([]*Thread(nil), rt.threads...)
}
