// This file implements asynchronous generators (PEP 525): the object an
// async def with a yield returns. Its frame runs on the generator
// machinery; its own yields are wrapped (ASYNC_GEN_WRAP) so that the
// awaitables asend() and athrow() return tell them from what an await in
// the frame passes up to the event loop: a wrapped value ends the
// awaitable with StopIteration(value), anything else goes up as is, and
// the frame's end is StopAsyncIteration.

package vm

import (
	"sync/atomic"

	"github.com/ftpy/ftpy/object"
)

// AsyncGenerator is an async generator object.
type AsyncGenerator struct {
	Generator
	// runningAsync: an asend or athrow awaitable is running the frame
	// (ag_running).
	runningAsync atomic.Bool
	// closed: the generator finished, or aclose() began.
	closed atomic.Bool
	// hooksInited: the first iteration called the thread's firstiter
	// hook and recorded its finalizer hook.
	hooksInited atomic.Bool
	finalizer   *object.Object // owned; sys.set_asyncgen_hooks' finalizer
}

// AsyncGeneratorType is the type of async generators
// (types.AsyncGeneratorType).
var AsyncGeneratorType = object.NewStaticType(&object.Type{
	Name:  "async_generator",
	Flags: object.FlagGC | object.FlagWeakrefable,
	Traverse: func(o *object.Object, visit object.Visitor) {
		generatorTraverse(o, visit)
		if fin := object.Cast[AsyncGenerator](o).finalizer; fin != nil {
			visit(fin)
		}
	},
	Clear:   asyncGenClear,
	Dealloc: asyncGenClear,
})

func asyncGenClear(t *object.Thread, o *object.Object) {
	ag := object.Cast[AsyncGenerator](o)
	if fin := ag.finalizer; fin != nil {
		ag.finalizer = nil
		t.Decref(fin)
	}
	generatorClear(t, o)
}

// initHooks runs on the first asend, athrow or aclose of ag: it calls
// the thread's firstiter hook with ag and keeps its finalizer hook, which
// asyncio uses to close generators a program drops unfinished.
func (st *State) initHooks(ag *AsyncGenerator) error {
	if ag.hooksInited.Swap(true) {
		return nil
	}
	t := st.t
	if fin := st.asyncGenFinalizer; fin != nil {
		ag.finalizer = t.NewRef(fin)
	}
	if first := st.asyncGenFirstIter; first != nil {
		first = t.NewRef(first)
		r, err := object.Call(t, first, []*object.Object{&ag.Object}, nil)
		t.Decref(first)
		if err != nil {
			return err
		}
		t.Decref(r)
	}
	return nil
}

// asyncGenWrapped marks a value an async generator yields
// (async_generator_wrapped_value): it only travels from ASYNC_GEN_WRAP to
// the asend or athrow awaitable that resumed the frame.
type asyncGenWrapped struct {
	object.Object
	val *object.Object // owned
}

var asyncGenWrappedType = object.NewStaticType(&object.Type{
	Name: "async_generator_wrapped_value",
	Dealloc: func(t *object.Thread, o *object.Object) {
		w := object.Cast[asyncGenWrapped](o)
		if v := w.val; v != nil {
			w.val = nil
			t.Decref(v)
		}
	},
})

// wrapAsyncGenValue is ASYNC_GEN_WRAP: v (owned) wrapped.
func wrapAsyncGenValue(t *object.Thread, v *object.Object) *object.Object {
	w := &asyncGenWrapped{val: v}
	t.Init(&w.Object, asyncGenWrappedType)
	return &w.Object
}

// unwrap turns the outcome of resuming ag into the outcome of the
// awaitable that resumed it: a wrapped value (ag's own yield) ends the
// awaitable with StopIteration(value); ag's return ends the iteration
// with StopAsyncIteration; another value (from an await in ag) goes up.
func (st *State) unwrap(ag *AsyncGenerator, r *object.Object, done bool, err error) (*object.Object, error) {
	t := st.t
	if err == nil && done {
		t.Decref(r)
		err = t.NewException(object.StopAsyncIterationType)
	}
	if err != nil {
		if ag.isRunning() {
			// Another thread runs the frame now (this one found it
			// running): the flags are that run's.
			return nil, err
		}
		if object.ErrorMatches(err, object.StopAsyncIterationType) || object.ErrorMatches(err, object.GeneratorExitType) {
			ag.closed.Store(true)
		}
		ag.runningAsync.Store(false)
		return nil, err
	}
	if r.Type() == asyncGenWrappedType {
		ag.runningAsync.Store(false)
		v := t.NewRef(object.Cast[asyncGenWrapped](r).val)
		t.Decref(r)
		return nil, stopIteration(t, v)
	}
	return r, nil
}

// The states of asend and athrow awaitables.
const (
	awaitInit uint32 = iota
	awaitIter
	awaitClosed
)

// asyncGenASend is the awaitable of asend() and __anext__()
// (async_generator_asend).
type asyncGenASend struct {
	object.Object
	gen     *object.Object // owned: the AsyncGenerator
	sendval *object.Object // owned; nil for None
	state   atomic.Uint32
}

var asyncGenASendType = object.NewStaticType(&object.Type{
	Name:  "async_generator_asend",
	Flags: object.FlagGC,
	Iter:  func(t *object.Thread, o *object.Object) (*object.Object, error) { return t.NewRef(o), nil },
	Traverse: func(o *object.Object, visit object.Visitor) {
		a := object.Cast[asyncGenASend](o)
		if a.gen != nil {
			visit(a.gen)
		}
		if a.sendval != nil {
			visit(a.sendval)
		}
	},
	Clear:   asendClear,
	Dealloc: asendClear,
})

func asendClear(t *object.Thread, o *object.Object) {
	a := object.Cast[asyncGenASend](o)
	if g := a.gen; g != nil {
		a.gen = nil
		t.Decref(g)
	}
	if v := a.sendval; v != nil {
		a.sendval = nil
		t.Decref(v)
	}
}

func newASend(t *object.Thread, ag *AsyncGenerator, v *object.Object) *object.Object {
	a := &asyncGenASend{gen: t.NewRef(&ag.Object)}
	if v != nil && v != object.None {
		a.sendval = t.NewRef(v)
	}
	t.Init(&a.Object, asyncGenASendType)
	t.Track(&a.Object)
	return &a.Object
}

func (a *asyncGenASend) agen(t *object.Thread) (*AsyncGenerator, error) {
	if a.gen == nil || a.state.Load() == awaitClosed {
		return nil, t.Errorf(object.RuntimeErrorType, "cannot reuse already awaited __anext__()/asend()")
	}
	return object.Cast[AsyncGenerator](a.gen), nil
}

func (a *asyncGenASend) send(t *object.Thread, v *object.Object) (*object.Object, error) {
	ag, err := a.agen(t)
	if err != nil {
		return nil, err
	}
	if a.state.Load() == awaitInit {
		if ag.runningAsync.Load() {
			return nil, t.Errorf(object.RuntimeErrorType, "anext(): asynchronous generator is already running")
		}
		if v == nil || v == object.None {
			v = a.sendval
		}
		a.state.Store(awaitIter)
	}
	ag.runningAsync.Store(true)
	st := stateOf(t)
	r, done, err := st.resume(&ag.Generator, v, nil)
	res, err := st.unwrap(ag, r, done, err)
	if err != nil {
		a.state.Store(awaitClosed)
	}
	return res, err
}

func (a *asyncGenASend) throw(t *object.Thread, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	ag, err := a.agen(t)
	if err != nil {
		return nil, err
	}
	st := stateOf(t)
	r, done, err := st.throwWith(&ag.Generator, "async_generator_asend.throw", "throw", args, kw)
	res, err := st.unwrap(ag, r, done, err)
	if err != nil {
		a.state.Store(awaitClosed)
	}
	return res, err
}

// throwWith is generator.throw's work without its StopIteration: g's
// outcome once exc, built from throw's arguments, is raised in it. name
// names the method in the keyword error, countName in the count errors
// (CPython's "throw" or "athrow").
func (st *State) throwWith(g *Generator, name, countName string, args []*object.Object, kw *object.Tuple) (*object.Object, bool, error) {
	t := st.t
	if kw != nil && len(kw.Items) > 0 {
		return nil, false, t.Errorf(object.TypeErrorType, "%s() takes no keyword arguments", name)
	}
	if len(args) < 1 || len(args) > 3 {
		if len(args) > 3 {
			return nil, false, t.Errorf(object.TypeErrorType, "%s expected at most 3 arguments, got %d", countName, len(args))
		}
		return nil, false, t.Errorf(object.TypeErrorType, "%s expected at least 1 argument, got %d", countName, len(args))
	}
	exc, err := st.throwArgs(args)
	if err != nil {
		return nil, false, err
	}
	exc.NoContext = true
	return st.throw(g, exc, args)
}

// asyncGenAThrow is the awaitable of athrow() and, with no arguments
// (args nil), of aclose() (async_generator_athrow).
type asyncGenAThrow struct {
	object.Object
	gen   *object.Object   // owned: the AsyncGenerator
	args  []*object.Object // owned; nil for aclose()
	state atomic.Uint32
}

var asyncGenAThrowType = object.NewStaticType(&object.Type{
	Name:  "async_generator_athrow",
	Flags: object.FlagGC,
	Iter:  func(t *object.Thread, o *object.Object) (*object.Object, error) { return t.NewRef(o), nil },
	Traverse: func(o *object.Object, visit object.Visitor) {
		a := object.Cast[asyncGenAThrow](o)
		if a.gen != nil {
			visit(a.gen)
		}
		for _, x := range a.args {
			visit(x)
		}
	},
	Clear:   athrowClear,
	Dealloc: athrowClear,
})

func athrowClear(t *object.Thread, o *object.Object) {
	a := object.Cast[asyncGenAThrow](o)
	if g := a.gen; g != nil {
		a.gen = nil
		t.Decref(g)
	}
	args := a.args
	a.args = nil
	for _, x := range args {
		t.Decref(x)
	}
}

func newAThrow(t *object.Thread, ag *AsyncGenerator, args []*object.Object) *object.Object {
	a := &asyncGenAThrow{gen: t.NewRef(&ag.Object)}
	if args != nil {
		a.args = make([]*object.Object, len(args)) // non-nil even when empty: not aclose()
		for i, x := range args {
			a.args[i] = t.NewRef(x)
		}
	}
	t.Init(&a.Object, asyncGenAThrowType)
	t.Track(&a.Object)
	return &a.Object
}

func (a *asyncGenAThrow) isClose() bool { return a.args == nil }

// yieldedOnClose is the error of an aclose() whose generator yielded a
// value of its own instead of finishing.
func (a *asyncGenAThrow) yieldedOnClose(t *object.Thread, ag *AsyncGenerator, r *object.Object) error {
	t.Decref(r)
	ag.runningAsync.Store(false)
	a.state.Store(awaitClosed)
	return t.Errorf(object.RuntimeErrorType, "async generator ignored GeneratorExit")
}

// closeErr ends the awaitable with err: for aclose(), the generator's
// end (StopAsyncIteration or GeneratorExit) is aclose's success,
// StopIteration.
func (a *asyncGenAThrow) closeErr(t *object.Thread, ag *AsyncGenerator, err error) error {
	ag.runningAsync.Store(false)
	a.state.Store(awaitClosed)
	if a.isClose() && (object.ErrorMatches(err, object.StopAsyncIterationType) || object.ErrorMatches(err, object.GeneratorExitType)) {
		t.DropError(err)
		return t.NewException(object.StopIterationType)
	}
	return err
}

func (a *asyncGenAThrow) send(t *object.Thread, v *object.Object) (*object.Object, error) {
	if a.gen == nil {
		return nil, t.Errorf(object.RuntimeErrorType, "cannot reuse already awaited aclose()/athrow()")
	}
	ag := object.Cast[AsyncGenerator](a.gen)
	st := stateOf(t)
	if a.state.Load() == awaitClosed {
		return nil, t.Errorf(object.RuntimeErrorType, "cannot reuse already awaited aclose()/athrow()")
	}
	if ag.frame == nil {
		a.state.Store(awaitClosed)
		return nil, t.NewException(object.StopIterationType)
	}
	switch a.state.Load() {
	case awaitInit:
		if ag.runningAsync.Load() {
			a.state.Store(awaitClosed)
			if a.isClose() {
				return nil, t.Errorf(object.RuntimeErrorType, "aclose(): asynchronous generator is already running")
			}
			return nil, t.Errorf(object.RuntimeErrorType, "athrow(): asynchronous generator is already running")
		}
		if ag.closed.Load() {
			a.state.Store(awaitClosed)
			return nil, t.NewException(object.StopAsyncIterationType)
		}
		if v != nil && v != object.None {
			return nil, t.Errorf(object.RuntimeErrorType, "can't send non-None value to a just-started coroutine")
		}
		a.state.Store(awaitIter)
		ag.runningAsync.Store(true)
		if a.isClose() {
			ag.closed.Store(true)
			r, done, err := st.throw(&ag.Generator, t.NewException(object.GeneratorExitType), nil)
			return a.closeOutcome(t, ag, r, done, err)
		}
		r, done, err := st.throwWith(&ag.Generator, "athrow", "athrow", a.args, nil)
		res, err := st.unwrap(ag, r, done, err)
		if err != nil {
			return nil, a.closeErr(t, ag, err)
		}
		return res, nil
	}
	r, done, err := st.resume(&ag.Generator, v, nil)
	if a.isClose() {
		return a.closeOutcome(t, ag, r, done, err)
	}
	res, err := st.unwrap(ag, r, done, err)
	if err != nil {
		a.state.Store(awaitClosed)
	}
	return res, err
}

// closeOutcome is the outcome of aclose()'s awaitable once the
// generator ran: its end is success, a value of its own is an error,
// another value (an await in a finally block) goes up.
func (a *asyncGenAThrow) closeOutcome(t *object.Thread, ag *AsyncGenerator, r *object.Object, done bool, err error) (*object.Object, error) {
	if err == nil && done {
		t.Decref(r)
		err = t.NewException(object.StopAsyncIterationType)
	}
	if err != nil {
		return nil, a.closeErr(t, ag, err)
	}
	if r.Type() == asyncGenWrappedType {
		return nil, a.yieldedOnClose(t, ag, r)
	}
	return r, nil
}

func (a *asyncGenAThrow) throw(t *object.Thread, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if a.gen == nil || a.state.Load() == awaitClosed {
		return nil, t.Errorf(object.RuntimeErrorType, "cannot reuse already awaited aclose()/athrow()")
	}
	ag := object.Cast[AsyncGenerator](a.gen)
	st := stateOf(t)
	r, done, err := st.throwWith(&ag.Generator, "async_generator_athrow.throw", "throw", args, kw)
	if !a.isClose() {
		return st.unwrap(ag, r, done, err)
	}
	if err == nil && done {
		t.Decref(r)
		err = t.NewException(object.StopAsyncIterationType)
	}
	if err == nil && r.Type() == asyncGenWrappedType {
		return nil, a.yieldedOnClose(t, ag, r)
	}
	if err != nil && (object.ErrorMatches(err, object.StopAsyncIterationType) || object.ErrorMatches(err, object.GeneratorExitType)) {
		t.DropError(err)
		return nil, t.NewException(object.StopIterationType)
	}
	return r, err
}

func selfMethod(name string, f func(t *object.Thread, o *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error)) object.MethodDef {
	return object.MethodDef{Name: name, Fn: f}
}

func returnSelf(t *object.Thread, o *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	return t.NewRef(o), nil
}

func init() {
	// Set here: the Next slots reach the eval loop, which makes these
	// types (an initialisation cycle in a composite literal).
	asyncGenASendType.Next = func(t *object.Thread, o *object.Object) (*object.Object, error) {
		return object.Cast[asyncGenASend](o).send(t, object.None)
	}
	asyncGenAThrowType.Next = func(t *object.Thread, o *object.Object) (*object.Object, error) {
		return object.Cast[asyncGenAThrow](o).send(t, object.None)
	}
	object.ReadyType(asyncGenWrappedType, nil, nil)
	object.ReadyType(asyncGenASendType, []object.MethodDef{
		selfMethod("send", func(t *object.Thread, o *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
			if err := object.CheckArgCount(t, "async_generator_asend.send", args, kw, 1, 1); err != nil {
				return nil, err
			}
			return object.Cast[asyncGenASend](o).send(t, args[0])
		}),
		selfMethod("throw", func(t *object.Thread, o *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
			return object.Cast[asyncGenASend](o).throw(t, args, kw)
		}),
		selfMethod("close", func(t *object.Thread, o *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
			object.Cast[asyncGenASend](o).state.Store(awaitClosed)
			return object.None, nil
		}),
		selfMethod("__await__", returnSelf),
	}, nil)
	object.ReadyType(asyncGenAThrowType, []object.MethodDef{
		selfMethod("send", func(t *object.Thread, o *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
			if err := object.CheckArgCount(t, "async_generator_athrow.send", args, kw, 1, 1); err != nil {
				return nil, err
			}
			return object.Cast[asyncGenAThrow](o).send(t, args[0])
		}),
		selfMethod("throw", func(t *object.Thread, o *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
			return object.Cast[asyncGenAThrow](o).throw(t, args, kw)
		}),
		selfMethod("close", func(t *object.Thread, o *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
			object.Cast[asyncGenAThrow](o).state.Store(awaitClosed)
			return object.None, nil
		}),
		selfMethod("__await__", returnSelf),
	}, nil)

	agen := func(t *object.Thread, o *object.Object) (*AsyncGenerator, error) {
		ag := object.Cast[AsyncGenerator](o)
		return ag, stateOf(t).initHooks(ag)
	}
	object.ReadyType(AsyncGeneratorType, []object.MethodDef{
		selfMethod("__aiter__", returnSelf),
		selfMethod("__anext__", func(t *object.Thread, o *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
			if err := object.NoKeywords(t, "__anext__", kw); err != nil {
				return nil, err
			}
			if len(args) != 0 {
				return nil, t.Errorf(object.TypeErrorType, "expected 0 arguments, got %d", len(args))
			}
			ag, err := agen(t, o)
			if err != nil {
				return nil, err
			}
			return newASend(t, ag, nil), nil
		}),
		selfMethod("asend", func(t *object.Thread, o *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
			if err := object.CheckArgCount(t, "async_generator.asend", args, kw, 1, 1); err != nil {
				return nil, err
			}
			ag, err := agen(t, o)
			if err != nil {
				return nil, err
			}
			return newASend(t, ag, args[0]), nil
		}),
		selfMethod("athrow", func(t *object.Thread, o *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
			// The arguments are checked when the awaitable runs, as in
			// CPython.
			if kw != nil && len(kw.Items) > 0 {
				return nil, t.Errorf(object.TypeErrorType, "async_generator.athrow() takes no keyword arguments")
			}
			if args == nil {
				args = []*object.Object{} // not aclose()'s nil
			}
			ag, err := agen(t, o)
			if err != nil {
				return nil, err
			}
			return newAThrow(t, ag, args), nil
		}),
		selfMethod("aclose", func(t *object.Thread, o *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
			if err := object.CheckArgCount(t, "async_generator.aclose", args, kw, 0, 0); err != nil {
				return nil, err
			}
			ag, err := agen(t, o)
			if err != nil {
				return nil, err
			}
			return newAThrow(t, ag, nil), nil
		}),
	}, []object.GetSetDef{
		{Name: "__name__", Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
			return object.NewStr(t, generatorCode(o).Name), nil
		}},
		{Name: "__qualname__", Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
			return object.NewStr(t, generatorCode(o).QualName), nil
		}},
		{Name: "ag_code", Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
			return t.NewRef(&generatorCode(o).Object), nil
		}},
		{Name: "ag_await", Get: genAwaitGet},
		{Name: "ag_running", Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
			return object.NewBool(object.Cast[AsyncGenerator](o).runningAsync.Load()), nil
		}},
		{Name: "ag_suspended", Get: genSuspendedGet},
		// ftpy has no frame objects: ag_frame is always None.
		{Name: "ag_frame", Get: func(t *object.Thread, o *object.Object) (*object.Object, error) { return object.None, nil }},
	})
	AsyncGeneratorType.Finalize = func(t *object.Thread, o *object.Object) {
		st := stateOf(t)
		ag := object.Cast[AsyncGenerator](o)
		if fin := ag.finalizer; fin != nil && !ag.closed.Load() && ag.frame != nil {
			// The event loop's finalizer schedules aclose().
			r, err := object.Call(t, fin, []*object.Object{o}, nil)
			if err != nil {
				st.WriteUnraisable(err, "Exception ignored in", o)
				return
			}
			t.Decref(r)
			return
		}
		if err := st.closeGenerator(&ag.Generator); err != nil {
			st.WriteUnraisable(err, "Exception ignored in", o)
		}
	}
	AsyncGeneratorType.Repr = func(t *object.Thread, o *object.Object) (*object.Object, error) {
		return object.NewStr(t, sprintf("<async_generator object %s at %p>", generatorCode(o).QualName, o)), nil
	}
}
