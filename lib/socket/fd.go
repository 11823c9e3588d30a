package socket

import (
	"sync"

	"golang.org/x/sys/unix"
)

// sockFD guards a socket's descriptor against a close from another
// thread: every call that uses the descriptor holds it between acquire
// and release, and a close that finds calls in flight only marks the
// socket closed and wakes their waits; the last of them closes the
// descriptor. So a descriptor number is never closed while a call might
// still pass it to the kernel, where it could name a file opened since.
type sockFD struct {
	mu      sync.Mutex
	fd      int // -1 once closed or detached
	users   int // calls holding the descriptor
	doomed  int // a descriptor to close when users drops to 0, or -1
	closing chan struct{}
}

func (s *sockFD) init(fd int) {
	s.fd, s.doomed = fd, -1
	s.closing = make(chan struct{})
}

// acquire returns the descriptor for a call, which must release it,
// and the channel closed when the socket is closed; ok is false when the
// socket is closed already.
func (s *sockFD) acquire() (fd int, closing <-chan struct{}, ok bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.fd < 0 {
		return -1, nil, false
	}
	s.users++
	return s.fd, s.closing, true
}

func (s *sockFD) release() {
	s.mu.Lock()
	s.users--
	var fd = -1
	if s.users == 0 && s.doomed >= 0 {
		fd, s.doomed = s.doomed, -1
	}
	s.mu.Unlock()
	if fd >= 0 {
		unix.Close(fd)
	}
}

// take marks the socket closed and returns its descriptor (-1 if it had
// none). With close, the descriptor is closed now, or by the last call
// in flight (then deferred is true).
func (s *sockFD) take(close bool) (fd int, deferred bool, err error) {
	s.mu.Lock()
	fd = s.fd
	if fd < 0 {
		s.mu.Unlock()
		return -1, false, nil
	}
	s.fd = -1
	close2 := s.closing
	s.closing = make(chan struct{})
	if close && s.users > 0 {
		s.doomed = fd
		deferred = true
	}
	s.mu.Unlock()
	closeChan(close2)
	if close && !deferred {
		err = unix.Close(fd)
	}
	return fd, deferred, err
}

func closeChan(c chan struct{}) { close(c) }

// load returns the descriptor without holding it (fileno, repr).
func (s *sockFD) load() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.fd
}

// set installs a new descriptor (socket.__init__ called again).
func (s *sockFD) set(fd int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.fd = fd
}
