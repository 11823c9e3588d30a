package posixsubprocess

import (
	"fmt"
	"os"
	ossignal "os/signal"
	"strconv"
	"sync"
	"syscall"

	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/vm"
	"golang.org/x/sys/unix"
)

func init() { vm.RegisterModule("_posixsubprocess", newModule) }

var forkExecDef = object.MethodDef{Name: "fork_exec", Fn: forkExec}

func newModule(st *vm.State) (*object.Object, error) {
	t := st.Thread()
	m := st.NewModule("_posixsubprocess")
	m.Dict.SetStr(t, object.Intern("fork_exec"), object.NewStaticBuiltin(&forkExecDef))
	return m.Obj(), nil
}

// noChild is the pid fork_exec returns when exec failed: Go reaped the
// failed child already, so subprocess.py's waitpid must find no child
// (ChildProcessError, which it expects); no pid is ever this large.
const noChild = 1 << 23

// fdArg converts a descriptor argument (-1: none).
func fdArg(t *object.Thread, o *object.Object) (int, error) {
	v, err := object.AsInt64(t, o)
	return int(v), err
}

// pathArg converts an argv item, executable or directory to OS bytes.
func pathArg(t *object.Thread, o *object.Object) (string, error) {
	p, _, ok, err := object.FSPath(t, o)
	if err != nil {
		return "", err
	}
	if !ok {
		return "", t.Errorf(object.TypeErrorType, "expected str, bytes or os.PathLike object, not %s", o.Type().Name)
	}
	return p, nil
}

// pathList converts a sequence of paths (None: nil).
func pathList(t *object.Thread, o *object.Object) ([]string, error) {
	if o == object.None {
		return nil, nil
	}
	var out []string
	err := object.Iterate(t, o, func(item *object.Object) error {
		p, err := pathArg(t, item)
		out = append(out, p)
		return err
	})
	return out, err
}

// forkMu serialises what a start changes in the whole process: the
// umask and the dispositions restore_signals resets.
var forkMu sync.Mutex

func forkExec(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if err := object.NoKeywords(t, "fork_exec", kw); err != nil {
		return nil, err
	}
	if len(args) != 23 {
		return nil, t.Errorf(object.TypeErrorType, "fork_exec() takes exactly 23 arguments (%d given)", len(args))
	}
	if args[21] != object.None {
		return nil, t.Errorf(object.RuntimeErrorType, "preexec_fn is not supported by ftpy: Go cannot run Python code between fork and exec")
	}
	argv, err := pathList(t, args[0])
	if err != nil {
		return nil, err
	}
	exes, err := pathList(t, args[1])
	if err != nil {
		return nil, err
	}
	closeFDs, err := object.IsTrue(t, args[2])
	if err != nil {
		return nil, err
	}
	var keep []int
	if err := object.Iterate(t, args[3], func(item *object.Object) error {
		fd, err := fdArg(t, item)
		if fd < 0 && err == nil {
			return t.Errorf(object.ValueErrorType, "bad value(s) in fds_to_keep")
		}
		keep = append(keep, fd)
		return err
	}); err != nil {
		return nil, err
	}
	var cwd string
	if args[4] != object.None {
		if cwd, err = pathArg(t, args[4]); err != nil {
			return nil, err
		}
	}
	env, err := pathList(t, args[5])
	if err != nil {
		return nil, err
	}
	if args[5] == object.None {
		env = syscall.Environ()
	}
	var fds [10]int // p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite, errpipe_read, errpipe_write
	for i := 0; i < 8; i++ {
		if fds[i], err = fdArg(t, args[6+i]); err != nil {
			return nil, err
		}
	}
	p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite, errpipeRead, errpipeWrite := fds[0], fds[1], fds[2], fds[3], fds[4], fds[5], fds[6], fds[7]
	restoreSignals, err := object.IsTrue(t, args[14])
	if err != nil {
		return nil, err
	}
	newSession, err := object.IsTrue(t, args[15])
	if err != nil {
		return nil, err
	}
	pgid, err := fdArg(t, args[16])
	if err != nil {
		return nil, err
	}
	attr := &syscall.SysProcAttr{Setsid: newSession}
	if pgid >= 0 {
		attr.Setpgid, attr.Pgid = true, pgid
	}
	var cred *syscall.Credential
	credential := func() *syscall.Credential {
		if cred == nil {
			cred = &syscall.Credential{Uid: uint32(os.Getuid()), Gid: uint32(os.Getgid()), NoSetGroups: true}
		}
		return cred
	}
	if args[17] != object.None {
		gid, err := fdArg(t, args[17])
		if err != nil {
			return nil, err
		}
		credential().Gid = uint32(gid)
	}
	if args[18] != object.None {
		c := credential()
		c.NoSetGroups = false
		if err := object.Iterate(t, args[18], func(item *object.Object) error {
			g, err := fdArg(t, item)
			c.Groups = append(c.Groups, uint32(g))
			return err
		}); err != nil {
			return nil, err
		}
	}
	if args[19] != object.None {
		uid, err := fdArg(t, args[19])
		if err != nil {
			return nil, err
		}
		credential().Uid = uint32(uid)
	}
	attr.Credential = cred
	umask, err := fdArg(t, args[20])
	if err != nil {
		return nil, err
	}

	// The child's descriptors: 0, 1 and 2 from the pipes (or the
	// parent's own), the fds to keep at their numbers, and, with
	// close_fds, every other one closed.
	top := 3
	for _, fd := range keep {
		if fd+1 > top {
			top = fd + 1
		}
	}
	if closeFDs {
		if open := maxOpenFD(); open+1 > top {
			top = open + 1
		}
	}
	files := make([]uintptr, top)
	for i := range files {
		// Closed in the child. Without close_fds, only the gaps below
		// the highest fd to keep are: the rest keep their close-on-exec
		// flags, as CPython's child does.
		files[i] = ^uintptr(0)
	}
	for i, fd := range []int{p2cread, c2pwrite, errwrite} {
		if fd < 0 {
			fd = i
		}
		files[i] = uintptr(fd)
	}
	for _, fd := range []int{p2cwrite, c2pread, errread, errpipeRead, errpipeWrite} {
		if fd > 2 && fd < top && !contains(keep, fd) {
			files[fd] = ^uintptr(0)
		}
	}
	for _, fd := range keep {
		files[fd] = uintptr(fd)
	}
	// subprocess.py keeps errpipe_write open in the child so that a
	// failure before exec can be written there, and relies on its
	// close-on-exec flag to see EOF once exec succeeds. Go's ForkExec
	// clears that flag on every fd it passes, and reports exec failures
	// through a pipe of its own, so the child does not get it at all:
	// otherwise a child that runs on (cat waiting for its input) would
	// hold it open, and Popen would wait in os.read for the child to end.
	if errpipeWrite >= 0 && errpipeWrite < top {
		files[errpipeWrite] = ^uintptr(0)
	}

	// A directory that cannot be entered is reported as CPython's child
	// does, before any exec.
	if cwd != "" {
		if err := unix.Access(cwd, unix.X_OK); err != nil {
			return reportFailure(t, errpipeWrite, err, "noexec")
		}
	}
	if len(exes) == 0 {
		exes = []string{""}
	}
	if len(argv) == 0 {
		argv = []string{""}
	}
	forkMu.Lock()
	if umask >= 0 {
		old := unix.Umask(umask)
		defer unix.Umask(old)
	}
	if restoreSignals {
		defer restoreDefaults()()
	}
	pa := &syscall.ProcAttr{Dir: cwd, Env: env, Sys: attr, Files: files}
	var pid int
	var first error
	t.Detach()
	for _, exe := range exes {
		pid, err = syscall.ForkExec(exe, argv, pa)
		if err == nil {
			break
		}
		// As CPython: the first error other than a missing file wins.
		if first == nil && err != syscall.ENOENT && err != syscall.ENOTDIR {
			first = err
		}
	}
	t.Attach()
	forkMu.Unlock()
	if err != nil {
		if first != nil {
			err = first
		}
		return reportFailure(t, errpipeWrite, err, "")
	}
	return object.NewInt(t, int64(pid)), nil
}

// reportFailure writes what CPython's child writes to errpipe_write when
// it fails ("OSError:<errno in hex>:<noexec or nothing>"), which
// subprocess.py turns into the exception, and returns a pid with no
// child.
func reportFailure(t *object.Thread, errpipeWrite int, err error, msg string) (*object.Object, error) {
	errno, ok := err.(syscall.Errno)
	var report string
	if ok {
		report = fmt.Sprintf("OSError:%x:%s", int(errno), msg)
	} else {
		report = "SubprocessError:0:" + err.Error()
	}
	if errpipeWrite >= 0 {
		unix.Write(errpipeWrite, []byte(report))
	}
	return object.NewInt(t, noChild), nil
}

// restoreDefaults makes the signals CPython restores in the child
// (SIGPIPE, SIGXFSZ) default there: Go resets in the child only the
// signals it handles, so an ignored one is handled (to a channel nobody
// reads) while the child starts. It returns what puts them back.
func restoreDefaults() func() {
	var ignored []os.Signal
	for _, s := range []os.Signal{syscall.SIGPIPE, syscall.SIGXFSZ} {
		if ossignal.Ignored(s) {
			ignored = append(ignored, s)
		}
	}
	if len(ignored) == 0 {
		return func() {}
	}
	ch := make(chan os.Signal, 1)
	ossignal.Notify(ch, ignored...)
	return func() {
		ossignal.Stop(ch)
		ossignal.Ignore(ignored...)
	}
}

// maxOpenFD returns the highest descriptor open in the process.
func maxOpenFD() int {
	entries, err := os.ReadDir("/proc/self/fd")
	if err != nil {
		return 255
	}
	max := 2
	for _, e := range entries {
		if n, err := strconv.Atoi(e.Name()); err == nil && n > max {
			max = n
		}
	}
	return max
}

func contains(s []int, v int) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}
