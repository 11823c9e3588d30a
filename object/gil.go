// This file implements GIL mode's global interpreter lock (CPython's
// ceval_gil.c): one lock that a thread holds while it is attached. A
// thread that waits longer than the switch interval asks the holder to
// drop the lock at its next safe point, so that a busy loop cannot starve
// the other threads.

package object

import (
	"sync/atomic"
	"time"
)

// gil is the lock: a channel with room for one token. Releasing it when a
// thread is blocked sending hands the token straight to that thread (Go's
// channels give a waiting sender the freed slot), which is CPython's
// forced switching: the releasing thread cannot take the lock straight back.
var gil = struct {
	token    chan struct{}
	holder   atomic.Pointer[Thread]
	interval atomic.Int64 // switch interval in nanoseconds
}{token: make(chan struct{}, 1)}

func init() { gil.interval.Store(int64(5 * time.Millisecond)) }

// SwitchInterval returns how long a thread waiting for the GIL lets the
// holder run before asking it to let go (sys.getswitchinterval).
func SwitchInterval() time.Duration { return time.Duration(gil.interval.Load()) }

// SetSwitchInterval sets the switch interval (sys.setswitchinterval); d
// must be positive.
func SetSwitchInterval(d time.Duration) { gil.interval.Store(int64(d)) }

// takeGIL blocks until t holds the GIL. t is not attached yet.
func (t *Thread) takeGIL() {
	select {
	case gil.token <- struct{}{}:
		gil.holder.Store(t)
		return
	default:
	}
	timer := time.NewTimer(SwitchInterval())
	defer timer.Stop()
	for {
		select {
		case gil.token <- struct{}{}:
			gil.holder.Store(t)
			return
		case <-timer.C:
			// The holder kept the lock for a whole interval.
			if h := gil.holder.Load(); h != nil {
				h.SetBreaker(breakerDropGIL)
			}
			timer.Reset(SwitchInterval())
		}
	}
}

// dropGIL releases the GIL, which t holds.
func (t *Thread) dropGIL() {
	gil.holder.Store(nil)
	t.evalBreaker.And(^breakerDropGIL)
	<-gil.token
}
