// This file holds the compiler's entry points and the creation of code
// objects for the module, functions, classes, lambdas and comprehensions.

package compile

import (
	"slices"

	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/syntax"
)

// Mode selects what the source is compiled as.
type Mode int

const (
	ExecMode   Mode = iota // a module or exec(): statements
	EvalMode               // eval(): one expression, whose value is returned
	SingleMode             // the REPL: expression statements print their value
)

type compiler struct {
	t        *object.Thread
	filename string
	st       *symtable
	mode     Mode
	err      error
	// future holds the FlagFuture* flags in force: the module's future
	// imports and those compile() was given or inherited.
	future int
}

// File compiles a parsed module.
func File(t *object.Thread, filename string, mod *syntax.Module, mode Mode) (*Code, error) {
	return FileFlags(t, filename, mod, mode, 0)
}

// FileFlags compiles a parsed module with the future features in flags
// (FlagFutureAnnotations) on as well as those it imports itself.
func FileFlags(t *object.Thread, filename string, mod *syntax.Module, mode Mode, flags int) (*Code, error) {
	st, err := buildSymtable(filename, mod)
	if err != nil {
		return nil, err
	}
	if syntax.FutureFeatures(mod)["annotations"] {
		flags |= FlagFutureAnnotations
	}
	c := &compiler{t: t, filename: filename, st: st, mode: mode, future: flags & FlagFutureAnnotations}
	u := newUnit(c, st.top, "<module>", 1)
	u.isModule = true
	c.setupSlots(u)
	if mode == ExecMode && len(mod.Body) > 0 {
		if doc := docString(mod.Body); doc != "" {
			u.setPos(mod.Body[0])
			u.emit(LOAD_CONST, u.constValue(doc))
			u.emit(STORE_NAME, u.name("__doc__"))
		}
	}
	if hasAnnotations(mod.Body) {
		u.emit(SETUP_ANNOTATIONS, 0)
	}
	for i, s := range mod.Body {
		if mode == SingleMode {
			if e, ok := s.(*syntax.ExprStmt); ok {
				u.setPos(e)
				u.expr(e.Value)
				u.emit(PRINT_EXPR, 0)
				continue
			}
		}
		_ = i
		u.stmt(s)
	}
	if c.err != nil {
		return nil, c.err
	}
	u.emitArtificial(RETURN_CONST, u.constValue(syntax.NoneType{}))
	return c.finish(u)
}

// Expr compiles an expression for eval().
func Expr(t *object.Thread, filename string, e syntax.Expr) (*Code, error) {
	mod := &syntax.Module{Body: []syntax.Stmt{&syntax.ExprStmt{Pos: e.Span(), Value: e}}}
	st, err := buildSymtable(filename, mod)
	if err != nil {
		return nil, err
	}
	c := &compiler{t: t, filename: filename, st: st, mode: EvalMode}
	u := newUnit(c, st.top, "<module>", 1)
	u.isModule = true
	c.setupSlots(u)
	u.setPos(e)
	u.expr(e)
	u.emit(RETURN_VALUE, 0)
	if c.err != nil {
		return nil, c.err
	}
	return c.finish(u)
}

// finish assembles u and makes its code object immortal.
func (c *compiler) finish(u *unit) (*Code, error) {
	code, err := u.assemble()
	if err != nil {
		return nil, err
	}
	c.t.Init(&code.Object, CodeType)
	c.t.MakeImmortal(&code.Object)
	code.NameObj, code.QualNameObj = object.Intern(code.Name), object.Intern(code.QualName)
	code.LocalNameObjs = make([]*object.Str, len(code.LocalNames))
	for i, n := range code.LocalNames {
		code.LocalNameObjs[i] = object.Intern(n)
	}
	return code, nil
}

// immortal makes a freshly created constant immortal.
func (c *compiler) immortal(o *object.Object) *object.Object {
	c.t.MakeImmortal(o)
	return o
}

// bytesConst returns an immortal bytes constant.
func (c *compiler) bytesConst(b []byte) *object.Object {
	return c.immortal(object.NewBytes(c.t, b))
}

// setupSlots numbers u's fast slots: parameters first, then other locals,
// then cells, then free variables; records which cells are parameters.
func (c *compiler) setupSlots(u *unit) {
	s := u.scope
	code := u.code
	if s.kind == functionScope {
		for _, p := range s.params {
			u.fast[p] = len(code.LocalNames)
			code.LocalNames = append(code.LocalNames, p)
		}
		for _, name := range s.order {
			if _, ok := u.fast[name]; ok {
				continue
			}
			if s.kinds[name] == kindLocal {
				u.fast[name] = len(code.LocalNames)
				code.LocalNames = append(code.LocalNames, name)
			}
		}
	}
	nlocals := len(code.LocalNames)
	for _, name := range s.order {
		if s.kinds[name] == kindCell {
			code.CellNames = append(code.CellNames, name)
		}
	}
	// Cells and free variables in name order, as CPython numbers them
	// (co_cellvars, co_freevars); __class__ stays last.
	slices.Sort(code.CellNames)
	if s.classCell {
		code.CellNames = append(code.CellNames, "__class__")
	}
	code.Cell2Arg = make([]int, len(code.CellNames))
	for i, name := range code.CellNames {
		code.Cell2Arg[i] = -1
		for j, p := range s.params {
			if p == name {
				code.Cell2Arg[i] = j
			}
		}
		u.fast[name] = nlocals + i
	}
	for _, name := range s.order {
		if s.kinds[name] == kindFree {
			code.FreeNames = append(code.FreeNames, name)
		}
	}
	code.FreeNames = append(code.FreeNames, s.passThrough...)
	slices.Sort(code.FreeNames)
	for i, name := range code.FreeNames {
		if _, ok := u.fast[name]; !ok || s.kind == classScope {
			u.fast[name] = nlocals + len(code.CellNames) + i
		}
	}
	// In a class body, a passed-through name is a class local (NAME)
	// first: keep the free slot under a separate key for LOAD_CLASSDEREF.
	if s.kind == functionScope {
		code.Flags |= FlagOptimized | FlagNewLocals
	}
	if s.nested {
		code.Flags |= FlagNested
	}
	switch {
	case s.generator && s.coroutine:
		code.Flags |= FlagAsyncGenerator
	case s.generator:
		code.Flags |= FlagGenerator
	case s.coroutine:
		code.Flags |= FlagCoroutine
	}
	if len(code.FreeNames) == 0 && len(code.CellNames) == 0 {
		code.Flags |= FlagNoFree
	}
	code.Flags |= c.future
}

// docString returns the docstring of a body, if its first statement is a
// string constant.
func docString(body []syntax.Stmt) string {
	if len(body) == 0 {
		return ""
	}
	if e, ok := body[0].(*syntax.ExprStmt); ok {
		if k, ok := e.Value.(*syntax.Constant); ok {
			if s, ok := k.Value.(string); ok {
				return s
			}
		}
	}
	return ""
}

func hasAnnotations(body []syntax.Stmt) bool {
	found := false
	var walk func(ss []syntax.Stmt)
	walk = func(ss []syntax.Stmt) {
		for _, s := range ss {
			switch s := s.(type) {
			case *syntax.AnnAssign:
				found = true
			case *syntax.If:
				walk(s.Body)
				walk(s.Orelse)
			case *syntax.For:
				walk(s.Body)
				walk(s.Orelse)
			case *syntax.While:
				walk(s.Body)
				walk(s.Orelse)
			case *syntax.With:
				walk(s.Body)
			case *syntax.Try:
				walk(s.Body)
				for _, h := range s.Handlers {
					walk(h.Body)
				}
				walk(s.Orelse)
				walk(s.Finalbody)
			}
		}
	}
	walk(body)
	return found
}
