// This file emits bytecode for statements.

package compile

import (
	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/syntax"
)

func (u *unit) stmts(body []syntax.Stmt) {
	for _, s := range body {
		u.stmt(s)
	}
}

func (u *unit) stmt(s syntax.Stmt) {
	u.setPos(s)
	switch s := s.(type) {
	case *syntax.ExprStmt:
		if k, ok := s.Value.(*syntax.Constant); ok && !u.isModule {
			// A docstring or a bare constant: nothing to do, but a
			// NOP for a number's line, as CPython's, for tracers.
			if _, isStr := k.Value.(string); !isStr {
				u.lineNop()
			}
			return
		}
		u.expr(s.Value)
		u.emit(POP_TOP, 0)
	case *syntax.Assign:
		u.expr(s.Value)
		for i, target := range s.Targets {
			if i < len(s.Targets)-1 {
				u.emit(COPY, 1)
			}
			u.assignTo(target)
		}
	case *syntax.AugAssign:
		u.augAssign(s)
	case *syntax.AnnAssign:
		u.annAssign(s)
	case *syntax.Delete:
		for _, t := range s.Targets {
			u.deleteTarget(t)
		}
	case *syntax.Pass:
		u.lineNop()
	case *syntax.If:
		u.ifStmt(s)
	case *syntax.While:
		u.whileStmt(s)
	case *syntax.Match:
		u.matchStmt(s)
	case *syntax.For:
		if s.IsAsync {
			u.asyncForStmt(s)
		} else {
			u.forStmt(s)
		}
	case *syntax.Break:
		u.breakOrContinue(s, true)
	case *syntax.Continue:
		u.breakOrContinue(s, false)
	case *syntax.Return:
		u.returnStmt(s)
	case *syntax.FunctionDef:
		u.funcDef(s)
	case *syntax.ClassDef:
		u.classDef(s)
	case *syntax.Global, *syntax.Nonlocal:
	case *syntax.Raise:
		n := 0
		if s.Exc != nil {
			u.expr(s.Exc)
			n = 1
			if s.Cause != nil {
				u.expr(s.Cause)
				n = 2
			}
		}
		u.emit(RAISE_VARARGS, n)
	case *syntax.Try:
		u.lineNop()
		u.tryStmt(s)
	case *syntax.With:
		u.withStmt(s, 0)
	case *syntax.Assert:
		end := u.newLabel()
		u.jumpIf(s.Test, true, end)
		u.emit(LOAD_ASSERTION_ERROR, 0)
		if s.Msg != nil {
			u.emit(PUSH_NULL, 0)
			u.expr(s.Msg)
			u.emit(CALL, 1)
		}
		u.emit(RAISE_VARARGS, 1)
		u.place(end)
	case *syntax.Import:
		for _, a := range s.Names {
			u.emit(LOAD_CONST, u.constValue(int64(0)))
			u.emit(LOAD_CONST, u.constValue(syntax.NoneType{}))
			u.emit(IMPORT_NAME, u.name(a.Name))
			if a.Asname != "" {
				// import a.b.c as d binds the submodule c.
				parts := splitDots(a.Name)
				for _, p := range parts[1:] {
					u.emit(IMPORT_FROM, u.name(p))
					u.emit(SWAP, 2)
					u.emit(POP_TOP, 0)
				}
				u.storeName(a.Asname)
			} else {
				u.storeName(splitDots(a.Name)[0])
			}
		}
	case *syntax.ImportFrom:
		u.emit(LOAD_CONST, u.constValue(int64(s.Level)))
		names := make([]*object.Object, len(s.Names))
		for i, a := range s.Names {
			names[i] = object.NewStrStatic(a.Name)
		}
		u.emit(LOAD_CONST, u.objConst(object.NewStaticTuple(names...).Obj()))
		u.emit(IMPORT_NAME, u.name(s.Module))
		if len(s.Names) == 1 && s.Names[0].Name == "*" {
			u.emit(IMPORT_STAR, 0)
			return
		}
		for _, a := range s.Names {
			u.emit(IMPORT_FROM, u.name(a.Name))
			if a.Asname != "" {
				u.storeName(a.Asname)
			} else {
				u.storeName(a.Name)
			}
		}
		u.emit(POP_TOP, 0)
	default:
		u.c.unsupported(s, "statement")
	}
}

func splitDots(s string) []string {
	var out []string
	for {
		i := indexByte(s, '.')
		if i < 0 {
			return append(out, s)
		}
		out = append(out, s[:i])
		s = s[i+1:]
	}
}

func (u *unit) ifStmt(s *syntax.If) {
	end := u.newLabel()
	next := end
	if len(s.Orelse) > 0 {
		next = u.newLabel()
	}
	u.jumpIf(s.Test, false, next)
	u.stmts(s.Body)
	if len(s.Orelse) > 0 {
		u.emitArtificial(JUMP_FORWARD, int(end))
		u.place(next)
		u.stmts(s.Orelse)
	}
	u.place(end)
}

func (u *unit) whileStmt(s *syntax.While) {
	top, orelse, end := u.newLabel(), u.newLabel(), u.newLabel()
	u.place(top)
	if !isConstTrue(s.Test) {
		u.jumpIf(s.Test, false, orelse)
	} else {
		u.lineNop()
	}
	u.pushBlock(fblock{kind: fbWhile, continueTo: top, breakTo: end})
	u.stmts(s.Body)
	u.popBlock()
	u.setPos(s)
	u.emitJump(JUMP_BACKWARD, top)
	u.place(orelse)
	u.stmts(s.Orelse)
	u.place(end)
}

// lineNop emits a NOP for a statement that has no instruction of its own
// at its line (pass, try, while True) where the previous instruction is
// at another line: a tracer hears a 'line' event for it, as in CPython.
func (u *unit) lineNop() {
	if n := len(u.pos); n == 0 || u.pos[n-1].Line != u.curPos.Line {
		u.emit(NOP, 0)
	}
}

func isConstTrue(e syntax.Expr) bool {
	k, ok := e.(*syntax.Constant)
	if !ok {
		return false
	}
	switch v := k.Value.(type) {
	case bool:
		return v
	case int64:
		return v != 0
	}
	return false
}

func (u *unit) forStmt(s *syntax.For) {
	top, exit, end := u.newLabel(), u.newLabel(), u.newLabel()
	u.expr(s.Iter)
	u.emit(GET_ITER, 0)
	u.place(top)
	u.setPos(s)
	u.emitJump(FOR_ITER, exit)
	u.assignTo(s.Target)
	u.pushBlock(fblock{kind: fbFor, continueTo: top, breakTo: end})
	u.stmts(s.Body)
	u.popBlock()
	u.setPos(s)
	u.emitJump(JUMP_BACKWARD, top)
	u.place(exit)
	u.stmts(s.Orelse)
	u.place(end)
}

func (u *unit) breakOrContinue(s syntax.Stmt, isBreak bool) {
	for i := len(u.fblocks) - 1; i >= 0; i-- {
		b := u.fblocks[i]
		if b.kind == fbWhile || b.kind == fbFor {
			if isBreak {
				u.unwindBlocks(i, false)
				if b.kind == fbFor {
					u.emit(POP_TOP, 0) // the iterator
				}
				u.emitJump(JUMP_FORWARD, b.breakTo)
			} else {
				u.unwindBlocks(i+1, false)
				u.emitJump(JUMP_BACKWARD, b.continueTo)
			}
			u.setPos(s)
			return
		}
	}
	// The parser's checks reject break and continue outside loops.
}

func (u *unit) returnStmt(s *syntax.Return) {
	if s.Value != nil {
		u.expr(s.Value)
	} else {
		u.emit(LOAD_CONST, u.constValue(syntax.NoneType{}))
	}
	u.unwindBlocks(0, true)
	u.setPos(s)
	u.emit(RETURN_VALUE, 0)
}

// unwindBlocks emits the code that leaves the blocks from the innermost
// down to fblocks[downTo] (included), for break, continue and return.
// With preserveTop, a value on top of the stack (the return value) is kept
// above whatever the blocks pop.
func (u *unit) unwindBlocks(downTo int, preserveTop bool) {
	saved := u.fblocks
	savedHandler := u.handler
	for i := len(saved) - 1; i >= downTo; i-- {
		b := saved[i]
		// The finally body compiled below may push blocks of its own
		// (a with, a loop): capping the slice makes those appends copy
		// instead of overwriting saved[i:], the blocks still to unwind
		// and the enclosing statements' own.
		u.fblocks = saved[:i:i]
		switch b.kind {
		case fbFor:
			if preserveTop {
				u.emit(SWAP, 2)
				u.emit(POP_TOP, 0)
			} else if i > downTo {
				u.emit(POP_TOP, 0)
			}
		case fbFinallyTry:
			u.handler = b.outerHandler
			// A return value stays on the stack below the finally body:
			// a break, continue or return there drops it.
			if preserveTop {
				u.pushBlock(fblock{kind: fbPopValue})
			}
			u.stmts(b.finally)
			if preserveTop {
				u.popBlock()
			}
		case fbPopValue:
			if preserveTop {
				u.emit(SWAP, 2)
			}
			u.emit(POP_TOP, 0)
		case fbFinallyEnd:
			// Leaving a finally entered by an exception: drop it and
			// restore the previously handled exception.
			if preserveTop {
				u.emit(SWAP, 2)
				u.emit(POP_TOP, 0)
				u.emit(SWAP, 2)
			} else {
				u.emit(POP_TOP, 0)
			}
			u.emit(POP_EXCEPT, 0)
		case fbHandler:
			if preserveTop {
				u.emit(SWAP, 2)
			}
			u.emit(POP_EXCEPT, 0)
			if b.name != "" {
				u.emit(LOAD_CONST, u.constValue(syntax.NoneType{}))
				u.storeName(b.name)
				u.deleteName(b.name)
			}
		case fbWith:
			if preserveTop {
				u.emit(SWAP, 2)
			}
			u.callExitNone(b.async)
		}
	}
	u.fblocks = saved
	u.handler = savedHandler
}

// callExitNone calls the __exit__ on top of the stack with three Nones
// and pops it and the result; for async with, it awaits the result of
// __aexit__ first.
func (u *unit) callExitNone(async bool) {
	none := u.constValue(syntax.NoneType{})
	u.emit(PUSH_NULL, 0)
	u.emit(LOAD_CONST, none)
	u.emit(LOAD_CONST, none)
	u.emit(LOAD_CONST, none)
	u.emit(CALL, 3)
	if async {
		u.awaitTop(2)
	}
	u.emit(POP_TOP, 0)
}

func (u *unit) tryStmt(s *syntax.Try) {
	switch {
	case len(s.Finalbody) > 0:
		u.tryFinally(s)
	case s.IsStar:
		u.tryStarExcept(s)
	default:
		u.tryExcept(s)
	}
}

// tryFinally compiles try/finally; the try part may itself have handlers.
func (u *unit) tryFinally(s *syntax.Try) {
	handler, cleanup, end := u.newLabel(), u.newLabel(), u.newLabel()
	outer := u.handler
	u.protect(handler)
	u.pushBlock(fblock{kind: fbFinallyTry, finally: s.Finalbody, outerHandler: outer})
	if len(s.Handlers) > 0 {
		u.tryStmt(&syntax.Try{Pos: s.Pos, Body: s.Body, Handlers: s.Handlers, Orelse: s.Orelse, IsStar: s.IsStar})
	} else {
		u.stmts(s.Body)
	}
	u.popBlock()
	u.handler = outer
	u.stmts(s.Finalbody)
	u.emitJump(JUMP_FORWARD, end)

	u.place(handler) // stack: exc
	u.protect(cleanup)
	u.emit(PUSH_EXC_INFO, 0)
	u.pushBlock(fblock{kind: fbFinallyEnd})
	u.stmts(s.Finalbody)
	u.popBlock()
	u.emit(RERAISE, 0)

	u.place(cleanup) // stack: prev exc
	u.handler = outer
	u.emit(SWAP, 2)
	u.emit(POP_EXCEPT, 0)
	u.emit(RERAISE, 0)
	u.place(end)
}

// tryBodyElse compiles a try statement's body, protected by handler,
// then its else clause, and jumps to end.
func (u *unit) tryBodyElse(s *syntax.Try, handler, end label) {
	outer := u.handler
	u.protect(handler)
	u.pushBlock(fblock{kind: fbTryExcept})
	u.stmts(s.Body)
	u.popBlock()
	u.handler = outer
	u.stmts(s.Orelse)
	u.emitJump(JUMP_FORWARD, end)
}

// exceptCleanup places cleanup, the handler of an exception raised while
// except clauses run (stack: prev exc): it restores the exception handled
// before and re-raises, under the enclosing handler outer.
func (u *unit) exceptCleanup(cleanup, outer label) {
	u.place(cleanup)
	u.handler = outer
	u.emit(SWAP, 2)
	u.emit(POP_EXCEPT, 0)
	u.emit(RERAISE, 0)
}

func (u *unit) tryExcept(s *syntax.Try) {
	handler, cleanup, end := u.newLabel(), u.newLabel(), u.newLabel()
	outer := u.handler
	u.tryBodyElse(s, handler, end)
	u.place(handler) // stack: exc
	u.protect(cleanup)
	// Argument 1 marks the handler of except clauses: an embedder's hard
	// stop skips them all (vm/interrupt.go).
	u.emit(PUSH_EXC_INFO, 1) // prev exc
	for _, h := range s.Handlers {
		u.setPos(h)
		next := u.newLabel()
		if h.Type != nil {
			u.expr(h.Type)
			u.emit(CHECK_EXC_MATCH, 0)
			u.emitJump(POP_JUMP_IF_FALSE, next)
		}
		if h.Name == "" {
			u.emit(POP_TOP, 0) // prev
			u.pushBlock(fblock{kind: fbHandler})
			u.stmts(h.Body)
			u.popBlock()
			u.emit(POP_EXCEPT, 0)
		} else {
			u.storeName(h.Name) // prev
			// The body runs in a try/finally that unbinds the name.
			nameCleanup := u.newLabel()
			u.protect(nameCleanup)
			u.pushBlock(fblock{kind: fbHandler, name: h.Name})
			u.stmts(h.Body)
			u.popBlock()
			u.handler = cleanup
			u.emit(POP_EXCEPT, 0)
			u.clearName(h.Name)
			u.emitJump(JUMP_FORWARD, end)

			u.place(nameCleanup) // prev exc2
			u.clearName(h.Name)
			u.emit(RERAISE, 0)
		}
		u.emitJump(JUMP_FORWARD, end)
		u.place(next)
	}
	u.emit(RERAISE, 0) // no handler matched: prev exc

	u.exceptCleanup(cleanup, outer)
	u.place(end)
}

// tryStarExcept compiles try/except* as CPython does: the handler keeps
// the exception caught (orig), a list of what the clauses raise, and
// the part of the exception no clause has matched yet (rest), which each
// clause splits (CHECK_EG_MATCH); an exception a clause's body raises
// goes in the list. Last, the unmatched rest joins the list, and
// PREP_RERAISE_STAR makes of the list the exception to raise, if any.
// Break, continue and return cannot leave a clause (syntax/check.go), so
// the clauses need no block of their own.
func (u *unit) tryStarExcept(s *syntax.Try) {
	handler, cleanup, end := u.newLabel(), u.newLabel(), u.newLabel()
	outer := u.handler
	u.tryBodyElse(s, handler, end)
	u.place(handler) // stack: exc
	u.protect(cleanup)
	u.emit(PUSH_EXC_INFO, 1) // prev exc
	u.emit(COPY, 1)
	u.emit(BUILD_LIST, 0)
	u.emit(SWAP, 2) // prev orig list exc
	for _, h := range s.Handlers {
		u.setPos(h)
		next, matched := u.newLabel(), u.newLabel()
		u.expr(h.Type)
		u.emit(CHECK_EG_MATCH, 0) // prev orig list rest match
		u.emit(COPY, 1)
		u.emitJump(POP_JUMP_IF_NOT_NONE, matched)
		u.emit(POP_TOP, 0) // no match: prev orig list exc
		u.emitJump(JUMP_FORWARD, next)
		u.place(matched)
		if h.Name == "" {
			u.emit(POP_TOP, 0)
		} else {
			u.storeName(h.Name)
		}
		raised := u.newLabel()
		u.protect(raised)
		u.stmts(h.Body)
		u.handler = cleanup
		if h.Name != "" {
			u.clearName(h.Name)
		}
		u.emitJump(JUMP_FORWARD, next)

		u.place(raised) // prev orig list rest exc2
		if h.Name != "" {
			u.clearName(h.Name)
		}
		u.emit(LIST_APPEND, 2)
		u.place(next) // prev orig list rest
	}
	u.emit(LIST_APPEND, 1)
	u.emit(PREP_RERAISE_STAR, 0) // prev exc|None
	reraise := u.newLabel()
	u.emit(COPY, 1)
	u.emitJump(POP_JUMP_IF_NOT_NONE, reraise)
	u.emit(POP_TOP, 0)
	u.emit(POP_EXCEPT, 0)
	u.emitJump(JUMP_FORWARD, end)
	u.place(reraise)
	u.emit(RERAISE, 0) // through cleanup, which restores prev

	u.exceptCleanup(cleanup, outer)
	u.place(end)
}

// clearName does "name = None; del name", as CPython does for the name
// of an except clause.
func (u *unit) clearName(name string) {
	u.emit(LOAD_CONST, u.constValue(syntax.NoneType{}))
	u.storeName(name)
	u.deleteName(name)
}

func (u *unit) withStmt(s *syntax.With, item int) {
	it := s.Items[item]
	handler, cleanup, suppress, end := u.newLabel(), u.newLabel(), u.newLabel(), u.newLabel()
	u.expr(it.ContextExpr)
	if s.IsAsync {
		u.setPos(s)
		u.emit(BEFORE_ASYNC_WITH, 0) // aexit aenter_result
		u.emit(GET_AWAITABLE, 1)
		u.emit(LOAD_CONST, u.constValue(syntax.NoneType{}))
		u.yieldFromLoop()
	} else {
		u.emit(BEFORE_WITH, 0) // exit enter_result
	}
	if it.OptionalVars != nil {
		u.assignTo(it.OptionalVars)
	} else {
		u.emit(POP_TOP, 0)
	}
	outer := u.handler
	u.protect(handler)
	u.pushBlock(fblock{kind: fbWith, async: s.IsAsync})
	if item+1 < len(s.Items) {
		u.withStmt(s, item+1)
	} else {
		u.stmts(s.Body)
	}
	u.popBlock()
	u.handler = outer
	u.setPos(s)
	u.callExitNone(s.IsAsync)
	u.emitJump(JUMP_FORWARD, end)

	u.place(handler) // exit exc
	u.protect(cleanup)
	u.emit(PUSH_EXC_INFO, 0)     // exit prev exc
	u.emit(WITH_EXCEPT_START, 0) // exit prev exc result
	if s.IsAsync {
		u.awaitTop(2)
	}
	u.emitJump(POP_JUMP_IF_TRUE, suppress)
	u.emit(RERAISE, 0)
	u.place(suppress) // exit prev exc
	u.emit(POP_TOP, 0)
	u.emit(POP_EXCEPT, 0)
	u.emit(POP_TOP, 0)
	u.emitJump(JUMP_FORWARD, end)

	u.place(cleanup) // exit prev exc
	u.handler = outer
	u.emit(SWAP, 2)
	u.emit(POP_EXCEPT, 0)
	u.emit(RERAISE, 0)
	u.place(end)
}

func (u *unit) augAssign(s *syntax.AugAssign) {
	op := int(s.Op) | inplaceFlag
	switch t := s.Target.(type) {
	case *syntax.Name:
		u.loadName(t.Id)
		u.expr(s.Value)
		u.setPos(s)
		u.emit(BINARY_OP, op)
		u.storeName(t.Id)
	case *syntax.Attribute:
		u.expr(t.Value)
		u.emit(COPY, 1)
		u.emit(LOAD_ATTR, u.name(t.Attr)<<1)
		u.expr(s.Value)
		u.setPos(s)
		u.emit(BINARY_OP, op)
		u.emit(SWAP, 2)
		u.emit(STORE_ATTR, u.name(t.Attr))
	case *syntax.Subscript:
		u.expr(t.Value)
		u.expr(t.Slice)
		u.emit(COPY, 2)
		u.emit(COPY, 2)
		u.emit(BINARY_SUBSCR, 0)
		u.expr(s.Value)
		u.setPos(s)
		u.emit(BINARY_OP, op)
		u.emit(SWAP, 3)
		u.emit(SWAP, 2)
		u.emit(STORE_SUBSCR, 0)
	}
}

func (u *unit) annAssign(s *syntax.AnnAssign) {
	if s.Value != nil {
		u.expr(s.Value)
		u.assignTo(s.Target)
	}
	// Annotations of simple names at module and class level are stored in
	// __annotations__; in functions they are not evaluated.
	if name, ok := s.Target.(*syntax.Name); ok && s.Simple && u.scope.kind != functionScope {
		u.annotation(s.Annotation)
		u.emit(LOAD_NAME, u.name("__annotations__"))
		u.emit(LOAD_CONST, u.constValue(u.mangle(name.Id)))
		u.emit(STORE_SUBSCR, 0)
	}
}

func (u *unit) deleteTarget(t syntax.Expr) {
	u.setPos(t)
	switch t := t.(type) {
	case *syntax.Name:
		u.deleteName(t.Id)
	case *syntax.Attribute:
		u.expr(t.Value)
		u.emit(DELETE_ATTR, u.name(t.Attr))
	case *syntax.Subscript:
		u.expr(t.Value)
		u.expr(t.Slice)
		u.emit(DELETE_SUBSCR, 0)
	case *syntax.Tuple:
		for _, e := range t.Elts {
			u.deleteTarget(e)
		}
	case *syntax.List:
		for _, e := range t.Elts {
			u.deleteTarget(e)
		}
	}
}

// assignTo stores the value on top of the stack into a target.
func (u *unit) assignTo(t syntax.Expr) {
	switch t := t.(type) {
	case *syntax.Name:
		u.storeName(t.Id)
	case *syntax.Attribute:
		u.expr(t.Value)
		u.setPos(t)
		u.emit(STORE_ATTR, u.name(t.Attr))
	case *syntax.Subscript:
		u.expr(t.Value)
		u.expr(t.Slice)
		u.setPos(t)
		u.emit(STORE_SUBSCR, 0)
	case *syntax.Tuple:
		u.unpack(t, t.Elts)
	case *syntax.List:
		u.unpack(t, t.Elts)
	case *syntax.Starred:
		u.assignTo(t.Value)
	}
}

func (u *unit) unpack(n syntax.Node, elts []syntax.Expr) {
	u.setPos(n)
	star := -1
	for i, e := range elts {
		if _, ok := e.(*syntax.Starred); ok {
			star = i
		}
	}
	if star < 0 {
		u.emit(UNPACK_SEQUENCE, len(elts))
	} else {
		u.emit(UNPACK_EX, star|(len(elts)-star-1)<<8)
	}
	for _, e := range elts {
		u.assignTo(e)
	}
}
