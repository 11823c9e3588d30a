// This file holds the work of the eval loop's async opcodes
// (GET_AWAITABLE, GET_AITER, GET_ANEXT, BEFORE_ASYNC_WITH) and of the
// builtins aiter and anext, with CPython's checks and messages.

package vm

import (
	"github.com/ftpy/ftpy/compile"
	"github.com/ftpy/ftpy/object"
)

var (
	strAwait  = object.Intern("__await__")
	strAiter  = object.Intern("__aiter__")
	strAnext  = object.Intern("__anext__")
	strAenter = object.Intern("__aenter__")
	strAexit  = object.Intern("__aexit__")
)

// runAsyncOp runs op, one of the async opcodes, on the value stack s
// whose top is sp, and returns the new top (coldOp calls it).
func (st *State) runAsyncOp(op compile.Opcode, arg int, s []object.StackRef, sp int) (int, error) {
	t := st.t
	switch op {
	case compile.GET_AWAITABLE, compile.GET_AITER:
		v := s[sp-1]
		var r *object.Object
		var err error
		if op == compile.GET_AWAITABLE {
			r, err = st.getAwaitable(v.Obj(), arg)
		} else {
			r, err = st.getAIter(v.Obj())
		}
		if err != nil {
			return sp, err
		}
		s[sp-1] = object.RefSteal(r)
		t.Close(v)
	case compile.GET_ANEXT:
		aw, err := st.getANext(s[sp-1].Obj())
		if err != nil {
			return sp, err
		}
		s[sp] = object.RefSteal(aw)
		sp++
	case compile.END_ASYNC_FOR:
		sp--
		exc := s[sp]
		s[sp] = object.Null
		if !object.IsInstance(exc.Obj(), object.StopAsyncIterationType) {
			return sp, object.Cast[object.Exception](t.AsSteal(exc))
		}
		t.Close(exc)
		sp--
		t.Close(s[sp])
		s[sp] = object.Null
	case compile.BEFORE_ASYNC_WITH:
		exit, res, err := st.beforeAsyncWith(s[sp-1].Obj())
		if err != nil {
			return sp, err
		}
		t.Close(s[sp-1])
		s[sp-1] = object.RefSteal(exit)
		s[sp] = object.RefSteal(res)
		sp++
	case compile.ASYNC_GEN_WRAP:
		s[sp-1] = object.RefSteal(wrapAsyncGenValue(t, t.AsSteal(s[sp-1])))
	default:
		return sp, t.Errorf(object.SystemErrorType, "unsupported opcode %s", op)
	}
	return sp, nil
}

// yieldFromIter is GET_YIELD_FROM_ITER's work for o, not a generator,
// in code: iter(o), except that a coroutine is delegated to as it is,
// and only by a coroutine or a generator marked by types.coroutine.
func (st *State) yieldFromIter(code *compile.Code, o *object.Object) (*object.Object, error) {
	if o.Type() == CoroutineType {
		if code.Flags&(compile.FlagCoroutine|compile.FlagIterableCoroutine) == 0 {
			return nil, st.t.Errorf(object.TypeErrorType, "cannot 'yield from' a coroutine object in a non-coroutine generator")
		}
		return st.t.NewRef(o), nil
	}
	return object.Iter(st.t, o)
}

// isCoroutineLike reports whether o is awaited as it is: a coroutine, or
// a generator whose code is marked iterable-coroutine (types.coroutine).
func isCoroutineLike(o *object.Object) bool {
	switch o.Type() {
	case CoroutineType:
		return true
	case GeneratorType:
		return generatorCode(o).Flags&compile.FlagIterableCoroutine != 0
	}
	return false
}

// awaitableIter returns the iterator that await o delegates to: o itself
// for a coroutine, else what o.__await__() returns, which must be an
// iterator and not a coroutine.
func (st *State) awaitableIter(o *object.Object) (*object.Object, error) {
	t := st.t
	if isCoroutineLike(o) {
		return t.NewRef(o), nil
	}
	m, err := st.lookupSpecial(o, strAwait)
	if err != nil {
		return nil, err
	}
	if m == nil {
		return nil, t.Errorf(object.TypeErrorType, "object %s can't be used in 'await' expression", o.Type().Name)
	}
	r, err := object.CallHeld(t, m, nil, nil)
	t.Decref(m)
	if err != nil {
		return nil, err
	}
	if isCoroutineLike(r) {
		t.Decref(r)
		return nil, t.Errorf(object.TypeErrorType, "__await__() returned a coroutine")
	}
	if r.Type().Next == nil {
		name := r.Type().Name
		t.Decref(r)
		return nil, t.Errorf(object.TypeErrorType, "__await__() returned non-iterator of type '%s'", name)
	}
	return r, nil
}

// getAwaitable is GET_AWAITABLE: where says what produced o (1:
// __aenter__, 2: __aexit__) for the message when o is not awaitable.
func (st *State) getAwaitable(o *object.Object, where int) (*object.Object, error) {
	t := st.t
	it, err := st.awaitableIter(o)
	if err != nil {
		if where != 0 && t.LookupType(o.Type(), strAwait) == nil && !isCoroutineLike(o) {
			t.DropError(err)
			from := "__aenter__"
			if where == 2 {
				from = "__aexit__"
			}
			return nil, t.Errorf(object.TypeErrorType,
				"'async with' received an object from %s that does not implement __await__: %s", from, o.Type().Name)
		}
		return nil, err
	}
	if it.Type() == CoroutineType && !object.Cast[Generator](it).isRunning() && object.Cast[Generator](it).delegate() != nil {
		t.Decref(it)
		return nil, t.Errorf(object.RuntimeErrorType, "coroutine is being awaited already")
	}
	return it, nil
}

// getAIter is GET_AITER: o.__aiter__(), which must have __anext__.
func (st *State) getAIter(o *object.Object) (*object.Object, error) {
	return st.asyncIterator(o,
		"'async for' requires an object with __aiter__ method, got %s",
		"'async for' received an object from __aiter__ that does not implement __anext__: %s")
}

// asyncIterator calls o.__aiter__() and checks that the result has
// __anext__; the messages (with o's or the result's type name) are
// GET_AITER's or aiter()'s.
func (st *State) asyncIterator(o *object.Object, noAiter, noAnext string) (*object.Object, error) {
	t := st.t
	m, err := st.lookupSpecial(o, strAiter)
	if err != nil {
		return nil, err
	}
	if m == nil {
		return nil, t.Errorf(object.TypeErrorType, noAiter, o.Type().Name)
	}
	it, err := object.CallHeld(t, m, nil, nil)
	t.Decref(m)
	if err != nil {
		return nil, err
	}
	if t.LookupType(it.Type(), strAnext) == nil {
		name := it.Type().Name
		t.Decref(it)
		return nil, t.Errorf(object.TypeErrorType, noAnext, name)
	}
	return it, nil
}

// getANext is GET_ANEXT: the awaitable of aiter.__anext__().
func (st *State) getANext(aiter *object.Object) (*object.Object, error) {
	t := st.t
	if aiter.Type() == AsyncGeneratorType {
		ag := object.Cast[AsyncGenerator](aiter)
		if err := st.initHooks(ag); err != nil {
			return nil, err
		}
		return newASend(t, ag, nil), nil
	}
	m, err := st.lookupSpecial(aiter, strAnext)
	if err != nil {
		return nil, err
	}
	if m == nil {
		return nil, t.Errorf(object.TypeErrorType, "'async for' requires an iterator with __anext__ method, got %s", aiter.Type().Name)
	}
	next, err := object.CallHeld(t, m, nil, nil)
	t.Decref(m)
	if err != nil {
		return nil, err
	}
	defer t.Decref(next)
	aw, err := st.awaitableIter(next)
	if err != nil {
		cause := t.AsException(err)
		e := t.NewException(object.TypeErrorType,
			object.NewStr(t, sprintf("'async for' received an invalid object from __anext__: %s", next.Type().Name)))
		e.Cause = cause.Obj()
		e.Context = t.NewRef(cause.Obj())
		return nil, e
	}
	return aw, nil
}

// beforeAsyncWith is BEFORE_ASYNC_WITH: mgr's bound __aexit__ and the
// result of calling its __aenter__ (awaited next).
func (st *State) beforeAsyncWith(mgr *object.Object) (exit, res *object.Object, err error) {
	t := st.t
	enter, err := st.lookupSpecial(mgr, strAenter)
	if err != nil {
		return nil, nil, err
	}
	if enter == nil {
		return nil, nil, t.Errorf(object.TypeErrorType, "'%s' object does not support the asynchronous context manager protocol", mgr.Type().Name)
	}
	exit, err = st.lookupSpecial(mgr, strAexit)
	if err != nil || exit == nil {
		t.Decref(enter)
		if err != nil {
			return nil, nil, err
		}
		return nil, nil, t.Errorf(object.TypeErrorType, "'%s' object does not support the asynchronous context manager protocol (missed __aexit__ method)", mgr.Type().Name)
	}
	res, err = object.CallHeld(t, enter, nil, nil)
	t.Decref(enter)
	if err != nil {
		t.Decref(exit)
		return nil, nil, err
	}
	return exit, res, nil
}

// AsyncGenHooks returns this thread's async generator hooks, borrowed
// (nil when unset): sys.get_asyncgen_hooks.
func (st *State) AsyncGenHooks() (firstIter, finalizer *object.Object) {
	return st.asyncGenFirstIter, st.asyncGenFinalizer
}

// SetAsyncGenHooks sets this thread's async generator hooks (new
// references taken; nil clears): sys.set_asyncgen_hooks.
func (st *State) SetAsyncGenHooks(firstIter, finalizer *object.Object) {
	t := st.t
	if firstIter != nil {
		t.Incref(firstIter)
	}
	if finalizer != nil {
		t.Incref(finalizer)
	}
	oldFirst, oldFin := st.asyncGenFirstIter, st.asyncGenFinalizer
	st.asyncGenFirstIter, st.asyncGenFinalizer = firstIter, finalizer
	t.XDecref(oldFirst)
	t.XDecref(oldFin)
}

// CoroutineOriginTrackingDepth and SetCoroutineOriginTrackingDepth are
// sys's getter and setter: the depth is kept, no origin is recorded.
func (st *State) CoroutineOriginTrackingDepth() int { return st.coroOriginDepth }

// SetCoroutineOriginTrackingDepth sets the depth for the getter.
func (st *State) SetCoroutineOriginTrackingDepth(d int) { st.coroOriginDepth = d }
