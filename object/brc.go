// This file implements the hand-off half of biased reference counting:
// a non-owner whose decref would take the shared count below zero queues
// the object to its owner, which merges the two counts at a safe point.

package object

import "sync"

// brcBuckets is the number of thread-table buckets; a prime spreads the
// sequential thread ids evenly.
const brcBuckets = 257

// A brcBucket maps thread ids to threads. Its mutex also guards the merge
// queues of the threads it holds, so an enqueuer can find a thread and push
// to its queue in one critical section, and a thread leaving the table
// cannot lose an object pushed concurrently.
type brcBucket struct {
	mu      sync.Mutex
	threads map[uintptr]*Thread
}

func bucketFor(tid uintptr) *brcBucket { return &rt.buckets[tid%brcBuckets] }

// queueToOwner hands o, whose shared word this thread just set to QUEUED,
// to its owner. The queue now holds the reference being dropped: the
// owner's merge subtracts it (runtime-model.md (b)).
func (t *Thread) queueToOwner(o *Object) {
	tid := o.loadTid()
	if tid == tidUnowned {
		// The owner merged concurrently (its mergeZero moved the state from
		// QUEUED to MERGED and kept our reference in the count): an
		// ordinary shared decref now applies it.
		t.decrefShared(o, tidUnowned)
		return
	}
	b := bucketFor(tid)
	b.mu.Lock()
	owner := b.threads[tid]
	if owner == nil {
		// The owner exited; its last write to o.local happened before it
		// left the table under this lock, so we may merge in its place.
		rc := explicitMerge(o, -1)
		b.mu.Unlock()
		if rc == 0 {
			t.dealloc(o)
		}
		return
	}
	owner.brcQueue = append(owner.brcQueue, o)
	b.mu.Unlock()
	owner.SetBreaker(breakerMerge)
}

// mergeQueued merges every object other threads queued to t, freeing those
// whose total count reaches zero.
func (t *Thread) mergeQueued() {
	b := bucketFor(t.id)
	b.mu.Lock()
	q := t.brcQueue
	t.brcQueue = nil
	b.mu.Unlock()
	for i, o := range q {
		q[i] = nil
		if explicitMerge(o, -1) == 0 {
			t.dealloc(o)
		}
	}
}

// explicitMerge folds o's local count and extra into its shared count,
// marks it MERGED and unowned, and returns the resulting count. The caller
// must be entitled to read o.local: the owner, the thread standing in for
// an exited owner, or a collector with the world stopped.
func explicitMerge(o *Object, extra int64) int64 {
	local := int64(o.local)
	o.local = 0
	o.storeTid(tidUnowned)
	for {
		sh := o.loadShared()
		rc := sh>>sharedShift + local + extra
		if o.casShared(sh, rc<<sharedShift|stateMerged) {
			return rc
		}
	}
}
