// This file scans the content of elements: tags, character data,
// references, comments, processing instructions and CDATA sections.

package pyexpat

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// contentToken scans one token of element content.
func (p *Parser) contentToken(in *input) error {
	if in.cdata {
		return p.cdataToken(in)
	}
	s := in.i
	switch in.b[s] {
	case '<':
		if s+1 >= len(in.b) {
			return p.more(in, s)
		}
		switch in.b[s+1] {
		case '/':
			return p.endTag(in)
		case '?':
			return p.pi(in, false)
		case '!':
			switch {
			case in.hasPrefix(s, "<!--") == 1:
				return p.comment(in)
			case in.hasPrefix(s, "<![CDATA[") == 1:
				in.i = s + 9
				if p.sink.has(hStartCdataSection) {
					_, err := p.sink.call(hStartCdataSection)
					if err != nil {
						in.i = s
						return err
					}
				} else if err := p.reportDefault("<![CDATA["); err != nil {
					return err
				}
				in.cdata = true
				return nil
			case in.hasPrefix(s, "<!--") == -1 || in.hasPrefix(s, "<![CDATA[") == -1:
				return p.more(in, s)
			}
			return p.fail(in, 4, s+2)
		}
		return p.startTag(in)
	case '&':
		return p.reference(in)
	case '\n', '\r':
		return p.newline(in, false)
	}
	return p.data(in)
}

// newline reports a line end, which expat delivers on its own.
func (p *Parser) newline(in *input, cdata bool) error {
	s := in.i
	if in.b[s] == '\r' {
		if s+1 >= len(in.b) && !in.final {
			return errMore
		}
		if s+1 < len(in.b) && in.b[s+1] == '\n' {
			in.i++
		}
	}
	in.i++
	return p.text(string(in.b[s:in.i]), "\n")
}

// text reports character data: to CharacterDataHandler, else as raw to
// the default handler.
func (p *Parser) text(raw, data string) error {
	return p.textAt(nil, 0, raw, data)
}

// textAt is text for a run of characters at offset at of in, which may
// need splitting.
func (p *Parser) textAt(in *input, at int, raw, data string) error {
	if p.dec.enc != encUTF8 && p.dec.enc != encASCII && len(data) > convertChunk {
		// expat converts such input into UTF-8 through a buffer of
		// convertChunk bytes and reports each bufferful.
		for len(data) > 0 {
			n := len(data)
			if n > convertChunk {
				n = convertChunk
				for n > 0 && !utf8.RuneStart(data[n]) {
					n--
				}
			}
			if in != nil && in.doc {
				p.evStart = at
			}
			if err := p.text(data[:n], data[:n]); err != nil {
				return err
			}
			data = data[n:]
			at += n
		}
		return nil
	}
	if p.sink.has(hCharacterData) {
		_, err := p.sink.call(hCharacterData, data)
		return err
	}
	return p.reportDefault(raw)
}

// convertChunk is the size of expat's conversion buffer.
const convertChunk = 1024

// data scans a run of characters up to markup, a reference or a line end.
func (p *Parser) data(in *input) error {
	s := in.i
	i := s
	for i < len(in.b) {
		c := in.b[i]
		if c == '<' || c == '&' || c == '\r' || c == '\n' {
			break
		}
		if c == ']' {
			m := in.hasPrefix(i, "]]>")
			if m == -1 && !in.final {
				break
			}
			if m == 1 {
				if i > s {
					break
				}
				return p.fail(in, 4, i+2)
			}
			i++
			continue
		}
		r, n := in.char(i)
		if n == 0 {
			break
		}
		if r < 0 {
			if i > s {
				break
			}
			return p.fail(in, 4, i)
		}
		i += n
	}
	if i == s {
		if !in.final {
			return errMore
		}
		return p.fail(in, 6, s)
	}
	in.i = i
	t := string(in.b[s:i])
	return p.textAt(in, s, t, t)
}

// cdataToken scans inside a CDATA section: its end, a line end, a lone
// ']' or a run of other characters.
func (p *Parser) cdataToken(in *input) error {
	s := in.i
	switch in.b[s] {
	case ']':
		switch in.hasPrefix(s, "]]>") {
		case -1:
			if !in.final {
				return errMore
			}
		case 1:
			in.i = s + 3
			in.cdata = false
			if p.sink.has(hEndCdataSection) {
				_, err := p.sink.call(hEndCdataSection)
				return err
			}
			return p.reportDefault("]]>")
		}
		in.i++
		return p.text("]", "]")
	case '\n', '\r':
		return p.newline(in, true)
	}
	i := s
	for i < len(in.b) {
		c := in.b[i]
		if c == ']' || c == '\r' || c == '\n' {
			break
		}
		r, n := in.char(i)
		if n == 0 {
			break
		}
		if r < 0 {
			if i > s {
				break
			}
			return p.fail(in, 4, i)
		}
		i += n
	}
	if i == s {
		if !in.final {
			return errMore
		}
		return p.fail(in, 6, s)
	}
	in.i = i
	t := string(in.b[s:i])
	return p.textAt(in, s, t, t)
}

// comment scans <!-- ... -->.
func (p *Parser) comment(in *input) error {
	s := in.i
	i := s + 4
	for {
		if i >= len(in.b) {
			return p.more(in, s)
		}
		if in.b[i] == '-' {
			if i+1 >= len(in.b) {
				return p.more(in, s)
			}
			if in.b[i+1] == '-' {
				if i+2 >= len(in.b) {
					return p.more(in, s)
				}
				if in.b[i+2] != '>' {
					return p.fail(in, 4, i+2)
				}
				in.i = i + 3
				if p.sink.has(hComment) {
					_, err := p.sink.call(hComment, normalizeNewlines(string(in.b[s+4:i])))
					return err
				}
				return p.reportDefault(string(in.b[s:in.i]))
			}
		}
		r, n := in.char(i)
		if n == 0 {
			return p.more(in, s)
		}
		if r < 0 {
			return p.fail(in, 4, i)
		}
		i += n
	}
}

// pi scans a processing instruction; the XML declaration is not one.
func (p *Parser) pi(in *input, atStart bool) error {
	s := in.i
	end, err := p.scanName(in, s+2, s, nameNC)
	if err != nil {
		return err
	}
	target := string(in.b[s+2 : end])
	if end >= len(in.b) {
		return p.more(in, s)
	}
	if c := in.b[end]; !isSpace(c) && c != '?' {
		return p.fail(in, 4, end)
	}
	if target == "xml" && !atStart {
		return p.fail(in, 17, s)
	}
	if strings.EqualFold(target, "xml") {
		return p.fail(in, 4, end)
	}
	i := end
	dataStart := end
	if in.hasPrefix(i, "?>") != 1 {
		if i >= len(in.b) || i+1 >= len(in.b) && in.b[i] == '?' {
			return p.more(in, s)
		}
		if !isSpace(in.b[i]) {
			return p.fail(in, 4, i)
		}
		i = in.skipSpace(i)
		dataStart = i
		for {
			m := in.hasPrefix(i, "?>")
			if m == 1 {
				break
			}
			if m == -1 {
				return p.more(in, s)
			}
			r, n := in.char(i)
			if n == 0 {
				return p.more(in, s)
			}
			if r < 0 {
				return p.fail(in, 4, i)
			}
			i += n
		}
	}
	in.i = i + 2
	if p.sink.has(hProcessingInstruction) {
		_, err := p.sink.call(hProcessingInstruction, target, normalizeNewlines(string(in.b[dataStart:i])))
		return err
	}
	return p.reportDefault(string(in.b[s:in.i]))
}

// rawAttr is an attribute as written.
type rawAttr struct {
	name   string
	value  string // between the quotes
	off    int    // of the name
	valOff int    // of the value
}

// startTag scans a start tag or an empty-element tag.
func (p *Parser) startTag(in *input) error {
	s := in.i
	end, err := p.scanName(in, s+1, s, nameQName)
	if err != nil {
		return err
	}
	qname := string(in.b[s+1 : end])
	var attrs []rawAttr
	i := end
	empty := false
	for {
		j := in.skipSpace(i)
		if j >= len(in.b) {
			return p.more(in, s)
		}
		c := in.b[j]
		if c == '>' {
			i = j + 1
			break
		}
		if c == '/' {
			if j+1 >= len(in.b) {
				return p.more(in, s)
			}
			if in.b[j+1] != '>' {
				return p.fail(in, 4, j+1)
			}
			i = j + 2
			empty = true
			break
		}
		if j == i {
			return p.fail(in, 4, j)
		}
		nend, err := p.scanName(in, j, s, nameQName)
		if err != nil {
			return err
		}
		k := in.skipSpace(nend)
		if k >= len(in.b) {
			return p.more(in, s)
		}
		if in.b[k] != '=' {
			return p.fail(in, 4, k)
		}
		k = in.skipSpace(k + 1)
		if k >= len(in.b) {
			return p.more(in, s)
		}
		q := in.b[k]
		if q != '"' && q != '\'' {
			return p.fail(in, 4, k)
		}
		vend, err := p.attValue(in, k+1, q, s)
		if err != nil {
			return err
		}
		attrs = append(attrs, rawAttr{string(in.b[j:nend]), string(in.b[k+1 : vend]), j, k + 1})
		i = vend + 1
	}
	in.i = i
	return p.element(in, s, qname, attrs, empty)
}

// attValue scans an attribute value up to its closing quote q.
func (p *Parser) attValue(in *input, i int, q byte, start int) (int, error) {
	for {
		if i >= len(in.b) {
			return 0, p.more(in, start)
		}
		c := in.b[i]
		switch c {
		case q:
			return i, nil
		case '<':
			return 0, p.fail(in, 4, i)
		case '&':
			end, err := p.refSyntax(in, i, start)
			if err != nil {
				return 0, err
			}
			i = end
			continue
		}
		r, n := in.char(i)
		if n == 0 {
			return 0, p.more(in, start)
		}
		if r < 0 {
			return 0, p.fail(in, 4, i)
		}
		i += n
	}
}

// refSyntax checks the form of a reference at i (at '&') and returns
// the offset after its ';'.
func (p *Parser) refSyntax(in *input, i, start int) (int, error) {
	j := i + 1
	if j >= len(in.b) {
		return 0, p.more(in, start)
	}
	if in.b[j] == '#' {
		j++
		hex := false
		if j >= len(in.b) {
			return 0, p.more(in, start)
		}
		if in.b[j] == 'x' {
			hex = true
			j++
		}
		first := j
		for {
			if j >= len(in.b) {
				return 0, p.more(in, start)
			}
			c := in.b[j]
			if c == ';' && j > first {
				return j + 1, nil
			}
			if c >= '0' && c <= '9' || hex && (c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F') {
				j++
				continue
			}
			return 0, p.fail(in, 4, j)
		}
	}
	end, err := p.scanName(in, j, start, nameNC)
	if err != nil {
		return 0, err
	}
	if end >= len(in.b) {
		return 0, p.more(in, start)
	}
	if in.b[end] != ';' {
		return 0, p.fail(in, 4, end)
	}
	return end + 1, nil
}

// wellFormedRef reports whether ref (between '&' and ';') is a name or
// a character reference.
func wellFormedRef(ref string) bool {
	if ref == "" {
		return false
	}
	if ref[0] == '#' {
		digits := ref[1:]
		hex := strings.HasPrefix(digits, "x")
		if hex {
			digits = digits[1:]
		}
		if digits == "" {
			return false
		}
		for _, c := range digits {
			if !(c >= '0' && c <= '9' || hex && (c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F')) {
				return false
			}
		}
		return true
	}
	for i, r := range ref {
		if i == 0 && !isNameStart(r) || !isNameChar(r) {
			return false
		}
	}
	return true
}

// charRef returns the character of a reference &#...; (text between & and ;).
func charRef(ref string) (rune, bool) {
	var v uint64
	var err error
	if strings.HasPrefix(ref, "#x") {
		v, err = strconv.ParseUint(ref[2:], 16, 32)
	} else {
		v, err = strconv.ParseUint(ref[1:], 10, 32)
	}
	if err != nil || v > 0x10FFFF || !isChar(rune(v)) {
		return 0, false
	}
	return rune(v), true
}

var predefined = map[string]string{"amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'"}

// reference scans a reference in content and reports or expands it.
func (p *Parser) reference(in *input) error {
	s := in.i
	end, err := p.refSyntax(in, s, s)
	if err != nil {
		return err
	}
	in.i = end
	raw := string(in.b[s:end])
	ref := raw[1 : len(raw)-1]
	if ref[0] == '#' {
		r, ok := charRef(ref)
		if !ok {
			return p.fail(in, 14, s)
		}
		return p.text(raw, string(r))
	}
	if v, ok := predefined[ref]; ok {
		return p.text(raw, v)
	}
	ent := p.dtd.entities[ref]
	if ent == nil {
		if p.dtd.skipUndeclared(p.standalone) {
			if p.sink.has(hSkippedEntity) {
				_, err := p.sink.call(hSkippedEntity, ref, false)
				return err
			}
			return p.reportDefault(raw)
		}
		return p.fail(in, 11, s)
	}
	if ent.notation != "" {
		return p.fail(in, 15, s)
	}
	if ent.external {
		if p.sink.has(hExternalEntityRef) {
			ok, err := p.sink.call(hExternalEntityRef, ref, p.baseURI, strPtr(ent.systemID, true), strPtr(ent.publicID, ent.hasPublic))
			if err != nil {
				return err
			}
			if !ok {
				return p.fail(in, 21, s)
			}
			return nil
		}
		return p.reportDefault(raw)
	}
	if p.sink.has(hDefault) && !p.sink.defaultExpands() {
		// A default handler set without expansion sees internal
		// entity references unexpanded, as skipped ones are.
		if p.sink.has(hSkippedEntity) {
			_, err := p.sink.call(hSkippedEntity, ref, false)
			return err
		}
		return p.reportDefault(raw)
	}
	if p.openEntities[ref] {
		return p.fail(in, 12, s)
	}
	p.openEntities[ref] = true
	defer delete(p.openEntities, ref)
	sub := &input{b: []byte(ent.value), final: true, depth: len(p.stack)}
	for sub.i < len(sub.b) {
		if err := p.contentToken(sub); err != nil {
			return err
		}
	}
	if len(p.stack) != sub.depth || sub.cdata {
		return p.fail(in, 13, s)
	}
	return nil
}

func strPtr(s string, ok bool) *string {
	if !ok {
		return nil
	}
	return &s
}

// endTag scans an end tag and closes the open element.
func (p *Parser) endTag(in *input) error {
	s := in.i
	if p.ns && s+2 < len(in.b) && in.b[s+2] == ':' {
		// expat checks only an end tag's first character as a QName's.
		return p.fail(in, 4, s+2)
	}
	end, err := p.name(in, s+2, s)
	if err != nil {
		return err
	}
	j := in.skipSpace(end)
	if j >= len(in.b) {
		return p.more(in, s)
	}
	if in.b[j] != '>' {
		return p.fail(in, 4, j)
	}
	qname := string(in.b[s+2 : end])
	if len(p.stack) == 0 || !in.doc && len(p.stack) <= in.depth {
		if !in.doc {
			return p.fail(in, 13, s)
		}
		return p.fail(in, 7, s+2)
	}
	if p.stack[len(p.stack)-1].qname != qname {
		return p.fail(in, 7, s+2)
	}
	in.i = j + 1
	return p.closeElement(in, string(in.b[s:in.i]))
}

// closeElement reports the end of the innermost element.
func (p *Parser) closeElement(in *input, raw string) error {
	e := p.stack[len(p.stack)-1]
	p.stack = p.stack[:len(p.stack)-1]
	if len(p.stack) == 0 && in.doc && p.state == stContent {
		p.state = stEpilog
	}
	if p.sink.has(hEndElement) {
		if _, err := p.sink.call(hEndElement, e.name); err != nil {
			return err
		}
	} else if raw != "" {
		if err := p.reportDefault(raw); err != nil {
			return err
		}
	}
	for k := len(e.decls) - 1; k >= 0; k-- {
		prefix := e.decls[k]
		st := p.bindings[prefix]
		p.bindings[prefix] = st[:len(st)-1]
		if p.sink.has(hEndNamespaceDecl) {
			if _, err := p.sink.call(hEndNamespaceDecl, strPtr(prefix, prefix != "")); err != nil {
				return err
			}
		}
	}
	return nil
}

const xmlNamespace = "http://www.w3.org/XML/1998/namespace"
const xmlnsNamespace = "http://www.w3.org/2000/xmlns/"

// element handles a scanned start tag: attribute values, defaults and
// namespaces, then the events.
func (p *Parser) element(in *input, s int, qname string, raw []rawAttr, empty bool) error {
	for k := 1; k < len(raw); k++ {
		for m := 0; m < k; m++ {
			if raw[m].name == raw[k].name {
				return p.fail(in, 8, raw[k].off)
			}
		}
	}
	decl := p.dtd.attlists[qname]
	attrs := make([]attr, 0, len(raw)+len(decl))
	for _, a := range raw {
		cdata := true
		for _, d := range decl {
			if d.name == a.name {
				cdata = d.cdata
				break
			}
		}
		v, err := p.attrValue(in, s, a.value, cdata, a.valOff)
		if err != nil {
			return err
		}
		attrs = append(attrs, attr{a.name, v, true})
	}
	for _, d := range decl {
		if !d.hasDefault {
			continue
		}
		found := false
		for _, a := range raw {
			if a.name == d.name {
				found = true
				break
			}
		}
		if !found {
			attrs = append(attrs, attr{d.name, d.value, false})
		}
	}
	name := qname
	var decls []string
	if p.ns {
		var err error
		name, attrs, decls, err = p.namespaces(in, s, qname, attrs, raw)
		if err != nil {
			return err
		}
	}
	p.stack = append(p.stack, elem{qname: qname, name: name, decls: decls})
	if in.doc && p.state == stProlog {
		p.state = stContent
	}
	if p.sink.has(hStartElement) {
		if _, err := p.sink.call(hStartElement, name, attrs); err != nil {
			return err
		}
	} else if err := p.reportDefault(string(in.b[s:in.i])); err != nil {
		return err
	}
	if empty {
		if in.doc {
			p.evStart = in.i
		}
		return p.closeElement(in, "")
	}
	return nil
}

// attrValue normalizes an attribute value: references expanded, white
// space turned into spaces, and for non-CDATA types trimmed and collapsed.
// valOff is the offset of v in the document, for the position of errors
// in its references.
func (p *Parser) attrValue(in *input, tagStart int, v string, cdata bool, valOff int) (string, error) {
	var out []byte
	if err := p.expandAttr(in, tagStart, v, &out, valOff, -1); err != nil {
		return "", err
	}
	if !cdata {
		return strings.Join(strings.FieldsFunc(string(out), func(r rune) bool { return r == ' ' }), " "), nil
	}
	return string(out), nil
}

// expandAttr appends the normalized value v to out. Errors in a reference
// are at its offset (base + its index in v), or at the offset refAt of
// the reference whose replacement text v is.
func (p *Parser) expandAttr(in *input, tagStart int, v string, out *[]byte, base, refAt int) error {
	for i := 0; i < len(v); i++ {
		at := refAt
		if at < 0 {
			at = base + i
		}
		c := v[i]
		switch c {
		case '\r':
			*out = append(*out, ' ')
			if i+1 < len(v) && v[i+1] == '\n' {
				i++
			}
		case '\n', '\t':
			*out = append(*out, ' ')
		case '&':
			semi := strings.IndexByte(v[i:], ';')
			if semi < 0 || !wellFormedRef(v[i+1:i+semi]) {
				// Only an entity's text can hold a broken reference:
				// the tag's own value was checked when scanned.
				return p.fail(in, 4, tagStart)
			}
			end := semi + i
			ref := v[i+1 : end]
			i = end
			if ref[0] == '#' {
				r, ok := charRef(ref)
				if !ok {
					return p.fail(in, 14, at)
				}
				*out = utf8.AppendRune(*out, r)
				continue
			}
			if s, ok := predefined[ref]; ok {
				*out = append(*out, s...)
				continue
			}
			ent := p.dtd.entities[ref]
			if ent == nil {
				if p.dtd.skipUndeclared(p.standalone) {
					continue
				}
				return p.fail(in, 11, tagStart)
			}
			if ent.external {
				return p.fail(in, 16, at)
			}
			if p.openEntities[ref] {
				return p.fail(in, 12, at)
			}
			if strings.IndexByte(ent.value, '<') >= 0 {
				return p.fail(in, 4, tagStart)
			}
			p.openEntities[ref] = true
			err := p.expandAttr(in, tagStart, ent.value, out, base, at)
			delete(p.openEntities, ref)
			if err != nil {
				return err
			}
		default:
			*out = append(*out, c)
		}
	}
	return nil
}

// namespaces applies the namespace declarations of a start tag and
// expands its names.
func (p *Parser) namespaces(in *input, s int, qname string, attrs []attr, raw []rawAttr) (string, []attr, []string, error) {
	var decls []string
	kept := attrs[:0:0]
	for _, a := range attrs {
		prefix, isDecl := "", false
		if a.name == "xmlns" {
			isDecl = true
		} else if strings.HasPrefix(a.name, "xmlns:") {
			prefix, isDecl = a.name[6:], true
		}
		if !isDecl {
			kept = append(kept, a)
			continue
		}
		uri := a.value
		switch {
		case prefix == "xmlns":
			return "", nil, nil, p.fail(in, 39, s)
		case prefix == "xml" && uri != xmlNamespace:
			return "", nil, nil, p.fail(in, 38, s)
		case prefix != "xml" && (uri == xmlNamespace || uri == xmlnsNamespace):
			return "", nil, nil, p.fail(in, 40, s)
		case prefix != "" && uri == "":
			return "", nil, nil, p.fail(in, 28, s)
		case p.sep != "" && strings.Contains(uri, p.sep):
			// Names made with such a URI could not be split again.
			return "", nil, nil, p.fail(in, 2, s)
		}
		p.bindings[prefix] = append(p.bindings[prefix], uri)
		decls = append(decls, prefix)
		if p.sink.has(hStartNamespaceDecl) {
			if _, err := p.sink.call(hStartNamespaceDecl, strPtr(prefix, prefix != ""), strPtr(uri, uri != "")); err != nil {
				return "", nil, nil, err
			}
		}
	}
	name, ok := p.expand(qname, true)
	if !ok {
		return "", nil, nil, p.fail(in, 27, s)
	}
	for k := range kept {
		n, ok := p.expand(kept[k].name, false)
		if !ok {
			return "", nil, nil, p.fail(in, 27, s)
		}
		for m := 0; m < k; m++ {
			if kept[m].name == n {
				off := s
				for _, r := range raw {
					if r.name == kept[k].name {
						off = r.off
					}
				}
				return "", nil, nil, p.fail(in, 8, off)
			}
		}
		kept[k].name = n
	}
	return name, kept, decls, nil
}

// expand turns a qualified name into "uri sep local [sep prefix]".
func (p *Parser) expand(qname string, isElement bool) (string, bool) {
	prefix, local := "", qname
	if c := strings.IndexByte(qname, ':'); c >= 0 {
		prefix, local = qname[:c], qname[c+1:]
	} else if !isElement {
		return qname, true
	}
	var uri string
	if prefix == "xml" {
		uri = xmlNamespace
	} else {
		st := p.bindings[prefix]
		if len(st) == 0 {
			if prefix != "" {
				return "", false
			}
			return qname, true
		}
		uri = st[len(st)-1]
	}
	if uri == "" {
		return local, true
	}
	name := uri + p.sep + local
	if p.triplets && prefix != "" {
		name += p.sep + prefix
	}
	return name, true
}
