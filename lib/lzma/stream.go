// This file connects a decoding goroutine to the Python calls that feed
// it. ulikunitz/xz's decoders pull their input from an io.Reader and
// cannot stop halfway for more, so each LZMADecompressor runs its
// decoder on a goroutine that waits when it has no input; the calls
// feed it and wait until it needs more input, finishes, fails or has
// produced the output asked for. The goroutine runs only while a call
// waits on it, so what a call sees does not depend on timing.

package lzma

import (
	"errors"
	"io"
	"sync"
)

// errClosed stops the goroutine of a decompressor that was freed.
var errClosed = errors.New("lzma: decompressor freed")

// codingError is a failure the decoder reports as LZMAError(msg).
type codingError string

func (e codingError) Error() string { return string(e) }

type stream struct {
	mu   sync.Mutex
	cond sync.Cond
	in   []byte // input the goroutine has not taken yet
	out  []byte // output not yet returned
	// local is the input the goroutine took and has not read (only the
	// goroutine touches it, except once done).
	local   []byte
	active  bool // a call waits on the goroutine
	limit   int  // the goroutine pauses when out holds limit bytes (<0: never)
	waiting bool // the goroutine waits for input
	done    bool // the stream ended (err nil) or decoding failed
	err     error
	closed  bool
	check   int // the stream's check ID, once known
}

func newStream(check int, decode func(s *stream) error) *stream {
	s := &stream{check: check, limit: -1}
	s.cond.L = &s.mu
	go s.run(decode)
	return s
}

func (s *stream) run(decode func(s *stream) error) {
	err := decode(s)
	s.mu.Lock()
	defer s.mu.Unlock()
	s.done = true
	if err != nil && err != errClosed {
		s.err = err
	}
	s.cond.Broadcast()
}

// ReadByte gives the decoder its next input byte, waiting for one.
func (s *stream) ReadByte() (byte, error) {
	if len(s.local) == 0 {
		if err := s.take(); err != nil {
			return 0, err
		}
	}
	b := s.local[0]
	s.local = s.local[1:]
	return b, nil
}

// Read gives the decoder up to len(p) bytes, at least one, waiting for
// input if there is none.
func (s *stream) Read(p []byte) (int, error) {
	if len(p) == 0 {
		return 0, nil
	}
	if len(s.local) == 0 {
		if err := s.take(); err != nil {
			return 0, err
		}
	}
	n := copy(p, s.local)
	s.local = s.local[n:]
	return n, nil
}

// readFull reads exactly len(p) bytes.
func (s *stream) readFull(p []byte) error {
	_, err := io.ReadFull(s, p)
	return err
}

// take moves the fed input to local, waiting until there is some and a
// call is active.
func (s *stream) take() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	for len(s.in) == 0 || !s.active {
		if s.closed {
			return errClosed
		}
		if len(s.in) == 0 {
			s.waiting = true
			s.cond.Broadcast()
		}
		s.cond.Wait()
	}
	s.waiting = false
	s.local, s.in = s.in, nil
	return nil
}

// emit hands decoded bytes to the caller, pausing while the output asked
// for is there.
func (s *stream) emit(p []byte) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.out = append(s.out, p...)
	s.cond.Broadcast()
	for !s.active || s.limit >= 0 && len(s.out) >= s.limit {
		if s.closed {
			return errClosed
		}
		s.cond.Wait()
	}
	return nil
}

// setCheck records the stream's check ID once the header is read.
func (s *stream) setCheck(id int) {
	s.mu.Lock()
	s.check = id
	s.mu.Unlock()
}

// feed adds input and runs the goroutine until it needs more input, is
// done, or has limit bytes of output (limit < 0: no limit). It returns
// the output taken (at most limit bytes), whether the stream is done
// with all its output taken (and then the input past its end), whether
// the decoder needs input before it can give more, and the decoding
// error if any.
func (s *stream) feed(data []byte, limit int) (out []byte, eof bool, needsInput bool, unused []byte, err error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.in = append(s.in, data...)
	s.active = true
	s.limit = limit
	s.cond.Broadcast()
	for !s.done && !(s.waiting && len(s.in) == 0) && (limit < 0 || len(s.out) < limit) {
		s.cond.Wait()
	}
	s.active = false
	if s.err != nil {
		return nil, false, false, nil, s.err
	}
	n := len(s.out)
	if limit >= 0 && n > limit {
		n = limit
	}
	out = append([]byte(nil), s.out[:n]...)
	s.out = s.out[n:]
	if s.done && len(s.out) == 0 {
		unused = append(append([]byte(nil), s.local...), s.in...)
		s.local, s.in = nil, nil
		return out, true, false, unused, nil
	}
	needsInput = len(s.out) == 0 && s.waiting && len(s.in) == 0 && !(limit >= 0 && n == limit)
	return out, false, needsInput, nil, nil
}

func (s *stream) checkID() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.check
}

func (s *stream) close() {
	s.mu.Lock()
	s.closed = true
	s.cond.Broadcast()
	s.mu.Unlock()
}
