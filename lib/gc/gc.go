// Package gc implements the gc module on the object core's collector.
package gc

import (
	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/vm"
)

func init() { vm.RegisterModule("gc", newModule) }

func noArgs(name string, f func(t *object.Thread) (*object.Object, error)) object.MethodDef {
	return object.MethodDef{Name: name, Fn: func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, name, args, kw, 0, 0); err != nil {
			return nil, err
		}
		return f(t)
	}}
}

func oneArg(name string, f func(t *object.Thread, o *object.Object) (*object.Object, error)) object.MethodDef {
	return object.MethodDef{Name: name, Fn: func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, name, args, kw, 1, 1); err != nil {
			return nil, err
		}
		return f(t, args[0])
	}}
}

var funcs = []object.MethodDef{
	{Name: "collect", Fn: func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		npos := len(args)
		if kw != nil {
			npos -= len(kw.Items)
		}
		if npos > 1 {
			return nil, t.Errorf(object.TypeErrorType, "collect() takes at most 1 argument (%d given)", npos)
		}
		var genArg *object.Object
		if err := object.ParseArgs(t, "collect", args, kw, []string{"generation"}, 0, &genArg); err != nil {
			return nil, err
		}
		gen := int64(2)
		if genArg != nil {
			var err error
			if gen, err = object.AsInt64(t, genArg); err != nil {
				return nil, err
			}
			if gen < 0 || gen > 2 {
				return nil, t.Errorf(object.ValueErrorType, "invalid generation")
			}
		}
		collected, uncollectable := t.CollectGeneration(int(gen))
		return object.NewInt(t, int64(collected+uncollectable)), nil
	}},
	noArgs("enable", func(t *object.Thread) (*object.Object, error) { object.GCEnable(true); return object.None, nil }),
	noArgs("disable", func(t *object.Thread) (*object.Object, error) { object.GCEnable(false); return object.None, nil }),
	noArgs("isenabled", func(t *object.Thread) (*object.Object, error) { return object.NewBool(object.GCEnabled()), nil }),
	noArgs("freeze", func(t *object.Thread) (*object.Object, error) { t.Freeze(); return object.None, nil }),
	noArgs("unfreeze", func(t *object.Thread) (*object.Object, error) { t.Unfreeze(); return object.None, nil }),
	noArgs("get_freeze_count", func(t *object.Thread) (*object.Object, error) {
		return object.NewInt(t, int64(object.FreezeCount())), nil
	}),
	noArgs("get_count", func(t *object.Thread) (*object.Object, error) {
		return object.NewTupleRefs(t, object.NewInt(t, int64(object.GCCount())), object.SmallInt(0), object.SmallInt(0)).Obj(), nil
	}),
	noArgs("get_threshold", func(t *object.Thread) (*object.Object, error) {
		return object.NewTupleRefs(t, object.NewInt(t, int64(object.Threshold())), object.SmallInt(10), object.SmallInt(10)).Obj(), nil
	}),
	{Name: "set_threshold", Fn: func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, "set_threshold", args, kw, 1, 3); err != nil {
			return nil, err
		}
		n, err := object.AsInt64(t, args[0])
		if err != nil {
			return nil, err
		}
		object.SetThreshold(int(n))
		return object.None, nil
	}},
	oneArg("is_tracked", func(t *object.Thread, o *object.Object) (*object.Object, error) {
		return object.NewBool(o.IsTracked()), nil
	}),
	oneArg("is_finalized", func(t *object.Thread, o *object.Object) (*object.Object, error) {
		return object.NewBool(o.IsFinalized()), nil
	}),
	noArgs("get_objects", func(t *object.Thread) (*object.Object, error) {
		return object.NewList(t, t.TrackedObjects()).Obj(), nil
	}),
	{Name: "get_referrers", Fn: func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		return object.NewList(t, t.Referrers(args...)).Obj(), nil
	}},
	{Name: "get_referents", Fn: func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		var out []*object.Object
		for _, a := range args {
			out = append(out, t.Referents(a)...)
		}
		return object.NewList(t, out).Obj(), nil
	}},
}

func newModule(st *vm.State) (*object.Object, error) {
	t := st.Thread()
	m := st.NewModule("gc")
	for i := range funcs {
		m.Dict.SetStr(t, object.Intern(funcs[i].Name), object.NewStaticBuiltin(&funcs[i]))
	}
	garbage := object.NewList(t, t.Garbage())
	m.Dict.SetStr(t, object.Intern("garbage"), garbage.Obj())
	t.Decref(garbage.Obj())
	cbs := callbacksFor(t, st.Interp())
	m.Dict.SetStr(t, object.Intern("callbacks"), cbs.Obj())
	t.Decref(cbs.Obj())
	object.SetCollectHook(runCallbacks)
	return m.Obj(), nil
}
