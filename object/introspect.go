// This file implements the collector's introspection and control
// operations behind the gc module: freeze, get_objects, get_referrers and
// get_referents. Each stops the world while it walks the registries, so it
// is safe beside running threads.

package object

// forEachTracked calls f for every tracked object in every registry. The
// world must be stopped.
func forEachTracked(f func(o *Object)) {
	walk := func(reg []*Object) {
		for _, o := range reg {
			if o.loadBits()&bitTracked != 0 {
				f(o)
			}
		}
	}
	rt.mu.Lock()
	threads := append([]*Thread(nil), rt.threads...)
	rt.mu.Unlock()
	for _, u := range threads {
		walk(u.gcObjects)
	}
	walk(rt.abandoned)
}

// Freeze moves every tracked object out of the collector's view
// (gc.freeze): frozen objects are never collected nor listed.
func (t *Thread) Freeze() {
	t.StopTheWorld()
	n := int64(0)
	forEachTracked(func(o *Object) {
		if o.bits&bitFrozen == 0 {
			o.setBits(bitFrozen)
			n++
		}
	})
	rt.gc.frozen.Add(n)
	t.StartTheWorld()
}

// Unfreeze returns the frozen objects to the collector (gc.unfreeze).
func (t *Thread) Unfreeze() {
	t.StopTheWorld()
	forEachTracked(func(o *Object) {
		if o.bits&bitFrozen != 0 {
			o.clearBits(bitFrozen)
		}
	})
	rt.gc.frozen.Store(0)
	t.StartTheWorld()
}

// FreezeCount returns the number of frozen objects (gc.get_freeze_count).
func FreezeCount() int { return int(rt.gc.frozen.Load()) }

// TrackedObjects returns new references to every tracked, unfrozen object
// (gc.get_objects).
func (t *Thread) TrackedObjects() []*Object {
	var out []*Object
	t.StopTheWorld()
	forEachTracked(func(o *Object) {
		if o.bits&bitFrozen == 0 {
			t.Incref(o)
			out = append(out, o)
		}
	})
	t.StartTheWorld()
	return out
}

// Referrers returns new references to the tracked, unfrozen objects that
// hold a reference to any of targets (gc.get_referrers).
func (t *Thread) Referrers(targets ...*Object) []*Object {
	want := make(map[*Object]bool, len(targets))
	for _, o := range targets {
		want[o] = true
	}
	var out []*Object
	t.StopTheWorld()
	forEachTracked(func(o *Object) {
		if o.bits&bitFrozen != 0 {
			return
		}
		found := false
		traverse(o, func(ch *Object) {
			if want[ch] {
				found = true
			}
		})
		if found {
			t.Incref(o)
			out = append(out, o)
		}
	})
	t.StartTheWorld()
	return out
}

// Referents returns new references to the objects o refers to
// (gc.get_referents). The caller holds a reference to o.
func (t *Thread) Referents(o *Object) []*Object {
	var out []*Object
	t.StopTheWorld()
	traverse(o, func(ch *Object) {
		if ch != nil {
			t.Incref(ch)
			out = append(out, ch)
		}
	})
	t.StartTheWorld()
	return out
}
