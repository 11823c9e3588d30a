// This file gives built-in functions and methods __reduce__ (CPython's
// meth_reduce), so that pickle and copy handle len, math.sin and
// [].append: a module's function pickles by its qualified name, a bound
// method as getattr(self, name).

package vm

import "github.com/ftpy/ftpy/object"

func init() {
	object.ReadyType(object.BuiltinFunctionType, []object.MethodDef{{Name: "__reduce__", Fn: builtinFunctionReduce}}, nil)
}

var strGetattrBuiltin = object.Intern("getattr")

func builtinFunctionReduce(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if err := object.CheckArgCount(t, "builtin_function_or_method.__reduce__", args, kw, 0, 0); err != nil {
		return nil, err
	}
	f := object.Cast[object.BuiltinFunction](self)
	if f.Self == nil || IsModule(f.Self) {
		return object.GetAttrString(t, self, "__qualname__")
	}
	getattr := stateOf(t).interp.Builtins.GetStrRef(t, strGetattrBuiltin)
	if getattr == nil {
		return nil, t.Errorf(object.RuntimeErrorType, "lost builtins.getattr")
	}
	inner := object.NewTupleRefs(t, t.NewRef(f.Self), object.NewStr(t, f.Def.Name)).Obj()
	return object.NewTupleRefs(t, getattr, inner).Obj(), nil
}
