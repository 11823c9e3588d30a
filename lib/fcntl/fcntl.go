// Package fcntl implements CPython's fcntl module (Modules/fcntlmodule.c)
// for Linux: fcntl, ioctl, flock and lockf on file descriptors, and the
// F_*, FD_*, LOCK_* and DN_* constants.
package fcntl

import (
	"unsafe"

	"golang.org/x/sys/unix"

	"github.com/ftpy/ftpy/lib/posix"
	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/vm"
)

func init() { vm.RegisterModule("fcntl", newModule) }

var constants = []struct {
	name  string
	value int64
}{
	{"FD_CLOEXEC", unix.FD_CLOEXEC}, {"FASYNC", unix.O_ASYNC},
	{"F_DUPFD", unix.F_DUPFD}, {"F_DUPFD_CLOEXEC", unix.F_DUPFD_CLOEXEC},
	{"F_GETFD", unix.F_GETFD}, {"F_SETFD", unix.F_SETFD}, {"F_GETFL", unix.F_GETFL}, {"F_SETFL", unix.F_SETFL},
	{"F_GETLK", unix.F_GETLK}, {"F_SETLK", unix.F_SETLK}, {"F_SETLKW", unix.F_SETLKW},
	{"F_GETLK64", unix.F_GETLK64}, {"F_SETLK64", unix.F_SETLK64}, {"F_SETLKW64", unix.F_SETLKW64},
	{"F_OFD_GETLK", unix.F_OFD_GETLK}, {"F_OFD_SETLK", unix.F_OFD_SETLK}, {"F_OFD_SETLKW", unix.F_OFD_SETLKW},
	{"F_GETOWN", unix.F_GETOWN}, {"F_SETOWN", unix.F_SETOWN}, {"F_GETSIG", unix.F_GETSIG}, {"F_SETSIG", unix.F_SETSIG},
	{"F_RDLCK", unix.F_RDLCK}, {"F_WRLCK", unix.F_WRLCK}, {"F_UNLCK", unix.F_UNLCK},
	{"F_EXLCK", unix.F_EXLCK}, {"F_SHLCK", unix.F_SHLCK},
	{"F_GETLEASE", unix.F_GETLEASE}, {"F_SETLEASE", unix.F_SETLEASE}, {"F_NOTIFY", unix.F_NOTIFY},
	{"F_GETPIPE_SZ", unix.F_GETPIPE_SZ}, {"F_SETPIPE_SZ", unix.F_SETPIPE_SZ},
	{"F_ADD_SEALS", unix.F_ADD_SEALS}, {"F_GET_SEALS", unix.F_GET_SEALS},
	{"F_SEAL_SEAL", unix.F_SEAL_SEAL}, {"F_SEAL_SHRINK", unix.F_SEAL_SHRINK},
	{"F_SEAL_GROW", unix.F_SEAL_GROW}, {"F_SEAL_WRITE", unix.F_SEAL_WRITE},
	{"LOCK_SH", unix.LOCK_SH}, {"LOCK_EX", unix.LOCK_EX}, {"LOCK_NB", unix.LOCK_NB}, {"LOCK_UN", unix.LOCK_UN},
	// Linux's obsolete mandatory-lock flags (flock(2)).
	{"LOCK_MAND", 32}, {"LOCK_READ", 64}, {"LOCK_WRITE", 128}, {"LOCK_RW", 192},
	// F_NOTIFY's events (linux/fcntl.h).
	{"DN_ACCESS", 0x1}, {"DN_MODIFY", 0x2}, {"DN_CREATE", 0x4}, {"DN_DELETE", 0x8},
	{"DN_RENAME", 0x10}, {"DN_ATTRIB", 0x20}, {"DN_MULTISHOT", 0x80000000},
}

// bufLimit is the largest buffer argument fcntl and ioctl copy.
const bufLimit = 1024

// fdArg converts a descriptor: an int or an object with fileno().
func fdArg(t *object.Thread, o *object.Object) (int, error) { return posix.FilenoArg(t, o) }

// countArgs checks a positional-only call has min..max arguments.
func countArgs(t *object.Thread, name string, a []*object.Object, kw *object.Tuple, min, max int) error {
	if err := object.NoKeywords(t, name, kw); err != nil {
		return err
	}
	switch {
	case len(a) >= min && len(a) <= max:
		return nil
	case min == max:
		return t.Errorf(object.TypeErrorType, "%s expected %d arguments, got %d", name, min, len(a))
	case len(a) < min:
		return t.Errorf(object.TypeErrorType, "%s expected at least %d arguments, got %d", name, min, len(a))
	}
	return t.Errorf(object.TypeErrorType, "%s expected at most %d arguments, got %d", name, max, len(a))
}

func intArg(t *object.Thread, o *object.Object) (int, error) {
	v, err := object.AsInt64(t, o)
	return int(v), err
}

// bufferArg returns the bytes of a str or bytes argument, or ok false
// for an int.
func bufferArg(t *object.Thread, o *object.Object) ([]byte, bool, error) {
	switch {
	case object.IsBytes(o):
		return append([]byte(nil), object.BytesValue(o)...), true, nil
	case object.IsStr(o):
		return []byte(object.StrValue(o)), true, nil
	}
	return nil, false, nil
}

// callWithBuffer runs a fcntl or ioctl whose argument points at a copy
// of buf, returning the copy after the call.
func callWithBuffer(t *object.Thread, trap uintptr, fd int, req uint, buf []byte) (*object.Object, error) {
	if len(buf) > bufLimit {
		name := "fcntl"
		if trap == unix.SYS_IOCTL {
			name = "ioctl"
		}
		return nil, t.Errorf(object.ValueErrorType, "%s string arg too long", name)
	}
	work := make([]byte, bufLimit)
	copy(work, buf)
	t.Detach()
	_, _, e := unix.Syscall(trap, uintptr(fd), uintptr(req), uintptr(unsafe.Pointer(&work[0])))
	t.Attach()
	if e != 0 {
		return nil, posix.Error(t, e)
	}
	return object.NewBytes(t, work[:len(buf)]), nil
}

// intCall runs a fcntl or ioctl with an integer argument.
func intCall(t *object.Thread, trap uintptr, fd int, req uint, arg int) (*object.Object, error) {
	var r uintptr
	var e unix.Errno
	t.Detach()
	for {
		r, _, e = unix.Syscall(trap, uintptr(fd), uintptr(req), uintptr(arg))
		if e != unix.EINTR {
			break
		}
	}
	t.Attach()
	if e != 0 {
		return nil, posix.Error(t, e)
	}
	return object.NewInt(t, int64(int32(r))), nil
}

// call is fcntl or ioctl: (fd, op[, arg]).
func call(name string, trap uintptr, maxArgs int) object.MethodDef {
	return object.MethodDef{Name: name, Fn: func(t *object.Thread, _ *object.Object, a []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := countArgs(t, name, a, kw, 2, maxArgs); err != nil {
			return nil, err
		}
		fd, err := fdArg(t, a[0])
		if err != nil {
			return nil, err
		}
		op, err := object.AsInt64(t, a[1])
		if err != nil {
			return nil, err
		}
		if len(a) < 3 {
			return intCall(t, trap, fd, uint(op), 0)
		}
		if buf, ok, err := bufferArg(t, a[2]); err != nil {
			return nil, err
		} else if ok {
			return callWithBuffer(t, trap, fd, uint(op), buf)
		}
		arg, err := intArg(t, a[2])
		if err != nil {
			return nil, err
		}
		return intCall(t, trap, fd, uint(op), arg)
	}}
}

var funcs = []object.MethodDef{
	call("fcntl", unix.SYS_FCNTL, 3),
	call("ioctl", unix.SYS_IOCTL, 4),
	{Name: "flock", Fn: func(t *object.Thread, _ *object.Object, a []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := countArgs(t, "flock", a, kw, 2, 2); err != nil {
			return nil, err
		}
		fd, err := fdArg(t, a[0])
		if err != nil {
			return nil, err
		}
		how, err := intArg(t, a[1])
		if err != nil {
			return nil, err
		}
		t.Detach()
		for {
			err = unix.Flock(fd, how)
			if err != unix.EINTR {
				break
			}
		}
		t.Attach()
		if err != nil {
			return nil, posix.Error(t, err)
		}
		return object.None, nil
	}},
	{Name: "lockf", Fn: lockf},
}

// lockf is lockf(fd, cmd, len=0, start=0, whence=0), done with fcntl's
// record locks as CPython does.
func lockf(t *object.Thread, _ *object.Object, a []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if err := countArgs(t, "lockf", a, kw, 2, 5); err != nil {
		return nil, err
	}
	fd, err := fdArg(t, a[0])
	if err != nil {
		return nil, err
	}
	code, err := intArg(t, a[1])
	if err != nil {
		return nil, err
	}
	var rest [3]int64
	for i := 2; i < len(a); i++ {
		if rest[i-2], err = object.AsInt64(t, a[i]); err != nil {
			return nil, err
		}
	}
	lk := unix.Flock_t{Len: rest[0], Start: rest[1], Whence: int16(rest[2])}
	switch {
	case code == unix.LOCK_UN:
		lk.Type = unix.F_UNLCK
	case code&unix.LOCK_SH != 0:
		lk.Type = unix.F_RDLCK
	case code&unix.LOCK_EX != 0:
		lk.Type = unix.F_WRLCK
	default:
		return nil, t.Errorf(object.ValueErrorType, "unrecognized lockf argument")
	}
	cmd := unix.F_SETLKW
	if code&unix.LOCK_NB != 0 {
		cmd = unix.F_SETLK
	}
	t.Detach()
	for {
		err = unix.FcntlFlock(uintptr(fd), cmd, &lk)
		if err != unix.EINTR {
			break
		}
	}
	t.Attach()
	if err != nil {
		return nil, posix.Error(t, err)
	}
	return object.None, nil
}

func newModule(st *vm.State) (*object.Object, error) {
	t := st.Thread()
	m := st.NewModule("fcntl")
	d := m.Dict
	for _, c := range constants {
		v := object.NewInt(t, c.value)
		d.SetStr(t, object.Intern(c.name), v)
		t.Decref(v)
	}
	for i := range funcs {
		d.SetStr(t, object.Intern(funcs[i].Name), object.NewStaticBuiltin(&funcs[i]))
	}
	object.ClaimModuleFunctions(d, "fcntl")
	return m.Obj(), nil
}
