// This file delivers interrupts to a thread: Ctrl-C (KeyboardInterrupt),
// which Python code may catch, and an embedder's hard stop, which it may
// not. A request only records itself, sets a bit in the thread's eval
// breaker and wakes the thread's blocking call if there is one; the
// thread raises the exception itself, at its next safe point (a backward
// jump, a call) or in the blocking call it was woken from (block.go).
// Nothing is added to the eval loop's common path: the safe points
// already load the breaker, and everything here runs only once a bit is
// set.

package vm

import (
	"github.com/ftpy/ftpy/object"
)

// BreakerInterrupt is the eval-breaker bit for a pending interrupt or
// hard stop.
const BreakerInterrupt = object.BreakerUser

// Interrupt asks the thread running st to raise KeyboardInterrupt at its
// next safe point. Any goroutine may call it (a signal handler does).
func (st *State) Interrupt() { st.InterruptWith(object.KeyboardInterruptType, "") }

// InterruptWith asks the thread running st to raise typ(msg) at its next
// safe point or in the blocking call it waits in. Any goroutine may call
// it; the first request not yet raised wins.
func (st *State) InterruptWith(typ *object.Type, msg string) {
	st.InterruptAtSafePoint(typ, msg)
	st.wakeUp()
}

// InterruptAtSafePoint is InterruptWith without waking a blocking call:
// the thread raises typ(msg) at its next safe point, once the call it
// waits in returns on its own. That is what CPython's
// PyErr_SetInterruptEx (_thread.interrupt_main) does, since no real
// signal interrupts the main thread's wait.
func (st *State) InterruptAtSafePoint(typ *object.Type, msg string) {
	st.interruptType.CompareAndSwap(nil, &pendingInterrupt{typ: typ, msg: msg})
	st.interrupted.Store(true)
	st.t.SetBreaker(BreakerInterrupt)
}

// Stop asks the thread running st to stop for good: it raises typ(msg),
// which no except clause catches and no with statement's __exit__
// suppresses; finally blocks and __exit__ methods run as it unwinds.
// The request stays in force until the thread's outermost call ends:
// Python code that swallows the exception anyway (a return in a finally
// block) gets it again at its next safe point. cause is what the embedder
// reports (context.Canceled, say); Stopped returns it. Any goroutine may
// call Stop.
func (st *State) Stop(typ *object.Type, msg string, cause error) {
	st.stop.CompareAndSwap(nil, &pendingInterrupt{typ: typ, msg: msg, cause: cause})
	st.t.SetBreaker(BreakerInterrupt)
	st.wakeUp()
}

// Stopped returns the cause given to Stop, or nil when no stop was asked
// for.
func (st *State) Stopped() error {
	if p := st.stop.Load(); p != nil {
		return p.cause
	}
	return nil
}

// IsStop reports whether exc is the exception a hard stop raised.
func (st *State) IsStop(exc *object.Object) bool {
	return st.stopExc != nil && exc == st.stopExc
}

// wakeUp ends the thread's blocking wait, if any: the wake channel holds
// one token, so a second request before the thread looks is merged into
// the first.
func (st *State) wakeUp() {
	select {
	case st.wake <- struct{}{}:
	default:
	}
}

// pendingInterrupt is the exception an interrupt or a stop raises.
type pendingInterrupt struct {
	typ   *object.Type
	msg   string
	cause error
}

func (p *pendingInterrupt) raise(t *object.Thread) *object.Exception {
	if p == nil {
		return t.NewException(object.KeyboardInterruptType)
	}
	if p.msg == "" {
		return t.NewException(p.typ)
	}
	return t.NewException(p.typ, object.NewStr(t, p.msg))
}

// pending reports, without raising anything, whether the thread has an
// exception to raise now. Only the thread itself calls it, attached or
// not (a blocking read asks it while detached).
func (st *State) pending() bool {
	if st.stop.Load() != nil {
		// While a finally block runs for the stop, the stop waits.
		return st.stopExc == nil || st.handled != st.stopExc
	}
	return st.interrupted.Load() || st.pendingSignals.Load() != 0
}

// handlePending raises what a safe point found pending for this thread.
func (st *State) handlePending() error {
	if p := st.stop.Load(); p != nil {
		// The bit stays set: the stop is raised at every safe point
		// until the call ends, except inside the finally blocks and
		// __exit__ methods the stop itself runs.
		if st.stopExc != nil && st.handled == st.stopExc {
			return nil
		}
		exc := p.raise(st.t)
		if st.stopExc != nil {
			st.t.Decref(st.stopExc)
		}
		st.stopExc = st.t.NewRef(&exc.Object)
		return exc
	}
	// The bit is cleared before the requests are taken: one arriving
	// meanwhile sets it again.
	st.t.ClearBreaker(BreakerInterrupt)
	if st.interrupted.Swap(false) {
		if st.pendingSignals.Load() != 0 {
			st.t.SetBreaker(BreakerInterrupt)
		}
		return st.interruptType.Swap(nil).raise(st.t)
	}
	if set := st.pendingSignals.Swap(0); set != 0 {
		return st.runSignalHandlers(set)
	}
	return nil
}

// PendingInterrupt returns the exception an interrupt or stop asks this
// thread to raise now, clearing the request (a stop stays), or nil.
func (st *State) PendingInterrupt() error {
	if !st.pending() {
		return nil
	}
	return st.handlePending()
}

// ReleaseStop drops what a stop left in st, once its call has returned:
// the exception it raised last.
func (st *State) ReleaseStop() {
	if st.stopExc != nil {
		st.t.Decref(st.stopExc)
		st.stopExc = nil
	}
}
