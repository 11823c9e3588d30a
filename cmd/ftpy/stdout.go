// This file buffers the program's standard output the way CPython's
// sys.stdout does when it is not a terminal, down to what happens when
// the reader goes away (ftpy script.py | head -1): the process ignores
// SIGPIPE, so a write to the closed pipe fails with EPIPE, which Python
// code sees as BrokenPipeError.

package main

import (
	"io"
)

// outBuffer is a write buffer whose failures follow CPython's buffered
// text stream: a write that fills the buffer writes it out, and when that
// fails the data is lost (the error goes to the writer); a flush that
// fails keeps the data, so the flush at exit fails again. Unlike a
// bufio.Writer, an error does not stick: after a failed write the buffer
// is empty and a flush at exit succeeds.
type outBuffer struct {
	w    io.Writer
	buf  []byte
	size int
}

func newOutBuffer(w io.Writer, size int) *outBuffer {
	return &outBuffer{w: w, buf: make([]byte, 0, size), size: size}
}

func (b *outBuffer) Write(p []byte) (int, error) {
	if len(b.buf)+len(p) <= b.size {
		b.buf = append(b.buf, p...)
		return len(p), nil
	}
	err := b.writeOut()
	if err == nil && len(p) >= b.size {
		_, err = b.w.Write(p)
	} else if err == nil {
		b.buf = append(b.buf, p...)
	}
	if err != nil {
		b.buf = b.buf[:0]
		return 0, err
	}
	return len(p), nil
}

// Flush writes the buffer out; on failure it keeps what was not written.
func (b *outBuffer) Flush() error { return b.writeOut() }

func (b *outBuffer) writeOut() error {
	for len(b.buf) > 0 {
		n, err := b.w.Write(b.buf)
		b.buf = b.buf[:copy(b.buf, b.buf[n:])]
		if err != nil {
			return err
		}
	}
	return nil
}
