// This file is the hook a profiler sets on one thread (CPython's C-level
// profile function, PyEval_SetProfile, which _lsprof uses): it is told
// when the thread starts and stops running each piece of Python code
// (a function, a module or class body, a generator resumed) and each
// call of a built-in function or method.
//
// It shares the hooks of sys.settrace and sys.setprofile (trace.go):
// nothing is paid for it while no hook is set but one test per call made
// through Go and one per call the eval loop would otherwise run inline;
// while one is set, Python-to-Python calls are not run inline in the
// caller's loop but each through run, which reports them.

package vm

import (
	"github.com/ftpy/ftpy/object"
)

// A Profiler receives the calls of the thread it is set on. Enter comes
// before the code runs, Leave after it returned or raised; key is the
// code object for Python code, or the callable for a built-in function
// or method descriptor. Both are called on the profiled thread.
type Profiler interface {
	Enter(t *object.Thread, key *object.Object)
	Leave(t *object.Thread, key *object.Object)
}

// SetProfiler makes p (nil for none) the profiler of st's thread.
func (st *State) SetProfiler(p Profiler) {
	st.profiler = p
	if p != nil && st.profileFunc != nil {
		// One profile hook per thread, as in CPython: cProfile's enable
		// replaces sys.setprofile's function.
		st.t.Decref(st.profileFunc)
		st.profileFunc = nil
	}
	st.updateHooked()
}

// Profiler returns the profiler set on st's thread, or nil.
func (st *State) Profiler() Profiler { return st.profiler }

// profiledBuiltin reports whether a call of callable is one a profiler
// hears of: a built-in function or a method descriptor.
func profiledBuiltin(callable *object.Object) bool {
	typ := callable.Type()
	return typ == object.BuiltinFunctionType || typ == object.MethodDescrType
}
