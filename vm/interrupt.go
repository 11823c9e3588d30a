// This file delivers Ctrl-C: the signal handler only records the
// interrupt and sets a bit in the main thread's eval breaker; the eval
// loop raises KeyboardInterrupt at its next safe point.

package vm

import (
	"github.com/ftpy/ftpy/object"
)

// BreakerInterrupt is the eval-breaker bit for a pending KeyboardInterrupt.
const BreakerInterrupt = object.BreakerUser

// Interrupt asks the thread running st to raise KeyboardInterrupt at its
// next safe point. Any goroutine may call it (a signal handler does).
func (st *State) Interrupt() { st.InterruptWith(object.KeyboardInterruptType, "") }

// InterruptWith asks the thread running st to raise typ(msg) at its next
// safe point (an embedder cancelling a call, a time limit). Any goroutine
// may call it; the first request not yet raised wins.
func (st *State) InterruptWith(typ *object.Type, msg string) {
	st.interruptType.CompareAndSwap(nil, &pendingInterrupt{typ, msg})
	st.interrupted.Store(true)
	st.t.SetBreaker(BreakerInterrupt)
}

// pendingInterrupt is the exception an interrupt raises.
type pendingInterrupt struct {
	typ *object.Type
	msg string
}

// handlePending raises what a safe point found pending for this thread.
func (st *State) handlePending() error {
	if st.interrupted.Swap(false) {
		st.t.ClearBreaker(BreakerInterrupt)
		p := st.interruptType.Swap(nil)
		if p == nil || p.msg == "" {
			typ := object.KeyboardInterruptType
			if p != nil {
				typ = p.typ
			}
			return st.t.NewException(typ)
		}
		return st.t.NewException(p.typ, object.NewStr(st.t, p.msg))
	}
	st.t.ClearBreaker(BreakerInterrupt)
	return nil
}

// PendingInterrupt returns KeyboardInterrupt if Ctrl-C arrived for this
// thread and was not yet raised, clearing it: blocking calls that poll
// (lock waits) use it to stay interruptible.
func (st *State) PendingInterrupt() error {
	if !st.interrupted.Load() {
		return nil
	}
	return st.handlePending()
}
