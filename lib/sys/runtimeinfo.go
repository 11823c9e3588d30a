// This file adds the smaller sys attributes that describe the runtime:
// maxunicode, thread_info, _stdlib_dir, the dlopen flags (kept for the
// Lib's ctypes-less callers; ftpy loads no shared libraries) and
// call_tracing, and CPython's debugging helpers that have nothing to
// report on ftpy (_clear_type_cache, _getquickenedcount,
// _debugmallocstats). getallocatedblocks is left out: Go keeps no count
// of blocks, and its absence tells the Lib's tests so.

package sys

import (
	"sync/atomic"

	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/vm"
)

var threadInfoType = object.NewStructSeqType(&object.StructSeqDesc{Name: "sys.thread_info",
	Doc:         "A named tuple holding information about the thread implementation.",
	Fields:      fields("name", "lock", "version"),
	NInSequence: 3})

// dlopenFlags is sys.getdlopenflags(): RTLD_NOW, as CPython starts with.
var dlopenFlags atomic.Int64

func init() { dlopenFlags.Store(2) }

var runtimeFuncs = []object.MethodDef{
	noArgs("getdlopenflags", func(t *object.Thread) (*object.Object, error) {
		return object.NewInt(t, dlopenFlags.Load()), nil
	}),
	fn("setdlopenflags", func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, "setdlopenflags", args, kw, 1, 1); err != nil {
			return nil, err
		}
		n, err := asCInt(t, args[0])
		if err != nil {
			return nil, err
		}
		dlopenFlags.Store(n)
		return object.None, nil
	}),
	fn("call_tracing", func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, "call_tracing", args, kw, 2, 2); err != nil {
			return nil, err
		}
		if !object.IsTuple(args[1]) {
			return nil, t.Errorf(object.TypeErrorType, "call_tracing() argument 2 must be tuple, not %s", args[1].Type().Name)
		}
		return object.Call(t, args[0], object.AsTuple(args[1]).Items, nil)
	}),
	// The type attribute cache is kept right on every change; there is
	// nothing stale to clear.
	noArgs("_clear_type_cache", func(t *object.Thread) (*object.Object, error) { return object.None, nil }),
	// No code is quickened (specialised) in ftpy.
	noArgs("_getquickenedcount", func(t *object.Thread) (*object.Object, error) { return object.SmallInt(0), nil }),
	// CPython prints its allocator's statistics to stderr; Go's allocator
	// has none of those.
	noArgs("_debugmallocstats", func(t *object.Thread) (*object.Object, error) { return object.None, nil }),
}

func setRuntimeAttrs(st *vm.State, d *object.Dict) {
	t := st.Thread()
	set := func(name string, v *object.Object) {
		d.SetStr(t, object.Intern(name), v)
		t.Decref(v)
	}
	for i := range runtimeFuncs {
		d.SetStr(t, object.Intern(runtimeFuncs[i].Name), object.NewStaticBuiltin(&runtimeFuncs[i]))
	}
	set("maxunicode", object.NewInt(t, 0x10ffff))
	set("thread_info", object.NewStructSeq(t, threadInfoType, []*object.Object{
		object.NewStr(t, "pthread"), object.NewStr(t, "mutex+cond"), t.NewRef(object.None)}))
	if dir := st.Interp().Stdlib; dir != "" {
		set("_stdlib_dir", object.NewStr(t, dir))
	} else {
		set("_stdlib_dir", t.NewRef(object.None))
	}
}
