// This file parses numbers from text as int() and float() do: Python
// whitespace around, a sign, underscores between digits, base prefixes,
// Unicode decimal digits, and CPython's error messages.

package object

import (
	"math"
	"math/big"
	"math/bits"
	"strconv"
	"unicode"
	"unicode/utf8"
)

// isPySpace reports whether r is whitespace for str.strip() and number
// parsing (Py_UNICODE_ISSPACE).
func isPySpace(r rune) bool {
	if r < 0x80 {
		return r == ' ' || (r >= '\t' && r <= '\r') || (r >= 0x1c && r <= 0x1f)
	}
	return unicode.IsSpace(r) || unicode.Is(unicode.Zs, r)
}

// toASCIINumber maps Unicode decimal digits to ASCII digits and Unicode
// whitespace to ' '; other non-ASCII characters become '?' (CPython's
// _PyUnicode_TransformDecimalAndSpaceToASCII). ASCII input is returned
// unchanged.
func toASCIINumber(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	buf := make([]byte, 0, len(s))
	for _, r := range s {
		switch {
		case r < 0x80:
			buf = append(buf, byte(r))
		case isPySpace(r):
			buf = append(buf, ' ')
		default:
			if d, ok := unicodeDigit(r); ok {
				buf = append(buf, byte('0'+d))
			} else {
				buf = append(buf, '?')
			}
		}
	}
	return string(buf)
}

// unicodeDigit returns the value of a Unicode decimal digit (category Nd,
// which Unicode lays out in runs of ten starting at a zero).
func unicodeDigit(r rune) (int, bool) {
	for _, rg := range unicode.Nd.R16 {
		if r >= rune(rg.Lo) && r <= rune(rg.Hi) {
			return int(r-rune(rg.Lo)) % 10, true
		}
	}
	for _, rg := range unicode.Nd.R32 {
		if r >= rune(rg.Lo) && r <= rune(rg.Hi) {
			return int(r-rune(rg.Lo)) % 10, true
		}
	}
	return 0, false
}

// trimPySpace strips Python whitespace from both ends of s.
func trimPySpace(s string) string {
	for len(s) > 0 {
		r, n := utf8.DecodeRuneInString(s)
		if !isPySpace(r) {
			break
		}
		s = s[n:]
	}
	for len(s) > 0 {
		r, n := utf8.DecodeLastRuneInString(s)
		if !isPySpace(r) {
			break
		}
		s = s[:len(s)-n]
	}
	return s
}

// truncRepr is CPython's %.200R: the repr cut to 200 code points.
func truncRepr(s string) string {
	r := strReprString(s)
	if utf8.RuneCountInString(r) <= 200 {
		return r
	}
	n := 0
	for i := range r {
		if n == 200 {
			return r[:i]
		}
		n++
	}
	return r
}

func digitValue(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'z':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'Z':
		return int(c-'A') + 10
	}
	return 99
}

// IntFromString parses s as int(s, base) does: base 0 (the literal's
// prefix decides) or 2..36. The error is CPython's ValueError.
func IntFromString(t *Thread, s string, base int) (*Object, error) {
	v, ok, tooLong := parseIntText(toASCIINumber(trimPySpace(s)), base)
	if tooLong > 0 {
		return nil, errStrDigitsParse(t, tooLong)
	}
	if !ok {
		return nil, t.Errorf(ValueErrorType, "invalid literal for int() with base %d: %s", base, truncRepr(s))
	}
	return v.object(t), nil
}

// parsedInt is an int64 or a big.Int.
type parsedInt struct {
	v   int64
	big *big.Int
}

func (p parsedInt) object(t *Thread) *Object {
	if p.big != nil {
		return NewIntBig(t, p.big)
	}
	return NewInt(t, p.v)
}

// parseIntText parses a stripped ASCII literal. tooLong is the digit
// count when it exceeds the decimal conversion limit.
func parseIntText(s string, base int) (p parsedInt, ok bool, tooLong int) {
	neg := false
	if len(s) > 0 && (s[0] == '+' || s[0] == '-') {
		neg = s[0] == '-'
		s = s[1:]
	}
	prefixed := false
	if len(s) >= 2 && s[0] == '0' {
		pb := 0
		switch s[1] {
		case 'x', 'X':
			pb = 16
		case 'o', 'O':
			pb = 8
		case 'b', 'B':
			pb = 2
		}
		if pb != 0 && (base == 0 || base == pb) {
			base = pb
			s = s[2:]
			prefixed = true
		}
	}
	leadingZero := false
	if base == 0 {
		base = 10
		// "0..." in base 0 must be all zeros (no octal without 0o).
		if len(s) > 0 && s[0] == '0' {
			leadingZero = true
		}
	}
	if prefixed && len(s) > 0 && s[0] == '_' {
		s = s[1:]
	}
	if len(s) == 0 || s[0] == '_' || s[len(s)-1] == '_' {
		return p, false, 0
	}
	ndigits := 0
	var acc uint64
	overflow := false
	clean := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '_' {
			if s[i-1] == '_' {
				return p, false, 0
			}
			continue
		}
		d := digitValue(c)
		if d >= base {
			return p, false, 0
		}
		if leadingZero && d != 0 {
			return p, false, 0
		}
		ndigits++
		clean = append(clean, c)
		if !overflow {
			hi, lo := bits.Mul64(acc, uint64(base))
			lo2 := lo + uint64(d)
			if hi != 0 || lo2 < lo || lo2 > 1<<63 {
				overflow = true
			} else {
				acc = lo2
			}
		}
	}
	if limit := MaxStrDigits(); base&(base-1) != 0 && limit > 0 && ndigits > limit {
		return p, false, ndigits
	}
	if !overflow {
		if acc == 1<<63 {
			if neg {
				return parsedInt{v: -1 << 63}, true, 0
			}
			return parsedInt{big: new(big.Int).SetUint64(acc)}, true, 0
		}
		v := int64(acc)
		if neg {
			v = -v
		}
		return parsedInt{v: v}, true, 0
	}
	b, okb := new(big.Int).SetString(string(clean), base)
	if !okb {
		return p, false, 0
	}
	if neg {
		b.Neg(b)
	}
	return parsedInt{big: b}, true, 0
}

// FloatFromString parses s as float(s) does.
func FloatFromString(t *Thread, s string) (float64, error) {
	v, ok := parseFloatText(toASCIINumber(trimPySpace(s)))
	if !ok {
		return 0, t.Errorf(ValueErrorType, "could not convert string to float: %s", strReprString(s))
	}
	return v, nil
}

// parseFloatText parses a stripped ASCII float literal: a decimal number
// with optional exponent and underscores between digits, or inf,
// infinity and nan in any case, each with an optional sign.
func parseFloatText(s string) (float64, bool) {
	body := s
	if len(body) > 0 && (body[0] == '+' || body[0] == '-') {
		body = body[1:]
	}
	switch lowerASCII(body) {
	case "inf", "infinity":
		return math.Copysign(math.Inf(1), signOf(s)), true
	case "nan":
		return math.Copysign(math.NaN(), signOf(s)), true
	}
	// Validate the decimal grammar, collecting the text without '_'.
	buf := make([]byte, 0, len(s))
	i := 0
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		buf = append(buf, s[i])
		i++
	}
	digits := func() int {
		n := 0
		for i < len(s) {
			c := s[i]
			if c >= '0' && c <= '9' {
				buf = append(buf, c)
				n++
				i++
				continue
			}
			if c == '_' && n > 0 && i+1 < len(s) && s[i+1] >= '0' && s[i+1] <= '9' {
				i++
				continue
			}
			break
		}
		return n
	}
	n := digits()
	if i < len(s) && s[i] == '.' {
		buf = append(buf, '.')
		i++
		n += digits()
	}
	if n == 0 {
		return 0, false
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		buf = append(buf, 'e')
		i++
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			buf = append(buf, s[i])
			i++
		}
		if digits() == 0 {
			return 0, false
		}
	}
	if i != len(s) {
		return 0, false
	}
	v, err := strconv.ParseFloat(string(buf), 64)
	if err != nil {
		if ne, ok := err.(*strconv.NumError); ok && ne.Err == strconv.ErrRange {
			return v, true
		}
		return 0, false
	}
	return v, true
}

func signOf(s string) float64 {
	if s[0] == '-' {
		return -1
	}
	return 1
}

func lowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if b[j] >= 'A' && b[j] <= 'Z' {
					b[j] += 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}
