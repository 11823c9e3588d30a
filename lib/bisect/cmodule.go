package bisect

import (
	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/vm"
)

// _bisect is CPython's C module under bisect.py: the four functions,
// without the bisect and insort aliases bisect.py adds.

func init() { vm.RegisterModule("_bisect", newCModule) }

func newCModule(st *vm.State) (*object.Object, error) {
	t := st.Thread()
	m := st.NewModule("_bisect")
	for i := range funcs {
		m.Dict.SetStr(t, object.Intern(funcs[i].Name), object.NewStaticBuiltin(&funcs[i]))
	}
	object.ClaimModuleFunctions(m.Dict, "_bisect")
	return m.Obj(), nil
}
