// This file implements str.format, str.format_map (CPython's
// Objects/stringlib/unicode_format.h) and str.__format__ (the string
// presentation of the format-spec mini-language).

package object

import (
	"math"
	"strings"
	"unicode/utf8"
)

// strFormatSpec is format(s, spec) for a str: [[fill]align][.precision][s]
// and width, with CPython's errors for the numeric-only options.
func strFormatSpec(t *Thread, s *Str, spec string) (*Object, error) {
	if spec == "" {
		return strSub(t, s, 0, len(s.s)), nil
	}
	fill, fillLen := ' ', 1
	align := byte(0)
	pos := 0
	isAlign := func(c byte) bool { return c == '<' || c == '>' || c == '^' || c == '=' }
	r0, n0 := utf8.DecodeRuneInString(spec)
	if n0 < len(spec) && isAlign(spec[n0]) {
		fill, fillLen, align, pos = r0, n0, spec[n0], n0+1
	} else if isAlign(spec[0]) {
		align, pos = spec[0], 1
		fillLen = 0
	} else {
		fillLen = 0
	}
	var sign byte
	if pos < len(spec) && (spec[pos] == '+' || spec[pos] == '-' || spec[pos] == ' ') {
		sign = spec[pos]
		pos++
	}
	noNeg0 := false
	if pos < len(spec) && spec[pos] == 'z' {
		noNeg0 = true
		pos++
	}
	alt := false
	if pos < len(spec) && spec[pos] == '#' {
		alt = true
		pos++
	}
	if fillLen == 0 && pos < len(spec) && spec[pos] == '0' {
		fill = '0'
		pos++
	}
	readInt := func() (int, bool, error) {
		start, v := pos, 0
		for pos < len(spec) && spec[pos] >= '0' && spec[pos] <= '9' {
			d := int(spec[pos] - '0')
			if v > (math.MaxInt64-d)/10 { // CPython: more than a Py_ssize_t
				return 0, false, t.Errorf(ValueErrorType, "Too many decimal digits in format string")
			}
			v = v*10 + d
			pos++
		}
		return v, pos > start, nil
	}
	width, _, err := readInt()
	if err != nil {
		return nil, err
	}
	var grouping byte
	if pos < len(spec) && (spec[pos] == ',' || spec[pos] == '_') {
		grouping = spec[pos]
		pos++
		if pos < len(spec) && (spec[pos] == ',' || spec[pos] == '_') {
			return nil, t.Errorf(ValueErrorType, "Cannot specify both ',' and '_'.")
		}
	}
	prec := -1
	if pos < len(spec) && spec[pos] == '.' {
		pos++
		p, ok, err := readInt()
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, t.Errorf(ValueErrorType, "Format specifier missing precision")
		}
		prec = p
	}
	const conv = 's' // the only presentation type a str has
	if rest := spec[pos:]; rest != "" {
		if utf8.RuneCountInString(rest) > 1 {
			return nil, t.Errorf(ValueErrorType, "Invalid format specifier '%s' for object of type 'str'", spec)
		}
		r, _ := utf8.DecodeRuneInString(rest)
		if r != 's' {
			if grouping != 0 && r < 0x80 {
				return nil, t.Errorf(ValueErrorType, "Cannot specify '%c' with '%c'.", grouping, r)
			}
			if r > 32 && r < 128 {
				return nil, t.Errorf(ValueErrorType, "Unknown format code '%c' for object of type 'str'", r)
			}
			return nil, t.Errorf(ValueErrorType, "Unknown format code '\\x%x' for object of type 'str'", r)
		}
	}
	if grouping != 0 {
		return nil, t.Errorf(ValueErrorType, "Cannot specify '%c' with '%c'.", grouping, conv)
	}
	switch {
	case sign == ' ':
		return nil, t.Errorf(ValueErrorType, "Space not allowed in string format specifier")
	case sign != 0:
		return nil, t.Errorf(ValueErrorType, "Sign not allowed in string format specifier")
	case noNeg0:
		return nil, t.Errorf(ValueErrorType, "Negative zero coercion (z) not allowed in string format specifier")
	case alt:
		return nil, t.Errorf(ValueErrorType, "Alternate form (#) not allowed in string format specifier")
	case align == '=':
		return nil, t.Errorf(ValueErrorType, "'=' alignment not allowed in string format specifier")
	}
	v, n := s.s, s.n
	if prec >= 0 && prec < n {
		v = v[:s.byteOffset(prec)]
		n = prec
	}
	if width <= n {
		if len(v) == len(s.s) {
			return strSub(t, s, 0, len(s.s)), nil
		}
		return strSub(t, s, 0, len(v)), nil
	}
	if err := widthTooLarge(t, width); err != nil {
		return nil, err
	}
	pad := width - n
	left := 0
	switch align {
	case '>':
		left = pad
	case '^':
		left = pad / 2
	}
	sub := &Str{s: v, n: n, ascii: s.ascii}
	return strPad(t, sub, left, pad-left, fill)
}

func strFormatDunder(t *Thread, self *Object, args []*Object, kwnames *Tuple) (*Object, error) {
	if err := CheckArgCount(t, "str.__format__", args, kwnames, 1, 1); err != nil {
		return nil, err
	}
	if !IsStr(args[0]) {
		return nil, t.Errorf(TypeErrorType, "__format__() argument must be str, not %s", args[0].typ.Name)
	}
	return strFormatSpec(t, AsStr(self), StrValue(args[0]))
}

// strFormatter holds the arguments of one str.format call.
type strFormatter struct {
	args    []*Object // positional; nil for format_map
	mapOnly bool      // format_map: positional fields are an error
	kwnames []*Object // names of keyword arguments (format)
	kwvals  []*Object
	mapping *Object // format_map's mapping
	auto    int     // 0 unknown, 1 automatic numbering, 2 manual
	next    int     // next automatic index
	out     []byte
	ascii   bool
}

func strFormatMethod(t *Thread, self *Object, args []*Object, kwnames *Tuple) (*Object, error) {
	f := &strFormatter{ascii: true}
	npos := len(args)
	if kwnames != nil {
		npos -= len(kwnames.Items)
		f.kwnames = kwnames.Items
		f.kwvals = args[npos:]
	}
	f.args = args[:npos]
	return f.run(t, AsStr(self))
}

func strFormatMap(t *Thread, self *Object, args []*Object, kwnames *Tuple) (*Object, error) {
	if err := CheckArgCount(t, "str.format_map", args, kwnames, 1, 1); err != nil {
		return nil, err
	}
	f := &strFormatter{ascii: true, mapOnly: true, mapping: args[0]}
	return f.run(t, AsStr(self))
}

func (f *strFormatter) run(t *Thread, s *Str) (*Object, error) {
	f.out = make([]byte, 0, len(s.s)+16)
	f.ascii = s.ascii
	if err := f.render(t, s.s, 2); err != nil {
		return nil, err
	}
	if f.ascii {
		return newStrASCII(t, string(f.out)), nil
	}
	return NewStr(t, string(f.out)), nil
}

// render appends the expansion of format to f.out.
func (f *strFormatter) render(t *Thread, format string, depth int) error {
	if depth <= 0 {
		return t.Errorf(ValueErrorType, "Max string recursion exceeded")
	}
	i := 0
	for i < len(format) {
		// Literal text up to the next brace.
		j := i
		for j < len(format) && format[j] != '{' && format[j] != '}' {
			j++
		}
		f.out = append(f.out, format[i:j]...)
		if j == len(format) {
			return nil
		}
		c := format[j]
		i = j + 1
		atEnd := i >= len(format)
		if c == '}' {
			if atEnd || format[i] != '}' {
				return t.Errorf(ValueErrorType, "Single '}' encountered in format string")
			}
			f.out = append(f.out, '}')
			i++
			continue
		}
		if atEnd {
			return t.Errorf(ValueErrorType, "Single '{' encountered in format string")
		}
		if format[i] == '{' {
			f.out = append(f.out, '{')
			i++
			continue
		}
		// A replacement field: name, conversion, spec.
		nameStart := i
		var term byte
		for i < len(format) {
			ch := format[i]
			i++
			if ch == '{' {
				return t.Errorf(ValueErrorType, "unexpected '{' in field name")
			}
			if ch == '[' {
				for i < len(format) && format[i] != ']' {
					i++
				}
				continue
			}
			if ch == '}' || ch == ':' || ch == '!' {
				term = ch
				break
			}
		}
		if term == 0 {
			return t.Errorf(ValueErrorType, "expected '}' before end of string")
		}
		name := format[nameStart : i-1]
		var conv rune
		spec := ""
		expand := false
		if term == '!' || term == ':' {
			if term == '!' {
				if i >= len(format) {
					return t.Errorf(ValueErrorType, "end of string while looking for conversion specifier")
				}
				r, size := utf8.DecodeRuneInString(format[i:])
				conv = r
				i += size
				if i < len(format) {
					ch := format[i]
					i++
					if ch == '}' {
						goto field
					}
					if ch != ':' {
						return t.Errorf(ValueErrorType, "expected ':' after conversion specifier")
					}
				}
			}
			specStart := i
			count := 1
			for i < len(format) {
				ch := format[i]
				i++
				if ch == '{' {
					expand = true
					count++
				} else if ch == '}' {
					count--
					if count == 0 {
						spec = format[specStart : i-1]
						goto field
					}
				}
			}
			return t.Errorf(ValueErrorType, "unmatched '{' in format spec")
		}
	field:
		if err := f.field(t, name, conv, spec, expand, depth); err != nil {
			return err
		}
	}
	return nil
}

// fieldIndex parses an all-digit field name part; ok is false when it is
// not one.
func fieldIndex(t *Thread, s string) (n int, ok bool, err error) {
	if s == "" {
		return 0, false, nil
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false, nil
		}
		if n > (maxIndex-9)/10 {
			return 0, false, t.Errorf(ValueErrorType, "Too many decimal digits in format string")
		}
		n = n*10 + int(c-'0')
	}
	return n, true, nil
}

// lookupArg resolves the first part of a field name to a new reference.
func (f *strFormatter) lookupArg(t *Thread, first string) (*Object, error) {
	idx, isIndex, err := fieldIndex(t, first)
	if err != nil {
		return nil, err
	}
	if first == "" {
		if f.auto == 2 {
			return nil, t.Errorf(ValueErrorType, "cannot switch from manual field specification to automatic field numbering")
		}
		f.auto = 1
		idx = f.next
		f.next++
		isIndex = true
	} else if isIndex {
		if f.auto == 1 {
			return nil, t.Errorf(ValueErrorType, "cannot switch from automatic field numbering to manual field specification")
		}
		f.auto = 2
	}
	if isIndex {
		if f.mapOnly {
			return nil, t.Errorf(ValueErrorType, "Format string contains positional fields")
		}
		if idx >= len(f.args) {
			return nil, t.Errorf(IndexErrorType, "Replacement index %d out of range for positional args tuple", idx)
		}
		return t.NewRef(f.args[idx]), nil
	}
	if f.mapOnly {
		key := NewStr(t, first)
		defer t.Decref(key)
		return mappingLookup(t, f.mapping, key)
	}
	for k, kn := range f.kwnames {
		if StrValue(kn) == first {
			return t.NewRef(f.kwvals[k]), nil
		}
	}
	return nil, t.NewException(KeyErrorType, NewStr(t, first))
}

// resolveField evaluates a field name: the argument, then each .attr and
// [key] in turn.
func (f *strFormatter) resolveField(t *Thread, name string) (*Object, error) {
	end := len(name)
	for k := 0; k < len(name); k++ {
		if name[k] == '.' || name[k] == '[' {
			end = k
			break
		}
	}
	obj, err := f.lookupArg(t, name[:end])
	if err != nil {
		return nil, err
	}
	rest := name[end:]
	for rest != "" {
		var next *Object
		switch rest[0] {
		case '.':
			k := 1
			for k < len(rest) && rest[k] != '.' && rest[k] != '[' {
				k++
			}
			attr := rest[1:k]
			rest = rest[k:]
			if attr == "" {
				t.Decref(obj)
				return nil, t.Errorf(ValueErrorType, "Empty attribute in format string")
			}
			an := NewStr(t, attr)
			next, err = GetAttr(t, obj, AsStr(an))
			t.Decref(an)
		case '[':
			k := strings.IndexByte(rest, ']')
			if k < 0 {
				t.Decref(obj)
				return nil, t.Errorf(ValueErrorType, "Missing ']' in format string")
			}
			keyStr := rest[1:k]
			rest = rest[k+1:]
			if keyStr == "" {
				t.Decref(obj)
				return nil, t.Errorf(ValueErrorType, "Empty attribute in format string")
			}
			if rest != "" && rest[0] != '.' && rest[0] != '[' {
				t.Decref(obj)
				return nil, t.Errorf(ValueErrorType, "Only '.' or '[' may follow ']' in format field specifier")
			}
			var key *Object
			if n, ok, err2 := fieldIndex(t, keyStr); err2 != nil {
				t.Decref(obj)
				return nil, err2
			} else if ok {
				key = NewInt(t, int64(n))
			} else {
				key = NewStr(t, keyStr)
			}
			next, err = mappingLookup(t, obj, key)
			t.Decref(key)
		default:
			t.Decref(obj)
			return nil, t.Errorf(ValueErrorType, "Only '.' or '[' may follow ']' in format field specifier")
		}
		t.Decref(obj)
		if err != nil {
			return nil, err
		}
		obj = next
	}
	return obj, nil
}

// field renders one replacement field.
func (f *strFormatter) field(t *Thread, name string, conv rune, spec string, expand bool, depth int) error {
	obj, err := f.resolveField(t, name)
	if err != nil {
		return err
	}
	if conv != 0 {
		var c *Object
		switch conv {
		case 'r':
			c, err = Repr(t, obj)
		case 's':
			c, err = StrOf(t, obj)
		case 'a':
			c, err = ASCIIRepr(t, obj)
		default:
			t.Decref(obj)
			if conv > 32 && conv < 127 {
				return t.Errorf(ValueErrorType, "Unknown conversion specifier %c", conv)
			}
			return t.Errorf(ValueErrorType, "Unknown conversion specifier \\x%x", conv)
		}
		t.Decref(obj)
		if err != nil {
			return err
		}
		obj = c
	}
	defer t.Decref(obj)
	if expand {
		saved := f.out
		savedASCII := f.ascii
		f.out = nil
		f.ascii = true
		err := f.render(t, spec, depth-1)
		spec = string(f.out)
		f.out, f.ascii = saved, savedASCII
		if err != nil {
			return err
		}
	}
	var r *Object
	if obj.typ == StrType {
		if spec == "" {
			s := AsStr(obj)
			f.out = append(f.out, s.s...)
			f.ascii = f.ascii && s.ascii
			return nil
		}
		r, err = strFormatSpec(t, AsStr(obj), spec)
	} else {
		r, err = Format(t, obj, spec)
	}
	if err != nil {
		return err
	}
	s := AsStr(r)
	f.out = append(f.out, s.s...)
	f.ascii = f.ascii && s.ascii
	t.Decref(r)
	return nil
}
