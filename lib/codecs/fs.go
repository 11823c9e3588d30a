// This file holds the file system encoding: how bytes from the operating
// system (file names, environment variables, command-line arguments,
// symbolic link targets) become str text and back. As CPython's
// os.fsdecode and os.fsencode on Linux, it is utf-8 with the
// surrogateescape handler, so that a name that is not valid UTF-8
// round-trips: byte 0xff reads as '\udcff' and '\udcff' writes as 0xff.

package codecs

import (
	"strings"
	"unicode/utf8"
)

// FSDecode returns the str text of OS bytes b. It never fails: each byte
// that is not part of valid UTF-8 becomes a lone surrogate U+DC80..U+DCFF.
func FSDecode(b string) string {
	if utf8.ValidString(b) {
		return b // Go's UTF-8 has no surrogates, so this is str text as is
	}
	out, err := UTF8.Decode([]byte(b), "surrogateescape")
	if err != nil {
		panic("codecs: surrogateescape decoding failed: " + err.Error())
	}
	return out
}

// FSEncode returns the OS bytes of str text s: a lone surrogate
// U+DC80..U+DCFF becomes the byte it escapes, and any other lone
// surrogate is an *Error (UnicodeEncodeError "surrogates not allowed").
func FSEncode(s string) (string, error) {
	if strings.IndexByte(s, 0xED) < 0 {
		return s, nil // no surrogates: the text is its UTF-8
	}
	b, err := UTF8.Encode(s, "surrogateescape")
	if err != nil {
		return "", err
	}
	return string(b), nil
}

// ValidText reports whether s is str text: UTF-8 in which lone surrogates
// (which Go's UTF-8 refuses) are allowed in their three-byte spelling.
func ValidText(s string) bool {
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := DecodeRune(s[i:])
		if r == utf8.RuneError && n == 1 {
			return false
		}
		i += n
	}
	return true
}
