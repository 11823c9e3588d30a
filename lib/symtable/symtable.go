// Package symtable implements _symtable, CPython's C module under
// symtable.py: symtable(source, filename, mode) returns the program's
// symbol table (ftpy's compiler's, compile.Symtable) as a tree of
// "symtable entry" objects with CPython's attributes (name, type, id,
// lineno, nested, symbols, varnames, children) and flag words.
//
// One difference remains: CPython's blocks also list the implicit
// names its code generation adds (a class's __class__ cell is not among
// them, so neither is it here).
package symtable

import (
	"unicode/utf8"

	"github.com/ftpy/ftpy/compile"
	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/syntax"
	"github.com/ftpy/ftpy/vm"
)

func init() {
	object.ReadyType(entryType, nil, entryGetSets)
	vm.RegisterModule("_symtable", newModule)
}

// entry is a symtable entry: one block, its attributes made once.
type entry struct {
	object.Object
	name, symbols, varnames, children *object.Object // owned
	typ, lineno                       int
	nested                            bool
}

var entryType = object.NewStaticType(&object.Type{
	Name: "symtable entry",
	Repr: func(t *object.Thread, o *object.Object) (*object.Object, error) {
		e := object.Cast[entry](o)
		return object.NewStr(t, "<symtable entry "+object.StrValue(e.name)+"("+itoa(int64(uintptr(object.Pointer(o))))+"), line "+itoa(int64(e.lineno))+">"), nil
	},
	Dealloc: func(t *object.Thread, o *object.Object) {
		e := object.Cast[entry](o)
		for _, p := range []**object.Object{&e.name, &e.symbols, &e.varnames, &e.children} {
			if *p != nil {
				t.Decref(*p)
				*p = nil
			}
		}
	},
})

func itoa(n int64) string {
	if n == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	neg := n < 0
	if neg {
		n = -n
	}
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}

func attr(get func(e *entry, t *object.Thread) *object.Object) func(t *object.Thread, o *object.Object) (*object.Object, error) {
	return func(t *object.Thread, o *object.Object) (*object.Object, error) {
		return get(object.Cast[entry](o), t), nil
	}
}

var entryGetSets = []object.GetSetDef{
	{Name: "name", Get: attr(func(e *entry, t *object.Thread) *object.Object { return t.NewRef(e.name) })},
	{Name: "symbols", Get: attr(func(e *entry, t *object.Thread) *object.Object { return t.NewRef(e.symbols) })},
	{Name: "varnames", Get: attr(func(e *entry, t *object.Thread) *object.Object { return t.NewRef(e.varnames) })},
	{Name: "children", Get: attr(func(e *entry, t *object.Thread) *object.Object { return t.NewRef(e.children) })},
	{Name: "type", Get: attr(func(e *entry, t *object.Thread) *object.Object { return object.NewInt(t, int64(e.typ)) })},
	{Name: "lineno", Get: attr(func(e *entry, t *object.Thread) *object.Object { return object.NewInt(t, int64(e.lineno)) })},
	{Name: "nested", Get: attr(func(e *entry, t *object.Thread) *object.Object {
		if e.nested {
			return object.NewInt(t, 1)
		}
		return object.NewInt(t, 0)
	})},
	{Name: "id", Get: attr(func(e *entry, t *object.Thread) *object.Object {
		return object.NewInt(t, int64(uintptr(object.Pointer(&e.Object))))
	})},
}

// newEntry makes the entry for block b and its children.
func newEntry(t *object.Thread, b *compile.SymbolTable) *object.Object {
	e := &entry{typ: b.Type, lineno: b.Lineno, nested: b.Nested}
	t.Init(&e.Object, entryType)
	e.name = object.NewStr(t, b.Name)
	d := object.NewDict(t)
	for i, n := range b.Names {
		v := object.NewInt(t, int64(b.Flags[i]))
		d.SetStr(t, object.Intern(n), v)
		t.Decref(v)
	}
	e.symbols = d.Obj()
	names := make([]*object.Object, len(b.Varnames))
	for i, n := range b.Varnames {
		names[i] = object.NewStr(t, n)
	}
	e.varnames = object.NewList(t, names).Obj()
	kids := make([]*object.Object, len(b.Children))
	for i, c := range b.Children {
		kids[i] = newEntry(t, c)
	}
	e.children = object.NewList(t, kids).Obj()
	return &e.Object
}

// symtableFn is symtable(source, filename, compile_type).
func symtableFn(t *object.Thread, _ *object.Object, args []*object.Object, kwnames *object.Tuple) (*object.Object, error) {
	if kwnames != nil && len(kwnames.Items) > 0 {
		return nil, t.Errorf(object.TypeErrorType, "symtable() takes no keyword arguments")
	}
	if len(args) != 3 {
		return nil, t.Errorf(object.TypeErrorType, "symtable expected 3 arguments, got %d", len(args))
	}
	var src []byte
	switch s := args[0]; {
	case object.IsStr(s):
		src = []byte(object.StrValue(s))
	case object.IsInstance(s, object.BytesType):
		src = object.BytesValue(s)
	default:
		return nil, t.Errorf(object.TypeErrorType, "symtable() arg 1 must be a string or bytes object")
	}
	fname, _, ok, err := object.FSPath(t, args[1])
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, t.Errorf(object.TypeErrorType, "expected str, bytes or os.PathLike object, not %s", args[1].Type().Name)
	}
	if !object.IsStr(args[2]) {
		return nil, t.Errorf(object.TypeErrorType, "symtable() argument 3 must be str, not %s", args[2].Type().Name)
	}
	mode := object.StrValue(args[2])
	if mode != "exec" && mode != "eval" && mode != "single" {
		return nil, t.Errorf(object.ValueErrorType, "symtable() arg 3 must be 'exec' or 'eval' or 'single'")
	}
	if !utf8.Valid(src) {
		return nil, t.Errorf(object.SyntaxErrorType, "source code is not valid UTF-8")
	}
	for _, c := range src {
		if c == 0 {
			return nil, t.Errorf(object.SyntaxErrorType, "source code string cannot contain null bytes")
		}
	}
	st := vm.StateOf(t)
	var mod *syntax.Module
	if mode == "eval" {
		e, perr := syntax.ParseExpr(fname, src)
		if perr != nil {
			return nil, st.SyntaxError(perr)
		}
		mod = &syntax.Module{Body: []syntax.Stmt{&syntax.ExprStmt{Pos: e.Span(), Value: e}}}
	} else {
		m, perr := syntax.ParseFile(fname, src)
		if perr != nil {
			return nil, st.SyntaxError(perr)
		}
		mod = m
	}
	table, serr := compile.Symtable(fname, mod)
	if serr != nil {
		return nil, st.SyntaxError(serr)
	}
	return newEntry(t, table), nil
}

var funcs = []object.MethodDef{
	{Name: "symtable", Fn: symtableFn, Doc: "Return the symbol table of source code, a tree of symtable entries."},
}

func newModule(st *vm.State) (*object.Object, error) {
	t := st.Thread()
	m := st.NewModule("_symtable")
	for i := range funcs {
		m.Dict.SetStr(t, object.Intern(funcs[i].Name), object.NewStaticBuiltin(&funcs[i]))
	}
	object.ClaimModuleFunctions(m.Dict, "_symtable")
	for _, c := range []struct {
		name string
		v    int
	}{
		{"USE", compile.DefUse}, {"DEF_GLOBAL", compile.DefGlobal}, {"DEF_NONLOCAL", compile.DefNonlocal},
		{"DEF_LOCAL", compile.DefLocal}, {"DEF_PARAM", compile.DefParam}, {"DEF_FREE", compile.DefFree},
		{"DEF_FREE_CLASS", compile.DefFreeClass}, {"DEF_IMPORT", compile.DefImport}, {"DEF_BOUND", compile.DefBound},
		{"DEF_ANNOT", compile.DefAnnot}, {"TYPE_FUNCTION", compile.BlockFunction}, {"TYPE_CLASS", compile.BlockClass},
		{"TYPE_MODULE", compile.BlockModule}, {"LOCAL", compile.ScopeLocal}, {"GLOBAL_EXPLICIT", compile.ScopeGlobalExplicit},
		{"GLOBAL_IMPLICIT", compile.ScopeGlobalImplicit}, {"FREE", compile.ScopeFree}, {"CELL", compile.ScopeCell},
		{"SCOPE_OFF", compile.ScopeOff}, {"SCOPE_MASK", compile.ScopeMask},
	} {
		v := object.NewInt(t, int64(c.v))
		m.Dict.SetStr(t, object.Intern(c.name), v)
		t.Decref(v)
	}
	return m.Obj(), nil
}
