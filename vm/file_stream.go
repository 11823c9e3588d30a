// This file defines stream, the buffers and OS file behind every file
// object (text and binary), and the lock that lets several threads use
// one file object at once, as the lock in CPython's buffered objects does.

package vm

import (
	"bufio"
	"bytes"
	"errors"
	"io"
	"os"
	"sync"
	"sync/atomic"

	"golang.org/x/term"

	"github.com/ftpy/ftpy/lib/codecs"
	"github.com/ftpy/ftpy/object"
)

// stream is a file's buffered state. Its buffers and the OS file position
// are guarded by mu; r, w, bw, fh, closer and seekable are set once when
// the file is made and never change.
//
// Each operation runs through locked (do adds the closed check): the
// thread detaches, then locks mu, works on Go values only, unlocks, and
// attaches again. A thread thus never waits for mu while attached, so a
// stop-the-world cannot deadlock on a thread that waits for another's
// slow read; and nothing under mu touches Python objects, whose
// arguments are turned into Go values before and whose results are built
// after.
type stream struct {
	mu     sync.Mutex
	closed atomic.Bool // set under mu; the closed attribute reads it without mu

	r  *bufio.Reader // nil when not readable
	w  io.Writer     // nil when not writable
	bw *bufio.Writer // w when the stream owns its write buffer (open()), else nil
	fh *os.File      // the OS file; nil for the sys streams and for streams over Python objects
	// src is what r reads from, sk what seeks and tells go to (nil: not
	// seekable): fh, or an adapter over a Python raw file or buffer.
	src io.Reader
	sk  io.Seeker

	closer   io.Closer
	seekable bool
	// py are the adapters over Python objects this stream calls (a raw
	// file, a TextIOWrapper's buffer, a BufferedRWPair's two); nil for
	// the streams over OS files. owner is the thread holding mu, to
	// refuse a reentrant call from the Python code an adapter runs.
	py    []*pyIO
	owner atomic.Pointer[object.Thread]
	// rawClosed is the closed flag of the FileIO under the stream, which
	// may be closed on its own (f.buffer.raw.close()).
	rawClosed *atomic.Bool
	// standInMsg is set on the closed stand-in stream of a wrapper not
	// initialised yet or detached: every operation fails with it. It is
	// atomic because a buffered object's detach turns its stream, which
	// TextIOWrappers over it share, into a stand-in while other threads
	// may be checking it.
	standInMsg atomic.Pointer[closedError]
	// ir is r's source when reads from it block (standard input): each
	// operation tells it which thread to wake when interrupted.
	ir *interruptibleReader
	// rawFD is the system-call side of a FileIO that is not a regular
	// file: its reads wait on the thread locked names.
	rawFD *rawFile
}

// standIn returns the message of a stand-in stream, "" for a live one.
func (s *stream) standIn() closedError {
	if m := s.standInMsg.Load(); m != nil {
		return *m
	}
	return ""
}

// closedError is a ValueError about an operation on a closed file; its
// text is CPython's for that operation (buffered objects word it per
// operation).
type closedError string

func (e closedError) Error() string { return string(e) }

// unsupportedError is io.UnsupportedOperation with this message.
type unsupportedError string

func (e unsupportedError) Error() string { return string(e) }

// errTextClosed is the text files' message for every closed operation.
const errTextClosed closedError = "I/O operation on closed file."

// errRawClosed is CPython's message where the check reaches the raw file
// (tell, readable, fileno…): no final period.
const errRawClosed closedError = "I/O operation on closed file"

// locked runs fn detached and under s.mu. The error it returns is a Go
// error; raise turns it into a Python exception once the thread is
// attached again.
func (s *stream) locked(t *object.Thread, fn func() error) error {
	if s.py != nil {
		return s.lockedPy(t, fn)
	}
	t.Detach()
	defer t.Attach()
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.ir != nil {
		s.ir.st = stateOf(t)
	}
	if s.rawFD != nil {
		s.rawFD.st = stateOf(t)
	}
	return fn()
}

// lockedPy is locked for a stream over Python objects: the adapters
// attach the thread again to call them, and a call back into the same
// stream from that code is refused, as CPython's buffered objects
// refuse it, instead of waiting forever for the lock.
func (s *stream) lockedPy(t *object.Thread, fn func() error) error {
	if s.owner.Load() == t {
		return errReentrant
	}
	t.Detach()
	defer t.Attach()
	s.mu.Lock()
	defer s.mu.Unlock()
	s.owner.Store(t)
	defer s.owner.Store(nil)
	for _, p := range s.py {
		p.t = t
	}
	return fn()
}

// do is locked for an operation on an open file: it fails with closedMsg
// once the file is closed.
func (s *stream) do(t *object.Thread, closedMsg closedError, fn func() error) error {
	return s.locked(t, func() error {
		if s.closed.Load() || s.rawClosed != nil && s.rawClosed.Load() {
			if s.standIn() != "" {
				return s.standIn()
			}
			return closedMsg
		}
		return fn()
	})
}

// raise returns the Python exception for an error from do. It may import
// io (for UnsupportedOperation), so it runs attached and without s.mu.
func raise(t *object.Thread, err error) error {
	switch e := err.(type) {
	case nil:
		return nil
	case closedError:
		return t.Errorf(object.ValueErrorType, "%s", string(e))
	case unsupportedError:
		return unsupported(t, string(e))
	case *codecs.Error, *codecs.LookupError, *codecs.TypeError:
		return object.CodecError(t, err, nil)
	case *object.Exception:
		return e // raised by Python code an adapter called
	case *heldException:
		return object.Cast[object.Exception](t.NewRef(e.exc.Obj()))
	case nothingYetError:
		return e
	case noTellError:
		return t.Errorf(object.OSErrorType, "%s", e.Error())
	case blockedError:
		return t.Errorf(object.BlockingIOErrorType, "raw stream would block")
	case reentrantError:
		return t.Errorf(object.RuntimeErrorType, "reentrant call inside %s", string(e))
	}
	if errors.Is(err, errInterrupted) {
		if e := stateOf(t).PendingInterrupt(); e != nil {
			return e
		}
		return t.NewException(object.KeyboardInterruptType)
	}
	return object.OSErrorFromGo(t, err)
}

// unsupported returns io.UnsupportedOperation(msg). The class is defined
// by the io module in Python, so it is looked up there; without io (an
// embedding that links no io) it falls back to its base, OSError.
func unsupported(t *object.Thread, msg string) error {
	m, err := stateOf(t).Import("_io")
	if err != nil {
		t.DropError(err)
		return t.Errorf(object.OSErrorType, "%s", msg)
	}
	cls, err := object.GetAttrString(t, m, "UnsupportedOperation")
	t.Decref(m)
	if err != nil {
		t.DropError(err)
		return t.Errorf(object.OSErrorType, "%s", msg)
	}
	defer t.Decref(cls)
	arg := object.NewStr(t, msg)
	defer t.Decref(arg)
	e, err := object.Call(t, cls, []*object.Object{arg}, nil)
	if err != nil {
		return err
	}
	if !object.IsInstance(e, object.BaseExceptionType) {
		t.Decref(e)
		return t.Errorf(object.OSErrorType, "%s", msg)
	}
	return object.Cast[object.Exception](e)
}

// The methods below run under s.mu (inside do).

// beforeRead writes out pending data first, so that a read in a '+' mode
// sees it and starts at the position after it.
func (s *stream) beforeRead() error {
	if s.bw != nil && s.bw.Buffered() > 0 {
		return s.bw.Flush()
	}
	return nil
}

// beforeWrite drops the read-ahead, moving the OS position back to where
// the reader stands, so that a write in a '+' mode lands there.
func (s *stream) beforeWrite() error {
	if s.r == nil || s.sk == nil || s.r.Buffered() == 0 {
		return nil
	}
	if _, err := s.sk.Seek(-int64(s.r.Buffered()), io.SeekCurrent); err != nil {
		return err
	}
	s.r.Reset(s.src)
	return nil
}

// readAll reads to the end of the file.
func (s *stream) readAll() ([]byte, error) {
	if err := s.beforeRead(); err != nil {
		return nil, err
	}
	return io.ReadAll(s.r)
}

// readN reads n bytes, fewer only at the end of the file. The buffer
// grows with what arrives: read(10**9) on a small file allocates little.
func (s *stream) readN(n int64) ([]byte, error) {
	if err := s.beforeRead(); err != nil {
		return nil, err
	}
	return io.ReadAll(io.LimitReader(s.r, n))
}

// read1 returns what one read gives: the buffered bytes if any, else one
// fill of the buffer; at most n bytes when n >= 0.
func (s *stream) read1(n int) ([]byte, error) {
	if err := s.beforeRead(); err != nil {
		return nil, err
	}
	if s.r.Buffered() == 0 {
		if _, err := s.r.Peek(1); err != nil {
			return nil, eofOK(err)
		}
	}
	k := s.r.Buffered()
	if n >= 0 {
		k = min(k, n)
	}
	out := make([]byte, k)
	_, err := io.ReadFull(s.r, out)
	return out, err
}

// peek returns the buffered bytes without consuming them, after one
// fill of the buffer when it is empty.
func (s *stream) peek() ([]byte, error) {
	if err := s.beforeRead(); err != nil {
		return nil, err
	}
	if s.r.Buffered() == 0 {
		if _, err := s.r.Peek(1); err != nil {
			return nil, eofOK(err)
		}
	}
	b, err := s.r.Peek(s.r.Buffered())
	return bytes.Clone(b), err
}

// truncate flushes and cuts the file at size (the position when size
// is -1), returning the size.
// truncate cuts the file at size, or at the position when atPos (no
// size given). A negative size goes to the raw file, which refuses it
// (EINVAL), as CPython's buffered objects pass it on.
func (s *stream) truncate(size int64, atPos bool) (int64, error) {
	if err := s.flush(); err != nil {
		return 0, err
	}
	if atPos {
		pos, err := s.tell()
		if err != nil {
			return 0, err
		}
		size = pos
	}
	if s.fh != nil {
		return size, s.fh.Truncate(size)
	}
	if s.py != nil {
		p := s.py[len(s.py)-1]
		return size, p.attached(func(t *object.Thread) error {
			r, err := callMethodInts(t, p.obj, "truncate", size)
			if err == nil {
				t.Decref(r)
			}
			return err
		})
	}
	return 0, unsupportedError("truncate")
}

// readLine reads through the next '\n', at most limit bytes when
// limit >= 0.
func (s *stream) readLine(limit int) ([]byte, error) {
	if err := s.beforeRead(); err != nil {
		return nil, err
	}
	var line []byte
	for limit < 0 || len(line) < limit {
		if s.r.Buffered() == 0 {
			if _, err := s.r.Peek(1); err != nil {
				return line, eofOK(err)
			}
		}
		avail, _ := s.r.Peek(s.r.Buffered())
		if limit >= 0 {
			avail = avail[:min(len(avail), limit-len(line))]
		}
		if i := bytes.IndexByte(avail, '\n'); i >= 0 {
			line = append(line, avail[:i+1]...)
			_, err := s.r.Discard(i + 1)
			return line, err
		}
		line = append(line, avail...)
		if _, err := s.r.Discard(len(avail)); err != nil {
			return line, err
		}
	}
	return line, nil
}

// write writes b (into the buffer, for files open() made).
func (s *stream) write(b []byte) error {
	if err := s.beforeWrite(); err != nil {
		return err
	}
	_, err := s.w.Write(b)
	return err
}

// flush writes out the write buffer, or asks a sys stream's writer to
// flush if it can.
func (s *stream) flush() error {
	if s.py != nil {
		return s.flushPy()
	}
	if s.bw != nil {
		return s.bw.Flush()
	}
	if fl, ok := s.w.(interface{ Flush() error }); ok {
		return fl.Flush()
	}
	return nil
}

// tell is the position Python sees: the OS position less the read-ahead,
// plus the data still in the write buffer.
func (s *stream) tell() (int64, error) {
	if s.sk == nil {
		return 0, unsupportedError("underlying stream is not seekable")
	}
	pos, err := s.sk.Seek(0, io.SeekCurrent)
	if err != nil {
		return 0, err
	}
	if s.r != nil {
		pos -= int64(s.r.Buffered())
	}
	if s.bw != nil {
		pos += int64(s.bw.Buffered())
	}
	return pos, nil
}

// seek moves to offset relative to whence (0: start, 1: the position
// Python sees, 2: end) and returns the new position.
func (s *stream) seek(offset int64, whence int) (int64, error) {
	if s.sk == nil {
		return 0, unsupportedError("underlying stream is not seekable")
	}
	if err := s.flush(); err != nil {
		return 0, err
	}
	if whence == io.SeekCurrent && s.r != nil {
		offset -= int64(s.r.Buffered())
	}
	pos, err := s.sk.Seek(offset, whence)
	if err != nil {
		return 0, err // the OS position did not move: the read-ahead stays valid
	}
	if s.r != nil {
		s.r.Reset(s.src)
	}
	return pos, nil
}

// close flushes once and closes the OS file; closing again does nothing.
func (s *stream) close() error {
	if s.closed.Load() {
		return nil
	}
	if s.rawClosed != nil && s.rawClosed.Load() {
		s.closed.Store(true) // the raw file was closed on its own: nothing to flush to
		return nil
	}
	if s.py != nil {
		// As CPython: a wrapper over an object closed already does
		// nothing (not even flush).
		if c, err := s.py[0].isClosed(); err != nil || c {
			s.closed.Store(c)
			return err
		}
	}
	s.closed.Store(true)
	err := s.flush()
	if s.closer != nil {
		if cerr := s.closer.Close(); err == nil {
			err = cerr
		}
	}
	return err
}

// fileno returns the OS file descriptor.
func (s *stream) fileno() (int, error) {
	if s.py != nil {
		return s.py[len(s.py)-1].fileno()
	}
	if s.fh == nil {
		return 0, unsupportedError("fileno")
	}
	return int(s.fh.Fd()), nil
}

// isatty reports whether the OS file is a terminal.
func (s *stream) isatty() bool {
	return s.fh != nil && term.IsTerminal(int(s.fh.Fd()))
}

// eofOK drops io.EOF: reaching the end is not an error for Python.
func eofOK(err error) error {
	if err == io.EOF {
		return nil
	}
	return err
}
