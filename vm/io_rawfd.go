// This file holds the system calls of a FileIO: read(2) and write(2) on
// the descriptor as CPython's FileIO makes them. An *os.File made from a
// descriptor in non-blocking mode is registered with Go's poller, whose
// Read and Write wait for the descriptor to become ready on EAGAIN: a
// Python program that set O_NONBLOCK expects the EAGAIN instead (read
// returns None, write returns None or a short count), so the calls go
// through the file's raw connection, which never waits here.

package vm

import (
	"io"
	"os"
	"syscall"

	"golang.org/x/sys/unix"

	"github.com/ftpy/ftpy/object"
)

// pipeBuf is PIPE_BUF on Linux: the most a write to a pipe that polls
// writable is sure to take without blocking.
const pipeBuf = 4096

// rawFile reads and writes an OS file with one system call each; a call
// that would block returns blockedError with the bytes done so far.
// For a file that is not a regular one (a pipe, a terminal), st is the
// thread reading: a read that has to wait waits in State.WaitFD, which
// runs the Python signal handlers meanwhile (a handler that raises ends
// the read with its exception; one that returns lets it go on), as
// CPython's read retries after EINTR.
type rawFile struct {
	fh *os.File
	st *State // nil: a regular file, or no thread to run handlers on
	// buffered is set under a buffered object, whose bufio.Writer keeps
	// an error and returns it again on every later write and flush: a
	// handler's exception is then handed over as heldException.
	buffered bool
}

// heldException is a signal handler's exception kept by a buffered
// writer, which may report it more than once: it holds one reference
// for good, and each raise takes a new one.
type heldException struct{ exc *object.Exception }

func (e *heldException) Error() string { return e.exc.Error() }

// waitReady waits, attached again, until a blocking descriptor can be
// read (or written) without blocking; a non-blocking one is left to the
// system call (EAGAIN).
func (r *rawFile) waitReady(fd int, write bool) error {
	events := int16(unix.POLLIN)
	if write {
		events = unix.POLLOUT
	}
	if r.st == nil || fdReady(fd, events, 0) {
		return nil
	}
	flags, err := unix.FcntlInt(uintptr(fd), unix.F_GETFL, 0)
	if err != nil || flags&unix.O_NONBLOCK != 0 {
		return nil
	}
	r.st.t.Attach()
	defer r.st.t.Detach()
	return r.st.WaitFD(fd, write)
}

// control runs op on the descriptor, repeating it when a signal
// interrupted it (EINTR), as CPython does after checking signals.
func (r *rawFile) control(write bool, op func(fd int) (int, error)) (int, error) {
	rc, err := r.fh.SyscallConn()
	if err != nil {
		return 0, err
	}
	var n int
	var opErr error
	run := func(fd uintptr) bool {
		for {
			n, opErr = op(int(fd))
			if opErr != syscall.EINTR {
				return true // done, or an error for the caller: never wait
			}
		}
	}
	if write {
		err = rc.Write(run)
	} else {
		err = rc.Read(run)
	}
	if err != nil {
		return 0, err
	}
	if n < 0 {
		n = 0
	}
	if opErr == syscall.EAGAIN {
		return n, blockedError{}
	}
	if e, ok := opErr.(*object.Exception); ok {
		// Raised by a signal handler while waiting.
		if r.buffered {
			return n, &heldException{e}
		}
		return n, opErr
	}
	if opErr != nil {
		return n, &os.PathError{Op: map[bool]string{true: "write", false: "read"}[write], Path: r.fh.Name(), Err: opErr}
	}
	return n, nil
}

// Read is one read(2); 0 bytes read is the end of the file.
func (r *rawFile) Read(b []byte) (int, error) {
	if len(b) == 0 {
		return 0, nil
	}
	n, err := r.control(false, func(fd int) (int, error) {
		if err := r.waitReady(fd, false); err != nil {
			return 0, err
		}
		return syscall.Read(fd, b)
	})
	if err == nil && n == 0 {
		return 0, io.EOF
	}
	return n, err
}

// Write writes all of b, one write(2) after another, stopping at the
// first error (EAGAIN included) with the count written.
func (r *rawFile) Write(b []byte) (int, error) {
	done := 0
	for done < len(b) {
		n, err := r.writeOnce(b[done:])
		done += n
		if err != nil {
			return done, err
		}
	}
	return done, nil
}

// writeOnce is FileIO.write's write(2). On a blocking pipe or terminal
// it writes all of b as one blocking write(2) would, in PIPE_BUF pieces
// with the waits between them in WaitFD, where a signal handler that
// raises ends it (CPython's write returns early on the signal, and the
// handler's exception follows at once).
func (r *rawFile) writeOnce(b []byte) (int, error) {
	if r.st == nil || len(b) <= pipeBuf || r.nonBlocking() {
		return r.writePiece(b)
	}
	done := 0
	for done < len(b) {
		n, err := r.writePiece(b[done:])
		done += n
		if err != nil {
			return done, err
		}
	}
	return done, nil
}

// nonBlocking reports whether the descriptor is in non-blocking mode.
func (r *rawFile) nonBlocking() bool {
	nb := false
	if rc, err := r.fh.SyscallConn(); err == nil {
		rc.Control(func(fd uintptr) {
			flags, err := unix.FcntlInt(fd, unix.F_GETFL, 0)
			nb = err == nil && flags&unix.O_NONBLOCK != 0
		})
	}
	return nb
}

// writePiece is one write(2), of at most PIPE_BUF bytes on a pipe.
func (r *rawFile) writePiece(b []byte) (int, error) {
	return r.control(true, func(fd int) (int, error) {
		if err := r.waitReady(fd, true); err != nil {
			return 0, err
		}
		if r.st != nil && len(b) > pipeBuf {
			// A pipe that polls writable takes PIPE_BUF bytes without
			// blocking; a longer write(2) could block until a reader
			// drains it, with the signal handlers unable to run.
			b = b[:pipeBuf]
		}
		return syscall.Write(fd, b)
	})
}

// readAll reads to the end of the file; on a non-blocking descriptor
// with nothing more to read yet it returns what it has with
// blockedError.
func (r *rawFile) readAll() ([]byte, error) {
	var out []byte
	buf := make([]byte, 64*1024)
	for {
		n, err := r.Read(buf)
		out = append(out, buf[:n]...)
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return out, err
		}
	}
}

// fileIOError is the exception for an error of a FileIO read or write:
// a signal handler's own exception as it is, else the OSError.
func fileIOError(t *object.Thread, err error) error {
	if e, ok := err.(*object.Exception); ok {
		return e
	}
	return object.OSErrorFromGo(t, err)
}
