package wakefd

import (
	"testing"

	"golang.org/x/sys/unix"
)

// TestWakeWakesPoll: a token on wake makes the descriptor readable, and
// Drain makes it unreadable again.
func TestWakeWakesPoll(t *testing.T) {
	wake := make(chan struct{}, 1)
	w, err := Open(wake, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	wake <- struct{}{}
	fds := []unix.PollFd{{Fd: int32(w.Fd()), Events: unix.POLLIN}}
	if n, err := unix.Poll(fds, 10000); n != 1 || err != nil {
		t.Fatalf("poll after a wake: %d, %v", n, err)
	}
	w.Drain()
	if n, _ := unix.Poll(fds, 0); n != 0 {
		t.Fatalf("still readable after Drain")
	}
}

// TestClosingWakesPoll: closing the channel makes the descriptor
// readable once and does not spin.
func TestClosingWakesPoll(t *testing.T) {
	closing := make(chan struct{})
	w, err := Open(nil, closing)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	close(closing)
	fds := []unix.PollFd{{Fd: int32(w.Fd()), Events: unix.POLLIN}}
	if n, err := unix.Poll(fds, 10000); n != 1 || err != nil {
		t.Fatalf("poll after closing: %d, %v", n, err)
	}
}

// TestNoWriteAfterClose: a relay woken just as the wait ends must not
// write to the eventfd's number once Close has returned. The numbers
// are reused at once, so a late write would land in the socket pair
// opened right after (the bug behind extra bytes in a socket stream
// when threads sent and received on sockets at once).
func TestNoWriteAfterClose(t *testing.T) {
	for i := 0; i < 2000; i++ {
		wake := make(chan struct{}, 1)
		w, err := Open(wake, nil)
		if err != nil {
			t.Fatal(err)
		}
		go func() { wake <- struct{}{} }()
		w.Close()
		pair, err := unix.Socketpair(unix.AF_UNIX, unix.SOCK_STREAM|unix.SOCK_NONBLOCK|unix.SOCK_CLOEXEC, 0)
		if err != nil {
			t.Fatal(err)
		}
		var buf [16]byte
		n0, _ := unix.Read(pair[0], buf[:])
		n1, _ := unix.Read(pair[1], buf[:])
		unix.Close(pair[0])
		unix.Close(pair[1])
		if n0 > 0 || n1 > 0 {
			t.Fatalf("round %d: %d and %d stray bytes in a new socket pair", i, n0, n1)
		}
	}
}
