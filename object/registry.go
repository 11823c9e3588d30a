// This file keeps the collector's registry of tracked objects: a slice per
// thread, appended to by its owner without any lock, plus the slices of
// exited threads. Untracking only clears a bit; entries whose object is no
// longer tracked are dropped when the owner compacts its slice or when the
// collector walks it. CPython walks its allocator's heaps instead; Go gives
// us no such walk, and a per-thread slice keeps allocation lock-free.

package object

// registryMinCompact is the smallest registry length at which an owner
// compacts its slice between collections.
const registryMinCompact = 1024

// register appends o to t's registry. o's bitListed was just set by t.
func (t *Thread) register(o *Object) {
	t.gcObjects = append(t.gcObjects, o)
	if len(t.gcObjects) >= t.gcCompact {
		t.gcObjects = compactRegistry(t.gcObjects)
		// Amortise: compact again only once the slice doubled.
		t.gcCompact = max(2*len(t.gcObjects), registryMinCompact)
	}
}

// compactRegistry drops the entries of objects that are no longer tracked,
// clearing their bitListed so a later Track lists them again. It runs on
// the registry's owner or with the world stopped. The CAS orders it with a
// concurrent Track on another thread: either Track sees bitListed still set
// (and the entry stays, because the object is tracked again), or it sees
// it clear and lists the object itself.
func compactRegistry(objs []*Object) []*Object {
	kept := objs[:0]
	for _, o := range objs {
		for {
			b := o.loadBits()
			if b&bitTracked != 0 {
				kept = append(kept, o)
				break
			}
			if o.casBits(b, b&^bitListed) {
				break
			}
		}
	}
	clear(objs[len(kept):])
	return kept
}

// gcFlushEvery bounds how far a thread's allocation count may drift from
// the global count before it is flushed (CPython uses 512).
const gcFlushEvery = 512

// countGCAlloc records a tracked allocation (+1) or untrack (-1) and
// schedules a collection when the threshold is passed.
func (t *Thread) countGCAlloc(d int) {
	t.gcDelta += d
	if t.gcDelta >= gcFlushEvery || t.gcDelta <= -gcFlushEvery {
		t.flushGCCount()
	}
}

func (t *Thread) flushGCCount() {
	n := rt.gc.count.Add(int64(t.gcDelta))
	t.gcDelta = 0
	// Like CPython, also wait until the young objects are a quarter of
	// those that survived the last collection, so that a large live heap is
	// not rescanned every 2000 allocations.
	if n > rt.gc.threshold.Load() && n > rt.gc.longLived.Load()/4 &&
		rt.gc.enabled.Load() && !rt.gc.running.Load() {
		t.SetBreaker(breakerGC)
	}
}
