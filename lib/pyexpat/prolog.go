// This file scans what surrounds the root element: the XML declaration,
// comments, processing instructions, white space and the DOCTYPE.

package pyexpat

import "strings"

// startToken scans the first token: an XML declaration if there is one.
func (p *Parser) startToken() error {
	in := &p.in
	switch in.hasPrefix(0, "<?xml") {
	case -1:
		return p.more(in, 0)
	case 1:
		if len(in.b) < 6 {
			return p.more(in, 0)
		}
		if isSpace(in.b[5]) || in.b[5] == '?' {
			return p.xmlDecl()
		}
	}
	p.afterStart()
	return nil
}

func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// pseudoAttr scans name = "value" in the XML declaration at i; name is
// "" at its end (?>).
func (p *Parser) pseudoAttr(i int) (name, value string, valStart, next int, err error) {
	in := &p.in
	i = in.skipSpace(i)
	switch in.hasPrefix(i, "?>") {
	case 1:
		return "", "", 0, i, nil
	case -1:
		if i >= len(in.b) || in.b[i] == '?' {
			return "", "", 0, 0, p.more(in, 0)
		}
	}
	// As expat, the name runs to '=' or white space; it is checked
	// once the value is read.
	end := i
	for end < len(in.b) && in.b[end] != '=' && !isSpace(in.b[end]) && in.hasPrefix(end, "?>") != 1 {
		if in.b[end] >= 0x80 {
			return "", "", 0, 0, p.failAt(30, end)
		}
		end++
	}
	if end == i {
		return "", "", 0, 0, p.failAt(30, i)
	}
	name = string(in.b[i:end])
	k := in.skipSpace(end)
	if k >= len(in.b) {
		return "", "", 0, 0, p.more(in, 0)
	}
	if in.b[k] != '=' {
		return "", "", 0, 0, p.failAt(30, k)
	}
	k = in.skipSpace(k + 1)
	if k >= len(in.b) {
		return "", "", 0, 0, p.more(in, 0)
	}
	q := in.b[k]
	if q != '"' && q != '\'' {
		return "", "", 0, 0, p.failAt(30, k)
	}
	e := k + 1
	for ; e < len(in.b) && in.b[e] != q; e++ {
		if c := in.b[e]; !(isASCIILetter(c) || c >= '0' && c <= '9' || c == '.' || c == '-' || c == '_') {
			return "", "", 0, 0, p.failAt(30, e)
		}
	}
	if e >= len(in.b) {
		return "", "", 0, 0, p.more(in, 0)
	}
	return name, string(in.b[k+1 : e]), k + 1, e + 1, nil
}

// xmlDecl scans <?xml version=... encoding=... standalone=...?>.
func (p *Parser) xmlDecl() error {
	in := &p.in
	i := 5
	var version, enc string
	hasEnc := false
	standalone := -1
	encAt := 0
	// expat scans the whole declaration, as a processing instruction,
	// before it reads its parts.
	for k := 5; ; {
		m := in.hasPrefix(k, "?>")
		if m == 1 {
			break
		}
		r, n := in.char(k)
		if m == -1 && (n == 0 || k+1 >= len(in.b)) || n == 0 {
			return p.more(in, 0)
		}
		if r < 0 {
			return p.failAt(4, k)
		}
		k += n
	}
	for n := 0; ; n++ {
		name, value, vstart, next, err := p.pseudoAttr(i)
		if err != nil {
			return err
		}
		if name == "" {
			if n == 0 {
				return p.failAt(30, next)
			}
			i = next + 2
			break
		}
		switch {
		case n == 0 && name == "version":
			version = value
			for k := 0; k < len(value); k++ {
				if c := value[k]; !(isASCIILetter(c) || c >= '0' && c <= '9' || strings.IndexByte("_.:-", c) >= 0) {
					return p.failAt(30, vstart+k)
				}
			}
		case name == "encoding" && !hasEnc && standalone < 0 && (n > 0 || p.ext != extNone):
			enc, hasEnc, encAt = value, true, vstart
			for k := 0; k <= len(value); k++ {
				if k == len(value) {
					if k == 0 {
						return p.failAt(30, vstart)
					}
					break
				}
				c := value[k]
				if !(isASCIILetter(c) || k > 0 && (c >= '0' && c <= '9' || strings.IndexByte("._-", c) >= 0)) {
					return p.failAt(30, vstart+k)
				}
			}
		case name == "standalone" && standalone < 0 && n > 0:
			switch value {
			case "yes":
				standalone = 1
			case "no":
				standalone = 0
			default:
				return p.failAt(30, vstart)
			}
		default:
			return p.failAt(30, i+len(in.b[i:])-len(strings.TrimLeft(string(in.b[i:]), " \t\r\n")))
		}
		if !isSpace(in.b[next]) && in.hasPrefix(next, "?>") != 1 {
			return p.failAt(30, next)
		}
		i = next
	}
	p.standalone = standalone
	in.i = i
	p.afterStart()
	var err error
	if p.sink.has(hXmlDecl) {
		_, err = p.sink.call(hXmlDecl, version, strPtr(enc, hasEnc), standalone)
	} else {
		err = p.reportDefault(string(in.b[:i]))
	}
	if err != nil || !hasEnc {
		return err
	}
	// expat applies the declared encoding after reporting the
	// declaration.
	if err := p.declaredEncoding(enc, encAt); err != nil {
		return err
	}
	if p.redecode {
		p.redecode = false
		tail := append([]byte(nil), in.b[i:]...)
		in.b = p.dec.decode(in.b[:i], tail)
	}
	return nil
}

// declaredEncoding applies the encoding an XML declaration names, unless
// ParserCreate named one or a byte-order mark settled it.
func (p *Parser) declaredEncoding(name string, at int) error {
	if p.protoEnc != "" {
		return nil
	}
	e, native := nativeEncoding(name)
	sixteen := p.dec.enc == encUTF16LE || p.dec.enc == encUTF16BE
	if native && (e == encUTF16LE || e == encUTF16BE) != sixteen {
		if !(sixteen && e == encUTF8) {
			return p.failAt(19, at)
		}
	}
	if sixteen || p.bomBytes == 3 {
		return nil
	}
	if err := p.setEncoding(name); err != nil {
		return err
	}
	p.redecode = p.dec.enc != encUTF8
	return nil
}

// junk reports text where markup belongs, before or after the root
// element, as expat's prolog tokenizer does: what forms a token of the
// DTD's syntax (a name, a literal, a delimiter) is a syntax error, or
// junk after the root; anything else an invalid token where it stands.
func (p *Parser) junk(in *input, s int) error {
	misplaced := 2
	if p.state == stEpilog {
		misplaced = 9
	}
	r, n := in.char(s)
	switch {
	case n == 0:
		return p.more(in, s)
	case r < 0:
		return p.failAt(4, s)
	case r == '%':
		// A parameter entity reference, or '%' and white space.
		r2, n2 := in.char(s + 1)
		if n2 == 0 {
			return p.more(in, s)
		}
		if r2 >= 0 && r2 < 0x80 && isSpace(byte(r2)) {
			return p.failAt(misplaced, s)
		}
		if r2 < 0 || !isNameStart(r2) {
			return p.failAt(4, s+1)
		}
		end, err := p.nmtoken(in, s+1, s)
		if err != nil {
			return err
		}
		if end >= len(in.b) {
			return p.more(in, s)
		}
		if in.b[end] != ';' {
			return p.failAt(4, end)
		}
		return p.failAt(misplaced, s)
	case r == '"' || r == '\'':
		// A literal, which a delimiter must follow.
		k := s + 1
		for k < len(in.b) && in.b[k] != byte(r) {
			k++
		}
		if k+1 >= len(in.b) {
			return p.more(in, s)
		}
		if c := in.b[k+1]; !isSpace(c) && strings.IndexByte(">%[", c) < 0 {
			return p.failAt(4, k+1)
		}
		return p.failAt(misplaced, s)
	case strings.ContainsRune("[]()|,>", r):
		return p.failAt(misplaced, s)
	case r == '#':
		// A keyword such as #PCDATA: '#' and a name.
		r2, n2 := in.char(s + 1)
		if n2 == 0 {
			return p.more(in, s)
		}
		if r2 < 0 || !isNameStart(r2) {
			return p.failAt(4, s+1)
		}
	case !isNameChar(r):
		return p.failAt(4, s)
	}
	end := s + n
	for {
		r, n := in.char(end)
		if n == 0 {
			if !in.final {
				return errMore
			}
			return p.failAt(misplaced, s)
		}
		if !isNameChar(r) {
			break
		}
		end += n
	}
	if c := in.b[end]; strings.IndexByte("?*+", c) >= 0 {
		end++ // a name's quantifier
		if end >= len(in.b) {
			return p.more(in, s)
		}
	}
	if c := in.b[end]; isSpace(c) || strings.IndexByte(">)|,%[", c) >= 0 {
		return p.failAt(misplaced, s)
	}
	return p.failAt(4, end)
}

// prologToken scans a token before or after the root element.
func (p *Parser) prologToken() error {
	in := &p.in
	s := in.i
	c := in.b[s]
	if isSpace(c) {
		i := in.skipSpace(s)
		in.i = i
		return p.reportDefault(string(in.b[s:i]))
	}
	if c != '<' {
		return p.junk(in, s)
	}
	if s+1 >= len(in.b) {
		return p.more(in, s)
	}
	switch in.b[s+1] {
	case '?':
		return p.pi(in, false)
	case '!':
		if m := in.hasPrefix(s, "<!--"); m == 1 {
			return p.comment(in)
		} else if m == -1 {
			return p.more(in, s)
		}
		k, err := p.keyword(in, s)
		if err != nil {
			return err
		}
		if p.state == stProlog && !p.dtd.seen && string(in.b[s+2:k]) == "DOCTYPE" {
			return p.doctype()
		}
		if p.state == stEpilog {
			return p.failAt(9, s)
		}
		return p.failAt(2, s)
	case '/':
		return p.failAt(4, s+1)
	}
	if p.state == stEpilog {
		if r, n := in.char(s + 1); n > 0 && (r < 0 || !isNameStart(r)) {
			return p.failAt(4, s+1)
		}
		return p.failAt(9, s)
	}
	if !p.dtd.seen && p.foreignDTD {
		// The document's DTD comes from the application, asked for once.
		p.dtd.seen = true
		if err := p.externalSubset(s, nil, nil, true); err != nil {
			return err
		}
	}
	return p.startTag(in)
}
