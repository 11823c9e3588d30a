// This file holds the character classes of XML 1.0 and the decoders that
// turn a document's bytes into the UTF-8 the parser scans.

package pyexpat

import (
	"strings"
	"unicode/utf8"
)

// isChar reports whether r may appear in a document (XML 1.0 Char).
func isChar(r rune) bool {
	switch {
	case r == 0x9 || r == 0xA || r == 0xD:
		return true
	case r >= 0x20 && r <= 0xD7FF:
		return true
	case r >= 0xE000 && r <= 0xFFFD:
		return true
	}
	return r >= 0x10000 && r <= 0x10FFFF
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// isNameStart reports whether r may begin a name (NameStartChar, with ':').
func isNameStart(r rune) bool {
	switch {
	case r == ':' || r == '_' || r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z':
		return true
	case r < 0xC0:
		return false
	case r <= 0xD6 || r >= 0xD8 && r <= 0xF6 || r >= 0xF8 && r <= 0x2FF:
		return true
	case r >= 0x370 && r <= 0x37D || r >= 0x37F && r <= 0x1FFF:
		return true
	case r == 0x200C || r == 0x200D || r >= 0x2070 && r <= 0x218F:
		return true
	case r >= 0x2C00 && r <= 0x2FEF || r >= 0x3001 && r <= 0xD7FF:
		return true
	case r >= 0xF900 && r <= 0xFDCF || r >= 0xFDF0 && r <= 0xFFFD:
		return true
	}
	return r >= 0x10000 && r <= 0xEFFFF
}

// isNameChar reports whether r may continue a name (NameChar).
func isNameChar(r rune) bool {
	if isNameStart(r) || r == '-' || r == '.' || r >= '0' && r <= '9' || r == 0xB7 {
		return true
	}
	return r >= 0x300 && r <= 0x36F || r == 0x203F || r == 0x2040
}

// encoding names one of the encodings the parser decodes itself; others
// come as a table of 256 characters from the Python codec of that name.
type encoding int

const (
	encUTF8 encoding = iota
	encUTF16LE
	encUTF16BE
	encLatin1
	encASCII
	encTable // a single-byte encoding given by table
)

// nativeEncoding maps the encoding names expat knows itself.
func nativeEncoding(name string) (encoding, bool) {
	switch strings.ToUpper(name) {
	case "UTF-8":
		return encUTF8, true
	case "UTF-16", "UTF-16LE":
		return encUTF16LE, true
	case "UTF-16BE":
		return encUTF16BE, true
	case "ISO-8859-1":
		return encLatin1, true
	case "US-ASCII":
		return encASCII, true
	}
	return 0, false
}

// decoder turns input bytes into UTF-8, keeping an incomplete sequence
// (half a UTF-16 unit or surrogate pair) for the next chunk.
type decoder struct {
	enc     encoding
	table   *[256]rune
	pending []byte
}

// decode appends the UTF-8 form of data to out. Bytes that no character
// has (a lone surrogate, a byte outside US-ASCII or the table) become
// U+FFFF, which the scanner rejects as an invalid token where it stands.
func (d *decoder) decode(out, data []byte) []byte {
	switch d.enc {
	case encUTF8:
		return append(out, data...)
	case encLatin1:
		for _, c := range data {
			out = utf8.AppendRune(out, rune(c))
		}
		return out
	case encASCII:
		for _, c := range data {
			if c >= 0x80 {
				out = utf8.AppendRune(out, 0xFFFF)
			} else {
				out = append(out, c)
			}
		}
		return out
	case encTable:
		for _, c := range data {
			r := d.table[c]
			if r < 0 {
				r = 0xFFFF
			}
			out = utf8.AppendRune(out, r)
		}
		return out
	}
	b := append(d.pending, data...)
	i := 0
	unit := func(j int) rune {
		if d.enc == encUTF16BE {
			return rune(b[j])<<8 | rune(b[j+1])
		}
		return rune(b[j+1])<<8 | rune(b[j])
	}
	for i+1 < len(b) {
		r := unit(i)
		if r >= 0xD800 && r < 0xDC00 {
			if i+3 >= len(b) {
				break
			}
			r2 := unit(i + 2)
			if r2 >= 0xDC00 && r2 < 0xE000 {
				out = utf8.AppendRune(out, 0x10000+(r-0xD800)<<10+(r2-0xDC00))
				i += 4
				continue
			}
			r = 0xFFFF
		} else if r >= 0xDC00 && r < 0xE000 {
			r = 0xFFFF
		}
		out = utf8.AppendRune(out, r)
		i += 2
	}
	d.pending = append(d.pending[:0:0], b[i:]...)
	return out
}

// width is the number of input bytes the character r (size bytes in
// UTF-8) took, for the byte indexes the parser reports.
func (d *decoder) width(r rune, size int) int {
	switch d.enc {
	case encUTF8:
		return size
	case encUTF16LE, encUTF16BE:
		if r >= 0x10000 {
			return 4
		}
		return 2
	}
	return 1
}
