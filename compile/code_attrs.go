package compile

import (
	"sync/atomic"

	"github.com/ftpy/ftpy/object"
)

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
	{Name: "co_consts", Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
		consts := object.Cast[Code](o).Consts
		items := make([]*object.Object, len(consts))
		for i, c := range consts {
			items[i] = t.NewRef(c)
		}
		return object.NewTuple(t, items).Obj(), nil
	}},
	{Name: "co_flags", Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
		// CPython 3.11 has no CO_NOFREE any more: ftpy keeps it inside.
		return object.NewInt(t, int64(object.Cast[Code](o).Flags&^FlagNoFree)), nil
	}},
}

// codeMethods holds code.replace, which supports co_flags only: what
// types.coroutine needs to mark a generator's code as an iterable
// coroutine.
var codeMethods = []object.MethodDef{
	{Name: "replace", Fn: func(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if len(args) > len(kwNames(kw)) {
			return nil, t.Errorf(object.TypeErrorType, "replace() takes no positional arguments")
		}
		c := object.Cast[Code](self)
		flags := c.Flags
		names := kwNames(kw)
		vals := args[len(args)-len(names):]
		for i, name := range names {
			if name != "co_flags" {
				return nil, t.Errorf(object.NotImplementedErrorType, "code.replace(): ftpy supports only co_flags, not %s", name)
			}
			n, err := object.AsInt64(t, vals[i])
			if err != nil {
				return nil, err
			}
			flags = int(n)
		}
		return &c.WithFlags(t, flags&^FlagNoFree|c.Flags&FlagNoFree).Object, nil
	}},
}

func kwNames(kw *object.Tuple) []string {
	if kw == nil {
		return nil
	}
	out := make([]string, len(kw.Items))
	for i, k := range kw.Items {
		out[i] = object.StrValue(k)
	}
	return out
}

// WithFlags returns a copy of c (immortal, as code objects are) whose
// flags are flags.
func (c *Code) WithFlags(t *object.Thread, flags int) *Code {
	n := &Code{
		Name: c.Name, QualName: c.QualName, NameObj: c.NameObj, QualNameObj: c.QualNameObj,
		LocalNameObjs: c.LocalNameObjs, Filename: c.Filename, FirstLine: c.FirstLine, Flags: flags,
		ArgCount: c.ArgCount, PosOnlyArgCount: c.PosOnlyArgCount, KwOnlyArgCount: c.KwOnlyArgCount,
		Instrs: c.Instrs, Positions: c.Positions, Consts: c.Consts, Names: c.Names,
		LocalNames: c.LocalNames, CellNames: c.CellNames, FreeNames: c.FreeNames, Cell2Arg: c.Cell2Arg,
		StackSize: c.StackSize, numSlots: c.numSlots, ExceptionTable: c.ExceptionTable,
		Caches:       make([]atomic.Pointer[InlineCache], len(c.Instrs)),
		SimpleParams: c.SimpleParams,
	}
	t.Init(&n.Object, CodeType)
	t.MakeImmortal(&n.Object)
	return n
}

func strTuple(t *object.Thread, names []string) *object.Object {
	items := make([]*object.Object, len(names))
	for i, n := range names {
		items[i] = object.NewStr(t, n)
	}
	return object.NewTuple(t, items).Obj()
}
