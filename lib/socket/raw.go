package socket

import (
	"unsafe"

	"golang.org/x/sys/unix"
)

// This file makes the socket system calls with raw address bytes, as
// CPython passes struct sockaddr: x/sys/unix's Sockaddr types rewrite an
// abstract AF_UNIX name's NUL as '@', which would confuse it with a path
// that starts with '@'.

// sockaddrMax is the size of struct sockaddr_storage.
const sockaddrMax = int(unsafe.Sizeof(unix.RawSockaddrAny{}))

// bp points at b's first byte (nil for none); calls convert it to
// uintptr in their argument lists, which keeps b alive through the call.
func bp(b []byte) unsafe.Pointer {
	if len(b) == 0 {
		return nil
	}
	return unsafe.Pointer(&b[0])
}

func errnoErr(e unix.Errno) error {
	if e == 0 {
		return nil
	}
	return e
}

func rawBind(fd int, sa []byte) error {
	_, _, e := unix.Syscall(unix.SYS_BIND, uintptr(fd), uintptr(bp(sa)), uintptr(len(sa)))
	return errnoErr(e)
}

func rawConnect(fd int, sa []byte) error {
	_, _, e := unix.Syscall(unix.SYS_CONNECT, uintptr(fd), uintptr(bp(sa)), uintptr(len(sa)))
	return errnoErr(e)
}

// rawName is getsockname or getpeername (trap).
func rawName(trap uintptr, fd int) ([]byte, error) {
	buf := make([]byte, sockaddrMax)
	n := uint32(len(buf))
	_, _, e := unix.RawSyscall(trap, uintptr(fd), uintptr(bp(buf)), uintptr(unsafe.Pointer(&n)))
	if e != 0 {
		return nil, e
	}
	return buf[:min(int(n), len(buf))], nil
}

func rawAccept(fd int) (int, []byte, error) {
	buf := make([]byte, sockaddrMax)
	n := uint32(len(buf))
	r, _, e := unix.Syscall6(unix.SYS_ACCEPT4, uintptr(fd), uintptr(bp(buf)), uintptr(unsafe.Pointer(&n)), unix.SOCK_CLOEXEC, 0, 0)
	if e != 0 {
		return -1, nil, e
	}
	return int(r), buf[:min(int(n), len(buf))], nil
}

// rawRecvfrom receives into p; from, when wanted, gets the sender's
// address.
func rawRecvfrom(fd int, p []byte, flags int, wantFrom bool) (int, []byte, error) {
	var buf []byte
	if wantFrom {
		buf = make([]byte, sockaddrMax)
	}
	// With no address buffer the kernel ignores the length.
	n := uint32(len(buf))
	r, _, e := unix.Syscall6(unix.SYS_RECVFROM, uintptr(fd), uintptr(bp(p)), uintptr(len(p)), uintptr(flags), uintptr(bp(buf)), uintptr(unsafe.Pointer(&n)))
	if e != 0 {
		return 0, nil, e
	}
	if wantFrom {
		buf = buf[:min(int(n), len(buf))]
	}
	return int(r), buf, nil
}

func rawSendto(fd int, p []byte, flags int, to []byte) (int, error) {
	r, _, e := unix.Syscall6(unix.SYS_SENDTO, uintptr(fd), uintptr(bp(p)), uintptr(len(p)), uintptr(flags), uintptr(bp(to)), uintptr(len(to)))
	if e != 0 {
		return 0, e
	}
	return int(r), nil
}

func rawGetsockopt(fd, level, opt int, buf []byte) (int, error) {
	n := uint32(len(buf))
	_, _, e := unix.Syscall6(unix.SYS_GETSOCKOPT, uintptr(fd), uintptr(level), uintptr(opt), uintptr(bp(buf)), uintptr(unsafe.Pointer(&n)), 0)
	if e != 0 {
		return 0, e
	}
	return int(n), nil
}

func rawSetsockopt(fd, level, opt int, buf []byte) error {
	_, _, e := unix.Syscall6(unix.SYS_SETSOCKOPT, uintptr(fd), uintptr(level), uintptr(opt), uintptr(bp(buf)), uintptr(len(buf)), 0)
	return errnoErr(e)
}
