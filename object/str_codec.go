// This file implements the built-in codecs str.encode and bytes.decode
// support (utf-8, ascii, latin-1) with the common error handlers, and the
// UnicodeEncodeError and UnicodeDecodeError exceptions.

package object

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// UnicodeEncodeErrorType and UnicodeDecodeErrorType are raised by the
// codecs. Their instances carry the message as their only argument.
var (
	UnicodeEncodeErrorType = newExceptionType("UnicodeEncodeError", UnicodeErrorType, "Unicode encoding error.")
	UnicodeDecodeErrorType = newExceptionType("UnicodeDecodeError", UnicodeErrorType, "Unicode decoding error.")
)

// codec identifies a built-in codec.
type codec uint8

const (
	codecUTF8 codec = iota
	codecASCII
	codecLatin1
)

var codecNames = [...]string{"utf-8", "ascii", "latin-1"}

// lookupCodec normalises an encoding name as Python's codec registry
// does and finds the codec.
func lookupCodec(t *Thread, name string) (codec, error) {
	switch name { // the common spellings, without allocating
	case "utf-8", "utf8", "UTF-8":
		return codecUTF8, nil
	case "ascii":
		return codecASCII, nil
	case "latin-1", "latin1":
		return codecLatin1, nil
	}
	n := strings.ToLower(strings.TrimSpace(name))
	n = strings.NewReplacer("_", "-", " ", "-").Replace(n)
	switch n {
	case "utf-8", "utf8", "u8", "utf", "utf8-ucs2", "utf8-ucs4", "cp65001":
		return codecUTF8, nil
	case "ascii", "us-ascii", "646", "us", "ansi-x3.4-1968", "iso646-us", "cp367", "csascii":
		return codecASCII, nil
	case "latin-1", "latin1", "latin", "l1", "iso-8859-1", "iso8859-1", "8859", "cp819", "iso-ir-100", "iso-8859-1:1987":
		return codecLatin1, nil
	}
	return 0, t.Errorf(LookupErrorType, "unknown encoding: %s", name)
}

func unknownHandler(t *Thread, errors string) error {
	return t.Errorf(LookupErrorType, "unknown error handler name '%s'", errors)
}

// EncodeStr encodes s with the named codec and error handler.
func EncodeStr(t *Thread, s *Str, encoding, errors string) ([]byte, error) {
	c, err := lookupCodec(t, encoding)
	if err != nil {
		return nil, err
	}
	if s.ascii || c == codecUTF8 {
		return []byte(s.s), nil
	}
	limit := rune(0x80)
	reason := "ordinal not in range(128)"
	if c == codecLatin1 {
		limit = 0x100
		reason = "ordinal not in range(256)"
	}
	out := make([]byte, 0, len(s.s))
	runes := []rune(s.s)
	for i := 0; i < len(runes); i++ {
		r := runes[i]
		if r < limit {
			out = append(out, byte(r))
			continue
		}
		j := i + 1
		for j < len(runes) && runes[j] >= limit {
			j++
		}
		switch errors {
		case "strict":
			var msg []byte
			msg = append(msg, "'"...)
			msg = append(msg, codecNames[c]...)
			if j-i == 1 {
				msg = append(msg, "' codec can't encode character '"...)
				msg = appendCharEscape(msg, r)
				msg = append(msg, "' in position "...)
				msg = strconv.AppendInt(msg, int64(i), 10)
			} else {
				msg = append(msg, "' codec can't encode characters in position "...)
				msg = strconv.AppendInt(msg, int64(i), 10)
				msg = append(msg, '-')
				msg = strconv.AppendInt(msg, int64(j-1), 10)
			}
			msg = append(msg, ": "...)
			msg = append(msg, reason...)
			return nil, t.NewException(UnicodeEncodeErrorType, NewStr(t, string(msg)))
		case "ignore":
		case "replace":
			for k := i; k < j; k++ {
				out = append(out, '?')
			}
		case "backslashreplace":
			for k := i; k < j; k++ {
				out = appendCharEscape(out, runes[k])
			}
		case "xmlcharrefreplace":
			for k := i; k < j; k++ {
				out = append(out, "&#"...)
				out = strconv.AppendInt(out, int64(runes[k]), 10)
				out = append(out, ';')
			}
		default:
			return nil, unknownHandler(t, errors)
		}
		i = j - 1
	}
	return out, nil
}

// utf8Invalid checks the sequence starting at b[i], a byte >= 0x80. It
// returns the end of the invalid range and CPython's reason, or end < 0
// when the sequence is valid.
func utf8Invalid(b []byte, i int) (end int, reason string) {
	c := b[i]
	need := 0
	lo, hi := byte(0x80), byte(0xBF)
	switch {
	case c < 0xC2:
		return i + 1, "invalid start byte"
	case c < 0xE0:
		need = 1
	case c < 0xF0:
		need = 2
		if c == 0xE0 {
			lo = 0xA0
		} else if c == 0xED {
			hi = 0x9F
		}
	case c < 0xF5:
		need = 3
		if c == 0xF0 {
			lo = 0x90
		} else if c == 0xF4 {
			hi = 0x8F
		}
	default:
		return i + 1, "invalid start byte"
	}
	j := i + 1
	for k := 0; k < need; k++ {
		if j >= len(b) {
			return len(b), "unexpected end of data"
		}
		x := b[j]
		if k == 0 && (x < lo || x > hi) || k > 0 && (x < 0x80 || x > 0xBF) {
			return j, "invalid continuation byte"
		}
		j++
	}
	return -1, ""
}

func decodeError(t *Thread, c codec, b []byte, start, end int, reason string) error {
	var msg []byte
	msg = append(msg, "'"...)
	msg = append(msg, codecNames[c]...)
	if end-start == 1 {
		msg = append(msg, "' codec can't decode byte 0x"...)
		msg = append(msg, hexDigits[b[start]>>4], hexDigits[b[start]&15])
		msg = append(msg, " in position "...)
		msg = strconv.AppendInt(msg, int64(start), 10)
	} else {
		msg = append(msg, "' codec can't decode bytes in position "...)
		msg = strconv.AppendInt(msg, int64(start), 10)
		msg = append(msg, '-')
		msg = strconv.AppendInt(msg, int64(end-1), 10)
	}
	msg = append(msg, ": "...)
	msg = append(msg, reason...)
	return t.NewException(UnicodeDecodeErrorType, NewStr(t, string(msg)))
}

// DecodeBytes decodes b with the named codec and error handler into a
// new str.
func DecodeBytes(t *Thread, b []byte, encoding, errors string) (*Object, error) {
	c, err := lookupCodec(t, encoding)
	if err != nil {
		return nil, err
	}
	ascii := true
	for _, x := range b {
		if x >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		return newStrASCII(t, string(b)), nil
	}
	switch c {
	case codecLatin1:
		runes := make([]rune, len(b))
		for i, x := range b {
			runes[i] = rune(x)
		}
		return NewStr(t, string(runes)), nil
	case codecUTF8:
		if utf8.Valid(b) {
			return NewStr(t, string(b)), nil
		}
	}
	out := make([]byte, 0, len(b)+8)
	for i := 0; i < len(b); {
		x := b[i]
		if x < 0x80 {
			out = append(out, x)
			i++
			continue
		}
		end, reason := i+1, "ordinal not in range(128)"
		if c == codecUTF8 {
			end, reason = utf8Invalid(b, i)
			if end < 0 {
				_, size := utf8.DecodeRune(b[i:])
				out = append(out, b[i:i+size]...)
				i += size
				continue
			}
		}
		switch errors {
		case "strict":
			return nil, decodeError(t, c, b, i, end, reason)
		case "ignore":
		case "replace":
			out = append(out, "\uFFFD"...)
		case "backslashreplace":
			for k := i; k < end; k++ {
				out = append(out, '\\', 'x', hexDigits[b[k]>>4], hexDigits[b[k]&15])
			}
		default:
			return nil, unknownHandler(t, errors)
		}
		i = end
	}
	return NewStr(t, string(out)), nil
}

func init() {
	ReadyType(UnicodeEncodeErrorType, nil, nil)
	ReadyType(UnicodeDecodeErrorType, nil, nil)
}
