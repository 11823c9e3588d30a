// This file implements coroutines (PEP 492): the object an async def
// returns. A coroutine is a Generator whose type is CoroutineType: it runs
// on the same machinery (resume, throw, close), its awaits being yield
// froms over GET_AWAITABLE's result. It is not iterable; __await__ gives
// a coroutine_wrapper, the iterator an event loop or another coroutine's
// await drives.
//
// CPython's "coroutine ... was never awaited" RuntimeWarning, given when
// a coroutine that never started is collected, is not given.

package vm

import (
	"github.com/ftpy/ftpy/object"
)

// CoroutineType is the type of coroutines (types.CoroutineType).
var CoroutineType = object.NewStaticType(&object.Type{
	Name:     "coroutine",
	Flags:    object.FlagGC | object.FlagWeakrefable,
	Traverse: generatorTraverse,
	Clear:    generatorClear,
	Dealloc:  generatorClear,
})

// coroWrapper is a coroutine_wrapper: the iterator coroutine.__await__()
// returns, which resumes the coroutine.
type coroWrapper struct {
	object.Object
	coro *object.Object // owned; nil once cleared
}

var coroWrapperType = object.NewStaticType(&object.Type{
	Name:     "coroutine_wrapper",
	Flags:    object.FlagGC,
	Iter:     func(t *object.Thread, o *object.Object) (*object.Object, error) { return t.NewRef(o), nil },
	Traverse: func(o *object.Object, visit object.Visitor) { object.Cast[coroWrapper](o).traverse(visit) },
	Clear:    coroWrapperClear,
	Dealloc:  coroWrapperClear,
})

func (w *coroWrapper) traverse(visit object.Visitor) {
	if w.coro != nil {
		visit(w.coro)
	}
}

func coroWrapperClear(t *object.Thread, o *object.Object) {
	w := object.Cast[coroWrapper](o)
	if c := w.coro; c != nil {
		w.coro = nil
		t.Decref(c)
	}
}

// wrappedCoro returns the coroutine of the wrapper o, or an error once the
// wrapper was cleared by the collector.
func wrappedCoro(t *object.Thread, o *object.Object) (*Generator, error) {
	w := object.Cast[coroWrapper](o)
	if w.coro == nil {
		return nil, t.Errorf(object.RuntimeErrorType, "coroutine wrapper was cleared")
	}
	return object.Cast[Generator](w.coro), nil
}

func coroWrapperNext(t *object.Thread, o *object.Object) (*object.Object, error) {
	g, err := wrappedCoro(t, o)
	if err != nil {
		return nil, err
	}
	return generatorNext(t, &g.Object)
}

// genSend is generator.send for every kind: the next value, or
// StopIteration with the return value.
func genSend(t *object.Thread, g *Generator, v *object.Object) (*object.Object, error) {
	r, done, err := stateOf(t).resume(g, v, nil)
	if err != nil {
		return nil, err
	}
	if done {
		return nil, stopIteration(t, r)
	}
	return r, nil
}

// genThrow is generator.throw for every kind, its arguments checked as
// CPython checks them; name is the method's name for the messages.
func genThrow(t *object.Thread, g *Generator, name string, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	r, done, err := stateOf(t).throwWith(g, name, "throw", args, kw)
	if err != nil {
		return nil, err
	}
	if done {
		return nil, stopIteration(t, r)
	}
	return r, nil
}

// generatorLikeMethods are send, throw and close for a type whose self
// is reached through self(o): the generator itself, or the coroutine a
// wrapper holds. prefix names the methods in messages ("coroutine").
func generatorLikeMethods(prefix string, self func(t *object.Thread, o *object.Object) (*Generator, error)) []object.MethodDef {
	return []object.MethodDef{
		{Name: "send", Fn: func(t *object.Thread, o *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
			if err := object.CheckArgCount(t, prefix+".send", args, kw, 1, 1); err != nil {
				return nil, err
			}
			g, err := self(t, o)
			if err != nil {
				return nil, err
			}
			return genSend(t, g, args[0])
		}},
		{Name: "throw", Fn: func(t *object.Thread, o *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
			g, err := self(t, o)
			if err != nil {
				return nil, err
			}
			return genThrow(t, g, prefix+".throw", args, kw)
		}},
		{Name: "close", Fn: func(t *object.Thread, o *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
			if err := object.CheckArgCount(t, prefix+".close", args, kw, 0, 0); err != nil {
				return nil, err
			}
			g, err := self(t, o)
			if err != nil {
				return nil, err
			}
			return object.None, stateOf(t).closeGenerator(g)
		}},
	}
}

func selfGenerator(t *object.Thread, o *object.Object) (*Generator, error) {
	return object.Cast[Generator](o), nil
}

var coroutineGetSets = []object.GetSetDef{
	{Name: "__name__", Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
		return object.NewStr(t, generatorCode(o).Name), nil
	}},
	{Name: "__qualname__", Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
		return object.NewStr(t, generatorCode(o).QualName), nil
	}},
	{Name: "cr_code", Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
		return t.NewRef(&generatorCode(o).Object), nil
	}},
	{Name: "cr_await", Get: genAwaitGet},
	{Name: "cr_running", Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
		return object.NewBool(object.Cast[Generator](o).isRunning()), nil
	}},
	{Name: "cr_suspended", Get: genSuspendedGet},
	// ftpy has no frame objects: cr_frame is always None.
	{Name: "cr_frame", Get: func(t *object.Thread, o *object.Object) (*object.Object, error) { return object.None, nil }},
	// Origin tracking (sys.set_coroutine_origin_tracking_depth) records
	// nothing.
	{Name: "cr_origin", Get: func(t *object.Thread, o *object.Object) (*object.Object, error) { return object.None, nil }},
}

// genAwaitGet is cr_await and ag_await: what the suspended frame awaits.
func genAwaitGet(t *object.Thread, o *object.Object) (*object.Object, error) {
	g := object.Cast[Generator](o)
	if g.isRunning() {
		return object.None, nil
	}
	if yf := g.delegate(); yf != nil {
		return t.NewRef(yf), nil
	}
	return object.None, nil
}

// genSuspendedGet is gi_suspended and cr_suspended: started, not
// running and not finished.
func genSuspendedGet(t *object.Thread, o *object.Object) (*object.Object, error) {
	g := object.Cast[Generator](o)
	return object.NewBool(!g.isRunning() && g.frame != nil && g.started), nil
}

func init() {
	coroWrapperType.Next = coroWrapperNext
	methods := append(generatorLikeMethods("coroutine", selfGenerator),
		object.MethodDef{Name: "__await__", Fn: func(t *object.Thread, o *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
			if err := object.CheckArgCount(t, "__await__", args, kw, 0, 0); err != nil {
				return nil, err
			}
			return newCoroWrapper(t, o), nil
		}})
	CoroutineType.Finalize = func(t *object.Thread, o *object.Object) {
		st := stateOf(t)
		if err := st.closeGenerator(object.Cast[Generator](o)); err != nil {
			st.WriteUnraisable(err, "Exception ignored in", o)
		}
	}
	CoroutineType.Repr = func(t *object.Thread, o *object.Object) (*object.Object, error) {
		return object.NewStr(t, sprintf("<coroutine object %s at %p>", generatorCode(o).QualName, o)), nil
	}
	object.ReadyType(CoroutineType, methods, coroutineGetSets)
	object.ReadyType(coroWrapperType, generatorLikeMethods("coroutine_wrapper", wrappedCoro), nil)
}

func newCoroWrapper(t *object.Thread, coro *object.Object) *object.Object {
	w := &coroWrapper{coro: t.NewRef(coro)}
	t.Init(&w.Object, coroWrapperType)
	t.Track(&w.Object)
	return &w.Object
}
