// This file implements the builtins aiter and anext, and the
// anext_awaitable that anext(it, default) returns: it awaits
// it.__anext__() and turns StopAsyncIteration into the default value.

package vm

import "github.com/ftpy/ftpy/object"

func init() {
	builtinFuncs = append(builtinFuncs,
		bi("aiter", func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
			if kw != nil && len(kw.Items) > 0 {
				return nil, t.Errorf(object.TypeErrorType, "aiter() takes no keyword arguments")
			}
			if len(args) != 1 {
				return nil, t.Errorf(object.TypeErrorType, "aiter() takes exactly one argument (%d given)", len(args))
			}
			return stateOf(t).asyncIterator(args[0], "'%s' object is not an async iterable",
				"aiter() returned not an async iterator of type '%s'")
		}),
		bi("anext", func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
			if kw != nil && len(kw.Items) > 0 {
				return nil, t.Errorf(object.TypeErrorType, "anext() takes no keyword arguments")
			}
			if len(args) < 1 || len(args) > 2 {
				if len(args) > 2 {
					return nil, t.Errorf(object.TypeErrorType, "anext expected at most 2 arguments, got %d", len(args))
				}
				return nil, t.Errorf(object.TypeErrorType, "anext expected at least 1 argument, got %d", len(args))
			}
			st := stateOf(t)
			o := args[0]
			m, err := st.lookupSpecial(o, strAnext)
			if err != nil {
				return nil, err
			}
			if m == nil {
				return nil, t.Errorf(object.TypeErrorType, "'%s' object is not an async iterator", o.Type().Name)
			}
			aw, err := object.CallHeld(t, m, nil, nil)
			t.Decref(m)
			if err != nil || len(args) == 1 {
				return aw, err
			}
			a := &anextAwaitable{wrapped: aw, dflt: t.NewRef(args[1])}
			t.Init(&a.Object, anextAwaitableType)
			t.Track(&a.Object)
			return &a.Object, nil
		}),
	)
}

// anextAwaitable is anext(it, default)'s awaitable.
type anextAwaitable struct {
	object.Object
	wrapped, dflt *object.Object // owned; nil once cleared
}

var anextAwaitableType = object.NewStaticType(&object.Type{
	Name:  "anext_awaitable",
	Flags: object.FlagGC,
	Iter:  func(t *object.Thread, o *object.Object) (*object.Object, error) { return t.NewRef(o), nil },
	Traverse: func(o *object.Object, visit object.Visitor) {
		a := object.Cast[anextAwaitable](o)
		if a.wrapped != nil {
			visit(a.wrapped)
		}
		if a.dflt != nil {
			visit(a.dflt)
		}
	},
	Clear:   anextAwaitableClear,
	Dealloc: anextAwaitableClear,
})

func anextAwaitableClear(t *object.Thread, o *object.Object) {
	a := object.Cast[anextAwaitable](o)
	w, d := a.wrapped, a.dflt
	a.wrapped, a.dflt = nil, nil
	t.XDecref(w)
	t.XDecref(d)
}

// proxy calls method on the iterator of the awaited __anext__() result
// (send, throw or close; "" for __next__), with StopAsyncIteration
// becoming StopIteration(default): the end of the async iterator is the
// default value as anext's result.
func (a *anextAwaitable) proxy(t *object.Thread, method string, args []*object.Object) (*object.Object, error) {
	if a.wrapped == nil {
		return nil, t.Errorf(object.RuntimeErrorType, "anext_awaitable was cleared")
	}
	st := stateOf(t)
	it, err := st.awaitableIter(a.wrapped)
	if err != nil {
		return nil, err
	}
	if it.Type() == CoroutineType {
		// A coroutine has no __next__: go through its __await__.
		w := newCoroWrapper(t, it)
		t.Decref(it)
		it = w
	}
	defer t.Decref(it)
	var r *object.Object
	if method == "" {
		r, err = it.Type().Next(t, it)
		if err == nil && r == nil {
			err = t.NewException(object.StopIterationType)
		}
	} else {
		r, err = callMethod(t, it, method, args...)
	}
	if err != nil && object.ErrorMatches(err, object.StopAsyncIterationType) {
		t.DropError(err)
		return nil, stopIteration(t, t.NewRef(a.dflt))
	}
	return r, err
}

func init() {
	anextAwaitableType.Next = func(t *object.Thread, o *object.Object) (*object.Object, error) {
		return object.Cast[anextAwaitable](o).proxy(t, "", nil)
	}
	proxyMethod := func(name string) object.MethodDef {
		return object.MethodDef{Name: name, Fn: func(t *object.Thread, o *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
			if kw != nil && len(kw.Items) > 0 {
				return nil, t.Errorf(object.TypeErrorType, "%s() takes no keyword arguments", name)
			}
			return object.Cast[anextAwaitable](o).proxy(t, name, args)
		}}
	}
	object.ReadyType(anextAwaitableType, []object.MethodDef{
		proxyMethod("send"), proxyMethod("throw"), proxyMethod("close"),
		{Name: "__await__", Fn: returnSelf},
	}, nil)
}
