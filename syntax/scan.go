// This file defines the scanner, which turns source text into tokens with
// Python 3.11's rules: indentation becomes INDENT/DEDENT, NEWLINE ends a
// logical line only outside brackets, and literals are delimited (but not
// yet decoded: the parser decodes strings and numbers).

package syntax

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// tabSize is the tab stop used to measure indentation.
const tabSize = 8

// maxParenDepth bounds bracket nesting, like CPython's MAXLEVEL.
const maxParenDepth = 200

// maxIndentDepth bounds indentation nesting, like CPython's MAXINDENT.
const maxIndentDepth = 100

// openParen records an unclosed bracket for error messages.
type openParen struct {
	ch        byte
	line, col int // col is a byte column
	off       int
}

// scanner holds the state of one tokenization. It scans the whole input
// eagerly into toks; the first lexical error stops it and is kept in err,
// with an ERRORTOKEN appended so the parser knows where the stream broke.
type scanner struct {
	src      string
	filename string
	off      int // next byte to read
	limit    int // end of the region being scanned
	line     int // current line, 1-based
	lineOff  int // offset of the first byte of the current line

	indents    []int // indentation columns with tabs to multiples of 8
	altIndents []int // the same with tabs counted as one column
	parens     []openParen

	atBOL    bool // at the beginning of a physical line outside brackets
	fstring  bool // scanning an f-string replacement field (no NEWLINE/INDENT)
	toks     []Token
	err      *Error
	errorTok int // index in toks of the ERRORTOKEN, -1 if none
}

// newScanner returns a scanner for src[start:limit], which begins at the
// given line whose first byte is at lineOff.
func newScanner(filename, src string, start, limit, line, lineOff int) *scanner {
	return &scanner{
		src: src, filename: filename, off: start, limit: limit,
		line: line, lineOff: lineOff,
		indents: []int{0}, altIndents: []int{0},
		atBOL: true, errorTok: -1,
	}
}

// scanAll tokenizes the whole region. It always ends the token list with
// EOF or ERRORTOKEN.
func (s *scanner) scanAll() {
	s.toks = make([]Token, 0, (s.limit-s.off)/4+8)
	for s.err == nil {
		if s.next() {
			return
		}
	}
	if s.errorTok >= 0 {
		return
	}
	s.errorTok = len(s.toks)
	s.toks = append(s.toks, Token{Kind: ERRORTOKEN, Start: s.off, End: s.off,
		Line: s.line, Col: s.off - s.lineOff, EndLine: s.line, EndCol: s.off - s.lineOff,
		Level: len(s.parens)})
}

func (s *scanner) peekByte(i int) byte {
	if s.off+i < s.limit {
		return s.src[s.off+i]
	}
	return 0
}

// emit appends a token spanning src[start:s.off], which lies on one line.
func (s *scanner) emit(k Kind, start int) {
	s.toks = append(s.toks, Token{Kind: k, Start: start, End: s.off,
		Line: s.line, Col: start - s.lineOff, EndLine: s.line, EndCol: s.off - s.lineOff,
		Level: len(s.parens)})
}

// newline advances past a '\n' at s.off.
func (s *scanner) newline() {
	s.off++
	s.line++
	s.lineOff = s.off
}

// lastKind returns the kind of the last token, or EOF if there is none.
func (s *scanner) lastKind() Kind {
	if len(s.toks) == 0 {
		return EOF
	}
	return s.toks[len(s.toks)-1].Kind
}

// errorAt records a tokenizer error whose caret (1-based col) is the code
// point ending at byte offset cur on the current line, as CPython places it.
func (s *scanner) errorAt(kind string, cur int, format string, args ...any) {
	text := lineText(s.src[s.lineOff:], 1)
	col := byteColToRunes(text, cur-s.lineOff)
	s.err = &Error{Kind: kind, Filename: s.filename, Line: s.line, Col: col,
		EndLine: s.line, EndCol: col, Msg: fmt.Sprintf(format, args...), Text: text}
	// CPython's tokenizer errors show the line without its newline, but
	// for the indentation errors, which it raises at the line's start.
	s.err.TextNoNewline = kind == "SyntaxError"
}

// next scans one token (or a few INDENT/DEDENT tokens). It reports true
// once EOF has been emitted.
func (s *scanner) next() bool {
	if s.atBOL && len(s.parens) == 0 && !s.fstring {
		s.atBOL = false
		if !s.indentation() {
			return false
		}
	}
	// Skip white space and comments.
	for s.off < s.limit {
		c := s.src[s.off]
		if c == ' ' || c == '\t' || c == '\f' {
			s.off++
			continue
		}
		if c == '#' {
			for s.off < s.limit && s.src[s.off] != '\n' {
				s.off++
			}
			continue
		}
		break
	}
	if s.off >= s.limit {
		s.eof()
		return true
	}
	start := s.off
	c := s.src[s.off]
	switch {
	case c == '\n':
		if len(s.parens) == 0 && !s.fstring && s.lineHasTokens() {
			s.emit(NEWLINE, start) // zero width, as CPython reports it
		}
		s.newline()
		if len(s.parens) == 0 {
			s.atBOL = true
		}
		return false
	case c == '\\':
		switch s.peekByte(1) {
		case '\n':
			s.off++
			s.newline()
		case 0:
			s.errorAt("SyntaxError", s.off+2, "unexpected EOF while parsing")
		default:
			s.errorAt("SyntaxError", s.off+2, "unexpected character after line continuation character")
		}
		return false
	case c == 0:
		s.errorAt("SyntaxError", s.off+1, "source code cannot contain null bytes")
		return false
	case isDigit(c) || c == '.' && isDigit(s.peekByte(1)):
		s.number()
		return false
	case c == '"' || c == '\'':
		s.str(start)
		return false
	case c < utf8.RuneSelf && (isLetter(c) || c == '_'):
		s.name(start)
		return false
	case c >= utf8.RuneSelf:
		s.name(start)
		return false
	}
	s.operator(start)
	return false
}

// lineHasTokens reports whether a token has been emitted since the last
// NEWLINE, that is whether the current logical line is not blank.
func (s *scanner) lineHasTokens() bool {
	switch s.lastKind() {
	case NEWLINE, INDENT, DEDENT:
		return false
	}
	return len(s.toks) > 0
}

// indentation measures the indentation of a new line and emits INDENT or
// DEDENT tokens. Blank and comment-only lines do not count. It reports
// false on error.
func (s *scanner) indentation() bool {
	col, alt := 0, 0
	p := s.off
loop:
	for ; p < s.limit; p++ {
		switch s.src[p] {
		case ' ':
			col++
			alt++
		case '\t':
			col = (col/tabSize + 1) * tabSize
			alt++
		case '\f':
			col, alt = 0, 0
		default:
			break loop
		}
	}
	if p >= s.limit || s.src[p] == '#' || s.src[p] == '\n' {
		s.off = p
		return true // blank line
	}
	if s.src[p] == '\\' && p+1 < s.limit && s.src[p+1] == '\n' && col == 0 {
		s.off = p
		return true
	}
	top := len(s.indents) - 1
	switch {
	case col == s.indents[top]:
		if alt != s.altIndents[top] {
			s.tabError(p)
			return false
		}
	case col > s.indents[top]:
		if alt <= s.altIndents[top] {
			s.tabError(p)
			return false
		}
		if len(s.indents) >= maxIndentDepth {
			s.errorAt("IndentationError", p, "too many levels of indentation")
			return false
		}
		s.indents = append(s.indents, col)
		s.altIndents = append(s.altIndents, alt)
		s.toks = append(s.toks, Token{Kind: INDENT, Start: s.off, End: p,
			Line: s.line, Col: -1, EndLine: s.line, EndCol: p - s.lineOff})
	default:
		for len(s.indents) > 1 && col < s.indents[len(s.indents)-1] {
			s.indents = s.indents[:len(s.indents)-1]
			s.altIndents = s.altIndents[:len(s.altIndents)-1]
			s.toks = append(s.toks, Token{Kind: DEDENT, Start: p, End: p,
				Line: s.line, Col: p - s.lineOff, EndLine: s.line, EndCol: p - s.lineOff})
		}
		top = len(s.indents) - 1
		if col != s.indents[top] {
			// CPython puts the caret just past the end of the line.
			end := strings.IndexByte(s.src[p:s.limit], '\n')
			if end < 0 {
				end = s.limit - p
			}
			s.errorAt("IndentationError", p+end+1, "unindent does not match any outer indentation level")
			s.err.EndCol = -1
			return false
		}
		if alt != s.altIndents[top] {
			s.tabError(p)
			return false
		}
	}
	s.off = p
	return true
}

func (s *scanner) tabError(p int) {
	s.errorAt("TabError", s.lineOff+1, "inconsistent use of tabs and spaces in indentation")
	s.err.EndCol = 0
}

// eof emits the tokens that end the input: a NEWLINE if the last line
// lacks one, DEDENTs for open indentation, and EOF. Like CPython reading a
// file, they sit on the last line with no column (Col -1).
func (s *scanner) eof() {
	if s.fstring {
		s.toks = append(s.toks, Token{Kind: EOF, Start: s.off, End: s.off, Line: s.line,
			Col: s.off - s.lineOff, EndLine: s.line, EndCol: s.off - s.lineOff, Level: len(s.parens)})
		return
	}
	if s.lineHasTokens() && len(s.parens) == 0 {
		s.emit(NEWLINE, s.off)
	}
	line := s.line
	if s.off > 0 && s.src[s.off-1] == '\n' && line > 1 {
		line-- // the last character is on the previous line
	}
	eofTok := Token{Start: s.off, End: s.off, Line: line, Col: -1, EndLine: line, EndCol: -1,
		Level: len(s.parens)}
	if len(s.parens) == 0 {
		for len(s.indents) > 1 {
			s.indents = s.indents[:len(s.indents)-1]
			eofTok.Kind = DEDENT
			s.toks = append(s.toks, eofTok)
		}
	}
	eofTok.Kind = EOF
	s.toks = append(s.toks, eofTok)
}

func isDigit(c byte) bool  { return '0' <= c && c <= '9' }
func isLetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

// isIdentStart approximates Unicode XID_Start plus '_'.
func isIdentStart(r rune) bool {
	if r < utf8.RuneSelf {
		return isLetter(byte(r)) || r == '_'
	}
	return unicode.IsLetter(r) || unicode.Is(unicode.Nl, r) || unicode.Is(unicode.Other_ID_Start, r)
}

// isIdentContinue approximates Unicode XID_Continue.
func isIdentContinue(r rune) bool {
	if r < utf8.RuneSelf {
		return isLetter(byte(r)) || r == '_' || isDigit(byte(r))
	}
	return isIdentStart(r) || unicode.In(r, unicode.Mn, unicode.Mc, unicode.Nd, unicode.Pc) ||
		unicode.Is(unicode.Other_ID_Continue, r)
}

// badChar reports a character that cannot start a token.
func (s *scanner) badChar(r rune) {
	_, size := utf8.DecodeRuneInString(s.src[s.off:s.limit])
	if unicode.IsPrint(r) {
		s.errorAt("SyntaxError", s.off+size, "invalid character '%c' (U+%04X)", r, r)
	} else {
		s.errorAt("SyntaxError", s.off+size, "invalid non-printable character U+%04X", r)
	}
}

// name scans an identifier, keyword, or string prefix. Like CPython it
// first takes every ASCII identifier character and every non-ASCII code
// point, then checks the result against the identifier rules.
func (s *scanner) name(start int) {
	ascii := true
	for s.off < s.limit {
		c := s.src[s.off]
		if c < utf8.RuneSelf {
			if !(isLetter(c) || isDigit(c) || c == '_') {
				break
			}
			s.off++
			continue
		}
		ascii = false
		_, size := utf8.DecodeRuneInString(s.src[s.off:s.limit])
		s.off += size
	}
	word := s.src[start:s.off]
	if !ascii && !s.verifyIdentifier(start, word) {
		return
	}
	if s.off < s.limit && (s.src[s.off] == '"' || s.src[s.off] == '\'') && isStringPrefix(word) {
		s.str(start)
		return
	}
	s.emit(keywordKind(word), start)
}

// verifyIdentifier reports an error at the first code point of word that
// cannot appear in an identifier.
func (s *scanner) verifyIdentifier(start int, word string) bool {
	for i, r := range word {
		if i == 0 && isIdentStart(r) || i > 0 && isIdentContinue(r) {
			continue
		}
		s.off = start + i
		s.badChar(r)
		return false
	}
	return true
}

// isStringPrefix reports whether w is a valid string prefix in any case.
func isStringPrefix(w string) bool {
	if len(w) > 2 {
		return false
	}
	switch strings.ToLower(w) {
	case "r", "u", "b", "br", "rb", "f", "fr", "rf":
		return true
	}
	return false
}

// str scans a string literal whose prefix starts at start and whose quote
// is at s.off. The token includes prefix and quotes.
func (s *scanner) str(start int) {
	quote := s.src[s.off]
	quoteOff := s.off
	startLine, startLineOff := s.line, s.lineOff
	triple := s.peekByte(1) == quote && s.peekByte(2) == quote
	if triple {
		s.off += 3
	} else {
		s.off++
	}
	for {
		if s.off >= s.limit {
			last := s.line
			if s.src[s.off-1] == '\n' {
				last-- // CPython counts the line of the last character
			}
			s.line, s.lineOff = startLine, startLineOff
			if triple {
				s.errorAt("SyntaxError", quoteOff+1,
					"unterminated triple-quoted string literal (detected at line %d)", last)
				return
			}
			s.errorAt("SyntaxError", quoteOff+1, "unterminated string literal (detected at line %d)", last)
			return
		}
		c := s.src[s.off]
		switch {
		case c == quote:
			if !triple {
				s.off++
				s.emitMultiline(STRING, start, startLine, startLineOff)
				return
			}
			if s.peekByte(1) == quote && s.peekByte(2) == quote {
				s.off += 3
				s.emitMultiline(STRING, start, startLine, startLineOff)
				return
			}
			s.off++
		case c == '\\':
			s.off++
			if s.off < s.limit {
				if s.src[s.off] == '\n' {
					s.newline()
				} else {
					s.off++
				}
			}
		case c == '\n':
			if !triple {
				s.line, s.lineOff = startLine, startLineOff
				s.errorAt("SyntaxError", quoteOff+1, "unterminated string literal (detected at line %d)", startLine)
				return
			}
			s.newline()
		default:
			s.off++
		}
	}
}

// emitMultiline appends a token that may span several lines.
func (s *scanner) emitMultiline(k Kind, start, line, lineOff int) {
	s.toks = append(s.toks, Token{Kind: k, Start: start, End: s.off,
		Line: line, Col: start - lineOff, EndLine: s.line, EndCol: s.off - s.lineOff,
		Level: len(s.parens)})
}

// number scans a numeric literal, following CPython's tokenizer including
// its error messages.
func (s *scanner) number() {
	start := s.off
	c := s.src[s.off]
	if c == '0' {
		switch s.peekByte(1) | 0x20 {
		case 'x':
			s.off += 2
			if !s.digits(isHex, "hexadecimal") || !s.endOfNumber("hexadecimal") {
				return
			}
			s.emit(NUMBER, start)
			return
		case 'o':
			s.off += 2
			if !s.digits(isOctal, "octal") || !s.endOfNumber("octal") {
				return
			}
			s.emit(NUMBER, start)
			return
		case 'b':
			s.off += 2
			if !s.digits(isBinary, "binary") || !s.endOfNumber("binary") {
				return
			}
			s.emit(NUMBER, start)
			return
		}
	}
	if c != '.' {
		if !s.digits(isDigit, "decimal") {
			return
		}
		c = s.peekByte(0)
		if c != '.' && c|0x20 != 'e' && c|0x20 != 'j' {
			// A plain integer: leading zeros are only allowed in 0, 00, 0_0.
			lit := s.src[start:s.off]
			if lit[0] == '0' && strings.Trim(lit, "0_") != "" {
				zerosEnd := start + len(lit) - len(strings.TrimLeft(lit, "0_")) + 1
				s.errorAt("SyntaxError", start+1,
					"leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers")
				s.err.EndCol = byteColToRunes(s.err.Text, zerosEnd-s.lineOff)
				return
			}
			if !s.endOfNumber("decimal") {
				return
			}
			s.emit(NUMBER, start)
			return
		}
	}
	if s.peekByte(0) == '.' {
		s.off++
		if isDigit(s.peekByte(0)) && !s.digits(isDigit, "decimal") {
			return
		}
	}
	if s.peekByte(0)|0x20 == 'e' {
		e := s.off
		s.off++
		if c := s.peekByte(0); c == '+' || c == '-' {
			s.off++
			if !isDigit(s.peekByte(0)) {
				s.errorAt("SyntaxError", s.off, "invalid decimal literal")
				return
			}
		} else if !isDigit(c) {
			// "1else" is 1 followed by else; anything else is an error.
			s.off = e
			if !s.endOfNumber("decimal") {
				return
			}
			s.emit(NUMBER, start)
			return
		}
		if !s.digits(isDigit, "decimal") {
			return
		}
	}
	kind := "decimal"
	if s.peekByte(0)|0x20 == 'j' {
		s.off++
		kind = "imaginary"
	}
	if !s.endOfNumber(kind) {
		return
	}
	s.emit(NUMBER, start)
}

func isHex(c byte) bool    { return isDigit(c) || 'a' <= c|0x20 && c|0x20 <= 'f' }
func isOctal(c byte) bool  { return '0' <= c && c <= '7' }
func isBinary(c byte) bool { return c == '0' || c == '1' }

// digits scans one or more digits separated by single underscores. For
// prefixed literals the first digit may be preceded by an underscore.
func (s *scanner) digits(ok func(byte) bool, kind string) bool {
	prefixed := kind != "decimal"
	if prefixed && s.peekByte(0) == '_' {
		s.off++
	}
	if !ok(s.peekByte(0)) {
		return s.badDigit(kind)
	}
	for {
		for ok(s.peekByte(0)) {
			s.off++
		}
		if s.peekByte(0) != '_' {
			break
		}
		s.off++
		if !ok(s.peekByte(0)) {
			return s.badDigit(kind)
		}
	}
	if prefixed && isDigit(s.peekByte(0)) {
		s.off++
		s.errorAt("SyntaxError", s.off, "invalid digit '%c' in %s literal", s.src[s.off-1], kind)
		return false
	}
	return true
}

func (s *scanner) badDigit(kind string) bool {
	if kind != "decimal" && kind != "hexadecimal" && isDigit(s.peekByte(0)) {
		s.off++
		s.errorAt("SyntaxError", s.off, "invalid digit '%c' in %s literal", s.src[s.off-1], kind)
		return false
	}
	s.errorAt("SyntaxError", s.off, "invalid %s literal", kind)
	return false
}

// endOfNumber checks what follows a number, as CPython's
// verify_end_of_number does: a keyword that can follow a number (and, else,
// for, if, in, is, not, or) is allowed without a space, other identifier
// characters are an error.
func (s *scanner) endOfNumber(kind string) bool {
	rest := s.src[s.off:s.limit]
	for _, kw := range [...]string{"and", "else", "for", "if", "in", "is", "not", "or"} {
		if strings.HasPrefix(rest, kw) {
			return true
		}
	}
	if rest == "" {
		return true
	}
	r, _ := utf8.DecodeRuneInString(rest)
	if r < utf8.RuneSelf && (isLetter(byte(r)) || isDigit(byte(r)) || r == '_') || r >= utf8.RuneSelf && isIdentContinue(r) {
		s.errorAt("SyntaxError", s.off, "invalid %s literal", kind)
		return false
	}
	return true
}

// operator scans an operator or delimiter, keeping the bracket stack.
func (s *scanner) operator(start int) {
	c := s.src[s.off]
	c1, c2 := s.peekByte(1), s.peekByte(2)
	k, n := ERRORTOKEN, 1
	switch c {
	case '(':
		k = LPAR
	case ')':
		k = RPAR
	case '[':
		k = LSQB
	case ']':
		k = RSQB
	case '{':
		k = LBRACE
	case '}':
		k = RBRACE
	case ',':
		k = COMMA
	case ';':
		k = SEMI
	case '~':
		k = TILDE
	case ':':
		k, n = pick2(c1, '=', COLON, COLONEQUAL)
	case '+':
		k, n = pick2(c1, '=', PLUS, PLUSEQUAL)
	case '%':
		k, n = pick2(c1, '=', PERCENT, PERCENTEQUAL)
	case '&':
		k, n = pick2(c1, '=', AMPER, AMPEREQUAL)
	case '|':
		k, n = pick2(c1, '=', VBAR, VBAREQUAL)
	case '^':
		k, n = pick2(c1, '=', CIRCUMFLEX, CIRCUMFLEXEQUAL)
	case '@':
		k, n = pick2(c1, '=', AT, ATEQUAL)
	case '=':
		k, n = pick2(c1, '=', EQUAL, EQEQUAL)
	case '!':
		k, n = pick2(c1, '=', EXCLAMATION, NOTEQUAL)
	case '-':
		k = MINUS
		if c1 == '=' {
			k, n = MINEQUAL, 2
		} else if c1 == '>' {
			k, n = RARROW, 2
		}
	case '*':
		k, n = pick3(c1, c2, '*', STAR, STAREQUAL, DOUBLESTAR, DOUBLESTAREQUAL)
	case '/':
		k, n = pick3(c1, c2, '/', SLASH, SLASHEQUAL, DOUBLESLASH, DOUBLESLASHEQUAL)
	case '<':
		k, n = pick3(c1, c2, '<', LESS, LESSEQUAL, LEFTSHIFT, LEFTSHIFTEQUAL)
	case '>':
		k, n = pick3(c1, c2, '>', GREATER, GREATEREQUAL, RIGHTSHIFT, RIGHTSHIFTEQUAL)
	case '.':
		k = DOT
		if c1 == '.' && c2 == '.' {
			k, n = ELLIPSIS, 3
		}
	}
	if k == ERRORTOKEN {
		// '$', '?', '`' and control characters.
		if c < ' ' || c == 0x7f {
			s.errorAt("SyntaxError", s.off+1, "invalid non-printable character U+%04X", c)
			return
		}
		// CPython's tokenizer returns an error token without a message;
		// the parser then reports "invalid syntax" at it.
		s.off++
		s.emit(ERRORTOKEN, start)
		s.errorTok = len(s.toks) - 1
		s.err = &Error{}
		return
	}
	switch k {
	case LPAR, LSQB, LBRACE:
		if len(s.parens) >= maxParenDepth {
			s.off++
			s.errorAt("SyntaxError", s.off, "too many nested parentheses")
			return
		}
		s.parens = append(s.parens, openParen{ch: c, line: s.line, col: s.off - s.lineOff, off: s.off})
	case RPAR, RSQB, RBRACE:
		if len(s.parens) == 0 {
			s.off++
			s.errorAt("SyntaxError", s.off, "unmatched '%c'", c)
			return
		}
		open := s.parens[len(s.parens)-1]
		if open.ch != matchingOpen(c) {
			s.off++
			if open.line != s.line {
				s.errorAt("SyntaxError", s.off,
					"closing parenthesis '%c' does not match opening parenthesis '%c' on line %d", c, open.ch, open.line)
			} else {
				s.errorAt("SyntaxError", s.off,
					"closing parenthesis '%c' does not match opening parenthesis '%c'", c, open.ch)
			}
			return
		}
		s.parens = s.parens[:len(s.parens)-1]
	}
	s.off += n
	s.emit(k, start)
}

func matchingOpen(c byte) byte {
	switch c {
	case ')':
		return '('
	case ']':
		return '['
	}
	return '{'
}

func pick2(c1, want byte, one, two Kind) (Kind, int) {
	if c1 == want {
		return two, 2
	}
	return one, 1
}

// pick3 chooses among op, op=, opop and opop= (e.g. *, *=, **, **=).
func pick3(c1, c2, dbl byte, single, singleEq, double, doubleEq Kind) (Kind, int) {
	switch {
	case c1 == dbl && c2 == '=':
		return doubleEq, 3
	case c1 == dbl:
		return double, 2
	case c1 == '=':
		return singleEq, 2
	}
	return single, 1
}
