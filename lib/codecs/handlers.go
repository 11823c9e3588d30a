// This file gives the codecs outside this package (the charmap, escape
// and utf-7 codecs of the _codecs module) the same error handling as the
// ones here, and computes what the standard handlers return when Python
// calls them (codecs.lookup_error('replace')(exc)).

package codecs

import "strings"

// HandleEncodeError applies the error handler errors (custom resolves
// names that are not standard) to the characters s[bs:be], code points
// start to end, that a codec cannot encode. put encodes one replacement
// character. It returns the code point to go on from.
func HandleEncodeError(out []byte, errors string, custom Handlers, encoding, s string, bs, be, start, end int, reason string,
	put func([]byte, rune) []byte) ([]byte, int, error) {
	return encodeError(out, errorMode{errors, custom}, encoding, passNone, s, bs, be, start, end, reason, put)
}

// HandleDecodeError applies the error handler errors to the bytes
// data[start:end] a codec cannot decode, appending the replacement text
// to out. It returns the index of data to go on from.
func HandleDecodeError(out []byte, errors string, custom Handlers, encoding string, data []byte, start, end int, reason string) ([]byte, int, error) {
	return decodeError(out, errorMode{errors, custom}, encoding, passNone, data, start, end, reason)
}

// ByteOffset returns the byte offset in str text s of code point k (the
// end of s if s is shorter).
func ByteOffset(s string, k int) int {
	i, _ := resumeAt(s, 0, 0, 0, -1, k)
	return i
}

// StandardReplacement is what the standard error handler name returns
// for e when called from Python: the replacement (text, or bytes with
// isBytes) and the position to go on from. Errors it cannot handle give
// e itself back as the error, as CPython's handlers raise the exception
// they were given.
func StandardReplacement(name string, e *Error) (repl string, isBytes bool, pos int, err error) {
	if e.Start < 0 {
		e.Start = 0
	}
	if !e.Encode {
		if e.End > len(e.Bytes) {
			e.End = len(e.Bytes)
		}
		if e.End < e.Start {
			e.End = e.Start
		}
		out, pos, err := decodeError(nil, errorMode{name: name}, e.Encoding, passKindOf(e.Encoding), e.Bytes, e.Start, e.End, e.Reason)
		if _, ok := err.(*Error); ok {
			return "", false, 0, e
		}
		return string(out), false, pos, err
	}
	bs := ByteOffset(e.Str, e.Start)
	be := ByteOffset(e.Str, e.End)
	if e.End < e.Start {
		be, e.End = bs, e.Start
	}
	putText := func(out []byte, r rune) []byte { return AppendRune(out, r) }
	pass := passKindOf(e.Encoding)
	out, err := encodeStandard(nil, errorMode{name: name}, e.Encoding, pass, e.Str, bs, be, e.Start, e.End, e.Reason, putText)
	if err != nil {
		if _, ok := err.(*Error); ok {
			return "", false, 0, e
		}
		return "", false, 0, err
	}
	return string(out), name == "surrogateescape" || name == "surrogatepass", e.End, nil
}

// passKindOf is how surrogatepass spells a surrogate for the encoding
// an exception names.
func passKindOf(encoding string) passKind {
	switch strings.ReplaceAll(strings.ToLower(encoding), "_", "-") {
	case "utf-8", "utf8":
		return passUTF8
	case "utf-16", "utf-16-le", "utf-16le":
		return passUTF16LE
	case "utf-16-be", "utf-16be":
		return passUTF16BE
	case "utf-32", "utf-32-le", "utf-32le":
		return passUTF32LE
	case "utf-32-be", "utf-32be":
		return passUTF32BE
	}
	return passNone
}
