//go:build unix

// This file holds the os module's file-descriptor calls: pipe, read,
// write and close. A read or write that would block waits detached and
// is interrupted by Ctrl-C or an embedder's stop, as CPython's are.

package os

import (
	"syscall"

	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/vm"
)

func init() { funcs = append(funcs, fdFuncs...) }

// intArg converts an int argument (through __index__).
func intArg(t *object.Thread, o *object.Object) (int, error) {
	i, err := object.Index(t, o)
	if err != nil {
		return 0, err
	}
	defer t.Decref(i)
	v, err := object.AsInt64(t, i)
	return int(v), err
}

var fdFuncs = []object.MethodDef{
	fn("pipe", func(t *object.Thread, _ *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, "pipe", a, kw, 0, 0); err != nil {
			return nil, err
		}
		var p [2]int
		// Not inheritable, as PEP 446 makes CPython's descriptors.
		if err := syscall.Pipe2(p[:], syscall.O_CLOEXEC); err != nil {
			return nil, osError(t, err)
		}
		return object.NewTupleRefs(t, object.NewInt(t, int64(p[0])), object.NewInt(t, int64(p[1]))).Obj(), nil
	}),
	fn("read", func(t *object.Thread, _ *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, "read", a, kw, 2, 2); err != nil {
			return nil, err
		}
		fd, err := intArg(t, a[0])
		if err != nil {
			return nil, err
		}
		n, err := intArg(t, a[1])
		if err != nil {
			return nil, err
		}
		if n < 0 {
			return nil, osError(t, syscall.EINVAL)
		}
		if n == 0 {
			return object.NewBytes(t, nil), nil // there is nothing to wait for
		}
		if err := vm.StateOf(t).WaitFD(fd, false); err != nil {
			return nil, err
		}
		buf := make([]byte, n)
		t.Detach()
		got, rerr := ignoringEINTR(func() (int, error) { return syscall.Read(fd, buf) })
		t.Attach()
		if rerr != nil {
			return nil, osError(t, rerr)
		}
		return object.NewBytes(t, buf[:got]), nil
	}),
	fn("write", func(t *object.Thread, _ *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, "write", a, kw, 2, 2); err != nil {
			return nil, err
		}
		fd, err := intArg(t, a[0])
		if err != nil {
			return nil, err
		}
		if !object.IsBytes(a[1]) {
			return nil, t.Errorf(object.TypeErrorType, "a bytes-like object is required, not '%s'", a[1].Type().Name)
		}
		data := object.BytesValue(a[1])
		if len(data) == 0 {
			return object.NewInt(t, 0), nil
		}
		if err := vm.StateOf(t).WaitFD(fd, true); err != nil {
			return nil, err
		}
		t.Detach()
		n, werr := ignoringEINTR(func() (int, error) { return syscall.Write(fd, data) })
		t.Attach()
		if werr != nil {
			return nil, osError(t, werr)
		}
		return object.NewInt(t, int64(n)), nil
	}),
	fn("close", func(t *object.Thread, _ *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, "close", a, kw, 1, 1); err != nil {
			return nil, err
		}
		fd, err := intArg(t, a[0])
		if err != nil {
			return nil, err
		}
		if err := syscall.Close(fd); err != nil {
			return nil, osError(t, err)
		}
		return object.None, nil
	}),
}

// ignoringEINTR retries a system call that a signal interrupted (PEP 475).
func ignoringEINTR(call func() (int, error)) (int, error) {
	for {
		n, err := call()
		if err != syscall.EINTR {
			if n < 0 {
				n = 0
			}
			return n, err
		}
	}
}
