// This file holds the read of a module global by LOAD_GLOBAL, where
// ftpy goes past CPython 3.14t: a container or instance that a thread
// other than its owner loads from a module's globals is made deferred
// (EnableDeferredRefcount), so that every later load from any thread is
// an uncounted stack ref and no two threads fight over its count.
//
// Why this is safe and what it costs (docs/scaling.md has the audit):
//   - A module-level object that other threads read is shared for the
//     program's life in practice (a config dict, a lookup table, a
//     getter). Deferral changes only when it is freed once the module
//     drops it: at the next collection rather than at the last decref,
//     as for the functions, classes and modules CPython defers.
//   - Only objects the collector tracks can be deferred (it must find
//     them to free them). Other values (str, int, float, untracked
//     tuples) stay counted: for them a non-owner's load prepares them for
//     TryIncRef once, so later loads take no lock.
//   - The owner's own loads are unchanged: it counts on its local count,
//     which no other thread touches.
//   - -X deferred=0 (NoDefer) and GIL mode turn the policy off.

package object

// LoadGlobalAt is LoadAt for entry i of a module's globals: Null unless
// the entry still holds key itself.
func (d *Dict) LoadGlobalAt(t *Thread, i int, key *Str) StackRef {
	tab, e := d.entryAt(i, key)
	if e == nil {
		return Null
	}
	v := loadPtr(&e.value)
	if v == nil {
		return Null
	}
	bits := v.loadBits()
	if bits&bitDeferred != 0 {
		// Deferred objects die only while the world is stopped, and this
		// thread reaches no safe point before the ref is on its stack;
		// the second load rules out a stale v whose memory was recycled.
		if loadPtr(&e.value) == v {
			return RefBorrow(v)
		}
		return Null
	}
	switch v.loadTid() {
	case tidImmortal:
		return RefBorrow(v)
	case t.id:
		// Ours: only this thread frees it, so it is alive.
		t.Incref(v)
		return RefSteal(v)
	}
	if bits&bitTracked != 0 && !rt.cfg.GIL && !rt.cfg.NoDefer {
		return d.loadSharedGlobal(t, i, key) // once: it comes back deferred
	}
	if r := d.refAt(t, tab, i); !r.IsNull() {
		return r
	}
	return d.loadSharedGlobal(t, i, key)
}

// loadSharedGlobal is LoadGlobalAt's path for a value another thread
// owns that could not be taken without the lock: under the lock (the
// dict's reference keeps the value alive there), a tracked value is made
// deferred and borrowed; any other is counted and prepared for TryIncRef,
// so that the next load finds it ready.
func (d *Dict) loadSharedGlobal(t *Thread, i int, key *Str) StackRef {
	d.mu.Lock()
	defer d.mu.Unlock()
	tab := d.tab
	if tab == nil || uint(i) >= uint(tab.n) || tab.entries[i].key != &key.Object {
		return Null
	}
	v := tab.entries[i].value
	if v == nil {
		return Null
	}
	if !rt.cfg.NoDefer && v.loadTid() != tidImmortal && EnableDeferredRefcount(v) == 1 {
		return RefBorrow(v)
	}
	r := t.RefFromNew(v)
	EnableTryIncRef(v)
	return r
}
