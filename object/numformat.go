// This file implements the format-spec mini-language
// ([[fill]align][sign][z][#][0][width][grouping][.precision][type]) and
// its use by int.__format__ and float.__format__, with CPython's rules
// and error messages (Python/formatter_unicode.c).

package object

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf8"
)

// maxFormatWidth bounds the width (and the zero padding) a format spec
// or a %-conversion may pad a value to. CPython tries to allocate any
// width that fits a Py_ssize_t and raises MemoryError when it cannot; in
// Go an allocation that large is a fatal error rather than one to
// recover from, so past this bound (2**31-1 code points) ftpy raises the
// MemoryError without trying.
const maxFormatWidth = math.MaxInt32

// widthTooLarge returns MemoryError for a width past maxFormatWidth or
// past what memory allows (the allocation guard). It is called where
// the padded result is made, after the value's own checks, as CPython
// fails there.
func widthTooLarge(t *Thread, width int) error {
	if width > maxFormatWidth {
		return t.NewException(MemoryErrorType)
	}
	if width <= 0 {
		return nil // unset (-1) or nothing to pad
	}
	return t.CheckAlloc(int64(width))
}

// FormatSpec is a parsed format specification. Fields hold 0 (or -1 for
// Width and Precision) when the spec leaves them out.
type FormatSpec struct {
	Fill      rune // fill character; ' ' unless given (or '0' with the 0 flag)
	Align     byte // '<', '>', '^', '=' or 0 when not given
	Sign      byte // '+', '-', ' ' or 0
	NoNegZero bool // 'z'
	Alternate bool // '#'
	// ZeroPad is the '0' flag before the width (without an explicit
	// fill): numbers then pad with zeros after the sign.
	ZeroPad   bool
	Width     int  // -1 when not given
	Grouping  byte // ',' or '_' or 0
	Precision int  // -1 when not given
	Type      rune // presentation type, 0 when not given
}

// ParseFormatSpec parses spec for str.__format__; its errors name the
// type 'str'. See ParseFormatSpecFor.
func ParseFormatSpec(t *Thread, spec string) (FormatSpec, error) {
	return ParseFormatSpecFor(t, spec, "str")
}

// ParseFormatSpecFor parses spec with CPython's checks that do not depend
// on the type being formatted; typeName appears in the "Invalid format
// specifier" message. Type-specific checks (an unknown type code, a sign
// for strings) are the caller's.
func ParseFormatSpecFor(t *Thread, spec string, typeName string) (FormatSpec, error) {
	fs := FormatSpec{Fill: ' ', Width: -1, Precision: -1}
	// Decode at most what we need: the spec is short.
	rs := []rune(spec)
	pos, end := 0, len(rs)
	isAlign := func(r rune) bool { return r == '<' || r == '>' || r == '^' || r == '=' }
	fillGiven := false
	if end-pos >= 2 && isAlign(rs[pos+1]) {
		fs.Fill, fs.Align, fillGiven = rs[pos], byte(rs[pos+1]), true
		pos += 2
	} else if end-pos >= 1 && isAlign(rs[pos]) {
		fs.Align = byte(rs[pos])
		pos++
	}
	if pos < end && (rs[pos] == '+' || rs[pos] == '-' || rs[pos] == ' ') {
		fs.Sign = byte(rs[pos])
		pos++
	}
	if pos < end && rs[pos] == 'z' {
		fs.NoNegZero = true
		pos++
	}
	if pos < end && rs[pos] == '#' {
		fs.Alternate = true
		pos++
	}
	if !fillGiven && pos < end && rs[pos] == '0' {
		fs.Fill = '0'
		fs.ZeroPad = true
		pos++
	}
	n, consumed, ok := specInteger(rs, &pos)
	if !ok {
		return fs, t.Errorf(ValueErrorType, "Too many decimal digits in format string")
	}
	if consumed > 0 {
		fs.Width = n
	}
	if pos < end && rs[pos] == ',' {
		fs.Grouping = ','
		pos++
	}
	if pos < end && rs[pos] == '_' {
		if fs.Grouping != 0 {
			return fs, t.Errorf(ValueErrorType, "Cannot specify both ',' and '_'.")
		}
		fs.Grouping = '_'
		pos++
	}
	if pos < end && rs[pos] == ',' && fs.Grouping == '_' {
		return fs, t.Errorf(ValueErrorType, "Cannot specify both ',' and '_'.")
	}
	if pos < end && rs[pos] == '.' {
		pos++
		n, consumed, ok := specInteger(rs, &pos)
		if !ok {
			return fs, t.Errorf(ValueErrorType, "Too many decimal digits in format string")
		}
		if consumed == 0 {
			return fs, t.Errorf(ValueErrorType, "Format specifier missing precision")
		}
		fs.Precision = n
	}
	if end-pos > 1 {
		return fs, t.Errorf(ValueErrorType, "Invalid format specifier '%s' for object of type '%s'", spec, typeName)
	}
	var typ rune
	if end-pos == 1 {
		typ = rs[pos]
	}
	fs.Type = typ
	if fs.Grouping != 0 {
		switch typ {
		case 'd', 'e', 'f', 'g', 'E', 'G', '%', 'F', 0:
		case 'b', 'o', 'x', 'X':
			if fs.Grouping == '_' {
				break
			}
			fallthrough
		default:
			return fs, t.Errorf(ValueErrorType, "Cannot specify '%c' with %s.", fs.Grouping, formatCodeQuoted(typ))
		}
	}
	return fs, nil
}

// formatCodeQuoted renders a type code as CPython's messages do: 'x',
// or '\x20' for unprintable codes.
func formatCodeQuoted(c rune) string {
	if c > 32 && c < 128 {
		return "'" + string(c) + "'"
	}
	return "'\\x" + strconv.FormatInt(int64(c), 16) + "'"
}

// specInteger reads decimal digits at *pos; ok is false when the number
// does not fit (CPython's "Too many decimal digits").
func specInteger(rs []rune, pos *int) (n, consumed int, ok bool) {
	for *pos < len(rs) {
		c := rs[*pos]
		if c < '0' || c > '9' {
			break
		}
		d := int(c - '0')
		if n > (math.MaxInt64-d)/10 {
			return 0, consumed, false
		}
		n = n*10 + d
		*pos++
		consumed++
	}
	return n, consumed, true
}

// Pad applies the spec's fill, alignment and width to s, an already
// formatted value; defaultAlign ('<' for strings, '>' for numbers) is
// used when the spec gives none. Width counts code points.
func (fs FormatSpec) Pad(s string, defaultAlign byte) string {
	n := utf8.RuneCountInString(s)
	if fs.Width <= n {
		return s
	}
	align := fs.Align
	if align == 0 {
		align = defaultAlign
	}
	pad := fs.Width - n
	left := 0
	switch align {
	case '>', '=':
		left = pad
	case '^':
		left = pad / 2
	}
	return fs.fill(left) + s + fs.fill(pad-left)
}

// fill returns n fill characters.
func (fs FormatSpec) fill(n int) string {
	if n <= 0 {
		return ""
	}
	return strings.Repeat(string(fs.Fill), n)
}

// unknownFormatCode is the error for a type code the type rejects.
func unknownFormatCode(t *Thread, c rune, typeName string) error {
	return t.Errorf(ValueErrorType, "Unknown format code %s for object of type '%s'", formatCodeQuoted(c), typeName)
}

// groupDigits inserts sep every size digits from the right of digits,
// padding with zeros on the left until the result is at least minWidth
// long (CPython's _PyUnicode_InsertThousandsGrouping).
func groupDigits(digits string, sep byte, size, minWidth int) string {
	if sep == 0 {
		for len(digits) < minWidth {
			digits = "0" + digits
		}
		return digits
	}
	out := make([]byte, 0, len(digits)+len(digits)/size+minWidth+1)
	remaining := len(digits)
	useSep := false
	for {
		l := min(size, max(remaining, minWidth, 1))
		nz := max(0, l-remaining)
		nc := max(0, min(remaining, l))
		if useSep {
			out = append(out, sep)
		}
		for i := nc - 1; i >= 0; i-- {
			out = append(out, digits[remaining-nc+i])
		}
		for i := 0; i < nz; i++ {
			out = append(out, '0')
		}
		useSep = true
		remaining -= nc
		minWidth -= l
		if remaining <= 0 && minWidth <= 0 {
			break
		}
		minWidth--
	}
	// out holds the result backwards, except each group was written
	// reversed too: reverse the whole.
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return string(out)
}

// assembleNumber lays out a formatted number: sign and prefix ("-0x"),
// integer digits (grouped per the spec) and the rest (fraction,
// exponent, "%"), then pads to the width.
func (fs FormatSpec) assembleNumber(prefix, digits, rest string, groupSize int) string {
	align := fs.Align
	if align == 0 {
		if fs.ZeroPad {
			align = '='
		} else {
			align = '>'
		}
	}
	if digits != "" {
		minWidth := 0
		if fs.Fill == '0' && align == '=' && fs.Width > 0 {
			// At least 0: the sign and the rest ("-" and ".25" of
			// format(-2.25, "01,")) may be wider than the width.
			minWidth = max(0, fs.Width-len(prefix)-utf8.RuneCountInString(rest))
		}
		if fs.Grouping != 0 || minWidth > len(digits) {
			digits = groupDigits(digits, fs.Grouping, groupSize, minWidth)
		}
	}
	n := len(prefix) + len(digits) + utf8.RuneCountInString(rest)
	if fs.Width <= n {
		return prefix + digits + rest
	}
	pad := fs.Width - n
	switch align {
	case '=':
		return prefix + fs.fill(pad) + digits + rest
	case '<':
		return prefix + digits + rest + fs.fill(pad)
	case '^':
		return fs.fill(pad/2) + prefix + digits + rest + fs.fill(pad-pad/2)
	}
	return fs.fill(pad) + prefix + digits + rest
}

// signPrefix returns the sign to show for a number.
func (fs FormatSpec) signPrefix(negative bool) string {
	switch {
	case negative:
		return "-"
	case fs.Sign == '+':
		return "+"
	case fs.Sign == ' ':
		return " "
	}
	return ""
}

// formatInt formats an int with a parsed spec (int.__format__).
func formatInt(t *Thread, i *Int, fs FormatSpec, typeName string) (string, error) {
	switch fs.Type {
	case 'e', 'E', 'f', 'F', 'g', 'G', '%':
		v, err := intToFloat(t, i)
		if err != nil {
			return "", err
		}
		return formatFloat(t, v, fs, typeName)
	case 'n':
		if fs.Precision >= 0 {
			return "", t.Errorf(ValueErrorType, "Precision not allowed in integer format specifier")
		}
	case 0, 'd', 'b', 'o', 'x', 'X', 'c':
	default:
		return "", unknownFormatCode(t, fs.Type, typeName)
	}
	if fs.Precision >= 0 {
		return "", t.Errorf(ValueErrorType, "Precision not allowed in integer format specifier")
	}
	if fs.NoNegZero {
		return "", t.Errorf(ValueErrorType, "Negative zero coercion (z) not allowed in integer format specifier")
	}
	if fs.Type == 'c' {
		if fs.Sign != 0 {
			return "", t.Errorf(ValueErrorType, "Sign not allowed with integer format specifier 'c'")
		}
		if fs.Alternate {
			return "", t.Errorf(ValueErrorType, "Alternate form (#) not allowed with integer format specifier 'c'")
		}
		v, ok := i.Int64()
		if !ok {
			return "", t.Errorf(OverflowErrorType, "Python int too large to convert to C long")
		}
		if v < 0 || v > 0x10ffff {
			return "", t.Errorf(OverflowErrorType, "%%c arg not in range(0x110000)")
		}
		if err := widthTooLarge(t, fs.Width); err != nil {
			return "", err
		}
		return fs.assembleNumber("", "", string(rune(v)), 3), nil
	}
	base, pfx := 10, ""
	switch fs.Type {
	case 'b':
		base, pfx = 2, "0b"
	case 'o':
		base, pfx = 8, "0o"
	case 'x':
		base, pfx = 16, "0x"
	case 'X':
		base, pfx = 16, "0X"
	}
	neg := i.Sign() < 0
	var digits string
	if v, ok := i.Int64(); ok {
		u := uint64(v)
		if neg {
			u = -u
		}
		digits = strconv.FormatUint(u, base)
	} else {
		if base == 10 {
			if err := checkDecimalDigits(t, i.big); err != nil {
				return "", err
			}
		}
		digits = new(big.Int).Abs(i.big).Text(base)
	}
	if fs.Type == 'X' {
		digits = upperASCII(digits)
	}
	prefix := fs.signPrefix(neg)
	if fs.Alternate {
		prefix += pfx
	}
	groupSize := 3
	if base != 10 {
		groupSize = 4
	}
	if err := widthTooLarge(t, fs.Width); err != nil {
		return "", err
	}
	return fs.assembleNumber(prefix, digits, "", groupSize), nil
}

func upperASCII(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'a' && c <= 'z' {
			b[i] = c - 'a' + 'A'
		}
	}
	return string(b)
}

// formatFloat formats a float with a parsed spec (float.__format__).
func formatFloat(t *Thread, v float64, fs FormatSpec, typeName string) (string, error) {
	typ := fs.Type
	prec := fs.Precision
	addDot0 := false
	switch typ {
	case 0:
		addDot0 = true
		if prec < 0 {
			typ = 'r'
		} else {
			typ = 'g'
		}
	case 'n':
		typ = 'g'
	case 'e', 'E', 'f', 'F', 'g', 'G', '%':
	default:
		return "", unknownFormatCode(t, fs.Type, typeName)
	}
	if prec < 0 {
		prec = 6
	}
	if prec > math.MaxInt32 {
		return "", t.Errorf(ValueErrorType, "precision too big")
	}
	if err := t.CheckAlloc(int64(prec)); err != nil {
		return "", err
	}
	pct := false
	if typ == '%' {
		typ = 'f'
		v *= 100
		pct = true
	}
	upper := typ == 'E' || typ == 'F' || typ == 'G'
	mode := byte(typ)
	if upper {
		mode = byte(typ - 'A' + 'a')
	}
	if err := widthTooLarge(t, fs.Width); err != nil {
		return "", err
	}
	neg, body := fs.floatText(v, mode, prec, upper, addDot0)
	// Split the leading digits from the rest.
	k := 0
	for k < len(body) && body[k] >= '0' && body[k] <= '9' {
		k++
	}
	rest := string(body[k:])
	if pct {
		rest += "%"
	}
	return fs.assembleNumber(fs.signPrefix(neg), string(body[:k]), rest, 3), nil
}

// floatText is the sign and the text of v's magnitude in mode ('e', 'f',
// 'g' or 'r'), upper-cased when asked, as float and complex formatting
// share it: nan and inf spelled out, and a negative zero's sign dropped
// under the spec's 'z' option.
func (fs *FormatSpec) floatText(v float64, mode byte, prec int, upper, addDot0 bool) (neg bool, body []byte) {
	neg = math.Signbit(v) && v == v
	if neg {
		v = -v
	}
	switch {
	case v != v:
		body = []byte("nan")
	case math.IsInf(v, 0):
		body = []byte("inf")
	default:
		body = appendFloatMode(make([]byte, 0, 32), v, mode, prec, fs.Alternate, addDot0)
	}
	if upper {
		for k, c := range body {
			if c >= 'a' && c <= 'z' {
				body[k] = c - 'a' + 'A'
			}
		}
	}
	if neg && fs.NoNegZero && isZeroText(body) {
		neg = false
	}
	return neg, body
}

// isZeroText reports whether a formatted number shows only zeros (the
// 'z' option turns "-0.00" into "0.00").
func isZeroText(b []byte) bool {
	for _, c := range b {
		switch {
		case c >= '1' && c <= '9':
			return false
		case c == 'e' || c == 'E':
			return true
		case c != '0' && c != '.':
			return false // inf, nan
		}
	}
	return true
}
