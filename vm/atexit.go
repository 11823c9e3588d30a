// This file implements the atexit module: functions a program registers
// to run when it ends (after its threads, as in CPython), last registered
// first; their exceptions are reported and otherwise ignored.

package vm

import "github.com/ftpy/ftpy/object"

// atexitEntry is one registered call: fn(*args, **kwargs), owned refs.
type atexitEntry struct {
	fn, args, kwargs *object.Object // kwargs may be nil
}

// atexitState is an interpreter's registered calls.
type atexitState struct {
	entries []atexitEntry
}

func (in *Interp) atexitTake() []atexitEntry {
	in.mu.Lock()
	defer in.mu.Unlock()
	e := in.atexit.entries
	in.atexit.entries = nil
	return e
}

func (e atexitEntry) release(t *object.Thread) {
	t.Decref(e.fn)
	t.Decref(e.args)
	t.XDecref(e.kwargs)
}

// RunAtexit runs the registered calls, last first, and forgets them.
func (st *State) RunAtexit() {
	t := st.t
	entries := st.interp.atexitTake()
	for i := len(entries) - 1; i >= 0; i-- {
		e := entries[i]
		var kw *object.Dict
		if e.kwargs != nil {
			kw = object.AsDict(e.kwargs)
		}
		r, err := callWithKwargsDict(t, e.fn, object.AsTuple(e.args).Items, kw)
		if err != nil {
			st.WriteUnraisable(err, "Exception ignored in atexit callback", e.fn)
		} else {
			t.Decref(r)
		}
		e.release(t)
	}
}

// callWithKwargsDict calls fn(*args, **kw).
func callWithKwargsDict(t *object.Thread, fn *object.Object, args []*object.Object, kw *object.Dict) (*object.Object, error) {
	if kw == nil || kw.Len() == 0 {
		return object.Call(t, fn, args, nil)
	}
	all := append([]*object.Object(nil), args...)
	var names []*object.Object
	for pos := 0; ; {
		var k, v *object.Object
		var ok bool
		if pos, k, v, ok = kw.Next(pos); !ok {
			break
		}
		names = append(names, t.NewRef(k))
		all = append(all, v)
	}
	kwt := object.NewTuple(t, names)
	defer t.Decref(kwt.Obj())
	return object.Call(t, fn, all, kwt)
}

var atexitFuncs = []object.MethodDef{
	{Name: "register", Fn: func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		npos := len(args)
		if kw != nil {
			npos -= len(kw.Items)
		}
		if npos < 1 {
			return nil, t.Errorf(object.TypeErrorType, "register() takes at least 1 argument (0 given)")
		}
		fn := args[0]
		if !object.IsCallable(fn) {
			return nil, t.Errorf(object.TypeErrorType, "the first argument must be callable")
		}
		e := atexitEntry{fn: t.NewRef(fn), args: object.NewTupleRefs(t, args[1:npos]...).Obj()}
		if kw != nil && len(kw.Items) > 0 {
			d := object.NewDict(t)
			for i, k := range kw.Items {
				d.SetItem(t, k, args[npos+i])
			}
			e.kwargs = d.Obj()
		}
		in := stateOf(t).interp
		in.mu.Lock()
		in.atexit.entries = append(in.atexit.entries, e)
		in.mu.Unlock()
		return t.NewRef(fn), nil
	}},
	{Name: "unregister", Fn: func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, "unregister", args, kw, 1, 1); err != nil {
			return nil, err
		}
		in := stateOf(t).interp
		in.mu.Lock()
		fns := make([]*object.Object, len(in.atexit.entries))
		for i, e := range in.atexit.entries {
			fns[i] = t.NewRef(e.fn)
		}
		in.mu.Unlock()
		defer func() {
			for _, f := range fns {
				t.Decref(f)
			}
		}()
		// Compare outside the lock (__eq__ may run Python code), then
		// drop the matching entries by identity.
		match := map[*object.Object]bool{}
		for _, f := range fns {
			eq, err := object.RichCompareBool(t, f, args[0], object.EQ)
			if err != nil {
				return nil, err
			}
			if eq {
				match[f] = true
			}
		}
		in.mu.Lock()
		var kept, gone []atexitEntry
		for _, e := range in.atexit.entries {
			if match[e.fn] {
				gone = append(gone, e)
			} else {
				kept = append(kept, e)
			}
		}
		in.atexit.entries = kept
		in.mu.Unlock()
		for _, e := range gone {
			e.release(t)
		}
		return object.None, nil
	}},
	{Name: "_run_exitfuncs", Fn: func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, "_run_exitfuncs", args, kw, 0, 0); err != nil {
			return nil, err
		}
		stateOf(t).RunAtexit()
		return object.None, nil
	}},
	{Name: "_clear", Fn: func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, "_clear", args, kw, 0, 0); err != nil {
			return nil, err
		}
		for _, e := range stateOf(t).interp.atexitTake() {
			e.release(t)
		}
		return object.None, nil
	}},
	{Name: "_ncallbacks", Fn: func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, "_ncallbacks", args, kw, 0, 0); err != nil {
			return nil, err
		}
		in := stateOf(t).interp
		in.mu.Lock()
		n := len(in.atexit.entries)
		in.mu.Unlock()
		return object.NewInt(t, int64(n)), nil
	}},
}

func init() {
	RegisterModule("atexit", func(st *State) (*object.Object, error) {
		t := st.t
		m := st.NewModule("atexit")
		for i := range atexitFuncs {
			m.Dict.SetStr(t, object.Intern(atexitFuncs[i].Name), object.NewStaticBuiltin(&atexitFuncs[i]))
		}
		return m.Obj(), nil
	})
}
