// Package warnings implements the part of CPython's _warnings C module
// that ftpy needs: warn, which Go code and the import system call. The
// filters, the once-registry and showwarning stay in the Lib's
// warnings.py, which imports them from _warnings only when all of them
// are there and otherwise keeps its own pure-Python versions, as it
// does here; _warnings.warn hands each warning to that module.
package warnings

import (
	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/vm"
)

func init() { vm.RegisterModule("_warnings", newModule) }

// warn is _warnings.warn(message, category=None, stacklevel=1,
// source=None): warnings.warn of the Lib's module, imported on first use.
// A Go builtin adds no frame, so the stack level means the same there.
func warn(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	var message, category, stacklevel, source *object.Object
	if err := object.ParseArgs(t, "warn", args, kw, []string{"message", "category", "stacklevel", "source"}, 1,
		&message, &category, &stacklevel, &source); err != nil {
		return nil, err
	}
	st := vm.StateOf(t)
	mod, err := st.Import("warnings")
	if err != nil {
		return nil, err
	}
	defer t.Decref(mod)
	f, err := object.GetAttrString(t, mod, "warn")
	if err != nil {
		return nil, err
	}
	defer t.Decref(f)
	if category == nil {
		category = object.None
	}
	if stacklevel == nil {
		stacklevel = object.SmallInt(1)
	}
	if source == nil {
		source = object.None
	}
	return object.Call(t, f, []*object.Object{message, category, stacklevel, source}, nil)
}

var funcs = []object.MethodDef{{Name: "warn", Fn: warn}}

func newModule(st *vm.State) (*object.Object, error) {
	t := st.Thread()
	m := st.NewModule("_warnings")
	for i := range funcs {
		m.Dict.SetStr(t, object.Intern(funcs[i].Name), object.NewStaticBuiltin(&funcs[i]))
	}
	return m.Obj(), nil
}
