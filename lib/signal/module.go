//go:build linux

package signal

import (
	"github.com/ftpy/ftpy/lib/internal/intarg"
	"math"
	"os"
	"syscall"
	"time"

	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/vm"
	"golang.org/x/sys/unix"
)

func init() { vm.RegisterModule("_signal", newModule) }

// module returns the handler table of the interpreter calling.
func tableOf(t *object.Thread) *handlers {
	h, _ := vm.StateOf(t).Interp().SignalRunner().(*handlers)
	return h
}

var funcs = []object.MethodDef{
	{Name: "default_int_handler", Fn: defaultIntHandler},
	{Name: "signal", Fn: signalFn},
	{Name: "getsignal", Fn: getsignal},
	{Name: "raise_signal", Fn: raiseSignal},
	{Name: "strsignal", Fn: strsignal},
	{Name: "valid_signals", Fn: validSignals},
	{Name: "alarm", Fn: alarm},
	{Name: "pause", Fn: pause},
	{Name: "set_wakeup_fd", Fn: setWakeupFD},
	{Name: "siginterrupt", Fn: siginterrupt},
	{Name: "pthread_kill", Fn: pthreadKill},
	{Name: "pthread_sigmask", Fn: pthreadSigmask},
	{Name: "sigpending", Fn: sigpending},
	{Name: "setitimer", Fn: setitimer},
	{Name: "getitimer", Fn: getitimer},
}

func defaultIntHandler(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if err := positional(t, "default_int_handler", args, kw, 2, 2); err != nil {
		return nil, err
	}
	return nil, t.NewException(object.KeyboardInterruptType)
}

func signalFn(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if err := positional(t, "signal", args, kw, 2, 2); err != nil {
		return nil, err
	}
	st := vm.StateOf(t)
	if !st.IsMainThread() {
		return nil, t.Errorf(object.ValueErrorType, "signal only works in main thread of the main interpreter")
	}
	sig, err := signum(t, args[0])
	if err != nil {
		return nil, err
	}
	h := tableOf(t)
	handler, kind := args[1], handlerCallable
	if !object.IsCallable(handler) {
		switch {
		case isInt(t, handler, 0):
			handler, kind = h.dfl, handlerDefault
		case isInt(t, handler, 1):
			handler, kind = h.ign, handlerIgnore
		default:
			return nil, t.Errorf(object.TypeErrorType, "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object")
		}
	}
	return h.set(st, sig, handler, kind)
}

// isInt reports whether o is an int (a bool included) equal to v, as
// signal.signal compares a handler to SIG_DFL and SIG_IGN.
func isInt(t *object.Thread, o *object.Object, v int64) bool {
	if !object.IsInt(o) {
		return false
	}
	n, err := object.AsInt64(t, o)
	if err != nil {
		t.DropError(err)
		return false
	}
	return n == v
}

func getsignal(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if err := positional(t, "getsignal", args, kw, 1, 1); err != nil {
		return nil, err
	}
	sig, err := signum(t, args[0])
	if err != nil {
		return nil, err
	}
	return tableOf(t).get(t, sig), nil
}

// raiseSignal sends signum to the process. A signal with a Python
// handler runs it before the call returns, as in CPython, rather than
// whenever the OS delivers it.
func raiseSignal(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if err := positional(t, "raise_signal", args, kw, 1, 1); err != nil {
		return nil, err
	}
	sig, err := intarg.CInt(t, args[0])
	if err != nil {
		return nil, err
	}
	return sendToSelf(t, sig)
}

func sendToSelf(t *object.Thread, sig int) (*object.Object, error) {
	if sig == 0 {
		return object.None, nil
	}
	if sig < 0 || sig >= nsig {
		return nil, object.NewOSError(t, int(unix.EINVAL), "Invalid argument")
	}
	h := tableOf(t)
	fn := h.get(t, sig)
	callable := object.IsCallable(fn)
	t.Decref(fn)
	if callable {
		st := vm.StateOf(t)
		h.trip(sig)
		if err := st.PendingInterrupt(); err != nil {
			return nil, err
		}
		return object.None, nil
	}
	if err := unix.Kill(os.Getpid(), syscall.Signal(sig)); err != nil {
		return nil, object.OSErrorFromGo(t, err)
	}
	return object.None, nil
}

// strsignal's descriptions are the C library's (glibc's) on Linux.
var descriptions = [...]string{
	1: "Hangup", 2: "Interrupt", 3: "Quit", 4: "Illegal instruction",
	5: "Trace/breakpoint trap", 6: "Aborted", 7: "Bus error",
	8: "Floating point exception", 9: "Killed", 10: "User defined signal 1",
	11: "Segmentation fault", 12: "User defined signal 2", 13: "Broken pipe",
	14: "Alarm clock", 15: "Terminated", 16: "Stack fault", 17: "Child exited",
	18: "Continued", 19: "Stopped (signal)", 20: "Stopped",
	21: "Stopped (tty input)", 22: "Stopped (tty output)",
	23: "Urgent I/O condition", 24: "CPU time limit exceeded",
	25: "File size limit exceeded", 26: "Virtual timer expired",
	27: "Profiling timer expired", 28: "Window changed", 29: "I/O possible",
	30: "Power failure", 31: "Bad system call",
}

func strsignal(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if err := positional(t, "strsignal", args, kw, 1, 1); err != nil {
		return nil, err
	}
	sig, err := signum(t, args[0])
	if err != nil {
		return nil, err
	}
	switch {
	case sig < len(descriptions):
		return object.NewStr(t, descriptions[sig]), nil
	case sig >= 34:
		return object.NewStr(t, "Real-time signal "+itoa(sig-34)), nil
	}
	return object.None, nil
}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

// validSignals lists the signals a handler may be set for: all but the
// two the C library keeps for its threads.
func validSignals(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if err := positional(t, "valid_signals", args, kw, 0, 0); err != nil {
		return nil, err
	}
	return maskSet(t, ^uint64(0)&^(1<<31|1<<32))
}

// maskSet returns the set of the signal numbers whose bits are set (bit
// n-1 for signal n).
func maskSet(t *object.Thread, mask uint64) (*object.Object, error) {
	s := object.NewSet(t)
	for sig := 1; sig < nsig; sig++ {
		if mask&(1<<(sig-1)) == 0 {
			continue
		}
		n := object.NewInt(t, int64(sig))
		err := s.Add(t, n)
		t.Decref(n)
		if err != nil {
			t.Decref(s.Obj())
			return nil, err
		}
	}
	return s.Obj(), nil
}

func alarm(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if err := positional(t, "alarm", args, kw, 1, 1); err != nil {
		return nil, err
	}
	secs, err := intarg.CInt(t, args[0])
	if err != nil {
		return nil, err
	}
	old, err := unix.Setitimer(unix.ITIMER_REAL, unix.Itimerval{Value: unix.Timeval{Sec: int64(uint32(secs))}})
	if err != nil {
		return nil, object.OSErrorFromGo(t, err)
	}
	// As the C library's alarm: rounded to the nearest second, but never
	// zero for an alarm still pending.
	left := old.Value.Sec
	if old.Value.Usec >= 500000 || (left == 0 && old.Value.Usec > 0) {
		left++
	}
	return object.NewInt(t, left), nil
}

// pause waits, detached, until a signal handler has run (or raised).
func pause(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if err := positional(t, "pause", args, kw, 0, 0); err != nil {
		return nil, err
	}
	if err := vm.StateOf(t).WaitSignal(); err != nil {
		return nil, err
	}
	return object.None, nil
}

func setWakeupFD(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	var fdArg, warn *object.Object
	if err := object.ParseArgs(t, "set_wakeup_fd", args, kw, []string{"/fd", "$warn_on_full_buffer"}, 1, &fdArg, &warn); err != nil {
		return nil, err
	}
	fd, err := intarg.CInt(t, fdArg)
	if err != nil {
		return nil, err
	}
	if !vm.StateOf(t).IsMainThread() {
		return nil, t.Errorf(object.ValueErrorType, "set_wakeup_fd only works in main thread of the main interpreter")
	}
	if fd != -1 {
		var stat unix.Stat_t
		if err := unix.Fstat(fd, &stat); err != nil {
			return nil, object.OSErrorFromGo(t, err)
		}
		flags, err := unix.FcntlInt(uintptr(fd), unix.F_GETFL, 0)
		if err != nil {
			return nil, object.OSErrorFromGo(t, err)
		}
		if flags&unix.O_NONBLOCK == 0 {
			return nil, t.Errorf(object.ValueErrorType, "the fd %d must be in non-blocking mode", fd)
		}
	}
	procMu.Lock()
	old := wakeupFD
	wakeupFD = fd
	procMu.Unlock()
	return object.NewInt(t, int64(old)), nil
}

// siginterrupt has nothing to change: Go restarts the system calls a
// signal interrupts, and the waits that must end do so by the thread's
// wake channel.
func siginterrupt(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if err := positional(t, "siginterrupt", args, kw, 2, 2); err != nil {
		return nil, err
	}
	if _, err := signum(t, args[0]); err != nil {
		return nil, err
	}
	if _, err := intarg.CInt(t, args[1]); err != nil {
		return nil, err
	}
	return object.None, nil
}

// pthreadKill sends a signal to a thread. Go gives no way to aim at the
// OS thread running a given Python thread, so the signal goes to the
// process, whose handler runs in the main thread as CPython's always do.
func pthreadKill(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if err := positional(t, "pthread_kill", args, kw, 2, 2); err != nil {
		return nil, err
	}
	if _, err := object.AsInt64(t, args[0]); err != nil {
		return nil, err
	}
	sig, err := intarg.CInt(t, args[1])
	if err != nil {
		return nil, err
	}
	return sendToSelf(t, sig)
}

// pthreadSigmask keeps the mask the program asked for and returns the
// previous one; Go's runtime owns the threads' real masks, so blocking
// does not delay delivery.
func pthreadSigmask(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if err := positional(t, "pthread_sigmask", args, kw, 2, 2); err != nil {
		return nil, err
	}
	how, err := intarg.CInt(t, args[0])
	if err != nil {
		return nil, err
	}
	var mask uint64
	err = object.Iterate(t, args[1], func(item *object.Object) error {
		n, err := intarg.CInt(t, item)
		if err != nil {
			return err
		}
		if n < 1 || n >= nsig {
			return t.Errorf(object.ValueErrorType, "signal number %d out of range [1; %d]", n, nsig-1)
		}
		mask |= 1 << (n - 1)
		return nil
	})
	if err != nil {
		return nil, err
	}
	procMu.Lock()
	old := sigmask
	switch how {
	case unix.SIG_BLOCK:
		sigmask |= mask
	case unix.SIG_UNBLOCK:
		sigmask &^= mask
	case unix.SIG_SETMASK:
		sigmask = mask
	default:
		procMu.Unlock()
		return nil, object.NewOSError(t, int(unix.EINVAL), "Invalid argument")
	}
	procMu.Unlock()
	return maskSet(t, old)
}

func sigpending(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if err := positional(t, "sigpending", args, kw, 0, 0); err != nil {
		return nil, err
	}
	return maskSet(t, 0)
}

func setitimer(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if err := positional(t, "setitimer", args, kw, 2, 3); err != nil {
		return nil, err
	}
	which, err := intarg.CInt(t, args[0])
	if err != nil {
		return nil, err
	}
	value, err := seconds(t, args[1])
	if err != nil {
		return nil, err
	}
	var interval float64
	if len(args) > 2 {
		if interval, err = seconds(t, args[2]); err != nil {
			return nil, err
		}
	}
	old, err := unix.Setitimer(unix.ItimerWhich(which), unix.Itimerval{Value: timeval(value), Interval: timeval(interval)})
	if err != nil {
		return nil, itimerError(t, err)
	}
	return itimerTuple(t, old), nil
}

func getitimer(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if err := positional(t, "getitimer", args, kw, 1, 1); err != nil {
		return nil, err
	}
	which, err := intarg.CInt(t, args[0])
	if err != nil {
		return nil, err
	}
	cur, err := unix.Getitimer(unix.ItimerWhich(which))
	if err != nil {
		return nil, itimerError(t, err)
	}
	return itimerTuple(t, cur), nil
}

// timeval rounds seconds up to the microsecond, as CPython does, so that
// a small positive value never disarms the timer.
func timeval(secs float64) unix.Timeval {
	if secs <= 0 {
		return unix.Timeval{}
	}
	us := int64(math.Ceil(secs * 1e6))
	return unix.NsecToTimeval(int64(time.Duration(us) * time.Microsecond))
}

func itimerTuple(t *object.Thread, v unix.Itimerval) *object.Object {
	f := func(tv unix.Timeval) *object.Object {
		return object.NewFloat(t, float64(tv.Sec)+float64(tv.Usec)/1e6)
	}
	return object.NewTuple(t, []*object.Object{f(v.Value), f(v.Interval)}).Obj()
}

// itimerError raises ItimerError for a failed timer call.
var itimerErrorType *object.Object

func itimerError(t *object.Thread, err error) error {
	errno, _ := err.(syscall.Errno)
	msg := errno.Error()
	if msg != "" {
		msg = string(msg[0]-'a'+'A') + msg[1:]
	}
	e, cerr := object.Call(t, itimerErrorType, []*object.Object{object.NewInt(t, int64(errno)), object.NewStr(t, msg)}, nil)
	if cerr != nil {
		return cerr
	}
	return object.Cast[object.Exception](e)
}

func newModule(st *vm.State) (*object.Object, error) {
	t := st.Thread()
	m := st.NewModule("_signal")
	for i := range funcs {
		m.Dict.SetStr(t, object.Intern(funcs[i].Name), object.NewStaticBuiltin(&funcs[i]))
	}
	h := handlersOf(st, m.Dict.GetStr(object.Intern("default_int_handler")))
	m.Dict.SetStr(t, object.Intern("SIG_DFL"), h.dfl)
	m.Dict.SetStr(t, object.Intern("SIG_IGN"), h.ign)
	for name, v := range constants {
		n := object.NewInt(t, int64(v))
		m.Dict.SetStr(t, object.Intern(name), n)
		t.Decref(n)
	}
	if itimerErrorType == nil {
		// class itimer_error(OSError), in module signal.
		ns := object.NewDict(t)
		ns.SetStr(t, object.Intern("__module__"), object.NewStrStatic("signal"))
		bases := object.NewTupleRefs(t, object.OSErrorType.Obj())
		cls, err := object.Call(t, object.TypeType.Obj(), []*object.Object{object.NewStrStatic("itimer_error"), bases.Obj(), ns.Obj()}, nil)
		t.Decref(bases.Obj())
		t.Decref(ns.Obj())
		if err != nil {
			return nil, err
		}
		itimerErrorType = cls
	}
	m.Dict.SetStr(t, object.Intern("ItimerError"), itimerErrorType)
	return m.Obj(), nil
}

var constants = map[string]int{
	"NSIG": nsig, "SIG_BLOCK": unix.SIG_BLOCK, "SIG_UNBLOCK": unix.SIG_UNBLOCK, "SIG_SETMASK": unix.SIG_SETMASK,
	"ITIMER_REAL": unix.ITIMER_REAL, "ITIMER_VIRTUAL": unix.ITIMER_VIRTUAL, "ITIMER_PROF": unix.ITIMER_PROF,
	"SIGRTMIN": 34, "SIGRTMAX": 64,
	"SIGHUP": 1, "SIGINT": 2, "SIGQUIT": 3, "SIGILL": 4, "SIGTRAP": 5, "SIGABRT": 6, "SIGIOT": 6,
	"SIGBUS": 7, "SIGFPE": 8, "SIGKILL": 9, "SIGUSR1": 10, "SIGSEGV": 11, "SIGUSR2": 12,
	"SIGPIPE": 13, "SIGALRM": 14, "SIGTERM": 15, "SIGSTKFLT": 16, "SIGCHLD": 17, "SIGCLD": 17,
	"SIGCONT": 18, "SIGSTOP": 19, "SIGTSTP": 20, "SIGTTIN": 21, "SIGTTOU": 22, "SIGURG": 23,
	"SIGXCPU": 24, "SIGXFSZ": 25, "SIGVTALRM": 26, "SIGPROF": 27, "SIGWINCH": 28, "SIGIO": 29,
	"SIGPOLL": 29, "SIGPWR": 30, "SIGSYS": 31,
}
