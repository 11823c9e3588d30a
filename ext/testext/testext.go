// Package testext is the _testext demo module, written only with the
// public extension API (packages ext and ext/unstable), as a third party
// would write it. Tests and benchmarks import it from Python:
//
//	import _testext
//	f = _testext.make_callable(deferred=True)
//	f(1, 2)                          # 3
//	_testext.enable_deferred([])     # 1 free-threaded, 0 with the GIL
//
// It provides a callable type, callable, whose instances add two numbers
// (a trivial body, so that benchmarks measure the call itself), Python
// wrappers of the unstable API, a function bound by reflection (add_ints)
// and one that panics (panic), to show the SystemError path.
package testext

import (
	"fmt"

	"github.com/ftpy/ftpy/ext"
	"github.com/ftpy/ftpy/ext/unstable"
	"github.com/ftpy/ftpy/object"
)

func init() {
	callableType.New = func(t *ext.Thread, args []*object.Object, kwnames *object.Tuple) (*object.Object, error) {
		if err := ext.CheckArgCount(t, "callable", args, kwnames, 0, 0); err != nil {
			return nil, err
		}
		return newCallable(t), nil
	}
	ext.Register(module)
}

var module = &ext.Module{
	Name: "_testext",
	Doc:  "ftpy's demo extension module, written with the public ext API.",
	Funcs: []ext.Func{
		{Name: "make_callable", Doc: "make_callable(deferred=True) -> a new callable; deferred reference counting is enabled on it when deferred is true.", Fn: makeCallable},
		{Name: "make_immortal_callable", Doc: "make_immortal_callable() -> a new immortal callable (unstable.SetImmortal).", Fn: makeImmortalCallable},
		{Name: "enable_deferred", Doc: "enable_deferred(obj) -> unstable.EnableDeferredRefcount(obj): 1 or 0.", Fn: oneArg("enable_deferred", func(t *ext.Thread, o *object.Object) any {
			return unstable.EnableDeferredRefcount(o)
		})},
		{Name: "is_immortal", Doc: "is_immortal(obj) -> unstable.IsImmortal(obj).", Fn: oneArg("is_immortal", func(t *ext.Thread, o *object.Object) any {
			return unstable.IsImmortal(o)
		})},
		{Name: "set_immortal", Doc: "set_immortal(obj) -> unstable.SetImmortal(obj): 1 when obj became immortal, else 0.", Fn: oneArg("set_immortal", func(t *ext.Thread, o *object.Object) any {
			return unstable.SetImmortal(t, o)
		})},
		{Name: "is_uniquely_referenced", Doc: "is_uniquely_referenced(obj) -> unstable.IsUniquelyReferenced(obj).", Fn: oneArg("is_uniquely_referenced", func(t *ext.Thread, o *object.Object) any {
			return unstable.IsUniquelyReferenced(t, o)
		})},
		{Name: "try_incref", Doc: "try_incref(obj) -> unstable.TryIncRef(obj); the reference it took is dropped again.", Fn: oneArg("try_incref", func(t *ext.Thread, o *object.Object) any {
			ok := unstable.TryIncRef(t, o)
			if ok {
				t.Decref(o)
			}
			return ok
		})},
		{Name: "enable_try_incref", Doc: "enable_try_incref(obj): unstable.EnableTryIncRef(obj).", Fn: oneArg("enable_try_incref", func(t *ext.Thread, o *object.Object) any {
			unstable.EnableTryIncRef(o)
			return nil
		})},
		ext.Bind("add_ints", func(a, b int64) (int64, error) { return a + b, nil }),
		{Name: "panic", Doc: "panic(): a Go panic, raised as SystemError.", Fn: func(t *ext.Thread, args []*object.Object, kwnames *object.Tuple) (*object.Object, error) {
			panic("_testext.panic() was called")
		}},
	},
	Types: []*ext.Type{callableType},
	Init: func(t *ext.Thread, m *ext.ModuleObject) error {
		m.AddStr(t, "API", "ext")
		m.AddInt(t, "VERSION", 1)
		return nil
	},
}

// oneArg wraps a function of one object argument whose result is
// converted with ext.FromGo.
func oneArg(name string, f func(t *ext.Thread, o *object.Object) any) ext.FuncImpl {
	return func(t *ext.Thread, args []*object.Object, kwnames *object.Tuple) (*object.Object, error) {
		if err := ext.CheckArgCount(t, name, args, kwnames, 1, 1); err != nil {
			return nil, err
		}
		return ext.FromGo(t, f(t, args[0]))
	}
}

// callable is a function-like object of the extension's own type, like
// nanobind's nb_func: calling it adds its two arguments.
type callable struct {
	object.Object
	id int64
}

var callableType = &ext.Type{
	Name: "callable",
	Doc:  "callable() -> an object whose call returns the sum of its two arguments.",
	GC:   true, // tracked, so that deferred reference counting applies
	// Weakly referenceable, as nanobind's nb_func is (functools caches
	// and WeakValueDictionary registries hold extension functions so).
	Weakrefable: true,
	Call:        callableCall,
	Repr: func(t *ext.Thread, self *object.Object) (string, error) {
		return fmt.Sprintf("<_testext.callable #%d>", ext.As[callable](self).id), nil
	},
	Attrs: []ext.Attr{{Name: "id", Doc: "the callable's number (settable)",
		Get: func(t *ext.Thread, self *object.Object) (*object.Object, error) {
			return ext.FromGo(t, ext.As[callable](self).id)
		},
		Set: func(t *ext.Thread, self, v *object.Object) error {
			if v == nil {
				return ext.Errorf(t, ext.TypeError, "cannot delete id")
			}
			n, err := ext.ToGo[int64](t, v)
			if err != nil {
				return err
			}
			ext.As[callable](self).id = n
			return nil
		}}},
}

// callableCall adds two numbers with the interpreter's + (ints, floats,
// anything with __add__). It neither increfs self nor its type.
func callableCall(t *ext.Thread, self *object.Object, args []*object.Object, kwnames *object.Tuple) (*object.Object, error) {
	if len(args) != 2 || ext.NumKeywords(kwnames) != 0 {
		return nil, ext.Errorf(t, ext.TypeError, "callable() takes 2 positional arguments but %d were given", len(args))
	}
	return object.BinaryOperation(t, args[0], args[1], object.OpAdd)
}

func newCallable(t *ext.Thread) *object.Object {
	c := &callable{}
	callableType.Init(t, &c.Object)
	return &c.Object
}

func makeCallable(t *ext.Thread, args []*object.Object, kwnames *object.Tuple) (*object.Object, error) {
	var deferredArg *object.Object
	if err := ext.ParseArgs(t, "make_callable", args, kwnames, []string{"deferred"}, 0, &deferredArg); err != nil {
		return nil, err
	}
	deferred := true
	if deferredArg != nil {
		b, err := object.IsTrue(t, deferredArg)
		if err != nil {
			return nil, err
		}
		deferred = b
	}
	c := newCallable(t)
	if deferred {
		unstable.EnableDeferredRefcount(c)
	}
	return c, nil
}

func makeImmortalCallable(t *ext.Thread, args []*object.Object, kwnames *object.Tuple) (*object.Object, error) {
	if err := ext.CheckArgCount(t, "make_immortal_callable", args, kwnames, 0, 0); err != nil {
		return nil, err
	}
	c := newCallable(t)
	unstable.SetImmortal(t, c)
	return c, nil
}
