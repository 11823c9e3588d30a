// This file implements the "try" side of reference counting used by weak
// references and lock-free readers: increfing an object that another
// thread may be freeing at the same moment (runtime-model.md (h)).

package object

// EnableTryIncRef prepares o for TryIncRef from other threads
// (PyUnstable_EnableTryIncRef): it moves o's shared state from DEFAULT to
// MAYBE_WEAKREF, so that the owner's last decref has to CAS the shared word
// and cannot miss a concurrent TryIncRef. It does nothing if a state is
// already set, for immortal objects, and in GIL mode. The caller holds a
// strong reference.
func EnableTryIncRef(o *Object) {
	if rt.cfg.GIL || o.loadTid() == tidImmortal {
		return
	}
	for {
		sh := o.loadShared()
		if sh&stateMask != stateDefault {
			return
		}
		if o.casShared(sh, sh|stateMaybeWeakref) {
			return
		}
	}
}

// TryIncRef increfs o unless its count already reached zero, and reports
// whether it did (PyUnstable_TryIncRef). The caller must know that o's
// memory is still an object (weak references ensure it by clearing
// themselves, under a lock, before the object is freed). Without
// EnableTryIncRef it may fail spuriously for a live object that no other
// thread references.
func (t *Thread) TryIncRef(o *Object) bool {
	tid := o.loadTid()
	switch tid {
	case t.id:
		t.Incref(o)
		return true
	case tidImmortal:
		return true
	case tidFreed:
		return false
	}
	for {
		sh := o.loadShared()
		if sh == stateDefault || sh == stateMerged {
			return false
		}
		if o.casShared(sh, sh+sharedOne) {
			return true
		}
	}
}
