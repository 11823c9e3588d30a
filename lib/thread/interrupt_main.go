// This file implements _thread.interrupt_main (CPython's
// PyErr_SetInterruptEx): another thread makes the main thread act as if
// a signal had arrived.

package thread

import (
	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/vm"
)

// sigint is SIGINT's number, interrupt_main's default.
const sigint = 2

// nsig bounds signal numbers, as Linux's NSIG does.
const nsig = 65

func interruptMain(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if err := object.NoKeywords(t, "interrupt_main", kw); err != nil {
		return nil, err
	}
	if err := object.CheckArgCount(t, "interrupt_main", args, nil, 0, 1); err != nil {
		return nil, err
	}
	signum := int64(sigint)
	if len(args) == 1 {
		n, err := object.AsInt64(t, args[0])
		if err != nil {
			return nil, err
		}
		signum = n
	}
	if signum < 1 || signum >= nsig {
		return nil, t.Errorf(object.ValueErrorType, "signal number out of range")
	}
	st := vm.StateOf(t)
	main := st.Interp().MainState()
	if main == nil {
		return object.None, nil
	}
	if signum == sigint && !st.Interp().SignalClaimed(sigint) {
		// No Python handler for SIGINT: the command's own, which raises
		// KeyboardInterrupt (signal.default_int_handler's effect).
		main.InterruptAtSafePoint(object.KeyboardInterruptType, "")
	} else {
		// The main thread runs the Python handler, if any; SIG_IGN and
		// SIG_DFL make it do nothing, as in CPython.
		main.TripSignalAtSafePoint(int(signum))
	}
	// No real signal arrives, so, as in CPython, a blocking call the
	// main thread waits in (a join, a sleep) is not cut short: the
	// exception comes when it returns.
	if st == main {
		// Called on the main thread itself: CPython's eval loop sees
		// the tripped signal as the call returns, so the exception
		// comes from this call, inside the caller's try or with.
		if err := st.PendingInterrupt(); err != nil {
			return nil, err
		}
	}
	return object.None, nil
}
