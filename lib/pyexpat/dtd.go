// This file scans the DOCTYPE declaration and its internal subset, and
// keeps what the document's content needs from it: entities and the
// defaults and types of attributes.

package pyexpat

import (
	"strings"
	"unicode/utf8"
)

type entity struct {
	value              string
	external           bool
	systemID, publicID string
	hasPublic          bool
	notation           string
}

// attDef is an attribute declared by ATTLIST.
type attDef struct {
	name       string
	cdata      bool
	hasDefault bool
	value      string
}

type dtd struct {
	seen           bool // a DOCTYPE was scanned
	name           string
	sysid, pubid   *string
	startReported  bool
	entities       map[string]*entity
	paramEntities  map[string]*entity
	attlists       map[string][]attDef
	hasExternal    bool // an external subset
	hasPERefs      bool // a parameter entity reference in the internal subset
	stopProcessing bool // declarations after an unread entity are not applied
}

func newDTD() *dtd {
	return &dtd{entities: map[string]*entity{}, paramEntities: map[string]*entity{}, attlists: map[string][]attDef{}}
}

// skipUndeclared reports whether an undeclared entity is skipped rather
// than an error: declarations the parser did not read may declare it.
func (d *dtd) skipUndeclared(standalone int) bool {
	return (d.hasExternal || d.hasPERefs) && standalone != 1
}

// contentModel is an ELEMENT declaration's content (expat's XML_Content).
type contentModel struct {
	typ, quant int
	name       *string
	children   []*contentModel
}

const (
	ctypeEmpty = 1 + iota
	ctypeAny
	ctypeMixed
	ctypeName
	ctypeChoice
	ctypeSeq
)

// declEnd returns the offset after the '>' (or, for the DOCTYPE, '[')
// that ends the markup declaration at s, skipping quoted literals.
func (p *Parser) declEnd(in *input, s int, doctype bool) (int, error) {
	// The tokens are checked as they come, as expat's scanner does: a
	// name or literal must end at a delimiter, and what cannot start a
	// token is an invalid one.
	i := s + 2
	for i < len(in.b) && isASCIILetter(in.b[i]) {
		i++
	}
	for {
		if i >= len(in.b) {
			return 0, p.more(in, s)
		}
		c := in.b[i]
		switch {
		case isSpace(c):
			i++
			continue
		case c == '>' || doctype && c == '[':
			return i + 1, nil
		case c == '"' || c == '\'':
			j := i + 1
			for {
				if j >= len(in.b) {
					return 0, p.more(in, s)
				}
				if in.b[j] == c {
					break
				}
				r, n := in.char(j)
				if n == 0 {
					return 0, p.more(in, s)
				}
				if r < 0 {
					return 0, p.fail(in, 4, j)
				}
				j += n
			}
			i = j + 1
			if i >= len(in.b) {
				return 0, p.more(in, s)
			}
			if f := in.b[i]; !isSpace(f) && strings.IndexByte(">%[", f) < 0 {
				return 0, p.fail(in, 4, i)
			}
			continue
		case (c == '[' || c == ']') && !doctype:
			return 0, p.fail(in, 2, i)
		case strings.IndexByte("()|,[]", c) >= 0:
			i++
			if c == ')' {
				// A group's end: a quantifier, or a delimiter.
				if i >= len(in.b) {
					return 0, p.more(in, s)
				}
				if f := in.b[i]; strings.IndexByte("?*+", f) >= 0 {
					i++
				} else if !isSpace(f) && strings.IndexByte(">,|)", f) < 0 {
					return 0, p.fail(in, 4, i)
				}
			}
			continue
		case c == '<':
			if doctype {
				return 0, p.fail(in, 2, i)
			}
			return 0, p.fail(in, 4, i)
		case c == '%' || c == '#':
			j := i + 1
			if j >= len(in.b) {
				return 0, p.more(in, s)
			}
			if c == '%' && isSpace(in.b[j]) {
				i = j
				continue
			}
			end, err := p.name(in, j, s)
			if err != nil {
				return 0, err
			}
			i = end
			if c == '%' {
				if i >= len(in.b) {
					return 0, p.more(in, s)
				}
				if in.b[i] != ';' {
					return 0, p.fail(in, 4, i)
				}
				i++
				continue
			}
		default:
			r, n := in.char(i)
			if n == 0 {
				return 0, p.more(in, s)
			}
			if r < 0 || !isNameChar(r) {
				return 0, p.fail(in, 4, i)
			}
			end, err := p.nmtoken(in, i, s)
			if err != nil {
				return 0, err
			}
			i = end
		}
		// After a name: a quantifier, then a delimiter.
		if i < len(in.b) && strings.IndexByte("?*+", in.b[i]) >= 0 {
			i++
		}
		if i >= len(in.b) {
			return 0, p.more(in, s)
		}
		if f := in.b[i]; !isSpace(f) && strings.IndexByte(">)|,%[", f) < 0 {
			return 0, p.fail(in, 4, i)
		}
	}
}

// keyword scans the keyword of a declaration "<!KEYWORD " at s: name
// start characters, then white space. It returns the keyword's end.
func (p *Parser) keyword(in *input, s int) (int, error) {
	k := s + 2
	for {
		r, n := in.char(k)
		if n == 0 {
			return 0, p.more(in, s)
		}
		if r < 0 || !isNameStart(r) {
			break
		}
		k += n
	}
	if k == s+2 {
		if in.b[k] == '[' {
			return 0, p.failAt(2, s) // a conditional section
		}
		return 0, p.failAt(4, k)
	}
	if !isSpace(in.b[k]) {
		return 0, p.failAt(4, k)
	}
	return k, nil
}

// nmtoken scans name characters at i, returning their end.
func (p *Parser) nmtoken(in *input, i, start int) (int, error) {
	for {
		r, n := in.char(i)
		if n == 0 {
			return 0, p.more(in, start)
		}
		if r < 0 || !isNameChar(r) {
			return i, nil
		}
		i += n
	}
}

// declTokens splits a markup declaration into expat's prolog tokens:
// white space, names, literals, keywords and punctuation.
func declTokens(s string) []string {
	var toks []string
	i := 0
	for i < len(s) {
		j := i + 1
		c := s[i]
		switch {
		case isSpace(c):
			for j < len(s) && isSpace(s[j]) {
				j++
			}
		case c == '"' || c == '\'':
			k := strings.IndexByte(s[j:], c)
			if k < 0 {
				j = len(s)
			} else {
				j += k + 1
			}
		case c == '<' && strings.HasPrefix(s[i:], "<!"), c == '#', c == '%' && j < len(s) && !isSpace(s[j]):
			if c == '<' {
				j = i + 2
			}
			for j < len(s) {
				r, n := utf8.DecodeRuneInString(s[j:])
				if !isNameChar(r) {
					break
				}
				j += n
			}
			if c == '%' && j < len(s) && s[j] == ';' {
				j++
			}
		case c == ')':
			if j < len(s) && strings.IndexByte("?*+", s[j]) >= 0 {
				j++ // expat's token for a group and its quantifier
			}
		case strings.IndexByte("(|,?*+>[]", c) >= 0:
		default:
			for j = i; j < len(s); {
				r, n := utf8.DecodeRuneInString(s[j:])
				if !isNameChar(r) {
					break
				}
				j += n
			}
			if j == i {
				j = i + 1
			} else if j < len(s) && strings.IndexByte("?*+", s[j]) >= 0 {
				j++ // a name and its quantifier
			}
		}
		toks = append(toks, s[i:j])
		i = j
	}
	return toks
}

// declWords returns the tokens of a declaration other than white space,
// with the offset of each in text.
func declWords(text string) (w []string, offs []int) {
	off := 0
	for _, t := range declTokens(text) {
		switch {
		case isSpace(t[0]):
		case len(t) > 1 && !isLiteral(t) && strings.IndexByte("?*+", t[len(t)-1]) >= 0:
			// The parsers take a quantifier as a word of its own.
			w = append(w, t[:len(t)-1], t[len(t)-1:])
			offs = append(offs, off, off+len(t)-1)
		default:
			w = append(w, t)
			offs = append(offs, off)
		}
		off += len(t)
	}
	return w, offs
}

// at makes offset off of the document the current event's position, as
// expat reports a declaration's events at the token that completes them.
func (p *Parser) at(off int) {
	if p.in.doc {
		p.evStart = off
	}
}

func isLiteral(t string) bool { return t != "" && (t[0] == '"' || t[0] == '\'') }

func isName(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	return t != "" && isNameStart(r)
}

// reportPieces gives the tokens of an unhandled declaration to the
// default handler, one at a time as expat does.
func (p *Parser) reportPieces(text string, s int) error {
	if !p.sink.has(hDefault) {
		return nil
	}
	for _, t := range declTokens(text) {
		p.at(s)
		if err := p.reportDefault(t); err != nil {
			return err
		}
		s += len(t)
	}
	return nil
}

// doctype scans <!DOCTYPE name externalID? up to its '[' or '>'.
func (p *Parser) doctype() error {
	in := &p.in
	s := in.i
	end, err := p.declEnd(in, s, true)
	if err != nil {
		return err
	}
	text := string(in.b[s:end])
	w, offs := declWords(text)
	d := p.dtd
	if len(w) < 3 || !isName(w[1]) {
		if len(offs) > 1 {
			return p.failAt(2, s+offs[1])
		}
		return p.failAt(2, s)
	}
	d.name = w[1]
	rest := w[2 : len(w)-1]
	// bad is the index in w of the first word out of place.
	bad := -1
	switch {
	case len(rest) == 0:
	case rest[0] == "SYSTEM":
		if len(rest) < 2 || !isLiteral(rest[1]) {
			bad = 3
		} else if len(rest) > 2 {
			bad = 4
		} else {
			d.sysid = strPtr(unquote(rest[1]), true)
		}
	case rest[0] == "PUBLIC":
		switch {
		case len(rest) < 2 || !isLiteral(rest[1]):
			bad = 3
		case len(rest) < 3 || !isLiteral(rest[2]):
			bad = 4
		case len(rest) > 3:
			bad = 5
		default:
			d.pubid = strPtr(normalizePublicID(unquote(rest[1])), true)
			d.sysid = strPtr(unquote(rest[2]), true)
		}
	default:
		bad = 2
	}
	if bad >= 0 {
		if bad >= len(offs) {
			bad = len(offs) - 1
		}
		return p.failAt(2, s+offs[bad])
	}
	d.seen = true
	d.hasExternal = d.sysid != nil
	in.i = end
	if d.hasExternal && p.paramEntityParsing == 0 {
		p.at(s + offs[len(offs)-2])
		if err := p.notStandalone(s); err != nil {
			return err
		}
	}
	last := s + offs[len(offs)-1]
	if w[len(w)-1] == "[" {
		p.state = stSubset
		p.at(last)
		if err := p.startDoctype(true); err != nil {
			return err
		}
		if !p.sink.has(hStartDoctypeDecl) {
			return p.reportPieces(text, s)
		}
		return nil
	}
	if !p.sink.has(hStartDoctypeDecl) {
		if err := p.reportPieces(text[:len(text)-1], s); err != nil {
			return err
		}
	}
	return p.endDoctype(last, false)
}

func (p *Parser) startDoctype(internal bool) error {
	d := p.dtd
	if d.startReported {
		return nil
	}
	d.startReported = true
	if p.sink.has(hStartDoctypeDecl) {
		_, err := p.sink.call(hStartDoctypeDecl, d.name, d.sysid, d.pubid, internal)
		return err
	}
	return nil
}

// endDoctype ends the DOCTYPE at its closing '>' (offset s): the
// external subset, the events.
func (p *Parser) endDoctype(s int, internal bool) error {
	d := p.dtd
	p.state = stProlog
	p.at(s)
	if err := p.startDoctype(internal); err != nil {
		return err
	}
	if err := p.externalSubset(s, d.sysid, d.pubid, d.hasExternal || p.foreignDTD); err != nil {
		return err
	}
	p.at(s)
	if p.sink.has(hEndDoctypeDecl) {
		_, err := p.sink.call(hEndDoctypeDecl)
		return err
	}
	return p.reportPieces(">", s)
}

// externalSubset asks ExternalEntityRefHandler for the external subset
// when parameter entities are parsed.
func (p *Parser) externalSubset(s int, sysid, pubid *string, has bool) error {
	if !has || p.paramEntityParsing == 0 || p.paramEntityParsing == 1 && p.standalone == 1 || !p.sink.has(hExternalEntityRef) {
		return nil
	}
	p.dtd.hasExternal = true
	ok, err := p.sink.call(hExternalEntityRef, (*string)(nil), p.baseURI, sysid, pubid)
	if err != nil {
		return err
	}
	if !ok {
		return p.failAt(21, s)
	}
	// The subset read may not be all there is.
	return p.notStandalone(s)
}

// notStandalone asks NotStandaloneHandler whether a document that is
// not declared standalone may go on, as expat does when it meets an
// external subset or a parameter entity reference it does not read.
func (p *Parser) notStandalone(s int) error {
	if p.standalone == 1 || !p.sink.has(hNotStandalone) {
		return nil
	}
	ok, err := p.sink.call(hNotStandalone)
	if err != nil {
		return err
	}
	if !ok {
		return p.failAt(22, s)
	}
	return nil
}

func unquote(lit string) string { return lit[1 : len(lit)-1] }

func normalizePublicID(s string) string {
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool { return r < 0x80 && isSpace(byte(r)) }), " ")
}

// subsetToken scans one token of the internal subset.
func (p *Parser) subsetToken() error {
	in := &p.in
	s := in.i
	c := in.b[s]
	switch {
	case isSpace(c):
		i := in.skipSpace(s)
		in.i = i
		return p.reportDefault(string(in.b[s:i]))
	case c == '%':
		end, err := p.name(in, s+1, s)
		if err != nil {
			return err
		}
		if end >= len(in.b) {
			return p.more(in, s)
		}
		if in.b[end] != ';' {
			return p.fail(in, 4, end)
		}
		in.i = end + 1
		name := string(in.b[s+1 : end])
		p.dtd.hasPERefs = true
		if p.standalone != 1 {
			p.dtd.stopProcessing = true
		}
		if err := p.notStandalone(s); err != nil {
			return err
		}
		if p.paramEntityParsing != 0 && p.dtd.paramEntities[name] == nil && p.sink.has(hSkippedEntity) {
			_, err := p.sink.call(hSkippedEntity, name, true)
			return err
		}
		return p.reportDefault(string(in.b[s:in.i]))
	case c == ']':
		j := in.skipSpace(s + 1)
		if j >= len(in.b) {
			return p.more(in, s)
		}
		if in.b[j] != '>' {
			return p.junk(in, j)
		}
		in.i = j + 1
		if !p.sink.has(hEndDoctypeDecl) {
			if err := p.reportPieces(string(in.b[s:j]), s); err != nil {
				return err
			}
		}
		return p.endDoctype(j, true)
	case c != '<':
		return p.junk(in, s)
	}
	if s+1 >= len(in.b) {
		return p.more(in, s)
	}
	if in.b[s+1] == '?' {
		return p.pi(in, false)
	}
	switch in.hasPrefix(s, "<!--") {
	case 1:
		return p.comment(in)
	case -1:
		return p.more(in, s)
	}
	if in.b[s+1] != '!' {
		if r, n := in.char(s + 1); n > 0 && r >= 0 && isNameStart(r) {
			return p.failAt(2, s) // a start tag, out of place
		}
		return p.fail(in, 4, s+1)
	}
	k, err := p.keyword(in, s)
	if err != nil {
		return err
	}
	switch string(in.b[s+2 : k]) {
	case "ENTITY", "ATTLIST", "ELEMENT", "NOTATION":
	default:
		return p.failAt(2, s)
	}
	end, err := p.declEnd(in, s, false)
	if err != nil {
		if _, ok := err.(*xmlError); ok && string(in.b[s+2:k]) == "ENTITY" {
			// expat has reported an internal entity by the time it
			// meets a bad token after its value.
			if herr := p.entityBeforeError(s, string(in.b[s:p.errOff])); herr != nil {
				return herr
			}
		}
		return err
	}
	text := string(in.b[s:end])
	in.i = end
	w, offs := declWords(text)
	for k := range offs {
		offs[k] += s
	}
	var handled bool
	switch w[0] {
	case "<!ENTITY":
		handled, err = p.entityDecl(s, w, offs)
	case "<!ATTLIST":
		handled, err = p.attlistDecl(s, w, offs)
	case "<!ELEMENT":
		handled, err = p.elementDecl(s, w, offs)
	case "<!NOTATION":
		handled, err = p.notationDecl(s, w, offs)
	default:
		// expat knows no such declaration: the name cannot end there.
		return p.failAt(4, s+len(w[0]))
	}
	if err != nil || handled {
		return err
	}
	return p.reportPieces(text, s)
}

// entityValue expands the character references of an entity's literal
// value; general entity references stay for when it is used.
// litOff is the offset of the literal (its quote) in the document.
func (p *Parser) entityValue(litOff int, lit string) (string, error) {
	v := unquote(lit)
	base := litOff + 1
	if !strings.ContainsAny(v, "&%") {
		return normalizeNewlines(v), nil
	}
	var out []byte
	for i := 0; i < len(v); i++ {
		switch v[i] {
		case '%':
			return string(out), p.failAt(10, base+i)
		case '&':
			end, bad := refEnd(v, i)
			if bad >= 0 {
				return string(out), p.failAt(4, base+bad)
			}
			ref := v[i+1 : end-1]
			if ref[0] == '#' {
				r, ok := charRef(ref)
				if !ok {
					return string(out), p.failAt(14, base+i)
				}
				out = utf8.AppendRune(out, r)
				i = end - 1
				continue
			}
		}
		out = append(out, v[i])
	}
	return normalizeNewlines(string(out)), nil
}

// refEnd checks the reference at v[i] ('&') and returns the index after
// its ';', or the index of the character that breaks it.
func refEnd(v string, i int) (end, bad int) {
	j := i + 1
	if j < len(v) && v[j] == '#' {
		j++
		hex := j < len(v) && v[j] == 'x'
		if hex {
			j++
		}
		first := j
		for ; j < len(v); j++ {
			c := v[j]
			if c == ';' && j > first {
				return j + 1, -1
			}
			if !(c >= '0' && c <= '9' || hex && (c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F')) {
				return 0, j
			}
		}
		return 0, i
	}
	for k, r := range v[j:] {
		switch {
		case k == 0 && !isNameStart(r):
			return 0, j
		case k > 0 && r == ';':
			return j + k + 1, -1
		case !isNameChar(r):
			return 0, j + k
		}
	}
	return 0, i
}

// externalID parses SYSTEM lit | PUBLIC lit lit (lit optional when
// publicOnly) from w; it returns the words used.
func externalID(w []string, publicOnly bool) (sys, pub *string, n int, ok bool) {
	if len(w) >= 2 && w[0] == "SYSTEM" && isLiteral(w[1]) {
		return strPtr(unquote(w[1]), true), nil, 2, true
	}
	if len(w) >= 2 && w[0] == "PUBLIC" && isLiteral(w[1]) {
		pub = strPtr(normalizePublicID(unquote(w[1])), true)
		if len(w) >= 3 && isLiteral(w[2]) {
			return strPtr(unquote(w[2]), true), pub, 3, true
		}
		return nil, pub, 2, publicOnly
	}
	return nil, nil, 0, false
}

func (p *Parser) entityDecl(s int, w []string, offs []int) (bool, error) {
	w, offs = w[1:], offs[1:]
	isPE := false
	if len(w) > 0 && w[0] == "%" {
		isPE, w, offs = true, w[1:], offs[1:]
	}
	switch {
	case len(w) == 0:
		return false, p.failAt(2, s)
	case !isName(w[0]):
		return false, p.failAt(2, offs[0])
	case len(w) < 3:
		return false, p.failAt(2, offs[len(offs)-1])
	case w[len(w)-1] != ">":
		return false, p.failAt(2, s)
	}
	name := w[0]
	body := w[1 : len(w)-1]
	e := &entity{}
	if len(body) >= 1 && isLiteral(body[0]) {
		// expat reports the declaration at its value, before it reads
		// further: a broken value is reported as far as it got, and
		// what follows the value is checked after.
		v, verr := p.entityValue(offs[1], body[0])
		e.value = v
		p.at(offs[1])
		handled, err := p.declareEntity(name, isPE, e)
		switch {
		case err != nil:
			return false, err
		case verr != nil:
			return false, verr
		case len(body) > 1:
			return false, p.failAt(2, offs[2])
		}
		return handled, nil
	} else {
		sys, pub, n, ok := externalID(body, false)
		if !ok {
			return false, p.failAt(2, s)
		}
		e.external = true
		e.systemID = *sys
		if pub != nil {
			e.publicID, e.hasPublic = *pub, true
		}
		rest := body[n:]
		if len(rest) == 2 && rest[0] == "NDATA" && isName(rest[1]) && !isPE {
			e.notation = rest[1]
		} else if len(rest) != 0 {
			return false, p.failAt(2, s)
		}
	}
	if e.notation != "" {
		p.at(offs[len(offs)-2])
	} else {
		p.at(offs[len(offs)-1])
	}
	return p.declareEntity(name, isPE, e)
}

// entityBeforeError reports the internal entity that text, the start of
// an ENTITY declaration up to an error, declares, if it got that far.
func (p *Parser) entityBeforeError(s int, text string) error {
	w, offs := declWords(text)
	isPE := len(w) > 1 && w[1] == "%"
	if isPE {
		w, offs = append(w[:1:1], w[2:]...), append(offs[:1:1], offs[2:]...)
	}
	if len(w) < 3 || !isName(w[1]) || !isLiteral(w[2]) || len(w[2]) < 2 || w[2][len(w[2])-1] != w[2][0] {
		return nil
	}
	if p.errOff <= s+offs[2]+len(w[2]) {
		return nil // the error ends the literal's own token
	}
	v, verr := p.entityValue(s+offs[2], w[2])
	if verr != nil {
		return nil
	}
	p.at(s + offs[2])
	_, err := p.declareEntity(w[1], isPE, &entity{value: v})
	return err
}

// declareEntity records an entity, the first declaration of a name
// binding, and reports it.
func (p *Parser) declareEntity(name string, isPE bool, e *entity) (bool, error) {
	if p.dtd.stopProcessing {
		return false, nil
	}
	table := p.dtd.entities
	if isPE {
		table = p.dtd.paramEntities
	}
	if table[name] != nil {
		return false, nil
	}
	table[name] = e
	if e.notation != "" {
		if p.sink.has(hUnparsedEntityDecl) {
			_, err := p.sink.call(hUnparsedEntityDecl, name, p.baseURI, e.systemID, strPtr(e.publicID, e.hasPublic), e.notation)
			return true, err
		}
	}
	if !p.sink.has(hEntityDecl) {
		return false, nil
	}
	var err error
	if e.external {
		_, err = p.sink.call(hEntityDecl, name, isPE, (*string)(nil), p.baseURI, strPtr(e.systemID, true), strPtr(e.publicID, e.hasPublic), strPtr(e.notation, e.notation != ""))
	} else {
		_, err = p.sink.call(hEntityDecl, name, isPE, &e.value, p.baseURI, (*string)(nil), (*string)(nil), (*string)(nil))
	}
	return true, err
}

func (p *Parser) notationDecl(s int, w []string, offs []int) (bool, error) {
	if len(w) < 4 || !isName(w[1]) || w[len(w)-1] != ">" {
		return false, p.failAt(2, s)
	}
	sys, pub, n, ok := externalID(w[2:len(w)-1], true)
	if !ok || n != len(w)-3 {
		return false, p.failAt(2, s)
	}
	if !p.sink.has(hNotationDecl) {
		return false, nil
	}
	if sys != nil {
		p.at(offs[len(offs)-2])
	} else {
		p.at(offs[len(offs)-1])
	}
	_, err := p.sink.call(hNotationDecl, w[1], p.baseURI, sys, pub)
	return true, err
}

var attTypes = map[string]bool{"CDATA": true, "ID": true, "IDREF": true, "IDREFS": true, "ENTITY": true, "ENTITIES": true, "NMTOKEN": true, "NMTOKENS": true}

func (p *Parser) attlistDecl(s int, w []string, offs []int) (bool, error) {
	if len(w) < 3 || !isName(w[1]) || w[len(w)-1] != ">" {
		return false, p.failAt(2, s)
	}
	el := w[1]
	w, offs = w[2:len(w)-1], offs[2:]
	n0 := len(w)
	// cur is the offset of the next word, where a syntax error is.
	cur := func() int {
		if len(w) == 0 {
			return offs[n0]
		}
		return offs[n0-len(w)]
	}
	handled := p.sink.has(hAttlistDecl)
	for len(w) > 0 {
		if !isName(w[0]) {
			return false, p.failAt(2, cur())
		}
		att := w[0]
		w = w[1:]
		if len(w) == 0 {
			return false, p.failAt(2, cur())
		}
		var typ string
		switch {
		case attTypes[w[0]]:
			typ, w = w[0], w[1:]
		case w[0] == "NOTATION" || w[0] == "(":
			if w[0] == "NOTATION" {
				typ, w = "NOTATION", w[1:]
			}
			k := 0
			for k < len(w) && w[k] != ")" {
				k++
			}
			if k == len(w) || len(w) == 0 || w[0] != "(" {
				return false, p.failAt(2, cur())
			}
			typ += strings.Join(w[:k+1], "")
			w = w[k+1:]
		default:
			return false, p.failAt(2, cur())
		}
		if len(w) == 0 {
			return false, p.failAt(2, cur())
		}
		var def *string
		required := false
		defOff := offs[n0-len(w)]
		if w[0] == "#FIXED" && len(w) > 1 {
			defOff = offs[n0-len(w)+1]
		}
		switch {
		case w[0] == "#REQUIRED":
			required, w = true, w[1:]
		case w[0] == "#IMPLIED":
			w = w[1:]
		case w[0] == "#FIXED" && len(w) > 1 && isLiteral(w[1]):
			required, def, w = true, strPtr(unquote(w[1]), true), w[2:]
		case isLiteral(w[0]):
			def, w = strPtr(unquote(w[0]), true), w[1:]
		default:
			return false, p.failAt(2, cur())
		}
		cdata := typ == "CDATA"
		if def != nil {
			v, err := p.attrValue(&p.in, s, *def, cdata, defOff+1)
			if err != nil {
				return false, err
			}
			def = &v
		}
		if p.dtd.stopProcessing {
			continue
		}
		known := false
		for _, d := range p.dtd.attlists[el] {
			known = known || d.name == att
		}
		if !known {
			d := attDef{name: att, cdata: cdata, hasDefault: def != nil}
			if def != nil {
				d.value = *def
			}
			p.dtd.attlists[el] = append(p.dtd.attlists[el], d)
		}
		if handled {
			p.at(defOff)
			if _, err := p.sink.call(hAttlistDecl, el, att, typ, def, required); err != nil {
				return false, err
			}
		}
	}
	return handled, nil
}

func (p *Parser) elementDecl(s int, w []string, offs []int) (bool, error) {
	if len(w) < 4 || !isName(w[1]) || w[len(w)-1] != ">" {
		if len(offs) > 1 {
			return false, p.failAt(2, offs[1])
		}
		return false, p.failAt(2, s)
	}
	spec := w[2 : len(w)-1]
	var m *contentModel
	switch {
	case len(spec) == 1 && spec[0] == "EMPTY":
		m = &contentModel{typ: ctypeEmpty}
	case len(spec) == 1 && spec[0] == "ANY":
		m = &contentModel{typ: ctypeAny}
	case len(spec) >= 3 && spec[0] == "(" && spec[1] == "#PCDATA":
		m = &contentModel{typ: ctypeMixed}
		k := 2
		for k+1 < len(spec) && spec[k] == "|" && isName(spec[k+1]) {
			n := spec[k+1]
			m.children = append(m.children, &contentModel{typ: ctypeName, name: &n})
			k += 2
		}
		// at is the offset of spec[k], or of the closing '>'.
		at := func(k int) int { return offs[min(2+k, len(offs)-1)] }
		if k >= len(spec) || spec[k] != ")" {
			if k+1 < len(spec) && spec[k] == "|" {
				k++
			}
			return false, p.failAt(2, at(k))
		}
		k++
		if k < len(spec) && spec[k] == "*" {
			m.quant = 2
			k++
		}
		if k != len(spec) || len(m.children) > 0 && m.quant != 2 {
			return false, p.failAt(2, at(k))
		}
	case spec[0] != "(":
		return false, p.failAt(2, offs[2])
	default:
		var k int
		var ok bool
		m, k, ok = parseParticle(spec, 0)
		if !ok || k != len(spec) || m.typ == ctypeName {
			if k < len(spec) {
				return false, p.failAt(2, offs[2+k])
			}
			return false, p.failAt(2, s)
		}
	}
	if !p.sink.has(hElementDecl) {
		return false, nil
	}
	// Reported at the keyword or the ')' that closes the outer group.
	last := len(w) - 2
	for last > 2 && w[last] != ")" {
		last--
	}
	p.at(offs[last])
	_, err := p.sink.call(hElementDecl, w[1], m)
	return true, err
}

// parseParticle parses a name or a parenthesized choice or sequence,
// with its quantifier, from w at k.
func parseParticle(w []string, k int) (*contentModel, int, bool) {
	if k >= len(w) {
		return nil, k, false
	}
	var m *contentModel
	if w[k] == "(" {
		m = &contentModel{typ: ctypeSeq}
		k++
		sep := ""
		for {
			c, next, ok := parseParticle(w, k)
			if !ok {
				return nil, k, false
			}
			m.children = append(m.children, c)
			k = next
			if k >= len(w) {
				return nil, k, false
			}
			if w[k] == ")" {
				k++
				break
			}
			if w[k] != "|" && w[k] != "," || sep != "" && w[k] != sep {
				return nil, k, false
			}
			sep = w[k]
			k++
		}
		if sep == "|" {
			m.typ = ctypeChoice
		}
	} else if isName(w[k]) {
		n := w[k]
		m = &contentModel{typ: ctypeName, name: &n}
		k++
	} else {
		return nil, k, false
	}
	if k < len(w) {
		switch w[k] {
		case "?":
			m.quant, k = 1, k+1
		case "*":
			m.quant, k = 2, k+1
		case "+":
			m.quant, k = 3, k+1
		}
	}
	return m, k, true
}
