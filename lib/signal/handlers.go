//go:build linux

package signal

import (
	"os"
	ossignal "os/signal"
	"sync"
	"syscall"

	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/vm"
	"golang.org/x/sys/unix"
)

// handlers is one interpreter's table of Python signal handlers: SIG_DFL
// (0), SIG_IGN (1) or a callable per signal, as signal.signal set them.
type handlers struct {
	in      *vm.Interp
	mu      sync.Mutex
	table   [nsig]*object.Object // owned
	setter  *vm.State            // the last thread to set a handler: the main thread when the interpreter names none
	dfl     *object.Object       // SIG_DFL and SIG_IGN, as the module shows them
	ign     *object.Object
	intFunc *object.Object // default_int_handler
}

// The process's signals reach Python handlers through one channel that
// os/signal feeds; listeners names, per signal, the interpreters with a
// Python callable for it.
var (
	procMu    sync.Mutex
	deliver   chan os.Signal
	listeners [nsig]map[*handlers]bool
	wakeupFD  = -1 // set_wakeup_fd's descriptor, which gets each signal's number as a byte
	sigmask   uint64
)

// handlersOf returns in's table, creating it on the first import.
func handlersOf(st *vm.State, intFunc *object.Object) *handlers {
	in := st.Interp()
	if r, ok := in.SignalRunner().(*handlers); ok {
		return r
	}
	t := st.Thread()
	h := &handlers{in: in, dfl: object.NewInt(t, 0), ign: object.NewInt(t, 1), intFunc: t.NewRef(intFunc)}
	for sig := 1; sig < nsig; sig++ {
		switch {
		case ossignal.Ignored(syscall.Signal(sig)):
			h.table[sig] = t.NewRef(h.ign)
		case sig == int(syscall.SIGINT):
			h.table[sig] = t.NewRef(intFunc)
		default:
			h.table[sig] = t.NewRef(h.dfl)
		}
	}
	in.SetSignalRunner(h)
	return h
}

// get returns a new reference to signum's handler.
func (h *handlers) get(t *object.Thread, signum int) *object.Object {
	h.mu.Lock()
	defer h.mu.Unlock()
	return t.NewRef(h.table[signum])
}

// set installs handler (SIG_DFL, SIG_IGN or a callable) for signum and
// returns the old one, owned.
func (h *handlers) set(st *vm.State, signum int, handler *object.Object, kind int) (*object.Object, error) {
	t := st.Thread()
	if signum == int(unix.SIGKILL) || signum == int(unix.SIGSTOP) || signum == 32 || signum == 33 {
		return nil, object.NewOSError(t, int(unix.EINVAL), "Invalid argument")
	}
	h.mu.Lock()
	old := h.table[signum]
	h.table[signum] = t.NewRef(handler)
	h.setter = st
	h.mu.Unlock()

	sig := syscall.Signal(signum)
	procMu.Lock()
	defer procMu.Unlock()
	if deliver == nil {
		deliver = make(chan os.Signal, nsig)
		go forward(deliver)
	}
	if signum == int(unix.SIGINT) {
		// From now on the command's Ctrl-C handling stands aside: this
		// table says what SIGINT does.
		h.in.ClaimSignal(signum, true)
	}
	if kind == handlerCallable {
		if listeners[signum] == nil {
			listeners[signum] = map[*handlers]bool{}
		}
		listeners[signum][h] = true
		ossignal.Notify(deliver, sig)
		return old, nil
	}
	delete(listeners[signum], h)
	if len(listeners[signum]) > 0 {
		return old, nil // another interpreter still handles it
	}
	if kind == handlerIgnore {
		ossignal.Ignore(sig)
	} else {
		ossignal.Reset(sig)
	}
	return old, nil
}

// The kinds of handler signal.signal accepts.
const (
	handlerDefault = iota
	handlerIgnore
	handlerCallable
)

// forward passes each signal the process receives to the interpreters
// that handle it: the signal's byte goes to the wake-up descriptor, and
// the main thread of each runs the handler at its next safe point.
func forward(ch chan os.Signal) {
	for s := range ch {
		signum := int(s.(syscall.Signal))
		if signum <= 0 || signum >= nsig {
			continue
		}
		procMu.Lock()
		if wakeupFD >= 0 {
			unix.Write(wakeupFD, []byte{byte(signum)}) // a full pipe drops the byte, as CPython's does
		}
		var to []*handlers
		for h := range listeners[signum] {
			to = append(to, h)
		}
		procMu.Unlock()
		for _, h := range to {
			h.trip(signum)
		}
	}
}

// trip asks the interpreter's main thread to run signum's handler.
func (h *handlers) trip(signum int) {
	st := h.in.MainState()
	if st == nil {
		h.mu.Lock()
		st = h.setter
		h.mu.Unlock()
	}
	if st != nil {
		st.TripSignal(signum)
	}
}

// RunSignalHandler calls signum's handler as handler(signum, None) in the
// main thread: vm calls it at a safe point after trip.
func (h *handlers) RunSignalHandler(st *vm.State, signum int) error {
	t := st.Thread()
	fn := h.get(t, signum)
	defer t.Decref(fn)
	if !object.IsCallable(fn) {
		return nil // SIG_DFL or SIG_IGN set since the signal arrived
	}
	num := object.NewInt(t, int64(signum))
	defer t.Decref(num)
	r, err := object.Call(t, fn, []*object.Object{num, object.None}, nil)
	if err != nil {
		return err
	}
	t.Decref(r)
	return nil
}
