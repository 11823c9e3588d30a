// This file implements float.fromhex.

package object

import (
	"errors"
	"strconv"
	"strings"
)

// parseHexFloat parses float.fromhex's argument: optional whitespace and
// sign, then inf, infinity or nan, or hex digits with an optional "0x"
// prefix, point and binary exponent. ok is false when s is malformed;
// overflow when the value is too large for a float.
func parseHexFloat(s string) (v float64, ok, overflow bool) {
	s = strings.Trim(s, " \t\n\r\f\v")
	body := s
	neg := false
	if body != "" && (body[0] == '+' || body[0] == '-') {
		neg = body[0] == '-'
		body = body[1:]
	}
	sign := 1.0
	if neg {
		sign = -1
	}
	switch strings.ToLower(body) {
	case "inf", "infinity":
		f, _ := strconv.ParseFloat(s[:len(s)-len(body)]+"inf", 64)
		return f, true, false
	case "nan":
		f, _ := strconv.ParseFloat("nan", 64)
		return f, true, false
	}
	if len(body) >= 2 && body[0] == '0' && (body[1] == 'x' || body[1] == 'X') {
		body = body[2:]
	}
	// Check the shape ourselves: strconv also accepts underscores.
	mant, exp, hasExp := body, "", false
	if i := strings.IndexAny(body, "pP"); i >= 0 {
		mant, exp, hasExp = body[:i], body[i+1:], true
	}
	digits := 0
	points := 0
	for _, c := range mant {
		switch {
		case c == '.':
			points++
		case ('0' <= c && c <= '9') || ('a' <= c && c <= 'f') || ('A' <= c && c <= 'F'):
			digits++
		default:
			return 0, false, false
		}
	}
	if digits == 0 || points > 1 {
		return 0, false, false
	}
	if hasExp {
		e := exp
		if e != "" && (e[0] == '+' || e[0] == '-') {
			e = e[1:]
		}
		if e == "" || strings.Trim(e, "0123456789") != "" {
			return 0, false, false
		}
	} else {
		exp = "0"
	}
	f, err := strconv.ParseFloat("0x"+mant+"p"+exp, 64)
	if err != nil {
		if errors.Is(err, strconv.ErrRange) && f != 0 {
			return 0, true, true
		}
		if !errors.Is(err, strconv.ErrRange) {
			return 0, false, false
		}
	}
	return sign * f, true, false
}

// floatFromHex is the class method float.fromhex(string).
func floatFromHex(t *Thread, cls *Object, args []*Object, kwnames *Tuple) (*Object, error) {
	if err := CheckArgCount(t, "fromhex", args, kwnames, 1, 1); err != nil {
		return nil, err
	}
	if !IsStr(args[0]) {
		return nil, t.Errorf(TypeErrorType, "bad argument type for built-in operation")
	}
	v, ok, overflow := parseHexFloat(StrValue(args[0]))
	switch {
	case overflow:
		return nil, t.Errorf(OverflowErrorType, "hexadecimal value too large to represent as a float")
	case !ok:
		return nil, t.Errorf(ValueErrorType, "invalid hexadecimal floating-point string")
	}
	r := NewFloat(t, v)
	if cls == FloatType.Obj() {
		return r, nil
	}
	res, err := Call(t, cls, []*Object{r}, nil)
	t.Decref(r)
	return res, err
}
