package socket

import (
	"sync"
	"sync/atomic"
	"testing"

	"golang.org/x/sys/unix"
)

// TestSockFDCloseRace races calls holding a socket's descriptor against
// a close: no call may see its descriptor closed while it holds it, the
// descriptor is closed exactly once (by the last holder), and calls
// after the close fail.
func TestSockFDCloseRace(t *testing.T) {
	for round := 0; round < 200; round++ {
		fds, err := unix.Socketpair(unix.AF_UNIX, unix.SOCK_STREAM|unix.SOCK_CLOEXEC, 0)
		if err != nil {
			t.Fatal(err)
		}
		var s sockFD
		s.init(fds[0])
		var wg sync.WaitGroup
		var bad atomic.Int32
		for g := 0; g < 4; g++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for i := 0; i < 20; i++ {
					fd, closing, ok := s.acquire()
					if !ok {
						return
					}
					// Held: the descriptor must still be the socket.
					if _, err := unix.GetsockoptInt(fd, unix.SOL_SOCKET, unix.SO_TYPE); err != nil {
						bad.Add(1)
					}
					select {
					case <-closing:
					default:
					}
					s.release()
				}
			}()
		}
		fd, _, err := s.take(true)
		if fd != fds[0] || err != nil {
			t.Fatalf("take = %d, %v", fd, err)
		}
		wg.Wait()
		if bad.Load() != 0 {
			t.Fatalf("round %d: a held descriptor was closed", round)
		}
		if _, _, ok := s.acquire(); ok {
			t.Fatal("acquire after close succeeded")
		}
		if _, err := unix.GetsockoptInt(fds[0], unix.SOL_SOCKET, unix.SO_TYPE); err == nil {
			// The number may have been reused by now only by another
			// test; none runs in parallel here.
			t.Fatalf("round %d: descriptor still open after the last release", round)
		}
		unix.Close(fds[1])
	}
}
