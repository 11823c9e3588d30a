// Package resource implements CPython's resource module
// (Modules/resource.c) for Linux: resource limits (getrlimit, setrlimit,
// prlimit), usage (getrusage and struct_rusage) and getpagesize.
package resource

import (
	"math"

	"golang.org/x/sys/unix"

	"github.com/ftpy/ftpy/lib/posix"
	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/vm"
)

func init() { vm.RegisterModule("resource", newModule) }

var structRusageType = object.NewStructSeqType(&object.StructSeqDesc{
	Name: "resource.struct_rusage",
	Doc:  "struct_rusage: what getrusage() returns, the resources a process used.",
	Fields: object.StructSeqFields(
		"ru_utime", "seconds of user time", "ru_stime", "seconds of system time",
		"ru_maxrss", "largest resident set size, in kilobytes", "ru_ixrss", "shared memory size",
		"ru_idrss", "unshared data size", "ru_isrss", "unshared stack size",
		"ru_minflt", "page faults served without I/O", "ru_majflt", "page faults that needed I/O",
		"ru_nswap", "times swapped out", "ru_inblock", "block input operations",
		"ru_oublock", "block output operations", "ru_msgsnd", "IPC messages sent",
		"ru_msgrcv", "IPC messages received", "ru_nsignals", "signals received",
		"ru_nvcsw", "voluntary context switches", "ru_nivcsw", "involuntary context switches"),
	NInSequence: 16,
})

const nLimits = 16 // RLIM_NLIMITS

var constants = []struct {
	name  string
	value int64
}{
	{"RLIMIT_CPU", unix.RLIMIT_CPU}, {"RLIMIT_FSIZE", unix.RLIMIT_FSIZE}, {"RLIMIT_DATA", unix.RLIMIT_DATA},
	{"RLIMIT_STACK", unix.RLIMIT_STACK}, {"RLIMIT_CORE", unix.RLIMIT_CORE}, {"RLIMIT_RSS", unix.RLIMIT_RSS},
	{"RLIMIT_NPROC", unix.RLIMIT_NPROC}, {"RLIMIT_NOFILE", unix.RLIMIT_NOFILE}, {"RLIMIT_OFILE", unix.RLIMIT_NOFILE},
	{"RLIMIT_MEMLOCK", unix.RLIMIT_MEMLOCK}, {"RLIMIT_AS", unix.RLIMIT_AS},
	{"RLIMIT_MSGQUEUE", 12}, {"RLIMIT_NICE", 13}, {"RLIMIT_RTPRIO", 14}, {"RLIMIT_RTTIME", 15},
	{"RLIMIT_SIGPENDING", 11},
	{"RLIM_INFINITY", -1}, // the kernel's all-ones, as a signed C long
	{"RUSAGE_SELF", unix.RUSAGE_SELF}, {"RUSAGE_CHILDREN", unix.RUSAGE_CHILDREN}, {"RUSAGE_THREAD", unix.RUSAGE_THREAD},
}

// limitValue converts a limit to Python: the infinite limit is -1.
func limitValue(t *object.Thread, v uint64) *object.Object {
	if v > math.MaxInt64 {
		return object.NewInt(t, -1)
	}
	return object.NewInt(t, int64(v))
}

func limitsTuple(t *object.Thread, r *unix.Rlimit) *object.Object {
	return object.NewTuple(t, []*object.Object{limitValue(t, r.Cur), limitValue(t, r.Max)}).Obj()
}

// resourceArg converts and checks a resource number.
func resourceArg(t *object.Thread, o *object.Object) (int, error) {
	v, err := object.AsInt64(t, o)
	if err != nil {
		return 0, err
	}
	if v < 0 || v >= nLimits {
		return 0, t.Errorf(object.ValueErrorType, "invalid resource specified")
	}
	return int(v), nil
}

// limitsArg converts setrlimit's (soft, hard) pair; a negative limit is
// taken as its unsigned C value (-1 is RLIM_INFINITY).
func limitsArg(t *object.Thread, o *object.Object) (unix.Rlimit, error) {
	items, err := object.SequenceItems(t, o)
	if err != nil {
		return unix.Rlimit{}, err
	}
	defer func() {
		for _, x := range items {
			t.Decref(x)
		}
	}()
	if len(items) != 2 {
		return unix.Rlimit{}, t.Errorf(object.ValueErrorType, "expected a tuple of 2 integers")
	}
	var v [2]uint64
	for i, x := range items {
		n, err := object.AsInt64(t, x)
		if err != nil {
			return unix.Rlimit{}, err
		}
		v[i] = uint64(n)
	}
	return unix.Rlimit{Cur: v[0], Max: v[1]}, nil
}

// setError converts setrlimit's errors as CPython does.
func setError(t *object.Thread, err error) error {
	switch err {
	case unix.EINVAL:
		return t.Errorf(object.ValueErrorType, "current limit exceeds maximum limit")
	case unix.EPERM:
		return t.Errorf(object.ValueErrorType, "not allowed to raise maximum limit")
	}
	return posix.Error(t, err)
}

func countArgs(t *object.Thread, name string, a []*object.Object, kw *object.Tuple, min, max int) error {
	if err := object.NoKeywords(t, name, kw); err != nil {
		return err
	}
	switch {
	case len(a) >= min && len(a) <= max:
		return nil
	case min == max && min == 1:
		return t.Errorf(object.TypeErrorType, "resource.%s() takes exactly one argument (%d given)", name, len(a))
	case min == max:
		return t.Errorf(object.TypeErrorType, "%s expected %d arguments, got %d", name, min, len(a))
	case len(a) < min:
		return t.Errorf(object.TypeErrorType, "%s expected at least %d arguments, got %d", name, min, len(a))
	}
	return t.Errorf(object.TypeErrorType, "%s expected at most %d arguments, got %d", name, max, len(a))
}

var funcs = []object.MethodDef{
	{Name: "getrlimit", Fn: func(t *object.Thread, _ *object.Object, a []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := countArgs(t, "getrlimit", a, kw, 1, 1); err != nil {
			return nil, err
		}
		res, err := resourceArg(t, a[0])
		if err != nil {
			return nil, err
		}
		var r unix.Rlimit
		if err := unix.Getrlimit(res, &r); err != nil {
			return nil, posix.Error(t, err)
		}
		return limitsTuple(t, &r), nil
	}},
	{Name: "setrlimit", Fn: func(t *object.Thread, _ *object.Object, a []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := countArgs(t, "setrlimit", a, kw, 2, 2); err != nil {
			return nil, err
		}
		res, err := resourceArg(t, a[0])
		if err != nil {
			return nil, err
		}
		r, err := limitsArg(t, a[1])
		if err != nil {
			return nil, err
		}
		if err := unix.Setrlimit(res, &r); err != nil {
			return nil, setError(t, err)
		}
		return object.None, nil
	}},
	{Name: "prlimit", Fn: func(t *object.Thread, _ *object.Object, a []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := countArgs(t, "prlimit", a, kw, 2, 3); err != nil {
			return nil, err
		}
		pid, err := object.AsInt64(t, a[0])
		if err != nil {
			return nil, err
		}
		res, err := resourceArg(t, a[1])
		if err != nil {
			return nil, err
		}
		var newLimit *unix.Rlimit
		if len(a) == 3 && a[2] != object.None {
			r, err := limitsArg(t, a[2])
			if err != nil {
				return nil, err
			}
			newLimit = &r
		}
		var old unix.Rlimit
		if err := unix.Prlimit(int(pid), res, newLimit, &old); err != nil {
			return nil, setError(t, err)
		}
		return limitsTuple(t, &old), nil
	}},
	{Name: "getrusage", Fn: func(t *object.Thread, _ *object.Object, a []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := countArgs(t, "getrusage", a, kw, 1, 1); err != nil {
			return nil, err
		}
		who, err := object.AsInt64(t, a[0])
		if err != nil {
			return nil, err
		}
		var ru unix.Rusage
		if err := unix.Getrusage(int(who), &ru); err != nil {
			if err == unix.EINVAL {
				return nil, t.Errorf(object.ValueErrorType, "invalid who parameter")
			}
			return nil, posix.Error(t, err)
		}
		v := []*object.Object{
			object.NewFloat(t, float64(ru.Utime.Sec)+float64(ru.Utime.Usec)*1e-6),
			object.NewFloat(t, float64(ru.Stime.Sec)+float64(ru.Stime.Usec)*1e-6),
		}
		for _, n := range []int64{ru.Maxrss, ru.Ixrss, ru.Idrss, ru.Isrss, ru.Minflt, ru.Majflt, ru.Nswap,
			ru.Inblock, ru.Oublock, ru.Msgsnd, ru.Msgrcv, ru.Nsignals, ru.Nvcsw, ru.Nivcsw} {
			v = append(v, object.NewInt(t, n))
		}
		return object.NewStructSeq(t, structRusageType, v), nil
	}},
	{Name: "getpagesize", Fn: func(t *object.Thread, _ *object.Object, a []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, "resource.getpagesize", a, kw, 0, 0); err != nil {
			return nil, err
		}
		return object.NewInt(t, int64(unix.Getpagesize())), nil
	}},
}

func newModule(st *vm.State) (*object.Object, error) {
	t := st.Thread()
	m := st.NewModule("resource")
	d := m.Dict
	for _, c := range constants {
		v := object.NewInt(t, c.value)
		d.SetStr(t, object.Intern(c.name), v)
		t.Decref(v)
	}
	for i := range funcs {
		d.SetStr(t, object.Intern(funcs[i].Name), object.NewStaticBuiltin(&funcs[i]))
	}
	object.ClaimModuleFunctions(d, "resource")
	d.SetStr(t, object.Intern("struct_rusage"), structRusageType.Obj())
	d.SetStr(t, object.Intern("error"), object.OSErrorType.Obj())
	return m.Obj(), nil
}
