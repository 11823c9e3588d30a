package selectmod

import (
	"time"

	"github.com/ftpy/ftpy/lib/internal/wakefd"
	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/vm"
	"golang.org/x/sys/unix"
)

// waitPoll polls fds until one is ready or timeout passes (negative:
// no limit), detached. The kernel cannot wait on the thread's wake
// channel, so, when the first look finds nothing ready, a wakefd joins
// the set. After a wake-up the thread runs what is pending (a signal
// handler, which may raise) and, as CPython does since PEP 475, polls
// again for the time left.
func waitPoll(t *object.Thread, fds []unix.PollFd, timeout time.Duration) (int, error) {
	n, err := ppoll(fds, 0)
	if err == unix.EINTR {
		n, err = 0, nil
	}
	if n > 0 || err != nil || timeout == 0 {
		return n, pollError(t, err)
	}
	st := vm.StateOf(t)
	wake, err := wakefd.Open(st.Wake(), nil)
	if err != nil {
		return 0, object.OSErrorFromGo(t, err)
	}
	defer wake.Close()
	all := make([]unix.PollFd, len(fds)+1)
	copy(all, fds)
	all[len(fds)] = unix.PollFd{Fd: int32(wake.Fd()), Events: unix.POLLIN}
	var deadline time.Time
	if timeout > 0 {
		deadline = time.Now().Add(timeout)
	}
	for {
		for i := range all {
			all[i].Revents = 0
		}
		left := remaining(timeout, deadline)
		t.Detach()
		n, err = ppoll(all, left)
		t.Attach()
		if err == unix.EINTR {
			continue // a signal Go's runtime takes (preemption)
		}
		if err != nil {
			return 0, pollError(t, err)
		}
		woken := all[len(fds)].Revents != 0
		if woken {
			n--
		}
		if n > 0 {
			copy(fds, all[:len(fds)])
			return n, nil
		}
		if !woken {
			return 0, nil // timed out
		}
		wake.Drain()
		if perr := st.PendingInterrupt(); perr != nil {
			return 0, perr
		}
		// A handler ran, or the wake-up was stale: poll again for the
		// time left.
	}
}

// remaining is what is left of a timeout at deadline (negative: none).
func remaining(timeout time.Duration, deadline time.Time) time.Duration {
	if timeout < 0 {
		return timeout
	}
	left := time.Until(deadline)
	if left < 0 {
		return 0
	}
	return left
}

// ppoll polls for up to d (negative: no limit).
func ppoll(fds []unix.PollFd, d time.Duration) (int, error) {
	if d < 0 {
		return unix.Ppoll(fds, nil, nil)
	}
	ts := unix.NsecToTimespec(int64(d))
	return unix.Ppoll(fds, &ts, nil)
}

func pollError(t *object.Thread, err error) error {
	if err == nil {
		return nil
	}
	return object.OSErrorFromGo(t, err)
}
