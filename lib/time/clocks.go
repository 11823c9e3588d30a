// This file reads the system's clocks: clock_gettime, clock_getres and
// clock_settime by their system calls (ftpy has no cgo), and the clocks
// behind time(), monotonic(), perf_counter(), process_time() and
// thread_time() with what get_clock_info says of them.

package time

import (
	"runtime"
	"sync"
	"syscall"
	gotime "time"
	"unsafe"

	"github.com/ftpy/ftpy/object"
)

// The Linux clock ids the module exports.
const (
	clockRealtime         = 0
	clockMonotonic        = 1
	clockProcessCPUTimeID = 2
	clockThreadCPUTimeID  = 3
	clockMonotonicRaw     = 4
	clockBoottime         = 7
	clockTAI              = 11
)

var clockConstants = []struct {
	name string
	id   int64
}{
	{"CLOCK_BOOTTIME", clockBoottime},
	{"CLOCK_MONOTONIC", clockMonotonic},
	{"CLOCK_MONOTONIC_RAW", clockMonotonicRaw},
	{"CLOCK_PROCESS_CPUTIME_ID", clockProcessCPUTimeID},
	{"CLOCK_REALTIME", clockRealtime},
	{"CLOCK_TAI", clockTAI},
	{"CLOCK_THREAD_CPUTIME_ID", clockThreadCPUTimeID},
}

// clockGettime returns clock id's time in nanoseconds.
func clockGettime(id int64) (int64, error) {
	var ts syscall.Timespec
	if _, _, e := syscall.Syscall(syscall.SYS_CLOCK_GETTIME, uintptr(id), uintptr(unsafe.Pointer(&ts)), 0); e != 0 {
		return 0, e
	}
	return ts.Sec*1e9 + ts.Nsec, nil
}

// clockGetres returns clock id's resolution in nanoseconds.
func clockGetres(id int64) (int64, error) {
	var ts syscall.Timespec
	if _, _, e := syscall.Syscall(syscall.SYS_CLOCK_GETRES, uintptr(id), uintptr(unsafe.Pointer(&ts)), 0); e != 0 {
		return 0, e
	}
	return ts.Sec*1e9 + ts.Nsec, nil
}

// clockSettime sets clock id to ns nanoseconds.
func clockSettime(id int64, ns int64) error {
	ts := syscall.NsecToTimespec(ns)
	if _, _, e := syscall.Syscall(syscall.SYS_CLOCK_SETTIME, uintptr(id), uintptr(unsafe.Pointer(&ts)), 0); e != 0 {
		return e
	}
	return nil
}

// Go's monotonic clock is CLOCK_MONOTONIC: monotonic() reads it through
// Go's fast path, as CLOCK_MONOTONIC's value at start plus the time since.
var (
	monoStart   = gotime.Now()
	monoStartNS = func() int64 { ns, _ := clockGettime(clockMonotonic); return ns }()
)

func monotonicNS(*object.Thread) int64 { return monoStartNS + int64(gotime.Since(monoStart)) }

func wallNS(*object.Thread) int64 { return gotime.Now().UnixNano() }

func processTimeNS(*object.Thread) int64 {
	ns, _ := clockGettime(clockProcessCPUTimeID)
	return ns
}

// threadTimeNS reads the CPU time of the caller's OS thread, to which
// its goroutine is first locked (see lockThread).
func threadTimeNS(t *object.Thread) int64 {
	lockThread(t)
	ns, _ := clockGettime(clockThreadCPUTimeID)
	return ns
}

// lockedThreads holds the ids of the Python threads lockThread locked.
var lockedThreads sync.Map

// lockThread locks the goroutine running Python thread t to its OS
// thread, once. A goroutine otherwise moves between OS threads, and the
// CPU time of whichever it is on is no measure of the Python thread's:
// the thread's CPU clock (thread_time, pthread_getcpuclockid) is only
// meaningful with one OS thread per Python thread, as CPython has.
func lockThread(t *object.Thread) {
	if _, done := lockedThreads.LoadOrStore(t.ID(), struct{}{}); !done {
		runtime.LockOSThread()
	}
}

// clockInfo is what get_clock_info reports of each clock.
var clockInfo = map[string]struct {
	impl                  string
	monotonic, adjustable bool
	id                    int64
}{
	"time":         {"clock_gettime(CLOCK_REALTIME)", false, true, clockRealtime},
	"monotonic":    {"clock_gettime(CLOCK_MONOTONIC)", true, false, clockMonotonic},
	"perf_counter": {"clock_gettime(CLOCK_MONOTONIC)", true, false, clockMonotonic},
	"process_time": {"clock_gettime(CLOCK_PROCESS_CPUTIME_ID)", true, false, clockProcessCPUTimeID},
	"thread_time":  {"clock_gettime(CLOCK_THREAD_CPUTIME_ID)", true, false, clockThreadCPUTimeID},
}

// threadCPUClockID is pthread_getcpuclockid for the calling thread: the
// kernel's CPU clock id of its thread id.
func threadCPUClockID(t *object.Thread) int64 {
	lockThread(t)
	tid := int64(syscall.Gettid())
	return (^tid)<<3 | 6
}
