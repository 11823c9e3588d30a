// This file holds the process calls: ids, kill, wait and the wait-status
// macros, _exit, and what the system tells about itself (uname, times,
// cpu_count, the terminal's size, error messages, random bytes).

package posix

import (
	"crypto/rand"
	goos "os"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"unsafe"

	"golang.org/x/sys/unix"

	"github.com/ftpy/ftpy/lib/pwd"
	"github.com/ftpy/ftpy/object"
)

var (
	unameResultType = object.NewStructSeqType(&object.StructSeqDesc{
		Name: "posix.uname_result",
		Doc:  "uname_result: what uname() returns, the system's names.",
		Fields: object.StructSeqFields("sysname", "the kernel's name", "nodename", "the host's network name",
			"release", "the kernel's release", "version", "the kernel's build version", "machine", "the hardware type"),
		NInSequence: 5,
	})
	timesResultType = object.NewStructSeqType(&object.StructSeqDesc{
		Name: "posix.times_result",
		Doc:  "times_result: what times() returns, the process's times in seconds.",
		Fields: object.StructSeqFields("user", "CPU seconds in user mode", "system", "CPU seconds in the kernel",
			"children_user", "waited-for children's user seconds", "children_system", "waited-for children's kernel seconds",
			"elapsed", "real seconds since a fixed point in the past"),
		NInSequence: 5,
	})
	terminalSizeType = object.NewStructSeqType(&object.StructSeqDesc{
		Name:        "os.terminal_size",
		Doc:         "terminal_size: the size of a terminal window, in characters.",
		Fields:      object.StructSeqFields("columns", "width in characters", "lines", "height in lines"),
		NInSequence: 2,
	})
)

// idFunc makes a function returning one id.
func idFunc(name string, id func() int) object.MethodDef {
	return noArgs(name, func(t *object.Thread) (*object.Object, error) { return object.NewInt(t, int64(id())), nil })
}

// statusFunc makes one of the wait-status macros: f of the status.
func statusFunc(name string, f func(ws unix.WaitStatus) *object.Object) object.MethodDef {
	return fn(name, func(t *object.Thread, _ *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
		var so *object.Object
		if err := parse(t, name, a, kw, []string{"status"}, 1, &so); err != nil {
			return nil, err
		}
		s, err := cInt(t, so)
		if err != nil {
			return nil, err
		}
		return f(unix.WaitStatus(s)), nil
	})
}

func smallInt(v int) *object.Object { return object.SmallInt(int64(v)) }

// waitResult returns (pid, status) after a wait.
func waitResult(t *object.Thread, pid int, ws unix.WaitStatus) *object.Object {
	return object.NewTuple(t, []*object.Object{object.NewInt(t, int64(pid)), object.NewInt(t, int64(ws))}).Obj()
}

// wait4 waits detached, retrying after signals.
func wait4(t *object.Thread, pid, options int) (int, unix.WaitStatus, error) {
	var ws unix.WaitStatus
	var r int
	t.Detach()
	err := retry(func() (e error) { r, e = unix.Wait4(pid, &ws, options, nil); return e })
	t.Attach()
	return r, ws, err
}

// Strerror returns C's message for errno code, as os.strerror does.
func Strerror(code int) string {
	switch code {
	case 0:
		return "Success"
	case int(unix.EHWPOISON):
		return "Memory page has hardware error"
	}
	m := syscall.Errno(code).Error()
	if m == "" || strings.HasPrefix(m, "errno ") {
		return "Unknown error " + strconv.Itoa(code)
	}
	return strings.ToUpper(m[:1]) + m[1:]
}

// cpuCount counts the online processors, as sysconf does (not only those
// this process may run on, which sched_getaffinity gives).
func cpuCount() int {
	b, err := goos.ReadFile("/sys/devices/system/cpu/online")
	if err != nil {
		return runtime.NumCPU()
	}
	n := 0
	for _, part := range strings.Split(strings.TrimSpace(string(b)), ",") {
		lo, hi, isRange := strings.Cut(part, "-")
		a, err1 := strconv.Atoi(lo)
		z := a
		var err2 error
		if isRange {
			z, err2 = strconv.Atoi(hi)
		}
		if err1 != nil || err2 != nil || z < a {
			return runtime.NumCPU()
		}
		n += z - a + 1
	}
	return n
}

// utsField returns a NUL-terminated uname field.
func utsField(b []byte) string {
	if i := strings.IndexByte(string(b), 0); i >= 0 {
		b = b[:i]
	}
	return string(b)
}

var procFuncs = []object.MethodDef{
	idFunc("getpid", unix.Getpid),
	idFunc("getppid", unix.Getppid),
	idFunc("getuid", unix.Getuid),
	idFunc("geteuid", unix.Geteuid),
	idFunc("getgid", unix.Getgid),
	idFunc("getegid", unix.Getegid),
	idFunc("getpgrp", unix.Getpgrp),
	noArgs("getgroups", func(t *object.Thread) (*object.Object, error) {
		gids, err := unix.Getgroups()
		if err != nil {
			return nil, Error(t, err)
		}
		items := make([]*object.Object, len(gids))
		for i, g := range gids {
			items[i] = object.NewInt(t, int64(g))
		}
		return object.NewList(t, items).Obj(), nil
	}),
	noArgs("getlogin", func(t *object.Thread) (*object.Object, error) {
		// glibc's getlogin reads the audit login uid first.
		if b, err := goos.ReadFile("/proc/self/loginuid"); err == nil {
			if uid, err := strconv.ParseUint(strings.TrimSpace(string(b)), 10, 32); err == nil && uid != 1<<32-1 {
				if e, ok := pwd.LookupUID(int64(uid)); ok {
					return object.FSDecode(t, e), nil
				}
			}
		}
		return nil, Error(t, unix.ENXIO)
	}),
	fn("getpgid", func(t *object.Thread, _ *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
		v, err := fdArgs(t, "getpgid", a, kw, 1)
		if err != nil {
			return nil, err
		}
		r, err := unix.Getpgid(v[0])
		if err != nil {
			return nil, Error(t, err)
		}
		return object.NewInt(t, int64(r)), nil
	}),
	fn("getsid", func(t *object.Thread, _ *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
		v, err := fdArgs(t, "getsid", a, kw, 1)
		if err != nil {
			return nil, err
		}
		r, err := unix.Getsid(v[0])
		if err != nil {
			return nil, Error(t, err)
		}
		return object.NewInt(t, int64(r)), nil
	}),
	noArgs("setsid", func(t *object.Thread) (*object.Object, error) {
		if _, err := unix.Setsid(); err != nil {
			return nil, Error(t, err)
		}
		return object.None, nil
	}),
	fdFunc("setpgid", 2, func(v []int) error { return unix.Setpgid(v[0], v[1]) }),
	fn("kill", func(t *object.Thread, _ *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
		v, err := fdArgs(t, "kill", a, kw, 2)
		if err != nil {
			return nil, err
		}
		if err := unix.Kill(v[0], unix.Signal(v[1])); err != nil {
			return nil, Error(t, err)
		}
		return object.None, nil
	}),
	fn("killpg", func(t *object.Thread, _ *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
		v, err := fdArgs(t, "killpg", a, kw, 2)
		if err != nil {
			return nil, err
		}
		if err := unix.Kill(-v[0], unix.Signal(v[1])); err != nil {
			return nil, Error(t, err)
		}
		return object.None, nil
	}),
	fn("waitpid", func(t *object.Thread, _ *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
		if err := object.NoKeywords(t, "waitpid", kw); err != nil {
			return nil, err
		}
		if len(a) != 2 {
			return nil, t.Errorf(object.TypeErrorType, "waitpid() takes exactly 2 arguments (%d given)", len(a))
		}
		pid, err := cInt(t, a[0])
		if err != nil {
			return nil, err
		}
		options, err := cInt(t, a[1])
		if err != nil {
			return nil, err
		}
		r, ws, err := wait4(t, pid, options)
		if err != nil {
			return nil, Error(t, err)
		}
		return waitResult(t, r, ws), nil
	}),
	noArgs("wait", func(t *object.Thread) (*object.Object, error) {
		r, ws, err := wait4(t, -1, 0)
		if err != nil {
			return nil, Error(t, err)
		}
		return waitResult(t, r, ws), nil
	}),
	statusFunc("WIFEXITED", func(ws unix.WaitStatus) *object.Object { return object.NewBool(ws.Exited()) }),
	statusFunc("WEXITSTATUS", func(ws unix.WaitStatus) *object.Object { return smallInt(int(ws>>8) & 0xff) }),
	statusFunc("WIFSIGNALED", func(ws unix.WaitStatus) *object.Object { return object.NewBool(ws.Signaled()) }),
	statusFunc("WTERMSIG", func(ws unix.WaitStatus) *object.Object { return smallInt(int(ws & 0x7f)) }),
	statusFunc("WIFSTOPPED", func(ws unix.WaitStatus) *object.Object { return object.NewBool(ws&0xff == 0x7f) }),
	statusFunc("WSTOPSIG", func(ws unix.WaitStatus) *object.Object { return smallInt(int(ws>>8) & 0xff) }),
	statusFunc("WIFCONTINUED", func(ws unix.WaitStatus) *object.Object { return object.NewBool(ws == 0xffff) }),
	fn("WCOREDUMP", func(t *object.Thread, _ *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
		v, err := fdArgs(t, "WCOREDUMP", a, kw, 1)
		if err != nil {
			return nil, err
		}
		return object.NewBool(v[0]&0x80 != 0), nil // WCOREDUMP's bit, whatever the status
	}),
	fn("waitstatus_to_exitcode", func(t *object.Thread, _ *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
		var so *object.Object
		if err := parse(t, "waitstatus_to_exitcode", a, kw, []string{"status"}, 1, &so); err != nil {
			return nil, err
		}
		s, err := object.AsInt64(t, so)
		if err != nil || s > 1<<31-1 || s < -1<<31 {
			if err != nil {
				t.DropError(err)
				if !object.IsInt(so) {
					_, err = object.Index(t, so)
					return nil, err
				}
			}
			return nil, t.Errorf(object.OverflowErrorType, "Python int too large to convert to C int")
		}
		ws := unix.WaitStatus(uint32(int32(s)))
		switch {
		case ws.Exited():
			return smallInt(ws.ExitStatus()), nil
		case ws.Signaled():
			return object.NewInt(t, -int64(ws&0x7f)), nil
		case ws&0xff == 0x7f:
			return nil, t.Errorf(object.ValueErrorType, "process stopped by delivery of signal %d", int(ws>>8)&0xff)
		}
		return nil, t.Errorf(object.ValueErrorType, "invalid wait status: %d", s)
	}),
	fn("_exit", func(t *object.Thread, _ *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
		var so *object.Object
		if err := parse(t, "_exit", a, kw, []string{"status"}, 1, &so); err != nil {
			return nil, err
		}
		s, err := cInt(t, so)
		if err != nil {
			return nil, err
		}
		unix.Exit(s) // no cleanup, no buffers flushed: that is _exit
		return nil, nil
	}),
	noArgs("abort", func(t *object.Thread) (*object.Object, error) {
		// The Go runtime catches SIGABRT to print its goroutines: put back
		// the kernel's default action (terminate, dump core) first, as a C
		// program's abort() dies.
		var dfl [4]uint64 // struct sigaction: handler SIG_DFL, no flags, no mask
		unix.RawSyscall6(unix.SYS_RT_SIGACTION, uintptr(unix.SIGABRT), uintptr(unsafe.Pointer(&dfl)), 0, 8, 0, 0)
		runtime.LockOSThread()
		unix.Tgkill(unix.Getpid(), unix.Gettid(), unix.SIGABRT) // delivered before it returns
		unix.Exit(134)                                          // not reached
		return nil, nil
	}),
	fn("urandom", func(t *object.Thread, _ *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
		if err := posArgs(t, "urandom", a, kw, 1); err != nil {
			return nil, err
		}
		n, err := object.AsInt64(t, a[0])
		if err != nil {
			return nil, err
		}
		if n < 0 {
			return nil, t.Errorf(object.ValueErrorType, "negative argument not allowed")
		}
		b := make([]byte, n)
		if _, err := rand.Read(b); err != nil {
			return nil, Error(t, err)
		}
		return object.NewBytes(t, b), nil
	}),
	noArgs("cpu_count", func(t *object.Thread) (*object.Object, error) {
		return object.NewInt(t, int64(cpuCount())), nil
	}),
	noArgs("uname", func(t *object.Thread) (*object.Object, error) {
		var u unix.Utsname
		if err := unix.Uname(&u); err != nil {
			return nil, Error(t, err)
		}
		v := []*object.Object{}
		for _, f := range [][]byte{u.Sysname[:], u.Nodename[:], u.Release[:], u.Version[:], u.Machine[:]} {
			v = append(v, object.FSDecode(t, utsField(f)))
		}
		return object.NewStructSeq(t, unameResultType, v), nil
	}),
	noArgs("times", func(t *object.Thread) (*object.Object, error) {
		var tms unix.Tms
		ticks, err := unix.Times(&tms)
		if err != nil {
			return nil, Error(t, err)
		}
		const hz = 100 // sysconf(_SC_CLK_TCK) on Linux
		v := []*object.Object{}
		for _, x := range []int64{int64(tms.Utime), int64(tms.Stime), int64(tms.Cutime), int64(tms.Cstime), int64(ticks)} {
			v = append(v, object.NewFloat(t, float64(x)/hz))
		}
		return object.NewStructSeq(t, timesResultType, v), nil
	}),
	fn("strerror", func(t *object.Thread, _ *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
		v, err := fdArgs(t, "strerror", a, kw, 1)
		if err != nil {
			return nil, err
		}
		return object.NewStr(t, Strerror(v[0])), nil
	}),
	fn("get_terminal_size", func(t *object.Thread, _ *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
		if err := object.NoKeywords(t, "get_terminal_size", kw); err != nil {
			return nil, err
		}
		if len(a) > 1 {
			return nil, t.Errorf(object.TypeErrorType, "get_terminal_size expected at most 1 argument, got %d", len(a))
		}
		fd := 1
		if len(a) == 1 {
			var err error
			if fd, err = cInt(t, a[0]); err != nil {
				return nil, err
			}
		}
		ws, err := unix.IoctlGetWinsize(fd, unix.TIOCGWINSZ)
		if err != nil {
			return nil, Error(t, err)
		}
		return object.NewStructSeq(t, terminalSizeType, []*object.Object{
			object.NewInt(t, int64(ws.Col)), object.NewInt(t, int64(ws.Row))}), nil
	}),
	noArgs("getloadavg", func(t *object.Thread) (*object.Object, error) {
		var info unix.Sysinfo_t
		if err := unix.Sysinfo(&info); err != nil {
			return nil, t.Errorf(object.OSErrorType, "Load averages are unobtainable")
		}
		const scale = 1 << 16 // SI_LOAD_SHIFT
		return object.NewTuple(t, []*object.Object{
			object.NewFloat(t, float64(info.Loads[0])/scale), object.NewFloat(t, float64(info.Loads[1])/scale),
			object.NewFloat(t, float64(info.Loads[2])/scale)}).Obj(), nil
	}),
	noArgs("sched_yield", func(t *object.Thread) (*object.Object, error) {
		runtime.Gosched()
		return object.None, nil
	}),
	fn("execv", func(t *object.Thread, _ *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
		if err := posArgs(t, "execv", a, kw, 2); err != nil {
			return nil, err
		}
		return execve(t, "execv", a[0], a[1], nil)
	}),
	fn("execve", func(t *object.Thread, _ *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
		var po, ao, eo *object.Object
		if err := parse(t, "execve", a, kw, []string{"path", "argv", "env"}, 3, &po, &ao, &eo); err != nil {
			return nil, err
		}
		return execve(t, "execve", po, ao, eo)
	}),
}

// execve replaces the process's program; env nil keeps the environment.
func execve(t *object.Thread, name string, po, argvo, envo *object.Object) (*object.Object, error) {
	p, err := pathArg(t, name, "path", po, pathOnly)
	if err != nil {
		return nil, err
	}
	if !object.IsTuple(argvo) && !object.IsList(argvo) {
		return nil, t.Errorf(object.TypeErrorType, "%s: argv must be a tuple or list", name)
	}
	items, err := object.SequenceItems(t, argvo)
	if err != nil {
		return nil, err
	}
	defer func() {
		for _, x := range items {
			t.Decref(x)
		}
	}()
	if len(items) == 0 {
		return nil, t.Errorf(object.ValueErrorType, "%s: argv must not be empty", name)
	}
	argv := make([]string, len(items))
	for i, x := range items {
		s, isBytes, ok, err := object.FSPath(t, x)
		if err != nil {
			return nil, err
		}
		if !ok || strings.IndexByte(s, 0) >= 0 {
			return nil, t.Errorf(object.TypeErrorType, "expected str, bytes or os.PathLike object, not %s", x.Type().Name)
		}
		if i == 0 && s == "" && !isBytes {
			return nil, t.Errorf(object.ValueErrorType, "%s: argv first element cannot be empty", name)
		}
		argv[i] = s
	}
	env := goos.Environ()
	if envo != nil {
		if env, err = envList(t, envo); err != nil {
			return nil, err
		}
	}
	err = syscall.Exec(p.P, argv, env)
	return nil, Error(t, err)
}
