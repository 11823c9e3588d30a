//go:build unix

package vm

import (
	"sync/atomic"
	"time"

	"golang.org/x/sys/unix"
)

// fdPollSlice bounds how long the goroutine watching a descriptor for
// WaitFD polls before it looks whether it is still wanted: a wait an
// interrupt ended leaves it behind for at most this long.
const fdPollSlice = 100 * time.Millisecond

// WaitFD waits, detached, until the file descriptor fd can be read (or
// written, with write) without blocking, or until an interrupt, whose
// exception it returns. A descriptor in error or hung up counts as ready:
// the read or write that follows reports it. Nothing is read: an
// interrupted wait loses no data.
func (st *State) WaitFD(fd int, write bool) error {
	events := int16(unix.POLLIN)
	if write {
		events = unix.POLLOUT
	}
	if fdReady(fd, events, 0) {
		return nil
	}
	// The kernel's poll cannot wait on a channel, so a goroutine polls
	// the descriptor while the thread waits on it and on its wake
	// channel.
	ready := make(chan struct{})
	var abandoned atomic.Bool
	defer abandoned.Store(true)
	go func() {
		for !abandoned.Load() {
			if fdReady(fd, events, int(fdPollSlice/time.Millisecond)) {
				close(ready)
				return
			}
		}
	}()
	for {
		st.t.Detach()
		select {
		case <-ready:
			st.t.Attach()
			return nil
		case <-st.wake:
		}
		st.t.Attach()
		if err := st.PendingInterrupt(); err != nil {
			return err
		}
	}
}

// fdReady polls fd for events for up to timeoutMS milliseconds.
func fdReady(fd int, events int16, timeoutMS int) bool {
	fds := []unix.PollFd{{Fd: int32(fd), Events: events}}
	n, err := unix.Poll(fds, timeoutMS)
	if err != nil {
		// EINTR: not ready yet; anything else (EBADF...): let the read
		// or write report it.
		return err != unix.EINTR
	}
	return n > 0
}
