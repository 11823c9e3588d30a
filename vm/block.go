// This file holds the blocking waits that interrupts end: every call that
// may block (sleep, lock acquire, a read from a pipe or terminal) waits
// detached, on its own event and on the thread's wake channel at once,
// so that Ctrl-C or an embedder's stop reaches it at once.

package vm

import (
	"errors"
	"io"
	"sync"
	"time"
)

// Wake returns the channel that receives a token when an interrupt or a
// stop is asked for this thread. A blocking call selects on it together
// with its own event; after a token it attaches and calls
// PendingInterrupt, which returns nil for a token the thread no longer
// needs (the request was handled at a safe point meanwhile), in which
// case the call waits again.
func (st *State) Wake() <-chan struct{} { return st.wake }

// Sleep waits d, detached, or until an interrupt, whose exception it
// returns.
func (st *State) Sleep(d time.Duration) error {
	if d <= 0 {
		return st.PendingInterrupt()
	}
	timer := time.NewTimer(d)
	defer timer.Stop()
	for {
		st.t.Detach()
		select {
		case <-timer.C:
			st.t.Attach()
			// An interrupt asked for without waking the sleep
			// (_thread.interrupt_main) is raised as the sleep ends,
			// where CPython's eval loop raises it after the call.
			return st.PendingInterrupt()
		case <-st.wake:
		}
		st.t.Attach()
		if err := st.PendingInterrupt(); err != nil {
			return err
		}
	}
}

// errInterrupted is what an interruptible reader returns when the
// reading thread has an interrupt to raise; raise (file_stream.go) turns
// it into that exception.
var errInterrupted = errors.New("interrupted")

// interruptibleReader lets a thread blocked in a read be interrupted:
// each read runs on a goroutine of its own while the thread waits for it
// or for its wake channel. A read left behind by an interrupt is not
// lost: the next read takes its result.
type interruptibleReader struct {
	r  io.Reader
	st *State // the thread reading now: set, under the reader's user's lock, before each read

	mu      sync.Mutex
	pending chan readResult // a read that an interrupt left running
	left    []byte          // what a read returned beyond what its caller took
	leftErr error           // and the error that came with it
}

type readResult struct {
	b   []byte
	err error
}

// newInterruptibleReader wraps r, unless r never blocks.
func newInterruptibleReader(r io.Reader) io.Reader {
	switch r.(type) {
	case nil, *interruptibleReader, interface{ Len() int }: // strings.Reader, bytes.Reader, bytes.Buffer
		return r
	}
	return &interruptibleReader{r: r}
}

func (ir *interruptibleReader) Read(p []byte) (int, error) {
	ir.mu.Lock()
	defer ir.mu.Unlock()
	if len(p) == 0 {
		return 0, nil
	}
	if len(ir.left) > 0 || ir.leftErr != nil {
		n := copy(p, ir.left)
		ir.left = ir.left[n:]
		if len(ir.left) > 0 {
			return n, nil
		}
		err := ir.leftErr
		ir.leftErr = nil
		return n, err
	}
	if ir.pending == nil {
		ch := make(chan readResult, 1)
		buf := make([]byte, len(p))
		go func(r io.Reader) {
			n, err := r.Read(buf)
			ch <- readResult{buf[:n], err}
		}(ir.r)
		ir.pending = ch
	}
	var wake <-chan struct{}
	if ir.st != nil {
		wake = ir.st.wake
	}
	for {
		select {
		case res := <-ir.pending:
			ir.pending = nil
			n := copy(p, res.b)
			if n < len(res.b) {
				ir.left, ir.leftErr = res.b[n:], res.err
				return n, nil
			}
			return n, res.err
		case <-wake:
			if ir.st.pending() {
				return 0, errInterrupted
			}
		}
	}
}

// StdinReader returns the interpreter's standard input made
// interruptible (sys.stdin reads through it).
func (in *Interp) StdinReader() io.Reader {
	in.stdinOnce.Do(func() { in.stdinIR = newInterruptibleReader(in.Stdin) })
	return in.stdinIR
}
