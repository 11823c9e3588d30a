// This file holds sys's hooks for coroutines and async generators:
// set_asyncgen_hooks / get_asyncgen_hooks (kept per thread, which asyncio
// uses to finalize the async generators a program drops) and the
// coroutine origin tracking depth (kept; no origin is recorded).

package sys

import (
	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/vm"
)

func init() {
	funcs = append(funcs,
		fn("set_asyncgen_hooks", setAsyncGenHooks),
		fn("get_asyncgen_hooks", func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
			if err := object.CheckArgCount(t, "get_asyncgen_hooks", args, kw, 0, 0); err != nil {
				return nil, err
			}
			first, fin := vm.StateOf(t).AsyncGenHooks()
			orNone := func(o *object.Object) *object.Object {
				if o == nil {
					return object.None
				}
				return t.NewRef(o)
			}
			// CPython returns a named tuple (asyncgen_hooks); a plain
			// tuple unpacks the same way.
			return object.NewTuple(t, []*object.Object{orNone(first), orNone(fin)}).Obj(), nil
		}),
		fn("set_coroutine_origin_tracking_depth", func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
			vals, err := keywordArgs(t, "set_coroutine_origin_tracking_depth", args, kw, []string{"depth"}, 1)
			if err != nil {
				return nil, err
			}
			n, err := asCInt(t, vals[0])
			if err != nil {
				return nil, err
			}
			if n < 0 {
				return nil, t.Errorf(object.ValueErrorType, "depth must be >= 0")
			}
			vm.StateOf(t).SetCoroutineOriginTrackingDepth(int(n))
			return object.None, nil
		}),
		fn("get_coroutine_origin_tracking_depth", func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
			if err := object.CheckArgCount(t, "get_coroutine_origin_tracking_depth", args, kw, 0, 0); err != nil {
				return nil, err
			}
			return object.NewInt(t, int64(vm.StateOf(t).CoroutineOriginTrackingDepth())), nil
		}),
	)
}

// keywordArgs places positional and keyword arguments by the parameter
// names; nil marks one not given. The first required ones must be given.
func keywordArgs(t *object.Thread, fname string, args []*object.Object, kw *object.Tuple, names []string, required int) ([]*object.Object, error) {
	nkw := 0
	if kw != nil {
		nkw = len(kw.Items)
	}
	npos := len(args) - nkw
	if npos > len(names) {
		return nil, t.Errorf(object.TypeErrorType, "%s() takes at most %d arguments (%d given)", fname, len(names), npos)
	}
	vals := make([]*object.Object, len(names))
	copy(vals, args[:npos])
	for i := 0; i < nkw; i++ {
		k := object.StrValue(kw.Items[i])
		found := false
		for j, n := range names {
			if n == k {
				if vals[j] != nil {
					return nil, t.Errorf(object.TypeErrorType, "argument for %s() given by name ('%s') and position (%d)", fname, k, j+1)
				}
				vals[j] = args[npos+i]
				found = true
			}
		}
		if !found {
			return nil, t.Errorf(object.TypeErrorType, "%s() got an unexpected keyword argument '%s'", fname, k)
		}
	}
	for i := 0; i < required; i++ {
		if vals[i] == nil {
			return nil, t.Errorf(object.TypeErrorType, "%s() missing required argument '%s' (pos %d)", fname, names[i], i+1)
		}
	}
	return vals, nil
}

// setAsyncGenHooks is sys.set_asyncgen_hooks(firstiter, finalizer): a
// hook not given stays, None clears it.
func setAsyncGenHooks(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	vals, err := keywordArgs(t, "set_asyncgen_hooks", args, kw, []string{"firstiter", "finalizer"}, 0)
	if err != nil {
		return nil, err
	}
	st := vm.StateOf(t)
	first, fin := st.AsyncGenHooks()
	for i, name := range []string{"firstiter", "finalizer"} {
		v := vals[i]
		if v == nil {
			continue
		}
		if v != object.None && !object.IsCallable(v) {
			return nil, t.Errorf(object.TypeErrorType, "callable %s expected, got %s", name, v.Type().Name)
		}
		if v == object.None {
			v = nil
		}
		if i == 0 {
			first = v
		} else {
			fin = v
		}
	}
	st.SetAsyncGenHooks(first, fin)
	return object.None, nil
}
