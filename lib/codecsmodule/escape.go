// This file holds the escape codecs: unicode_escape (Python's string
// literal escapes over latin-1), raw_unicode_escape (only \u and \U),
// and escape_encode/escape_decode (bytes literal escapes, bytes to
// bytes).

package codecsmodule

import (
	"github.com/ftpy/ftpy/internal/ucd"
	"github.com/ftpy/ftpy/lib/codecs"
	"github.com/ftpy/ftpy/object"
)

var escapeFuncs = []object.MethodDef{
	{Name: "unicode_escape_encode", Fn: escapeEncoder("unicode_escape_encode", false)},
	{Name: "raw_unicode_escape_encode", Fn: escapeEncoder("raw_unicode_escape_encode", true)},
	{Name: "unicode_escape_decode", Fn: escapeDecoder("unicode_escape_decode", false)},
	{Name: "raw_unicode_escape_decode", Fn: escapeDecoder("raw_unicode_escape_decode", true)},
	{Name: "escape_encode", Fn: escapeEncode},
	{Name: "escape_decode", Fn: escapeDecode},
}

const hexDigits = "0123456789abcdef"

func appendUEscape(out []byte, r rune) []byte {
	if r < 0x10000 {
		return append(out, '\\', 'u', hexDigits[r>>12&15], hexDigits[r>>8&15], hexDigits[r>>4&15], hexDigits[r&15])
	}
	out = append(out, '\\', 'U')
	for sh := 28; sh >= 0; sh -= 4 {
		out = append(out, hexDigits[r>>sh&15])
	}
	return out
}

func escapeEncoder(name string, raw bool) fn {
	return func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, name, args, kw, 1, 2); err != nil {
			return nil, err
		}
		s, err := textArg(t, name, args)
		if err != nil {
			return nil, err
		}
		if _, err := errorsArg(t, name, 2, args); err != nil {
			return nil, err
		}
		text := object.StrValue(s)
		out := make([]byte, 0, len(text))
		for i := 0; i < len(text); {
			r, n := codecs.DecodeRune(text[i:])
			i += n
			switch {
			case raw && r < 0x100:
				out = append(out, byte(r))
			case r >= 0x100:
				out = appendUEscape(out, r)
			case r == '\\':
				out = append(out, '\\', '\\')
			case r == '\t':
				out = append(out, '\\', 't')
			case r == '\n':
				out = append(out, '\\', 'n')
			case r == '\r':
				out = append(out, '\\', 'r')
			case r < 0x20 || r >= 0x7F:
				out = append(out, '\\', 'x', hexDigits[r>>4], hexDigits[r&15])
			default:
				out = append(out, byte(r))
			}
		}
		return pair(t, object.NewBytesOwned(t, out), strLen(s)), nil
	}
}

// escapeData reads the data of the escape decoders, which also take a
// str (its UTF-8).
func escapeData(t *object.Thread, args []*object.Object) ([]byte, error) {
	if object.IsStr(args[0]) {
		return object.EncodeStr(t, object.Cast[object.Str](args[0]), "utf-8", "strict")
	}
	return dataArg(t, args)
}

func isHex(c byte) bool { return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F' }

func hexVal(c byte) rune {
	switch {
	case c <= '9':
		return rune(c - '0')
	case c >= 'a':
		return rune(c-'a') + 10
	}
	return rune(c-'A') + 10
}

func escapeDecoder(name string, raw bool) fn {
	encoding := "unicodeescape"
	if raw {
		encoding = "rawunicodeescape"
	}
	return func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, name, args, kw, 1, 3); err != nil {
			return nil, err
		}
		data, err := escapeData(t, args)
		if err != nil {
			return nil, err
		}
		errors, err := errorsArg(t, name, 2, args)
		if err != nil {
			return nil, err
		}
		final, err := intArg(t, args, 3, 1)
		if err != nil {
			return nil, err
		}
		out, n, err := decodeEscapes(t, data, errors, encoding, raw, final != 0)
		if err != nil {
			return nil, object.CodecError(t, err, nil)
		}
		return pair(t, object.NewStr(t, string(out)), n), nil
	}
}

// decodeEscapes decodes unicode_escape (or, with raw, raw_unicode_escape)
// data; unless final, an escape cut off at the end is left for the next
// call. It returns the text and the bytes consumed.
func decodeEscapes(t *object.Thread, b []byte, errors, encoding string, raw, final bool) ([]byte, int, error) {
	handlers := object.CodecHandlers(t)
	out := make([]byte, 0, len(b))
	i := 0
	for i < len(b) {
		c := b[i]
		if c != '\\' {
			out = codecs.AppendRune(out, rune(c))
			i++
			continue
		}
		start := i
		if raw {
			// Only \u and \U after an odd number of backslashes escape.
			j := i
			for j < len(b) && b[j] == '\\' {
				j++
			}
			if (j-i)%2 == 0 || j == len(b) || (b[j] != 'u' && b[j] != 'U') {
				if j == len(b) && (j-i)%2 == 1 && !final {
					for k := i; k < j-1; k++ {
						out = append(out, '\\')
					}
					return out, j - 1, nil
				}
				for k := i; k < j; k++ {
					out = append(out, '\\')
				}
				i = j
				continue
			}
			for k := i; k < j-1; k++ {
				out = append(out, '\\')
			}
			start = j - 1
			i = j
		} else {
			i++
			if i == len(b) {
				if !final {
					return out, start, nil
				}
				var err error
				out, i, err = codecs.HandleDecodeError(out, errors, handlers, encoding, b, start, len(b), `\ at end of string`)
				if err != nil {
					return nil, 0, err
				}
				continue
			}
		}
		e := b[i]
		i++
		var digits int
		var reason string
		switch e {
		case '\n':
			continue
		case '\\', '\'', '"':
			out = append(out, e)
			continue
		case 'a':
			out = append(out, 7)
			continue
		case 'b':
			out = append(out, 8)
			continue
		case 'f':
			out = append(out, 12)
			continue
		case 'n':
			out = append(out, '\n')
			continue
		case 'r':
			out = append(out, '\r')
			continue
		case 't':
			out = append(out, '\t')
			continue
		case 'v':
			out = append(out, 11)
			continue
		case '0', '1', '2', '3', '4', '5', '6', '7':
			v := rune(e - '0')
			for k := 0; k < 2 && i < len(b) && b[i] >= '0' && b[i] <= '7'; k++ {
				v = v*8 + rune(b[i]-'0')
				i++
			}
			out = codecs.AppendRune(out, v)
			continue
		case 'x':
			digits, reason = 2, `truncated \xXX escape`
		case 'u':
			digits, reason = 4, `truncated \uXXXX escape`
		case 'U':
			digits, reason = 8, `truncated \UXXXXXXXX escape`
		case 'N':
			r, end, reason, incomplete := nameEscape(b, i)
			if incomplete && !final {
				return out, start, nil
			}
			if reason == "" {
				out = codecs.AppendRune(out, r)
				i = end
				continue
			}
			var err error
			out, i, err = codecs.HandleDecodeError(out, errors, handlers, encoding, b, start, end, reason)
			if err != nil {
				return nil, 0, err
			}
			continue
		default:
			out = append(out, '\\')
			out = codecs.AppendRune(out, rune(e))
			continue
		}
		var v rune
		k := 0
		for ; k < digits && i < len(b) && isHex(b[i]); k++ {
			v = v<<4 | hexVal(b[i])
			i++
		}
		if k < digits {
			if i == len(b) && !final {
				return out, start, nil
			}
		} else if v > 0x10FFFF {
			reason = "illegal Unicode character"
			if raw {
				reason = `\Uxxxxxxxx out of range`
			}
		} else {
			out = codecs.AppendRune(out, v)
			continue
		}
		var err error
		out, i, err = codecs.HandleDecodeError(out, errors, handlers, encoding, b, start, i, reason)
		if err != nil {
			return nil, 0, err
		}
	}
	return out, len(b), nil
}

// nameEscape reads the {NAME} of a \N escape starting at b[i]. It
// returns the character and the end of the escape, or a reason and the
// end of the error; incomplete is set when the data ends inside it.
func nameEscape(b []byte, i int) (r rune, end int, reason string, incomplete bool) {
	if i >= len(b) || b[i] != '{' {
		return 0, i, `malformed \N character escape`, i >= len(b)
	}
	j := i + 1
	for j < len(b) && b[j] != '}' {
		j++
	}
	if j == len(b) || j == i+1 {
		if j == len(b) {
			return 0, j, `malformed \N character escape`, true
		}
		return 0, j + 1, `malformed \N character escape`, false
	}
	if r, ok := lookupName(string(b[i+1 : j])); ok {
		return r, j + 1, "", false
	}
	return 0, j + 1, "unknown Unicode character name", false
}

// lookupName finds a character by its Unicode name, as \N{...} and
// unicodedata.lookup do (case-insensitively), in the Unicode 14 database
// CPython 3.11 uses.
func lookupName(name string) (rune, bool) { return ucd.Current.Lookup(name) }

// escapeEncode is escape_encode(data, errors=None): bytes with the
// escapes of a bytes literal, without the quotes.
func escapeEncode(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if err := object.CheckArgCount(t, "escape_encode", args, kw, 1, 2); err != nil {
		return nil, err
	}
	if !object.IsBytes(args[0]) {
		return nil, t.Errorf(object.TypeErrorType, "escape_encode() argument 1 must be bytes, not %s", args[0].Type().Name)
	}
	if _, err := errorsArg(t, "escape_encode", 2, args); err != nil {
		return nil, err
	}
	data := object.BytesData(args[0])
	out := make([]byte, 0, len(data))
	for _, c := range data {
		switch {
		case c == '\\' || c == '\'':
			out = append(out, '\\', c)
		case c == '\t':
			out = append(out, '\\', 't')
		case c == '\n':
			out = append(out, '\\', 'n')
		case c == '\r':
			out = append(out, '\\', 'r')
		case c < 0x20 || c >= 0x7F:
			out = append(out, '\\', 'x', hexDigits[c>>4], hexDigits[c&15])
		default:
			out = append(out, c)
		}
	}
	return pair(t, object.NewBytesOwned(t, out), len(data)), nil
}

// escapeDecode is escape_decode(data, errors=None): a bytes literal's
// escapes decoded. Its errors are ValueErrors, handled by 'strict',
// 'ignore' and 'replace' only.
func escapeDecode(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if err := object.CheckArgCount(t, "escape_decode", args, kw, 1, 2); err != nil {
		return nil, err
	}
	data, err := escapeData(t, args)
	if err != nil {
		return nil, err
	}
	errors, err := errorsArg(t, "escape_decode", 2, args)
	if err != nil {
		return nil, err
	}
	out := make([]byte, 0, len(data))
	for i := 0; i < len(data); {
		c := data[i]
		i++
		if c != '\\' {
			out = append(out, c)
			continue
		}
		if i == len(data) {
			return nil, t.Errorf(object.ValueErrorType, `Trailing \ in string`)
		}
		e := data[i]
		i++
		switch e {
		case '\n':
		case '\\', '\'', '"':
			out = append(out, e)
		case 'a':
			out = append(out, 7)
		case 'b':
			out = append(out, 8)
		case 'f':
			out = append(out, 12)
		case 'n':
			out = append(out, '\n')
		case 'r':
			out = append(out, '\r')
		case 't':
			out = append(out, '\t')
		case 'v':
			out = append(out, 11)
		case '0', '1', '2', '3', '4', '5', '6', '7':
			v := int(e - '0')
			for k := 0; k < 2 && i < len(data) && data[i] >= '0' && data[i] <= '7'; k++ {
				v = v*8 + int(data[i]-'0')
				i++
			}
			out = append(out, byte(v))
		case 'x':
			if i+1 < len(data) && isHex(data[i]) && isHex(data[i+1]) {
				out = append(out, byte(hexVal(data[i])<<4|hexVal(data[i+1])))
				i += 2
				break
			}
			switch errors {
			case "strict":
				return nil, t.Errorf(object.ValueErrorType, `invalid \x escape at position %d`, i-2)
			case "replace":
				out = append(out, '?')
			case "ignore":
			default:
				return nil, t.Errorf(object.ValueErrorType, "decoding error; unknown error handling code: %s", errors)
			}
			if i < len(data) && isHex(data[i]) {
				i++
			}
		default:
			out = append(out, '\\', e)
		}
	}
	return pair(t, object.NewBytesOwned(t, out), len(data)), nil
}
