// Package wakefd gives a thread that waits in the kernel (poll on
// sockets, select's file descriptors) a descriptor that becomes readable
// when the thread is woken (an interrupt or an embedder's stop) or when
// a channel closes (the socket being closed by another thread). The
// kernel can wait on descriptors only, so a goroutine relays the Go
// channels to an eventfd that joins the poll.
//
// The descriptor lives exactly as long as the wait: Close stops the
// relay and waits for it before closing the eventfd, so no write can
// land on the descriptor's number after it has been reused by a file or
// socket the program opened meanwhile.
package wakefd

import (
	"encoding/binary"

	"golang.org/x/sys/unix"
)

// FD is an eventfd written by a relay goroutine.
type FD struct {
	fd     int
	done   chan struct{} // closed by Close: the relay stops
	exited chan struct{} // closed by the relay as it returns
}

// Open starts a relay that makes the descriptor readable each time wake
// delivers a token, and once when closing closes (a nil closing never
// does).
func Open(wake <-chan struct{}, closing <-chan struct{}) (*FD, error) {
	fd, err := unix.Eventfd(0, unix.EFD_CLOEXEC|unix.EFD_NONBLOCK)
	if err != nil {
		return nil, err
	}
	w := &FD{fd: fd, done: make(chan struct{}), exited: make(chan struct{})}
	go w.relay(wake, closing)
	return w, nil
}

func (w *FD) relay(wake <-chan struct{}, closing <-chan struct{}) {
	defer close(w.exited)
	for {
		select {
		case <-wake:
			w.signal()
		case <-closing:
			w.signal()
			closing = nil // closed for good: one signal is enough
		case <-w.done:
			return
		}
	}
}

func (w *FD) signal() {
	var one [8]byte
	binary.NativeEndian.PutUint64(one[:], 1)
	unix.Write(w.fd, one[:])
}

// Fd is the descriptor to poll for reading.
func (w *FD) Fd() int { return w.fd }

// Drain makes the descriptor unreadable again until the next signal.
func (w *FD) Drain() {
	var buf [8]byte
	unix.Read(w.fd, buf[:])
}

// Close stops the relay, waits until it has returned, and only then
// closes the descriptor.
func (w *FD) Close() {
	close(w.done)
	<-w.exited
	unix.Close(w.fd)
}
