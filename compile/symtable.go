// This file resolves names to scopes (CPython's symtable.c): for each
// function, class, lambda, comprehension and the module, which names are
// locals, which are globals, which are captured from an enclosing
// function (free) and which locals inner functions capture (cells).

package compile

import (
	"github.com/ftpy/ftpy/syntax"
)

type scopeKind uint8

const (
	moduleScope scopeKind = iota
	functionScope
	classScope
)

// Name flags collected while walking a scope.
const (
	symAssigned = 1 << iota // bound in this scope
	symParam
	symUsed
	symGlobal   // declared global
	symNonlocal // declared nonlocal
	// The flags below only inform the table _symtable shows (symtable
	// _export.go); name resolution ignores them.
	symImport      // bound by an import
	symAnnot       // annotated (x: int)
	symCompIter    // a comprehension's loop target
	symGlobalInner // the module's: declared global in an inner scope
)

// scope is one block of the symbol table.
type scope struct {
	kind     scopeKind
	name     string
	node     syntax.Node
	parent   *scope
	children []*scope
	syms     map[string]int
	order    []string // names in first-seen order, for stable slot numbering
	params   []string
	nested   bool // inside a function
	// needsClassCell: a method uses super() or __class__.
	needsClassCell bool
	generator      bool
	// coroutine: an async def, or a comprehension that awaits (PEP 530).
	coroutine     bool
	comprehension bool
	// directives holds each name's first global or nonlocal statement,
	// where CPython reports a name declared both.
	directives map[string]syntax.Node
	// private is the name of the innermost enclosing class (the class
	// itself for its body), whose private names (__x) the scope mangles.
	private string

	// Filled by analyze.
	kinds       map[string]symKind
	classCell   bool     // a class body that provides __class__ to its methods
	passThrough []string // class bodies: free variables its methods need that it also binds
}

func newScope(kind scopeKind, name string, node syntax.Node, parent *scope) *scope {
	s := &scope{kind: kind, name: name, node: node, parent: parent, syms: map[string]int{}}
	if parent != nil {
		parent.children = append(parent.children, s)
		s.nested = parent.kind == functionScope || parent.nested
		s.private = parent.private
	}
	if kind == classScope {
		s.private = name
	}
	return s
}

// add records a use of name (mangled here) with flag.
func (s *scope) add(name string, flag int) {
	name = Mangle(s.private, name)
	if _, ok := s.syms[name]; !ok {
		s.order = append(s.order, name)
	}
	s.syms[name] |= flag
}

// symtable maps syntax nodes that open a scope to their scope.
type symtable struct {
	scopes map[syntax.Node]*scope
	top    *scope
	err    error
	file   string
}

func buildSymtable(file string, mod *syntax.Module) (*symtable, error) {
	st := &symtable{scopes: map[syntax.Node]*scope{}, file: file}
	st.top = newScope(moduleScope, "<module>", mod, nil)
	st.scopes[mod] = st.top
	for _, s := range mod.Body {
		st.stmt(st.top, s)
	}
	if st.err != nil {
		return nil, st.err
	}
	st.analyze(st.top, map[string]bool{})
	return st, st.err
}

func (st *symtable) errorAt(n syntax.Node, msg string) {
	if st.err == nil {
		p := n.Span()
		st.err = &syntax.Error{Kind: "SyntaxError", Filename: st.file, Line: p.Line, Col: p.Col + 1,
			EndLine: p.EndLine, EndCol: p.EndCol + 1, Msg: msg, Stage: syntax.StageSymtable}
	}
}

func (st *symtable) stmts(s *scope, body []syntax.Stmt) {
	for _, x := range body {
		st.stmt(s, x)
	}
}

func (st *symtable) stmt(s *scope, n syntax.Stmt) {
	switch n := n.(type) {
	case *syntax.FunctionDef:
		s.add(n.Name, symAssigned)
		st.exprs(s, n.DecoratorList)
		st.argDefaults(s, n.Args)
		st.annotations(s, n.Args, n.Returns)
		fs := newScope(functionScope, n.Name, n, s)
		fs.coroutine = n.IsAsync
		st.scopes[n] = fs
		st.params(fs, n.Args)
		st.stmts(fs, n.Body)
	case *syntax.ClassDef:
		s.add(n.Name, symAssigned)
		st.exprs(s, n.DecoratorList)
		st.exprs(s, n.Bases)
		for _, k := range n.Keywords {
			st.expr(s, k.Value)
		}
		cs := newScope(classScope, n.Name, n, s)
		st.scopes[n] = cs
		st.stmts(cs, n.Body)
	case *syntax.Return:
		if n.Value != nil {
			st.expr(s, n.Value)
		}
	case *syntax.Delete:
		st.exprs(s, n.Targets)
	case *syntax.Assign:
		st.exprs(s, n.Targets)
		st.expr(s, n.Value)
	case *syntax.AugAssign:
		st.expr(s, n.Target)
		if name, ok := n.Target.(*syntax.Name); ok {
			s.add(name.Id, symUsed)
		}
		st.expr(s, n.Value)
	case *syntax.AnnAssign:
		st.expr(s, n.Target)
		if name, ok := n.Target.(*syntax.Name); ok {
			s.add(name.Id, symAnnot)
		}
		if s.kind != functionScope {
			st.expr(s, n.Annotation)
		}
		if n.Value != nil {
			st.expr(s, n.Value)
		}
	case *syntax.For:
		st.expr(s, n.Target)
		st.expr(s, n.Iter)
		st.stmts(s, n.Body)
		st.stmts(s, n.Orelse)
	case *syntax.While:
		st.expr(s, n.Test)
		st.stmts(s, n.Body)
		st.stmts(s, n.Orelse)
	case *syntax.Match:
		st.expr(s, n.Subject)
		for _, c := range n.Cases {
			st.pattern(s, c.Pattern)
			if c.Guard != nil {
				st.expr(s, c.Guard)
			}
			st.stmts(s, c.Body)
		}
	case *syntax.If:
		st.expr(s, n.Test)
		st.stmts(s, n.Body)
		st.stmts(s, n.Orelse)
	case *syntax.With:
		for _, it := range n.Items {
			st.expr(s, it.ContextExpr)
			if it.OptionalVars != nil {
				st.expr(s, it.OptionalVars)
			}
		}
		st.stmts(s, n.Body)
	case *syntax.Raise:
		if n.Exc != nil {
			st.expr(s, n.Exc)
		}
		if n.Cause != nil {
			st.expr(s, n.Cause)
		}
	case *syntax.Try:
		st.stmts(s, n.Body)
		for _, h := range n.Handlers {
			if h.Type != nil {
				st.expr(s, h.Type)
			}
			if h.Name != "" {
				s.add(h.Name, symAssigned)
			}
			st.stmts(s, h.Body)
		}
		st.stmts(s, n.Orelse)
		st.stmts(s, n.Finalbody)
	case *syntax.Assert:
		st.expr(s, n.Test)
		if n.Msg != nil {
			st.expr(s, n.Msg)
		}
	case *syntax.Import:
		for _, a := range n.Names {
			name := a.Asname
			if name == "" {
				name = a.Name
				if i := indexByte(name, '.'); i >= 0 {
					name = name[:i]
				}
			}
			s.add(name, symAssigned|symImport)
		}
	case *syntax.ImportFrom:
		for _, a := range n.Names {
			if a.Name == "*" {
				if s.kind != moduleScope {
					st.errorAt(a, "import * only allowed at module level")
				}
				continue
			}
			name := a.Asname
			if name == "" {
				name = a.Name
			}
			s.add(name, symAssigned|symImport)
		}
	case *syntax.Global:
		for _, name := range n.Names {
			name = Mangle(s.private, name)
			st.declared(n, s.syms[name], name, "global", symGlobal)
			st.directive(s, n, name, symNonlocal)
			s.add(name, symGlobal)
			if s != st.top {
				// CPython records the declaration in the module's table
				// too, where _symtable shows it.
				st.top.add(name, symGlobalInner)
			}
		}
	case *syntax.Nonlocal:
		for _, name := range n.Names {
			name = Mangle(s.private, name)
			st.declared(n, s.syms[name], name, "nonlocal", symNonlocal)
			st.directive(s, n, name, symGlobal)
			s.add(name, symNonlocal)
		}
	case *syntax.ExprStmt:
		st.expr(s, n.Value)
	}
}

// directive records n, a global or nonlocal statement for name, and
// reports a name declared by the other kind too (other) at its first
// declaration, as CPython does.
func (st *symtable) directive(s *scope, n syntax.Node, name string, other int) {
	if s.directives == nil {
		s.directives = map[string]syntax.Node{}
	}
	if _, ok := s.directives[name]; !ok {
		s.directives[name] = n
	}
	if s.syms[name]&other != 0 {
		st.errorAt(s.directives[name], "name '"+name+"' is nonlocal and global")
	}
}

// pattern records the names a case pattern binds and uses.
func (st *symtable) pattern(s *scope, p syntax.Pattern) {
	syntax.Inspect(p, func(n syntax.Node) bool {
		switch n := n.(type) {
		case *syntax.MatchAs:
			if n.Name != "" {
				s.add(n.Name, symAssigned)
			}
		case *syntax.MatchStar:
			if n.Name != "" {
				s.add(n.Name, symAssigned)
			}
		case *syntax.MatchMapping:
			if n.Rest != "" {
				s.add(n.Rest, symAssigned)
			}
		case syntax.Expr:
			st.expr(s, n)
			return false
		}
		return true
	})
}

func (st *symtable) exprs(s *scope, es []syntax.Expr) {
	for _, e := range es {
		st.expr(s, e)
	}
}

func (st *symtable) argDefaults(s *scope, a *syntax.Arguments) {
	st.exprs(s, a.Defaults)
	for _, d := range a.KwDefaults {
		if d != nil {
			st.expr(s, d)
		}
	}
}

func (st *symtable) annotations(s *scope, a *syntax.Arguments, returns syntax.Expr) {
	for _, list := range [][]*syntax.Arg{a.PosOnlyArgs, a.Args, a.KwOnlyArgs} {
		for _, arg := range list {
			if arg.Annotation != nil {
				st.expr(s, arg.Annotation)
			}
		}
	}
	for _, arg := range []*syntax.Arg{a.Vararg, a.Kwarg} {
		if arg != nil && arg.Annotation != nil {
			st.expr(s, arg.Annotation)
		}
	}
	if returns != nil {
		st.expr(s, returns)
	}
}

func (st *symtable) params(fs *scope, a *syntax.Arguments) {
	add := func(arg *syntax.Arg) {
		if arg == nil {
			return
		}
		fs.add(arg.Arg, symParam|symAssigned)
		fs.params = append(fs.params, Mangle(fs.private, arg.Arg))
	}
	for _, arg := range a.PosOnlyArgs {
		add(arg)
	}
	for _, arg := range a.Args {
		add(arg)
	}
	for _, arg := range a.KwOnlyArgs {
		add(arg)
	}
	add(a.Vararg)
	add(a.Kwarg)
}

func (st *symtable) expr(s *scope, e syntax.Expr) {
	switch e := e.(type) {
	case *syntax.Name:
		if e.Ctx == syntax.Load {
			s.add(e.Id, symUsed)
			if e.Id == "super" && s.kind == functionScope {
				s.needsClassCell = true
			}
		} else {
			s.add(e.Id, symAssigned)
		}
		if e.Id == "__class__" && s.kind == functionScope {
			s.needsClassCell = true
		}
	case *syntax.BoolOp:
		st.exprs(s, e.Values)
	case *syntax.NamedExpr:
		// The target binds in the nearest enclosing non-comprehension
		// scope (PEP 572).
		target := s
		for target.comprehension {
			target = target.parent
		}
		name := e.Target.(*syntax.Name).Id
		target.add(name, symAssigned)
		if target != s {
			s.add(name, symUsed)
		}
		st.expr(s, e.Value)
	case *syntax.BinOp:
		st.expr(s, e.Left)
		st.expr(s, e.Right)
	case *syntax.UnaryOp:
		st.expr(s, e.Operand)
	case *syntax.Lambda:
		st.argDefaults(s, e.Args)
		ls := newScope(functionScope, "<lambda>", e, s)
		st.scopes[e] = ls
		st.params(ls, e.Args)
		st.expr(ls, e.Body)
	case *syntax.IfExp:
		st.expr(s, e.Test)
		st.expr(s, e.Body)
		st.expr(s, e.Orelse)
	case *syntax.Dict:
		for i, k := range e.Keys {
			if k != nil {
				st.expr(s, k)
			}
			st.expr(s, e.Values[i])
		}
	case *syntax.Set:
		st.exprs(s, e.Elts)
	case *syntax.ListComp:
		st.comprehension(s, e, "<listcomp>", e.Generators, e.Elt, nil)
	case *syntax.SetComp:
		st.comprehension(s, e, "<setcomp>", e.Generators, e.Elt, nil)
	case *syntax.DictComp:
		st.comprehension(s, e, "<dictcomp>", e.Generators, e.Key, e.Value)
	case *syntax.GeneratorExp:
		st.comprehension(s, e, "<genexpr>", e.Generators, e.Elt, nil)
	case *syntax.Yield:
		s.generator = true
		if e.Value != nil {
			st.expr(s, e.Value)
		}
	case *syntax.YieldFrom:
		s.generator = true
		st.expr(s, e.Value)
	case *syntax.Await:
		s.coroutine = true
		st.expr(s, e.Value)
	case *syntax.Compare:
		st.expr(s, e.Left)
		st.exprs(s, e.Comparators)
	case *syntax.Call:
		st.expr(s, e.Func)
		st.exprs(s, e.Args)
		for _, k := range e.Keywords {
			st.expr(s, k.Value)
		}
	case *syntax.FormattedValue:
		st.expr(s, e.Value)
		if e.FormatSpec != nil {
			st.expr(s, e.FormatSpec)
		}
	case *syntax.JoinedStr:
		st.exprs(s, e.Values)
	case *syntax.Attribute:
		st.expr(s, e.Value)
	case *syntax.Subscript:
		st.expr(s, e.Value)
		st.expr(s, e.Slice)
	case *syntax.Starred:
		st.expr(s, e.Value)
	case *syntax.List:
		st.exprs(s, e.Elts)
	case *syntax.Tuple:
		st.exprs(s, e.Elts)
	case *syntax.Slice:
		for _, x := range []syntax.Expr{e.Lower, e.Upper, e.Step} {
			if x != nil {
				st.expr(s, x)
			}
		}
	}
}

// comprehension opens a function scope whose only parameter is ".0", the
// iterator of the first generator, which is evaluated in the enclosing
// scope.
func (st *symtable) comprehension(s *scope, node syntax.Expr, name string, gens []*syntax.Comprehension, elt, value syntax.Expr) {
	st.expr(s, gens[0].Iter)
	cs := newScope(functionScope, name, node, s)
	cs.comprehension = true
	st.scopes[node] = cs
	cs.add(".0", symParam|symAssigned)
	cs.params = []string{".0"}
	for i, g := range gens {
		if g.IsAsync {
			cs.coroutine = true
		}
		st.expr(cs, g.Target)
		markTargets(cs, g.Target, symCompIter)
		if i > 0 {
			st.expr(cs, g.Iter)
		}
		st.exprs(cs, g.Ifs)
	}
	st.expr(cs, elt)
	if value != nil {
		st.expr(cs, value)
	}
	if _, ok := node.(*syntax.GeneratorExp); ok {
		cs.generator = true
	} else if cs.coroutine {
		// The enclosing scope awaits the comprehension's result (the
		// parser's checks allow this only in a coroutine or another
		// comprehension).
		s.coroutine = true
	}
}

// symKind is a name's resolved scope.
type symKind uint8

const (
	kindLocal          symKind = iota // a fast local (function) or a NAME (module, class)
	kindGlobalExplicit                // declared global
	kindGlobalImplicit                // not bound in any enclosing function
	kindFree                          // a cell of an enclosing function
	kindCell                          // a local captured by an inner function
)

// declared reports a global or nonlocal declaration (what) of a name
// the scope already knows with flags f, with CPython's message and in its
// order of precedence: parameter, use, assignment.
func (st *symtable) declared(n syntax.Node, f int, name, what string, decl int) {
	switch {
	case f&decl != 0:
	case f&symParam != 0:
		st.errorAt(n, "name '"+name+"' is parameter and "+what)
	case f&symUsed != 0:
		st.errorAt(n, "name '"+name+"' is used prior to "+what+" declaration")
	case f&symAssigned != 0:
		st.errorAt(n, "name '"+name+"' is assigned to before "+what+" declaration")
	}
}

// analyze resolves the names of s and its children (CPython's
// analyze_block). bound holds the names visible from enclosing functions.
// It returns the names s needs from its enclosing scopes as free
// variables.
func (st *symtable) analyze(s *scope, bound map[string]bool) map[string]bool {
	s.kinds = map[string]symKind{}
	for _, name := range s.order {
		f := s.syms[name]
		switch {
		case f&symGlobal != 0:
			s.kinds[name] = kindGlobalExplicit
		case f&symNonlocal != 0:
			if !bound[name] {
				st.errorAt(s.node, "no binding for nonlocal '"+name+"' found")
			}
			s.kinds[name] = kindFree
		case f&(symAssigned|symParam) != 0:
			s.kinds[name] = kindLocal
		case bound[name] && s.kind != moduleScope:
			s.kinds[name] = kindFree
		default:
			s.kinds[name] = kindGlobalImplicit
		}
	}
	if s.needsClassCell && bound["__class__"] {
		s.add("__class__", symUsed)
		s.kinds["__class__"] = kindFree
	}
	childBound := map[string]bool{}
	for k := range bound {
		childBound[k] = true
	}
	switch s.kind {
	case functionScope:
		for name, k := range s.kinds {
			switch k {
			case kindLocal, kindFree:
				childBound[name] = true
			case kindGlobalExplicit:
				delete(childBound, name)
			}
		}
	case classScope:
		childBound["__class__"] = true
	}
	for _, c := range s.children {
		for name := range st.analyze(c, childBound) {
			if s.kind == classScope && name == "__class__" {
				s.classCell = true
				continue
			}
			k, ok := s.kinds[name]
			switch {
			case s.kind == functionScope && ok && k == kindLocal:
				s.kinds[name] = kindCell
			case ok && (k == kindFree || k == kindCell):
			case s.kind == classScope && ok && k == kindLocal:
				// The class body binds the name for itself, and its
				// methods see the enclosing function's cell.
				s.passThrough = append(s.passThrough, name)
			default:
				if !ok {
					s.order = append(s.order, name)
					s.syms[name] = 0
				}
				s.kinds[name] = kindFree
			}
		}
	}
	free := map[string]bool{}
	for name, k := range s.kinds {
		if k == kindFree {
			free[name] = true
		}
	}
	for _, name := range s.passThrough {
		free[name] = true
	}
	return free
}

func indexByte(s string, b byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == b {
			return i
		}
	}
	return -1
}

// markTargets adds flag to the names an assignment target binds.
func markTargets(s *scope, target syntax.Expr, flag int) {
	switch e := target.(type) {
	case *syntax.Name:
		s.add(e.Id, flag)
	case *syntax.Tuple:
		for _, x := range e.Elts {
			markTargets(s, x, flag)
		}
	case *syntax.List:
		for _, x := range e.Elts {
			markTargets(s, x, flag)
		}
	case *syntax.Starred:
		markTargets(s, e.Value, flag)
	}
}
