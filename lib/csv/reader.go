package csv

import (
	"sync"
	"sync/atomic"

	"github.com/ftpy/ftpy/lib/codecs"
	"github.com/ftpy/ftpy/object"
)

// This file is _csv.reader: an iterator over the rows of the lines an
// input iterator yields. Each row is parsed within one __next__ call,
// which holds the reader's lock (as CPython's free-threaded build holds
// the reader's critical section), so threads sharing a reader each get
// whole rows even when the input iterator itself is not thread-safe.

type reader struct {
	object.Object
	input   *object.Object // the input iterator, owned
	dialect *object.Object // owned
	lineNum atomic.Int64
	mu      sync.Mutex // held by __next__
}

var readerType = object.NewStaticType(&object.Type{Name: "reader", Module: "_csv", Flags: object.FlagGC,
	Doc: "CSV reader\n\nReader objects are responsible for reading and parsing tabular data\nin CSV format.\n"})

// The parser's states, as a row is read a character at a time.
type parseState int

const (
	startRecord parseState = iota
	startField
	escapedChar
	inField
	inQuotedField
	escapeInQuotedField
	quoteInQuotedField
	eatCRNL
	afterEscapedCRNL
)

// eol is the character fed to the parser at the end of each line.
const eol rune = -2

// parser is one row being read.
type parser struct {
	t       *object.Thread
	d       *dialect
	state   parseState
	field   []byte // the current field's text
	n       int64  // its length in characters
	numeric bool   // an unquoted field under QUOTE_NONNUMERIC: made a float
	fields  []*object.Object
}

func (p *parser) saveField() error {
	var f *object.Object = object.NewStr(p.t, string(p.field))
	p.field, p.n = p.field[:0], 0
	if p.numeric {
		p.numeric = false
		v, err := object.FloatOf(p.t, f)
		p.t.Decref(f)
		if err != nil {
			return err
		}
		f = v
	}
	p.fields = append(p.fields, f)
	return nil
}

func (p *parser) addChar(c rune) error {
	if limit := fieldLimit.Load(); p.n >= limit {
		return csvError.Errorf(p.t, "field larger than field limit (%d)", limit)
	}
	p.field = codecs.AppendRune(p.field, c)
	p.n++
	return nil
}

func isLineEnd(c rune) bool { return c == '\n' || c == '\r' }

// endRecord saves the field ending at c, a line end or eol.
func (p *parser) endRecord(c rune) error {
	if err := p.saveField(); err != nil {
		return err
	}
	if c == eol {
		p.state = startRecord
	} else {
		p.state = eatCRNL
	}
	return nil
}

// process feeds one character (or eol) to the state machine.
func (p *parser) process(c rune) error {
	d := p.d
	switch p.state {
	case startRecord:
		if c == eol {
			return nil // an empty line: the row is []
		}
		if isLineEnd(c) {
			p.state = eatCRNL
			return nil
		}
		p.state = startField
		fallthrough
	case startField:
		switch {
		case isLineEnd(c) || c == eol:
			return p.endRecord(c)
		case c == d.quotechar && d.quoting != quoteNone:
			p.state = inQuotedField
		case c == d.escapechar:
			p.state = escapedChar
		case c == ' ' && d.skipInitialSpace:
		case c == d.delimiter:
			return p.saveField()
		default:
			p.numeric = d.quoting == quoteNonNumeric
			p.state = inField
			return p.addChar(c)
		}
	case escapedChar:
		if isLineEnd(c) {
			p.state = afterEscapedCRNL
			return p.addChar(c)
		}
		if c == eol {
			c = '\n'
		}
		p.state = inField
		return p.addChar(c)
	case afterEscapedCRNL, inField:
		if p.state == afterEscapedCRNL && c == eol {
			return nil
		}
		p.state = inField
		switch {
		case isLineEnd(c) || c == eol:
			return p.endRecord(c)
		case c == d.escapechar:
			p.state = escapedChar
		case c == d.delimiter:
			p.state = startField
			return p.saveField()
		default:
			return p.addChar(c)
		}
	case inQuotedField:
		switch {
		case c == eol:
		case c == d.escapechar:
			p.state = escapeInQuotedField
		case c == d.quotechar && d.quoting != quoteNone:
			if d.doublequote {
				p.state = quoteInQuotedField
			} else {
				p.state = inField
			}
		default:
			return p.addChar(c)
		}
	case escapeInQuotedField:
		if c == eol {
			c = '\n'
		}
		p.state = inQuotedField
		return p.addChar(c)
	case quoteInQuotedField:
		switch {
		case d.quoting != quoteNone && c == d.quotechar:
			p.state = inQuotedField
			return p.addChar(c)
		case c == d.delimiter:
			p.state = startField
			return p.saveField()
		case isLineEnd(c) || c == eol:
			return p.endRecord(c)
		case !d.strict:
			p.state = inField
			return p.addChar(c)
		default:
			return csvError.Errorf(p.t, "'%c' expected after '%c'", d.delimiter, d.quotechar)
		}
	case eatCRNL:
		switch {
		case isLineEnd(c):
		case c == eol:
			p.state = startRecord
		default:
			return csvError.Errorf(p.t, "new-line character seen in unquoted field - do you need to open the file in universal-newline mode?")
		}
	}
	return nil
}

func (p *parser) drop() {
	for _, f := range p.fields {
		p.t.Decref(f)
	}
	p.fields = nil
}

// readerNext parses lines until a row is complete.
func readerNext(t *object.Thread, o *object.Object) (*object.Object, error) {
	r := object.Cast[reader](o)
	if r.input == nil || r.dialect == nil { // cleared by the collector
		return nil, nil
	}
	if !r.mu.TryLock() {
		t.Detach() // let the collector stop the world while we wait
		r.mu.Lock()
		t.Attach()
	}
	defer r.mu.Unlock()
	p := &parser{t: t, d: asDialect(r.dialect)}
	for {
		line, err := object.Next(t, r.input)
		if err != nil {
			p.drop()
			return nil, err
		}
		if line == nil {
			if p.n == 0 && p.state != inQuotedField {
				p.drop()
				return nil, nil
			}
			if p.d.strict {
				p.drop()
				return nil, csvError.Errorf(t, "unexpected end of data")
			}
			if err := p.saveField(); err != nil {
				p.drop()
				return nil, err
			}
			break
		}
		if !object.IsStr(line) {
			name := line.Type().Name
			t.Decref(line)
			p.drop()
			return nil, csvError.Errorf(t, "iterator should return strings, not %.200s (the file should be opened in text mode)", name)
		}
		r.lineNum.Add(1)
		s := object.StrValue(line)
		for i := 0; i < len(s); {
			c, n := codecs.DecodeRune(s[i:])
			i += n
			if err := p.process(c); err != nil {
				t.Decref(line)
				p.drop()
				return nil, err
			}
		}
		t.Decref(line)
		if err := p.process(eol); err != nil {
			p.drop()
			return nil, err
		}
		if p.state == startRecord {
			break
		}
	}
	return object.NewList(t, p.fields).Obj(), nil
}

// newReader is reader(iterable, dialect='excel', **fmtparams).
func newReader(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	pos, err := unpackArgs(t, args, kw)
	if err != nil {
		return nil, err
	}
	it, err := object.Iter(t, pos[0])
	if err != nil {
		return nil, err
	}
	var base *object.Object
	if len(pos) == 2 {
		base = pos[1]
	}
	d, err := callDialect(t, base, args, kw)
	if err != nil {
		t.Decref(it)
		return nil, err
	}
	r := &reader{input: it, dialect: d}
	t.Init(&r.Object, readerType)
	t.Track(&r.Object)
	return &r.Object, nil
}

var readerGetSets = []object.GetSetDef{
	{Name: "dialect", Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
		return t.NewRef(object.Cast[reader](o).dialect), nil
	}},
	{Name: "line_num", Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
		return object.NewInt(t, object.Cast[reader](o).lineNum.Load()), nil
	}},
}

func init() {
	readerType.Iter = func(t *object.Thread, o *object.Object) (*object.Object, error) { return t.NewRef(o), nil }
	readerType.Next = readerNext
	readerType.New = func(t *object.Thread, _ *object.Type, _ []*object.Object, _ *object.Tuple) (*object.Object, error) {
		return nil, t.Errorf(object.TypeErrorType, "cannot create '_csv.reader' instances")
	}
	readerType.Traverse = func(o *object.Object, visit object.Visitor) {
		r := object.Cast[reader](o)
		for _, p := range []*object.Object{r.input, r.dialect} {
			if p != nil {
				visit(p)
			}
		}
	}
	readerType.Clear = func(t *object.Thread, o *object.Object) {
		r := object.Cast[reader](o)
		in, d := r.input, r.dialect
		r.input, r.dialect = nil, nil
		t.XDecref(in)
		t.XDecref(d)
	}
	readerType.Dealloc = readerType.Clear
	object.ReadyType(readerType, nil, readerGetSets)
}
