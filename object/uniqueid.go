// This file implements per-thread reference counts (runtime-model.md (e)).
// Deferral removes the counting of stack references, but heap references
// such as instance → its type or function → its globals are still counted,
// and creating instances of one class on many threads would serialise on
// the type's count. Such hot targets get a unique id; each thread then
// counts its references to them in a private array, which the collector
// merges into the shared counts while the world is stopped.

package object

import (
	"sync"
	"sync/atomic"
)

// NoUniqueID is the id of an object that has none: its references are
// counted the ordinary way.
const NoUniqueID int32 = -1

// uniqueIDPool hands out ids. table[id] remembers the holder and where the
// holder stores its id, so that the collector can revoke it.
type uniqueIDPool struct {
	mu    sync.Mutex
	table []uniqueIDEntry
	free  []int32
	byObj map[*Object]int32
}

type uniqueIDEntry struct {
	obj   *Object
	field *int32
}

// AssignUniqueID gives o, a new GC-capable object owned by t, a unique id,
// stores it in *field (which the holder reads with LoadUniqueID) and makes
// o deferred. In GIL mode or under NoDefer it stores NoUniqueID: counts are
// then ordinary.
func (t *Thread) AssignUniqueID(o *Object, field *int32) {
	if rt.cfg.GIL || rt.cfg.NoDefer || !o.typ.IsGC() {
		atomic.StoreInt32(field, NoUniqueID)
		return
	}
	p := &rt.ids
	p.mu.Lock()
	var id int32
	if n := len(p.free); n > 0 {
		id = p.free[n-1]
		p.free = p.free[:n-1]
	} else {
		id = int32(len(p.table))
		p.table = append(p.table, uniqueIDEntry{})
	}
	p.table[id] = uniqueIDEntry{obj: o, field: field}
	if p.byObj == nil {
		p.byObj = make(map[*Object]int32)
	}
	p.byObj[o] = id
	p.mu.Unlock()
	atomic.StoreInt32(field, id)
	t.SetDeferred(o)
}

// LoadUniqueID reads a holder's id field; the collector may revoke it
// concurrently with a reader that holds no reference yet.
func LoadUniqueID(field *int32) int32 { return atomic.LoadInt32(field) }

// IncrefUnique adds a reference to o, whose unique id is id, in t's
// private count array.
func (t *Thread) IncrefUnique(o *Object, id int32) {
	if uint(id) < uint(len(t.counts)) {
		t.counts[id]++
		return
	}
	t.increfUniqueSlow(o, id)
}

// DecrefUnique drops a reference taken with IncrefUnique (or Incref: only
// the sum of all counts matters, and it is merged before o can be freed).
func (t *Thread) DecrefUnique(o *Object, id int32) {
	if uint(id) < uint(len(t.counts)) {
		t.counts[id]--
		return
	}
	t.Decref(o)
}

func (t *Thread) increfUniqueSlow(o *Object, id int32) {
	if id < 0 {
		t.Incref(o)
		return
	}
	rt.ids.mu.Lock()
	size := len(rt.ids.table)
	rt.ids.mu.Unlock()
	if int(id) >= size {
		t.Incref(o)
		return
	}
	grown := make([]int64, max(size, 2*len(t.counts), 16))
	copy(grown, t.counts)
	t.counts = grown
	t.counts[id]++
}

// mergePerThreadCounts folds t's private counts into the holders' shared
// counts. It runs at thread exit and, for every thread, in each collection
// pause.
func (t *Thread) mergePerThreadCounts() {
	if len(t.counts) == 0 {
		return
	}
	p := &rt.ids
	p.mu.Lock()
	for id, c := range t.counts {
		if c == 0 {
			continue
		}
		t.counts[id] = 0
		if o := p.table[id].obj; o != nil {
			atomic.AddInt64(&o.shared, c<<sharedShift)
		}
	}
	p.mu.Unlock()
}

// releaseUniqueID revokes o's unique id, if it has one, after all
// per-thread counts were merged: the collector calls it when it turns o's
// deferral off.
func releaseUniqueID(o *Object) {
	p := &rt.ids
	p.mu.Lock()
	defer p.mu.Unlock()
	id, ok := p.byObj[o]
	if !ok {
		return
	}
	delete(p.byObj, o)
	atomic.StoreInt32(p.table[id].field, NoUniqueID)
	p.table[id] = uniqueIDEntry{}
	p.free = append(p.free, id)
}
