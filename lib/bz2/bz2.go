// Package bz2 implements CPython's _bz2 module (Modules/_bz2module.c).
// BZ2Decompressor runs Go's compress/bzip2 on a goroutine that waits for
// input, since that decoder pulls its input and cannot stop for more;
// BZ2Compressor is github.com/dsnet/compress/bzip2's encoder, whose
// output any bzip2 decoder reads but which is not byte for byte what
// libbz2 writes.
package bz2

import (
	"compress/bzip2"
	"io"
	"sync"
)

// stream connects a decoding goroutine to the Python calls feeding it.
// The goroutine reads input a byte at a time (ReadByte, so that the
// decoder never reads past the end of the stream) and waits when there
// is none; the caller waits until the goroutine needs input, finishes
// or fails.
type stream struct {
	mu      sync.Mutex
	cond    sync.Cond
	in      []byte // input not yet read by the decoder
	out     []byte // output not yet returned
	waiting bool   // the decoder waits for input
	done    bool   // the decoder finished (end of stream or error)
	err     error
	closed  bool // the object is gone: the goroutine must stop
	// tail holds the last 11 bytes the decoder read, to recognise the
	// end-of-stream marker (48 bits), checksum (32) and padding (0-7)
	// before the decoder asks for a byte past them.
	tail uint64 // the last 8 bytes
	head uint32 // the 3 before them
	read int
	eos  bool
}

const eosMagic = 0x177245385090

func newStream() *stream {
	s := &stream{}
	s.cond.L = &s.mu
	go s.run()
	return s
}

func (s *stream) run() {
	r := bzip2.NewReader(s)
	buf := make([]byte, 64<<10)
	for {
		n, err := r.Read(buf)
		s.mu.Lock()
		s.out = append(s.out, buf[:n]...)
		if err != nil {
			s.done = true
			if err != io.EOF && !s.closed {
				s.err = err
			}
			s.cond.Broadcast()
			s.mu.Unlock()
			return
		}
		s.cond.Broadcast()
		s.mu.Unlock()
	}
}

// atEnd reports whether the bytes read so far end with the end-of-stream
// marker, its checksum and the padding to a byte boundary.
func (s *stream) atEnd() bool {
	if s.read < 11 {
		return false
	}
	for pad := uint(0); pad < 8; pad++ {
		if s.tail&(1<<pad-1) != 0 {
			continue
		}
		// The 48 bits above the checksum and padding.
		shift := 32 + pad
		magic := s.tail >> shift
		magic |= uint64(s.head) << (64 - shift)
		if magic&(1<<48-1) == eosMagic {
			return true
		}
	}
	return false
}

// ReadByte gives the decoder its next byte, waiting for one if need be;
// past the end of the stream it reports io.EOF, which ends the decoder
// there rather than at the next stream.
func (s *stream) ReadByte() (byte, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.atEnd() {
		s.eos = true
		return 0, io.EOF
	}
	for len(s.in) == 0 {
		if s.closed {
			return 0, io.ErrUnexpectedEOF
		}
		s.waiting = true
		s.cond.Broadcast()
		s.cond.Wait()
	}
	s.waiting = false
	b := s.in[0]
	s.in = s.in[1:]
	s.head = s.head<<8 | uint32(s.tail>>56)
	s.head &= 1<<24 - 1
	s.tail = s.tail<<8 | uint64(b)
	s.read++
	return b, nil
}

// Read serves a reader that is not a ByteReader (never, with
// compress/bzip2); it reads one byte.
func (s *stream) Read(p []byte) (int, error) {
	if len(p) == 0 {
		return 0, nil
	}
	b, err := s.ReadByte()
	if err != nil {
		return 0, err
	}
	p[0] = b
	return 1, nil
}

// feed adds input and waits until the decoder needs more, finished, or
// has produced limit bytes (limit < 0: no limit).
func (s *stream) feed(data []byte, limit int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.in = append(s.in, data...)
	if len(data) > 0 {
		s.waiting = false
	}
	s.cond.Broadcast()
	for !s.done && !(s.waiting && len(s.in) == 0) && (limit < 0 || len(s.out) < limit) {
		s.cond.Wait()
	}
}

func (s *stream) close() {
	s.mu.Lock()
	s.closed = true
	s.cond.Broadcast()
	s.mu.Unlock()
}
