// This file implements the encoders, and Encoder, which writes a BOM
// before the first text of the codecs that have one.

package codecs

import (
	"strings"
	"unicode/utf8"
)

// Encoder encodes text in pieces (a text file's writes).
type Encoder struct {
	c       *Codec
	errors  errorMode
	started bool // the BOM, if any, is written
}

// NewEncoder returns an encoder using the error handler errors.
func (c *Codec) NewEncoder(errors string) *Encoder {
	return &Encoder{c: c, errors: errorMode{name: errors}}
}

// NewEncoderWith is NewEncoder for a handler name that may be one
// registered from Python, which custom resolves.
func (c *Codec) NewEncoderWith(errors string, custom Handlers) *Encoder {
	return &Encoder{c: c, errors: errorMode{errors, custom}}
}

// SkipBOM marks the BOM as written: text appended to a file that is not
// empty goes without one.
func (e *Encoder) SkipBOM() { e.started = true }

// Reset makes the next Encode write the BOM again.
func (e *Encoder) Reset() { e.started = false }

// Encode appends the encoding of s to out. Positions in errors count
// code points of s.
func (e *Encoder) Encode(out []byte, s string) ([]byte, error) {
	c := e.c
	if !e.started {
		e.started = true
		switch c.kind {
		case kUTF8Sig:
			out = append(out, 0xEF, 0xBB, 0xBF)
		case kUTF16:
			out = append(out, 0xFF, 0xFE)
		case kUTF32:
			out = append(out, 0xFF, 0xFE, 0, 0)
		}
	}
	switch c.kind {
	case kUTF8, kUTF8Sig:
		if strings.IndexByte(s, 0xED) < 0 { // no surrogates: the text is the encoding
			return append(out, s...), nil
		}
		return c.encodeUTF8(out, s, e.errors)
	case kLatin1, kASCII, kCP1252:
		return c.encodeByteTable(out, s, e.errors)
	}
	return c.encodeWide(out, s, e.errors)
}

func putUTF8(out []byte, r rune) []byte { return utf8.AppendRune(out, r) }

// encodeUTF8 encodes text with surrogates, which utf-8 refuses in runs.
func (c *Codec) encodeUTF8(out []byte, s string, errors errorMode) ([]byte, error) {
	k := 0
	for i := 0; i < len(s); {
		r, n := DecodeRune(s[i:])
		if !isSurrogate(r) {
			out = append(out, s[i:i+n]...)
			i += n
			k++
			continue
		}
		j, m := i+n, k+1
		for j < len(s) {
			r2, n2 := DecodeRune(s[j:])
			if !isSurrogate(r2) {
				break
			}
			j += n2
			m++
		}
		var err error
		var resume int
		if out, resume, err = encodeError(out, errors, c.encName, passUTF8, s, i, j, k, m, "surrogates not allowed", putUTF8); err != nil {
			return out, err
		}
		i, k = resumeAt(s, i, j, k, m, resume)
	}
	return out, nil
}

// byteTableEncode returns the byte for r and whether there is one.
func (c *Codec) byteFor(r rune) (byte, bool) {
	switch c.kind {
	case kASCII:
		return byte(r), r < 0x80
	case kLatin1:
		return byte(r), r < 0x100
	}
	if r < 0x80 || (r >= 0xA0 && r < 0x100) {
		return byte(r), true
	}
	b, ok := cp1252Encode[r]
	return b, ok
}

func (c *Codec) encodeReason() string {
	switch c.kind {
	case kASCII:
		return "ordinal not in range(128)"
	case kLatin1:
		return "ordinal not in range(256)"
	}
	return "character maps to <undefined>"
}

// encodeByteTable encodes with a one-byte codec; characters it lacks are
// handled in runs, as CPython does.
func (c *Codec) encodeByteTable(out []byte, s string, errors errorMode) ([]byte, error) {
	lost := false // a replacement had a character the codec lacks
	put := func(out []byte, r rune) []byte {
		if b, ok := c.byteFor(r); ok {
			return append(out, b)
		}
		lost = true
		return out
	}
	k := 0
	for i := 0; i < len(s); {
		if s[i] < 0x80 {
			out = append(out, s[i])
			i++
			k++
			continue
		}
		r, n := DecodeRune(s[i:])
		if b, ok := c.byteFor(r); ok {
			out = append(out, b)
			i += n
			k++
			continue
		}
		j, m := i+n, k+1
		for j < len(s) {
			r2, n2 := DecodeRune(s[j:])
			if _, ok := c.byteFor(r2); ok {
				break
			}
			j += n2
			m++
		}
		var err error
		var resume int
		if out, resume, err = encodeError(out, errors, c.encName, passNone, s, i, j, k, m, c.encodeReason(), put); err != nil {
			return out, err
		}
		if lost {
			return out, &Error{Encode: true, Encoding: c.encName, Str: s, Start: k, End: m, Reason: c.encodeReason()}
		}
		i, k = resumeAt(s, i, j, k, m, resume)
	}
	return out, nil
}

// encodeWide encodes with utf-16 or utf-32, which refuse surrogates one
// at a time.
func (c *Codec) encodeWide(out []byte, s string, errors errorMode) ([]byte, error) {
	var put func([]byte, rune) []byte
	var pass passKind
	switch c.kind {
	case kUTF16, kUTF16LE:
		put, pass = putUTF16LE, passUTF16LE
	case kUTF16BE:
		put, pass = putUTF16BE, passUTF16BE
	case kUTF32, kUTF32LE:
		put, pass = putUTF32LE, passUTF32LE
	default:
		put, pass = putUTF32BE, passUTF32BE
	}
	k := 0
	for i := 0; i < len(s); {
		r, n := DecodeRune(s[i:])
		if isSurrogate(r) {
			var err error
			var resume int
			if out, resume, err = encodeError(out, errors, c.encName, pass, s, i, i+n, k, k+1, "surrogates not allowed", put); err != nil {
				return out, err
			}
			i, k = resumeAt(s, i, i+n, k, k+1, resume)
			continue
		}
		out = put(out, r)
		i += n
		k++
	}
	return out, nil
}

func putUTF16LE(out []byte, r rune) []byte {
	if r >= 0x10000 {
		r -= 0x10000
		hi, lo := 0xD800+r>>10, 0xDC00+r&0x3FF
		return append(out, byte(hi), byte(hi>>8), byte(lo), byte(lo>>8))
	}
	return append(out, byte(r), byte(r>>8))
}

func putUTF16BE(out []byte, r rune) []byte {
	if r >= 0x10000 {
		r -= 0x10000
		hi, lo := 0xD800+r>>10, 0xDC00+r&0x3FF
		return append(out, byte(hi>>8), byte(hi), byte(lo>>8), byte(lo))
	}
	return append(out, byte(r>>8), byte(r))
}

func putUTF32LE(out []byte, r rune) []byte {
	return append(out, byte(r), byte(r>>8), byte(r>>16), byte(r>>24))
}

func putUTF32BE(out []byte, r rune) []byte {
	return append(out, byte(r>>24), byte(r>>16), byte(r>>8), byte(r))
}

// resumeAt returns the byte offset and code point index to go on from
// after an error over s[bs:be] (code points start to end): end, unless a
// handler registered from Python chose another position.
func resumeAt(s string, bs, be, start, end, resume int) (int, int) {
	if resume == end {
		return be, end
	}
	i, k := bs, start
	if resume < start {
		i, k = 0, 0
	}
	for k < resume && i < len(s) {
		_, n := DecodeRune(s[i:])
		i += n
		k++
	}
	return i, k
}
