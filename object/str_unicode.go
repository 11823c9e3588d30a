// This file holds the Unicode character properties str's methods use,
// following CPython's definitions (Objects/unicodectype.c) as closely as
// Go's unicode tables allow: whitespace, line breaks, decimal/digit/
// numeric characters, cased characters, and the full (one-to-many) case
// mappings of SpecialCasing.txt that matter in practice.

package object

import "unicode"

// pyIsSpace is str.isspace for one character: bidirectional types WS, B
// and S, and category Zs.
func pyIsSpace(r rune) bool {
	switch {
	case r < 0x80:
		return r == ' ' || (r >= '\t' && r <= '\r') || (r >= 0x1c && r <= 0x1f)
	case r == 0x85 || r == 0xa0 || r == 0x1680 || (r >= 0x2000 && r <= 0x200a) ||
		r == 0x2028 || r == 0x2029 || r == 0x202f || r == 0x205f || r == 0x3000:
		return true
	}
	return false
}

// pyIsLinebreak reports the line boundaries of str.splitlines.
func pyIsLinebreak(r rune) bool {
	switch r {
	case '\n', '\r', '\v', '\f', 0x1c, 0x1d, 0x1e, 0x85, 0x2028, 0x2029:
		return true
	}
	return false
}

// pyIsDecimal is str.isdecimal: category Nd.
func pyIsDecimal(r rune) bool {
	if r < 0x80 {
		return r >= '0' && r <= '9'
	}
	return unicode.Is(unicode.Nd, r)
}

// digitExtra lists characters with Numeric_Type=Digit that are not Nd
// (superscripts, subscripts, circled and parenthesised digits).
var digitExtra = &unicode.RangeTable{
	R16: []unicode.Range16{
		{Lo: 0x00b2, Hi: 0x00b3, Stride: 1},
		{Lo: 0x00b9, Hi: 0x00b9, Stride: 1},
		{Lo: 0x1369, Hi: 0x1371, Stride: 1},
		{Lo: 0x19da, Hi: 0x19da, Stride: 1},
		{Lo: 0x2070, Hi: 0x2070, Stride: 1},
		{Lo: 0x2074, Hi: 0x2079, Stride: 1},
		{Lo: 0x2080, Hi: 0x2089, Stride: 1},
		{Lo: 0x2460, Hi: 0x2468, Stride: 1},
		{Lo: 0x2474, Hi: 0x247c, Stride: 1},
		{Lo: 0x2488, Hi: 0x2490, Stride: 1},
		{Lo: 0x24ea, Hi: 0x24ea, Stride: 1},
		{Lo: 0x24f5, Hi: 0x24fd, Stride: 1},
		{Lo: 0x24ff, Hi: 0x24ff, Stride: 1},
		{Lo: 0x2776, Hi: 0x277e, Stride: 1},
		{Lo: 0x2780, Hi: 0x2788, Stride: 1},
		{Lo: 0x278a, Hi: 0x2792, Stride: 1},
	},
	R32: []unicode.Range32{
		{Lo: 0x10a40, Hi: 0x10a43, Stride: 1},
		{Lo: 0x10e60, Hi: 0x10e68, Stride: 1},
		{Lo: 0x11052, Hi: 0x1105a, Stride: 1},
		{Lo: 0x1f100, Hi: 0x1f10a, Stride: 1},
	},
}

// pyIsDigit is str.isdigit: Numeric_Type Decimal or Digit.
func pyIsDigit(r rune) bool {
	return pyIsDecimal(r) || (r >= 0xb2 && unicode.Is(digitExtra, r))
}

// hanNumerals are CJK ideographs with a numeric value (Unihan).
const hanNumerals = "零〇一二三四五六七八九十百千万萬亿億兆壹贰貳叁參参肆伍陆陸柒捌玖拾佰仟廿卅卌两兩"

// pyIsNumeric is str.isnumeric: any Numeric_Type.
func pyIsNumeric(r rune) bool {
	if r < 0x80 {
		return r >= '0' && r <= '9'
	}
	if unicode.In(r, unicode.Nd, unicode.Nl, unicode.No) {
		return true
	}
	if r >= 0x3007 && r <= 0x9fff {
		for _, h := range hanNumerals {
			if h == r {
				return true
			}
		}
	}
	return false
}

// pyIsAlpha is str.isalpha: categories Lu, Ll, Lt, Lm, Lo.
func pyIsAlpha(r rune) bool {
	if r < 0x80 {
		return (r|0x20) >= 'a' && (r|0x20) <= 'z'
	}
	return unicode.IsLetter(r)
}

func pyIsAlnum(r rune) bool {
	return pyIsAlpha(r) || pyIsDecimal(r) || pyIsDigit(r) || pyIsNumeric(r)
}

func pyIsUpper(r rune) bool {
	if r < 0x80 {
		return r >= 'A' && r <= 'Z'
	}
	return unicode.IsUpper(r) || unicode.Is(unicode.Other_Uppercase, r)
}

func pyIsLower(r rune) bool {
	if r < 0x80 {
		return r >= 'a' && r <= 'z'
	}
	return unicode.IsLower(r) || unicode.Is(unicode.Other_Lowercase, r)
}

func pyIsTitle(r rune) bool { return r >= 0x80 && unicode.IsTitle(r) }

// pyIsCased: Lowercase, Uppercase or Lt.
func pyIsCased(r rune) bool { return pyIsUpper(r) || pyIsLower(r) || pyIsTitle(r) }

// pyIsCaseIgnorable approximates the Case_Ignorable property.
func pyIsCaseIgnorable(r rune) bool {
	switch r {
	case '\'', '.', ':', '^', '`', 0xb7, 0x2019:
		return true
	}
	return r >= 0x80 && unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf, unicode.Lm, unicode.Sk)
}

func pyIsIDStart(r rune) bool {
	return r == '_' || pyIsAlpha(r) || (r >= 0x80 && unicode.Is(unicode.Nl, r))
}

func pyIsIDContinue(r rune) bool {
	if r < 0x80 {
		return r == '_' || pyIsAlpha(r) || (r >= '0' && r <= '9')
	}
	return pyIsIDStart(r) || unicode.In(r, unicode.Mn, unicode.Mc, unicode.Nd, unicode.Pc)
}

// Full case mappings that expand one character into several.
var (
	specialUpper = map[rune]string{
		0xdf: "SS", 0x149: "\u02bcN", 0x1f0: "J\u030c", 0x390: "\u0399\u0308\u0301",
		0x3b0: "\u03a5\u0308\u0301", 0x587: "\u0535\u0552",
		0xfb00: "FF", 0xfb01: "FI", 0xfb02: "FL", 0xfb03: "FFI", 0xfb04: "FFL", 0xfb05: "ST", 0xfb06: "ST",
	}
	specialTitle = map[rune]string{
		0xdf: "Ss", 0x149: "\u02bcN", 0x1f0: "J\u030c", 0x390: "\u0399\u0308\u0301",
		0x3b0: "\u03a5\u0308\u0301", 0x587: "\u0535\u0582",
		0xfb00: "Ff", 0xfb01: "Fi", 0xfb02: "Fl", 0xfb03: "Ffi", 0xfb04: "Ffl", 0xfb05: "St", 0xfb06: "St",
	}
	specialLower = map[rune]string{0x130: "i\u0307"}
	specialFold  = map[rune]string{
		0xdf: "ss", 0x1e9e: "ss", 0x130: "i\u0307", 0x149: "\u02bcn", 0x1f0: "j\u030c",
		0x390: "\u03b9\u0308\u0301", 0x3b0: "\u03c5\u0308\u0301", 0x587: "\u0565\u0582",
		0xfb00: "ff", 0xfb01: "fi", 0xfb02: "fl", 0xfb03: "ffi", 0xfb04: "ffl", 0xfb05: "st", 0xfb06: "st",
	}
)

// caseMapper builds case-mapped strings with CPython's final-sigma rule.
type caseMapper struct {
	runes []rune
	out   []rune
}

func (m *caseMapper) upper(r rune) {
	if r < 0x80 {
		if r >= 'a' && r <= 'z' {
			r -= 'a' - 'A'
		}
		m.out = append(m.out, r)
		return
	}
	if s, ok := specialUpper[r]; ok {
		m.out = append(m.out, []rune(s)...)
		return
	}
	m.out = append(m.out, unicode.ToUpper(r))
}

func (m *caseMapper) title(r rune) {
	if r < 0x80 {
		m.upper(r)
		return
	}
	if s, ok := specialTitle[r]; ok {
		m.out = append(m.out, []rune(s)...)
		return
	}
	m.out = append(m.out, unicode.ToTitle(r))
}

// lower maps runes[i] to lowercase; i locates it for the final-sigma
// context.
func (m *caseMapper) lower(i int) {
	r := m.runes[i]
	if r < 0x80 {
		if r >= 'A' && r <= 'Z' {
			r += 'a' - 'A'
		}
		m.out = append(m.out, r)
		return
	}
	if r == 0x3a3 {
		m.out = append(m.out, m.sigma(i))
		return
	}
	if s, ok := specialLower[r]; ok {
		m.out = append(m.out, []rune(s)...)
		return
	}
	m.out = append(m.out, unicode.ToLower(r))
}

// sigma returns the lowercase of the capital sigma at i: final ς when a
// cased letter precedes it and none follows (ignoring case-ignorable
// characters), else σ.
func (m *caseMapper) sigma(i int) rune {
	j := i - 1
	for j >= 0 && pyIsCaseIgnorable(m.runes[j]) {
		j--
	}
	before := j >= 0 && pyIsCased(m.runes[j])
	k := i + 1
	for k < len(m.runes) && pyIsCaseIgnorable(m.runes[k]) {
		k++
	}
	after := k < len(m.runes) && pyIsCased(m.runes[k])
	if before && !after {
		return 0x3c2
	}
	return 0x3c3
}

func (m *caseMapper) fold(r rune) {
	if r < 0x80 {
		if r >= 'A' && r <= 'Z' {
			r += 'a' - 'A'
		}
		m.out = append(m.out, r)
		return
	}
	if s, ok := specialFold[r]; ok {
		m.out = append(m.out, []rune(s)...)
		return
	}
	m.out = append(m.out, unicode.ToLower(unicode.ToUpper(r)))
}
