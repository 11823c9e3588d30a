// Package collections implements _collections, CPython's C module under
// collections/__init__.py (deque and its iterators, defaultdict,
// _count_elements, _tuplegetter), and ftpy's old collections module
// (deque, defaultdict, OrderedDict, Counter, namedtuple) until the Lib's
// replaces it.
package collections

import (
	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/vm"
)

// goMethod is a Go function stored in a class built at run time: like a
// method descriptor, it binds to the instance it is fetched from (or to
// the class, for a class method).
type goMethod struct {
	object.Object
	def *object.MethodDef
}

var goMethodType = object.NewStaticType(&object.Type{
	Name: "method_descriptor",
	DescrGet: func(t *object.Thread, d, obj *object.Object, typ *object.Type) (*object.Object, error) {
		m := object.Cast[goMethod](d)
		if m.def.Kind == object.ClassMethod {
			return &object.NewBuiltinFunction(t, m.def, typ.Obj()).Object, nil
		}
		if obj == nil {
			return t.NewRef(d), nil
		}
		return &object.NewBuiltinFunction(t, m.def, obj).Object, nil
	},
	Call: func(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		m := object.Cast[goMethod](self)
		if len(args) == 0 || (kw != nil && len(args) == len(kw.Items)) {
			return nil, t.Errorf(object.TypeErrorType, "unbound method %s() needs an argument", m.def.Name)
		}
		return m.def.Fn(t, args[0], args[1:], kw)
	},
})

// NewGoMethod returns a descriptor calling def's function with the
// instance (or, for def.Kind == ClassMethod, the class) as self. It
// lives as long as def does.
func NewGoMethod(t *object.Thread, def *object.MethodDef) *object.Object {
	m := &goMethod{def: def}
	t.Init(&m.Object, goMethodType)
	return &m.Object
}

func init() {
	object.ReadyType(goMethodType, nil, nil)
	vm.RegisterModule("collections", newModule)
	vm.RegisterModule("_collections", newCModule)
}

var moduleTypes []*object.Type
var funcs []object.MethodDef

func newModule(st *vm.State) (*object.Object, error) {
	t := st.Thread()
	m := st.NewModule("collections")
	mod := object.NewStrStatic("collections")
	for _, typ := range moduleTypes {
		typ.Dict.SetStr(t, object.Intern("__module__"), mod)
		m.Dict.SetStr(t, object.Intern(typ.Name), typ.Obj())
	}
	tupleGetterType.Dict.SetStr(t, object.Intern("__module__"), object.NewStrStatic("_collections"))
	for i := range funcs {
		m.Dict.SetStr(t, object.Intern(funcs[i].Name), object.NewStaticBuiltin(&funcs[i]))
	}
	if err := runSource(st, m.Dict); err != nil {
		t.Decref(m.Obj())
		return nil, err
	}
	return m.Obj(), nil
}

func npos(args []*object.Object, kw *object.Tuple) int {
	if kw == nil {
		return len(args)
	}
	return len(args) - len(kw.Items)
}

func reprOf(t *object.Thread, o *object.Object) (string, error) { return object.ReprString(t, o) }
