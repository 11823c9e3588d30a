// This file holds the file-descriptor calls: open, read, write, close,
// lseek, dup, pipe, truncation, syncing and the descriptor flags. A read
// or write that would block waits detached and is interrupted by Ctrl-C
// or an embedder's stop, as CPython's are.

package posix

import (
	"github.com/ftpy/ftpy/lib/internal/bytesarg"
	"golang.org/x/sys/unix"

	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/vm"
)

// fdArgs converts a positional-only call's int arguments.
func fdArgs(t *object.Thread, name string, a args, kw *object.Tuple, n int) ([]int, error) {
	if err := posArgs(t, name, a, kw, n); err != nil {
		return nil, err
	}
	out := make([]int, n)
	for i, o := range a {
		v, err := cInt(t, o)
		if err != nil {
			return nil, err
		}
		out[i] = v
	}
	return out, nil
}

// fdFunc makes a function of int arguments that returns None or an
// OSError.
func fdFunc(name string, n int, call func(v []int) error) object.MethodDef {
	return fn(name, func(t *object.Thread, _ *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
		v, err := fdArgs(t, name, a, kw, n)
		if err != nil {
			return nil, err
		}
		t.Detach()
		err = retry(func() error { return call(v) })
		t.Attach()
		if err != nil {
			return nil, Error(t, err)
		}
		return object.None, nil
	})
}

// FilenoArg converts a descriptor given as an int or as an object with
// fileno() (CPython's fildes converter).
func FilenoArg(t *object.Thread, o *object.Object) (int, error) {
	if !isIndex(o) {
		f, err := object.GetAttrString(t, o, "fileno")
		if err != nil {
			if object.ErrorMatches(err, object.AttributeErrorType) {
				t.DropError(err)
				return 0, t.Errorf(object.TypeErrorType, "argument must be an int, or have a fileno() method.")
			}
			return 0, err
		}
		r, err := object.Call(t, f, nil, nil)
		t.Decref(f)
		if err != nil {
			return 0, err
		}
		defer t.Decref(r)
		if !object.IsInt(r) {
			return 0, t.Errorf(object.TypeErrorType, "fileno() returned a non-integer")
		}
		o = r
	}
	fd, err := cInt(t, o)
	if err != nil {
		return 0, err
	}
	if fd < 0 {
		return 0, t.Errorf(object.ValueErrorType, "file descriptor cannot be a negative integer (%d)", fd)
	}
	return fd, nil
}

func getFDFlags(fd int) (int, error) { return unix.FcntlInt(uintptr(fd), unix.F_GETFD, 0) }

func setInheritable(fd int, inheritable bool) error {
	flags, err := getFDFlags(fd)
	if err != nil {
		return err
	}
	nf := flags | unix.FD_CLOEXEC
	if inheritable {
		nf = flags &^ unix.FD_CLOEXEC
	}
	if nf == flags {
		return nil
	}
	_, err = unix.FcntlInt(uintptr(fd), unix.F_SETFD, nf)
	return err
}

var fdFuncs = []object.MethodDef{
	fn("open", func(t *object.Thread, _ *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
		var po, fo, mo, dfo *object.Object
		if err := parse(t, "open", a, kw, []string{"path", "flags", "mode", "$dir_fd"}, 2, &po, &fo, &mo, &dfo); err != nil {
			return nil, err
		}
		p, err := pathArg(t, "open", "path", po, pathOnly)
		if err != nil {
			return nil, err
		}
		flags, err := cInt(t, fo)
		if err != nil {
			return nil, err
		}
		mode, err := intOr(t, mo, 0o777)
		if err != nil {
			return nil, err
		}
		dirfd, err := dirFD(t, dfo)
		if err != nil {
			return nil, err
		}
		var fd int
		t.Detach()
		// Not inheritable, as PEP 446 makes CPython's descriptors.
		err = retry(func() (e error) {
			fd, e = unix.Openat(dirfd, p.P, flags|unix.O_CLOEXEC, uint32(mode))
			return e
		})
		t.Attach()
		if err != nil {
			return nil, Error(t, err, p)
		}
		return object.NewInt(t, int64(fd)), nil
	}),
	fn("read", func(t *object.Thread, _ *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
		v, err := fdArgs(t, "read", a, kw, 2)
		if err != nil {
			return nil, err
		}
		fd, n := v[0], v[1]
		if n < 0 {
			return nil, Error(t, unix.EINVAL)
		}
		if n == 0 {
			return object.NewBytes(t, nil), nil // there is nothing to wait for
		}
		if err := waitFD(t, fd, false); err != nil {
			return nil, err
		}
		buf := make([]byte, n)
		var got int
		t.Detach()
		err = retry(func() (e error) { got, e = unix.Read(fd, buf); return e })
		t.Attach()
		if err != nil {
			return nil, Error(t, err)
		}
		return object.NewBytes(t, buf[:got]), nil
	}),
	fn("write", func(t *object.Thread, _ *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
		if err := posArgs(t, "write", a, kw, 2); err != nil {
			return nil, err
		}
		fd, err := cInt(t, a[0])
		if err != nil {
			return nil, err
		}
		data, err := bytesarg.Get(t, a[1])
		if err != nil {
			return nil, err
		}
		if len(data) == 0 {
			return object.NewInt(t, 0), nil
		}
		if err := waitFD(t, fd, true); err != nil {
			return nil, err
		}
		if len(data) > pipeBuf && blockingStream(fd) {
			// A pipe or terminal that polls writable takes PIPE_BUF
			// bytes without blocking; more could block in write(2)
			// until a reader drains it, with no signal handler able to
			// run meanwhile (CPython's returns early on the signal).
			// The caller sees a partial write, as write(2) allows.
			data = data[:pipeBuf]
		}
		var n int
		t.Detach()
		err = retry(func() (e error) { n, e = unix.Write(fd, data); return e })
		t.Attach()
		if err != nil {
			return nil, Error(t, err)
		}
		return object.NewInt(t, int64(n)), nil
	}),
	fn("close", func(t *object.Thread, _ *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
		var fo *object.Object
		if err := parse(t, "close", a, kw, []string{"fd"}, 1, &fo); err != nil {
			return nil, err
		}
		fd, err := cInt(t, fo)
		if err != nil {
			return nil, err
		}
		// close is not retried on EINTR: the descriptor is gone either way.
		if err := unix.Close(fd); err != nil {
			return nil, Error(t, err)
		}
		return object.None, nil
	}),
	fn("closerange", func(t *object.Thread, _ *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
		v, err := fdArgs(t, "closerange", a, kw, 2)
		if err != nil {
			return nil, err
		}
		for fd := max(v[0], 0); fd < v[1]; fd++ {
			unix.Close(fd) // errors are ignored, as CPython does
		}
		return object.None, nil
	}),
	fn("lseek", func(t *object.Thread, _ *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
		if err := posArgs(t, "lseek", a, kw, 3); err != nil {
			return nil, err
		}
		fd, err := cInt(t, a[0])
		if err != nil {
			return nil, err
		}
		pos, err := cLong(t, a[1])
		if err != nil {
			return nil, err
		}
		whence, err := cInt(t, a[2])
		if err != nil {
			return nil, err
		}
		r, err := unix.Seek(fd, pos, whence)
		if err != nil {
			return nil, Error(t, err)
		}
		return object.NewInt(t, r), nil
	}),
	fn("dup", func(t *object.Thread, _ *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
		v, err := fdArgs(t, "dup", a, kw, 1)
		if err != nil {
			return nil, err
		}
		fd, err := unix.FcntlInt(uintptr(v[0]), unix.F_DUPFD_CLOEXEC, 0)
		if err != nil {
			return nil, Error(t, err)
		}
		return object.NewInt(t, int64(fd)), nil
	}),
	fn("dup2", func(t *object.Thread, _ *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
		var fo, f2o, io *object.Object
		if err := parse(t, "dup2", a, kw, []string{"fd", "fd2", "inheritable"}, 2, &fo, &f2o, &io); err != nil {
			return nil, err
		}
		fd, err := cInt(t, fo)
		if err != nil {
			return nil, err
		}
		fd2, err := cInt(t, f2o)
		if err != nil {
			return nil, err
		}
		inheritable, err := boolOr(t, io, true)
		if err != nil {
			return nil, err
		}
		flags := 0
		if !inheritable {
			flags = unix.O_CLOEXEC
		}
		if fd == fd2 {
			// dup3 refuses equal descriptors; dup2 checks fd is open.
			if _, err := getFDFlags(fd); err != nil {
				return nil, Error(t, err)
			}
			return object.NewInt(t, int64(fd2)), nil
		}
		if err := unix.Dup3(fd, fd2, flags); err != nil {
			return nil, Error(t, err)
		}
		return object.NewInt(t, int64(fd2)), nil
	}),
	noArgs("pipe", func(t *object.Thread) (*object.Object, error) {
		var p [2]int
		if err := unix.Pipe2(p[:], unix.O_CLOEXEC); err != nil {
			return nil, Error(t, err)
		}
		return object.NewTuple(t, []*object.Object{object.NewInt(t, int64(p[0])), object.NewInt(t, int64(p[1]))}).Obj(), nil
	}),
	fn("pipe2", func(t *object.Thread, _ *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
		v, err := fdArgs(t, "pipe2", a, kw, 1)
		if err != nil {
			return nil, err
		}
		var p [2]int
		if err := unix.Pipe2(p[:], v[0]); err != nil {
			return nil, Error(t, err)
		}
		return object.NewTuple(t, []*object.Object{object.NewInt(t, int64(p[0])), object.NewInt(t, int64(p[1]))}).Obj(), nil
	}),
	fn("ftruncate", func(t *object.Thread, _ *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
		if err := posArgs(t, "ftruncate", a, kw, 2); err != nil {
			return nil, err
		}
		fd, err := cInt(t, a[0])
		if err != nil {
			return nil, err
		}
		n, err := cLong(t, a[1])
		if err != nil {
			return nil, err
		}
		t.Detach()
		err = retry(func() error { return unix.Ftruncate(fd, n) })
		t.Attach()
		if err != nil {
			return nil, Error(t, err)
		}
		return object.None, nil
	}),
	syncFunc("fsync", unix.Fsync),
	syncFunc("fdatasync", unix.Fdatasync),
	fn("isatty", func(t *object.Thread, _ *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
		v, err := fdArgs(t, "isatty", a, kw, 1)
		if err != nil {
			return nil, err
		}
		return object.NewBool(isatty(v[0])), nil
	}),
	fn("get_inheritable", func(t *object.Thread, _ *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
		v, err := fdArgs(t, "get_inheritable", a, kw, 1)
		if err != nil {
			return nil, err
		}
		flags, err := getFDFlags(v[0])
		if err != nil {
			return nil, Error(t, err)
		}
		return object.NewBool(flags&unix.FD_CLOEXEC == 0), nil
	}),
	fn("set_inheritable", func(t *object.Thread, _ *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
		v, err := fdArgs(t, "set_inheritable", a, kw, 2)
		if err != nil {
			return nil, err
		}
		if err := setInheritable(v[0], v[1] != 0); err != nil {
			return nil, Error(t, err)
		}
		return object.None, nil
	}),
	fn("get_blocking", func(t *object.Thread, _ *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
		v, err := fdArgs(t, "get_blocking", a, kw, 1)
		if err != nil {
			return nil, err
		}
		flags, err := unix.FcntlInt(uintptr(v[0]), unix.F_GETFL, 0)
		if err != nil {
			return nil, Error(t, err)
		}
		return object.NewBool(flags&unix.O_NONBLOCK == 0), nil
	}),
	fn("set_blocking", func(t *object.Thread, _ *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
		v, err := fdArgs(t, "set_blocking", a, kw, 2)
		if err != nil {
			return nil, err
		}
		if err := unix.SetNonblock(v[0], v[1] == 0); err != nil {
			return nil, Error(t, err)
		}
		return object.None, nil
	}),
	fn("device_encoding", func(t *object.Thread, _ *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
		var fo *object.Object
		if err := parse(t, "device_encoding", a, kw, []string{"fd"}, 1, &fo); err != nil {
			return nil, err
		}
		fd, err := cInt(t, fo)
		if err != nil {
			return nil, err
		}
		if !isatty(fd) {
			return object.None, nil
		}
		return object.NewStr(t, "UTF-8"), nil // ftpy's locale encoding
	}),
}

// syncFunc makes fsync or fdatasync, which take a descriptor or an
// object with fileno().
func syncFunc(name string, call func(fd int) error) object.MethodDef {
	return fn(name, func(t *object.Thread, _ *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
		var fo *object.Object
		if err := parse(t, name, a, kw, []string{"fd"}, 1, &fo); err != nil {
			return nil, err
		}
		fd, err := FilenoArg(t, fo)
		if err != nil {
			return nil, err
		}
		t.Detach()
		err = retry(func() error { return call(fd) })
		t.Attach()
		if err != nil {
			return nil, Error(t, err)
		}
		return object.None, nil
	})
}

// isatty reports whether fd is a terminal.
func isatty(fd int) bool {
	_, err := unix.IoctlGetTermios(fd, unix.TCGETS)
	return err == nil
}

// waitFD waits, interruptibly, until a blocking descriptor is ready; a
// non-blocking one is not waited for, so that its read or write fails
// with EAGAIN at once, as in CPython.
// pipeBuf is PIPE_BUF on Linux.
const pipeBuf = 4096

// blockingStream reports whether fd is in blocking mode and not a
// regular file or a directory (a pipe, socket or terminal).
func blockingStream(fd int) bool {
	flags, err := unix.FcntlInt(uintptr(fd), unix.F_GETFL, 0)
	if err != nil || flags&unix.O_NONBLOCK != 0 {
		return false
	}
	var st unix.Stat_t
	if unix.Fstat(fd, &st) != nil {
		return false
	}
	m := st.Mode & unix.S_IFMT
	return m != unix.S_IFREG && m != unix.S_IFDIR && m != unix.S_IFBLK
}

func waitFD(t *object.Thread, fd int, write bool) error {
	flags, err := unix.FcntlInt(uintptr(fd), unix.F_GETFL, 0)
	if err != nil || flags&unix.O_NONBLOCK != 0 {
		return nil // the call itself reports a bad descriptor
	}
	return vm.StateOf(t).WaitFD(fd, write)
}
