// This file holds the constructors: module functions for the MD5 and
// SHA-1/SHA-2 modules (md5(string=b'', *, usedforsecurity=True)), and a
// type's own __new__ for _sha3 and _blake2, whose classes are called.

package hashobj

import (
	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/vm"
)

var funcParams = []string{"string", "$usedforsecurity"}

// Constructor returns the module function name that makes a hash of
// alg as an object of typ.
func Constructor(name string, typ *object.Type, alg *Algorithm) object.MethodDef {
	return object.MethodDef{Name: name, Fn: func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		var data, usedForSecurity *object.Object
		if err := object.ParseArgs(t, name, args, kw, funcParams, 0, &data, &usedForSecurity); err != nil {
			return nil, err
		}
		return construct(t, typ, alg, data)
	}}
}

var typeParams = []string{"/data", "$usedforsecurity"}

// MakeCallable lets Python call typ to make a hash of alg, as _sha3's
// classes are.
func MakeCallable(typ *object.Type, alg *Algorithm) {
	typ.New = func(t *object.Thread, sub *object.Type, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		var data, usedForSecurity *object.Object
		if err := object.ParseArgs(t, typ.Name, args, kw, typeParams, 0, &data, &usedForSecurity); err != nil {
			return nil, err
		}
		return construct(t, sub, alg, data)
	}
}

func construct(t *object.Thread, typ *object.Type, alg *Algorithm, data *object.Object) (*object.Object, error) {
	s := NewState(alg)
	if data != nil && data != object.None {
		b, err := Data(t, data)
		if err != nil {
			return nil, err
		}
		s.Update(b)
	}
	return New(t, typ, s), nil
}

// NewModule makes a hash module with its constructor functions and the
// types it names.
func NewModule(st *vm.State, name string, funcs []object.MethodDef, types map[string]*object.Type) (*object.Object, error) {
	t := st.Thread()
	m := st.NewModule(name)
	for i := range funcs {
		m.Dict.SetStr(t, object.Intern(funcs[i].Name), object.NewStaticBuiltin(&funcs[i]))
	}
	object.ClaimModuleFunctions(m.Dict, name)
	for n, typ := range types {
		m.Dict.SetStr(t, object.Intern(n), typ.Obj())
	}
	return m.Obj(), nil
}
