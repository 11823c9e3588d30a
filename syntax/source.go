// This file turns the bytes of a source file into the UTF-8 text the
// scanner reads, as CPython's tokenizer does on its way in: a UTF-8 BOM is
// dropped, a PEP 263 coding declaration in the first two lines picks the
// codec, and text that is not UTF-8 without one is an error.

package syntax

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/ftpy/ftpy/lib/codecs"
)

var utf8BOM = []byte{0xEF, 0xBB, 0xBF}

// DecodeSource returns the text of a source given as bytes. file is set
// for the main script, which CPython reads through its file tokenizer:
// its errors are worded differently ("Non-UTF-8 code starting with...",
// "encoding problem: X") and print without a location. Otherwise (an
// imported module, compile() or exec() of bytes) an unknown encoding is
// "unknown encoding: X" at line 0, and UTF-8 text is returned as it is:
// bytes that are not UTF-8 are reported by the scanner where CPython
// finds them, in the token that holds them.
func DecodeSource(filename string, src []byte, file bool) ([]byte, error) {
	bom := bytes.HasPrefix(src, utf8BOM)
	if bom {
		src = src[3:]
	}
	enc := codingSpec(src)
	fail := func(msg string) error {
		e := &Error{Kind: "SyntaxError", Filename: filename, Msg: msg}
		if file {
			e.noLocation = true
		}
		return e
	}
	if enc == "" || enc == "utf-8" {
		if file {
			if i := invalidUTF8(src); i >= 0 {
				line := bytes.Count(src[:i], []byte{'\n'}) + 1
				return nil, fail(fmt.Sprintf("Non-UTF-8 code starting with '\\x%02x' in file %s on line %d, but no encoding declared; see https://peps.python.org/pep-0263/ for details", src[i], filename, line))
			}
		}
		return src, nil
	}
	if bom {
		return nil, fail("encoding problem: " + enc + " with BOM")
	}
	c, err := codecs.Lookup(enc)
	if err != nil || c == codecs.UTF16 || c == codecs.UTF16LE || c == codecs.UTF16BE ||
		c == codecs.UTF32 || c == codecs.UTF32LE || c == codecs.UTF32BE {
		// The declaration is read before decoding, so it must be in an
		// ASCII-compatible codec; CPython then fails on the others.
		if file || err == nil {
			return nil, fail("encoding problem: " + enc)
		}
		return nil, fail("unknown encoding: " + enc)
	}
	text, err := c.Decode(src, "strict")
	if err != nil {
		return nil, fail("(unicode error) " + err.Error())
	}
	return []byte(text), nil
}

// invalidUTF8 is the offset of the first byte that is not valid UTF-8,
// or -1.
func invalidUTF8(b []byte) int {
	if utf8.Valid(b) {
		return -1
	}
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return -1
}

// codingSpec finds a coding declaration in the first line, or in the
// second when the first holds only a comment or white space, and returns
// the name normalised as CPython's tokenizer does (get_normal_name).
func codingSpec(src []byte) string {
	for lineNo := 0; lineNo < 2; lineNo++ {
		end := bytes.IndexByte(src, '\n')
		line := src
		if end >= 0 {
			line = src[:end]
		}
		if name, ok := lineCoding(line); ok {
			return normalCodingName(name)
		}
		trimmed := bytes.TrimLeft(line, " \t\f\r")
		if end < 0 || (len(trimmed) > 0 && trimmed[0] != '#') {
			break
		}
		src = src[end+1:]
	}
	return ""
}

// lineCoding matches ^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+) in one line.
func lineCoding(line []byte) (string, bool) {
	i := 0
	for i < len(line) && (line[i] == ' ' || line[i] == '\t' || line[i] == '\f') {
		i++
	}
	if i == len(line) || line[i] != '#' {
		return "", false
	}
	rest := line[i:]
	for {
		k := bytes.Index(rest, []byte("coding"))
		if k < 0 {
			return "", false
		}
		rest = rest[k+6:]
		if len(rest) == 0 || (rest[0] != ':' && rest[0] != '=') {
			continue
		}
		j := 1
		for j < len(rest) && (rest[j] == ' ' || rest[j] == '\t') {
			j++
		}
		start := j
		for j < len(rest) && (rest[j] == '-' || rest[j] == '_' || rest[j] == '.' ||
			'a' <= rest[j]|0x20 && rest[j]|0x20 <= 'z' || '0' <= rest[j] && rest[j] <= '9') {
			j++
		}
		if j > start {
			return string(rest[start:j]), true
		}
	}
}

func normalCodingName(s string) string {
	b := strings.ToLower(s)
	if len(b) > 12 {
		b = b[:12]
	}
	b = strings.ReplaceAll(b, "_", "-")
	switch {
	case b == "utf-8" || strings.HasPrefix(b, "utf-8-"):
		return "utf-8"
	case b == "latin-1" || b == "iso-8859-1" || b == "iso-latin-1" ||
		strings.HasPrefix(b, "latin-1-") || strings.HasPrefix(b, "iso-8859-1-") || strings.HasPrefix(b, "iso-latin-1-"):
		return "iso-8859-1"
	}
	return s
}

// unicodeError is the message for bytes that are not UTF-8 in a token:
// CPython decodes the token's text and reports the codec's error, with
// positions counted from the start of what it decoded.
func unicodeError(b []byte) (string, bool) {
	if utf8.Valid(b) {
		return "", false
	}
	_, err := codecs.UTF8.Decode(b, "strict")
	if err == nil {
		return "", false
	}
	return "(unicode error) " + err.Error(), true
}

// SourceLine is the error's source line as SyntaxError.text shows it:
// valid text.
func (e *Error) SourceLine() string { return sanitizeLine(e.Text) }

// sanitizeLine makes a source line shown in an error valid text, each bad
// sequence read as U+FFFD as CPython's error display does.
func sanitizeLine(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	t, _ := codecs.UTF8.Decode([]byte(s), "replace")
	return t
}
