// This file names characters for the namereplace error handler, as
// unicodedata.name does.

package codecs

import (
	"strconv"
	"strings"

	"golang.org/x/text/unicode/runenames"
)

// RuneName is the Unicode name of r, or "" for a character without one
// (controls, unassigned code points, surrogates).
func RuneName(r rune) string {
	if r >= 0xAC00 && r <= 0xD7A3 {
		return hangulName(r)
	}
	n := runenames.Name(r)
	if strings.HasPrefix(n, "<CJK Ideograph") {
		return "CJK UNIFIED IDEOGRAPH-" + strings.ToUpper(strconv.FormatInt(int64(r), 16))
	}
	if strings.HasPrefix(n, "<") {
		return ""
	}
	return n
}

// The Hangul syllable names are made from their jamo (Unicode 3.12).
var (
	hangulLead  = []string{"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"}
	hangulVowel = []string{"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"}
	hangulTail  = []string{"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"}
)

func hangulName(r rune) string {
	i := int(r - 0xAC00)
	return "HANGUL SYLLABLE " + hangulLead[i/588] + hangulVowel[i%588/28] + hangulTail[i%28]
}
