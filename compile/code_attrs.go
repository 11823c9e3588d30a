package compile

import "github.com/ftpy/ftpy/object"

// codeGetSets are the read-only co_* attributes of code objects that
// introspecting programs read most (generators' gi_code.co_name, the
// free-variable count exec checks against a closure).
var codeGetSets = []object.GetSetDef{
	{Name: "co_name", Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
		return object.NewStr(t, object.Cast[Code](o).Name), nil
	}},
	{Name: "co_qualname", Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
		return object.NewStr(t, object.Cast[Code](o).QualName), nil
	}},
	{Name: "co_filename", Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
		return object.NewStr(t, object.Cast[Code](o).Filename), nil
	}},
	{Name: "co_firstlineno", Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
		return object.NewInt(t, int64(object.Cast[Code](o).FirstLine)), nil
	}},
	{Name: "co_argcount", Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
		return object.NewInt(t, int64(object.Cast[Code](o).ArgCount)), nil
	}},
	{Name: "co_posonlyargcount", Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
		return object.NewInt(t, int64(object.Cast[Code](o).PosOnlyArgCount)), nil
	}},
	{Name: "co_kwonlyargcount", Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
		return object.NewInt(t, int64(object.Cast[Code](o).KwOnlyArgCount)), nil
	}},
	{Name: "co_varnames", Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
		return strTuple(t, object.Cast[Code](o).LocalNames), nil
	}},
	{Name: "co_cellvars", Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
		return strTuple(t, object.Cast[Code](o).CellNames), nil
	}},
	{Name: "co_freevars", Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
		return strTuple(t, object.Cast[Code](o).FreeNames), nil
	}},
}

func strTuple(t *object.Thread, names []string) *object.Object {
	items := make([]*object.Object, len(names))
	for i, n := range names {
		items[i] = object.NewStr(t, n)
	}
	return object.NewTuple(t, items).Obj()
}
