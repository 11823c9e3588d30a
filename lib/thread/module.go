package thread

import (
	"sync"
	"sync/atomic"

	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/vm"
)

func init() { vm.RegisterModule("_thread", newModule) }

// running counts the threads start_new_thread started that have not
// finished (_thread._count).
var running atomic.Int64

// sentinels holds, per thread ident, the locks _set_sentinel handed out:
// the thread releases them as the very last thing it does.
var sentinels struct {
	sync.Mutex
	m map[uint64][]*Lock
}

// startNewThread is _thread.start_new_thread(function, args, kwargs=None).
func startNewThread(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if err := object.NoKeywords(t, "start_new_thread", kw); err != nil {
		return nil, err
	}
	if err := object.CheckArgCount(t, "start_new_thread", args, nil, 2, 3); err != nil {
		return nil, err
	}
	fn, fargs := args[0], args[1]
	var fkw *object.Object
	if len(args) == 3 {
		fkw = args[2]
	}
	if !object.IsCallable(fn) {
		return nil, t.Errorf(object.TypeErrorType, "first arg must be callable")
	}
	if !object.IsTuple(fargs) {
		return nil, t.Errorf(object.TypeErrorType, "2nd arg must be a tuple")
	}
	if fkw != nil && !object.IsDict(fkw) {
		return nil, t.Errorf(object.TypeErrorType, "optional 3rd arg must be a dictionary")
	}
	in := vm.StateOf(t).Interp()
	nt := object.NewThread()
	// The new thread owns these references and drops them when done.
	t.Incref(fn)
	t.Incref(fargs)
	if fkw != nil {
		t.Incref(fkw)
	}
	running.Add(1)
	go runThread(in, nt, fn, fargs, fkw)
	return object.NewInt(t, int64(nt.ID())), nil
}

// runThread is the body of a thread start_new_thread started.
func runThread(in *vm.Interp, t *object.Thread, fn, args, kwargs *object.Object) {
	t.Attach()
	st := in.Attach(t)
	var r *object.Object
	err := t.Recovering(func() (err error) {
		r, err = callWithDict(t, fn, object.AsTuple(args).Items, kwargs)
		return err
	})
	switch {
	case err == nil:
		t.Decref(r)
	case object.ErrorMatches(err, object.SystemExitType):
		t.DropError(err)
	default:
		st.WriteUnraisable(err, "Exception ignored in thread started by", fn)
	}
	t.Decref(fn)
	t.Decref(args)
	if kwargs != nil {
		t.Decref(kwargs)
	}
	st.DropLocals()
	sentinels.Lock()
	mine := sentinels.m[t.ID()]
	delete(sentinels.m, t.ID())
	sentinels.Unlock()
	t.Exit()
	running.Add(-1)
	// Last: a thread joining this one may now go on.
	for _, l := range mine {
		select {
		case <-l.sem:
		default: // never acquired
		}
	}
}

// callWithDict calls fn(*args, **kwargs).
func callWithDict(t *object.Thread, fn *object.Object, args []*object.Object, kwargs *object.Object) (*object.Object, error) {
	if kwargs == nil || object.AsDict(kwargs).Len() == 0 {
		return object.Call(t, fn, args, nil)
	}
	d := object.AsDict(kwargs)
	all := append([]*object.Object(nil), args...)
	var names []*object.Object
	for pos := 0; ; {
		next, k, v, ok := d.Next(pos)
		if !ok {
			break
		}
		pos = next
		if !object.IsStr(k) {
			return nil, t.Errorf(object.TypeErrorType, "keywords must be strings")
		}
		names = append(names, t.NewRef(k))
		all = append(all, v)
	}
	kw := object.NewTuple(t, names)
	defer t.Decref(kw.Obj())
	return object.Call(t, fn, all, kw)
}

// setSentinel is _thread._set_sentinel(): a lock, held, that the calling
// thread releases when it has completely finished.
func setSentinel(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if err := object.CheckArgCount(t, "_set_sentinel", args, kw, 0, 0); err != nil {
		return nil, err
	}
	// Unlocked, as CPython's: threading acquires it at once, and the
	// thread's end releases it.
	l := newLock(t)
	sentinels.Lock()
	if sentinels.m == nil {
		sentinels.m = map[uint64][]*Lock{}
	}
	// The registry keeps the Go value, not a reference: the lock is only
	// released, never touched as an object, once the thread is gone.
	sentinels.m[t.ID()] = append(sentinels.m[t.ID()], l)
	sentinels.Unlock()
	return &l.Object, nil
}

func ident(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if err := object.CheckArgCount(t, "get_ident", args, kw, 0, 0); err != nil {
		return nil, err
	}
	return object.NewInt(t, int64(t.ID())), nil
}

var funcs = []object.MethodDef{
	{Name: "start_new_thread", Fn: startNewThread},
	{Name: "start_new", Fn: startNewThread},
	{Name: "allocate_lock", Fn: func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, "allocate_lock", args, kw, 0, 0); err != nil {
			return nil, err
		}
		return &newLock(t).Object, nil
	}},
	{Name: "get_ident", Fn: ident},
	// Goroutines have no fixed OS thread, so the native id is the ident.
	{Name: "get_native_id", Fn: ident},
	{Name: "_count", Fn: func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, "_count", args, kw, 0, 0); err != nil {
			return nil, err
		}
		return object.NewInt(t, running.Load()), nil
	}},
	{Name: "_set_sentinel", Fn: setSentinel},
	{Name: "interrupt_main", Fn: interruptMain, Doc: "Simulate the arrival of the given signal in the main thread.\nIf signum is omitted, SIGINT is assumed."},
	{Name: "_excepthook", Fn: excepthook},
	{Name: "stack_size", Fn: func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, "stack_size", args, kw, 0, 1); err != nil {
			return nil, err
		}
		// Goroutine stacks grow as needed: there is no size to set.
		return object.NewInt(t, 0), nil
	}},
}

func newModule(st *vm.State) (*object.Object, error) {
	t := st.Thread()
	m := st.NewModule("_thread")
	mod := object.NewStrStatic("_thread")
	for _, typ := range []*object.Type{LockType, RLockType, LocalType} {
		typ.Dict.SetStr(t, object.Intern("__module__"), mod)
	}
	set := func(name string, v *object.Object) {
		m.Dict.SetStr(t, object.Intern(name), v)
		t.Decref(v)
	}
	for i := range funcs {
		set(funcs[i].Name, object.NewStaticBuiltin(&funcs[i]))
	}
	set("LockType", t.NewRef(LockType.Obj()))
	set("lock", t.NewRef(LockType.Obj()))
	set("RLock", t.NewRef(RLockType.Obj()))
	set("_local", t.NewRef(LocalType.Obj()))
	set("_ExceptHookArgs", t.NewRef(exceptHookArgsType.Obj()))
	set("error", t.NewRef(object.RuntimeErrorType.Obj()))
	set("TIMEOUT_MAX", object.NewFloat(t, timeoutMax))
	return m.Obj(), nil
}
