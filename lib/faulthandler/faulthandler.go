// Package faulthandler implements CPython's faulthandler module
// (Modules/faulthandler.c) as far as a Go runtime can: enable/disable
// record the state (Go itself reports fatal signals with every goroutine's
// stack), dump_traceback writes the Python stacks of the running threads
// to a file descriptor, and dump_traceback_later arms a watchdog that
// reports a timeout and, with exit=True, ends the process, which is what
// test.libregrtest uses for per-test timeouts.
package faulthandler

import (
	"fmt"
	"os"
	"strings"
	"sync"
	"time"

	"golang.org/x/sys/unix"

	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/vm"
)

func init() { vm.RegisterModule("faulthandler", newModule) }

var state struct {
	mu      sync.Mutex
	enabled bool
	fd      int
	// later is the armed dump_traceback_later watchdog; nil when none.
	later *watchdog
	// registered holds the signals register() was asked to watch.
	registered map[int64]bool
}

type watchdog struct {
	stop chan struct{}
	done chan struct{}
}

var funcs = []object.MethodDef{
	{Name: "enable", Fn: enable, Doc: "enable(file=sys.stderr, all_threads=True): report fatal errors on file."},
	{Name: "disable", Fn: disable, Doc: "disable(): stop reporting fatal errors."},
	{Name: "is_enabled", Fn: isEnabled, Doc: "is_enabled() -> bool: whether fatal errors are reported."},
	{Name: "dump_traceback", Fn: dumpTraceback, Doc: "dump_traceback(file=sys.stderr, all_threads=True): write the Python stacks now."},
	{Name: "dump_traceback_later", Fn: dumpTracebackLater, Doc: "dump_traceback_later(timeout, repeat=False, file=sys.stderr, exit=False): report a timeout after timeout seconds, and end the process when exit is true."},
	{Name: "cancel_dump_traceback_later", Fn: cancelLater, Doc: "cancel_dump_traceback_later(): disarm dump_traceback_later."},
	{Name: "register", Fn: register, Doc: "register(signum, file=sys.stderr, all_threads=True, chain=False): note a signal whose arrival should dump the stacks."},
	{Name: "unregister", Fn: unregister, Doc: "unregister(signum): forget a signal given to register()."},
}

func newModule(st *vm.State) (*object.Object, error) {
	m := st.NewModule("faulthandler")
	for i := range funcs {
		m.Dict.SetStr(st.Thread(), object.Intern(funcs[i].Name), object.NewStaticBuiltin(&funcs[i]))
	}
	object.ClaimModuleFunctions(m.Dict, "faulthandler")
	return m.Obj(), nil
}

// fileDescriptor resolves the file argument as CPython does: None means
// sys.stderr, an int is a descriptor, anything else must have fileno()
// and is flushed first.
func fileDescriptor(t *object.Thread, file *object.Object) (int, error) {
	if file == nil || file == object.None {
		sys := vm.StateOf(t).Interp().Modules.GetStr(object.Intern("sys"))
		if sys == nil {
			return 0, t.Errorf(object.RuntimeErrorType, "unable to get sys.stderr")
		}
		f, err := object.GetAttrString(t, sys, "stderr")
		if err != nil {
			return 0, err
		}
		defer t.Decref(f)
		if f == object.None {
			return 0, t.Errorf(object.RuntimeErrorType, "sys.stderr is None")
		}
		return fileDescriptor(t, f)
	}
	if object.IsInt(file) {
		fd, err := object.AsInt64(t, file)
		if err != nil {
			return 0, err
		}
		if fd < 0 {
			return 0, t.Errorf(object.ValueErrorType, "file is not a valid file descriptor")
		}
		return int(fd), nil
	}
	r, err := vm.CallMethod(t, file, "fileno")
	if err != nil {
		return 0, err
	}
	fd, err := object.AsInt64(t, r)
	t.Decref(r)
	if err != nil {
		return 0, err
	}
	if fd < 0 {
		return 0, t.Errorf(object.ValueErrorType, "file is not a valid file descriptor")
	}
	if r, err := vm.CallMethod(t, file, "flush"); err == nil {
		t.Decref(r)
	} else {
		t.DropError(err) // CPython ignores a failing flush here too
	}
	return int(fd), nil
}

func enable(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	var file, allThreads *object.Object
	if err := object.ParseArgs(t, "enable", args, kw, []string{"file", "all_threads"}, 0, &file, &allThreads); err != nil {
		return nil, err
	}
	fd, err := fileDescriptor(t, file)
	if err != nil {
		return nil, err
	}
	state.mu.Lock()
	state.enabled, state.fd = true, fd
	state.mu.Unlock()
	return object.None, nil
}

func disable(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if err := object.CheckArgCount(t, "disable", args, kw, 0, 0); err != nil {
		return nil, err
	}
	state.mu.Lock()
	was := state.enabled
	state.enabled = false
	state.mu.Unlock()
	return object.NewBool(was), nil
}

func isEnabled(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if err := object.CheckArgCount(t, "is_enabled", args, kw, 0, 0); err != nil {
		return nil, err
	}
	state.mu.Lock()
	defer state.mu.Unlock()
	return object.NewBool(state.enabled), nil
}

func dumpTraceback(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	var file, allThreads *object.Object
	if err := object.ParseArgs(t, "dump_traceback", args, kw, []string{"file", "all_threads"}, 0, &file, &allThreads); err != nil {
		return nil, err
	}
	fd, err := fileDescriptor(t, file)
	if err != nil {
		return nil, err
	}
	all := true
	if allThreads != nil {
		if all, err = object.IsTrue(t, allThreads); err != nil {
			return nil, err
		}
	}
	text, err := formatStacks(t, all)
	if err != nil {
		return nil, err
	}
	writeAll(fd, text)
	return object.None, nil
}

// formatStacks formats the Python stacks as faulthandler does: innermost
// frame first, each thread headed by its identifier.
func formatStacks(t *object.Thread, all bool) (string, error) {
	frames, err := vm.CurrentFrames(t, nil, nil, nil)
	if err != nil {
		return "", err
	}
	defer t.Decref(frames)
	var b strings.Builder
	me := int64(t.ID())
	writeStack := func(f *object.Object) error {
		f = t.NewRef(f)
		for f != nil && f != object.None {
			line, err := frameLine(t, f)
			if err != nil {
				t.Decref(f)
				return err
			}
			b.WriteString(line)
			back, err := object.GetAttrString(t, f, "f_back")
			t.Decref(f)
			if err != nil {
				return err
			}
			f = back
		}
		if f != nil {
			t.Decref(f)
		}
		return nil
	}
	d := object.Cast[object.Dict](frames) // fresh and private: read without its lock
	for pos := 0; ; {
		var key, frame *object.Object
		var ok bool
		if pos, key, frame, ok = d.Next(pos); !ok {
			break
		}
		id, _ := object.AsInt64(t, key)
		if !all && id != me {
			continue
		}
		switch {
		case !all:
			b.WriteString("Stack (most recent call first):\n")
		case id == me:
			fmt.Fprintf(&b, "Current thread 0x%016x (most recent call first):\n", id)
		default:
			fmt.Fprintf(&b, "Thread 0x%016x (most recent call first):\n", id)
		}
		if err := writeStack(frame); err != nil {
			return "", err
		}
		if all {
			b.WriteString("\n")
		}
	}
	return b.String(), nil
}

// frameLine formats one frame: `  File "name", line N in func`.
func frameLine(t *object.Thread, f *object.Object) (string, error) {
	code, err := object.GetAttrString(t, f, "f_code")
	if err != nil {
		return "", err
	}
	defer t.Decref(code)
	var parts [3]string
	for i, o := range []struct {
		obj  *object.Object
		name string
	}{{code, "co_filename"}, {f, "f_lineno"}, {code, "co_name"}} {
		v, err := object.GetAttrString(t, o.obj, o.name)
		if err != nil {
			return "", err
		}
		s, err := object.StrString(t, v)
		t.Decref(v)
		if err != nil {
			return "", err
		}
		parts[i] = s
	}
	return fmt.Sprintf("  File \"%s\", line %s in %s\n", parts[0], parts[1], parts[2]), nil
}

func writeAll(fd int, s string) {
	b := []byte(s)
	for len(b) > 0 {
		n, err := unix.Write(fd, b)
		if err != nil || n <= 0 {
			return
		}
		b = b[n:]
	}
}

func dumpTracebackLater(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	var timeoutO, repeatO, file, exitO *object.Object
	if err := object.ParseArgs(t, "dump_traceback_later", args, kw, []string{"timeout", "repeat", "file", "exit"}, 1, &timeoutO, &repeatO, &file, &exitO); err != nil {
		return nil, err
	}
	secs, err := object.RealArg(t, timeoutO)
	if err != nil {
		return nil, err
	}
	if secs <= 0 {
		return nil, t.Errorf(object.ValueErrorType, "timeout must be greater than 0")
	}
	if secs > float64(1<<62)/1e9 {
		return nil, t.Errorf(object.OverflowErrorType, "timeout value is too large")
	}
	repeat, exit := false, false
	if repeatO != nil {
		if repeat, err = object.IsTrue(t, repeatO); err != nil {
			return nil, err
		}
	}
	if exitO != nil {
		if exit, err = object.IsTrue(t, exitO); err != nil {
			return nil, err
		}
	}
	fd, err := fileDescriptor(t, file)
	if err != nil {
		return nil, err
	}
	d := time.Duration(secs * float64(time.Second))
	header := fmt.Sprintf("Timeout (%d:%02d:%02d)!\n", int(secs)/3600, int(secs)/60%60, int(secs)%60)
	w := &watchdog{stop: make(chan struct{}), done: make(chan struct{})}
	state.mu.Lock()
	old := state.later
	state.later = w
	state.mu.Unlock()
	old.cancel()
	go w.run(d, repeat, exit, fd, header)
	return object.None, nil
}

// run waits out d (again and again with repeat). The watchdog runs
// outside Python, so it cannot read the Python stacks safely; it reports
// the timeout and, with exit, ends the process as CPython's does.
func (w *watchdog) run(d time.Duration, repeat, exit bool, fd int, header string) {
	defer close(w.done)
	for {
		timer := time.NewTimer(d)
		select {
		case <-w.stop:
			timer.Stop()
			return
		case <-timer.C:
		}
		writeAll(fd, header+"(ftpy: Python stacks are not dumped from the watchdog)\n")
		if exit {
			os.Exit(1)
		}
		if !repeat {
			return
		}
	}
}

func (w *watchdog) cancel() {
	if w == nil {
		return
	}
	close(w.stop)
	<-w.done
}

func cancelLater(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if err := object.CheckArgCount(t, "cancel_dump_traceback_later", args, kw, 0, 0); err != nil {
		return nil, err
	}
	state.mu.Lock()
	w := state.later
	state.later = nil
	state.mu.Unlock()
	w.cancel()
	return object.None, nil
}

func signalArg(t *object.Thread, o *object.Object) (int64, error) {
	n, err := object.AsInt64(t, o)
	if err != nil {
		return 0, err
	}
	if n < 1 || n > 64 {
		return 0, t.Errorf(object.ValueErrorType, "signal number out of range")
	}
	return n, nil
}

func register(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	var sig, file, allThreads, chain *object.Object
	if err := object.ParseArgs(t, "register", args, kw, []string{"signum", "file", "all_threads", "chain"}, 1, &sig, &file, &allThreads, &chain); err != nil {
		return nil, err
	}
	n, err := signalArg(t, sig)
	if err != nil {
		return nil, err
	}
	if _, err := fileDescriptor(t, file); err != nil {
		return nil, err
	}
	state.mu.Lock()
	if state.registered == nil {
		state.registered = map[int64]bool{}
	}
	state.registered[n] = true
	state.mu.Unlock()
	return object.None, nil
}

func unregister(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	var sig *object.Object
	if err := object.ParseArgs(t, "unregister", args, kw, []string{"signum"}, 1, &sig); err != nil {
		return nil, err
	}
	n, err := signalArg(t, sig)
	if err != nil {
		return nil, err
	}
	state.mu.Lock()
	was := state.registered[n]
	delete(state.registered, n)
	state.mu.Unlock()
	return object.NewBool(was), nil
}
