package json

import (
	"errors"
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/ftpy/ftpy/object"
)

// decoder scans one JSON document. Positions are byte offsets into s;
// errors report them as character offsets, as python3 does.
type decoder struct {
	t             *object.Thread
	doc           *object.Object // the str being decoded
	s             string
	errType       *object.Object // JSONDecodeError
	objectHook    *object.Object
	pairsHook     *object.Object
	parseFloat    *object.Object
	parseInt      *object.Object
	parseConstant *object.Object
	strict        bool
	depth, limit  int
	// stop: a missing value anywhere is reported as stopIteration, as
	// _json's scanner does (json.decoder turns it into "Expecting
	// value"), instead of a JSONDecodeError.
	stop bool
}

// stopIteration is a missing value at byte offset pos, in stop mode.
type stopIteration struct{ pos int }

func (e *stopIteration) Error() string { return "no value" }

// noValue reports that no value starts at pos.
func (d *decoder) noValue(pos int) error {
	if d.stop {
		return &stopIteration{pos}
	}
	return d.fail("Expecting value", pos)
}

// errNoValue says no value starts at the position: the caller reports
// "Expecting value" there.
var errNoValue = errors.New("no value")

// charPos converts a byte offset to a character index; scanstring's
// "starting at" position can be -1, before the text.
func (d *decoder) charPos(pos int) int {
	if pos < 0 {
		return pos
	}
	return utf8.RuneCountInString(d.s[:pos])
}

func (d *decoder) fail(msg string, pos int) error {
	t := d.t
	m := object.NewStr(t, msg)
	p := object.NewInt(t, int64(d.charPos(pos)))
	e, err := object.Call(t, d.errType, []*object.Object{m, d.doc, p}, nil)
	t.Decref(m)
	t.Decref(p)
	if err != nil {
		return err
	}
	if !object.IsInstance(e, object.BaseExceptionType) {
		t.Decref(e)
		return t.Errorf(object.TypeErrorType, "exceptions must derive from BaseException")
	}
	return object.Cast[object.Exception](e)
}

func (d *decoder) skipWS(pos int) int {
	for pos < len(d.s) {
		switch d.s[pos] {
		case ' ', '\t', '\n', '\r':
			pos++
		default:
			return pos
		}
	}
	return pos
}

// value scans the value at pos and returns it with the offset after it.
func (d *decoder) value(pos int) (*object.Object, int, error) {
	t := d.t
	s := d.s
	if pos >= len(s) {
		return nil, pos, errNoValue
	}
	switch c := s[pos]; c {
	case '"':
		v, end, err := d.str(pos + 1)
		if err != nil {
			return nil, 0, err
		}
		return object.NewStr(t, v), end, nil
	case '{':
		return d.object(pos + 1)
	case '[':
		return d.array(pos + 1)
	case 'n':
		if strings.HasPrefix(s[pos:], "null") {
			return object.None, pos + 4, nil
		}
	case 't':
		if strings.HasPrefix(s[pos:], "true") {
			return object.True, pos + 4, nil
		}
	case 'f':
		if strings.HasPrefix(s[pos:], "false") {
			return object.False, pos + 5, nil
		}
	case 'N':
		if strings.HasPrefix(s[pos:], "NaN") {
			return d.constant("NaN", math.NaN(), pos+3)
		}
	case 'I':
		if strings.HasPrefix(s[pos:], "Infinity") {
			return d.constant("Infinity", math.Inf(1), pos+8)
		}
	case '-':
		if strings.HasPrefix(s[pos:], "-Infinity") {
			return d.constant("-Infinity", math.Inf(-1), pos+9)
		}
	}
	return d.number(pos)
}

func (d *decoder) constant(name string, v float64, end int) (*object.Object, int, error) {
	if d.parseConstant == nil {
		return object.NewFloat(d.t, v), end, nil
	}
	n := object.NewStr(d.t, name)
	defer d.t.Decref(n)
	r, err := object.Call(d.t, d.parseConstant, []*object.Object{n}, nil)
	return r, end, err
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func (d *decoder) number(pos int) (*object.Object, int, error) {
	t := d.t
	s := d.s
	i := pos
	if i < len(s) && s[i] == '-' {
		i++
	}
	switch {
	case i < len(s) && s[i] == '0':
		i++
	case i < len(s) && s[i] >= '1' && s[i] <= '9':
		for i < len(s) && isDigit(s[i]) {
			i++
		}
	default:
		return nil, pos, errNoValue
	}
	isFloat := false
	if i+1 < len(s) && s[i] == '.' && isDigit(s[i+1]) {
		isFloat = true
		i += 2
		for i < len(s) && isDigit(s[i]) {
			i++
		}
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		j := i + 1
		if j < len(s) && (s[j] == '+' || s[j] == '-') {
			j++
		}
		if j < len(s) && isDigit(s[j]) {
			for j < len(s) && isDigit(s[j]) {
				j++
			}
			isFloat = true
			i = j
		}
	}
	text := s[pos:i]
	hook := d.parseInt
	if isFloat {
		hook = d.parseFloat
	}
	if hook != nil {
		arg := object.NewStr(t, text)
		defer t.Decref(arg)
		r, err := object.Call(t, hook, []*object.Object{arg}, nil)
		return r, i, err
	}
	if isFloat {
		v, err := strconv.ParseFloat(text, 64)
		if err != nil && !errors.Is(err, strconv.ErrRange) {
			return nil, 0, t.Errorf(object.ValueErrorType, "could not convert string to float: '%s'", text)
		}
		return object.NewFloat(t, v), i, nil
	}
	if len(text) <= 18 {
		v, _ := strconv.ParseInt(text, 10, 64)
		return object.NewInt(t, v), i, nil
	}
	b, _ := new(big.Int).SetString(text, 10)
	return object.NewIntBig(t, b), i, nil
}

func hex4(s string) (rune, bool) {
	if len(s) < 4 {
		return 0, false
	}
	var r rune
	for i := 0; i < 4; i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			r = r<<4 | rune(c-'0')
		case c >= 'a' && c <= 'f':
			r = r<<4 | rune(c-'a'+10)
		case c >= 'A' && c <= 'F':
			r = r<<4 | rune(c-'A'+10)
		default:
			return 0, false
		}
	}
	return r, true
}

// appendRune writes r, spelling a lone surrogate in three bytes as str
// literals do.
func appendRune(b *strings.Builder, r rune) {
	if r >= 0xD800 && r <= 0xDFFF {
		b.WriteByte(0xED)
		b.WriteByte(byte(0x80 | (r>>6)&0x3F))
		b.WriteByte(byte(0x80 | r&0x3F))
		return
	}
	b.WriteRune(r)
}

// str scans a string's contents from pos (after the opening quote) and
// returns them with the offset after the closing quote.
func (d *decoder) str(pos int) (string, int, error) {
	s := d.s
	begin := pos - 1
	var b strings.Builder
	escaped := false
	start := pos
	for {
		i := pos
		for i < len(s) && s[i] != '"' && s[i] != '\\' && (s[i] >= 0x20 || !d.strict) {
			i++
		}
		if i >= len(s) {
			return "", 0, d.fail("Unterminated string starting at", begin)
		}
		c := s[i]
		if c == '"' {
			if !escaped {
				return s[start:i], i + 1, nil
			}
			b.WriteString(s[pos:i])
			return b.String(), i + 1, nil
		}
		if c != '\\' {
			return "", 0, d.fail("Invalid control character at", i)
		}
		if !escaped {
			escaped = true
			b.WriteString(s[start:i])
		} else {
			b.WriteString(s[pos:i])
		}
		if i+1 >= len(s) {
			return "", 0, d.fail("Unterminated string starting at", begin)
		}
		esc := s[i+1]
		pos = i + 2
		switch esc {
		case '"', '\\', '/':
			b.WriteByte(esc)
		case 'b':
			b.WriteByte('\b')
		case 'f':
			b.WriteByte('\f')
		case 'n':
			b.WriteByte('\n')
		case 'r':
			b.WriteByte('\r')
		case 't':
			b.WriteByte('\t')
		case 'u':
			r, ok := hex4(s[pos:])
			if !ok {
				return "", 0, d.fail("Invalid \\uXXXX escape", i+1)
			}
			pos += 4
			if r >= 0xD800 && r <= 0xDBFF && strings.HasPrefix(s[pos:], `\u`) {
				if r2, ok := hex4(s[pos+2:]); ok && r2 >= 0xDC00 && r2 <= 0xDFFF {
					r = 0x10000 + (r-0xD800)<<10 + (r2 - 0xDC00)
					pos += 6
				}
			}
			appendRune(&b, r)
		default:
			return "", 0, d.fail("Invalid \\escape", i)
		}
	}
}

func (d *decoder) enter(what string) error {
	d.depth++
	if d.depth > d.limit {
		return d.t.Errorf(object.RecursionErrorType, "maximum recursion depth exceeded while decoding a JSON %s from a unicode string", what)
	}
	return nil
}

func (d *decoder) array(pos int) (*object.Object, int, error) {
	t := d.t
	if err := d.enter("array"); err != nil {
		return nil, 0, err
	}
	defer func() { d.depth-- }()
	var items []*object.Object
	fail := func(err error) (*object.Object, int, error) {
		for _, o := range items {
			t.Decref(o)
		}
		return nil, 0, err
	}
	pos = d.skipWS(pos)
	if pos < len(d.s) && d.s[pos] == ']' {
		return object.NewList(t, nil).Obj(), pos + 1, nil
	}
	for {
		v, end, err := d.value(pos)
		if err == errNoValue {
			return fail(d.noValue(pos))
		}
		if err != nil {
			return fail(err)
		}
		items = append(items, v)
		pos = d.skipWS(end)
		if pos < len(d.s) && d.s[pos] == ']' {
			return object.NewList(t, items).Obj(), pos + 1, nil
		}
		if pos >= len(d.s) || d.s[pos] != ',' {
			return fail(d.fail("Expecting ',' delimiter", pos))
		}
		pos = d.skipWS(pos + 1)
	}
}

func (d *decoder) object(pos int) (*object.Object, int, error) {
	t := d.t
	if err := d.enter("object"); err != nil {
		return nil, 0, err
	}
	defer func() { d.depth-- }()
	var pairs []*object.Object // key, value, key, value...
	fail := func(err error) (*object.Object, int, error) {
		for _, o := range pairs {
			t.Decref(o)
		}
		return nil, 0, err
	}
	s := d.s
	pos = d.skipWS(pos)
	if pos < len(s) && s[pos] == '}' {
		pos++
	} else {
		for {
			if pos >= len(s) || s[pos] != '"' {
				return fail(d.fail("Expecting property name enclosed in double quotes", pos))
			}
			k, end, err := d.str(pos + 1)
			if err != nil {
				return fail(err)
			}
			pos = d.skipWS(end)
			if pos >= len(s) || s[pos] != ':' {
				return fail(d.fail("Expecting ':' delimiter", pos))
			}
			pos = d.skipWS(pos + 1)
			v, end, err := d.value(pos)
			if err == errNoValue {
				return fail(d.noValue(pos))
			}
			if err != nil {
				return fail(err)
			}
			pairs = append(pairs, object.NewStr(t, k), v)
			pos = d.skipWS(end)
			if pos < len(s) && s[pos] == '}' {
				pos++
				break
			}
			if pos >= len(s) || s[pos] != ',' {
				return fail(d.fail("Expecting ',' delimiter", pos))
			}
			pos = d.skipWS(pos + 1)
		}
	}
	if d.pairsHook != nil {
		tuples := make([]*object.Object, len(pairs)/2)
		for i := range tuples {
			tuples[i] = object.NewTupleRefs(t, pairs[2*i], pairs[2*i+1]).Obj()
		}
		l := object.NewList(t, tuples)
		r, err := object.Call(t, d.pairsHook, []*object.Object{l.Obj()}, nil)
		t.Decref(l.Obj())
		return r, pos, err
	}
	dict := object.NewDict(t)
	for i := 0; i < len(pairs); i += 2 {
		if err := dict.SetItem(t, pairs[i], pairs[i+1]); err != nil {
			t.Decref(dict.Obj())
			return fail(err)
		}
	}
	for _, o := range pairs {
		t.Decref(o)
	}
	if d.objectHook != nil {
		r, err := object.Call(t, d.objectHook, []*object.Object{dict.Obj()}, nil)
		t.Decref(dict.Obj())
		return r, pos, err
	}
	return dict.Obj(), pos, nil
}
