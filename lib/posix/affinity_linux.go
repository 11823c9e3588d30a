// sched_getaffinity and sched_setaffinity (Linux only: elsewhere the
// names are absent, as in CPython).
//
// One difference from CPython: sched_setaffinity(0, mask) applies the mask
// to every thread of the process, not only the calling one. ftpy runs
// Python threads as goroutines over a pool of OS threads that the Go
// runtime grows and switches between, so "the calling thread" names no
// stable OS thread; setting the whole process is what a program that
// pins itself expects. Other pids (including os.getpid() and thread ids)
// name one kernel task, as in CPython.

package posix

import (
	goos "os"
	"strconv"
	"syscall"
	"unsafe"

	"github.com/ftpy/ftpy/object"
)

func init() {
	platformFuncs = append(platformFuncs,
		fn("sched_getaffinity", schedGetaffinity),
		fn("sched_setaffinity", schedSetaffinity))
}

// cpuMaskLimit bounds the CPU numbers a mask passed to the kernel holds.
// The kernel reads at most its own cpumask size (NR_CPUS bits, at most
// 8192) and ignores bits beyond it, so leaving out larger numbers changes
// nothing, where CPython allocates a mask as large as the largest one.
const cpuMaskLimit = 1 << 16

// pidArg converts a pid argument as CPython's pid_t converter does.
func pidArg(t *object.Thread, o *object.Object) (int, error) {
	v, err := object.AsInt64(t, o)
	if err != nil {
		if object.ErrorMatches(err, object.OverflowErrorType) {
			t.DropError(err)
			return 0, t.Errorf(object.OverflowErrorType, "Python int too large to convert to C long")
		}
		return 0, err
	}
	if v > 1<<31-1 {
		return 0, t.Errorf(object.OverflowErrorType, "signed integer is greater than maximum")
	}
	if v < -1<<31 {
		return 0, t.Errorf(object.OverflowErrorType, "signed integer is less than minimum")
	}
	return int(v), nil
}

func schedGetaffinity(t *object.Thread, _ *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
	if err := object.NoKeywords(t, "posix.sched_getaffinity", kw); err != nil {
		return nil, err
	}
	if len(a) != 1 {
		return nil, t.Errorf(object.TypeErrorType, "posix.sched_getaffinity() takes exactly one argument (%d given)", len(a))
	}
	pid, err := pidArg(t, a[0])
	if err != nil {
		return nil, err
	}
	// The kernel fails with EINVAL while the buffer is smaller than its
	// cpumask: grow it until it fits.
	var mask []uint64
	var n uintptr
	for words := 16; ; words *= 2 {
		mask = make([]uint64, words)
		r, _, e := syscall.RawSyscall(syscall.SYS_SCHED_GETAFFINITY, uintptr(pid),
			uintptr(words*8), uintptr(unsafe.Pointer(&mask[0])))
		if e == 0 {
			n = r
			break
		}
		if e != syscall.EINVAL || words >= cpuMaskLimit/64 {
			return nil, Error(t, e)
		}
	}
	s := object.NewSet(t)
	for cpu := 0; cpu < int(n)*8; cpu++ {
		if mask[cpu/64]&(1<<(cpu%64)) == 0 {
			continue
		}
		v := object.NewInt(t, int64(cpu))
		err := s.Add(t, v)
		t.Decref(v)
		if err != nil {
			t.Decref(s.Obj())
			return nil, err
		}
	}
	return s.Obj(), nil
}

func schedSetaffinity(t *object.Thread, _ *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
	if err := object.NoKeywords(t, "posix.sched_setaffinity", kw); err != nil {
		return nil, err
	}
	if len(a) != 2 {
		return nil, t.Errorf(object.TypeErrorType, "sched_setaffinity() takes exactly 2 arguments (%d given)", len(a))
	}
	pid, err := pidArg(t, a[0])
	if err != nil {
		return nil, err
	}
	mask := make([]uint64, 1)
	err = object.Iterate(t, a[1], func(item *object.Object) error {
		if !object.IsInt(item) {
			r, err := object.ReprString(t, item.Type().Obj())
			if err != nil {
				return err
			}
			return t.Errorf(object.TypeErrorType, "expected an iterator of ints, but iterator yielded %s", r)
		}
		cpu, ok := object.AsInt(item).Int64()
		if !ok { // C long is 64 bits on Linux's 64-bit targets
			return t.Errorf(object.OverflowErrorType, "Python int too large to convert to C long")
		}
		if cpu < 0 {
			return t.Errorf(object.ValueErrorType, "negative CPU number")
		}
		if cpu > 1<<31-2 {
			return t.Errorf(object.OverflowErrorType, "CPU number too large")
		}
		if cpu >= cpuMaskLimit {
			return nil // beyond any kernel's cpumask: ignored
		}
		for int(cpu/64) >= len(mask) {
			mask = append(mask, make([]uint64, len(mask))...)
		}
		mask[cpu/64] |= 1 << (cpu % 64)
		return nil
	})
	if err != nil {
		return nil, err
	}
	if e := setAffinity(pid, mask); e != 0 {
		return nil, Error(t, e)
	}
	return object.None, nil
}

func setAffinityTask(tid int, mask []uint64) syscall.Errno {
	_, _, e := syscall.RawSyscall(syscall.SYS_SCHED_SETAFFINITY, uintptr(tid),
		uintptr(len(mask)*8), uintptr(unsafe.Pointer(&mask[0])))
	return e
}

// setAffinity sets the mask of task pid, or of every thread of the
// process for pid 0. A thread the runtime starts while the threads are
// being set may copy its parent's old mask, so the listing is read again
// until it shows no thread not yet set.
func setAffinity(pid int, mask []uint64) syscall.Errno {
	if e := setAffinityTask(pid, mask); e != 0 || pid != 0 {
		return e
	}
	done := map[int]bool{}
	for round := 0; round < 100; round++ {
		tids, err := taskIDs()
		if err != nil {
			return 0 // no /proc: the calling thread is set
		}
		fresh := false
		for _, tid := range tids {
			if done[tid] {
				continue
			}
			fresh = true
			done[tid] = true
			// A thread that exited meanwhile is not an error.
			if e := setAffinityTask(tid, mask); e != 0 && e != syscall.ESRCH {
				return e
			}
		}
		if !fresh {
			break
		}
	}
	return 0
}

// taskIDs lists the process's threads.
func taskIDs() ([]int, error) {
	f, err := goos.Open("/proc/self/task")
	if err != nil {
		return nil, err
	}
	defer f.Close()
	names, err := f.Readdirnames(-1)
	if err != nil {
		return nil, err
	}
	ids := make([]int, 0, len(names))
	for _, n := range names {
		if id, err := strconv.Atoi(n); err == nil {
			ids = append(ids, id)
		}
	}
	return ids, nil
}
