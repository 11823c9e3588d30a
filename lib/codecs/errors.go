// This file holds UnicodeEncodeError and UnicodeDecodeError as Go values
// and the standard error handlers, which decide what replaces the text
// or bytes a codec cannot handle.

package codecs

import (
	"strconv"
	"unicode/utf8"
)

// Error is a UnicodeEncodeError (Encode set: Start and End count code
// points of Str) or a UnicodeDecodeError (Start and End index Bytes).
type Error struct {
	Encode     bool
	Encoding   string
	Str        string // the text being encoded
	Bytes      []byte // the bytes being decoded
	Start, End int
	Reason     string
}

const hexDigits = "0123456789abcdef"

// Error is CPython's message for the error.
func (e *Error) Error() string {
	if e.Encode {
		return EncodeErrorMessage(e.Encoding, e.Str, e.Start, e.End, e.Reason)
	}
	return DecodeErrorMessage(e.Encoding, e.Bytes, e.Start, e.End, e.Reason)
}

// EncodeErrorMessage is str() of a UnicodeEncodeError.
func EncodeErrorMessage(encoding, s string, start, end int, reason string) string {
	b := []byte("'" + encoding + "' codec can't encode ")
	if end == start+1 && start >= 0 {
		if r, ok := RuneAt(s, start); ok {
			b = append(b, "character '"...)
			b = AppendEscape(b, r)
			b = append(b, "' in position "...)
			b = strconv.AppendInt(b, int64(start), 10)
			return string(append(append(b, ": "...), reason...))
		}
	}
	b = append(b, "characters in position "...)
	b = strconv.AppendInt(b, int64(start), 10)
	b = append(b, '-')
	b = strconv.AppendInt(b, int64(end-1), 10)
	return string(append(append(b, ": "...), reason...))
}

// DecodeErrorMessage is str() of a UnicodeDecodeError.
func DecodeErrorMessage(encoding string, data []byte, start, end int, reason string) string {
	b := []byte("'" + encoding + "' codec can't decode ")
	if end == start+1 && start >= 0 && start < len(data) {
		b = append(b, "byte 0x"...)
		b = append(b, hexDigits[data[start]>>4], hexDigits[data[start]&15])
		b = append(b, " in position "...)
	} else {
		b = append(b, "bytes in position "...)
		b = strconv.AppendInt(b, int64(start), 10)
		b = append(b, '-')
		start = end - 1
	}
	b = strconv.AppendInt(b, int64(start), 10)
	return string(append(append(b, ": "...), reason...))
}

// RuneAt returns the code point at index i of s.
func RuneAt(s string, i int) (rune, bool) {
	for j := 0; j < len(s); {
		r, n := DecodeRune(s[j:])
		if i == 0 {
			return r, true
		}
		i--
		j += n
	}
	return 0, false
}

// AppendEscape appends the backslash escape repr() gives a character
// that is not printable: \xNN, \uNNNN or \UNNNNNNNN.
func AppendEscape(b []byte, r rune) []byte {
	switch {
	case r < 0x100:
		return append(b, '\\', 'x', hexDigits[r>>4], hexDigits[r&15])
	case r < 0x10000:
		return append(b, '\\', 'u', hexDigits[r>>12], hexDigits[r>>8&15], hexDigits[r>>4&15], hexDigits[r&15])
	}
	b = append(b, '\\', 'U')
	for sh := 28; sh >= 0; sh -= 4 {
		b = append(b, hexDigits[r>>sh&15])
	}
	return b
}

// DecodeRune decodes the first character of str text, a lone surrogate
// included; invalid bytes (which str text never holds) read as U+FFFD.
func DecodeRune(s string) (rune, int) {
	if len(s) > 0 && s[0] < utf8.RuneSelf {
		return rune(s[0]), 1
	}
	r, n := utf8.DecodeRuneInString(s)
	if n == 1 && len(s) >= 3 && s[0] == 0xED && s[1]&0xE0 == 0xA0 && s[2]&0xC0 == 0x80 {
		return 0xD000 | rune(s[1]&0x3F)<<6 | rune(s[2]&0x3F), 3
	}
	return r, n
}

// AppendRune appends r to str text, spelling a surrogate in three bytes.
func AppendRune(b []byte, r rune) []byte {
	if r >= 0xD800 && r <= 0xDFFF {
		return append(b, 0xED, byte(0x80|r>>6&0x3F), byte(0x80|r&0x3F))
	}
	return utf8.AppendRune(b, r)
}

func isSurrogate(r rune) bool { return r >= 0xD800 && r <= 0xDFFF }

// Handlers finds the error handlers registered from Python
// (codecs.register_error) by name. The codecs ask for one only when an
// error needs it, as CPython does, and never for the standard names.
type Handlers interface {
	ErrorHandler(name string) (Handler, error)
}

// Handler is an error handler registered from Python.
type Handler interface {
	// Handle is given the error and returns its replacement and the
	// position to go on from (code points of e.Str when encoding, an
	// index of e.Bytes when decoding), already checked to lie within the
	// input. An encoding handler's replacement is either text or, with
	// isBytes, bytes to write as they are; a decoding one's is text.
	Handle(e *Error) (repl string, isBytes bool, pos int, err error)
}

// errorMode is the error handler argument of a codec call: a name and,
// for names that are not standard ones, where to find the handler.
type errorMode struct {
	name   string
	custom Handlers
}

// custom returns the Python handler for a name that is not a standard
// one, or the unknown-handler error.
func (m errorMode) handler() (Handler, error) {
	if m.custom == nil {
		return nil, unknownHandler(m.name)
	}
	return m.custom.ErrorHandler(m.name)
}

// unknownHandler is the error for a handler name that is not one of the
// standard ones. CPython looks a handler up only when an error needs it.
func unknownHandler(errors string) error {
	return &LookupError{Msg: "unknown error handler name '" + errors + "'"}
}

// passKind tells surrogatepass how the codec spells a surrogate.
type passKind uint8

const (
	passNone passKind = iota
	passUTF8
	passUTF16LE
	passUTF16BE
	passUTF32LE
	passUTF32BE
)

// decodeError applies the error handler to undecodable bytes
// data[start:end], appending the replacement to out. It returns the
// position to go on from.
func decodeError(out []byte, errors errorMode, encoding string, pass passKind, data []byte, start, end int, reason string) ([]byte, int, error) {
	switch errors.name {
	case "strict", "":
	case "ignore":
		return out, end, nil
	case "replace":
		return append(out, "\uFFFD"...), end, nil
	case "backslashreplace":
		for _, x := range data[start:end] {
			out = append(out, '\\', 'x', hexDigits[x>>4], hexDigits[x&15])
		}
		return out, end, nil
	case "surrogateescape":
		for _, x := range data[start:end] {
			if x < 0x80 {
				goto fail
			}
		}
		for _, x := range data[start:end] {
			out = AppendRune(out, 0xDC00+rune(x))
		}
		return out, end, nil
	case "surrogatepass":
		if r, n := passDecode(pass, data[start:]); n > 0 {
			return AppendRune(out, r), start + n, nil
		}
	case "xmlcharrefreplace", "namereplace":
		return out, 0, &TypeError{"don't know how to handle UnicodeDecodeError in error callback"}
	default:
		h, err := errors.handler()
		if err != nil {
			return out, 0, err
		}
		repl, _, pos, err := h.Handle(&Error{Encoding: encoding, Bytes: data, Start: start, End: end, Reason: reason})
		if err != nil {
			return out, 0, err
		}
		return append(out, repl...), pos, nil
	}
fail:
	return out, 0, &Error{Encoding: encoding, Bytes: data, Start: start, End: end, Reason: reason}
}

// passDecode reads the surrogate a codec spells at the start of b, for
// surrogatepass; n is 0 when there is none.
func passDecode(pass passKind, b []byte) (r rune, n int) {
	switch pass {
	case passUTF8:
		if len(b) >= 3 && b[0] == 0xED && b[1]&0xE0 == 0xA0 && b[2]&0xC0 == 0x80 {
			return 0xD000 | rune(b[1]&0x3F)<<6 | rune(b[2]&0x3F), 3
		}
	case passUTF16LE, passUTF16BE:
		if len(b) >= 2 {
			r = rune(b[0]) | rune(b[1])<<8
			if pass == passUTF16BE {
				r = rune(b[1]) | rune(b[0])<<8
			}
			n = 2
		}
	case passUTF32LE, passUTF32BE:
		if len(b) >= 4 {
			if pass == passUTF32LE {
				r = rune(b[0]) | rune(b[1])<<8 | rune(b[2])<<16 | rune(b[3])<<24
			} else {
				r = rune(b[3]) | rune(b[2])<<8 | rune(b[1])<<16 | rune(b[0])<<24
			}
			n = 4
		}
	}
	if n == 0 || !isSurrogate(r) {
		return 0, 0
	}
	return r, n
}

// encodeError applies the error handler to the characters s[bs:be]
// (code points start to end) that the codec cannot encode. put encodes
// one replacement character; pass spells surrogates for surrogatepass.
// It returns the code point to go on from: end, unless a handler
// registered from Python says otherwise.
func encodeError(out []byte, errors errorMode, encoding string, pass passKind, s string, bs, be, start, end int, reason string,
	put func([]byte, rune) []byte) ([]byte, int, error) {
	out, err := encodeStandard(out, errors, encoding, pass, s, bs, be, start, end, reason, put)
	if err != errCustom {
		return out, end, err
	}
	h, err := errors.handler()
	if err != nil {
		return out, 0, err
	}
	e := &Error{Encode: true, Encoding: encoding, Str: s, Start: start, End: end, Reason: reason}
	repl, isBytes, pos, err := h.Handle(e)
	if err != nil {
		return out, 0, err
	}
	if isBytes {
		return append(out, repl...), pos, nil
	}
	for i := 0; i < len(repl); {
		r, n := DecodeRune(repl[i:])
		// The Unicode codecs take only ASCII text from a handler, as
		// CPython's do; the byte tables check theirs in put.
		if r >= 0x80 && pass != passNone {
			return out, 0, e
		}
		out = put(out, r)
		i += n
	}
	return out, pos, nil
}

// errCustom tells encodeError that the handler is not a standard one.
var errCustom = &LookupError{Msg: "custom error handler"}

func encodeStandard(out []byte, errors errorMode, encoding string, pass passKind, s string, bs, be, start, end int, reason string,
	put func([]byte, rune) []byte) ([]byte, error) {
	fail := func(first int) error {
		return &Error{Encode: true, Encoding: encoding, Str: s, Start: first, End: end, Reason: reason}
	}
	putString := func(out []byte, t string) []byte {
		for i := 0; i < len(t); i++ {
			out = put(out, rune(t[i]))
		}
		return out
	}
	switch errors.name {
	case "strict", "":
		return out, fail(start)
	case "ignore":
		return out, nil
	case "replace", "backslashreplace", "xmlcharrefreplace", "namereplace", "surrogateescape", "surrogatepass":
	default:
		return out, errCustom
	}
	k := start
	for i := bs; i < be; k++ {
		r, n := DecodeRune(s[i:])
		i += n
		switch errors.name {
		case "replace":
			out = put(out, '?')
		case "backslashreplace":
			var buf [10]byte
			out = putString(out, string(AppendEscape(buf[:0], r)))
		case "xmlcharrefreplace":
			out = putString(out, "&#"+strconv.Itoa(int(r))+";")
		case "namereplace":
			if name := RuneName(r); name != "" {
				out = putString(out, `\N{`+name+`}`)
			} else {
				var buf [10]byte
				out = putString(out, string(AppendEscape(buf[:0], r)))
			}
		case "surrogateescape":
			if r < 0xDC80 || r > 0xDCFF {
				return out, fail(k)
			}
			out = append(out, byte(r-0xDC00))
		case "surrogatepass":
			if !isSurrogate(r) || pass == passNone {
				return out, fail(start)
			}
			out = passEncode(out, pass, r)
		}
	}
	return out, nil
}

// passEncode spells surrogate r as the codec would spell a code unit.
func passEncode(out []byte, pass passKind, r rune) []byte {
	switch pass {
	case passUTF8:
		return append(out, 0xED, byte(0x80|r>>6&0x3F), byte(0x80|r&0x3F))
	case passUTF16LE:
		return append(out, byte(r), byte(r>>8))
	case passUTF16BE:
		return append(out, byte(r>>8), byte(r))
	case passUTF32LE:
		return append(out, byte(r), byte(r>>8), 0, 0)
	case passUTF32BE:
		return append(out, 0, 0, byte(r>>8), byte(r))
	}
	return out
}
