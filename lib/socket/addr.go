package socket

import (
	"encoding/binary"
	"strings"

	"github.com/ftpy/ftpy/object"
	"golang.org/x/sys/unix"
)

// This file converts socket addresses between Python's forms and struct
// sockaddr's bytes: (host, port) for AF_INET, (host, port, flowinfo,
// scope_id) for AF_INET6, a path for AF_UNIX (bytes with a leading NUL
// for Linux's abstract namespace).

// sockaddrArg converts address a for a socket of family (CPython's
// getsockaddrarg); caller names the method in messages.
func sockaddrArg(t *object.Thread, family int, a *object.Object, caller string) ([]byte, error) {
	switch family {
	case unix.AF_UNIX:
		return unixAddrArg(t, a)
	case unix.AF_INET:
		return inetAddrArg(t, a, caller)
	case unix.AF_INET6:
		return inet6AddrArg(t, a, caller)
	}
	return nil, t.Errorf(object.OSErrorType, "%s(): bad family", caller)
}

func unixAddrArg(t *object.Thread, a *object.Object) ([]byte, error) {
	var path []byte
	if object.IsStr(a) {
		p, _, _, err := object.FSPath(t, a)
		if err != nil {
			return nil, err
		}
		path = []byte(p)
	} else {
		b, release, err := object.BytesLike(t, a)
		if err != nil {
			return nil, err
		}
		path = append([]byte(nil), b...)
		release()
	}
	const pathMax = len(unix.RawSockaddrUnix{}.Path)
	if len(path) > pathMax {
		return nil, t.Errorf(object.OSErrorType, "AF_UNIX path too long")
	}
	sa := make([]byte, 2, 2+len(path)+1)
	binary.NativeEndian.PutUint16(sa, unix.AF_UNIX)
	sa = append(sa, path...)
	// A filesystem path is passed with its NUL, as CPython does; an
	// abstract name is exactly its bytes.
	if len(path) > 0 && path[0] != 0 && len(path) < pathMax {
		sa = append(sa, 0)
	}
	return sa, nil
}

// port converts a port number, 0-65535.
func portArg(t *object.Thread, o *object.Object, caller string) (int, error) {
	v, err := object.AsInt64(t, o)
	if err != nil {
		if !object.ErrorMatches(err, object.OverflowErrorType) {
			return 0, err
		}
		t.DropError(err)
		v = -1
	}
	if v < 0 || v > 0xffff {
		return 0, t.Errorf(object.OverflowErrorType, "%s(): port must be 0-65535.", caller)
	}
	return int(v), nil
}

func inetAddrArg(t *object.Thread, a *object.Object, caller string) ([]byte, error) {
	if !object.IsTuple(a) {
		return nil, t.Errorf(object.TypeErrorType, "%s(): AF_INET address must be tuple, not %s", caller, a.Type().Name)
	}
	items := object.Cast[object.Tuple](a).Items
	if len(items) != 2 {
		return nil, t.Errorf(object.TypeErrorType, "AF_INET address must be a pair (host, port)")
	}
	host, err := hostArg(t, items[0])
	if err != nil {
		return nil, err
	}
	port, err := portArg(t, items[1], caller)
	if err != nil {
		return nil, err
	}
	ip, _, err := setIPAddr(t, host, unix.AF_INET)
	if err != nil {
		return nil, err
	}
	return inetSockaddr(ip, port), nil
}

func inetSockaddr(ip []byte, port int) []byte {
	sa := make([]byte, unix.SizeofSockaddrInet4)
	binary.NativeEndian.PutUint16(sa, unix.AF_INET)
	binary.BigEndian.PutUint16(sa[2:], uint16(port))
	copy(sa[4:8], ip)
	return sa
}

func inet6Sockaddr(ip []byte, port int, flow, scope uint32) []byte {
	sa := make([]byte, unix.SizeofSockaddrInet6)
	binary.NativeEndian.PutUint16(sa, unix.AF_INET6)
	binary.BigEndian.PutUint16(sa[2:], uint16(port))
	binary.BigEndian.PutUint32(sa[4:], flow)
	copy(sa[8:24], ip)
	binary.NativeEndian.PutUint32(sa[24:], scope)
	return sa
}

func inet6AddrArg(t *object.Thread, a *object.Object, caller string) ([]byte, error) {
	if !object.IsTuple(a) {
		return nil, t.Errorf(object.TypeErrorType, "%s(): AF_INET6 address must be tuple, not %s", caller, a.Type().Name)
	}
	items := object.Cast[object.Tuple](a).Items
	if len(items) < 2 || len(items) > 4 {
		return nil, t.Errorf(object.TypeErrorType, "AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])")
	}
	host, err := hostArg(t, items[0])
	if err != nil {
		return nil, err
	}
	port, err := portArg(t, items[1], caller)
	if err != nil {
		return nil, err
	}
	var flow, scope uint32
	if len(items) > 2 {
		v, err := uintArg(t, items[2])
		if err != nil {
			return nil, err
		}
		if v > 0xfffff {
			return nil, t.Errorf(object.OverflowErrorType, "%s(): flowinfo must be 0-1048575.", caller)
		}
		flow = uint32(v)
	}
	if len(items) > 3 {
		if scope, err = uintArg(t, items[3]); err != nil {
			return nil, err
		}
	}
	ip, zone, err := setIPAddr(t, host, unix.AF_INET6)
	if err != nil {
		return nil, err
	}
	if scope == 0 {
		scope = zone
	}
	return inet6Sockaddr(ip, port, flow, scope), nil
}

// uintArg converts a C unsigned int.
func uintArg(t *object.Thread, o *object.Object) (uint32, error) {
	v, err := object.AsInt64(t, o)
	if err != nil {
		if object.ErrorMatches(err, object.OverflowErrorType) {
			t.DropError(err)
			return 0, t.Errorf(object.OverflowErrorType, "Python int too large to convert to C unsigned long")
		}
		return 0, err
	}
	if v < 0 {
		return 0, t.Errorf(object.OverflowErrorType, "can't convert negative value to unsigned int")
	}
	if v > 0xffffffff {
		return 0, t.Errorf(object.OverflowErrorType, "Python int too large to convert to C unsigned int")
	}
	return uint32(v), nil
}

// hostArg is a host name: str (IDNA-encoded), bytes or bytearray.
func hostArg(t *object.Thread, o *object.Object) (string, error) {
	switch {
	case object.IsStr(o):
		s := object.StrValue(o)
		for i := 0; i < len(s); i++ {
			if s[i] >= 0x80 {
				return idnaEncode(t, o)
			}
		}
		return s, nil
	case object.IsBytes(o):
		return string(object.BytesValue(o)), nil
	case object.IsByteArray(o):
		b, release, err := object.BytesLike(t, o)
		if err != nil {
			return "", err
		}
		defer release()
		return string(b), nil
	}
	return "", t.Errorf(object.TypeErrorType, "str, bytes or bytearray expected, not %s", o.Type().Name)
}

// idnaEncode encodes a non-ASCII host name with the Lib's idna codec,
// as CPython does.
func idnaEncode(t *object.Thread, o *object.Object) (string, error) {
	meth, err := object.GetAttrString(t, o, "encode")
	if err != nil {
		return "", err
	}
	defer t.Decref(meth)
	codec := object.NewStr(t, "idna")
	defer t.Decref(codec)
	b, err := object.Call(t, meth, []*object.Object{codec}, nil)
	if err != nil {
		return "", err
	}
	defer t.Decref(b)
	if !object.IsBytes(b) {
		return "", t.Errorf(object.TypeErrorType, "idna codec returned %s", b.Type().Name)
	}
	return string(object.BytesValue(b)), nil
}

// makeSockaddr converts a struct sockaddr's bytes to Python's form
// (CPython's makesockaddr); no bytes give None.
func makeSockaddr(t *object.Thread, sa []byte) *object.Object {
	if len(sa) < 2 {
		return object.None
	}
	switch family := binary.NativeEndian.Uint16(sa); family {
	case unix.AF_INET:
		if len(sa) < 8 {
			break
		}
		host := object.NewStr(t, ntoa4(sa[4:8]))
		return object.NewTuple(t, []*object.Object{host, object.NewInt(t, int64(binary.BigEndian.Uint16(sa[2:])))}).Obj()
	case unix.AF_INET6:
		if len(sa) < 28 {
			break
		}
		host := object.NewStr(t, ntop6(sa[8:24]))
		return object.NewTuple(t, []*object.Object{host,
			object.NewInt(t, int64(binary.BigEndian.Uint16(sa[2:]))),
			object.NewInt(t, int64(binary.BigEndian.Uint32(sa[4:]))),
			object.NewInt(t, int64(binary.NativeEndian.Uint32(sa[24:])))}).Obj()
	case unix.AF_UNIX:
		path := sa[2:]
		if len(path) > 0 && path[0] == 0 {
			return object.NewBytes(t, path) // abstract: the name's bytes, NUL first
		}
		if i := strings.IndexByte(string(path), 0); i >= 0 {
			path = path[:i]
		}
		return object.FSDecode(t, string(path))
	default:
		data := sa[2:]
		if len(data) > 14 {
			data = data[:14] // sa_data
		}
		return object.NewTuple(t, []*object.Object{object.NewInt(t, int64(family)), object.NewBytes(t, data)}).Obj()
	}
	return object.None
}
