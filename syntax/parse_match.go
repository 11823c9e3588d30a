// This file parses the match statement (PEP 634) following CPython
// 3.11's grammar: "match" and "case" are soft keywords, and patterns have
// a grammar of their own, close to expressions but not the same.

package syntax

import "fmt"

// isSoftKeyword reports whether the current token is the name kw.
func (p *parser) isSoftKeyword(kw string) bool {
	return p.peek() == NAME && p.text(p.tok()) == kw
}

// matchStmt parses "match subject:" and its case blocks.
func (p *parser) matchStmt() Stmt {
	kw := p.next()
	start := tokPos(&kw)
	subject := p.matchSubject()
	p.expectColon(false)
	if p.peek() != NEWLINE {
		p.syntaxError()
	}
	p.next()
	if p.peek() != INDENT {
		p.fail(p.tokenError("IndentationError", p.tok(),
			fmt.Sprintf("expected an indented block after 'match' statement on line %d", start.Line)))
	}
	p.next()
	s := &Match{Subject: subject}
	for p.isSoftKeyword("case") {
		s.Cases = append(s.Cases, p.caseBlock())
	}
	if len(s.Cases) == 0 {
		p.syntaxError()
	}
	p.got(DEDENT)
	last := s.Cases[len(s.Cases)-1]
	s.Pos = endOfBody(start, last.Body)
	return s
}

// matchSubject parses the subject: a named expression, or a tuple of
// starred and named expressions with at least one comma.
func (p *parser) matchSubject() Expr {
	first := p.starNamedExpression()
	if p.peek() != COMMA {
		if _, ok := first.(*Starred); ok {
			p.errorAtNode(first, "can't use starred expression here")
		}
		return first
	}
	elts := []Expr{first}
	for p.got(COMMA) {
		if p.peek() == COLON {
			break
		}
		elts = append(elts, p.starNamedExpression())
	}
	return &Tuple{span(first.Span(), elts[len(elts)-1].Span()), elts, Load}
}

// caseBlock parses "case patterns [if guard]: block".
func (p *parser) caseBlock() *MatchCase {
	kw := p.next()
	start := tokPos(&kw)
	c := &MatchCase{Pattern: p.patterns()}
	if p.got(IF) {
		c.Guard = p.namedExpression()
	}
	p.expectColon(false)
	c.Body = p.block("'case' statement", start.Line)
	c.Pos = endOfBody(start, c.Body)
	return c
}

// patterns parses a case's pattern: one pattern, or an open sequence
// ("case a, *b:").
func (p *parser) patterns() Pattern {
	first := p.maybeStarPattern()
	if p.peek() != COMMA {
		if _, ok := first.(*MatchStar); ok {
			p.syntaxError() // a star pattern alone is no pattern
		}
		return first
	}
	items := []Pattern{first}
	for p.got(COMMA) {
		if p.peek() == COLON || p.peek() == IF {
			break
		}
		items = append(items, p.maybeStarPattern())
	}
	return &MatchSequence{span(first.Span(), items[len(items)-1].Span()), items}
}

// maybeStarPattern parses "*name" or a pattern.
func (p *parser) maybeStarPattern() Pattern {
	if t := p.tok(); t.Kind == STAR {
		p.next()
		n := p.expect(NAME)
		name := p.text(&n)
		if name == "_" {
			name = ""
		}
		return &MatchStar{p.endAt(tokPos(t)), name}
	}
	return p.pattern()
}

// pattern parses an or-pattern with an optional "as name".
func (p *parser) pattern() Pattern {
	p.enter()
	defer p.leave()
	start := tokPos(p.tok())
	or := p.orPattern()
	if !p.got(AS) {
		return or
	}
	t := p.tok()
	if t.Kind != NAME {
		// Any expression but a name is no target (CPython's
		// invalid_as_pattern); what is not one is a syntax error.
		var target Expr
		save, far := p.pos, p.far
		if p.try(func() { target = p.expression() }) {
			p.errorAtNode(target, "invalid pattern target")
		}
		p.pos, p.far = save, far
		p.syntaxError()
	}
	p.next()
	name := p.text(t)
	if name == "_" {
		p.errorAtToken(t, "cannot use '_' as a target")
	}
	return &MatchAs{p.endAt(start), or, name}
}

// orPattern parses "closed | closed | ...".
func (p *parser) orPattern() Pattern {
	first := p.closedPattern()
	if p.peek() != VBAR {
		return first
	}
	alts := []Pattern{first}
	for p.got(VBAR) {
		alts = append(alts, p.closedPattern())
	}
	return &MatchOr{span(first.Span(), alts[len(alts)-1].Span()), alts}
}

// closedPattern parses a pattern that is not an or-pattern.
func (p *parser) closedPattern() Pattern {
	t := p.tok()
	pos := tokPos(t)
	switch t.Kind {
	case NONE:
		p.next()
		return &MatchSingleton{pos, NoneType{}}
	case TRUE, FALSE:
		p.next()
		return &MatchSingleton{pos, t.Kind == TRUE}
	case NUMBER, MINUS:
		v := p.signedNumber(true)
		return &MatchValue{v.Span(), v}
	case STRING:
		s := p.strings()
		if _, ok := s.(*JoinedStr); ok {
			p.errorAtNode(s, "patterns may only match literals and attribute lookups")
		}
		return &MatchValue{s.Span(), s}
	case NAME:
		return p.namePattern()
	case LPAR:
		return p.parenPattern()
	case LSQB:
		p.next()
		items := p.sequenceItems(RSQB)
		p.expect(RSQB)
		return &MatchSequence{p.endAt(pos), items}
	case LBRACE:
		return p.mappingPattern()
	}
	p.syntaxError()
	return nil
}

// signedNumber parses a number pattern: an optional minus, and for a
// complex literal "real + imag" or "real - imag" (complexOK).
func (p *parser) signedNumber(complexOK bool) Expr {
	t := p.tok()
	start := tokPos(t)
	neg := p.got(MINUS)
	n := p.expect(NUMBER)
	var e Expr = p.number(&n)
	if neg {
		e = &UnaryOp{p.endAt(start), USub, e}
	}
	if complexOK && (p.peek() == PLUS || p.peek() == MINUS) {
		op := Add
		if p.next().Kind == MINUS {
			op = Sub
		}
		if isImaginary(e) {
			p.errorAtNode(e, "real number required in complex literal")
		}
		it := p.expect(NUMBER)
		imag := p.number(&it)
		if !isImaginary(imag) {
			p.errorAtNode(imag, "imaginary number required in complex literal")
		}
		e = &BinOp{p.endAt(start), e, op, imag}
	}
	return e
}

// isImaginary reports whether e is an imaginary literal (1j).
func isImaginary(e Expr) bool {
	c, ok := e.(*Constant)
	if !ok {
		return false
	}
	_, ok = c.Value.(complex128)
	return ok
}

// namePattern parses a pattern starting with a name: the wildcard, a
// capture, a dotted value, or a class pattern.
func (p *parser) namePattern() Pattern {
	t := p.next()
	pos := tokPos(&t)
	var e Expr = &Name{pos, p.text(&t), Load}
	dotted := false
	for p.got(DOT) {
		a := p.expect(NAME)
		e = &Attribute{p.endAt(pos), e, p.text(&a), Load}
		dotted = true
	}
	if p.peek() == LPAR {
		return p.classPattern(e)
	}
	if dotted {
		return &MatchValue{e.Span(), e}
	}
	name := p.text(&t)
	if name == "_" {
		return &MatchAs{pos, nil, ""}
	}
	return &MatchAs{pos, nil, name}
}

// parenPattern parses "(pattern)", "()" or a parenthesised sequence.
func (p *parser) parenPattern() Pattern {
	open := p.next()
	pos := tokPos(&open)
	if p.got(RPAR) {
		return &MatchSequence{p.endAt(pos), []Pattern{}}
	}
	first := p.maybeStarPattern()
	if _, star := first.(*MatchStar); !star && p.peek() == RPAR {
		p.next()
		return first // a group: the pattern itself
	}
	items := []Pattern{first}
	for p.got(COMMA) {
		if p.peek() == RPAR {
			break
		}
		items = append(items, p.maybeStarPattern())
	}
	p.expect(RPAR)
	return &MatchSequence{p.endAt(pos), items}
}

// sequenceItems parses comma-separated maybe-star patterns up to closer.
func (p *parser) sequenceItems(closer Kind) []Pattern {
	items := []Pattern{}
	for p.peek() != closer {
		items = append(items, p.maybeStarPattern())
		if !p.got(COMMA) {
			break
		}
	}
	return items
}

// mappingPattern parses "{key: pattern, ..., **rest}".
func (p *parser) mappingPattern() Pattern {
	open := p.next()
	pos := tokPos(&open)
	m := &MatchMapping{Keys: []Expr{}, Patterns: []Pattern{}}
	for p.peek() != RBRACE {
		if p.got(DOUBLESTAR) {
			n := p.expect(NAME)
			m.Rest = p.text(&n)
			if m.Rest == "_" {
				p.errorAtToken(&n, "invalid syntax")
			}
			p.got(COMMA)
			if p.peek() != RBRACE {
				p.syntaxError()
			}
			break
		}
		m.Keys = append(m.Keys, p.mappingKey())
		p.expect(COLON)
		m.Patterns = append(m.Patterns, p.pattern())
		if !p.got(COMMA) {
			break
		}
	}
	p.expect(RBRACE)
	m.Pos = p.endAt(pos)
	return m
}

// mappingKey parses a mapping pattern's key: a literal or a dotted name.
func (p *parser) mappingKey() Expr {
	t := p.tok()
	pos := tokPos(t)
	switch t.Kind {
	case NONE:
		p.next()
		return &Constant{Pos: pos, Value: NoneType{}}
	case TRUE, FALSE:
		p.next()
		return &Constant{Pos: pos, Value: t.Kind == TRUE}
	case NUMBER, MINUS:
		return p.signedNumber(true)
	case STRING:
		s := p.strings()
		if _, ok := s.(*JoinedStr); ok {
			p.errorAtNode(s, "patterns may only match literals and attribute lookups")
		}
		return s
	case NAME:
		p.next()
		var e Expr = &Name{pos, p.text(t), Load}
		if p.peek() != DOT {
			p.syntaxError()
		}
		for p.got(DOT) {
			a := p.expect(NAME)
			e = &Attribute{p.endAt(pos), e, p.text(&a), Load}
		}
		return e
	}
	p.syntaxError()
	return nil
}

// classPattern parses "Cls(positional..., name=pattern...)".
func (p *parser) classPattern(cls Expr) Pattern {
	p.next() // (
	c := &MatchClass{Cls: cls, Patterns: []Pattern{}, KwdAttrs: []string{}, KwdPatterns: []Pattern{}}
	for p.peek() != RPAR {
		if p.peek() == NAME && p.peekN(1) == EQUAL {
			n := p.next()
			p.next()
			c.KwdAttrs = append(c.KwdAttrs, p.text(&n))
			c.KwdPatterns = append(c.KwdPatterns, p.pattern())
		} else {
			pat := p.pattern()
			if len(c.KwdAttrs) > 0 {
				p.errorAtNode(pat, "positional patterns follow keyword patterns")
			}
			c.Patterns = append(c.Patterns, pat)
		}
		if !p.got(COMMA) {
			break
		}
	}
	p.expect(RPAR)
	c.Pos = p.endAt(cls.Span())
	return c
}
