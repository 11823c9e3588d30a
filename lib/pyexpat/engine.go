// This file holds the parser's state, its input buffer and the position
// bookkeeping; content.go, prolog.go and dtd.go scan the tokens.

package pyexpat

import (
	"errors"
	"unicode/utf8"
)

// hkind names a handler the parser reports to.
type hkind int

const (
	hStartElement hkind = iota
	hEndElement
	hProcessingInstruction
	hCharacterData
	hUnparsedEntityDecl
	hNotationDecl
	hStartNamespaceDecl
	hEndNamespaceDecl
	hComment
	hStartCdataSection
	hEndCdataSection
	hDefault
	hDefaultExpand
	hNotStandalone
	hExternalEntityRef
	hStartDoctypeDecl
	hEndDoctypeDecl
	hEntityDecl
	hXmlDecl
	hElementDecl
	hAttlistDecl
	hSkippedEntity
	numHandlers
)

// sink receives the parser's events; the xmlparser object is one. The
// arguments of call are strings, *string (nil for None), ints, bools,
// []attr and *contentModel.
type sink interface {
	has(k hkind) bool
	// call reports an event and returns whether the handler's result
	// was true (for NotStandalone and ExternalEntityRef).
	call(k hkind, args ...any) (bool, error)
	// defaultExpands reports whether the default handler was set as
	// DefaultHandlerExpand (internal entities are then expanded).
	defaultExpands() bool
	// unknownEncoding returns the characters of the 256 bytes of a
	// single-byte encoding (-1 for none), or ok false.
	unknownEncoding(name string) (table *[256]rune, ok bool, err error)
}

// attr is one attribute of a start tag.
type attr struct {
	name, value string
	specified   bool
}

// xmlError is a well-formedness error with expat's code and position.
type xmlError struct {
	code           int
	line, col, idx int
}

func (e *xmlError) Error() string { return errorMessages[e.code] }

// errMore stops a scan that needs more input than has arrived.
var errMore = errors.New("more input needed")

// input is text being scanned: the document's buffer or an entity's
// replacement text.
type input struct {
	b     []byte
	i     int
	final bool
	doc   bool // the document itself: events take their position here
	cdata bool // inside a CDATA section
	depth int  // element depth when an entity's text began
}

// tracker is a position in the document buffer.
type tracker struct {
	off, line, col, bytes int
	cr                    bool // the last character was a CR
}

// parser states for the document.
const (
	stStart     = iota // nothing scanned: an XML declaration may come
	stProlog           // before the root element
	stSubset           // inside the DOCTYPE's internal subset
	stContent          // inside the root element
	stEpilog           // after the root element
	stExtEntity        // an external parsed entity (ExternalEntityParserCreate)
)

// Parser is the XML parser: it scans UTF-8 text decoded from the input
// and reports events to a sink, as soon as each is complete.
type Parser struct {
	sink     sink
	ns       bool
	sep      string
	triplets bool

	dec       decoder
	protoEnc  string // the encoding ParserCreate was given
	detected  bool   // the input encoding is settled
	raw       []byte // bytes waiting for encoding detection
	bomBytes  int
	in        input
	base, trk tracker
	evStart   int
	state     int
	parsing   bool
	finished  bool
	err       *xmlError
	stack     []elem
	bindings  map[string][]string

	dtd                *dtd
	paramEntityParsing int
	foreignDTD         bool
	baseURI            *string
	openEntities       map[string]bool
	standalone         int  // -1 unknown, 0 no, 1 yes
	redecode           bool // the XML declaration changed the encoding
	ext                int  // extNone, or the kind of external entity parsed
	errOff             int  // the offset of the last error made
}

// The kinds of text a parser reads (Parser.ext).
const (
	extNone    = iota // a document
	extContent        // an external parsed entity: content
	extSubset         // an external DTD subset
)

// started reports whether parsing has begun.
func (p *Parser) started() bool { return p.detected || len(p.raw) > 0 }

// afterStart leaves stStart for the state the text begins in.
func (p *Parser) afterStart() {
	switch p.ext {
	case extContent:
		p.state = stExtEntity
	case extSubset:
		p.state = stSubset
	default:
		p.state = stProlog
	}
}

// elem is an open element.
type elem struct {
	qname string // as written
	name  string // as reported
	decls []string
}

func newParser(s sink, encoding string, ns bool, sep string) *Parser {
	p := &Parser{sink: s, ns: ns, sep: sep, protoEnc: encoding, standalone: -1}
	p.dtd = newDTD()
	p.bindings = map[string][]string{}
	p.openEntities = map[string]bool{}
	p.base = tracker{line: 1}
	p.trk = p.base
	p.in.doc = true
	p.evStart = -1
	return p
}

// Feed parses data; final says no more follows.
func (p *Parser) Feed(data []byte, final bool) error {
	if p.err != nil {
		return p.err
	}
	if p.finished {
		return p.setErr(p.failAt(36, p.in.i))
	}
	if p.parsing {
		// Parse called from a handler: as expat does, the new data is
		// parsed at once, ahead of the rest of the buffer.
		if !p.detected {
			p.raw = append(p.raw, data...)
			return nil
		}
		dec := p.dec.decode(nil, data)
		rest := append(dec, p.in.b[p.in.i:]...)
		p.in.b = append(p.in.b[:p.in.i], rest...)
		end := p.in.i + len(dec)
		b := p.in.b
		p.in.b = b[:end]
		wasFinal := p.in.final
		p.in.final = false
		err := p.run()
		p.in.final = wasFinal
		p.in.b = b[:len(b):len(b)]
		if err == errMore {
			err = nil
		}
		return p.setErr(err)
	}
	p.parsing = true
	defer func() { p.parsing = false }()
	p.in.final = final
	if !p.detected {
		p.raw = append(p.raw, data...)
		if !final && !p.canDetect() {
			return nil
		}
		if err := p.detect(); err != nil {
			return p.setErr(err)
		}
		data, p.raw = p.raw, nil
	}
	p.in.b = p.dec.decode(p.in.b, data)
	err := p.run()
	if err == errMore {
		err = nil
		if final {
			// Every scanner reports its own error at the end; this
			// is a safety net.
			err = p.failAt(5, p.evStart)
		}
	}
	if err != nil {
		if _, ok := err.(*xmlError); !ok {
			// A handler raised: expat stops for good.
			p.finished = true
		}
		return p.setErr(err)
	}
	p.evStart = p.in.i
	if final {
		p.finished = true
	}
	p.compact()
	return nil
}

func (p *Parser) setErr(err error) error {
	if xe, ok := err.(*xmlError); ok {
		p.err = xe
	}
	return err
}

// canDetect reports whether the bytes so far settle the encoding: a
// byte-order mark or a NUL needs its first two or three bytes seen.
func (p *Parser) canDetect() bool {
	b := p.raw
	switch {
	case len(b) < 2:
		return false
	case len(b) == 2 && b[0] == 0xEF && b[1] == 0xBB:
		return false
	}
	return true
}

// detect settles the input encoding: the one given to ParserCreate, or
// a byte-order mark, or UTF-16 by its first character, else UTF-8 (the
// XML declaration may change that later).
func (p *Parser) detect() error {
	p.detected = true
	b := p.raw
	if p.protoEnc != "" {
		if err := p.setEncoding(p.protoEnc); err != nil {
			return err
		}
		if p.dec.enc == encUTF16LE && len(b) >= 2 && b[0] == 0xFE && b[1] == 0xFF {
			p.dec.enc = encUTF16BE
		}
		if p.dec.enc == encUTF16LE || p.dec.enc == encUTF16BE {
			if len(b) >= 2 && (b[0] == 0xFF && b[1] == 0xFE || b[0] == 0xFE && b[1] == 0xFF) {
				p.raw, p.bomBytes = b[2:], 2
			}
		}
		p.dec.pending = nil
		return nil
	}
	switch {
	case len(b) >= 2 && b[0] == 0xFF && b[1] == 0xFE:
		p.dec.enc, p.raw, p.bomBytes = encUTF16LE, b[2:], 2
	case len(b) >= 2 && b[0] == 0xFE && b[1] == 0xFF:
		p.dec.enc, p.raw, p.bomBytes = encUTF16BE, b[2:], 2
	case len(b) >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF:
		p.raw, p.bomBytes = b[3:], 3
	case len(b) >= 2 && b[0] == 0:
		// NUL is no character: as expat does, take it for the high
		// byte of a UTF-16 unit.
		p.dec.enc = encUTF16BE
	case len(b) >= 2 && b[1] == 0:
		p.dec.enc = encUTF16LE
	}
	p.base.bytes = p.bomBytes
	if p.bomBytes > 0 {
		p.base.col = 1 // expat counts the byte-order mark as a column
	}
	p.trk = p.base
	return nil
}

// setEncoding chooses the decoder for an encoding name.
func (p *Parser) setEncoding(name string) error {
	if e, ok := nativeEncoding(name); ok {
		p.dec.enc = e
		return nil
	}
	table, ok, err := p.sink.unknownEncoding(name)
	if err != nil {
		return err
	}
	if !ok {
		return p.failAt(18, p.in.i)
	}
	p.dec.enc, p.dec.table = encTable, table
	return nil
}

// compact drops the scanned part of the buffer between calls.
func (p *Parser) compact() {
	if p.in.i < 4096 {
		return
	}
	p.advance(&p.base, p.in.i)
	n := p.in.i
	p.in.b = append(p.in.b[:0], p.in.b[n:]...)
	p.in.i = 0
	p.base.off = 0
	p.trk = p.base
	p.evStart -= n
}

// advance moves t forward to offset to, counting lines, columns and
// input bytes.
func (p *Parser) advance(t *tracker, to int) {
	b := p.in.b
	for t.off < to && t.off < len(b) {
		c := b[t.off]
		size := 1
		r := rune(c)
		if c >= 0x80 {
			r, size = utf8.DecodeRune(b[t.off:])
		}
		switch c {
		case '\n':
			if !t.cr {
				t.line++
				t.col = 0
			}
			t.cr = false
		case '\r':
			t.line++
			t.col = 0
			t.cr = true
		default:
			t.col++
			t.cr = false
		}
		t.bytes += p.dec.width(r, size)
		t.off += size
	}
}

// posAt returns the position of offset off in the document buffer.
func (p *Parser) posAt(off int) tracker {
	if off < p.trk.off {
		p.trk = p.base
	}
	p.advance(&p.trk, off)
	return p.trk
}

// Position returns the current event's line, column and byte index.
func (p *Parser) Position() (line, col, idx int) {
	if p.err != nil {
		return p.err.line, p.err.col, p.err.idx
	}
	if p.evStart < 0 {
		return 1, 0, -1
	}
	t := p.posAt(p.evStart)
	return t.line, t.col, t.bytes
}

// InputContext returns the buffered text from the current event on.
func (p *Parser) InputContext() []byte {
	if !p.parsing || p.evStart < 0 || p.evStart > len(p.in.b) {
		return nil
	}
	return p.in.b[p.evStart:]
}

// failAt returns error code at offset off of the document, or at the
// current event inside an entity.
func (p *Parser) failAt(code, off int) *xmlError {
	p.errOff = off
	t := p.posAt(off)
	return &xmlError{code: code, line: t.line, col: t.col, idx: t.bytes}
}

// fail returns error code at offset off of in.
func (p *Parser) fail(in *input, code, off int) error {
	if !in.doc {
		off = p.evStart
	}
	return p.failAt(code, off)
}

// run scans tokens until the input runs out or an error.
func (p *Parser) run() error {
	in := &p.in
	for {
		if in.i >= len(in.b) {
			if !in.final {
				return nil
			}
			return p.atEnd()
		}
		p.evStart = in.i
		var err error
		switch p.state {
		case stStart:
			err = p.startToken()
		case stProlog, stEpilog:
			err = p.prologToken()
		case stSubset:
			err = p.subsetToken()
		case stContent, stExtEntity:
			err = p.contentToken(in)
		}
		if err != nil {
			return err
		}
	}
}

// atEnd checks the state at the end of the last chunk.
func (p *Parser) atEnd() error {
	if len(p.dec.pending) > 0 {
		if p.state == stContent {
			return p.failAt(6, p.in.i)
		}
		return p.failAt(5, p.in.i)
	}
	switch p.state {
	case stEpilog:
		return nil
	case stExtEntity:
		if p.in.cdata {
			return p.failAt(20, p.in.i)
		}
		if len(p.stack) == 0 {
			return nil
		}
	case stSubset:
		if p.ext == extSubset {
			return nil
		}
	case stStart:
		if p.ext != extNone {
			return nil
		}
	case stContent:
		if p.in.cdata {
			return p.failAt(20, p.in.i)
		}
	}
	return p.failAt(3, p.in.i)
}

// more is the error for a token that the input ends inside of: wait for
// more, or report it unclosed at the end.
func (p *Parser) more(in *input, start int) error {
	if !in.final {
		return errMore
	}
	if p.ext == extSubset && in.doc {
		return p.failAt(29, len(in.b))
	}
	return p.fail(in, 5, start)
}

// char decodes the character at i: size 0 when more input is needed,
// r -1 when the bytes are no character.
func (in *input) char(i int) (r rune, size int) {
	if i >= len(in.b) {
		return 0, 0
	}
	c := in.b[i]
	if c < 0x80 {
		if !isChar(rune(c)) {
			return -1, 1
		}
		return rune(c), 1
	}
	if !utf8.FullRune(in.b[i:]) {
		if in.final {
			return -1, 1
		}
		return 0, 0
	}
	r, size = utf8.DecodeRune(in.b[i:])
	if r == utf8.RuneError && size == 1 || !isChar(r) {
		return -1, size
	}
	return r, size
}

// name scans a name at i, returning its end.
func (p *Parser) name(in *input, i, start int) (int, error) {
	return p.scanName(in, i, start, nameAny)
}

// What a name may do with colons: with namespaces, expat's scanner
// takes element and attribute names as QNames and other names as
// NCNames.
const (
	nameAny   = iota
	nameQName // at most one colon, inside the name
	nameNC    // no colon
)

func (p *Parser) scanName(in *input, i, start, kind int) (int, error) {
	if !p.ns {
		kind = nameAny
	}
	r, n := in.char(i)
	if n == 0 {
		return 0, p.more(in, start)
	}
	if !isNameStart(r) || r == ':' && kind != nameAny {
		return 0, p.fail(in, 4, i)
	}
	i += n
	colons := 0
	afterColon := false
	for {
		r, n = in.char(i)
		if n == 0 {
			return 0, p.more(in, start)
		}
		if afterColon && (!isNameStart(r) || r == ':') {
			return 0, p.fail(in, 4, i)
		}
		if !isNameChar(r) {
			return i, nil
		}
		afterColon = false
		if r == ':' && kind != nameAny {
			colons++
			if kind == nameNC || colons > 1 {
				return 0, p.fail(in, 4, i)
			}
			afterColon = true
		}
		i += n
	}
}

// skipSpace returns the offset of the first non-space byte at or after i.
func (in *input) skipSpace(i int) int {
	for i < len(in.b) && isSpace(in.b[i]) {
		i++
	}
	return i
}

// hasPrefix reports whether the text at i starts with s: 1 yes, 0 no, -1
// the input ends inside s.
func (in *input) hasPrefix(i int, s string) int {
	for k := 0; k < len(s); k++ {
		if i+k >= len(in.b) {
			return -1
		}
		if in.b[i+k] != s[k] {
			return 0
		}
	}
	return 1
}

// normalizeNewlines turns CR LF and lone CR into LF.
func normalizeNewlines(s string) string {
	if !containsCR(s) {
		return s
	}
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		if s[i] == '\r' {
			out = append(out, '\n')
			if i+1 < len(s) && s[i+1] == '\n' {
				i++
			}
			continue
		}
		out = append(out, s[i])
	}
	return string(out)
}

func containsCR(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == '\r' {
			return true
		}
	}
	return false
}

// reportDefault passes text to the default handler, if there is one.
func (p *Parser) reportDefault(s string) error {
	if !p.sink.has(hDefault) {
		return nil
	}
	_, err := p.sink.call(hDefault, s)
	return err
}
