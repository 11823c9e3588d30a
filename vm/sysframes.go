// This file holds the sys functions that look at threads' frames and
// hooks: sys._getframe, sys._current_frames, and sys.settrace/gettrace
// and sys.setprofile/getprofile.
//
// The trace and profile functions are stored per thread, as CPython
// stores them; trace.go sets and calls them.

package vm

import "github.com/ftpy/ftpy/object"

// GetFrame is sys._getframe([depth]): the frame object depth calls up
// from the caller.
func GetFrame(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if kw != nil && len(kw.Items) > 0 {
		return nil, t.Errorf(object.TypeErrorType, "sys._getframe() takes no keyword arguments")
	}
	if len(args) > 1 {
		return nil, t.Errorf(object.TypeErrorType, "_getframe expected at most 1 argument, got %d", len(args))
	}
	depth := int64(0)
	if len(args) == 1 {
		n, err := object.AsInt64(t, args[0])
		if err != nil {
			if !object.ErrorMatches(err, object.OverflowErrorType) {
				return nil, err
			}
			t.DropError(err)
			n = 1 << 62 // deeper than any stack
			if object.IsInt(args[0]) && object.AsInt(args[0]).Sign() < 0 {
				n = 0
			}
		}
		depth = n
	}
	st := stateOf(t)
	f := st.frame
	for ; f != nil && depth > 0; depth-- {
		f = f.back
	}
	if f == nil {
		return nil, t.Errorf(object.ValueErrorType, "call stack is not deep enough")
	}
	return st.frameObject(f, st), nil
}

// hookGetter makes sys.gettrace or sys.getprofile.
func hookGetter(name string, slot func(*State) **object.Object) object.CFunc {
	return func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, name, args, kw, 0, 0); err != nil {
			return nil, err
		}
		st := stateOf(t)
		if v := *slot(st); v != nil {
			return t.NewRef(v), nil
		}
		if p, ok := st.profiler.(interface{ HookObject() *object.Object }); ok && name == "getprofile" {
			// cProfile's profiler is the thread's profile hook, as in
			// CPython.
			return t.NewRef(p.HookObject()), nil
		}
		return object.None, nil
	}
}

func traceSlot(st *State) **object.Object   { return &st.traceFunc }
func profileSlot(st *State) **object.Object { return &st.profileFunc }

// The sys module's hook functions.
var (
	GetTrace   = hookGetter("gettrace", traceSlot)
	GetProfile = hookGetter("getprofile", profileSlot)
)

// CurrentFrames is sys._current_frames(): each thread's innermost
// running frame, by thread identifier (threading.get_ident), for the
// threads running Python in the caller's interpreter.
func CurrentFrames(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if err := object.CheckArgCount(t, "sys._current_frames", args, kw, 0, 0); err != nil {
		return nil, err
	}
	st := stateOf(t)
	type found struct {
		id    uint64
		frame *object.Object
	}
	var all []found
	t.StopTheWorld()
	t.ForEachThread(func(u *object.Thread) {
		us, ok := u.VM.(*State)
		if !ok || us.interp != st.interp || us.frame == nil {
			return
		}
		all = append(all, found{u.ID(), st.frameObject(us.frame, us)})
	})
	t.StartTheWorld()
	d := object.NewDict(t)
	var err error
	for _, f := range all {
		if err == nil {
			k := object.NewInt(t, int64(f.id))
			err = object.SetItem(t, d.Obj(), k, f.frame)
			t.Decref(k)
		}
		t.Decref(f.frame)
	}
	if err != nil {
		t.Decref(d.Obj())
		return nil, err
	}
	return d.Obj(), nil
}

// CurrentExceptions is sys._current_exceptions(): each thread's
// exception being handled, as sys.exc_info() would give it on that
// thread ((None, None, None) for none), by thread identifier, for the
// threads of the caller's interpreter.
func CurrentExceptions(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if err := object.CheckArgCount(t, "sys._current_exceptions", args, kw, 0, 0); err != nil {
		return nil, err
	}
	st := stateOf(t)
	type found struct {
		id  uint64
		exc *object.Object // a new reference, or nil
	}
	var all []found
	t.StopTheWorld()
	t.ForEachThread(func(u *object.Thread) {
		us, ok := u.VM.(*State)
		if !ok || us.interp != st.interp {
			return
		}
		h := us.topHandled()
		if h != nil {
			t.Incref(h)
		}
		all = append(all, found{u.ID(), h})
	})
	t.StartTheWorld()
	d := object.NewDict(t)
	var err error
	for _, f := range all {
		if err == nil {
			info := object.NewTupleRefs(t, object.None, object.None, object.None).Obj()
			if f.exc != nil {
				t.Decref(info)
				tb := object.ExceptionTraceback(t, object.Cast[object.Exception](f.exc))
				info = object.NewTupleRefs(t, object.TypeOf(f.exc), f.exc, tb).Obj()
				t.Decref(tb)
			}
			k := object.NewInt(t, int64(f.id))
			err = object.SetItem(t, d.Obj(), k, info)
			t.Decref(k)
			t.Decref(info)
		}
		if f.exc != nil {
			t.Decref(f.exc)
		}
	}
	if err != nil {
		t.Decref(d.Obj())
		return nil, err
	}
	return d.Obj(), nil
}
