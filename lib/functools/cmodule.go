package functools

import (
	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/vm"
)

// This file builds _functools, CPython's C module under functools.py:
// partial, reduce, cmp_to_key and _lru_cache_wrapper.

func init() { vm.RegisterModule("_functools", newCModule) }

func newCModule(st *vm.State) (*object.Object, error) {
	t := st.Thread()
	m := st.NewModule("_functools")
	m.Dict.SetStr(t, object.Intern("partial"), partialType.Obj())
	m.Dict.SetStr(t, object.Intern("_lru_cache_wrapper"), lruType.Obj())
	for i := range funcs {
		switch funcs[i].Name {
		case "reduce", "cmp_to_key":
			m.Dict.SetStr(t, object.Intern(funcs[i].Name), object.NewStaticBuiltin(&funcs[i]))
		}
	}
	object.ClaimModuleFunctions(m.Dict, "_functools")
	return m.Obj(), nil
}
