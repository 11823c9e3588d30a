// This file defines the recursive-descent parser: the public entry points
// ParseFile and ParseExpr, statements, expressions, and the error reporting
// that imitates CPython 3.11's choice of message and location.

package syntax

import (
	"fmt"
	"strings"
)

// ParseFile parses a module. The error, if any, is an *Error.
func ParseFile(filename string, src []byte) (*Module, error) {
	return ParseFileDepth(filename, src, DefaultTreeDepth)
}

// ParseFileDepth is ParseFile with a bound on the depth of the tree (see
// MaxTreeDepth): a deeper one is refused with RecursionError.
func ParseFileDepth(filename string, src []byte, maxTreeDepth int) (*Module, error) {
	return parseFile(filename, src, maxTreeDepth, true)
}

// ParseFileTree parses a module as CPython's parser alone does (ast.parse):
// without the checks of its symbol table and compiler, so that "return"
// at module level, say, gives a tree rather than a SyntaxError.
func ParseFileTree(filename string, src []byte) (*Module, error) {
	return parseFile(filename, src, DefaultTreeDepth, false)
}

func parseFile(filename string, src []byte, maxTreeDepth int, checks bool) (*Module, error) {
	p := newParser(filename, src)
	p.maxTreeDepth = maxTreeDepth
	var mod *Module
	if err := p.run(func() {
		mod = p.file()
		p.checkDepth(mod)
		if checks {
			p.checkModule(mod)
		}
	}); err != nil {
		return nil, err
	}
	return mod, nil
}

// ParseExpr parses a single expression (possibly an unparenthesised tuple)
// surrounded by optional white space and newlines, as eval() does.
//
// Like eval(), it first strips leading spaces and tabs (but an indented
// second line is still an error).
func ParseExpr(filename string, src []byte) (Expr, error) {
	return ParseExprDepth(filename, src, DefaultTreeDepth)
}

// ParseExprDepth is ParseExpr with a bound on the depth of the tree (see
// MaxTreeDepth).
func ParseExprDepth(filename string, src []byte, maxTreeDepth int) (Expr, error) {
	return parseExpr(filename, src, maxTreeDepth, true)
}

// ParseExprTree parses an expression without the checks of CPython's
// symbol table and compiler, as ast.parse(mode='eval') does.
func ParseExprTree(filename string, src []byte) (Expr, error) {
	return parseExpr(filename, src, DefaultTreeDepth, false)
}

func parseExpr(filename string, src []byte, maxTreeDepth int, checks bool) (Expr, error) {
	for len(src) > 0 && (src[0] == ' ' || src[0] == '\t') {
		src = src[1:]
	}
	p := newParser(filename, src)
	p.maxTreeDepth = maxTreeDepth - 1 // CPython's Expression node
	p.evalMode = true
	var e Expr
	if err := p.run(func() {
		for p.peek() == NEWLINE {
			p.next()
		}
		e = p.starExpressions()
		for p.peek() == NEWLINE {
			p.next()
		}
		if p.peek() != EOF {
			p.syntaxError()
		}
		p.checkDepth(e)
		if checks {
			p.checkExpr(e)
		}
	}); err != nil {
		return nil, err
	}
	return e, nil
}

// parser is the state of one parse. The token slice is produced up front by
// the scanner; p.pos indexes it. Errors unwind by panicking with bailout,
// recovered in run, so that parse functions need not thread errors through.
type parser struct {
	filename string
	// classArgs: parsing a class's bases, where a lone generator
	// expression is not allowed as it is in a call.
	classArgs bool
	// maxTreeDepth bounds the depth of the tree (depth.go).
	maxTreeDepth int
	src          string
	toks         []Token
	pos          int
	far          int // furthest token index looked at, like CPython's fill-1
	depth        int
	scan         *scanner
	err          *Error
	evalMode     bool
	// inFString is set for the parser of an f-string replacement field: the
	// errors it reports get the "f-string: " prefix.
	inFString bool
}

// bailout is the panic value used to unwind after an error.
type bailout struct{}

func newParser(filename string, src []byte) *parser {
	text := normalizeNewlines(src)
	s := newScanner(filename, text, 0, len(text), 1, 0)
	s.scanAll()
	return &parser{filename: filename, src: text, toks: s.toks, scan: s}
}

// normalizeNewlines converts \r\n and \r to \n and drops a UTF-8 BOM,
// copying only when needed.
func normalizeNewlines(src []byte) string {
	text := string(src)
	text = strings.TrimPrefix(text, "\ufeff")
	if strings.IndexByte(text, '\r') >= 0 {
		text = strings.ReplaceAll(text, "\r\n", "\n")
		text = strings.ReplaceAll(text, "\r", "\n")
	}
	return text
}

// run calls f, turning a bailout into the recorded error.
func (p *parser) run(f func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			if _, ok := r.(bailout); !ok {
				panic(r)
			}
			err = p.err
		}
	}()
	f()
	return nil
}

// try runs f and reports whether it succeeded; on failure the parser is
// reset to where it was so that an alternative can be tried.
func (p *parser) try(f func()) (ok bool) {
	save := p.pos
	defer func() {
		if r := recover(); r != nil {
			if _, isBail := r.(bailout); !isBail {
				panic(r)
			}
			p.pos = save
			p.err = nil
			ok = false
		}
	}()
	f()
	return true
}

// ---- token access ----

func (p *parser) peek() Kind {
	if p.pos > p.far {
		p.far = p.pos
	}
	return p.toks[p.pos].Kind
}

// peekN returns the kind of the token n places ahead.
func (p *parser) peekN(n int) Kind {
	i := p.pos + n
	if i >= len(p.toks) {
		i = len(p.toks) - 1
	}
	if i > p.far {
		p.far = i
	}
	return p.toks[i].Kind
}

func (p *parser) tok() *Token {
	p.peek()
	return &p.toks[p.pos]
}

// next consumes and returns the current token. EOF and ERRORTOKEN are never
// consumed, so that loops always stop.
func (p *parser) next() Token {
	t := p.toks[p.pos]
	if p.pos > p.far {
		p.far = p.pos
	}
	if t.Kind != EOF && t.Kind != ERRORTOKEN {
		p.pos++
	}
	return t
}

// prev returns the last consumed token.
func (p *parser) prev() *Token { return &p.toks[p.pos-1] }

func (p *parser) got(k Kind) bool {
	if p.peek() == k {
		p.next()
		return true
	}
	return false
}

// expect consumes a token of kind k or reports a generic syntax error.
func (p *parser) expect(k Kind) Token {
	if p.peek() != k {
		p.syntaxError()
	}
	return p.next()
}

// expectColon consumes the ':' of a compound statement. CPython says
// "expected ':'" when the line ends there, or for the statements whose
// grammar forces the colon (def, try, else, finally) whatever follows;
// otherwise it is a generic syntax error.
func (p *parser) expectColon(forced bool) {
	if p.peek() != COLON {
		if forced || p.peek() == NEWLINE {
			p.errorAtTokenStart(p.tok(), "expected ':'")
		}
		p.syntaxError()
	}
	p.next()
}

func (p *parser) text(t *Token) string { return p.src[t.Start:t.End] }

func (p *parser) enter() {
	p.depth++
	if p.depth > maxParseDepth {
		// CPython's parser raises a bare MemoryError here (depth.go).
		p.fail(&Error{Kind: "MemoryError", Filename: p.filename})
	}
}

func (p *parser) leave() { p.depth-- }

// ---- positions ----

func tokPos(t *Token) Pos { return Pos{t.Line, t.Col, t.EndLine, t.EndCol} }

// span returns the position from the start of a to the end of b.
func span(a, b Pos) Pos { return Pos{a.Line, a.Col, b.EndLine, b.EndCol} }

// endAt returns the position from start to the end of the last consumed
// token.
func (p *parser) endAt(start Pos) Pos {
	t := p.prev()
	return Pos{start.Line, start.Col, t.EndLine, t.EndCol}
}

// ---- errors ----

// newError builds an error of the given kind for a source range given in
// byte columns (endCol -1: no end).
func (p *parser) newError(kind string, line, col, endLine, endCol int, msg string) *Error {
	text := lineText(p.src, line)
	e := &Error{Kind: kind, Filename: p.filename, Line: line, EndLine: endLine, Msg: msg, Text: text}
	if col >= 0 {
		e.Col = byteColToRunes(text, col) + 1
	}
	if endCol >= 0 {
		if endLine == line {
			e.EndCol = byteColToRunes(text, endCol) + 1
		} else {
			e.EndCol = byteColToRunes(lineText(p.src, endLine), endCol) + 1
		}
	}
	return e
}

// tokenError builds an error located at token t the way CPython does:
// INDENT and DEDENT carry the indentation width as their 1-based offset
// (so no caret survives the stripping of the shown line) and EOF has none.
func (p *parser) tokenError(kind string, t *Token, msg string) *Error {
	switch t.Kind {
	case EOF:
		if t.Col < 0 {
			return &Error{Kind: kind, Filename: p.filename, Line: t.Line, EndLine: t.Line,
				EndCol: -1, Msg: msg, Text: lineText(p.src, t.Line), AtEOF: true}
		}
	case INDENT, DEDENT:
		e := p.newError(kind, t.Line, t.EndCol, t.Line, -1, msg)
		e.Col--
		e.EndCol = -1
		e.AtEOF = t.Kind == DEDENT && t.Col < 0
		return e
	}
	return p.newError(kind, t.Line, t.Col, t.EndLine, t.EndCol, msg)
}

// fail records err (after giving CPython's priorities a chance to replace
// it) and unwinds.
func (p *parser) fail(err *Error) {
	if p.inFString && !strings.HasPrefix(err.Msg, "f-string") {
		err.Msg = "f-string: " + err.Msg
	}
	p.err = p.prioritize(err)
	panic(bailout{})
}

// prioritize applies CPython's rule that a tokenizer error anywhere later in
// the file, or a bracket left open before the error line, wins over a
// parser error.
func (p *parser) prioritize(err *Error) *Error {
	if s := p.scan; s.err != nil && s.err.Kind != "" {
		return s.err
	}
	if s := p.scan; s.err == nil && len(s.parens) > 0 && !p.inFString {
		open := s.parens[len(s.parens)-1]
		if err.Line > open.line {
			return p.unclosed(open)
		}
	}
	return err
}

func (p *parser) unclosed(open openParen) *Error {
	e := p.newError("SyntaxError", open.line, open.col, open.line, -1,
		fmt.Sprintf("'%c' was never closed", open.ch))
	// CPython's tokenizer shows the line cut before its newline, unless
	// it is the last line (which it reads with a newline added).
	e.TextNoNewline = strings.Count(strings.TrimRight(p.src, "\r\n"), "\n") >= open.line
	return e
}

// errorAtToken reports msg located at token t.
func (p *parser) errorAtToken(t *Token, msg string) {
	p.fail(p.tokenError("SyntaxError", t, msg))
}

// errorAtTokenStart reports msg with a single caret at the start of token
// t, the location CPython gives errors raised without an explicit one.
func (p *parser) errorAtTokenStart(t *Token, msg string) {
	e := p.tokenError("SyntaxError", t, msg)
	if !e.AtEOF {
		e.EndLine, e.EndCol = e.Line, e.Col
	}
	p.fail(e)
}

// errorAtFar reports msg with a single caret at the furthest token looked
// at (CPython's RAISE_SYNTAX_ERROR without a location).
func (p *parser) errorAtFar(msg string) {
	p.errorAtTokenStart(&p.toks[p.far], msg)
}

// errorAtNode reports msg covering node n.
func (p *parser) errorAtNode(n Node, format string, args ...any) {
	pos := n.Span()
	p.fail(p.newError("SyntaxError", pos.Line, pos.Col, pos.EndLine, pos.EndCol, fmt.Sprintf(format, args...)))
}

// errorAtRange reports msg covering positions a to b.
func (p *parser) errorAtRange(a, b Pos, format string, args ...any) {
	p.fail(p.newError("SyntaxError", a.Line, a.Col, b.EndLine, b.EndCol, fmt.Sprintf(format, args...)))
}

// syntaxError reports the generic error at the furthest token looked at,
// with CPython's special cases for end of input and indentation.
// evalEnd reports eval()'s source ending too early, as CPython does: at
// offset 0 of the last line, and a blank source at line 0.
func (p *parser) evalEnd(t *Token) {
	e := &Error{Kind: "SyntaxError", Filename: p.filename, Line: t.Line, EndLine: t.Line,
		Msg: "invalid syntax", Text: lineText(p.src, t.Line),
		TextNoNewline: !strings.HasSuffix(p.src, "\n")}
	if strings.TrimSpace(p.src) == "" && !strings.ContainsAny(p.src, "\r\n") {
		e.Line, e.EndLine, e.Text = 0, 0, ""
	}
	p.err = e
	panic(bailout{})
}

func (p *parser) syntaxError() {
	t := &p.toks[p.far]
	if p.inFString {
		p.fail(p.tokenError("SyntaxError", t, "invalid syntax"))
	}
	switch t.Kind {
	case ERRORTOKEN:
		if s := p.scan; s.err != nil && s.err.Kind != "" {
			p.err = s.err
			panic(bailout{})
		}
	case EOF:
		if len(p.scan.parens) > 0 {
			p.err = p.unclosed(p.scan.parens[len(p.scan.parens)-1])
			panic(bailout{})
		}
		if p.evalMode {
			p.evalEnd(t)
		}
	case NEWLINE:
		if p.evalMode && t.Start >= len(p.src) {
			p.evalEnd(t) // the newline eval adds to its source
		}
	case INDENT:
		p.err = p.tokenError("IndentationError", t, "unexpected indent")
		panic(bailout{})
	case DEDENT:
		p.err = p.tokenError("IndentationError", t, "unexpected unindent")
		panic(bailout{})
	}
	p.fail(p.tokenError("SyntaxError", t, "invalid syntax"))
}

// ---- statements ----

func (p *parser) file() *Module {
	mod := &Module{Body: []Stmt{}}
	for p.peek() != EOF {
		mod.Body = append(mod.Body, p.statement()...)
	}
	return mod
}

// statement parses one compound statement or one line of simple ones.
func (p *parser) statement() []Stmt {
	switch p.peek() {
	case DEF:
		return []Stmt{p.funcDef(nil)}
	case CLASS:
		return []Stmt{p.classDef(nil)}
	case AT:
		return []Stmt{p.decorated()}
	case IF:
		return []Stmt{p.ifStmt()}
	case WHILE:
		return []Stmt{p.whileStmt()}
	case FOR:
		return []Stmt{p.forStmt()}
	case TRY:
		return []Stmt{p.tryStmt()}
	case WITH:
		return []Stmt{p.withStmt()}
	case ASYNC:
		return []Stmt{p.asyncStmt()}
	case NAME:
		if p.text(p.tok()) == "match" {
			if p.looksLikeMatch() {
				return []Stmt{p.matchStmt()}
			}
			return p.matchOrSimpleStmts()
		}
	}
	return p.simpleStmts()
}

// matchOrSimpleStmts parses a line starting with the name "match" that
// does not end with ':' as simple statements; when they do not parse and
// the line is "match" and a subject, the ':' is reported missing, as
// CPython's invalid_match_stmt does.
func (p *parser) matchOrSimpleStmts() []Stmt {
	var out []Stmt
	save, far := p.pos, p.far
	if p.try(func() { out = p.simpleStmts() }) {
		return out
	}
	p.pos = save
	if p.try(func() {
		p.next()
		p.matchSubject()
		if p.peek() != NEWLINE {
			p.syntaxError()
		}
	}) {
		p.errorAtTokenStart(p.tok(), "expected ':'")
	}
	p.pos, p.far = save, far
	return p.simpleStmts()
}

// looksLikeMatch reports whether a line starting with the soft keyword
// "match" ends with ':' at bracket depth 0, the shape of a match statement.
func (p *parser) looksLikeMatch() bool {
	k := p.peekN(1)
	if k == EQUAL || k == DOT || k == NEWLINE || k == COLON || (k >= PLUSEQUAL && k <= ATEQUAL) {
		return false
	}
	for i := p.pos + 1; i < len(p.toks); i++ {
		switch p.toks[i].Kind {
		case NEWLINE, EOF, ERRORTOKEN:
			return i > 0 && p.toks[i-1].Kind == COLON && p.toks[i-1].Level == 0
		}
	}
	return false
}

// simpleStmts parses "stmt; stmt; ... NEWLINE".
func (p *parser) simpleStmts() []Stmt {
	var out []Stmt
	for {
		out = append(out, p.simpleStmt())
		if !p.got(SEMI) {
			break
		}
		if p.peek() == NEWLINE {
			break
		}
	}
	if p.peek() != NEWLINE {
		p.syntaxError()
	}
	p.next()
	return out
}

func (p *parser) simpleStmt() Stmt {
	t := p.tok()
	start := tokPos(t)
	switch t.Kind {
	case PASS:
		p.next()
		return &Pass{start}
	case BREAK:
		p.next()
		return &Break{start}
	case CONTINUE:
		p.next()
		return &Continue{start}
	case RETURN:
		p.next()
		s := &Return{}
		if !p.atStmtEnd() {
			s.Value = p.starExpressions()
		}
		s.Pos = p.endAt(start)
		return s
	case RAISE:
		p.next()
		s := &Raise{}
		if !p.atStmtEnd() {
			s.Exc = p.expression()
			if p.got(FROM) {
				s.Cause = p.expression()
			}
		}
		s.Pos = p.endAt(start)
		return s
	case GLOBAL, NONLOCAL:
		p.next()
		var names []string
		for {
			names = append(names, p.text(ptr(p.expect(NAME))))
			if !p.got(COMMA) {
				break
			}
		}
		if t.Kind == GLOBAL {
			return &Global{p.endAt(start), names}
		}
		return &Nonlocal{p.endAt(start), names}
	case DEL:
		return p.delStmt()
	case ASSERT:
		p.next()
		s := &Assert{Test: p.expression()}
		if p.got(COMMA) {
			s.Msg = p.expression()
		}
		s.Pos = p.endAt(start)
		return s
	case IMPORT:
		return p.importStmt()
	case FROM:
		return p.fromImport()
	}
	return p.exprStmt()
}

func ptr(t Token) *Token { return &t }

// atStmtEnd reports whether the simple statement ends here.
func (p *parser) atStmtEnd() bool {
	k := p.peek()
	return k == NEWLINE || k == SEMI || k == EOF
}

func (p *parser) delStmt() Stmt {
	start := tokPos(p.tok())
	p.next()
	s := &Delete{}
	for {
		e := p.starExpression()
		p.setContext(e, Del)
		s.Targets = append(s.Targets, e)
		if !p.got(COMMA) || p.atStmtEnd() {
			break
		}
	}
	if !p.atStmtEnd() {
		p.syntaxError()
	}
	s.Pos = p.endAt(start)
	return s
}

// dottedName parses NAME ('.' NAME)*.
func (p *parser) dottedName() string {
	var b strings.Builder
	for {
		b.WriteString(p.text(ptr(p.expect(NAME))))
		if p.peek() != DOT {
			return b.String()
		}
		p.next()
		b.WriteByte('.')
	}
}

func (p *parser) importStmt() Stmt {
	start := tokPos(p.tok())
	p.next()
	s := &Import{}
	for {
		a := &Alias{}
		aStart := tokPos(p.tok())
		a.Name = p.dottedName()
		if p.got(AS) {
			a.Asname = p.text(ptr(p.expect(NAME)))
		}
		a.Pos = p.endAt(aStart)
		s.Names = append(s.Names, a)
		if !p.got(COMMA) {
			break
		}
	}
	s.Pos = p.endAt(start)
	return s
}

func (p *parser) fromImport() Stmt {
	start := tokPos(p.tok())
	p.next()
	s := &ImportFrom{}
	for {
		if p.got(DOT) {
			s.Level++
		} else if p.got(ELLIPSIS) {
			s.Level += 3
		} else {
			break
		}
	}
	if p.peek() == NAME || s.Level == 0 {
		s.Module = p.dottedName()
	}
	p.expect(IMPORT)
	if t := p.tok(); t.Kind == STAR {
		p.next()
		s.Names = []*Alias{{Pos: tokPos(t), Name: "*"}}
		s.Pos = p.endAt(start)
		return s
	}
	paren := p.got(LPAR)
	for {
		a := &Alias{}
		t := p.expect(NAME)
		a.Name = p.text(&t)
		if p.got(AS) {
			a.Asname = p.text(ptr(p.expect(NAME)))
		}
		a.Pos = p.endAt(tokPos(&t))
		s.Names = append(s.Names, a)
		if !p.got(COMMA) {
			break
		}
		if paren && p.peek() == RPAR {
			break
		}
		if !paren && p.atStmtEnd() {
			p.errorAtFar("trailing comma not allowed without surrounding parentheses")
		}
	}
	if paren {
		p.expect(RPAR)
	}
	s.Pos = p.endAt(start)
	return s
}

// exprStmt parses an expression statement or an assignment of any kind.
func (p *parser) exprStmt() Stmt {
	startTok := p.tok()
	start := tokPos(startTok)
	var e Expr
	if p.peek() == YIELD {
		e = p.yieldExpr()
	} else {
		e = p.starExpressions()
	}
	switch k := p.peek(); {
	case k == COLON:
		return p.annAssign(start, e, startTok.Kind != LPAR)
	case k == EQUAL:
		return p.assign(start, e)
	case k >= PLUSEQUAL && k <= DOUBLESLASHEQUAL && k != DOUBLESLASH || k == ATEQUAL:
		return p.augAssign(start, e, k)
	}
	if n, ok := e.(*Name); ok && (n.Id == "print" || n.Id == "exec") && p.startsExpression() {
		// Python 2's print statement.
		save := p.pos
		var arg Expr
		if p.try(func() { arg = p.starExpressions() }) {
			p.errorAtRange(n.Span(), arg.Span(), "Missing parentheses in call to '%s'. Did you mean %s(...)?", n.Id, n.Id)
		}
		p.pos = save
	}
	return &ExprStmt{p.endAt(start), e}
}

// Statement positions run from their first to their last token, so they
// include parentheses around the first or last expression.

func (p *parser) annAssign(start Pos, target Expr, simple bool) Stmt {
	switch t := target.(type) {
	case *Name:
		t.Ctx = Store
	case *Attribute:
		t.Ctx = Store
		simple = false
	case *Subscript:
		t.Ctx = Store
		simple = false
	case *Tuple:
		if len(t.Elts) > 0 && t.Span().Col == t.Elts[0].Span().Col && t.Span().Line == t.Elts[0].Span().Line {
			target = t.Elts[0] // CPython points at the first element of a bare tuple
		}
		p.errorAtNode(target, "only single target (not tuple) can be annotated")
	case *List:
		p.errorAtNode(target, "only single target (not list) can be annotated")
	default:
		p.errorAtNode(target, "illegal target for annotation")
	}
	p.next() // ':'
	s := &AnnAssign{Target: target, Annotation: p.expression(), Simple: simple}
	if p.got(EQUAL) {
		s.Value = p.annotatedRHS()
	}
	s.Pos = p.endAt(start)
	return s
}

func (p *parser) annotatedRHS() Expr {
	if p.peek() == YIELD {
		return p.yieldExpr()
	}
	return p.starExpressions()
}

func (p *parser) assign(start Pos, first Expr) Stmt {
	exprs := []Expr{first}
	for p.got(EQUAL) {
		exprs = append(exprs, p.annotatedRHS())
	}
	targets, value := exprs[:len(exprs)-1], exprs[len(exprs)-1]
	for i, t := range targets {
		p.checkAssignTarget(t, exprs[i+1], i)
	}
	return &Assign{p.endAt(start), targets, value}
}

// checkAssignTarget validates one target of an assignment, choosing
// between CPython's two wordings: "cannot assign to X here. Maybe you meant
// '==' instead of '='?" when the statement reads like a mistyped comparison
// "a = b", and "cannot assign to X" otherwise.
func (p *parser) checkAssignTarget(t, value Expr, index int) {
	bad := invalidTarget(t, Store)
	if bad == nil {
		p.setContext(t, Store)
		return
	}
	if _, ok := bad.(*Yield); ok || isYieldFrom(bad) {
		p.errorAtNode(bad, "assignment to yield expression not possible")
	}
	if index == 0 && looksLikeComparison(t, bad, value, p.tokAfter(value)) {
		p.errorAtNode(bad, "cannot assign to %s here. Maybe you meant '==' instead of '='?", exprName(bad))
	}
	p.errorAtNode(bad, "cannot assign to %s", exprName(bad))
}

func isYieldFrom(e Expr) bool { _, ok := e.(*YieldFrom); return ok }

// tokAfter returns the kind of the token following expression e.
func (p *parser) tokAfter(e Expr) Kind {
	end := e.Span()
	for i := p.pos - 1; i >= 0; i-- {
		t := &p.toks[i]
		if t.EndLine == end.EndLine && t.EndCol == end.EndCol {
			return p.toks[i+1].Kind
		}
		if t.EndLine < end.EndLine {
			break
		}
	}
	return EOF
}

// looksLikeComparison mirrors CPython's invalid_named_expression rule: the
// invalid target is a bitwise-or level expression (the whole first target,
// or the last element of an unparenthesised tuple) that is not a display,
// and the value is one too and is not followed by another '='.
func looksLikeComparison(target, bad, value Expr, after Kind) bool {
	if tup, ok := target.(*Tuple); ok && len(tup.Elts) > 0 && tup.Span().Col == tup.Elts[0].Span().Col &&
		tup.Span().Line == tup.Elts[0].Span().Line {
		target = tup.Elts[len(tup.Elts)-1]
	}
	if target != bad || !isBitwiseOrLevel(bad) || !isBitwiseOrLevel(value) || after == EQUAL || after == COLONEQUAL {
		return false
	}
	switch b := bad.(type) {
	case *List, *Tuple, *GeneratorExp:
		return false
	case *Constant:
		switch b.Value.(type) {
		case bool, NoneType:
			return false
		}
	}
	return true
}

// isBitwiseOrLevel reports whether e can be produced by the bitwise_or
// rule, i.e. binds at least as tightly as '|'.
func isBitwiseOrLevel(e Expr) bool {
	switch e := e.(type) {
	case *BoolOp, *Compare, *IfExp, *Lambda, *NamedExpr, *Starred, *Yield, *YieldFrom:
		return false
	case *UnaryOp:
		return e.Op != Not
	case *Tuple:
		// Only a parenthesised tuple is an atom.
		return len(e.Elts) == 0 || e.Span().Col != e.Elts[0].Span().Col || e.Span().Line != e.Elts[0].Span().Line
	}
	return true
}

func (p *parser) augAssign(start Pos, target Expr, k Kind) Stmt {
	switch t := target.(type) {
	case *Name:
		t.Ctx = Store
	case *Attribute:
		t.Ctx = Store
	case *Subscript:
		t.Ctx = Store
	default:
		p.errorAtNode(target, "'%s' is an illegal expression for augmented assignment", exprName(target))
	}
	p.next()
	value := p.annotatedRHS()
	return &AugAssign{p.endAt(start), target, augOperator(k), value}
}

func augOperator(k Kind) Operator {
	switch k {
	case PLUSEQUAL:
		return Add
	case MINEQUAL:
		return Sub
	case STAREQUAL:
		return Mult
	case ATEQUAL:
		return MatMult
	case SLASHEQUAL:
		return Div
	case PERCENTEQUAL:
		return Mod
	case DOUBLESTAREQUAL:
		return Pow
	case LEFTSHIFTEQUAL:
		return LShift
	case RIGHTSHIFTEQUAL:
		return RShift
	case VBAREQUAL:
		return BitOr
	case CIRCUMFLEXEQUAL:
		return BitXor
	case AMPEREQUAL:
		return BitAnd
	}
	return FloorDiv
}

// block parses the body after a compound statement's ':'. what and line
// name the statement for the "expected an indented block" message.
func (p *parser) block(what string, line int) []Stmt {
	if p.peek() != NEWLINE {
		return p.simpleStmts()
	}
	p.next()
	if p.peek() != INDENT {
		e := p.tokenError("IndentationError", p.tok(),
			fmt.Sprintf("expected an indented block after %s on line %d", what, line))
		p.fail(e)
	}
	p.next()
	var body []Stmt
	for p.peek() != DEDENT && p.peek() != EOF {
		body = append(body, p.statement()...)
	}
	p.got(DEDENT)
	return body
}

// endOfBody returns the end position of the last statement of body.
func endOfBody(start Pos, body []Stmt) Pos {
	return span(start, body[len(body)-1].Span())
}

func (p *parser) decorated() Stmt {
	var decorators []Expr
	for p.got(AT) {
		decorators = append(decorators, p.namedExpression())
		p.expect(NEWLINE)
	}
	switch p.peek() {
	case DEF:
		return p.funcDef(decorators)
	case CLASS:
		return p.classDef(decorators)
	case ASYNC:
		if p.peekN(1) == DEF {
			start := tokPos(p.tok())
			p.next()
			s := p.funcDef(decorators).(*FunctionDef)
			s.IsAsync = true
			s.Pos = span(start, s.Pos)
			return s
		}
	}
	p.syntaxError()
	return nil
}

// asyncStmt parses "async def", "async for" or "async with". Whether the
// statement is allowed where it is (inside an async function) is checked
// after parsing (check.go), as CPython's compiler does.
func (p *parser) asyncStmt() Stmt {
	start := tokPos(p.tok())
	switch p.peekN(1) {
	case DEF:
		p.next()
		s := p.funcDef(nil).(*FunctionDef)
		s.IsAsync = true
		s.Pos = span(start, s.Pos)
		return s
	case FOR:
		p.next()
		s := p.forStmt().(*For)
		s.IsAsync = true
		s.Pos = span(start, s.Pos)
		return s
	case WITH:
		p.next()
		s := p.withStmt().(*With)
		s.IsAsync = true
		s.Pos = span(start, s.Pos)
		return s
	}
	p.next()
	p.syntaxError()
	return nil
}

func (p *parser) funcDef(decorators []Expr) Stmt {
	defTok := p.next()
	start := tokPos(&defTok)
	name := p.text(ptr(p.expect(NAME)))
	if p.peek() == LSQB {
		p.errorAtToken(p.tok(), "type parameters are not supported")
	}
	if p.peek() != LPAR {
		p.errorAtToken(p.tok(), "expected '('")
	}
	p.next()
	args := p.parameters(RPAR)
	p.expect(RPAR)
	var returns Expr
	if arrow := p.tok(); p.got(RARROW) {
		if !p.startsExpression() || p.peek() == STAR {
			// No return annotation after all: the ':' is missing
			// where the '->' is, as CPython's parser finds.
			p.errorAtTokenStart(arrow, "expected ':'")
		}
		returns = p.expression()
	}
	p.expectColon(true)
	body := p.block("function definition", start.Line)
	if decorators == nil {
		decorators = []Expr{}
	}
	return &FunctionDef{endOfBody(start, body), name, args, body, decorators, returns, false}
}

func (p *parser) classDef(decorators []Expr) Stmt {
	classTok := p.next()
	start := tokPos(&classTok)
	name := p.text(ptr(p.expect(NAME)))
	if p.peek() == LSQB {
		p.errorAtToken(p.tok(), "type parameters are not supported")
	}
	s := &ClassDef{Name: name, Bases: []Expr{}, Keywords: []*Keyword{}}
	if open := p.tok(); p.got(LPAR) {
		p.classArgs = true
		s.Bases, s.Keywords = p.callArgs(tokPos(open))
		p.expect(RPAR)
	}
	p.expectColon(false)
	s.Body = p.block("class definition", start.Line)
	if decorators == nil {
		decorators = []Expr{}
	}
	s.DecoratorList = decorators
	s.Pos = endOfBody(start, s.Body)
	return s
}

// parameters parses a def (closer RPAR) or lambda (closer COLON)
// parameter list up to but excluding the closer.
func (p *parser) parameters(closer Kind) *Arguments {
	a := &Arguments{PosOnlyArgs: []*Arg{}, Args: []*Arg{}, KwOnlyArgs: []*Arg{}, KwDefaults: []Expr{}, Defaults: []Expr{}}
	annotations := closer == RPAR
	seenSlash, seenStar, bareStar := false, false, false
	var starTok Token
	for p.peek() != closer {
		t := p.tok()
		switch {
		case t.Kind == SLASH:
			if seenSlash {
				p.errorAtToken(t, "/ may appear only once")
			}
			if seenStar {
				p.errorAtToken(t, "/ must be ahead of *")
			}
			if len(a.Args) == 0 {
				if p.peekN(1) != COMMA {
					p.errorAtToken(t, "invalid syntax")
				}
				p.errorAtToken(t, "at least one argument must precede /")
			}
			p.next()
			if p.peek() == STAR {
				p.errorAtToken(p.tok(), "expected comma between / and *")
			}
			seenSlash = true
			a.PosOnlyArgs, a.Args = a.Args, []*Arg{}
		case t.Kind == STAR:
			if seenStar {
				p.errorAtToken(t, "* argument may appear only once")
			}
			starTok = p.next()
			seenStar = true
			if p.peek() == COMMA || p.peek() == closer {
				bareStar = true
				break
			}
			a.Vararg = p.starParam(annotations)
			if p.peek() == EQUAL {
				p.errorAtToken(p.tok(), "var-positional argument cannot have default value")
			}
		case t.Kind == DOUBLESTAR:
			p.next()
			a.Kwarg = p.param(annotations)
			if p.peek() == EQUAL {
				p.errorAtToken(p.tok(), "var-keyword argument cannot have default value")
			}
			p.got(COMMA)
			if p.peek() != closer {
				p.errorAtToken(p.tok(), "arguments cannot follow var-keyword argument")
			}
			continue
		default:
			if t.Kind == LPAR {
				p.parenthesizedParam(t, annotations)
			}
			arg := p.param(annotations)
			var def Expr
			if eq := p.tok(); p.got(EQUAL) {
				if k := p.peek(); k == COMMA || k == closer {
					p.errorAtToken(eq, "expected default value expression")
				}
				def = p.expression()
			}
			switch {
			case seenStar:
				a.KwOnlyArgs = append(a.KwOnlyArgs, arg)
				a.KwDefaults = append(a.KwDefaults, def)
			case def != nil:
				a.Args = append(a.Args, arg)
				a.Defaults = append(a.Defaults, def)
			default:
				if len(a.Defaults) > 0 {
					p.errorAtToken(t, "non-default argument follows default argument")
				}
				a.Args = append(a.Args, arg)
			}
		}
		if !p.got(COMMA) {
			break
		}
	}
	if bareStar && len(a.KwOnlyArgs) == 0 {
		p.errorAtToken(&starTok, "named arguments must follow bare *")
	}
	if p.peek() != closer {
		p.syntaxError()
	}
	return a
}

// param parses NAME [':' expression].
func (p *parser) param(annotations bool) *Arg {
	t := p.tok()
	if t.Kind != NAME {
		p.syntaxError()
	}
	p.next()
	arg := &Arg{Arg: p.text(t)}
	if annotations && p.got(COLON) {
		arg.Annotation = p.expression()
	}
	arg.Pos = p.endAt(tokPos(t))
	return arg
}

// parenthesizedParam reports a parameter in parentheses (Python 2's
// tuple parameters) from open to its closing parenthesis, as CPython
// does; a def's list has annotations, a lambda's not.
func (p *parser) parenthesizedParam(open *Token, annotations bool) {
	depth := 0
	for i := p.pos; i < len(p.toks); i++ {
		switch p.toks[i].Kind {
		case LPAR, LSQB, LBRACE:
			depth++
		case RPAR, RSQB, RBRACE:
			depth--
		case NEWLINE, EOF:
			return
		}
		if depth == 0 {
			what := "Lambda expression parameters"
			if annotations {
				what = "Function parameters"
			}
			p.errorAtRange(tokPos(open), tokPos(&p.toks[i]), "%s cannot be parenthesized", what)
		}
	}
}

// starParam parses the parameter after '*': as param, but the annotation
// may be starred (PEP 646: *args: *Ts).
func (p *parser) starParam(annotations bool) *Arg {
	arg := p.param(false)
	if annotations && p.got(COLON) {
		arg.Annotation = p.starExpression()
		arg.Pos = p.endAt(arg.Pos)
	}
	return arg
}

func (p *parser) ifStmt() Stmt {
	t := p.next()
	return p.ifRest(&t, "'if' statement")
}

// ifRest parses the rest of an if or elif statement.
func (p *parser) ifRest(kw *Token, what string) Stmt {
	start := tokPos(kw)
	test := p.namedExpression()
	p.expectColon(false)
	s := &If{Test: test, Body: p.block(what, start.Line), Orelse: []Stmt{}}
	end := s.Body[len(s.Body)-1].Span()
	switch p.peek() {
	case ELIF:
		t := p.next()
		elif := p.ifRest(&t, "'elif' statement")
		s.Orelse = []Stmt{elif}
		end = elif.Span()
	case ELSE:
		s.Orelse = p.elseBlock()
		end = s.Orelse[len(s.Orelse)-1].Span()
	}
	s.Pos = span(start, end)
	return s
}

func (p *parser) elseBlock() []Stmt {
	t := p.next()
	p.expectColon(true)
	return p.block("'else' statement", t.Line)
}

func (p *parser) whileStmt() Stmt {
	t := p.next()
	start := tokPos(&t)
	test := p.namedExpression()
	p.expectColon(false)
	s := &While{Test: test, Body: p.block("'while' statement", start.Line), Orelse: []Stmt{}}
	if p.peek() == ELSE {
		s.Orelse = p.elseBlock()
	}
	s.Pos = endOfBody(start, s.Body)
	if len(s.Orelse) > 0 {
		s.Pos = endOfBody(start, s.Orelse)
	}
	return s
}

func (p *parser) forStmt() Stmt {
	t := p.next()
	start := tokPos(&t)
	target := p.forTargets()
	p.expect(IN)
	iter := p.starExpressions()
	p.expectColon(false)
	s := &For{Target: target, Iter: iter, Body: p.block("'for' statement", start.Line), Orelse: []Stmt{}}
	if p.peek() == ELSE {
		s.Orelse = p.elseBlock()
	}
	s.Pos = endOfBody(start, s.Body)
	if len(s.Orelse) > 0 {
		s.Pos = endOfBody(start, s.Orelse)
	}
	return s
}

// forTargets parses the target list of a for statement or comprehension,
// which must stop before 'in'. On failure it re-reads the targets as an
// expression to give CPython's "cannot assign to ..." message.
func (p *parser) forTargets() Expr {
	save := p.pos
	var e Expr
	if p.try(func() {
		e = p.targetList()
		if p.peek() != IN {
			p.syntaxError()
		}
	}) {
		p.setContext(e, Store)
		return e
	}
	p.pos = save
	// A plain syntax error is reported where the targets stopped parsing,
	// as CPython reports it from its first pass.
	far := p.far
	e = p.starExpressions()
	bad := invalidTarget(e, Store)
	// "for a in b" parses as a comparison: the target is left of its
	// "in"; another comparison is no target at all (CPython's
	// FOR_TARGETS), a plain syntax error.
	for {
		c, ok := bad.(*Compare)
		if !ok {
			break
		}
		if c.Ops[0] != In {
			bad = nil
			break
		}
		bad = invalidTarget(c.Left, Store)
	}
	if bad != nil {
		p.errorAtNode(bad, "cannot assign to %s", exprName(bad))
	}
	p.far = far
	p.syntaxError()
	return nil
}

// targetList parses star_targets: comma-separated targets with an
// optional trailing comma, each '*'? primary.
func (p *parser) targetList() Expr {
	start := tokPos(p.tok())
	first := p.target()
	if p.peek() != COMMA {
		return first
	}
	elts := []Expr{first}
	for p.got(COMMA) {
		if p.peek() == IN || p.peek() == EQUAL {
			break
		}
		elts = append(elts, p.target())
	}
	return &Tuple{p.endAt(start), elts, Store}
}

func (p *parser) target() Expr {
	if t := p.tok(); t.Kind == STAR {
		p.next()
		v := p.target()
		return &Starred{p.endAt(tokPos(t)), v, Store}
	}
	return p.primary()
}

func (p *parser) tryStmt() Stmt {
	t := p.next()
	start := tokPos(&t)
	p.expectColon(true)
	s := &Try{Body: p.block("'try' statement", start.Line), Handlers: []*ExceptHandler{}, Orelse: []Stmt{}, Finalbody: []Stmt{}}
	end := s.Body[len(s.Body)-1].Span()
	for p.peek() == EXCEPT {
		h := p.exceptHandler(s, len(s.Handlers) == 0)
		s.Handlers = append(s.Handlers, h)
		end = h.Pos
	}
	if len(s.Handlers) > 0 && p.peek() == ELSE {
		s.Orelse = p.elseBlock()
		end = s.Orelse[len(s.Orelse)-1].Span()
	}
	if p.peek() == FINALLY {
		ft := p.next()
		p.expectColon(true)
		s.Finalbody = p.block("'finally' statement", ft.Line)
		end = s.Finalbody[len(s.Finalbody)-1].Span()
	}
	if len(s.Handlers) == 0 && len(s.Finalbody) == 0 {
		p.errorAtTokenStart(p.tok(), "expected 'except' or 'finally' block")
	}
	s.Pos = span(start, end)
	return s
}

// exceptHandler parses one except or except* clause of try statement s;
// the first clause decides which kind s is, and the others must be of
// that kind.
func (p *parser) exceptHandler(s *Try, first bool) *ExceptHandler {
	t := p.next()
	start := tokPos(&t)
	h := &ExceptHandler{}
	star := p.peek() == STAR
	if first {
		s.IsStar = star
	} else if star != s.IsStar {
		if star {
			p.errorAtRange(start, tokPos(p.tok()), "cannot have both 'except' and 'except*' on the same 'try'")
		}
		p.errorAtToken(&t, "cannot have both 'except' and 'except*' on the same 'try'")
	}
	what := "'except' statement"
	if star {
		p.next()
		what = "'except*' statement"
		if k := p.peek(); k == COLON || k == NEWLINE {
			p.errorAtToken(p.tok(), "expected one or more exception types")
		}
	}
	if p.peek() != COLON {
		h.Type = p.expression()
		if p.peek() == COMMA {
			first := h.Type
			p.next()
			last := p.expression()
			for p.got(COMMA) {
				last = p.expression()
			}
			p.errorAtRange(first.Span(), last.Span(), "multiple exception types must be parenthesized")
		}
		if p.got(AS) {
			h.Name = p.text(ptr(p.expect(NAME)))
		}
	}
	p.expectColon(false)
	h.Body = p.block(what, start.Line)
	h.Pos = endOfBody(start, h.Body)
	return h
}

func (p *parser) withStmt() Stmt {
	t := p.next()
	start := tokPos(&t)
	var items []*WithItem
	parenthesized := false
	if p.peek() == LPAR {
		// with (a as b, c as d): ... is tried first, as CPython does;
		// otherwise the parenthesis starts an ordinary expression.
		parenthesized = p.try(func() {
			p.next()
			items = p.withItems(RPAR)
			p.expect(RPAR)
			if p.peek() != COLON && p.peek() != NEWLINE {
				p.syntaxError()
			}
		})
	}
	if !parenthesized {
		items = p.withItems(COLON)
	}
	p.expectColon(false)
	body := p.block("'with' statement", start.Line)
	return &With{endOfBody(start, body), items, body, false}
}

// withItems parses comma-separated with items up to closer.
func (p *parser) withItems(closer Kind) []*WithItem {
	var items []*WithItem
	for {
		item := &WithItem{ContextExpr: p.expression()}
		if p.got(AS) {
			v := p.target()
			if k := p.peek(); k != COMMA && k != closer && k != COLON && (k != NEWLINE || closer != COLON) {
				p.syntaxError()
			}
			p.setContext(v, Store)
			item.OptionalVars = v
		}
		items = append(items, item)
		if !p.got(COMMA) {
			break
		}
		if closer == RPAR && p.peek() == RPAR {
			break
		}
	}
	return items
}

// ---- expressions ----

// starExpressions parses star_expressions: one star_expression, or a
// tuple of them if a comma follows.
func (p *parser) starExpressions() Expr {
	start := tokPos(p.tok())
	first := p.starExpression()
	if p.peek() != COMMA {
		return first
	}
	elts := []Expr{first}
	for p.got(COMMA) {
		if !p.startsExpression() {
			break
		}
		elts = append(elts, p.starExpression())
	}
	return &Tuple{p.endAt(start), elts, Load}
}

// startsExpression reports whether the current token can begin an
// expression, which ends a trailing-comma tuple otherwise.
func (p *parser) startsExpression() bool {
	switch p.peek() {
	case NAME, NUMBER, STRING, LPAR, LSQB, LBRACE, MINUS, PLUS, TILDE, STAR,
		NOT, LAMBDA, TRUE, FALSE, NONE, ELLIPSIS, AWAIT:
		return true
	}
	return false
}

func (p *parser) starExpression() Expr {
	if t := p.tok(); t.Kind == STAR {
		p.next()
		v := p.bitOr()
		return &Starred{p.endAt(tokPos(t)), v, Load}
	}
	return p.expression()
}

func (p *parser) starNamedExpression() Expr {
	if t := p.tok(); t.Kind == STAR {
		p.next()
		v := p.bitOr()
		return &Starred{p.endAt(tokPos(t)), v, Load}
	}
	return p.namedExpression()
}

// namedExpression parses NAME ':=' expression | expression !':='.
func (p *parser) namedExpression() Expr {
	e := p.namedExpressionOnly()
	if p.peek() == EQUAL {
		p.mistypedComparison(e)
	}
	return e
}

// namedExpressionOnly is namedExpression without the check for a
// following '=', for call arguments where "a=b" has its own messages.
func (p *parser) namedExpressionOnly() Expr {
	t := p.tok()
	if t.Kind == NAME && p.peekN(1) == COLONEQUAL {
		p.next()
		p.next()
		value := p.expression()
		return &NamedExpr{p.endAt(tokPos(t)), &Name{tokPos(t), p.text(t), Store}, value}
	}
	e := p.expression()
	if p.peek() == COLONEQUAL {
		p.errorAtNode(e, "cannot use assignment expressions with %s", exprName(e))
	}
	return e
}

// mistypedComparison reports "a = b" where an expression is expected,
// with CPython's invalid_named_expression messages.
func (p *parser) mistypedComparison(e Expr) {
	if !isBitwiseOrLevel(e) {
		return
	}
	save := p.pos
	var value Expr
	ok := p.try(func() {
		p.next()
		value = p.bitOr()
	})
	if !ok || p.peek() == EQUAL || p.peek() == COLONEQUAL {
		p.pos = save
		return
	}
	if _, isName := e.(*Name); isName {
		p.errorAtRange(e.Span(), value.Span(), "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
	}
	if looksLikeComparison(e, e, value, EOF) {
		p.errorAtNode(e, "cannot assign to %s here. Maybe you meant '==' instead of '='?", exprName(e))
	}
	p.pos = save
}

// expression parses a conditional expression or lambda.
func (p *parser) expression() Expr {
	p.enter()
	defer p.leave()
	if p.peek() == LAMBDA {
		return p.lambda()
	}
	start := tokPos(p.tok())
	body := p.disjunction()
	if p.peek() != IF {
		return body
	}
	p.next()
	test := p.disjunction()
	if k := p.peek(); k != ELSE {
		if k != COLON { // "a if b:" is a plain syntax error in CPython
			p.errorAtRange(body.Span(), test.Span(), "expected 'else' after 'if' expression")
		}
		p.syntaxError()
	}
	p.next()
	orelse := p.expression()
	return &IfExp{p.endAt(start), test, body, orelse}
}

func (p *parser) lambda() Expr {
	t := p.next()
	args := p.parameters(COLON)
	p.expect(COLON)
	body := p.expression()
	return &Lambda{p.endAt(tokPos(&t)), args, body}
}

func (p *parser) yieldExpr() Expr {
	t := p.next()
	start := tokPos(&t)
	if p.got(FROM) {
		v := p.expression()
		return &YieldFrom{p.endAt(start), v}
	}
	y := &Yield{Pos: start}
	if p.startsExpression() {
		y.Value = p.starExpressions()
		y.Pos = p.endAt(start)
	}
	return y
}

func (p *parser) disjunction() Expr {
	start := tokPos(p.tok())
	first := p.conjunction()
	if p.peek() != OR {
		return first
	}
	values := []Expr{first}
	for p.got(OR) {
		values = append(values, p.conjunction())
	}
	return &BoolOp{p.endAt(start), Or, values}
}

func (p *parser) conjunction() Expr {
	start := tokPos(p.tok())
	first := p.inversion()
	if p.peek() != AND {
		return first
	}
	values := []Expr{first}
	for p.got(AND) {
		values = append(values, p.inversion())
	}
	return &BoolOp{p.endAt(start), And, values}
}

func (p *parser) inversion() Expr {
	if t := p.tok(); t.Kind == NOT {
		p.enter()
		defer p.leave()
		p.next()
		operand := p.inversion()
		return &UnaryOp{p.endAt(tokPos(t)), Not, operand}
	}
	return p.comparison()
}

func (p *parser) comparison() Expr {
	start := tokPos(p.tok())
	left := p.bitOr()
	var ops []CmpOp
	var comparators []Expr
	for {
		var op CmpOp
		switch p.peek() {
		case EQEQUAL:
			op = Eq
		case NOTEQUAL:
			op = NotEq
		case LESS:
			op = Lt
		case LESSEQUAL:
			op = LtE
		case GREATER:
			op = Gt
		case GREATEREQUAL:
			op = GtE
		case IN:
			op = In
		case IS:
			op = Is
			if p.peekN(1) == NOT {
				p.next()
				op = IsNot
			}
		case NOT:
			if p.peekN(1) != IN {
				p.next()
				p.syntaxError()
			}
			p.next()
			op = NotIn
		default:
			if ops == nil {
				return left
			}
			return &Compare{p.endAt(start), left, ops, comparators}
		}
		p.next()
		ops = append(ops, op)
		comparators = append(comparators, p.bitOr())
	}
}

// binaryLevel describes one left-associative binary operator level.
func (p *parser) binary(next func() Expr, ops func(Kind) (Operator, bool)) Expr {
	start := tokPos(p.tok())
	left := next()
	for {
		op, ok := ops(p.peek())
		if !ok {
			return left
		}
		p.next()
		right := next()
		left = &BinOp{p.endAt(start), left, op, right}
	}
}

func (p *parser) bitOr() Expr {
	return p.binary(p.bitXor, func(k Kind) (Operator, bool) { return BitOr, k == VBAR })
}

func (p *parser) bitXor() Expr {
	return p.binary(p.bitAnd, func(k Kind) (Operator, bool) { return BitXor, k == CIRCUMFLEX })
}

func (p *parser) bitAnd() Expr {
	return p.binary(p.shift, func(k Kind) (Operator, bool) { return BitAnd, k == AMPER })
}

func (p *parser) shift() Expr {
	return p.binary(p.sum, func(k Kind) (Operator, bool) {
		switch k {
		case LEFTSHIFT:
			return LShift, true
		case RIGHTSHIFT:
			return RShift, true
		}
		return 0, false
	})
}

func (p *parser) sum() Expr {
	return p.binary(p.term, func(k Kind) (Operator, bool) {
		switch k {
		case PLUS:
			return Add, true
		case MINUS:
			return Sub, true
		}
		return 0, false
	})
}

func (p *parser) term() Expr {
	return p.binary(p.factor, func(k Kind) (Operator, bool) {
		switch k {
		case STAR:
			return Mult, true
		case SLASH:
			return Div, true
		case DOUBLESLASH:
			return FloorDiv, true
		case PERCENT:
			return Mod, true
		case AT:
			return MatMult, true
		}
		return 0, false
	})
}

func (p *parser) factor() Expr {
	t := p.tok()
	var op UnaryOpKind
	switch t.Kind {
	case PLUS:
		op = UAdd
	case MINUS:
		op = USub
	case TILDE:
		op = Invert
	default:
		return p.power()
	}
	p.enter()
	defer p.leave()
	p.next()
	operand := p.factor()
	return &UnaryOp{p.endAt(tokPos(t)), op, operand}
}

// power parses primary ['**' factor]; the right operand is a factor so that
// -2**-1 and 2**-1 work and ** is right-associative.
func (p *parser) power() Expr {
	start := tokPos(p.tok())
	var left Expr
	if p.got(AWAIT) {
		p.enter()
		left = &Await{Value: p.primary()}
		p.leave()
		left.(*Await).Pos = p.endAt(start)
	} else {
		left = p.primary()
	}
	if p.peek() != DOUBLESTAR {
		return left
	}
	p.next()
	p.enter()
	defer p.leave()
	right := p.factor()
	return &BinOp{p.endAt(start), left, Pow, right}
}

// primary parses an atom followed by attribute, call and subscript
// trailers.
func (p *parser) primary() Expr {
	start := tokPos(p.tok())
	e := p.atom()
	for {
		switch p.peek() {
		case DOT:
			p.next()
			name := p.expect(NAME)
			e = &Attribute{p.endAt(start), e, p.text(&name), Load}
		case LPAR:
			open := p.next()
			args, kws := p.callArgs(tokPos(&open))
			p.expect(RPAR)
			e = &Call{p.endAt(start), e, args, kws}
		case LSQB:
			p.next()
			slice := p.slices()
			p.expect(RSQB)
			e = &Subscript{p.endAt(start), e, slice, Load}
		default:
			return e
		}
	}
}

// callArgs parses call (or class base) arguments up to ')'. A generator
// expression that is the only argument, as in f(x for x in y), shares the
// call's parentheses, which open locates.
func (p *parser) callArgs(open Pos) ([]Expr, []*Keyword) {
	args, kws := []Expr{}, []*Keyword{}
	var seenKw, seenKwUnpack bool
	classArgs := p.classArgs
	p.classArgs = false // not in the calls nested in a class's bases
	for p.peek() != RPAR {
		t := p.tok()
		start := tokPos(t)
		switch {
		case t.Kind == STAR:
			p.next()
			v := p.expression()
			if seenKwUnpack {
				p.errorAtToken(t, "iterable argument unpacking follows keyword argument unpacking")
			}
			starred := &Starred{p.endAt(start), v, Load}
			if k := p.peek(); (k == FOR || k == ASYNC) && len(args) == 0 && len(kws) == 0 {
				p.errorAtNode(starred, "iterable unpacking cannot be used in comprehension")
			}
			args = append(args, starred)
		case t.Kind == DOUBLESTAR:
			p.next()
			v := p.expression()
			kws = append(kws, &Keyword{p.endAt(start), "", v})
			seenKwUnpack = true
		case t.Kind == NAME && p.peekN(1) == EQUAL:
			p.next()
			eq := p.next()
			v := p.expression()
			if k := p.peek(); k == FOR || k == ASYNC {
				p.errorAtRange(start, tokPos(&eq), "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
			}
			kws = append(kws, &Keyword{p.endAt(start), p.text(t), v})
			seenKw = true
		case (t.Kind == TRUE || t.Kind == FALSE || t.Kind == NONE) && p.peekN(1) == EQUAL:
			p.errorAtRange(start, tokPos(&p.toks[p.pos+1]), "cannot assign to %s", p.text(t))
		default:
			e := p.namedExpressionOnly()
			if p.peek() == EQUAL {
				eq := p.tok()
				if _, walrus := e.(*NamedExpr); !walrus || t.Kind == LPAR {
					// Any expression but a bare a := b (CPython's
					// invalid_kwarg).
					p.errorAtRange(e.Span(), tokPos(eq), "expression cannot contain assignment, perhaps you meant \"==\"?")
				}
				p.syntaxError()
			}
			if p.peek() == FOR || p.peek() == ASYNC {
				forTok := *p.tok()
				gens := p.comprehensions()
				if len(args) == 0 && len(kws) == 0 && p.peek() == RPAR {
					if classArgs {
						// A class's bases are not a call: a lone
						// generator expression is no argument list.
						p.errorAtToken(&forTok, "invalid syntax")
					}
					end := tokPos(p.tok())
					return []Expr{&GeneratorExp{span(open, end), e, gens}}, kws
				}
				g := &GeneratorExp{p.endAt(start), e, gens}
				p.errorAtNode(g, "Generator expression must be parenthesized")
			}
			if seenKwUnpack {
				p.errorAtToken(&p.toks[p.far], "positional argument follows keyword argument unpacking")
			}
			if seenKw {
				p.errorAtToken(&p.toks[p.far], "positional argument follows keyword argument")
			}
			args = append(args, e)
		}
		if !p.got(COMMA) {
			break
		}
	}
	if p.peek() != RPAR {
		p.missingComma(args, kws)
	}
	return args, kws
}

// missingComma reports "invalid syntax. Perhaps you forgot a comma?" when
// the token after a complete element inside brackets starts another
// expression on the same logical line, as CPython's invalid_expression
// rule does; otherwise a generic error.
func (p *parser) missingComma(args []Expr, kws []*Keyword) {
	var last Expr
	switch {
	case len(kws) > 0:
		last = kws[len(kws)-1].Value
	case len(args) > 0:
		last = args[len(args)-1]
	}
	p.forgotComma(last)
	p.syntaxError()
}

// forgotComma reports the "Perhaps you forgot a comma?" error if an
// expression starts right after prev inside brackets.
func (p *parser) forgotComma(prev Expr) {
	if prev == nil || p.tok().Level == 0 || !p.startsExpression() || p.peek() == STAR {
		return
	}
	if _, ok := prev.(*Starred); ok {
		return
	}
	if !isBitwiseOrLevel(prev) {
		if _, ok := prev.(*Compare); !ok {
			return
		}
	}
	save := p.pos
	var next Expr
	if !p.try(func() { next = p.expression() }) {
		p.pos = save
		return
	}
	p.errorAtRange(prev.Span(), next.Span(), "invalid syntax. Perhaps you forgot a comma?")
}

// slices parses the inside of a subscript.
func (p *parser) slices() Expr {
	start := tokPos(p.tok())
	first := p.slice()
	if k := p.peek(); k != COMMA && k != RSQB {
		p.forgotComma(first)
	}
	if p.peek() != COMMA {
		if _, ok := first.(*Starred); ok {
			// a[*b] is a one-element tuple, as in CPython 3.11.
			return &Tuple{first.Span(), []Expr{first}, Load}
		}
		return first
	}
	elts := []Expr{first}
	for p.got(COMMA) {
		if p.peek() == RSQB {
			break
		}
		elts = append(elts, p.slice())
	}
	if p.peek() != RSQB {
		p.forgotComma(elts[len(elts)-1])
	}
	return &Tuple{p.endAt(start), elts, Load}
}

// slice parses [lower] ':' [upper] [':' [step]] or an expression.
func (p *parser) slice() Expr {
	t := p.tok()
	start := tokPos(t)
	if t.Kind == STAR {
		return p.starExpression()
	}
	var lower Expr
	if t.Kind != COLON {
		lower = p.namedExpression()
		if p.peek() != COLON {
			return lower
		}
	}
	p.next() // ':'
	s := &Slice{Lower: lower}
	if k := p.peek(); k != COLON && k != COMMA && k != RSQB {
		s.Upper = p.expression()
	}
	if p.got(COLON) {
		if k := p.peek(); k != COMMA && k != RSQB {
			s.Step = p.expression()
		}
	}
	s.Pos = p.endAt(start)
	return s
}

// atom parses names, literals and displays.
func (p *parser) atom() Expr {
	t := p.tok()
	pos := tokPos(t)
	switch t.Kind {
	case NAME:
		p.next()
		return &Name{pos, p.text(t), Load}
	case TRUE:
		p.next()
		return &Constant{Pos: pos, Value: true}
	case FALSE:
		p.next()
		return &Constant{Pos: pos, Value: false}
	case NONE:
		p.next()
		return &Constant{Pos: pos, Value: NoneType{}}
	case ELLIPSIS:
		p.next()
		return &Constant{Pos: pos, Value: EllipsisType{}}
	case NUMBER:
		p.next()
		return p.number(t)
	case STRING:
		return p.strings()
	case LPAR:
		p.enter()
		defer p.leave()
		return p.paren()
	case LSQB:
		p.enter()
		defer p.leave()
		return p.list()
	case LBRACE:
		p.enter()
		defer p.leave()
		return p.brace()
	case YIELD:
		if p.pos > 0 && p.toks[p.pos-1].Kind == EQUAL {
			p.syntaxError()
		}
	}
	p.syntaxError()
	return nil
}

// paren parses a parenthesised group, tuple, yield or generator
// expression.
func (p *parser) paren() Expr {
	open := p.next()
	start := tokPos(&open)
	switch p.peek() {
	case RPAR:
		p.next()
		return &Tuple{p.endAt(start), []Expr{}, Load}
	case YIELD:
		e := p.yieldExpr()
		p.expect(RPAR)
		return e
	}
	first := p.starNamedExpression()
	switch p.peek() {
	case FOR, ASYNC:
		if _, ok := first.(*Starred); ok {
			p.errorAtNode(first, "iterable unpacking cannot be used in comprehension")
		}
		gens := p.comprehensions()
		p.expect(RPAR)
		return &GeneratorExp{p.endAt(start), first, gens}
	case RPAR:
		p.next()
		if _, ok := first.(*Starred); ok {
			p.errorAtNode(first, "cannot use starred expression here")
		}
		return first
	case COMMA:
		elts := p.commaList(first, RPAR)
		p.expect(RPAR)
		return &Tuple{p.endAt(start), elts, Load}
	}
	p.forgotComma(first)
	p.syntaxError()
	return nil
}

// commaList parses ", elt, elt ... [,]" after first up to closer.
func (p *parser) commaList(first Expr, closer Kind) []Expr {
	elts := []Expr{first}
	// [x, y for ...] and {x, y for ...}: CPython's invalid_comprehension.
	comprehension := func(k Kind) bool { return closer != RPAR && (k == FOR || k == ASYNC) }
	for comma := p.tok(); p.got(COMMA); comma = p.tok() {
		if p.peek() == closer {
			break
		}
		if comprehension(p.peek()) {
			p.errorAtRange(first.Span(), tokPos(comma), "did you forget parentheses around the comprehension target?")
		}
		elts = append(elts, p.starNamedExpression())
	}
	if len(elts) > 1 && comprehension(p.peek()) {
		p.errorAtRange(first.Span(), elts[len(elts)-1].Span(), "did you forget parentheses around the comprehension target?")
	}
	if p.peek() != closer {
		p.forgotComma(elts[len(elts)-1])
	}
	return elts
}

func (p *parser) list() Expr {
	open := p.next()
	start := tokPos(&open)
	if p.got(RSQB) {
		return &List{p.endAt(start), []Expr{}, Load}
	}
	first := p.starNamedExpression()
	if p.peek() == FOR || p.peek() == ASYNC {
		if _, ok := first.(*Starred); ok {
			p.errorAtNode(first, "iterable unpacking cannot be used in comprehension")
		}
		gens := p.comprehensions()
		p.expect(RSQB)
		return &ListComp{p.endAt(start), first, gens}
	}
	elts := p.commaList(first, RSQB)
	p.expect(RSQB)
	return &List{p.endAt(start), elts, Load}
}

// brace parses a dict or set display or comprehension.
func (p *parser) brace() Expr {
	open := p.next()
	start := tokPos(&open)
	if p.got(RBRACE) {
		return &Dict{p.endAt(start), []Expr{}, []Expr{}}
	}
	if p.peek() == DOUBLESTAR {
		star := p.next()
		v := p.bitOr()
		if k := p.peek(); k == FOR || k == ASYNC {
			p.errorAtRange(tokPos(&star), tokPos(&star), "dict unpacking cannot be used in dict comprehension")
		}
		return p.dictRest(start, nil, v)
	}
	first := p.starNamedExpression()
	switch p.peek() {
	case COLON:
		if _, ok := first.(*Starred); ok {
			p.errorAtNode(first, "cannot use a starred expression in a dictionary key")
		}
		value := p.dictValue()
		if p.peek() == FOR || p.peek() == ASYNC {
			gens := p.comprehensions()
			p.expect(RBRACE)
			return &DictComp{p.endAt(start), first, value, gens}
		}
		return p.dictRest(start, first, value)
	case FOR, ASYNC:
		if _, ok := first.(*Starred); ok {
			p.errorAtNode(first, "iterable unpacking cannot be used in comprehension")
		}
		gens := p.comprehensions()
		p.expect(RBRACE)
		return &SetComp{p.endAt(start), first, gens}
	}
	elts := p.commaList(first, RBRACE)
	p.expect(RBRACE)
	return &Set{p.endAt(start), elts}
}

// dictValue parses ':' and the value of a dict display's item, with
// CPython's messages for a missing or starred value.
func (p *parser) dictValue() Expr {
	colon := p.next()
	switch p.peek() {
	case COMMA, RBRACE:
		p.errorAtToken(&colon, "expression expected after dictionary key and ':'")
	case STAR:
		star := p.next()
		p.bitOr()
		p.errorAtRange(tokPos(&star), p.endAt(tokPos(&star)), "cannot use a starred expression in a dictionary value")
	}
	return p.expression()
}

// dictRest parses the rest of a dict display after its first item; a nil
// key stands for "**value".
func (p *parser) dictRest(start Pos, key, value Expr) Expr {
	d := &Dict{Keys: []Expr{key}, Values: []Expr{value}}
	for p.got(COMMA) {
		if p.peek() == RBRACE {
			break
		}
		if p.got(DOUBLESTAR) {
			d.Keys = append(d.Keys, nil)
			d.Values = append(d.Values, p.bitOr())
			continue
		}
		k := p.expression()
		if p.peek() != COLON {
			if p.peek() == COMMA || p.peek() == RBRACE {
				// CPython points at the key's last token, with no end.
				last := p.toks[p.pos-1]
				e := p.newError("SyntaxError", last.Line, last.Col, last.Line, -1, "':' expected after dictionary key")
				p.fail(e)
			}
			p.syntaxError()
		}
		d.Keys = append(d.Keys, k)
		d.Values = append(d.Values, p.dictValue())
	}
	if p.peek() != RBRACE {
		p.forgotComma(d.Values[len(d.Values)-1])
	}
	p.expect(RBRACE)
	d.Pos = p.endAt(start)
	return d
}

// comprehensions parses one or more "for ... in ... [if ...]" clauses.
func (p *parser) comprehensions() []*Comprehension {
	var gens []*Comprehension
	for p.peek() == FOR || p.peek() == ASYNC && p.peekN(1) == FOR {
		isAsync := p.got(ASYNC)
		p.next()
		c := &Comprehension{Target: p.forTargets(), Ifs: []Expr{}, IsAsync: isAsync}
		p.expect(IN)
		c.Iter = p.disjunction()
		for p.got(IF) {
			c.Ifs = append(c.Ifs, p.disjunction())
		}
		gens = append(gens, c)
	}
	return gens
}

// ---- targets ----

// invalidTarget returns the first subexpression of e that cannot be
// assigned (or deleted, for ctx Del), or nil if e is a valid target.
func invalidTarget(e Expr, ctx ExprContext) Expr {
	switch e := e.(type) {
	case *Name, *Attribute, *Subscript:
		return nil
	case *Starred:
		if ctx == Del {
			return e
		}
		return invalidTarget(e.Value, ctx)
	case *Tuple:
		for _, x := range e.Elts {
			if bad := invalidTarget(x, ctx); bad != nil {
				return bad
			}
		}
		return nil
	case *List:
		for _, x := range e.Elts {
			if bad := invalidTarget(x, ctx); bad != nil {
				return bad
			}
		}
		return nil
	case *Compare:
		// "for x in y in z": CPython blames the left operand.
		if ctx == Store && e.Ops[0] == In {
			if bad := invalidTarget(e.Left, ctx); bad != nil {
				return bad
			}
		}
	}
	return e
}

// setContext validates target e and marks it (recursively) with ctx.
func (p *parser) setContext(e Expr, ctx ExprContext) {
	if bad := invalidTarget(e, ctx); bad != nil {
		if ctx == Del {
			p.errorAtNode(bad, "cannot delete %s", exprName(bad))
		}
		p.errorAtNode(bad, "cannot assign to %s", exprName(bad))
	}
	markContext(e, ctx)
}

func markContext(e Expr, ctx ExprContext) {
	switch e := e.(type) {
	case *Name:
		e.Ctx = ctx
	case *Attribute:
		e.Ctx = ctx
	case *Subscript:
		e.Ctx = ctx
	case *Starred:
		e.Ctx = ctx
		markContext(e.Value, ctx)
	case *Tuple:
		e.Ctx = ctx
		for _, x := range e.Elts {
			markContext(x, ctx)
		}
	case *List:
		e.Ctx = ctx
		for _, x := range e.Elts {
			markContext(x, ctx)
		}
	}
}

// exprName describes an expression the way CPython's error messages do.
func exprName(e Expr) string {
	switch e := e.(type) {
	case *Attribute:
		return "attribute"
	case *Subscript:
		return "subscript"
	case *Starred:
		return "starred"
	case *Name:
		return "name"
	case *List:
		return "list"
	case *Tuple:
		return "tuple"
	case *Lambda:
		return "lambda"
	case *Call:
		return "function call"
	case *BoolOp, *BinOp, *UnaryOp:
		return "expression"
	case *GeneratorExp:
		return "generator expression"
	case *Await:
		return "await expression"
	case *Yield, *YieldFrom:
		return "yield expression"
	case *ListComp:
		return "list comprehension"
	case *SetComp:
		return "set comprehension"
	case *DictComp:
		return "dict comprehension"
	case *Dict:
		return "dict literal"
	case *Set:
		return "set display"
	case *JoinedStr, *FormattedValue:
		return "f-string expression"
	case *Constant:
		switch v := e.Value.(type) {
		case NoneType:
			return "None"
		case bool:
			if v {
				return "True"
			}
			return "False"
		case EllipsisType:
			return "ellipsis"
		}
		return "literal"
	case *Compare:
		return "comparison"
	case *IfExp:
		return "conditional expression"
	case *NamedExpr:
		return "named expression"
	}
	return "expression"
}
