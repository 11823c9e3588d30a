package socket

import (
	"encoding/binary"
	"github.com/ftpy/ftpy/lib/internal/intarg"
	"runtime"
	"unsafe"

	"github.com/ftpy/ftpy/object"
	"golang.org/x/sys/unix"
)

// This file holds sendmsg, recvmsg and recvmsg_into, with ancillary
// data as (level, type, data) triples (multiprocessing passes file
// descriptors with SCM_RIGHTS), and CMSG_LEN and CMSG_SPACE.

const cmsgHdrLen = unix.SizeofCmsghdr

func cmsgAlign(n int) int { return (n + 7) &^ 7 }

func cmsgArg(t *object.Thread, name string, a []*object.Object, kw *object.Tuple) (int, error) {
	if err := posArgs(t, name, a, kw, 1, 1); err != nil {
		return 0, err
	}
	n, err := ssize(t, a[0])
	if err != nil {
		return 0, err
	}
	if n < 0 || n > 0x7fffffff-cmsgHdrLen-8 {
		return 0, t.Errorf(object.OverflowErrorType, "%s() argument out of range", name)
	}
	return n, nil
}

func cmsgLen(t *object.Thread, _ *object.Object, a []*object.Object, kw *object.Tuple) (*object.Object, error) {
	n, err := cmsgArg(t, "CMSG_LEN", a, kw)
	if err != nil {
		return nil, err
	}
	return object.NewInt(t, int64(cmsgHdrLen+n)), nil
}

func cmsgSpace(t *object.Thread, _ *object.Object, a []*object.Object, kw *object.Tuple) (*object.Object, error) {
	n, err := cmsgArg(t, "CMSG_SPACE", a, kw)
	if err != nil {
		return nil, err
	}
	return object.NewInt(t, int64(cmsgHdrLen+cmsgAlign(n))), nil
}

// iterItems collects an iterable's items (new references).
func iterItems(t *object.Thread, o *object.Object) ([]*object.Object, error) {
	var items []*object.Object
	err := object.Iterate(t, o, func(it *object.Object) error {
		items = append(items, t.NewRef(it))
		return nil
	})
	if err != nil {
		decrefAll(t, items)
		return nil, err
	}
	return items, nil
}

func decrefAll(t *object.Thread, items []*object.Object) {
	for _, it := range items {
		t.Decref(it)
	}
}

// sockSendmsg is sendmsg(buffers[, ancdata[, flags[, address]]]).
func sockSendmsg(t *object.Thread, s *Socket, a []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if err := posArgs(t, "sendmsg", a, kw, 1, 4); err != nil {
		return nil, err
	}
	bufObjs, err := iterItems(t, a[0])
	if err != nil {
		if object.ErrorMatches(err, object.TypeErrorType) {
			t.DropError(err)
			return nil, t.Errorf(object.TypeErrorType, "sendmsg() argument 1 must be an iterable")
		}
		return nil, err
	}
	defer decrefAll(t, bufObjs)
	var data [][]byte
	for _, b := range bufObjs {
		p, release, err := object.BytesLike(t, b)
		if err != nil {
			return nil, err
		}
		defer release()
		data = append(data, p)
	}
	var control []byte
	if len(a) > 1 && a[1] != object.None {
		items, err := iterItems(t, a[1])
		if err != nil {
			return nil, err
		}
		defer decrefAll(t, items)
		for _, it := range items {
			if !object.IsTuple(it) || len(object.Cast[object.Tuple](it).Items) != 3 {
				return nil, t.Errorf(object.TypeErrorType, "sendmsg() argument 2 must be an iterable of (level, type, data) tuples")
			}
			f := object.Cast[object.Tuple](it).Items
			level, err := intarg.CInt(t, f[0])
			if err != nil {
				return nil, err
			}
			typ, err := intarg.CInt(t, f[1])
			if err != nil {
				return nil, err
			}
			p, release, err := object.BytesLike(t, f[2])
			if err != nil {
				return nil, err
			}
			h := make([]byte, cmsgHdrLen+cmsgAlign(len(p)))
			binary.NativeEndian.PutUint64(h, uint64(cmsgHdrLen+len(p)))
			binary.NativeEndian.PutUint32(h[8:], uint32(level))
			binary.NativeEndian.PutUint32(h[12:], uint32(typ))
			copy(h[cmsgHdrLen:], p)
			release()
			control = append(control, h...)
		}
	}
	flags, err := flagsArg(t, a, 2)
	if err != nil {
		return nil, err
	}
	var sa []byte
	if len(a) > 3 && a[3] != object.None {
		if sa, err = sockaddrArg(t, int(s.family.Load()), a[3], "sendmsg"); err != nil {
			return nil, err
		}
	}
	iov := make([]unix.Iovec, 0, len(data))
	for _, p := range data {
		if len(p) > 0 {
			iov = append(iov, unix.Iovec{Base: &p[0], Len: uint64(len(p))})
		}
	}
	var msg unix.Msghdr
	if len(sa) > 0 {
		msg.Name, msg.Namelen = &sa[0], uint32(len(sa))
	}
	if len(iov) > 0 {
		msg.Iov, msg.Iovlen = &iov[0], uint64(len(iov))
	}
	if len(control) > 0 {
		msg.Control, msg.Controllen = &control[0], uint64(len(control))
	}
	var n int
	err = s.call(t, true, false, func(fd int) error {
		r, _, e := unix.Syscall(unix.SYS_SENDMSG, uintptr(fd), uintptr(unsafe.Pointer(&msg)), uintptr(flags|unix.MSG_DONTWAIT))
		n = int(r)
		return errnoErr(e)
	})
	runtime.KeepAlive(data)
	runtime.KeepAlive(iov)
	runtime.KeepAlive(control)
	runtime.KeepAlive(sa)
	if err != nil {
		return nil, pyError(t, err)
	}
	return object.NewInt(t, int64(n)), nil
}

// recvmsgInto receives into bufs; it returns the count, the ancillary
// items, the message flags and the sender's address.
func (s *Socket) recvmsgInto(t *object.Thread, name string, bufs [][]byte, a []*object.Object) (int, *object.Object, int, *object.Object, error) {
	ancSize := 0
	var err error
	if len(a) > 0 {
		if ancSize, err = ssize(t, a[0]); err != nil {
			return 0, nil, 0, nil, err
		}
		if ancSize < 0 {
			return 0, nil, 0, nil, t.Errorf(object.ValueErrorType, "negative buffer size in %s()", name)
		}
	}
	flags, err := flagsArg(t, a, 1)
	if err != nil {
		return 0, nil, 0, nil, err
	}
	iov := make([]unix.Iovec, 0, len(bufs))
	for _, p := range bufs {
		if len(p) > 0 {
			iov = append(iov, unix.Iovec{Base: &p[0], Len: uint64(len(p))})
		}
	}
	sa := make([]byte, sockaddrMax)
	control := make([]byte, ancSize)
	var msg unix.Msghdr
	var n int
	err = s.call(t, false, false, func(fd int) error {
		msg = unix.Msghdr{Name: &sa[0], Namelen: uint32(len(sa))}
		if len(iov) > 0 {
			msg.Iov, msg.Iovlen = &iov[0], uint64(len(iov))
		}
		if len(control) > 0 {
			msg.Control, msg.Controllen = &control[0], uint64(len(control))
		}
		r, _, e := unix.Syscall(unix.SYS_RECVMSG, uintptr(fd), uintptr(unsafe.Pointer(&msg)), uintptr(flags|unix.MSG_DONTWAIT))
		n = int(r)
		return errnoErr(e)
	})
	runtime.KeepAlive(bufs)
	runtime.KeepAlive(iov)
	if err != nil {
		return 0, nil, 0, nil, pyError(t, err)
	}
	// The ancillary items: each header's length covers its data.
	var anc []*object.Object
	ctl := control[:min(int(msg.Controllen), len(control))]
	for len(ctl) >= cmsgHdrLen {
		l := int(binary.NativeEndian.Uint64(ctl))
		if l < cmsgHdrLen {
			break
		}
		end := min(l, len(ctl))
		level := int32(binary.NativeEndian.Uint32(ctl[8:]))
		typ := int32(binary.NativeEndian.Uint32(ctl[12:]))
		anc = append(anc, object.NewTuple(t, []*object.Object{
			object.NewInt(t, int64(level)), object.NewInt(t, int64(typ)), object.NewBytes(t, ctl[cmsgHdrLen:end]),
		}).Obj())
		if cmsgAlign(l) >= len(ctl) {
			break
		}
		ctl = ctl[cmsgAlign(l):]
	}
	addr := object.None
	if msg.Namelen > 0 {
		addr = makeSockaddr(t, sa[:min(int(msg.Namelen), len(sa))])
	}
	return n, object.NewList(t, anc).Obj(), int(msg.Flags), addr, nil
}

// sockRecvmsg is recvmsg(bufsize[, ancbufsize[, flags]]).
func sockRecvmsg(t *object.Thread, s *Socket, a []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if err := posArgs(t, "recvmsg", a, kw, 1, 3); err != nil {
		return nil, err
	}
	size, err := ssize(t, a[0])
	if err != nil {
		return nil, err
	}
	if size < 0 {
		return nil, t.Errorf(object.ValueErrorType, "negative buffer size in recvmsg()")
	}
	buf := make([]byte, size)
	n, anc, flags, addr, err := s.recvmsgInto(t, "recvmsg", [][]byte{buf}, a[1:])
	if err != nil {
		return nil, err
	}
	return object.NewTuple(t, []*object.Object{object.NewBytes(t, buf[:n]), anc, object.NewInt(t, int64(flags)), addr}).Obj(), nil
}

// sockRecvmsgInto is recvmsg_into(buffers[, ancbufsize[, flags]]).
func sockRecvmsgInto(t *object.Thread, s *Socket, a []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if err := posArgs(t, "recvmsg_into", a, kw, 1, 3); err != nil {
		return nil, err
	}
	items, err := iterItems(t, a[0])
	if err != nil {
		if object.ErrorMatches(err, object.TypeErrorType) {
			t.DropError(err)
			return nil, t.Errorf(object.TypeErrorType, "recvmsg_into() argument 1 must be an iterable")
		}
		return nil, err
	}
	defer decrefAll(t, items)
	var bufs [][]byte
	for _, it := range items {
		p, release, err := object.WritableBytes(t, it)
		if err != nil {
			return nil, err
		}
		defer release()
		bufs = append(bufs, p)
	}
	n, anc, flags, addr, err := s.recvmsgInto(t, "recvmsg_into", bufs, a[1:])
	if err != nil {
		return nil, err
	}
	return object.NewTuple(t, []*object.Object{object.NewInt(t, int64(n)), anc, object.NewInt(t, int64(flags)), addr}).Obj(), nil
}
