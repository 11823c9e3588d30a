// This file defines the decoding of literals: numbers, string and bytes
// literals with their escapes, implicit concatenation, and f-strings, whose
// replacement fields are parsed with the ordinary expression parser.

package syntax

import (
	"math/big"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/ftpy/ftpy/internal/ucd"
)

// number converts a NUMBER token to a Constant. The scanner has already
// checked the syntax.
func (p *parser) number(t *Token) Expr {
	text := strings.ReplaceAll(p.text(t), "_", "")
	c := &Constant{Pos: tokPos(t)}
	last := text[len(text)-1] | 0x20
	isFloat := !strings.HasPrefix(strings.ToLower(text), "0x") &&
		(strings.ContainsAny(text, ".eE") || last == 'j')
	switch {
	case last == 'j':
		f, _ := strconv.ParseFloat(text[:len(text)-1], 64)
		c.Value = complex(0, f)
	case isFloat:
		f, _ := strconv.ParseFloat(text, 64) // overflow gives ±Inf, as in Python
		c.Value = f
	default:
		base := 10
		digits := text
		if len(text) > 1 && text[0] == '0' {
			switch text[1] | 0x20 {
			case 'x':
				base, digits = 16, text[2:]
			case 'o':
				base, digits = 8, text[2:]
			case 'b':
				base, digits = 2, text[2:]
			}
		}
		if v, err := strconv.ParseInt(digits, base, 64); err == nil {
			c.Value = v
		} else {
			n, ok := new(big.Int).SetString(digits, base)
			if !ok {
				p.errorAtToken(t, "invalid decimal literal")
			}
			if len(digits) > 4300 && base == 10 {
				p.errorAtToken(t, "Exceeds the limit (4300 digits) for integer string conversion: "+
					"value has "+strconv.Itoa(len(digits))+" digits; use sys.set_int_max_str_digits() to increase the limit")
			}
			c.Value = n
		}
	}
	return c
}

// stringLit describes one string token.
type stringLit struct {
	tok          *Token
	raw, bytes   bool
	fstr, u      bool
	body         string // between the quotes, undecoded
	bodyOff      int    // byte offset of body in the source
	bodyLine     int    // line of the first body byte
	bodyLineOff  int    // offset of the first byte of that line
	prefixLength int
}

func (p *parser) splitString(t *Token) stringLit {
	text := p.text(t)
	s := stringLit{tok: t}
	i := 0
	for text[i] != '\'' && text[i] != '"' {
		switch text[i] | 0x20 {
		case 'r':
			s.raw = true
		case 'b':
			s.bytes = true
		case 'f':
			s.fstr = true
		case 'u':
			s.u = true
		}
		i++
	}
	q := 1
	if len(text)-i >= 6 && text[i+1] == text[i] && text[i+2] == text[i] {
		q = 3
	}
	s.prefixLength = i
	s.body = text[i+q : len(text)-q]
	s.bodyOff = t.Start + i + q
	s.bodyLine = t.Line
	s.bodyLineOff = t.Start - t.Col
	return s
}

// strings parses one or more adjacent string tokens and concatenates them.
func (p *parser) strings() Expr {
	first := p.tok()
	var lits []stringLit
	anyF, anyBytes, allBytes := false, false, true
	for p.peek() == STRING {
		t := p.tok()
		p.next()
		l := p.splitString(t)
		anyF = anyF || l.fstr
		anyBytes = anyBytes || l.bytes
		allBytes = allBytes && l.bytes
		lits = append(lits, l)
	}
	pos := p.endAt(tokPos(first))
	if anyBytes && !allBytes {
		p.errorAtFar("cannot mix bytes and nonbytes literals")
	}
	if allBytes {
		var b []byte
		for _, l := range lits {
			b = append(b, p.decode(l, l.body, true)...)
		}
		if b == nil {
			b = []byte{}
		}
		return &Constant{Pos: pos, Value: b}
	}
	kind := ""
	if lits[0].u {
		kind = "u"
	}
	if !anyF {
		if len(lits) == 1 {
			return &Constant{Pos: pos, Value: string(p.decode(lits[0], lits[0].body, false)), Kind: kind}
		}
		var b strings.Builder
		for _, l := range lits {
			b.Write(p.decode(l, l.body, false))
		}
		return &Constant{Pos: pos, Value: b.String(), Kind: kind}
	}
	j := &fstringBuilder{pos: pos, kind: kind}
	for _, l := range lits {
		if l.fstr {
			p.fstringPart(l, j, l.body, l.bodyOff, 0)
		} else {
			j.literal(string(p.decode(l, l.body, false)))
		}
	}
	return j.finish()
}

// fstringBuilder accumulates the values of a JoinedStr, merging adjacent
// literal text.
type fstringBuilder struct {
	pos    Pos
	kind   string
	values []Expr
	text   strings.Builder
}

func (j *fstringBuilder) literal(s string) { j.text.WriteString(s) }

func (j *fstringBuilder) flush() {
	if j.text.Len() > 0 {
		j.values = append(j.values, &Constant{Pos: j.pos, Value: j.text.String(), Kind: j.kind})
		j.text.Reset()
	}
}

func (j *fstringBuilder) field(f *FormattedValue) {
	j.flush()
	j.values = append(j.values, f)
}

func (j *fstringBuilder) finish() *JoinedStr {
	j.flush()
	if j.values == nil {
		j.values = []Expr{}
	}
	return &JoinedStr{j.pos, j.values}
}

// stringError reports a literal decoding error. CPython decodes strings
// after reading the token that follows them, and reports the error with
// a single caret at that token.
func (p *parser) stringError(l stringLit, msg string) {
	p.errorAtFar(msg)
}

// decode returns the value of the literal text s (a part of l.body),
// applying escapes unless the literal is raw. Lone surrogates from \u
// escapes are kept in WTF-8 form so that no information is lost.
func (p *parser) decode(l stringLit, s string, isBytes bool) []byte {
	if isBytes {
		for i := 0; i < len(s); i++ {
			if s[i] >= utf8.RuneSelf {
				p.errorAtToken(l.tok, "bytes can only contain ASCII literal characters")
			}
		}
	}
	if !isBytes {
		p.checkUTF8(l, s)
	}
	if l.raw || strings.IndexByte(s, '\\') < 0 {
		return []byte(s)
	}
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		c := s[i]
		if c != '\\' || i+1 >= len(s) {
			out = append(out, c)
			i++
			continue
		}
		c = s[i+1]
		i += 2
		switch c {
		case '\n':
		case '\\', '\'', '"':
			out = append(out, c)
		case 'a':
			out = append(out, 7)
		case 'b':
			out = append(out, 8)
		case 'f':
			out = append(out, 12)
		case 'n':
			out = append(out, '\n')
		case 'r':
			out = append(out, '\r')
		case 't':
			out = append(out, '\t')
		case 'v':
			out = append(out, 11)
		case '0', '1', '2', '3', '4', '5', '6', '7':
			v := int(c - '0')
			for n := 1; n < 3 && i < len(s) && isOctal(s[i]); n++ {
				v = v*8 + int(s[i]-'0')
				i++
			}
			if isBytes {
				out = append(out, byte(v))
			} else {
				out = utf8.AppendRune(out, rune(v))
			}
		case 'x', 'u', 'U':
			n := map[byte]int{'x': 2, 'u': 4, 'U': 8}[c]
			if isBytes && c != 'x' {
				out = append(out, '\\', c)
				continue
			}
			v, ok := hexValue(s[i:], n)
			if !ok {
				if isBytes {
					p.stringError(l, "(value error) invalid \\x escape at position "+strconv.Itoa(i-2))
				}
				p.stringError(l, "(unicode error) 'unicodeescape' codec can't decode bytes in position "+
					strconv.Itoa(i-2)+"-"+strconv.Itoa(i-1+min(n, countHex(s[i:])))+": truncated \\"+
					string(c)+strings.Repeat("X", n)+" escape")
			}
			i += n
			switch {
			case isBytes:
				out = append(out, byte(v))
			case v > utf8.MaxRune:
				p.stringError(l, "(unicode error) 'unicodeescape' codec can't decode bytes in position "+
					strconv.Itoa(i-n-2)+"-"+strconv.Itoa(i-1)+": illegal Unicode character")
			case 0xD800 <= v && v < 0xE000:
				out = append(out, byte(0xE0|v>>12), byte(0x80|(v>>6)&0x3F), byte(0x80|v&0x3F))
			default:
				out = utf8.AppendRune(out, rune(v))
			}
		case 'N':
			if isBytes {
				out = append(out, '\\', c)
				continue
			}
			r, end, msg := namedEscape(s, i)
			if msg != "" {
				p.stringError(l, "(unicode error) 'unicodeescape' codec can't decode bytes in position "+
					strconv.Itoa(i-2)+"-"+strconv.Itoa(end-1)+": "+msg)
			}
			out = utf8.AppendRune(out, r)
			i = end
		default:
			// Unknown escapes are kept verbatim (a DeprecationWarning in
			// CPython).
			out = append(out, '\\')
			i--
		}
	}
	return out
}

// checkUTF8 reports bytes that are not UTF-8 in a str literal's text s
// (from a source given as bytes). CPython decodes the whole text of a
// literal without escapes, but each run of non-ASCII bytes of one with
// them, and counts the error's position from the start of what it
// decoded.
func (p *parser) checkUTF8(l stringLit, s string) {
	if utf8.ValidString(s) {
		return
	}
	part := s
	if !l.raw && strings.IndexByte(s, '\\') >= 0 {
		for i := 0; i < len(s); {
			if s[i] < utf8.RuneSelf {
				i++
				continue
			}
			j := i
			for j < len(s) && s[j] >= utf8.RuneSelf {
				j++
			}
			if !utf8.ValidString(s[i:j]) {
				part = s[i:j]
				break
			}
			i = j
		}
	}
	if msg, bad := unicodeError([]byte(part)); bad {
		p.stringError(l, msg)
	}
}

func countHex(s string) int {
	n := 0
	for n < len(s) && isHex(s[n]) {
		n++
	}
	return n
}

func hexValue(s string, n int) (int, bool) {
	if len(s) < n {
		return 0, false
	}
	v := 0
	for i := 0; i < n; i++ {
		c := s[i]
		var d int
		switch {
		case isDigit(c):
			d = int(c - '0')
		case 'a' <= c|0x20 && c|0x20 <= 'f':
			d = int(c|0x20-'a') + 10
		default:
			return 0, false
		}
		v = v*16 + d
	}
	return v, true
}

// fstringPart parses the f-string text s, which starts at source offset off,
// into j. level is 0 for the string itself and 1 inside a format spec.
// It returns the number of bytes of s consumed (all of it at level 0; up to
// the closing '}' of the field in a format spec).
func (p *parser) fstringPart(l stringLit, j *fstringBuilder, s string, off, level int) int {
	i := 0
	for i < len(s) {
		// Literal text up to the next replacement field.
		litStart := i
		var lit strings.Builder
		for i < len(s) {
			c := s[i]
			if c == '\\' && !l.raw && i+1 < len(s) {
				if s[i+1] == 'N' && i+2 < len(s) && s[i+2] == '{' {
					// A named escape's braces are not a field's: skip
					// to its '}' (decode checks the name).
					if end := strings.IndexByte(s[i+2:], '}'); end >= 0 {
						i += end + 3
						continue
					}
				}
				i += 2
				continue
			}
			if c == '{' || c == '}' {
				if level == 0 && i+1 < len(s) && s[i+1] == c {
					lit.Write(p.decode(l, s[litStart:i+1], false))
					i += 2
					litStart = i
					continue
				}
				if c == '}' && level == 0 {
					p.stringError(l, "f-string: single '}' is not allowed")
				}
				break
			}
			i++
		}
		lit.Write(p.decode(l, s[litStart:i], false))
		j.literal(lit.String())
		if i >= len(s) {
			return i
		}
		if s[i] == '}' {
			return i // end of a format spec
		}
		i++ // '{'
		i = p.field(l, j, s, off, i, level)
	}
	return i
}

// field parses one replacement field whose expression starts at s[i] and
// returns the index just after its closing '}'.
func (p *parser) field(l stringLit, j *fstringBuilder, s string, off, i, level int) int {
	if level >= 2 {
		p.stringError(l, "f-string: expressions nested too deeply")
	}
	exprStart := i
	end := p.fieldExprEnd(l, s, i)
	exprText := s[exprStart:end]
	if strings.TrimSpace(exprText) == "" {
		p.stringError(l, "f-string: empty expression not allowed")
	}
	value := p.fieldExpr(l, off+exprStart, off+end)
	i = end
	fv := &FormattedValue{Pos: j.pos, Value: value, Conversion: -1}
	selfDoc := false
	if s[i] == '=' {
		i++
		for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n') {
			i++
		}
		j.literal(s[exprStart:i])
		selfDoc = true
	}
	if i < len(s) && s[i] == '!' {
		i++
		if i >= len(s) {
			p.stringError(l, "f-string: expecting '}'")
		}
		c := s[i]
		if c != 's' && c != 'r' && c != 'a' {
			p.stringError(l, "f-string: invalid conversion character: expected 's', 'r', or 'a'")
		}
		fv.Conversion = int(c)
		i++
		if i >= len(s) || s[i] != ':' && s[i] != '}' {
			p.stringError(l, "f-string: expecting '}'")
		}
	}
	if i < len(s) && s[i] == ':' {
		i++
		spec := &fstringBuilder{pos: j.pos}
		i += p.fstringPart(l, spec, s[i:], off+i, level+1)
		fv.FormatSpec = spec.finish()
	}
	if i >= len(s) || s[i] != '}' {
		p.stringError(l, "f-string: expecting '}'")
	}
	if selfDoc && fv.Conversion == -1 && fv.FormatSpec == nil {
		fv.Conversion = 'r'
	}
	j.field(fv)
	return i + 1
}

// fieldExprEnd finds the end of the expression of a replacement field
// starting at s[i]: the first '!', ':', '}' or '=' (not part of !=, ==, <=,
// >=) outside brackets and nested strings.
func (p *parser) fieldExprEnd(l stringLit, s string, i int) int {
	var stack []byte
	var quote byte
	triple := false
	for ; i < len(s); i++ {
		c := s[i]
		if c == '\\' {
			p.stringError(l, "f-string expression part cannot include a backslash")
		}
		if quote != 0 {
			if c == quote {
				if !triple {
					quote = 0
				} else if i+2 < len(s) && s[i+1] == c && s[i+2] == c {
					i += 2
					quote = 0
				}
			}
			continue
		}
		switch c {
		case '\'', '"':
			quote = c
			triple = i+2 < len(s) && s[i+1] == c && s[i+2] == c
			if triple {
				i += 2
			}
			continue
		case '(', '[', '{':
			if len(stack) >= maxParenDepth {
				p.stringError(l, "f-string: too many nested parenthesis")
			}
			stack = append(stack, c)
			continue
		case ')', ']', '}':
			if len(stack) == 0 {
				if c == '}' {
					return i
				}
				p.stringError(l, "f-string: unmatched '"+string(c)+"'")
			}
			open := stack[len(stack)-1]
			if open != matchingOpen(c) {
				p.stringError(l, "f-string: closing parenthesis '"+string(c)+
					"' does not match opening parenthesis '"+string(open)+"'")
			}
			stack = stack[:len(stack)-1]
			continue
		case '#':
			p.stringError(l, "f-string expression part cannot include '#'")
		}
		if len(stack) > 0 {
			continue
		}
		switch c {
		case '!', '=', '<', '>':
			if i+1 < len(s) && s[i+1] == '=' {
				i++
				continue
			}
			if c == '<' || c == '>' {
				continue
			}
			return i
		case ':':
			return i
		}
	}
	if quote != 0 {
		p.stringError(l, "f-string: unterminated string")
	}
	if len(stack) > 0 {
		p.stringError(l, "f-string: unmatched '"+string(stack[len(stack)-1])+"'")
	}
	p.stringError(l, "f-string: expecting '}'")
	return i
}

// fieldExpr parses the expression in source bytes [start, end) with a
// nested parser, so that its nodes get their true source positions.
func (p *parser) fieldExpr(l stringLit, start, end int) Expr {
	line, lineOff := l.tok.Line, l.tok.Start-l.tok.Col
	for k := l.tok.Start; k < start; k++ {
		if p.src[k] == '\n' {
			line++
			lineOff = k + 1
		}
	}
	s := newScanner(p.filename, p.src, start, end, line, lineOff)
	s.fstring = true
	s.scanAll()
	sub := &parser{filename: p.filename, src: p.src, toks: s.toks, scan: s, inFString: true, depth: p.depth}
	var e Expr
	err := sub.run(func() {
		if sub.peek() == YIELD {
			e = sub.yieldExpr()
		} else {
			e = sub.starExpressions()
		}
		if sub.peek() != EOF {
			sub.syntaxError()
		}
	})
	if err == nil && s.err != nil {
		err = s.err
	}
	if err != nil {
		perr := err.(*Error)
		if perr.Kind == "" {
			perr = sub.tokenError("SyntaxError", &sub.toks[s.errorTok], "f-string: invalid syntax")
		}
		if !strings.HasPrefix(perr.Msg, "f-string") {
			perr.Msg = "f-string: " + perr.Msg
		}
		p.fail(perr)
	}
	return e
}

// namedEscape decodes the \N{name} escape whose 'N' ends just before
// s[i]: the character, the index after the escape, and on error
// CPython's reason with the end of the bytes it covers.
func namedEscape(s string, i int) (rune, int, string) {
	const malformed = "malformed \\N character escape"
	if i >= len(s) || s[i] != '{' {
		return 0, i, malformed
	}
	end := strings.IndexByte(s[i+1:], '}')
	if end < 0 {
		return 0, len(s), malformed
	}
	if end == 0 {
		return 0, i + 1, malformed
	}
	name := s[i+1 : i+1+end]
	r, ok := ucd.Current.Lookup(name)
	if !ok {
		return 0, i + end + 2, "unknown Unicode character name"
	}
	return r, i + end + 2, ""
}
