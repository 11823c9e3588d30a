// This file implements the collector (runtime-model.md (f)): a
// non-generational, stop-the-world tracing pass that frees unreachable
// cycles and unreachable deferred objects.
//
// Outline of Collect:
//  1. Stop the world. Merge every thread's per-thread counts and biased
//     queues, so each object's true count is in its header.
//  2. Candidates are all tracked, unfrozen objects. gc_refs starts at the
//     true count minus the deferred bias; each reference from another
//     candidate is subtracted (Traverse), and each uncounted stack ref on
//     any thread's stack is added back. What keeps gc_refs > 0 is
//     referenced from outside, and everything it reaches is reachable.
//  3. The rest is garbage. Deferral is turned off, the collector takes one
//     reference to each (merging its counts), weak references to garbage
//     are cleared and the callbacks of live weak references queued.
//  4. Start the world; run weak reference callbacks and finalizers (each at
//     most once per object).
//  5. Stop the world again to detect resurrection: a garbage object whose
//     count exceeds the references from other garbage was stored
//     somewhere by a finalizer, and it and all it reaches survive.
//  6. Start the world; Clear each remaining garbage object to break its
//     cycles, then drop the collector's references: ordinary decref frees
//     them.
//
// During a pass the collector borrows each candidate's tid field to hold
// its index in the collector's arrays, as CPython borrows ob_tid for
// gc_refs, and restores it before the world restarts.

package object

import (
	"cmp"
	"slices"
	"sync/atomic"
)

type gcState struct {
	threshold atomic.Int64
	count     atomic.Int64 // tracked allocations minus frees since the last collection
	longLived atomic.Int64 // objects that survived the last collection
	enabled   atomic.Bool
	running   atomic.Bool
	frozen    atomic.Int64
	garbage   []*Object // gc.garbage: unreachable objects with a legacy Del; guarded by running
}

// GCEnable turns automatic collection on or off (gc.enable/gc.disable).
func GCEnable(on bool) { rt.gc.enabled.Store(on) }

// GCEnabled reports whether automatic collection is on (gc.isenabled).
func GCEnabled() bool { return rt.gc.enabled.Load() }

// SetThreshold sets the number of net tracked allocations that triggers
// an automatic collection. Any thread may call it at any time.
func SetThreshold(n int) { rt.gc.threshold.Store(int64(n)) }

// Threshold returns the automatic collection threshold.
func Threshold() int { return int(rt.gc.threshold.Load()) }

// GCCount returns the net tracked allocations since the last collection,
// as flushed by the threads so far (gc.get_count()[0]).
func GCCount() int { return int(rt.gc.count.Load()) }

// collection is the state of one pass.
type collection struct {
	t       *Thread
	threads []*Thread // registered threads, all stopped but t
	objs    []*Object // candidates; objs[i].tid == i while the world is stopped
	saved   []uintptr // their real tids
	refs    []int64   // gc_refs
	garbage []*Object
	legacy  []*Object
	visit   Visitor
	stack   []*Object
	// uncollectable counts the unreachable objects kept in gc.garbage.
	uncollectable int
}

// CollectHook is called by every collection that runs, automatic or
// explicit, on the collecting thread, attached, with the world started:
// with phase "start" before the pass (collected and uncollectable 0) and
// "stop" after it. generation is the one the caller asked for (2 for
// Collect and automatic collections). It may run Python code; a collection
// it starts returns 0 at once, as the pass is still running.
type CollectHook func(t *Thread, phase string, generation, collected, uncollectable int)

var collectHook atomic.Pointer[CollectHook]

// SetCollectHook installs h (nil removes it); it is process-wide (the gc
// module's callbacks).
func SetCollectHook(h CollectHook) {
	if h == nil {
		collectHook.Store(nil)
		return
	}
	collectHook.Store(&h)
}

// Collect runs a full collection on t, which must be attached, and returns
// the number of unreachable objects it freed (gc.collect()). It returns 0
// at once if another collection is running.
func (t *Thread) Collect() int {
	n, _ := t.CollectGeneration(2)
	return n
}

// CollectGeneration runs a full collection as Collect does (there is one
// generation; gen is only reported to the collect hook) and returns the
// number of objects freed and the number found unreachable but kept in
// gc.garbage. It returns 0, 0 at once if another collection is running.
func (t *Thread) CollectGeneration(gen int) (collected, uncollectable int) {
	if !rt.gc.running.CompareAndSwap(false, true) {
		return 0, 0
	}
	defer rt.gc.running.Store(false)
	hook := collectHook.Load()
	if hook != nil {
		(*hook)(t, "start", gen, 0, 0)
	}
	collected, uncollectable = t.collect()
	if hook != nil {
		(*hook)(t, "stop", gen, collected, uncollectable)
	}
	return collected, uncollectable
}

func (t *Thread) collect() (collected, uncollectable int) {
	c := &collection{t: t}

	t.StopTheWorld()
	c.threads = threadsSnapshot()
	later := c.mergeAllCounts()
	c.gatherCandidates()
	c.computeRefs()
	c.scanStacks()
	c.markReachable()
	c.restoreAndCollectGarbage()
	callbacks := c.clearWeakrefsToGarbage()
	t.StartTheWorld()

	for _, o := range later {
		t.Decref(o)
	}
	runWeakrefCallbacks(t, callbacks)
	if c.finalizeGarbage() {
		t.StopTheWorld()
		c.dropResurrected()
		t.StartTheWorld()
	}
	return c.clearGarbage(), c.uncollectable
}

// mergeAllCounts folds every thread's per-thread counts and biased queue
// into the headers. A queued object whose count reaches zero gets a
// reference back and is released after the world restarts, since a
// dealloc (which may run a finalizer) must not run with the world stopped.
func (c *collection) mergeAllCounts() (later []*Object) {
	for _, u := range c.threads {
		u.mergePerThreadCounts()
		u.flushGCCount()
		b := bucketFor(u.id)
		b.mu.Lock()
		q := u.brcQueue
		u.brcQueue = nil
		b.mu.Unlock()
		for _, o := range q {
			if explicitMerge(o, -1) == 0 {
				// Take a reference to keep it alive until after the pass.
				explicitMerge(o, 1)
				later = append(later, o)
			}
		}
	}
	return later
}

// gatherCandidates compacts every registry and collects the tracked,
// unfrozen, mortal objects.
func (c *collection) gatherCandidates() {
	gather := func(reg []*Object) []*Object {
		reg = compactRegistry(reg)
		for _, o := range reg {
			b := o.loadBits()
			if b&bitFrozen != 0 {
				continue
			}
			if o.loadTid() == tidImmortal {
				o.clearBits(bitTracked)
				continue
			}
			c.objs = append(c.objs, o)
		}
		return reg
	}
	for _, u := range c.threads {
		u.gcObjects = gather(u.gcObjects)
	}
	rt.abandoned = gather(rt.abandoned)
	rt.gc.count.Store(0)
}

// computeRefs sets gc_refs for each candidate: its true count less the
// deferred bias, less the references from other candidates.
func (c *collection) computeRefs() {
	n := len(c.objs)
	c.saved = make([]uintptr, n)
	c.refs = make([]int64, n)
	for i, o := range c.objs {
		c.saved[i] = o.tid
		rc := int64(o.local) + o.shared>>sharedShift
		if o.bits&bitDeferred != 0 {
			rc -= deferredBias
		}
		c.refs[i] = rc
		o.bits |= bitUnreachable
		o.tid = uintptr(i)
	}
	c.visit = func(child *Object) {
		if child != nil && child.bits&bitUnreachable != 0 {
			c.refs[child.tid]--
		}
	}
	for _, o := range c.objs {
		traverse(o, c.visit)
	}
}

// traverse visits o's references: those its type's Traverse reports,
// plus, for an instance of a heap type, the type itself (CPython's
// subtype_traverse).
func traverse(o *Object, visit Visitor) {
	if tr := o.typ.Traverse; tr != nil {
		tr(o, visit)
	}
	if o.typ.Flags&FlagHeapType != 0 {
		visit(&o.typ.Object)
	}
}

// scanStacks adds one to gc_refs for every uncounted stack ref to a
// candidate: that is the reference deferral did not count. Counted stack
// refs are already in the true count. Borrowed refs are added too, which
// is conservative.
func (c *collection) scanStacks() {
	for _, u := range c.threads {
		for _, frame := range u.roots {
			for _, r := range frame {
				if r.IsCounted() {
					continue
				}
				if o := r.Obj(); o.bits&bitUnreachable != 0 {
					c.refs[o.tid]++
				}
			}
		}
	}
}

// markReachable clears bitUnreachable from every candidate referenced from
// outside the candidate set, and from everything those reach.
func (c *collection) markReachable() {
	mark := func(child *Object) {
		if child != nil && child.bits&bitUnreachable != 0 {
			child.bits &^= bitUnreachable
			c.stack = append(c.stack, child)
		}
	}
	for i, o := range c.objs {
		if c.refs[i] > 0 && o.bits&bitUnreachable != 0 {
			o.bits &^= bitUnreachable
			c.stack = append(c.stack, o)
		}
		for len(c.stack) > 0 {
			top := c.stack[len(c.stack)-1]
			c.stack = c.stack[:len(c.stack)-1]
			traverse(top, mark)
		}
	}
}

// restoreAndCollectGarbage gives every candidate its tid back and turns
// the unreachable ones into the garbage list, each holding one reference
// taken by the collector. Objects with a legacy Del, and all they reach,
// move to gc.garbage instead.
func (c *collection) restoreAndCollectGarbage() {
	var survivors int64
	for i, o := range c.objs {
		o.tid = c.saved[i]
		if o.bits&bitUnreachable == 0 {
			survivors++
			continue
		}
		if o.typ.Del != nil {
			c.legacy = append(c.legacy, o)
		}
	}
	for _, o := range c.legacy {
		// Legacy objects and what they reach stay alive in gc.garbage.
		if o.bits&bitUnreachable != 0 {
			c.uncollectable++
		}
		o.bits &^= bitUnreachable
		c.stack = append(c.stack, o)
		for len(c.stack) > 0 {
			top := c.stack[len(c.stack)-1]
			c.stack = c.stack[:len(c.stack)-1]
			traverse(top, func(ch *Object) {
				if ch != nil && ch.bits&bitUnreachable != 0 {
					ch.bits &^= bitUnreachable
					c.uncollectable++
					c.stack = append(c.stack, ch)
				}
			})
		}
		explicitMerge(o, 1)
		rt.gc.garbage = append(rt.gc.garbage, o)
	}
	for _, o := range c.objs {
		if o.bits&bitUnreachable == 0 {
			continue
		}
		if o.bits&bitDeferred != 0 {
			disableDeferred(o)
		}
		explicitMerge(o, 1)
		c.garbage = append(c.garbage, o)
	}
	rt.gc.longLived.Store(survivors)
	c.objs, c.saved, c.refs = nil, nil, nil
	c.orderGarbage()
}

// orderGarbage sorts the garbage oldest tracked first, by track stamp
// (object.go): CPython 3.11 finalizes and clears garbage in its object
// list's order, the order of tracking, where ftpy's registries keep a
// recycled object at the place it was first listed. Stamps are counted
// per thread, so objects tracked by different threads are ordered only
// approximately. The ages are taken modulo the stamp's width from the
// collecting thread's count.
func (c *collection) orderGarbage() {
	if len(c.garbage) < 2 {
		return
	}
	now := c.t.tracks
	age := func(o *Object) uint32 {
		return (now - o.bits>>trackStampShift) & (1<<trackStampBits - 1)
	}
	slices.SortStableFunc(c.garbage, func(a, b *Object) int { return cmp.Compare(age(b), age(a)) })
}

// finalizeGarbage runs, with the world started, the finalizer of each
// garbage object that has one and has not run it yet. It reports whether
// any ran.
func (c *collection) finalizeGarbage() bool {
	ran := false
	for _, o := range c.garbage {
		fin := o.typ.Finalize
		if fin == nil || o.loadBits()&bitFinalized != 0 {
			continue
		}
		o.setBits(bitFinalized)
		fin(c.t, o)
		ran = true
	}
	return ran
}

// dropResurrected finds garbage objects that a finalizer made reachable
// again and removes them, and everything they reach, from the garbage
// set. The world is stopped.
func (c *collection) dropResurrected() {
	// For each garbage object: references beyond the collector's own and
	// those from other garbage objects mean it was stored elsewhere.
	extra := make([]int64, len(c.garbage))
	saved := make([]uintptr, len(c.garbage))
	for i, o := range c.garbage {
		extra[i] = int64(o.local) + o.shared>>sharedShift - 1
		saved[i] = o.tid
		o.tid = uintptr(i)
	}
	for _, o := range c.garbage {
		if o.bits&bitTracked != 0 {
			traverse(o, func(ch *Object) {
				if ch != nil && ch.bits&bitUnreachable != 0 {
					extra[ch.tid]--
				}
			})
		}
	}
	for i, o := range c.garbage {
		if extra[i] > 0 && o.bits&bitUnreachable != 0 {
			c.stack = append(c.stack, o)
			o.bits &^= bitUnreachable
		}
		for len(c.stack) > 0 {
			top := c.stack[len(c.stack)-1]
			c.stack = c.stack[:len(c.stack)-1]
			traverse(top, func(ch *Object) {
				if ch != nil && ch.bits&bitUnreachable != 0 {
					ch.bits &^= bitUnreachable
					c.stack = append(c.stack, ch)
				}
			})
		}
	}
	for i, o := range c.garbage {
		o.tid = saved[i]
	}
}

// clearGarbage breaks the cycles of the garbage that is still unreachable
// and drops the collector's references, which frees it. It returns the
// number of objects collected.
func (c *collection) clearGarbage() int {
	t := c.t
	n := 0
	for _, o := range c.garbage {
		b := o.loadBits()
		if b&bitUnreachable != 0 && b&bitTracked != 0 {
			n++
			if o.typ.Clear != nil {
				o.typ.Clear(t, o)
			}
		}
	}
	for i, o := range c.garbage {
		o.clearBits(bitUnreachable)
		t.Decref(o)
		c.garbage[i] = nil
	}
	return n
}

// Garbage returns gc.garbage: unreachable objects with a legacy Del that
// the collector could not free. The caller gets new references.
func (t *Thread) Garbage() []*Object {
	t.StopTheWorld()
	defer t.StartTheWorld()
	out := make([]*Object, len(rt.gc.garbage))
	for i, o := range rt.gc.garbage {
		out[i] = t.NewRef(o)
	}
	return out
}
