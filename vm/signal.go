// This file runs the Python handlers of OS signals (the signal module's
// signal.signal). As in CPython, a signal only records itself: the Go
// goroutine that receives it sets the signal's bit in the main thread's
// pending set (bit n-1 for signal n), sets the eval-breaker bit interrupts use and wakes the
// thread's blocking call; the main thread runs the handler at its next
// safe point (handlePending) or in the blocking call it waits in. The
// eval loop's common path does no more than before: the safe points
// already load the breaker.

package vm

import (
	"math/bits"
)

// SignalRunner runs the Python handler of a signal in the thread st (the
// main thread) and returns the exception it raised. The signal module
// installs one per interpreter (SetSignalRunner).
type SignalRunner interface {
	RunSignalHandler(st *State, signum int) error
}

// SetMainState records st as the interpreter's main thread: the only one
// that may set signal handlers and the one that runs them. The command
// sets it before it runs the program; an embedder's call sets it for its
// duration when no other call holds it.
func (in *Interp) SetMainState(st *State) { in.mainState.Store(st) }

// ClaimMainState makes st the main thread unless another holds the role,
// and reports whether it did: ReleaseMainState gives the role back.
func (in *Interp) ClaimMainState(st *State) bool { return in.mainState.CompareAndSwap(nil, st) }

// ReleaseMainState drops st's main-thread role, if it holds it.
func (in *Interp) ReleaseMainState(st *State) { in.mainState.CompareAndSwap(st, nil) }

// MainState returns the main thread's state, or nil when none is set.
func (in *Interp) MainState() *State { return in.mainState.Load() }

// IsMainThread reports whether st may act as the main thread: it is the
// main thread, or the interpreter has none (an embedder's thread).
func (st *State) IsMainThread() bool {
	m := st.interp.mainState.Load()
	return m == nil || m == st
}

// SetSignalRunner installs the signal module's handler runner.
func (in *Interp) SetSignalRunner(r SignalRunner) { in.signalRunner.Store(&r) }

// SignalRunner returns what SetSignalRunner installed, or nil.
func (in *Interp) SignalRunner() SignalRunner {
	if p := in.signalRunner.Load(); p != nil {
		return *p
	}
	return nil
}

// ClaimSignal tells the command's own handling of signum (Ctrl-C's
// KeyboardInterrupt) to stand aside, claimed, or to resume: the signal
// module claims a signal once Python code set its handler.
func (in *Interp) ClaimSignal(signum int, claimed bool) {
	if signum <= 0 || signum > 64 {
		return
	}
	bit := uint64(1) << (signum - 1)
	for {
		old := in.claimedSignals.Load()
		nw := old &^ bit
		if claimed {
			nw = old | bit
		}
		if in.claimedSignals.CompareAndSwap(old, nw) {
			return
		}
	}
}

// SignalClaimed reports whether the signal module handles signum.
func (in *Interp) SignalClaimed(signum int) bool {
	return signum > 0 && signum <= 64 && in.claimedSignals.Load()&(1<<(signum-1)) != 0
}

// TripSignal asks the thread running st to run the Python handler of
// signum at its next safe point. Any goroutine may call it.
func (st *State) TripSignal(signum int) {
	if st.TripSignalAtSafePoint(signum) {
		st.wakeUp()
	}
}

// TripSignalAtSafePoint is TripSignal without waking a blocking call
// (see InterruptAtSafePoint). It reports whether signum is valid.
func (st *State) TripSignalAtSafePoint(signum int) bool {
	if signum <= 0 || signum > 64 {
		return false
	}
	st.pendingSignals.Or(1 << (signum - 1))
	st.t.SetBreaker(BreakerInterrupt)
	return true
}

// runSignalHandlers runs the handlers of the signals in set, lowest
// first. When one raises, the signals not yet handled stay pending.
func (st *State) runSignalHandlers(set uint64) error {
	r := st.interp.SignalRunner()
	if r == nil {
		return nil
	}
	for set != 0 {
		bit := bits.TrailingZeros64(set)
		set &^= 1 << bit
		signum := bit + 1
		if err := r.RunSignalHandler(st, signum); err != nil {
			if set != 0 {
				st.pendingSignals.Or(set)
				st.t.SetBreaker(BreakerInterrupt)
			}
			return err
		}
	}
	return nil
}

// WaitSignal waits, detached, until a signal handler has run or an
// interrupt is asked for (signal.pause), and returns what it raised. A
// wake-up left from a request handled meanwhile at a safe point does not
// end the wait.
func (st *State) WaitSignal() error {
	for {
		st.t.Detach()
		<-st.wake
		st.t.Attach()
		if st.pending() {
			return st.handlePending()
		}
	}
}
