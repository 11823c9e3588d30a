// This file defines the character classes and case mappings the engine
// tests characters with: ASCII (bytes patterns and re.ASCII), Unicode
// (str patterns) and LOCALE, which ftpy runs in the C locale, where the
// locale's classes are the ASCII ones.

package sre

import "github.com/ftpy/ftpy/object"

// asciiClass holds bits for the ASCII classes of each byte below 128.
var asciiClass [128]uint8

const (
	clDigit = 1 << iota
	clSpace
	clWord
	clAlpha
)

func init() {
	for c := 0; c < 128; c++ {
		var b uint8
		switch {
		case c >= '0' && c <= '9':
			b = clDigit | clWord
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z':
			b = clWord | clAlpha
		case c == '_':
			b = clWord
		case c == ' ' || (c >= '\t' && c <= '\r'):
			b = clSpace
		}
		asciiClass[c] = b
	}
}

func isASCIIClass(ch uint32, bit uint8) bool { return ch < 128 && asciiClass[ch]&bit != 0 }

func isDigit(ch uint32) bool { return isASCIIClass(ch, clDigit) }
func isSpace(ch uint32) bool { return isASCIIClass(ch, clSpace) }
func isWord(ch uint32) bool  { return isASCIIClass(ch, clWord) }

func isLinebreak(ch uint32) bool { return ch == '\n' }

// The C locale's isalnum is ASCII's; CPython asks it of codes below 256.
func isLocWord(ch uint32) bool { return isWord(ch) }

func isUniDigit(ch uint32) bool {
	if ch < 128 {
		return isDigit(ch)
	}
	return ch <= 0x10ffff && object.IsDecimalRune(rune(ch))
}

func isUniSpace(ch uint32) bool {
	if ch < 128 {
		return ch == ' ' || (ch >= '\t' && ch <= '\r') || (ch >= 0x1c && ch <= 0x1f)
	}
	return ch <= 0x10ffff && object.IsSpaceRune(rune(ch))
}

func isUniLinebreak(ch uint32) bool { return ch <= 0x10ffff && object.IsLinebreakRune(rune(ch)) }

func isUniWord(ch uint32) bool {
	if ch < 128 {
		return isWord(ch)
	}
	return ch <= 0x10ffff && object.IsAlnumRune(rune(ch))
}

func lowerASCII(ch uint32) uint32 {
	if ch-'A' < 26 {
		return ch + ('a' - 'A')
	}
	return ch
}

func upperASCII(ch uint32) uint32 {
	if ch-'a' < 26 {
		return ch - ('a' - 'A')
	}
	return ch
}

// The C locale's tolower and toupper change ASCII letters only.
func lowerLocale(ch uint32) uint32 { return lowerASCII(ch) }
func upperLocale(ch uint32) uint32 { return upperASCII(ch) }

func lowerUnicode(ch uint32) uint32 {
	if ch < 128 {
		return lowerASCII(ch)
	}
	if ch > 0x10ffff {
		return ch
	}
	return uint32(object.LowerRune(rune(ch)))
}

func upperUnicode(ch uint32) uint32 {
	if ch < 128 {
		return upperASCII(ch)
	}
	if ch > 0x10ffff {
		return ch
	}
	return uint32(object.UpperRune(rune(ch)))
}

// charLocIgnore is LITERAL_LOC_IGNORE's test: ch equals the pattern's
// character in either case.
func charLocIgnore(pat, ch uint32) bool {
	return ch == pat || lowerLocale(ch) == pat || upperLocale(ch) == pat
}

// category reports whether ch is in the class a CATEGORY code names.
func category(code uint32, ch uint32) bool {
	switch code {
	case catDIGIT:
		return isDigit(ch)
	case catNOT_DIGIT:
		return !isDigit(ch)
	case catSPACE:
		return isSpace(ch)
	case catNOT_SPACE:
		return !isSpace(ch)
	case catWORD:
		return isWord(ch)
	case catNOT_WORD:
		return !isWord(ch)
	case catLINEBREAK:
		return isLinebreak(ch)
	case catNOT_LINEBREAK:
		return !isLinebreak(ch)
	case catLOC_WORD:
		return isLocWord(ch)
	case catLOC_NOT_WORD:
		return !isLocWord(ch)
	case catUNI_DIGIT:
		return isUniDigit(ch)
	case catUNI_NOT_DIGIT:
		return !isUniDigit(ch)
	case catUNI_SPACE:
		return isUniSpace(ch)
	case catUNI_NOT_SPACE:
		return !isUniSpace(ch)
	case catUNI_WORD:
		return isUniWord(ch)
	case catUNI_NOT_WORD:
		return !isUniWord(ch)
	case catUNI_LINEBREAK:
		return isUniLinebreak(ch)
	case catUNI_NOT_LINEBREAK:
		return !isUniLinebreak(ch)
	}
	return false
}
