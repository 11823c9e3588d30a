// This file renders floats as text the way CPython's
// PyOS_double_to_string does: repr's shortest round-trip form, and the
// 'e', 'f', 'g' and 'r' modes format() uses. Digits come from strconv,
// which is correctly rounded like CPython's dtoa.

package object

import (
	"math"
	"strconv"
)

// FloatAsString returns repr(v) for a float: the shortest digits that
// round-trip, in fixed notation when the decimal exponent is in [-4, 16)
// and in scientific notation otherwise; integral values end in ".0".
func FloatAsString(v float64) string {
	var buf [32]byte
	return string(appendFloatRepr(buf[:0], v))
}

// appendFloatRepr appends repr(v) to dst.
func appendFloatRepr(dst []byte, v float64) []byte {
	switch {
	case v != v:
		return append(dst, "nan"...)
	case math.IsInf(v, 1):
		return append(dst, "inf"...)
	case math.IsInf(v, -1):
		return append(dst, "-inf"...)
	}
	if v < 0 || (v == 0 && math.Signbit(v)) {
		dst = append(dst, '-')
		v = -v
	}
	var dbuf [32]byte
	digits, decpt := shortestDigits(dbuf[:0], v)
	return layoutDigits(dst, digits, decpt, decpt <= -4 || decpt > 16, false, true, 0)
}

// shortestDigits returns the shortest digit string d1d2...dn and the
// decimal point position decpt such that v == 0.d1d2...dn * 10**decpt
// (v finite, non-negative). Zero is "0" with decpt 1.
func shortestDigits(dst []byte, v float64) ([]byte, int) {
	return splitExp(strconv.AppendFloat(dst, v, 'e', -1, 64))
}

// precDigits is shortestDigits rounded to n significant digits (n >= 1),
// correctly rounded, with trailing zeros removed.
func precDigits(dst []byte, v float64, n int) ([]byte, int) {
	d, decpt := splitExp(strconv.AppendFloat(dst, v, 'e', n-1, 64))
	for len(d) > 1 && d[len(d)-1] == '0' {
		d = d[:len(d)-1]
	}
	return d, decpt
}

// splitExp turns strconv's "d.ddde±XX" in place into the digits and the
// decimal point position.
func splitExp(s []byte) ([]byte, int) {
	e := len(s) - 1
	for s[e] != 'e' {
		e--
	}
	exp := 0
	neg := s[e+1] == '-'
	for _, c := range s[e+2:] {
		exp = exp*10 + int(c-'0')
	}
	if neg {
		exp = -exp
	}
	d := s[:e]
	if len(d) > 1 && d[1] == '.' {
		copy(d[1:], d[2:])
		d = d[:len(d)-1]
	}
	if len(d) == 1 && d[0] == '0' {
		return d, 1
	}
	return d, exp + 1
}

// layoutDigits appends digits (value 0.digits * 10**decpt) in fixed or
// exponent notation. minDigits pads the digits with zeros (the '#' flag
// of 'g'); alt always shows a decimal point; addDot0 adds ".0" to a
// fixed-notation integer.
func layoutDigits(dst, digits []byte, decpt int, useExp, alt, addDot0 bool, minDigits int) []byte {
	for len(digits) < minDigits {
		digits = append(digits, '0')
	}
	if useExp {
		dst = append(dst, digits[0])
		if len(digits) > 1 || alt {
			dst = append(dst, '.')
			dst = append(dst, digits[1:]...)
		}
		exp := decpt - 1
		dst = append(dst, 'e')
		if exp < 0 {
			dst = append(dst, '-')
			exp = -exp
		} else {
			dst = append(dst, '+')
		}
		if exp < 10 {
			dst = append(dst, '0')
		}
		return strconv.AppendInt(dst, int64(exp), 10)
	}
	switch {
	case decpt <= 0:
		dst = append(dst, '0', '.')
		for i := decpt; i < 0; i++ {
			dst = append(dst, '0')
		}
		dst = append(dst, digits...)
	case decpt >= len(digits):
		dst = append(dst, digits...)
		for i := len(digits); i < decpt; i++ {
			dst = append(dst, '0')
		}
		if addDot0 {
			dst = append(dst, '.', '0')
		} else if alt {
			dst = append(dst, '.')
		}
	default:
		dst = append(dst, digits[:decpt]...)
		dst = append(dst, '.')
		dst = append(dst, digits[decpt:]...)
	}
	return dst
}

// appendFloatMode appends |v| (v finite) formatted in one of CPython's
// modes: 'e', 'f', 'g' with precision prec, or 'r' (repr; prec unused).
// alt is the '#' flag; addDot0 is format()'s "no type" behaviour, which
// keeps a ".0" on integers and switches to exponent notation one digit
// earlier for 'g'.
func appendFloatMode(dst []byte, v float64, mode byte, prec int, alt, addDot0 bool) []byte {
	switch mode {
	case 'e', 'f':
		n := len(dst)
		dst = strconv.AppendFloat(dst, v, mode, prec, 64)
		if alt && prec == 0 {
			if mode == 'f' {
				dst = append(dst, '.')
			} else {
				// "de+XX" → "d.e+XX"
				dst = append(dst, 0)
				copy(dst[n+2:], dst[n+1:])
				dst[n+1] = '.'
			}
		}
		return dst
	case 'g':
		if prec == 0 {
			prec = 1
		}
		var dbuf [32]byte
		var digits []byte
		var decpt int
		if prec > 17 {
			// strconv's exact path works for any precision.
			digits, decpt = precDigits(nil, v, prec)
		} else {
			digits, decpt = precDigits(dbuf[:0], v, prec)
		}
		limit := prec
		if addDot0 {
			limit = prec - 1
		}
		useExp := decpt <= -4 || decpt > limit
		minDigits := 0
		if alt {
			minDigits = prec
		}
		return layoutDigits(dst, digits, decpt, useExp, alt, addDot0, minDigits)
	}
	// 'r'
	var dbuf [32]byte
	digits, decpt := shortestDigits(dbuf[:0], v)
	return layoutDigits(dst, digits, decpt, decpt <= -4 || decpt > 16, alt, addDot0, 0)
}
