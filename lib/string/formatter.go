// Package string implements _string, CPython's C module under string.py.
package string

import (
	"unicode"

	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/vm"
)

// This file is _string, CPython's C module under string.Formatter: the
// parser of str.format's mini-language, exposed as formatter_parser and
// formatter_field_name_split, with the errors str.format raises.

func init() { vm.RegisterModule("_string", newCModule) }

func newCModule(st *vm.State) (*object.Object, error) {
	t := st.Thread()
	m := st.NewModule("_string")
	for i := range cFuncs {
		m.Dict.SetStr(t, object.Intern(cFuncs[i].Name), object.NewStaticBuiltin(&cFuncs[i]))
	}
	object.ClaimModuleFunctions(m.Dict, "_string")
	return m.Obj(), nil
}

// markup is one step of formatter_parser: literal text, then possibly a
// replacement field.
type markup struct {
	literal    string
	field      bool
	name, spec string
	conversion rune // 0: none
	err        string
}

// nextMarkup parses s[pos:] and returns the step and the position after it.
func nextMarkup(s []rune, pos int) (markup, int) {
	var m markup
	start := pos
	var c rune
	follows := false
	for pos < len(s) {
		c = s[pos]
		pos++
		if c == '{' || c == '}' {
			follows = true
			break
		}
	}
	atEnd := pos >= len(s)
	n := pos - start
	if c == '}' && follows && (atEnd || s[pos] != '}') {
		m.err = "Single '}' encountered in format string"
		return m, pos
	}
	if atEnd && c == '{' && follows {
		m.err = "Single '{' encountered in format string"
		return m, pos
	}
	if !atEnd && follows {
		if s[pos] == c {
			// An escaped brace: literal text only.
			pos++
			follows = false
		} else {
			n--
		}
	}
	m.literal = string(s[start : start+n])
	if !follows {
		return m, pos
	}
	m.field = true
	return parseField(s, pos, m)
}

// parseField reads a replacement field's name, conversion and format
// spec, up to and including its closing brace.
func parseField(s []rune, pos int, m markup) (markup, int) {
	nameStart := pos
	var c rune
	stopped := false
loop:
	for pos < len(s) {
		c = s[pos]
		pos++
		switch c {
		case '{':
			m.err = "unexpected '{' in field name"
			return m, pos
		case '[':
			for pos < len(s) && s[pos] != ']' {
				pos++
			}
		case '}', ':', '!':
			stopped = true
			break loop
		}
	}
	if !stopped {
		m.err = "expected '}' before end of string"
		return m, pos
	}
	m.name = string(s[nameStart : pos-1])
	if c == '}' {
		return m, pos
	}
	if c == '!' {
		if pos >= len(s) {
			m.err = "end of string while looking for conversion specifier"
			return m, pos
		}
		m.conversion = s[pos]
		pos++
		if pos < len(s) {
			c = s[pos]
			pos++
			if c == '}' {
				return m, pos
			}
			if c != ':' {
				m.err = "expected ':' after conversion specifier"
				return m, pos
			}
		}
	}
	specStart := pos
	depth := 1
	for pos < len(s) {
		c = s[pos]
		pos++
		switch c {
		case '{':
			depth++
		case '}':
			depth--
			if depth == 0 {
				m.spec = string(s[specStart : pos-1])
				return m, pos
			}
		}
	}
	m.err = "unmatched '{' in format spec"
	return m, pos
}

// formatterIter is formatteriterator, what formatter_parser returns.
type formatterIter struct {
	object.Object
	s   []rune
	pos int
}

var formatterIterType = object.NewStaticType(&object.Type{Name: "formatteriterator"})

func strOrNone(t *object.Thread, present bool, s string) *object.Object {
	if !present {
		return t.NewRef(object.None)
	}
	return object.NewStr(t, s)
}

func (it *formatterIter) next(t *object.Thread) (*object.Object, error) {
	if it.pos >= len(it.s) {
		return nil, nil
	}
	m, pos := nextMarkup(it.s, it.pos)
	it.pos = pos
	if m.err != "" {
		it.pos = len(it.s)
		return nil, t.Errorf(object.ValueErrorType, "%s", m.err)
	}
	conv := t.NewRef(object.None)
	if m.conversion != 0 {
		t.Decref(conv)
		conv = object.NewStr(t, string(m.conversion))
	}
	return object.NewTuple(t, []*object.Object{object.NewStr(t, m.literal),
		strOrNone(t, m.field, m.name), strOrNone(t, m.field, m.spec), conv}).Obj(), nil
}

// fieldNameIter is fieldnameiterator: the .attr and [key] parts after a
// field name's first part.
type fieldNameIter struct {
	object.Object
	s   []rune
	pos int
}

var fieldNameIterType = object.NewStaticType(&object.Type{Name: "fieldnameiterator"})

// fieldIndex is CPython's get_integer: the value of an all-digit part,
// -1 for anything else, or an error when it overflows.
func fieldIndex(s []rune) (int64, string) {
	if len(s) == 0 {
		return -1, ""
	}
	var v int64
	for _, r := range s {
		d := decimalValue(r)
		if d < 0 {
			return -1, ""
		}
		if v > (1<<63-1-d)/10 {
			return -1, "Too many decimal digits in format string"
		}
		v = v*10 + d
	}
	return v, ""
}

// decimalValue is the value of a Unicode decimal digit (category Nd),
// or -1. Nd digits come in runs of whole 0-9 blocks.
func decimalValue(r rune) int64 {
	if r >= '0' && r <= '9' {
		return int64(r - '0')
	}
	if !unicode.Is(unicode.Nd, r) {
		return -1
	}
	start := r
	for unicode.Is(unicode.Nd, start-1) {
		start--
	}
	return int64(r-start) % 10
}

func partObject(t *object.Thread, part []rune, asIndex bool) (*object.Object, error) {
	if asIndex {
		i, msg := fieldIndex(part)
		if msg != "" {
			return nil, t.Errorf(object.ValueErrorType, "%s", msg)
		}
		if i >= 0 {
			return object.NewInt(t, i), nil
		}
	}
	return object.NewStr(t, string(part)), nil
}

func (it *fieldNameIter) next(t *object.Thread) (*object.Object, error) {
	s := it.s
	if it.pos >= len(s) {
		return nil, nil
	}
	c := s[it.pos]
	it.pos++
	var isAttr bool
	var part []rune
	switch c {
	case '.':
		isAttr = true
		start := it.pos
		for it.pos < len(s) && s[it.pos] != '.' && s[it.pos] != '[' {
			it.pos++
		}
		part = s[start:it.pos]
	case '[':
		start := it.pos
		for it.pos < len(s) && s[it.pos] != ']' {
			it.pos++
		}
		if it.pos >= len(s) {
			it.pos = len(s)
			return nil, t.Errorf(object.ValueErrorType, "Missing ']' in format string")
		}
		part = s[start:it.pos]
		it.pos++
	default:
		it.pos = len(s)
		return nil, t.Errorf(object.ValueErrorType, "Only '.' or '[' may follow ']' in format field specifier")
	}
	if len(part) == 0 {
		it.pos = len(s)
		return nil, t.Errorf(object.ValueErrorType, "Empty attribute in format string")
	}
	key, err := partObject(t, part, !isAttr)
	if err != nil {
		it.pos = len(s)
		return nil, err
	}
	return object.NewTuple(t, []*object.Object{object.NewBool(isAttr), key}).Obj(), nil
}

func strArg(t *object.Thread, o *object.Object) ([]rune, error) {
	if !object.IsStr(o) {
		return nil, t.Errorf(object.TypeErrorType, "expected str, got %s", o.Type().Name)
	}
	return []rune(object.StrValue(o)), nil
}

var cFuncs = []object.MethodDef{
	{Name: "formatter_parser", Doc: "parse the argument as a format string",
		Fn: func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
			if err := object.CheckArgCount(t, "formatter_parser", args, kw, 1, 1); err != nil {
				return nil, err
			}
			s, err := strArg(t, args[0])
			if err != nil {
				return nil, err
			}
			it := &formatterIter{s: s}
			t.Init(&it.Object, formatterIterType)
			return &it.Object, nil
		}},
	{Name: "formatter_field_name_split", Doc: "split the argument as a field name",
		Fn: func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
			if err := object.CheckArgCount(t, "formatter_field_name_split", args, kw, 1, 1); err != nil {
				return nil, err
			}
			s, err := strArg(t, args[0])
			if err != nil {
				return nil, err
			}
			i := 0
			for i < len(s) && s[i] != '.' && s[i] != '[' {
				i++
			}
			first, err := partObject(t, s[:i], true)
			if err != nil {
				return nil, err
			}
			it := &fieldNameIter{s: s, pos: i}
			t.Init(&it.Object, fieldNameIterType)
			return object.NewTuple(t, []*object.Object{first, &it.Object}).Obj(), nil
		}},
}

func init() {
	formatterIterType.Iter = func(t *object.Thread, o *object.Object) (*object.Object, error) { return t.NewRef(o), nil }
	formatterIterType.Next = func(t *object.Thread, o *object.Object) (*object.Object, error) {
		return object.Cast[formatterIter](o).next(t)
	}
	fieldNameIterType.Iter = formatterIterType.Iter
	fieldNameIterType.Next = func(t *object.Thread, o *object.Object) (*object.Object, error) {
		return object.Cast[fieldNameIter](o).next(t)
	}
	object.ReadyType(formatterIterType, nil, nil)
	object.ReadyType(fieldNameIterType, nil, nil)
}
