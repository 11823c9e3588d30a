package socket

import (
	"time"

	"github.com/ftpy/ftpy/lib/internal/wakefd"
	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/vm"
	"golang.org/x/sys/unix"
)

// waitReady waits, detached, until fd is ready to read (or, with write,
// to write), or until deadline passes (a zero deadline: no limit). The
// kernel cannot wait on the thread's wake channel nor on the socket's
// closing channel, so, when a first look finds fd not ready, a wakefd
// joins the poll. After a
// wake-up the thread runs what is pending (a signal handler, which may
// raise) and, as CPython does since PEP 475, waits again for the time
// left. A close ends the wait with EBADF.
func waitReady(t *object.Thread, fd int, closing <-chan struct{}, write bool, deadline time.Time) (timedOut bool, err error) {
	events := int16(unix.POLLIN)
	if write {
		events = unix.POLLOUT
	}
	fds := []unix.PollFd{{Fd: int32(fd), Events: events}}
	if n, _ := unix.Poll(fds, 0); n > 0 {
		return false, nil
	}
	if !deadline.IsZero() && !time.Now().Before(deadline) {
		return true, nil
	}
	st := vm.StateOf(t)
	wake, err := wakefd.Open(st.Wake(), closing)
	if err != nil {
		return false, object.OSErrorFromGo(t, err)
	}
	defer wake.Close()
	all := []unix.PollFd{fds[0], {Fd: int32(wake.Fd()), Events: unix.POLLIN}}
	for {
		all[0].Revents, all[1].Revents = 0, 0
		var ts *unix.Timespec
		if !deadline.IsZero() {
			left := time.Until(deadline)
			if left <= 0 {
				return true, nil
			}
			spec := unix.NsecToTimespec(int64(left))
			ts = &spec
		}
		t.Detach()
		n, perr := unix.Ppoll(all, ts, nil)
		t.Attach()
		if perr == unix.EINTR {
			continue // a signal Go's runtime takes (preemption)
		}
		if perr != nil {
			return false, object.OSErrorFromGo(t, perr)
		}
		if n == 0 {
			return true, nil
		}
		if all[1].Revents != 0 {
			wake.Drain()
			select {
			case <-closing:
				return false, object.OSErrorFromGo(t, unix.EBADF)
			default:
			}
			if ierr := st.PendingInterrupt(); ierr != nil {
				return false, ierr
			}
		}
		if all[0].Revents != 0 {
			return false, nil
		}
	}
}
