// This file is the hook a profiler sets on one thread (CPython's C-level
// profile function, PyEval_SetProfile, which _lsprof uses): it is told
// when the thread starts and stops running each piece of Python code
// (a function, a module or class body, a generator resumed) and each
// call of a built-in function or method.
//
// Nothing is paid for it while no profiler is set but one test per call
// made through Go and one per call the eval loop would otherwise run
// inline: while a profiler is set, Python-to-Python calls are not run
// inline in the caller's loop but each through run, which reports them.

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
func (st *State) SetProfiler(p Profiler) { st.profiler = p }

// Profiler returns the profiler set on st's thread, or nil.
func (st *State) Profiler() Profiler { return st.profiler }

// runProfiled is run's loop with the profiler told of the frame's code.
func (st *State) runProfiled(f *Frame) (*object.Object, error) {
	p, key := st.profiler, &f.code.Object
	p.Enter(st.t, key)
	defer func() {
		if st.profiler == p {
			p.Leave(st.t, key)
		}
	}()
	return st.runLoop(f)
}

// profiledBuiltin reports whether a call of callable is one a profiler
// hears of: a built-in function or a method descriptor.
func profiledBuiltin(callable *object.Object) bool {
	typ := callable.Type()
	return typ == object.BuiltinFunctionType || typ == object.MethodDescrType
}

// callProfiled calls callable with args for the eval loop while a
// profiler is set, telling it of built-in callables.
func (st *State) callProfiled(callable *object.Object, args []*object.Object, kwnames *object.Tuple) (*object.Object, error) {
	p := st.profiler
	if !profiledBuiltin(callable) {
		return object.Call(st.t, callable, args, kwnames)
	}
	p.Enter(st.t, callable)
	r, err := object.Call(st.t, callable, args, kwnames)
	if st.profiler == p {
		p.Leave(st.t, callable)
	}
	return r, err
}
