package socket

import (
	"encoding/binary"
	"github.com/ftpy/ftpy/lib/internal/intarg"

	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/vm"
	"golang.org/x/sys/unix"
)

// This file holds the socket methods that do no data transfer: naming,
// connecting, options, modes and closing.

type method = func(t *object.Thread, s *Socket, a []*object.Object, kw *object.Tuple) (*object.Object, error)

func def(name string, fn method) object.MethodDef {
	return object.MethodDef{Name: name, Fn: func(t *object.Thread, self *object.Object, a []*object.Object, kw *object.Tuple) (*object.Object, error) {
		return fn(t, asSocket(self), a, kw)
	}}
}

// withFD runs a quick call on the descriptor, held against a close.
func (s *Socket) withFD(fn func(fd int) error) error {
	fd, _, ok := s.fd.acquire()
	if !ok {
		return unix.EBADF
	}
	defer s.fd.release()
	return fn(fd)
}

func sockBind(t *object.Thread, s *Socket, a []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if err := oneArg(t, "socket.bind", a, kw); err != nil {
		return nil, err
	}
	sa, err := sockaddrArg(t, int(s.family.Load()), a[0], "bind")
	if err != nil {
		return nil, err
	}
	if err := s.withFD(func(fd int) error { return rawBind(fd, sa) }); err != nil {
		return nil, pyError(t, err)
	}
	return object.None, nil
}

func sockListen(t *object.Thread, s *Socket, a []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if err := posArgs(t, "listen", a, kw, 0, 1); err != nil {
		return nil, err
	}
	backlog := min(unix.SOMAXCONN, 128)
	if len(a) == 1 {
		v, err := object.AsInt64(t, a[0])
		if err != nil {
			if object.ErrorMatches(err, object.OverflowErrorType) {
				t.DropError(err)
				return nil, t.Errorf(object.OverflowErrorType, "signed integer is greater than maximum")
			}
			return nil, err
		}
		if v > 0x7fffffff {
			return nil, t.Errorf(object.OverflowErrorType, "signed integer is greater than maximum")
		}
		if v < -0x80000000 {
			return nil, t.Errorf(object.OverflowErrorType, "signed integer is less than minimum")
		}
		backlog = max(int(v), 0) // a negative backlog is 0, as CPython makes it
	}
	if err := s.withFD(func(fd int) error { return unix.Listen(fd, backlog) }); err != nil {
		return nil, pyError(t, err)
	}
	return object.None, nil
}

// sockAccept is _accept(): (descriptor, address) of a new connection;
// socket.py's accept wraps the descriptor.
func sockAccept(t *object.Thread, s *Socket, a []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if err := noArgs(t, "socket._accept", a, kw); err != nil {
		return nil, err
	}
	var nfd int
	var sa []byte
	err := s.call(t, false, true, func(fd int) (err error) {
		nfd, sa, err = rawAccept(fd)
		return err
	})
	if err != nil {
		return nil, pyError(t, err)
	}
	return object.NewTuple(t, []*object.Object{object.NewInt(t, int64(nfd)), makeSockaddr(t, sa)}).Obj(), nil
}

// connect connects to sa as CPython's internal_connect does, returning
// an errno, errTimedOut or a Python exception.
func (s *Socket) connect(t *object.Thread, sa []byte) error {
	fd, closing, ok := s.fd.acquire()
	if !ok {
		return unix.EBADF
	}
	defer s.fd.release()
	timeout := s.timeout.Load()
	deadline := deadlineOf(timeout)
	t.Detach()
	err := rawConnect(fd, sa)
	t.Attach()
	switch {
	case err == nil:
		return nil
	case err == unix.EINTR:
		if perr := vm.StateOf(t).PendingInterrupt(); perr != nil {
			return perr
		}
		// The connection goes on without us: wait for its end.
		if timeout == 0 {
			return unix.EWOULDBLOCK
		}
	case err == unix.EINPROGRESS && timeout > 0:
	default:
		return err
	}
	// Wait until the descriptor is writable, then ask how connecting
	// ended.
	return s.callFD(t, fd, closing, true, true, deadline, func(fd int) error {
		v, err := unix.GetsockoptInt(fd, unix.SOL_SOCKET, unix.SO_ERROR)
		if err != nil {
			return err
		}
		if v != 0 {
			return unix.Errno(v)
		}
		return nil
	})
}

func sockConnect(t *object.Thread, s *Socket, a []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if err := oneArg(t, "socket.connect", a, kw); err != nil {
		return nil, err
	}
	sa, err := sockaddrArg(t, int(s.family.Load()), a[0], "connect")
	if err != nil {
		return nil, err
	}
	if err := s.connect(t, sa); err != nil {
		return nil, pyError(t, err)
	}
	return object.None, nil
}

func sockConnectEx(t *object.Thread, s *Socket, a []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if err := oneArg(t, "socket.connect_ex", a, kw); err != nil {
		return nil, err
	}
	sa, err := sockaddrArg(t, int(s.family.Load()), a[0], "connect_ex")
	if err != nil {
		return nil, err
	}
	switch err := s.connect(t, sa).(type) {
	case nil:
		return object.SmallInt(0), nil
	case unix.Errno:
		return object.NewInt(t, int64(err)), nil
	default:
		if err == errTimedOut {
			return object.NewInt(t, int64(unix.EWOULDBLOCK)), nil
		}
		return nil, err
	}
}

func sockName(trap uintptr, qualname string) method {
	return func(t *object.Thread, s *Socket, a []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := noArgs(t, qualname, a, kw); err != nil {
			return nil, err
		}
		var sa []byte
		err := s.withFD(func(fd int) (err error) {
			sa, err = rawName(trap, fd)
			return err
		})
		if err != nil {
			return nil, pyError(t, err)
		}
		return makeSockaddr(t, sa), nil
	}
}

func sockShutdown(t *object.Thread, s *Socket, a []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if err := oneArg(t, "socket.shutdown", a, kw); err != nil {
		return nil, err
	}
	how, err := intarg.CInt(t, a[0])
	if err != nil {
		return nil, err
	}
	if err := s.withFD(func(fd int) error { return unix.Shutdown(fd, how) }); err != nil {
		return nil, pyError(t, err)
	}
	return object.None, nil
}

func sockClose(t *object.Thread, s *Socket, a []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if err := noArgs(t, "socket.close", a, kw); err != nil {
		return nil, err
	}
	_, _, err := s.fd.take(true)
	// As CPython, a reset connection is no failure of close.
	if err != nil && err != unix.ECONNRESET {
		return nil, pyError(t, err)
	}
	return object.None, nil
}

func sockDetach(t *object.Thread, s *Socket, a []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if err := noArgs(t, "socket.detach", a, kw); err != nil {
		return nil, err
	}
	fd, _, _ := s.fd.take(false)
	return object.NewInt(t, int64(fd)), nil
}

func sockFileno(t *object.Thread, s *Socket, a []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if err := noArgs(t, "socket.fileno", a, kw); err != nil {
		return nil, err
	}
	return object.NewInt(t, int64(s.fd.load())), nil
}

// setTimeout records a timeout and makes the descriptor blocking only
// for none.
func (s *Socket) setTimeout(t *object.Thread, ns int64) error {
	s.timeout.Store(ns)
	if err := s.withFD(func(fd int) error { return setBlocking(fd, ns < 0) }); err != nil {
		return pyError(t, err)
	}
	return nil
}

func sockSettimeout(t *object.Thread, s *Socket, a []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if err := oneArg(t, "socket.settimeout", a, kw); err != nil {
		return nil, err
	}
	ns, err := timeoutArg(t, a[0])
	if err != nil {
		return nil, err
	}
	if err := s.setTimeout(t, ns); err != nil {
		return nil, err
	}
	return object.None, nil
}

func sockGettimeout(t *object.Thread, s *Socket, a []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if err := noArgs(t, "socket.gettimeout", a, kw); err != nil {
		return nil, err
	}
	return timeoutObject(t, s.timeout.Load()), nil
}

func sockSetblocking(t *object.Thread, s *Socket, a []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if err := oneArg(t, "socket.setblocking", a, kw); err != nil {
		return nil, err
	}
	v, err := object.AsInt64(t, a[0])
	if err != nil {
		if !object.ErrorMatches(err, object.OverflowErrorType) {
			return nil, err
		}
		t.DropError(err)
		v = 1
	}
	ns := int64(-1)
	if v == 0 {
		ns = 0
	}
	if err := s.setTimeout(t, ns); err != nil {
		return nil, err
	}
	return object.None, nil
}

func sockGetblocking(t *object.Thread, s *Socket, a []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if err := noArgs(t, "socket.getblocking", a, kw); err != nil {
		return nil, err
	}
	return object.NewBool(s.timeout.Load() != 0), nil
}

// sockSetsockopt is setsockopt(level, opt, int or buffer) or
// setsockopt(level, opt, None, optlen).
func sockSetsockopt(t *object.Thread, s *Socket, a []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if err := posArgs(t, "setsockopt", a, kw, 3, 4); err != nil {
		return nil, err
	}
	level, err := intarg.CInt(t, a[0])
	if err != nil {
		return nil, err
	}
	opt, err := intarg.CInt(t, a[1])
	if err != nil {
		return nil, err
	}
	var buf []byte
	switch {
	case len(a) == 4:
		if a[2] != object.None {
			return nil, t.Errorf(object.TypeErrorType, "setsockopt() argument 3 must be None, not %s", a[2].Type().Name)
		}
		n, err := uintArg(t, a[3])
		if err != nil {
			return nil, err
		}
		err = s.withFD(func(fd int) error {
			_, _, e := unix.Syscall6(unix.SYS_SETSOCKOPT, uintptr(fd), uintptr(level), uintptr(opt), 0, uintptr(n), 0)
			return errnoErr(e)
		})
		if err != nil {
			return nil, pyError(t, err)
		}
		return object.None, nil
	case object.IsInt(a[2]):
		v, err := object.AsInt64(t, a[2])
		if err == nil && (v > 0x7fffffff || v < -0x80000000) {
			err = t.Errorf(object.OverflowErrorType, "Python int too large to convert to C int")
		}
		if err != nil {
			t.DropError(err)
			return nil, t.Errorf(object.TypeErrorType, "a bytes-like object is required, not 'int'")
		}
		buf = make([]byte, 4)
		binary.NativeEndian.PutUint32(buf, uint32(int32(v)))
	default:
		b, release, err := object.BytesLike(t, a[2])
		if err != nil {
			return nil, err
		}
		buf = append([]byte(nil), b...)
		release()
	}
	if err := s.withFD(func(fd int) error { return rawSetsockopt(fd, level, opt, buf) }); err != nil {
		return nil, pyError(t, err)
	}
	return object.None, nil
}

// sockGetsockopt is getsockopt(level, opt[, buflen]): an int, or the
// option's bytes when buflen is given and not 0.
func sockGetsockopt(t *object.Thread, s *Socket, a []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if err := posArgs(t, "getsockopt", a, kw, 2, 3); err != nil {
		return nil, err
	}
	level, err := intarg.CInt(t, a[0])
	if err != nil {
		return nil, err
	}
	opt, err := intarg.CInt(t, a[1])
	if err != nil {
		return nil, err
	}
	buflen := 0
	if len(a) == 3 {
		if buflen, err = intarg.CInt(t, a[2]); err != nil {
			return nil, err
		}
	}
	if buflen == 0 {
		var v int
		err := s.withFD(func(fd int) (err error) {
			b := make([]byte, 4)
			_, err = rawGetsockopt(fd, level, opt, b)
			v = int(int32(binary.NativeEndian.Uint32(b)))
			return err
		})
		if err != nil {
			return nil, pyError(t, err)
		}
		return object.NewInt(t, int64(v)), nil
	}
	if buflen < 0 || buflen > 1024 {
		return nil, t.Errorf(object.OSErrorType, "getsockopt buflen out of range")
	}
	b := make([]byte, buflen)
	var n int
	err = s.withFD(func(fd int) (err error) {
		n, err = rawGetsockopt(fd, level, opt, b)
		return err
	})
	if err != nil {
		return nil, pyError(t, err)
	}
	return object.NewBytes(t, b[:n]), nil
}
