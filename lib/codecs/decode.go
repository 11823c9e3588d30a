// This file implements the decoders and Decoder, the incremental form
// streams use: it keeps an incomplete sequence at the end of one piece
// for the next, and reads the BOM of the codecs that have one.

package codecs

import (
	"bytes"
	"unicode/utf8"
)

// Decoder decodes bytes that arrive in pieces.
type Decoder struct {
	c       *Codec
	errors  errorMode
	order   kind // utf-16/utf-32: the byte order, once the BOM is read
	bomDone bool
	pending []byte // an incomplete sequence held for the next piece
}

// NewDecoder returns a decoder using the error handler errors.
func (c *Codec) NewDecoder(errors string) *Decoder {
	return &Decoder{c: c, errors: errorMode{name: errors}}
}

// NewDecoderWith is NewDecoder for a handler name that may be one
// registered from Python, which custom resolves.
func (c *Codec) NewDecoderWith(errors string, custom Handlers) *Decoder {
	return &Decoder{c: c, errors: errorMode{errors, custom}}
}

// ByteOrder is the byte order a utf-16 or utf-32 decoder read from the
// BOM: -1 little-endian, 1 big-endian, 0 while none was read.
func (d *Decoder) ByteOrder() int {
	switch d.order {
	case kUTF16LE, kUTF32LE:
		return -1
	case kUTF16BE, kUTF32BE:
		return 1
	}
	return 0
}

// Reset forgets held bytes and the BOM seen, as at the start of a stream.
func (d *Decoder) Reset() { d.order, d.bomDone, d.pending = 0, false, nil }

// Pending is the number of bytes held back from the last Decode.
func (d *Decoder) Pending() int { return len(d.pending) }

// PendingBytes are the bytes held back from the last Decode; the caller
// must not change them.
func (d *Decoder) PendingBytes() []byte { return d.pending }

// SkipBOM marks the stream's start as past: a decoder that starts in the
// middle of a file reads no BOM (utf-16 and utf-32 then read their
// native order).
func (d *Decoder) SkipBOM() {
	d.bomDone = true
	switch d.c.kind {
	case kUTF16:
		d.order = kUTF16LE
	case kUTF32:
		d.order = kUTF32LE
	}
}

var utf8BOM = []byte{0xEF, 0xBB, 0xBF}

// Decode appends the text of b to out. Unless final, an incomplete
// sequence at the end is held for the next call; final decodes it (as an
// error). Error positions index the held bytes followed by b.
func (d *Decoder) Decode(out []byte, b []byte, final bool) ([]byte, error) {
	data := b
	if len(d.pending) > 0 {
		data = append(d.pending, b...)
		d.pending = nil
	}
	i := 0
	kind := d.c.kind
	switch kind {
	case kUTF8Sig:
		if !d.bomDone {
			if len(data) < 3 && !final && bytes.HasPrefix(utf8BOM, data) {
				d.pending = append([]byte(nil), data...)
				return out, nil
			}
			if bytes.HasPrefix(data, utf8BOM) {
				i = 3
			}
			d.bomDone = true
		}
		kind = kUTF8
	case kUTF16, kUTF32:
		if d.order == 0 {
			w := 2
			if kind == kUTF32 {
				w = 4
			}
			if len(data) < w && !final {
				d.pending = append([]byte(nil), data...)
				return out, nil
			}
			d.order = kind + 1 // little-endian, the native order, without a BOM
			switch {
			case kind == kUTF16 && bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
				i = 2
			case kind == kUTF16 && bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
				i, d.order = 2, kUTF16BE
			case kind == kUTF32 && bytes.HasPrefix(data, []byte{0xFF, 0xFE, 0, 0}):
				i = 4
			case kind == kUTF32 && bytes.HasPrefix(data, []byte{0, 0, 0xFE, 0xFF}):
				i, d.order = 4, kUTF32BE
			}
		}
		kind = d.order
	}
	var n int
	var err error
	switch kind {
	case kUTF8:
		out, n, err = decodeUTF8(out, data, i, final, d.errors)
	case kUTF16LE, kUTF16BE:
		out, n, err = decodeUTF16(out, data, i, final, d.errors, kind == kUTF16BE)
	case kUTF32LE, kUTF32BE:
		out, n, err = decodeUTF32(out, data, i, final, d.errors, kind == kUTF32BE)
	default:
		out, n, err = d.c.decodeByteTable(out, data, i, d.errors)
	}
	if err == nil && n < len(data) {
		d.pending = append([]byte(nil), data[n:]...)
	}
	return out, err
}

// utf8Invalid checks the sequence at b[i], a byte >= 0x80. It returns
// the end of the invalid range and CPython's reason, or end < 0 when the
// sequence is valid.
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

// decodeUTF8 decodes b[i:]; it returns the end of what it decoded, short
// of a sequence cut off at the end when not final.
func decodeUTF8(out []byte, b []byte, i int, final bool, errors errorMode) ([]byte, int, error) {
	if utf8.Valid(b[i:]) {
		return append(out, b[i:]...), len(b), nil
	}
	for i < len(b) {
		start := i
		for i < len(b) && b[i] < 0x80 {
			i++
		}
		out = append(out, b[start:i]...)
		if i == len(b) {
			break
		}
		end, reason := utf8Invalid(b, i)
		if end < 0 {
			_, n := utf8.DecodeRune(b[i:])
			out = append(out, b[i:i+n]...)
			i += n
			continue
		}
		if end == len(b) && reason == "unexpected end of data" && !final {
			return out, i, nil
		}
		var err error
		if out, i, err = decodeError(out, errors, "utf-8", passUTF8, b, i, end, reason); err != nil {
			return out, i, err
		}
	}
	return out, len(b), nil
}

func decodeUTF16(out []byte, b []byte, i int, final bool, errors errorMode, be bool) ([]byte, int, error) {
	name, pass := "utf-16-le", passUTF16LE
	if be {
		name, pass = "utf-16-be", passUTF16BE
	}
	unit := func(j int) rune {
		if be {
			return rune(b[j])<<8 | rune(b[j+1])
		}
		return rune(b[j]) | rune(b[j+1])<<8
	}
	for i < len(b) {
		var end int
		var reason string
		switch {
		case len(b)-i < 2:
			if !final {
				return out, i, nil
			}
			end, reason = len(b), "truncated data"
		default:
			r := unit(i)
			switch {
			case r < 0xD800 || r > 0xDFFF:
				out = utf8.AppendRune(out, r)
				i += 2
				continue
			case r >= 0xDC00:
				end, reason = i+2, "illegal encoding"
			case len(b)-i < 4:
				if !final {
					return out, i, nil
				}
				end, reason = len(b), "unexpected end of data"
			default:
				r2 := unit(i + 2)
				if r2 >= 0xDC00 && r2 <= 0xDFFF {
					out = utf8.AppendRune(out, 0x10000+(r-0xD800)<<10+(r2-0xDC00))
					i += 4
					continue
				}
				end, reason = i+2, "illegal UTF-16 surrogate"
			}
		}
		var err error
		if out, i, err = decodeError(out, errors, name, pass, b, i, end, reason); err != nil {
			return out, i, err
		}
	}
	return out, len(b), nil
}

func decodeUTF32(out []byte, b []byte, i int, final bool, errors errorMode, be bool) ([]byte, int, error) {
	name, pass := "utf-32-le", passUTF32LE
	if be {
		name, pass = "utf-32-be", passUTF32BE
	}
	for i < len(b) {
		var end int
		var reason string
		if len(b)-i < 4 {
			if !final {
				return out, i, nil
			}
			end, reason = len(b), "truncated data"
		} else {
			var r uint32
			if be {
				r = uint32(b[i])<<24 | uint32(b[i+1])<<16 | uint32(b[i+2])<<8 | uint32(b[i+3])
			} else {
				r = uint32(b[i]) | uint32(b[i+1])<<8 | uint32(b[i+2])<<16 | uint32(b[i+3])<<24
			}
			switch {
			case r > 0x10FFFF:
				end, reason = i+4, "code point not in range(0x110000)"
			case r >= 0xD800 && r <= 0xDFFF:
				end, reason = i+4, "code point in surrogate code point range(0xd800, 0xe000)"
			default:
				out = utf8.AppendRune(out, rune(r))
				i += 4
				continue
			}
		}
		var err error
		if out, i, err = decodeError(out, errors, name, pass, b, i, end, reason); err != nil {
			return out, i, err
		}
	}
	return out, len(b), nil
}

// decodeByteTable decodes with a one-byte codec, which never holds
// bytes back.
func (c *Codec) decodeByteTable(out []byte, b []byte, i int, errors errorMode) ([]byte, int, error) {
	for i < len(b) {
		x := b[i]
		if x < 0x80 {
			out = append(out, x)
			i++
			continue
		}
		var r rune
		switch c.kind {
		case kLatin1:
			r = rune(x)
		case kCP1252:
			r = rune(x)
			if x < 0xA0 {
				r = cp1252High[x-0x80]
			}
		}
		if r != 0 {
			out = utf8.AppendRune(out, r)
			i++
			continue
		}
		reason := "ordinal not in range(128)"
		if c.kind == kCP1252 {
			reason = "character maps to <undefined>"
		}
		var err error
		if out, i, err = decodeError(out, errors, c.decName, passNone, b, i, i+1, reason); err != nil {
			return out, i, err
		}
	}
	return out, len(b), nil
}
