package socket

import (
	"github.com/ftpy/ftpy/lib/internal/intarg"
	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/vm"
	"golang.org/x/sys/unix"
)

// This file holds the methods that move data: recv, recv_into,
// recvfrom, recvfrom_into, send, sendall and sendto. Each passes
// MSG_DONTWAIT so that it never blocks in the kernel, where neither a
// signal nor a close could reach it; waiting is call's job.

// flagsArg is an optional flags argument (C int); absent is 0.
func flagsArg(t *object.Thread, a []*object.Object, i int) (int, error) {
	if len(a) <= i {
		return 0, nil
	}
	return intarg.CInt(t, a[i])
}

// recvInto receives into p, returning the count and, with wantFrom,
// the sender's address.
func (s *Socket) recvInto(t *object.Thread, p []byte, flags int, wantFrom bool) (int, []byte, error) {
	var n int
	var from []byte
	err := s.call(t, false, false, func(fd int) (err error) {
		n, from, err = rawRecvfrom(fd, p, flags|unix.MSG_DONTWAIT, wantFrom)
		return err
	})
	return n, from, err
}

func sockRecv(t *object.Thread, s *Socket, a []*object.Object, kw *object.Tuple) (*object.Object, error) {
	return recvBytes(t, s, a, kw, "recv", false)
}

func sockRecvfrom(t *object.Thread, s *Socket, a []*object.Object, kw *object.Tuple) (*object.Object, error) {
	return recvBytes(t, s, a, kw, "recvfrom", true)
}

// recvBytes is recv(bufsize[, flags]) and recvfrom, which also returns
// the sender's address.
func recvBytes(t *object.Thread, s *Socket, a []*object.Object, kw *object.Tuple, name string, from bool) (*object.Object, error) {
	if err := posArgs(t, name, a, kw, 1, 2); err != nil {
		return nil, err
	}
	size, err := ssize(t, a[0])
	if err != nil {
		return nil, err
	}
	flags, err := flagsArg(t, a, 1)
	if err != nil {
		return nil, err
	}
	if size < 0 {
		return nil, t.Errorf(object.ValueErrorType, "negative buffersize in %s", name)
	}
	if size == 0 && !from {
		// As CPython's, which asks the kernel nothing for no bytes.
		return object.NewBytes(t, nil), nil
	}
	buf := make([]byte, size)
	n, sa, err := s.recvInto(t, buf, flags, from)
	if err != nil {
		return nil, pyError(t, err)
	}
	data := object.NewBytes(t, buf[:n])
	if !from {
		return data, nil
	}
	return object.NewTuple(t, []*object.Object{data, makeSockaddr(t, sa)}).Obj(), nil
}

func sockRecvInto(t *object.Thread, s *Socket, a []*object.Object, kw *object.Tuple) (*object.Object, error) {
	return recvIntoBuffer(t, s, a, kw, "recv_into", false)
}

func sockRecvfromInto(t *object.Thread, s *Socket, a []*object.Object, kw *object.Tuple) (*object.Object, error) {
	return recvIntoBuffer(t, s, a, kw, "recvfrom_into", true)
}

// recvIntoBuffer is recv_into(buffer, nbytes=0, flags=0) and
// recvfrom_into, which also returns the sender's address.
func recvIntoBuffer(t *object.Thread, s *Socket, a []*object.Object, kw *object.Tuple, name string, from bool) (*object.Object, error) {
	var bufObj, nObj, flagsObj *object.Object
	if err := object.ParseArgs(t, name, a, kw, []string{"buffer", "nbytes", "flags"}, 1, &bufObj, &nObj, &flagsObj); err != nil {
		return nil, err
	}
	buf, release, err := writableArg(t, bufObj)
	if err != nil {
		if object.ErrorMatches(err, object.TypeErrorType) {
			t.DropError(err)
			return nil, t.Errorf(object.TypeErrorType, "%s() argument 1 must be read-write bytes-like object, not %s", name, bufObj.Type().Name)
		}
		return nil, err
	}
	defer release()
	n := 0
	if nObj != nil {
		if n, err = ssize(t, nObj); err != nil {
			return nil, err
		}
	}
	flags := 0
	if flagsObj != nil {
		if flags, err = intarg.CInt(t, flagsObj); err != nil {
			return nil, err
		}
	}
	switch {
	case n < 0:
		return nil, t.Errorf(object.ValueErrorType, "negative buffersize in %s", name)
	case n == 0:
		n = len(buf)
	case n > len(buf):
		if from {
			return nil, t.Errorf(object.ValueErrorType, "nbytes is greater than the length of the buffer")
		}
		return nil, t.Errorf(object.ValueErrorType, "buffer too small for requested bytes")
	}
	if n == 0 && !from {
		return object.SmallInt(0), nil
	}
	got, sa, err := s.recvInto(t, buf[:n], flags, from)
	if err != nil {
		return nil, pyError(t, err)
	}
	if !from {
		return object.NewInt(t, int64(got)), nil
	}
	return object.NewTuple(t, []*object.Object{object.NewInt(t, int64(got)), makeSockaddr(t, sa)}).Obj(), nil
}

// sendSome sends what it can of p to (for sendto) sa.
func (s *Socket) sendSome(t *object.Thread, p []byte, flags int, sa []byte) (int, error) {
	var n int
	err := s.call(t, true, false, func(fd int) (err error) {
		n, err = rawSendto(fd, p, flags|unix.MSG_DONTWAIT, sa)
		return err
	})
	return n, err
}

func sockSend(t *object.Thread, s *Socket, a []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if err := posArgs(t, "send", a, kw, 1, 2); err != nil {
		return nil, err
	}
	data, release, err := object.BytesLike(t, a[0])
	if err != nil {
		return nil, err
	}
	defer release()
	flags, err := flagsArg(t, a, 1)
	if err != nil {
		return nil, err
	}
	n, err := s.sendSome(t, data, flags, nil)
	if err != nil {
		return nil, pyError(t, err)
	}
	return object.NewInt(t, int64(n)), nil
}

// sockSendall sends all of data, running signal handlers between sends;
// a timeout bounds the whole call.
func sockSendall(t *object.Thread, s *Socket, a []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if err := posArgs(t, "sendall", a, kw, 1, 2); err != nil {
		return nil, err
	}
	data, release, err := object.BytesLike(t, a[0])
	if err != nil {
		return nil, err
	}
	defer release()
	flags, err := flagsArg(t, a, 1)
	if err != nil {
		return nil, err
	}
	fd, closing, ok := s.fd.acquire()
	if !ok {
		return nil, pyError(t, unix.EBADF)
	}
	defer s.fd.release()
	deadline := deadlineOf(s.timeout.Load())
	for len(data) > 0 {
		var n int
		err := s.callFD(t, fd, closing, true, false, deadline, func(fd int) (err error) {
			n, err = rawSendto(fd, data, flags|unix.MSG_DONTWAIT, nil)
			return err
		})
		if err != nil {
			return nil, pyError(t, err)
		}
		data = data[n:]
		if err := vm.StateOf(t).PendingInterrupt(); err != nil {
			return nil, err
		}
	}
	return object.None, nil
}

// sockSendto is sendto(data[, flags], address).
func sockSendto(t *object.Thread, s *Socket, a []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if kw != nil && len(kw.Items) > 0 {
		return nil, t.Errorf(object.TypeErrorType, "sendto() takes no keyword arguments")
	}
	if len(a) < 2 || len(a) > 3 {
		return nil, t.Errorf(object.TypeErrorType, "sendto() takes 2 or 3 arguments (%d given)", len(a))
	}
	addrObj := a[len(a)-1]
	data, release, err := object.BytesLike(t, a[0])
	if err != nil {
		return nil, err
	}
	defer release()
	flags := 0
	if len(a) == 3 {
		if flags, err = intarg.CInt(t, a[1]); err != nil {
			return nil, err
		}
	}
	sa, err := sockaddrArg(t, int(s.family.Load()), addrObj, "sendto")
	if err != nil {
		return nil, err
	}
	n, err := s.sendSome(t, data, flags, sa)
	if err != nil {
		return nil, pyError(t, err)
	}
	return object.NewInt(t, int64(n)), nil
}

// writableArg returns the memory of a writable bytes-like object, or of
// the buffer ftpy's _io passes to a raw file's readinto (socket.py's
// SocketIO calls recv_into with it), which exports no buffer.
func writableArg(t *object.Thread, o *object.Object) ([]byte, func(), error) {
	if !object.CheckBuffer(o) {
		if b, release, ok := vm.WritableBytes(t, o); ok {
			return b, release, nil
		}
	}
	return object.WritableBytes(t, o)
}
