// This file defines the checks that CPython performs after parsing, in its
// symbol table and compiler, but that still raise SyntaxError: misplaced
// return, yield, break, continue and nonlocal, a bare except that is not
// last, duplicate parameters and misused starred expressions.

package syntax

import (
	"fmt"
	"strings"
)

// checkModule runs the post-parse checks on a module, first those of
// CPython's symbol table pass and then those of its compiler, so that when
// a file has several such errors the same one is reported.
func (p *parser) checkModule(m *Module) {
	c := &checker{p: p, stage: StageSymtable}
	c.checkFutureFeatures(m.Body)
	c.checkFutureAnnotations(m)
	c.symtable(m.Body, scopeModule)
	c.nonlocals(m.Body, true, nil, nil, "")
	c.stage = StageCompiler
	c.stmts(m.Body)
}

// checkExpr runs the post-parse checks on an eval() expression.
func (p *parser) checkExpr(e Expr) {
	c := &checker{p: p, stage: StageSymtable}
	Inspect(e, c.symtableNode)
	c.stage = StageCompiler
	c.expr(e)
}

type scopeKind uint8

const (
	scopeModule scopeKind = iota
	scopeClass
	scopeFunction
)

// checker holds the context of the compiler-like pass.
type checker struct {
	p      *parser
	inFunc bool // inside a function or lambda body
	// inAsync: directly inside an async function's body (not a nested
	// function, lambda or class), where await, async for and async with
	// are allowed.
	inAsync bool
	// inAsyncGen: inAsync, and the function is an async generator (its
	// body yields), where a return may not have a value.
	inAsyncGen bool
	inLoop     bool // inside a loop body, in the current function
	// inStar: inside an except* clause's body, in the current function,
	// which return may not leave; starLoop: and not inside a loop of
	// that body, which break and continue may not leave either.
	inStar, starLoop bool
	// comp names the innermost comprehension kind ("list comprehension",
	// ...) when checking its element or conditions, else "".
	comp string
	// blocks counts the blocks CPython's compiler keeps open at this
	// point of the current function (loops, with, try and its handlers
	// and finally): it refuses more than maxBlocks.
	blocks int
	// stage is the CPython pass whose checks run now.
	stage Stage
	// futures holds the module's well-placed future imports.
	futures map[*ImportFrom]bool
	// compNode is the comprehension being checked, for error locations.
	compNode Node
}

// maxBlocks is CPython's CO_MAXBLOCKS.
const maxBlocks = 20

// nested checks body inside n blocks more, opened by statement s.
func (c *checker) nested(s Node, n int, body []Stmt, loop bool) {
	c.blocks += n
	if c.blocks > maxBlocks {
		c.errorAt(s, "too many statically nested blocks")
	}
	if loop {
		c.loopBody(body)
	} else {
		c.stmts(body)
	}
	c.blocks -= n
}

// symtable checks statements for the errors CPython's symbol table raises.
func (c *checker) symtable(body []Stmt, scope scopeKind) {
	for _, s := range body {
		switch s := s.(type) {
		case *Nonlocal:
			if scope == scopeModule {
				c.errorAt(s, "nonlocal declaration not allowed at module level")
			}
		case *FunctionDef:
			Inspect(s.Args, c.symtableNode)
			for _, d := range s.DecoratorList {
				Inspect(d, c.symtableNode)
			}
			c.duplicateArgs(s.Args)
			c.paramNonlocal(s.Args, s.Body)
			c.symtable(s.Body, scopeFunction)
			continue
		case *ClassDef:
			for _, d := range s.DecoratorList {
				Inspect(d, c.symtableNode)
			}
			for _, b := range s.Bases {
				Inspect(b, c.symtableNode)
			}
			c.symtable(s.Body, scopeClass)
			continue
		}
		// Nested statement lists stay in the same scope; expressions may
		// hold lambdas.
		children(s, func(n Node) {
			if st, ok := n.(Stmt); ok {
				c.symtable([]Stmt{st}, scope)
			} else {
				Inspect(n, c.symtableNode)
			}
		})
	}
}

// paramNonlocal reports a nonlocal declaration of one of the function's
// parameters, which CPython's symbol table finds while visiting the body,
// before it looks for bindings.
func (c *checker) paramNonlocal(a *Arguments, body []Stmt) {
	params := map[string]bool{}
	children(a, func(n Node) {
		if arg, ok := n.(*Arg); ok {
			params[arg.Arg] = true
		}
	})
	for _, s := range scopeStmts(body) {
		if nl, ok := s.(*Nonlocal); ok {
			for _, name := range nl.Names {
				if params[name] {
					c.errorAt(nl, "name '%s' is parameter and nonlocal", name)
				}
			}
		}
	}
}

// symtableNode is the Inspect callback for expressions in the symbol
// table pass.
func (c *checker) symtableNode(n Node) bool {
	if l, ok := n.(*Lambda); ok {
		c.duplicateArgs(l.Args)
	}
	return true
}

// duplicateArgs reports a parameter name used twice.
func (c *checker) duplicateArgs(a *Arguments) {
	var all []*Arg
	all = append(all, a.PosOnlyArgs...)
	all = append(all, a.Args...)
	if a.Vararg != nil {
		all = append(all, a.Vararg)
	}
	all = append(all, a.KwOnlyArgs...)
	if a.Kwarg != nil {
		all = append(all, a.Kwarg)
	}
	for i, x := range all {
		for _, y := range all[:i] {
			if x.Arg == y.Arg {
				c.errorAt(x, "duplicate argument '%s' in function definition", x.Arg)
			}
		}
	}
}

func (c *checker) stmts(list []Stmt) {
	for _, s := range list {
		c.stmt(s)
	}
}

func (c *checker) stmt(s Stmt) {
	switch s := s.(type) {
	case *FunctionDef:
		c.exprs(s.DecoratorList)
		c.debugArgs(s, s.Args)
		c.args(s.Args)
		c.optExpr(s.Returns)
		saved := *c
		c.inFunc, c.inLoop, c.comp, c.blocks = true, false, "", 0
		c.inStar, c.starLoop = false, false
		c.inAsync = s.IsAsync
		c.inAsyncGen = s.IsAsync && bodyYields(s.Body)
		c.stmts(s.Body)
		*c = saved
	case *ClassDef:
		c.exprs(s.DecoratorList)
		for _, k := range s.Keywords {
			if k.Arg == "__debug__" {
				c.errorAt(s, "cannot assign to __debug__")
			}
		}
		c.elts(s.Bases)
		for _, k := range s.Keywords {
			c.expr(k.Value)
		}
		c.body(s.Body, false)
	case *Return:
		if !c.inFunc {
			c.errorAt(s, "'return' outside function")
		}
		if s.Value != nil && c.inAsyncGen {
			c.errorAt(s, "'return' with value in async generator")
		}
		c.optExpr(s.Value)
		if c.inStar {
			// CPython locates it at a constant value, which its
			// compiler does not evaluate before leaving the blocks.
			var at Node = s
			if k, ok := s.Value.(*Constant); ok {
				at = k
			}
			c.errorAt(at, exceptStarExit)
		}
	case *Break:
		if c.starLoop {
			c.errorAt(s, exceptStarExit)
		}
		if !c.inLoop {
			c.errorAt(s, "'break' outside loop")
		}
	case *Continue:
		if c.starLoop {
			c.errorAt(s, exceptStarExit)
		}
		if !c.inLoop {
			c.errorAt(s, "'continue' not properly in loop")
		}
	case *For:
		if s.IsAsync && !c.inAsync {
			c.errorAt(s, "'async for' outside async function")
		}
		c.target(s.Target)
		c.expr(s.Iter)
		c.nested(s, 1, s.Body, true)
		c.stmts(s.Orelse)
	case *While:
		c.expr(s.Test)
		c.nested(s, 1, s.Body, true)
		c.stmts(s.Orelse)
	case *Try:
		// As CPython compiles it: a finally clause keeps a block open
		// around the rest; the body is in one more block when there are
		// handlers, and each handler's body in two.
		fin := 0
		if len(s.Finalbody) > 0 {
			fin = 1
		}
		if len(s.Handlers) > 0 {
			c.nested(s, fin+1, s.Body, false)
		} else {
			c.nested(s, fin, s.Body, false)
		}
		for i, h := range s.Handlers {
			if h.Type == nil && i < len(s.Handlers)-1 {
				c.errorAt(h, "default 'except:' must be last")
			}
			c.optExpr(h.Type)
			if s.IsStar {
				saved := *c
				c.inStar, c.starLoop = true, true
				c.nested(h, fin+2, h.Body, false)
				c.inStar, c.starLoop = saved.inStar, saved.starLoop
			} else {
				c.nested(h, fin+2, h.Body, false)
			}
		}
		c.nested(s, fin, s.Orelse, false)
		c.nested(s, fin, s.Finalbody, false)
	case *Assign:
		c.expr(s.Value)
		for _, t := range s.Targets {
			c.target(t)
		}
	case *AugAssign:
		c.expr(s.Target)
		c.expr(s.Value)
	case *AnnAssign:
		c.optExpr(s.Value)
		c.expr(s.Target)
		c.expr(s.Annotation)
	case *With:
		if s.IsAsync && !c.inAsync {
			c.errorAt(s, "'async with' outside async function")
		}
		for _, it := range s.Items {
			c.expr(it.ContextExpr)
			if it.OptionalVars != nil {
				c.target(it.OptionalVars)
			}
		}
		c.nested(s, len(s.Items), s.Body, false)
	case *If:
		c.expr(s.Test)
		c.stmts(s.Body)
		c.stmts(s.Orelse)
	case *Match:
		c.matchStmt(s)
	case *ImportFrom:
		c.checkFuturePlace(s)
	default:
		children(s, func(n Node) {
			if e, ok := n.(Expr); ok {
				c.expr(e)
			}
		})
	}
}

// body checks a function (isFunc) or class body in a fresh context.
func (c *checker) body(body []Stmt, isFunc bool) {
	saved := *c
	c.inFunc, c.inLoop, c.comp, c.blocks = isFunc, false, "", 0
	c.inStar, c.starLoop = false, false
	c.inAsync, c.inAsyncGen = false, false
	c.stmts(body)
	*c = saved
}

func (c *checker) loopBody(body []Stmt) {
	saved, savedStar := c.inLoop, c.starLoop
	c.inLoop, c.starLoop = true, false
	c.stmts(body)
	c.inLoop, c.starLoop = saved, savedStar
}

// exceptStarExit is CPython's error for leaving an except* clause's body
// by break, continue or return.
const exceptStarExit = "'break', 'continue' and 'return' cannot appear in an except* block"

func (c *checker) args(a *Arguments) {
	c.exprs(a.Defaults)
	for _, d := range a.KwDefaults {
		c.optExpr(d)
	}
	children(a, func(n Node) {
		if arg, ok := n.(*Arg); ok {
			if star, ok := arg.Annotation.(*Starred); ok && arg == a.Vararg {
				c.expr(star.Value) // *args: *Ts (PEP 646)
				return
			}
			c.optExpr(arg.Annotation)
		}
	})
}

// debugArgs reports a parameter named __debug__, located at the whole
// function or lambda as CPython's compiler does.
func (c *checker) debugArgs(n Node, a *Arguments) {
	children(a, func(x Node) {
		if arg, ok := x.(*Arg); ok && arg.Arg == "__debug__" {
			c.errorAt(n, "cannot assign to __debug__")
		}
	})
}

func (c *checker) exprs(list []Expr) {
	for _, e := range list {
		c.expr(e)
	}
}

func (c *checker) optExpr(e Expr) {
	if e != nil {
		c.expr(e)
	}
}

// target checks an assignment target for CPython's starred rules.
func (c *checker) target(e Expr) {
	switch e := e.(type) {
	case *Starred:
		c.errorAt(e, "starred assignment target must be in a list or tuple")
	case *Tuple:
		c.targetElts(e, e.Elts)
	case *List:
		c.targetElts(e, e.Elts)
	default:
		c.expr(e)
	}
}

func (c *checker) targetElts(whole Expr, elts []Expr) {
	seen := false
	for _, x := range elts {
		if s, ok := x.(*Starred); ok {
			if seen {
				c.errorAt(whole, "multiple starred expressions in assignment")
			}
			seen = true
			c.target(s.Value)
			continue
		}
		c.target(x)
	}
}

// elts checks display elements and call arguments, where a starred
// expression is allowed.
func (c *checker) elts(list []Expr) {
	for _, x := range list {
		if s, ok := x.(*Starred); ok {
			c.expr(s.Value)
			continue
		}
		c.expr(x)
	}
}

func (c *checker) expr(e Expr) {
	switch e := e.(type) {
	case *Yield, *YieldFrom:
		if c.comp != "" {
			c.errorAt(e, "'yield' inside %s", c.comp)
		}
		if !c.inFunc {
			c.errorAt(e, "'yield' outside function")
		}
		if _, ok := e.(*YieldFrom); ok && c.inAsync && c.comp == "" {
			c.errorAt(e, "'yield from' inside async function")
		}
		children(e, func(n Node) { c.expr(n.(Expr)) })
	case *Await:
		// Inside a comprehension, an await makes the comprehension
		// asynchronous, which comprehension checks.
		if c.comp == "" {
			if !c.inFunc {
				c.errorAt(e, "'await' outside function")
			}
			if !c.inAsync {
				c.errorAt(e, "'await' outside async function")
			}
		}
		c.expr(e.Value)
	case *Name:
		if e.Id == "__debug__" && e.Ctx == Store {
			c.errorAt(e, "cannot assign to __debug__")
		}
		if e.Id == "__debug__" && e.Ctx == Del {
			c.errorAt(e, "cannot delete __debug__")
		}
	case *Attribute:
		if e.Attr == "__debug__" && e.Ctx == Store {
			c.errorAt(e, "cannot assign to __debug__")
		}
		c.expr(e.Value)
	case *Starred:
		if e.Ctx == Load {
			c.errorAt(e, "can't use starred expression here")
		}
		c.expr(e.Value)
	case *List:
		c.elts(e.Elts)
	case *Tuple:
		c.elts(e.Elts)
	case *Set:
		c.elts(e.Elts)
	case *Call:
		c.expr(e.Func)
		// CPython's compiler checks the keywords before the arguments.
		for _, k := range e.Keywords {
			if k.Arg == "__debug__" {
				c.errorAt(e, "cannot assign to __debug__")
			}
		}
		for i, k := range e.Keywords {
			for _, prev := range e.Keywords[:i] {
				if k.Arg != "" && k.Arg == prev.Arg {
					c.errorAt(k, "keyword argument repeated: %s", k.Arg)
				}
			}
		}
		c.elts(e.Args)
		for _, k := range e.Keywords {
			c.expr(k.Value)
		}
	case *Subscript:
		c.expr(e.Value)
		if t, ok := e.Slice.(*Tuple); ok {
			c.elts(t.Elts)
		} else {
			c.expr(e.Slice)
		}
	case *Lambda:
		c.debugArgs(e, e.Args)
		c.args(e.Args)
		saved := *c
		c.inFunc, c.inLoop, c.comp = true, false, ""
		c.inAsync, c.inAsyncGen = false, false
		c.expr(e.Body)
		*c = saved
	case *ListComp:
		c.compNode = e
		c.comprehension("list comprehension", e.Generators, e.Elt)
	case *SetComp:
		c.compNode = e
		c.comprehension("set comprehension", e.Generators, e.Elt)
	case *DictComp:
		c.compNode = e
		c.comprehension("dict comprehension", e.Generators, e.Key, e.Value)
	case *GeneratorExp:
		c.compNode = e
		c.comprehension("generator expression", e.Generators, e.Elt)
	default:
		children(e, func(n Node) {
			if x, ok := n.(Expr); ok {
				c.expr(x)
			}
		})
	}
}

// comprehension checks the clauses and elements of a comprehension. The
// first iterable is evaluated in the enclosing scope.
func (c *checker) comprehension(kind string, gens []*Comprehension, elts ...Expr) {
	if kind != "generator expression" && !c.inAsync && c.comp == "" && ComprehensionIsAsync(gens, elts...) {
		// Only an async function or another comprehension (which then
		// becomes asynchronous too) can await the comprehension's result.
		c.errorAt(c.compNode, "asynchronous comprehension outside of an asynchronous function")
	}
	c.expr(gens[0].Iter)
	saved := *c
	c.inLoop = false
	c.comp = kind
	for i, g := range gens {
		c.target(g.Target)
		if i > 0 {
			c.expr(g.Iter)
		}
		c.exprs(g.Ifs)
	}
	c.exprs(elts)
	*c = saved
}

// errorAt reports a post-parse error covering node n.
func (c *checker) errorAt(n Node, format string, args ...any) {
	pos := n.Span()
	e := c.p.newError("SyntaxError", pos.Line, pos.Col, pos.EndLine, pos.EndCol, fmt.Sprintf(format, args...))
	e.Stage = c.stage
	if strings.HasPrefix(e.Msg, "'yield' inside") {
		e.Stage = StageSymtable // CPython finds it in its symbol table
	}
	c.p.err = e
	panic(bailout{})
}

// nonlocals reports a nonlocal declaration with no binding in an enclosing
// function scope. body is a module (isModule), class or function body;
// enclosing holds the names bound by each enclosing function, innermost
// last, and self those bound by body itself for the scopes nested in it:
// a function's names, or a class's __class__ (its other names do not
// count for the lookup, as in CPython).
//
// private is the innermost enclosing class's name, which the message
// shows a private name (__x) mangled with.
func (c *checker) nonlocals(body []Stmt, isModule bool, enclosing []map[string]bool, self map[string]bool, private string) {
	inner := enclosing
	if self != nil {
		inner = append(enclosing[:len(enclosing):len(enclosing)], self)
	}
	globals := map[string]bool{}
	for _, s := range scopeStmts(body) {
		if g, ok := s.(*Global); ok {
			for _, name := range g.Names {
				globals[name] = true
			}
		}
	}
	for _, s := range scopeStmts(body) {
		switch s := s.(type) {
		case *Nonlocal:
			if isModule {
				continue // reported by the symtable pass
			}
			for _, name := range s.Names {
				if globals[name] {
					continue // nonlocal and global: the symtable pass reports it
				}
				found := false
				for _, scope := range enclosing {
					found = found || scope[name]
				}
				if !found {
					c.errorAt(s, "no binding for nonlocal '%s' found", mangledName(private, name))
				}
			}
		case *FunctionDef:
			c.nonlocals(s.Body, false, inner, boundNames(s.Args, s.Body), private)
		case *ClassDef:
			// A class gives the functions nested in it (not its own
			// body) the __class__ cell.
			c.nonlocals(s.Body, false, inner, classCellName, s.Name)
		}
	}
}

// mangledName is a private name as the class private refers to it
// (compile.mangle's rule, which messages show).
func mangledName(private, name string) string {
	class := strings.TrimLeft(private, "_")
	if class == "" || !strings.HasPrefix(name, "__") || strings.HasSuffix(name, "__") || strings.Contains(name, ".") {
		return name
	}
	return "_" + class + name
}

// classCellName is what a class body binds for the functions inside it.
var classCellName = map[string]bool{"__class__": true}

// scopeStmts returns the statements of a function body, including nested
// ones, but not those of nested functions and classes.
func scopeStmts(body []Stmt) []Stmt {
	var out []Stmt
	for _, s := range body {
		Inspect(s, func(n Node) bool {
			st, ok := n.(Stmt)
			if !ok {
				return false
			}
			out = append(out, st)
			switch n.(type) {
			case *FunctionDef, *ClassDef:
				return false
			}
			return true
		})
	}
	return out
}

// boundNames returns the names a function binds locally: its parameters
// and everything assigned, imported, defined or declared nonlocal in its
// body, less the names it declares global.
func boundNames(args *Arguments, body []Stmt) map[string]bool {
	names := map[string]bool{}
	children(args, func(n Node) {
		if a, ok := n.(*Arg); ok {
			names[a.Arg] = true
		}
	})
	var globals []string
	for _, s := range body {
		Inspect(s, func(n Node) bool {
			switch n := n.(type) {
			case *FunctionDef:
				names[n.Name] = true
				return false
			case *ClassDef:
				names[n.Name] = true
				return false
			case *Lambda:
				return false
			case *Comprehension:
				return false // comprehension variables are not bound here
			case *Name:
				if n.Ctx != Load {
					names[n.Id] = true
				}
			case *Alias:
				name := n.Asname
				if name == "" {
					name, _, _ = strings.Cut(n.Name, ".")
				}
				names[name] = true
			case *ExceptHandler:
				if n.Name != "" {
					names[n.Name] = true
				}
			case *Nonlocal:
				for _, x := range n.Names {
					names[x] = true
				}
			case *Global:
				globals = append(globals, n.Names...)
			}
			return true
		})
	}
	for _, g := range globals {
		delete(names, g)
	}
	return names
}

// ComprehensionIsAsync reports whether a comprehension with clauses gens
// and elements elts is asynchronous, as CPython's symbol table decides: it
// has an "async for" clause, or awaits in its own scope (not in its first
// iterable, which the enclosing scope evaluates), or holds a list, set or
// dict comprehension that is asynchronous (whose result it must await).
// An asynchronous generator expression only makes an async generator, so
// it does not count.
func ComprehensionIsAsync(gens []*Comprehension, elts ...Expr) bool {
	for _, g := range gens {
		if g.IsAsync {
			return true
		}
	}
	var parts []Node
	for i, g := range gens {
		parts = append(parts, g.Target)
		if i > 0 {
			parts = append(parts, g.Iter)
		}
		for _, x := range g.Ifs {
			parts = append(parts, x)
		}
	}
	for _, x := range elts {
		parts = append(parts, x)
	}
	found := false
	for _, part := range parts {
		Inspect(part, func(n Node) bool {
			if found {
				return false
			}
			switch n := n.(type) {
			case *Await:
				found = true
				return false
			case *Lambda:
				return false
			case *ListComp:
				found = ComprehensionIsAsync(n.Generators, n.Elt) || awaitsIn(n.Generators[0].Iter)
				return false
			case *SetComp:
				found = ComprehensionIsAsync(n.Generators, n.Elt) || awaitsIn(n.Generators[0].Iter)
				return false
			case *DictComp:
				found = ComprehensionIsAsync(n.Generators, n.Key, n.Value) || awaitsIn(n.Generators[0].Iter)
				return false
			case *GeneratorExp:
				found = awaitsIn(n.Generators[0].Iter)
				return false
			}
			return true
		})
		if found {
			return true
		}
	}
	return false
}

// awaitsIn reports whether e, evaluated in the current scope, makes that
// scope asynchronous.
func awaitsIn(e Expr) bool {
	return ComprehensionIsAsync([]*Comprehension{{Target: &Name{Id: "_"}, Iter: &Name{Id: "_"}}}, e)
}

// bodyYields reports whether a function body holds a yield of its own
// (not one of a nested function, lambda or comprehension): the function
// is then a generator.
func bodyYields(body []Stmt) bool {
	found := false
	for _, s := range body {
		Inspect(s, func(n Node) bool {
			switch n := n.(type) {
			case *Yield, *YieldFrom:
				found = true
			case *FunctionDef, *ClassDef, *Lambda:
				return false
			case *ListComp:
				Inspect(n.Generators[0].Iter, func(m Node) bool { return !found && visitYield(m, &found) })
				return false
			case *SetComp:
				Inspect(n.Generators[0].Iter, func(m Node) bool { return !found && visitYield(m, &found) })
				return false
			case *DictComp:
				Inspect(n.Generators[0].Iter, func(m Node) bool { return !found && visitYield(m, &found) })
				return false
			case *GeneratorExp:
				Inspect(n.Generators[0].Iter, func(m Node) bool { return !found && visitYield(m, &found) })
				return false
			}
			return !found
		})
		if found {
			return true
		}
	}
	return false
}

// visitYield is bodyYields' callback for the part of a comprehension the
// function itself evaluates.
func visitYield(n Node, found *bool) bool {
	switch n.(type) {
	case *Yield, *YieldFrom:
		*found = true
		return false
	case *Lambda, *ListComp, *SetComp, *DictComp, *GeneratorExp:
		return false
	}
	return true
}
