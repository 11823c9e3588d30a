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
	if c, ok := upperFirst[r]; ok {
		return c
	}
	return unicode.ToUpper(r)
}

// upperFirst gives the first character of the full uppercase mapping
// (SpecialCasing.txt) of the characters that have no simple one and that
// specialUpper leaves out.
var upperFirst = map[rune]rune{
	0x1e96: 'H', 0x1e97: 'T', 0x1e98: 'W', 0x1e99: 'Y', 0x1e9a: 'A',
	0x1f50: 0x3a5, 0x1f52: 0x3a5, 0x1f54: 0x3a5, 0x1f56: 0x3a5,
	0x1fb2: 0x1fba, 0x1fb4: 0x386, 0x1fb6: 0x391, 0x1fb7: 0x391,
	0x1fc2: 0x1fca, 0x1fc4: 0x389, 0x1fc6: 0x397, 0x1fc7: 0x397,
	0x1fd2: 0x399, 0x1fd3: 0x399, 0x1fd6: 0x399, 0x1fd7: 0x399,
	0x1fe2: 0x3a5, 0x1fe3: 0x3a5, 0x1fe4: 0x3a1, 0x1fe6: 0x3a5, 0x1fe7: 0x3a5,
	0x1ff2: 0x1ffa, 0x1ff4: 0x38f, 0x1ff6: 0x3a9, 0x1ff7: 0x3a9,
	0xfb13: 0x544, 0xfb14: 0x544, 0xfb15: 0x544, 0xfb16: 0x54e, 0xfb17: 0x544,
}

// BytesData returns the bytes of a bytes object without copying them;
// the caller must not modify them.
func BytesData(o *Object) []byte { return Cast[Bytes](o).b }
