// This file recovers a Go panic raised while the eval loop runs: in an
// opcode, a builtin or anything else run calls. The panic becomes a
// SystemError that run returns, as if its frames had raised it, and the
// thread's state is put back as it was when run began, so that the
// interpreter goes on.

package vm

import "github.com/ftpy/ftpy/object"

// recoverRun unwinds the frames run entered, from the innermost to
// entry, after a panic with value r, restores the exception being
// handled to what it was when run began, and returns the SystemError.
//
// The panic may have struck between moving a reference and clearing
// its slot, so the frames' slots are cleared without being closed:
// what they held leaks rather than risk a second release of a live
// object. Every slot must still become null (the collector scans the
// data stack's chunks whole).
func (st *State) recoverRun(entry *Frame, handled *object.Object, r any) error {
	err := st.t.PanicError(r)
	inChain := false
	for fr := st.frame; fr != nil; fr = fr.back {
		if fr == entry {
			inChain = true
			break
		}
	}
	if !inChain {
		// entry was already left (the panic came from leave itself).
		return err
	}
	for {
		fr := st.frame
		st.abandon(fr, fr == entry)
		if fr == entry {
			break
		}
	}
	// The exception being handled when run began is alive: its
	// reference was saved in a slot that was just leaked, or it is
	// still st.handled. The one the abandoned frames were handling, if
	// any, leaks.
	st.handled = handled
	return err
}

// abandon unlinks fr, a frame a panic interrupted, from the thread,
// leaking its references, and releases what the frame itself holds of
// the thread: its data stack slots, and for a generator running
// inline, the generator (finished) and its collector roots.
func (st *State) abandon(fr *Frame, isEntry bool) {
	abandonFrameObject(st.t, fr)
	clear(fr.slots)
	fr.sp = 0
	st.frame = fr.back
	fr.initSelf, fr.locals = nil, nil
	if g := fr.gen; g != nil {
		fr.gen = nil
		g.frame = nil
		st.t.PopRoots()
		st.t.Depth--
		g.release()
	} else if !isEntry {
		st.t.Depth-- // an inline call's
	}
	if !fr.heap {
		st.popFrame(fr)
	}
}
