// This file reads the system's clocks: clock_gettime, clock_getres and
// clock_settime by their system calls (ftpy has no cgo), and the clocks
// behind time(), monotonic(), perf_counter(), process_time() and
// thread_time() with what get_clock_info says of them.

package time

import (
	"syscall"
	gotime "time"
	"unsafe"
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
	monoStart     = gotime.Now()
	monoStartNS   = func() int64 { ns, _ := clockGettime(clockMonotonic); return ns }()
	monotonicNS   = func() int64 { return monoStartNS + int64(gotime.Since(monoStart)) }
	wallNS        = func() int64 { return gotime.Now().UnixNano() }
	processTimeNS = func() int64 { ns, _ := clockGettime(clockProcessCPUTimeID); return ns }
	// threadTimeNS reads the CPU time of the OS thread running the
	// caller: a Python thread is a goroutine that Go may move between
	// threads, so this is the nearest there is.
	threadTimeNS = func() int64 { ns, _ := clockGettime(clockThreadCPUTimeID); return ns }
)

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
func threadCPUClockID() int64 {
	tid := int64(syscall.Gettid())
	return (^tid)<<3 | 6
}
