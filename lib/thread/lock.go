// Package thread implements the _thread module: starting threads, locks,
// re-entrant locks and thread-local objects, the primitives the threading
// module (written in Python) builds on.
package thread

import (
	"strconv"
	"sync/atomic"
	"time"

	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/vm"
)

// Lock is _thread.lock. The lock is a channel with room for one token:
// acquiring puts the token in, releasing takes it out, so any thread may
// release a lock another acquired, as Python allows.
type Lock struct {
	object.Object
	sem chan struct{}
}

// LockType is _thread.lock (_thread.LockType).
var LockType = object.NewStaticType(&object.Type{Name: "lock", Flags: object.FlagWeakrefable})

func newLock(t *object.Thread) *Lock {
	l := &Lock{sem: make(chan struct{}, 1)}
	t.Init(&l.Object, LockType)
	return l
}

// acquire takes the token. timeout < 0 waits for ever. The thread is
// detached while it waits, so that a stop-the-world does not wait for
// it, and wakes for an interrupt (Ctrl-C, an embedder's stop), whose
// exception it returns.
func acquire(t *object.Thread, sem chan struct{}, blocking bool, timeout float64) (bool, error) {
	select {
	case sem <- struct{}{}:
		return true, nil
	default:
	}
	if !blocking {
		return false, nil
	}
	st := vm.StateOf(t)
	var expired <-chan time.Time
	if timeout >= 0 {
		timer := time.NewTimer(time.Duration(timeout * 1e9))
		defer timer.Stop()
		expired = timer.C
	}
	for {
		t.Detach()
		select {
		case sem <- struct{}{}:
			t.Attach()
			return true, nil
		case <-expired:
			t.Attach()
			return false, nil
		case <-st.Wake():
		}
		t.Attach()
		if err := st.PendingInterrupt(); err != nil {
			return false, err
		}
	}
}

// parseAcquire reads acquire's (blocking=True, timeout=-1) arguments.
func parseAcquire(t *object.Thread, args []*object.Object, kw *object.Tuple) (bool, float64, error) {
	var blockingArg, timeoutArg *object.Object
	if err := object.ParseArgs(t, "acquire", args, kw, []string{"blocking", "timeout"}, 0, &blockingArg, &timeoutArg); err != nil {
		return false, 0, err
	}
	blocking := true
	if blockingArg != nil {
		b, err := object.IsTrue(t, blockingArg)
		if err != nil {
			return false, 0, err
		}
		blocking = b
	}
	timeout := -1.0
	if timeoutArg != nil {
		v, err := object.RealArg(t, timeoutArg)
		if err != nil {
			return false, 0, err
		}
		timeout = v
	}
	switch {
	case !blocking && timeout != -1:
		return false, 0, t.Errorf(object.ValueErrorType, "can't specify a timeout for a non-blocking call")
	case timeout < 0 && timeout != -1:
		return false, 0, t.Errorf(object.ValueErrorType, "timeout value must be a non-negative number")
	case timeout > timeoutMax:
		return false, 0, t.Errorf(object.OverflowErrorType, "timeout value is too large")
	}
	return blocking, timeout, nil
}

// timeoutMax is _thread.TIMEOUT_MAX: the longest wait a Go timer takes.
const timeoutMax = float64(1<<63-1) / 1e9

func asLock(o *object.Object) *Lock { return object.Cast[Lock](o) }

func lockAcquire(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	blocking, timeout, err := parseAcquire(t, args, kw)
	if err != nil {
		return nil, err
	}
	ok, err := acquire(t, asLock(self).sem, blocking, timeout)
	if err != nil {
		return nil, err
	}
	return object.NewBool(ok), nil
}

func lockRelease(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	select {
	case <-asLock(self).sem:
		return object.None, nil
	default:
		return nil, t.Errorf(object.RuntimeErrorType, "release unlocked lock")
	}
}

func lockExit(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	return lockRelease(t, self, nil, nil)
}

func lockLocked(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if err := object.CheckArgCount(t, "locked", args, kw, 0, 0); err != nil {
		return nil, err
	}
	return object.NewBool(len(asLock(self).sem) == 1), nil
}

func init() {
	LockType.Repr = func(t *object.Thread, o *object.Object) (*object.Object, error) {
		state := "unlocked"
		if len(asLock(o).sem) == 1 {
			state = "locked"
		}
		return object.NewStr(t, "<"+state+" _thread.lock object at "+vm.Addr(o)+">"), nil
	}
	object.ReadyType(LockType, []object.MethodDef{
		{Name: "acquire", Fn: lockAcquire},
		{Name: "acquire_lock", Fn: lockAcquire},
		{Name: "release", Fn: lockRelease},
		{Name: "release_lock", Fn: lockRelease},
		{Name: "locked", Fn: lockLocked},
		{Name: "locked_lock", Fn: lockLocked},
		{Name: "__enter__", Fn: lockAcquire},
		{Name: "__exit__", Fn: lockExit},
	}, nil)
}

// RLock is _thread.RLock, a lock its owner may take again: owner and
// count say who holds it how many times. Other threads read owner to see
// whether they hold it, so it is atomic; only the owner writes count.
type RLock struct {
	object.Object
	sem   chan struct{}
	owner atomic.Uint64 // thread ident, 0 when unlocked
	count atomic.Int64
	dict  *object.Dict // a Python subclass's instance dict
}

// RLockType is _thread.RLock.
var RLockType = object.NewStaticType(&object.Type{Name: "RLock", Flags: object.FlagBaseType | object.FlagWeakrefable})

func asRLock(o *object.Object) *RLock { return object.Cast[RLock](o) }

func rlockAcquire(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	blocking, timeout, err := parseAcquire(t, args, kw)
	if err != nil {
		return nil, err
	}
	r, me := asRLock(self), t.ID()
	if r.owner.Load() == me {
		r.count.Add(1)
		return object.NewBool(true), nil
	}
	ok, err := acquire(t, r.sem, blocking, timeout)
	if err != nil || !ok {
		return object.NewBool(false), err
	}
	r.owner.Store(me)
	r.count.Store(1)
	return object.NewBool(true), nil
}

func rlockRelease(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	r := asRLock(self)
	if r.owner.Load() != t.ID() {
		return nil, t.Errorf(object.RuntimeErrorType, "cannot release un-acquired lock")
	}
	if r.count.Add(-1) == 0 {
		r.owner.Store(0)
		<-r.sem
	}
	return object.None, nil
}

func rlockExit(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	return rlockRelease(t, self, nil, nil)
}

// rlockReleaseSave releases the lock completely and returns what
// _acquire_restore needs to take it back (Condition.wait uses them).
func rlockReleaseSave(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	r := asRLock(self)
	if r.count.Load() == 0 || r.owner.Load() != t.ID() {
		return nil, t.Errorf(object.RuntimeErrorType, "cannot release un-acquired lock")
	}
	count, owner := object.NewInt(t, r.count.Load()), object.NewInt(t, int64(r.owner.Load()))
	r.count.Store(0)
	r.owner.Store(0)
	<-r.sem
	return object.NewTuple(t, []*object.Object{count, owner}).Obj(), nil
}

func rlockAcquireRestore(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if err := object.CheckArgCount(t, "_acquire_restore", args, kw, 1, 1); err != nil {
		return nil, err
	}
	state := args[0]
	if !object.IsTuple(state) || len(object.AsTuple(state).Items) != 2 {
		return nil, t.Errorf(object.TypeErrorType, "_acquire_restore() argument must be a (count, owner) tuple")
	}
	count, err := object.AsInt64(t, object.AsTuple(state).Items[0])
	if err != nil {
		return nil, err
	}
	if _, err := acquire(t, asRLock(self).sem, true, -1); err != nil {
		return nil, err
	}
	r := asRLock(self)
	r.owner.Store(t.ID())
	r.count.Store(count)
	return object.None, nil
}

func init() {
	typ := RLockType
	typ.SubclassDict = func(o *object.Object) **object.Dict { return &asRLock(o).dict }
	typ.New = func(t *object.Thread, typ *object.Type, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		r := &RLock{sem: make(chan struct{}, 1)}
		t.Init(&r.Object, typ)
		return &r.Object, nil
	}
	typ.Repr = func(t *object.Thread, o *object.Object) (*object.Object, error) {
		r := asRLock(o)
		state := "unlocked"
		if len(r.sem) == 1 {
			state = "locked"
		}
		return object.NewStr(t, "<"+state+" "+o.Type().FullName()+" object owner="+
			strconv.FormatUint(r.owner.Load(), 10)+" count="+strconv.FormatInt(r.count.Load(), 10)+" at "+vm.Addr(o)+">"), nil
	}
	object.ReadyType(typ, []object.MethodDef{
		{Name: "acquire", Fn: rlockAcquire},
		{Name: "release", Fn: rlockRelease},
		{Name: "__enter__", Fn: rlockAcquire},
		{Name: "__exit__", Fn: rlockExit},
		{Name: "_release_save", Fn: rlockReleaseSave},
		{Name: "_acquire_restore", Fn: rlockAcquireRestore},
		{Name: "_is_owned", Fn: func(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
			r := asRLock(self)
			return object.NewBool(r.count.Load() > 0 && r.owner.Load() == t.ID()), nil
		}},
		{Name: "_recursion_count", Fn: func(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
			r := asRLock(self)
			if r.owner.Load() != t.ID() {
				return object.NewInt(t, 0), nil
			}
			return object.NewInt(t, r.count.Load()), nil
		}},
	}, nil)
}
