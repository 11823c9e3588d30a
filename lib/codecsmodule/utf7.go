// This file holds the utf-7 codec (RFC 2152), which package lib/codecs
// lacks: text outside the directly written ASCII set goes as base64 of
// its UTF-16 between '+' and an optional '-'.

package codecsmodule

import (
	"github.com/ftpy/ftpy/lib/codecs"
	"github.com/ftpy/ftpy/object"
)

var utf7Funcs = []object.MethodDef{
	{Name: "utf_7_encode", Fn: utf7Encode},
	{Name: "utf_7_decode", Fn: utf7Decode},
}

const base64Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

// utf7Class sorts ASCII for the encoder: 0 RFC 2152's set D, 1 its set
// O, 2 white space, 3 the rest. The encoder writes the first three
// directly, as CPython's does.
func utf7Class(r rune) int {
	switch {
	case 'A' <= r && r <= 'Z', 'a' <= r && r <= 'z', '0' <= r && r <= '9':
		return 0
	case r == '\'' || r == '(' || r == ')' || r == ',' || r == '-' || r == '.' || r == '/' || r == ':' || r == '?':
		return 0
	case r == ' ' || r == '\t' || r == '\r' || r == '\n':
		return 2
	case r >= 0x80 || r == 0 || r < 0x20 || r == '+' || r == '\\' || r == '~' || r == 0x7F:
		return 3
	}
	return 1
}

func utf7Direct(r rune) bool { return r < 0x80 && r > 0 && utf7Class(r) < 3 }

func isBase64(c rune) bool {
	return 'A' <= c && c <= 'Z' || 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '+' || c == '/'
}

func fromBase64(c byte) uint64 {
	switch {
	case 'A' <= c && c <= 'Z':
		return uint64(c - 'A')
	case 'a' <= c && c <= 'z':
		return uint64(c-'a') + 26
	case '0' <= c && c <= '9':
		return uint64(c-'0') + 52
	case c == '+':
		return 62
	}
	return 63
}

func utf7Encode(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if err := object.CheckArgCount(t, "utf_7_encode", args, kw, 1, 2); err != nil {
		return nil, err
	}
	s, err := textArg(t, "utf_7_encode", args)
	if err != nil {
		return nil, err
	}
	if _, err := errorsArg(t, "utf_7_encode", 2, args); err != nil {
		return nil, err
	}
	text := object.StrValue(s)
	var out []byte
	inShift := false
	var buf uint64
	bits := 0
	push := func(unit rune) {
		buf = buf<<16 | uint64(unit)
		bits += 16
		for bits >= 6 {
			out = append(out, base64Alphabet[buf>>(bits-6)&63])
			bits -= 6
		}
		buf &= 1<<bits - 1
	}
	for i := 0; i < len(text); {
		r, n := codecs.DecodeRune(text[i:])
		i += n
		if inShift {
			if utf7Direct(r) {
				if bits > 0 {
					out = append(out, base64Alphabet[buf<<(6-bits)&63])
					buf, bits = 0, 0
				}
				inShift = false
				if isBase64(r) || r == '-' {
					out = append(out, '-')
				}
				out = append(out, byte(r))
				continue
			}
		} else {
			switch {
			case r == '+':
				out = append(out, '+', '-')
				continue
			case utf7Direct(r):
				out = append(out, byte(r))
				continue
			}
			out = append(out, '+')
			inShift = true
		}
		if r >= 0x10000 {
			r -= 0x10000
			push(0xD800 + r>>10)
			push(0xDC00 + r&0x3FF)
		} else {
			push(r)
		}
	}
	if bits > 0 {
		out = append(out, base64Alphabet[buf<<(6-bits)&63])
	}
	if inShift {
		out = append(out, '-')
	}
	return pair(t, object.NewBytesOwned(t, out), strLen(s)), nil
}

func utf7Decode(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if err := object.CheckArgCount(t, "utf_7_decode", args, kw, 1, 3); err != nil {
		return nil, err
	}
	data, err := dataArg(t, args)
	if err != nil {
		return nil, err
	}
	errors, err := errorsArg(t, "utf_7_decode", 2, args)
	if err != nil {
		return nil, err
	}
	f, err := intArg(t, args, 3, 0)
	if err != nil {
		return nil, err
	}
	out, n, err := decodeUTF7(t, data, errors, f != 0)
	if err != nil {
		return nil, object.CodecError(t, err, nil)
	}
	return pair(t, object.NewStr(t, string(out)), n), nil
}

// decodeUTF7 decodes b; unless final, a shift sequence still open at
// the end is left for the next call. It returns the text and the bytes
// consumed.
func decodeUTF7(t *object.Thread, b []byte, errors string, final bool) ([]byte, int, error) {
	handlers := object.CodecHandlers(t)
	var out []byte
	inShift := false
	var buf uint64
	bits := 0
	var surrogate rune
	start, shiftOut := 0, 0
	for s := 0; s < len(b); {
		c := rune(b[s])
		var reason string
		switch {
		case inShift && isBase64(c):
			buf = buf<<6 | fromBase64(b[s])
			bits += 6
			s++
			if bits >= 16 {
				unit := rune(buf >> (bits - 16) & 0xFFFF)
				bits -= 16
				buf &= 1<<bits - 1
				if surrogate != 0 {
					if unit >= 0xDC00 && unit <= 0xDFFF {
						out = codecs.AppendRune(out, 0x10000+(surrogate-0xD800)<<10+(unit-0xDC00))
						surrogate = 0
						continue
					}
					out = codecs.AppendRune(out, surrogate)
					surrogate = 0
				}
				if unit >= 0xD800 && unit <= 0xDBFF {
					surrogate = unit
				} else {
					out = codecs.AppendRune(out, unit)
				}
			}
			continue
		case inShift:
			inShift = false
			if bits >= 6 {
				s++
				reason = "partial character in shift sequence"
				break
			}
			if bits > 0 && buf != 0 {
				s++
				reason = "non-zero padding bits in shift sequence"
				break
			}
			if surrogate != 0 && c < 0x80 && c != '+' {
				out = codecs.AppendRune(out, surrogate)
			}
			surrogate = 0
			if c == '-' {
				s++
			}
			continue
		case c == '+':
			start = s
			s++
			if s < len(b) && b[s] == '-' {
				s++
				out = append(out, '+')
				continue
			}
			if s < len(b) && !isBase64(rune(b[s])) {
				s++
				reason = "ill-formed sequence"
				break
			}
			inShift, surrogate, shiftOut, buf, bits = true, 0, len(out), 0, 0
			continue
		case c < 0x80:
			out = append(out, byte(c))
			s++
			continue
		default:
			start = s
			s++
			reason = "unexpected special character"
		}
		var err error
		out, s, err = codecs.HandleDecodeError(out, errors, handlers, "utf7", b, start, s, reason)
		if err != nil {
			return nil, 0, err
		}
	}
	if inShift && !final {
		return out[:shiftOut], start, nil
	}
	if inShift && (surrogate != 0 || bits >= 6 || bits > 0 && buf != 0) {
		var err error
		out, _, err = codecs.HandleDecodeError(out, errors, handlers, "utf7", b, start, len(b), "unterminated shift sequence")
		if err != nil {
			return nil, 0, err
		}
	}
	return out, len(b), nil
}
