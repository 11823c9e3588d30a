// Package tracemalloc implements _tracemalloc, CPython's C module under
// tracemalloc.py, without tracing. CPython hooks its own allocators to
// record where each block came from; ftpy's objects are allocated by
// Go's runtime, which offers no per-allocation hook that costs nothing
// while tracing is off. So tracing is never on: is_tracing() is False,
// the queries answer as CPython does when tracing is off (no traces, no
// traced memory), and start() checks its argument as CPython does, then
// raises RuntimeError saying that ftpy cannot trace.
package tracemalloc

import (
	"math"

	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/vm"
)

func init() { vm.RegisterModule("_tracemalloc", newModule) }

// maxFrames is the largest traceback limit start() accepts (CPython's
// MAX_NFRAME).
const maxFrames = 65535

var funcs = []object.MethodDef{
	{Name: "is_tracing", Fn: noArgs("is_tracing", func(t *object.Thread) *object.Object { return object.False })},
	{Name: "clear_traces", Fn: noArgs("clear_traces", none)},
	{Name: "stop", Fn: noArgs("stop", none)},
	{Name: "reset_peak", Fn: noArgs("reset_peak", none)},
	{Name: "get_traceback_limit", Fn: noArgs("get_traceback_limit", func(t *object.Thread) *object.Object { return object.NewInt(t, 1) })},
	{Name: "get_traced_memory", Fn: noArgs("get_traced_memory", func(t *object.Thread) *object.Object {
		return object.NewTuple(t, []*object.Object{object.NewInt(t, 0), object.NewInt(t, 0)}).Obj()
	})},
	{Name: "get_tracemalloc_memory", Fn: noArgs("get_tracemalloc_memory", func(t *object.Thread) *object.Object { return object.NewInt(t, 0) })},
	{Name: "_get_traces", Fn: noArgs("_get_traces", func(t *object.Thread) *object.Object { return object.NewList(t, nil).Obj() })},
	{Name: "_get_object_traceback", Fn: getObjectTraceback},
	{Name: "start", Fn: start},
}

func none(*object.Thread) *object.Object { return object.None }

// noArgs makes a function of no arguments from f.
func noArgs(name string, f func(t *object.Thread) *object.Object) object.CFunc {
	return func(t *object.Thread, _ *object.Object, args []*object.Object, kwnames *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, name, args, kwnames, 0, 0); err != nil {
			return nil, err
		}
		return f(t), nil
	}
}

// getObjectTraceback is _get_object_traceback(obj): None, as for any
// object allocated while tracing was off.
func getObjectTraceback(t *object.Thread, _ *object.Object, args []*object.Object, kwnames *object.Tuple) (*object.Object, error) {
	if err := object.CheckArgCount(t, "_get_object_traceback", args, kwnames, 1, 1); err != nil {
		return nil, err
	}
	return object.None, nil
}

// start is start(nframe=1).
func start(t *object.Thread, _ *object.Object, args []*object.Object, kwnames *object.Tuple) (*object.Object, error) {
	if err := object.CheckArgCount(t, "start", args, kwnames, 0, 1); err != nil {
		return nil, err
	}
	if len(args) == 1 {
		if object.IsFloat(args[0]) {
			return nil, t.Errorf(object.TypeErrorType, "'float' object cannot be interpreted as an integer")
		}
		n, err := object.AsInt64(t, args[0])
		if err != nil {
			if object.ErrorMatches(err, object.OverflowErrorType) {
				t.DropError(err)
				return nil, t.Errorf(object.OverflowErrorType, "Python int too large to convert to C int")
			}
			return nil, err
		}
		if n > math.MaxInt32 || n < math.MinInt32 {
			return nil, t.Errorf(object.OverflowErrorType, "Python int too large to convert to C int")
		}
		if n < 1 || n > maxFrames {
			return nil, t.Errorf(object.ValueErrorType, "the number of frames must be in range [1; %d]", maxFrames)
		}
	}
	return nil, t.Errorf(object.RuntimeErrorType, "ftpy cannot trace memory allocations: its objects are allocated by Go's runtime, which tracemalloc cannot hook")
}

func newModule(st *vm.State) (*object.Object, error) {
	t := st.Thread()
	m := st.NewModule("_tracemalloc")
	m.Dict.SetStr(t, object.Intern("__doc__"), object.NewStr(t, "Traces of the memory blocks Python allocates (never on in ftpy)."))
	for i := range funcs {
		m.Dict.SetStr(t, object.Intern(funcs[i].Name), object.NewStaticBuiltin(&funcs[i]))
	}
	object.ClaimModuleFunctions(m.Dict, "_tracemalloc")
	return m.Obj(), nil
}
