// This file implements calling the function type itself
// (types.FunctionType(code, globals, ...)), which builds a function from a
// code object, with CPython's argument checks.

package vm

import (
	"github.com/ftpy/ftpy/compile"
	"github.com/ftpy/ftpy/object"
)

var functionNewParams = []string{"code", "globals", "name", "argdefs", "closure"}

// functionNew is function.__new__(type, code, globals, name=None,
// argdefs=None, closure=None).
func functionNew(t *object.Thread, typ *object.Type, args []*object.Object, kwnames *object.Tuple) (*object.Object, error) {
	var codeObj, globalsObj, name, argdefs, closure *object.Object
	if err := object.ParseArgs(t, "function", args, kwnames, functionNewParams, 2,
		&codeObj, &globalsObj, &name, &argdefs, &closure); err != nil {
		return nil, err
	}
	if codeObj.Type() != compile.CodeType {
		return nil, t.Errorf(object.TypeErrorType, "function() argument 'code' must be code, not %s", codeObj.Type().Name)
	}
	if !object.IsDict(globalsObj) {
		return nil, t.Errorf(object.TypeErrorType, "function() argument 'globals' must be dict, not %s", globalsObj.Type().Name)
	}
	if name == object.None {
		name = nil
	}
	if name != nil && !object.IsStr(name) {
		return nil, t.Errorf(object.TypeErrorType, "arg 3 (name) must be None or string")
	}
	if argdefs == object.None {
		argdefs = nil
	}
	if argdefs != nil && !object.IsTuple(argdefs) {
		return nil, t.Errorf(object.TypeErrorType, "arg 4 (defaults) must be None or tuple")
	}
	code := object.Cast[compile.Code](codeObj)
	if closure == object.None {
		closure = nil
	}
	nfree := len(code.FreeNames)
	switch {
	case closure == nil && nfree > 0:
		return nil, t.Errorf(object.TypeErrorType, "arg 5 (closure) must be tuple")
	case closure != nil && !object.IsTuple(closure):
		return nil, t.Errorf(object.TypeErrorType, "arg 5 (closure) must be None or tuple")
	}
	var cells *object.Tuple
	if closure != nil {
		cells = object.AsTuple(closure)
		if len(cells.Items) != nfree {
			return nil, t.Errorf(object.ValueErrorType, "%s requires closure of length %d, not %d", code.Name, nfree, len(cells.Items))
		}
		for _, c := range cells.Items {
			if c.Type() != CellType {
				return nil, t.Errorf(object.TypeErrorType, "arg 5 (closure) expected cell, found %s", c.Type().Name)
			}
		}
	}
	f := stateOf(t).newFunction(code, object.AsDict(globalsObj))
	if name != nil {
		old := f.Name
		f.Name = t.NewRef(name)
		t.Decref(old)
	}
	if argdefs != nil {
		f.Defaults = object.AsTuple(t.NewRef(argdefs))
	}
	if cells != nil {
		f.Closure = object.AsTuple(t.NewRef(closure))
	}
	return &f.Object, nil
}
