// This file builds complex numbers: complex(real, imag) with CPython's
// conversions (__complex__, __float__, __index__) and errors, the parsing
// of complex("1+2j"), and AsComplex, the conversion modules such as
// cmath use for their arguments.

package object

import (
	"math"
	"strconv"
	"strings"
)

var (
	strComplexDunder = Intern("__complex__")
)

// newComplexOfType returns a complex of type typ, complex itself or a
// subclass.
func newComplexOfType(t *Thread, typ *Type, re, im float64) *Object {
	if typ == ComplexType {
		return NewComplex(t, re, im)
	}
	c := allocComplex(typ)
	c.re, c.im = re, im
	t.Init(&c.Object, typ)
	return &c.Object
}

// complexNew is complex(real=0, imag=0).
func complexNew(t *Thread, typ *Type, args []*Object, kwnames *Tuple) (*Object, error) {
	if kwnames != nil {
		for _, k := range kwnames.Items {
			if name := StrValue(k); name != "real" && name != "imag" {
				return nil, t.Errorf(TypeErrorType, "'%s' is an invalid keyword argument for complex()", StrValue(k))
			}
		}
	}
	var r, i *Object
	if err := ParseArgs(t, "complex", args, kwnames, []string{"real", "imag"}, 0, &r, &i); err != nil {
		return nil, err
	}
	if r == nil {
		r = SmallInt(0)
	}
	if r.typ == ComplexType && i == nil && typ == ComplexType {
		return t.NewRef(r), nil
	}
	if IsStr(r) {
		if i != nil {
			return nil, t.Errorf(TypeErrorType, "complex() can't take second arg if first is a string")
		}
		re, im, err := complexFromString(t, StrValue(r))
		if err != nil {
			return nil, err
		}
		return newComplexOfType(t, typ, re, im), nil
	}
	if i != nil && IsStr(i) {
		return nil, t.Errorf(TypeErrorType, "complex() second arg can't be a string")
	}
	if r.typ != ComplexType {
		c, err := complexDunder(t, r)
		if err != nil {
			return nil, err
		}
		if c != nil {
			defer t.Decref(c)
			r = c
		}
	}
	if !isNumberForComplex(r) {
		return nil, t.Errorf(TypeErrorType, "complex() first argument must be a string or a number, not '%s'", r.typ.Name)
	}
	if i != nil && !isNumberForComplex(i) {
		return nil, t.Errorf(TypeErrorType, "complex() second argument must be a number, not '%s'", i.typ.Name)
	}
	// real + imag*1j, where either may itself be complex.
	var rr, ri, ir, ii float64
	if IsComplex(r) {
		rr, ri = ComplexParts(r)
	} else {
		v, err := floatOfNumber(t, r)
		if err != nil {
			return nil, err
		}
		rr = v
	}
	switch {
	case i == nil:
		ir = ri
	case IsComplex(i):
		ir, ii = ComplexParts(i)
	default:
		v, err := floatOfNumber(t, i)
		if err != nil {
			return nil, err
		}
		ir = v
	}
	if i != nil {
		// Only now are the cross terms real corrections: with no imag
		// argument, ri already became the imaginary part.
		rr -= ii
		if IsComplex(r) {
			ir += ri
		}
	}
	return newComplexOfType(t, typ, rr, ir), nil
}

// isNumberForComplex reports whether complex() can take o as a part: a
// complex, or a type with __float__ or __index__.
func isNumberForComplex(o *Object) bool {
	if IsComplex(o) {
		return true
	}
	n := o.typ.Number
	return n != nil && (n.Float != nil || n.Index != nil)
}

// floatOfNumber is float(o) for an object known to be a number.
func floatOfNumber(t *Thread, o *Object) (float64, error) {
	f, err := FloatOf(t, o)
	if err != nil {
		return 0, err
	}
	v := Cast[Float](f).v
	t.Decref(f)
	return v, nil
}

// complexDunder calls o's __complex__, if its type has one; nil, nil
// when it has none.
func complexDunder(t *Thread, o *Object) (*Object, error) {
	r, found, err := t.CallTypeAttr(o.typ, strComplexDunder, []*Object{o})
	if !found || err != nil {
		return nil, err
	}
	if !IsComplex(r) {
		name := r.typ.Name
		t.Decref(r)
		return nil, t.Errorf(TypeErrorType, "__complex__ returned non-complex (type %s)", name)
	}
	return r, nil
}

// AsComplex converts an argument to a complex value (CPython's
// PyComplex_AsCComplex): a complex, an object with __complex__, or a
// real number (TypeError "must be real number, not X" otherwise).
func AsComplex(t *Thread, o *Object) (re, im float64, err error) {
	if IsComplex(o) {
		re, im = ComplexParts(o)
		return re, im, nil
	}
	c, err := complexDunder(t, o)
	if err != nil {
		return 0, 0, err
	}
	if c != nil {
		re, im = ComplexParts(c)
		t.Decref(c)
		return re, im, nil
	}
	if IsFloat(o) {
		return Cast[Float](o).v, 0, nil
	}
	if n := o.typ.Number; n != nil && (n.Float != nil || n.Index != nil) && !IsStr(o) {
		re, err = floatOfNumber(t, o)
		return re, 0, err
	}
	return 0, 0, t.Errorf(TypeErrorType, "must be real number, not %s", o.typ.Name)
}

// complexFromString parses complex(s): "<float>", "<float>j",
// "<float><signed float>j", the forms with a bare sign or no number
// before the j ("1+j", "-j", "j"), optionally in parentheses, with
// whitespace around and underscores between digits.
func complexFromString(t *Thread, s string) (re, im float64, err error) {
	a := toASCIINumber(s)
	if strings.IndexByte(a, '_') >= 0 {
		clean, ok := removeDigitUnderscores(a)
		if !ok {
			return 0, 0, t.Errorf(ValueErrorType, "could not convert string to complex: %s", strReprString(s))
		}
		a = clean
	}
	re, im, ok := parseComplexText(a)
	if !ok {
		return 0, 0, t.Errorf(ValueErrorType, "complex() arg is a malformed string")
	}
	return re, im, nil
}

// removeDigitUnderscores drops the underscores of a number's text; each
// must sit between two digits.
func removeDigitUnderscores(s string) (string, bool) {
	if strings.IndexByte(s, 0) >= 0 {
		return "", false
	}
	b := make([]byte, 0, len(s))
	var prev byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '_' {
			if !isDigitByte(prev) {
				return "", false
			}
		} else {
			if prev == '_' && !isDigitByte(c) {
				return "", false
			}
			b = append(b, c)
		}
		prev = c
	}
	if prev == '_' {
		return "", false
	}
	return string(b), true
}

func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }

func isASCIISpace(c byte) bool { return c == ' ' || (c >= '\t' && c <= '\r') }

// parseComplexText parses the ASCII text of complex(s).
func parseComplexText(s string) (re, im float64, ok bool) {
	i := 0
	skipSpace := func() {
		for i < len(s) && isASCIISpace(s[i]) {
			i++
		}
	}
	isJ := func() bool { return i < len(s) && (s[i] == 'j' || s[i] == 'J') }
	skipSpace()
	paren := i < len(s) && s[i] == '('
	if paren {
		i++
		skipSpace()
	}
	if z, end := parseFloatPrefix(s, i); end != i {
		i = end
		switch {
		case i < len(s) && (s[i] == '+' || s[i] == '-'):
			re = z
			if y, end := parseFloatPrefix(s, i); end != i {
				im, i = y, end
			} else {
				// "<float><sign>j"
				im = 1
				if s[i] == '-' {
					im = -1
				}
				i++
			}
			if !isJ() {
				return 0, 0, false
			}
			i++
		case isJ():
			im = z
			i++
		default:
			re = z
		}
	} else {
		// "<sign>j" or "j"
		im = 1
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			if s[i] == '-' {
				im = -1
			}
			i++
		}
		if !isJ() {
			return 0, 0, false
		}
		i++
	}
	skipSpace()
	if paren {
		if i >= len(s) || s[i] != ')' {
			return 0, 0, false
		}
		i++
		skipSpace()
	}
	return re, im, i == len(s)
}

// parseFloatPrefix parses the longest float literal at s[i:] (a sign, then
// inf, infinity, nan or a decimal number with optional exponent, no
// underscores) and returns its value and end; end == i when there is
// none. Values out of range become ±inf or 0, as in CPython.
func parseFloatPrefix(s string, i int) (float64, int) {
	j := i
	neg := false
	if j < len(s) && (s[j] == '+' || s[j] == '-') {
		neg = s[j] == '-'
		j++
	}
	hasPrefixFold := func(p string) bool {
		return len(s)-j >= len(p) && strings.EqualFold(s[j:j+len(p)], p)
	}
	sign := 1.0
	if neg {
		sign = -1
	}
	switch {
	case hasPrefixFold("infinity"):
		return math.Inf(int(sign)), j + 8
	case hasPrefixFold("inf"):
		return math.Inf(int(sign)), j + 3
	case hasPrefixFold("nan"):
		return math.Copysign(math.NaN(), sign), j + 3
	}
	start := j
	digits := 0
	for j < len(s) && isDigitByte(s[j]) {
		j++
		digits++
	}
	if j < len(s) && s[j] == '.' {
		j++
		for j < len(s) && isDigitByte(s[j]) {
			j++
			digits++
		}
	}
	if digits == 0 {
		return 0, i
	}
	if j < len(s) && (s[j] == 'e' || s[j] == 'E') {
		k := j + 1
		if k < len(s) && (s[k] == '+' || s[k] == '-') {
			k++
		}
		if k < len(s) && isDigitByte(s[k]) {
			for k < len(s) && isDigitByte(s[k]) {
				k++
			}
			j = k
		}
	}
	// Well-formed by construction: only a range error is possible, and
	// then ParseFloat's ±Inf or 0 is the answer.
	v, _ := strconv.ParseFloat(s[start:j], 64)
	if neg {
		v = -v
	}
	return v, j
}
