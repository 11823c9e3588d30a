// This file implements complex.__format__ with CPython's rules
// (format_complex_internal in Python/formatter_unicode.c): each part is
// formatted as a float, the imaginary one always signed when the real
// one shows, and the whole padded; with no type code the result looks
// like str(z), parentheses included.

package object

import "math"

func complexFormatMethod(t *Thread, self *Object, args []*Object, kwnames *Tuple) (*Object, error) {
	spec, err := formatArg(t, args, kwnames)
	if err != nil {
		return nil, err
	}
	if spec == "" {
		return StrOf(t, self)
	}
	fs, err := ParseFormatSpecFor(t, spec, self.typ.Name)
	if err != nil {
		return nil, err
	}
	switch fs.Type {
	case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n':
	default:
		return nil, unknownFormatCode(t, fs.Type, self.typ.Name)
	}
	re, im := ComplexParts(self)
	s, err := formatComplex(t, re, im, fs)
	if err != nil {
		return nil, err
	}
	return NewStr(t, s), nil
}

// formatComplex formats re+im*j with a parsed spec whose type code is
// one complex accepts.
func formatComplex(t *Thread, re, im float64, fs FormatSpec) (string, error) {
	if fs.Fill == '0' {
		return "", t.Errorf(ValueErrorType, "Zero padding is not allowed in complex format specifier")
	}
	if fs.Align == '=' {
		return "", t.Errorf(ValueErrorType, "'=' alignment flag is not allowed in complex format specifier")
	}
	typ := byte(fs.Type)
	prec := fs.Precision
	defaultPrec := 6
	skipRe, parens := false, false
	if typ == 0 {
		// Like str(z): shortest repr digits, the real part left out
		// when it is +0, parentheses otherwise.
		typ = 'r'
		defaultPrec = 0
		if re == 0 && !math.Signbit(re) {
			skipRe = true
		} else {
			parens = true
		}
	}
	if typ == 'n' {
		typ = 'g'
	}
	if prec < 0 {
		prec = defaultPrec
	} else if typ == 'r' {
		typ = 'g'
	}
	// Each part is laid out without padding; the whole is padded below.
	part := fs
	part.Width, part.Align, part.Fill, part.ZeroPad = -1, 0, ' ', false
	var out []byte
	if parens {
		out = append(out, '(')
	}
	if !skipRe {
		out = append(out, formatComplexPart(re, typ, prec, part)...)
		part.Sign = '+'
	}
	out = append(out, formatComplexPart(im, typ, prec, part)...)
	out = append(out, 'j')
	if parens {
		out = append(out, ')')
	}
	return fs.Pad(string(out), '>'), nil
}

// formatComplexPart formats one part of a complex as a float in mode typ
// ('e', 'f', 'g', upper-case forms, or 'r' for repr digits), with the
// spec's sign, '#', 'z' and grouping options.
func formatComplexPart(v float64, typ byte, prec int, fs FormatSpec) string {
	upper := typ == 'E' || typ == 'F' || typ == 'G'
	mode := typ
	if upper {
		mode = typ - 'A' + 'a'
	}
	neg, body := fs.floatText(v, mode, prec, upper, false)
	k := 0
	for k < len(body) && body[k] >= '0' && body[k] <= '9' {
		k++
	}
	return fs.assembleNumber(fs.signPrefix(neg), string(body[:k]), string(body[k:]), 3)
}
