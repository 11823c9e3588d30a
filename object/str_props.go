// This file exports the per-character Unicode properties str's methods
// use, for Go modules that must agree with str on them (the _sre engine's
// \w, \d, \s and case-insensitive matching).

package object

import "unicode"

// IsSpaceRune is str.isspace for one character (Py_UNICODE_ISSPACE).
func IsSpaceRune(r rune) bool { return pyIsSpace(r) }

// IsLinebreakRune reports the line boundaries of str.splitlines
// (Py_UNICODE_ISLINEBREAK).
func IsLinebreakRune(r rune) bool { return pyIsLinebreak(r) }

// IsDecimalRune is str.isdecimal for one character.
func IsDecimalRune(r rune) bool { return pyIsDecimal(r) }

// IsAlnumRune is str.isalnum for one character.
func IsAlnumRune(r rune) bool { return pyIsAlnum(r) }

// LowerRune is CPython's _PyUnicode_ToLowercase: the simple lowercase
// mapping, or the first character of the full one where the character
// has only a full mapping.
func LowerRune(r rune) rune {
	if r < 0x80 {
		if r >= 'A' && r <= 'Z' {
			r += 'a' - 'A'
		}
		return r
	}
	if s, ok := specialLower[r]; ok {
		for _, c := range s {
			return c
		}
	}
	return unicode.ToLower(r)
}

// UpperRune is CPython's _PyUnicode_ToUppercase, the counterpart of
// LowerRune ('ß' gives 'S', the first character of "SS").
func UpperRune(r rune) rune {
	if r < 0x80 {
		if r >= 'a' && r <= 'z' {
			r -= 'a' - 'A'
		}
		return r
	}
	if s, ok := specialUpper[r]; ok {
		for _, c := range s {
			return c
		}
	}
	return unicode.ToUpper(r)
}

// BytesData returns the bytes of a bytes object without copying them;
// the caller must not modify them.
func BytesData(o *Object) []byte { return Cast[Bytes](o).b }
