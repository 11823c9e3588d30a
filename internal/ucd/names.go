package ucd

import (
	"strconv"
	"strings"
	"sync"

	"golang.org/x/text/unicode/runenames"
)

// This file holds character names: runenames' table for most characters
// and the two algorithmic families, CJK unified ideographs and Hangul
// syllables, computed as Unicode's chapter 4.8 describes.

const (
	hangulBase  = 0xAC00
	hangulCount = 11172
	jamoV       = 21
	jamoT       = 28
)

// The short names of Hangul jamo (Jamo.txt): leading consonants, vowels
// and trailing consonants.
var (
	jamoLNames = strings.Split("G GG N D DD R M B BB S SS  J JJ C K T P H", " ")
	jamoVNames = strings.Split("A AE YA YAE EO E YEO YE O WA WAE OE YO U WEO WE WI YU EU YI I", " ")
	jamoTNames = strings.Split(" G GG GS N NJ NH D L LG LM LB LS LT LP LH M B BS S SS NG J C K T P H", " ")
)

const cjkPrefix = "CJK UNIFIED IDEOGRAPH-"

// Name returns r's name, ok false when it has none (control characters,
// private use, unassigned code points, ...).
func (db *Database) Name(r rune) (string, bool) {
	if !db.Assigned(r) {
		return "", false
	}
	if r >= hangulBase && r < hangulBase+hangulCount {
		s := r - hangulBase
		l, v, t := s/(jamoV*jamoT), s%(jamoV*jamoT)/jamoT, s%jamoT
		return "HANGUL SYLLABLE " + jamoLNames[l] + jamoVNames[v] + jamoTNames[t], true
	}
	n := runenames.Name(r)
	if strings.HasPrefix(n, "<CJK Ideograph") {
		return cjkPrefix + strings.ToUpper(strconv.FormatInt(int64(r), 16)), true
	}
	if n == "" || n[0] == '<' {
		return "", false
	}
	return n, true
}

var byName struct {
	sync.Once
	m map[string]rune
}

// Lookup returns the character named name (in any letter case but for
// the algorithmic names), ok false
// when there is none.
func (db *Database) Lookup(name string) (rune, bool) {
	// The algorithmic names match in upper case only, as in CPython.
	if r, ok := lookupAlgorithmic(name); ok {
		if !db.Assigned(r) {
			return 0, false
		}
		return r, true
	}
	byName.Do(func() {
		byName.m = make(map[string]rune, 40000)
		for i, start := range runStarts {
			if records[runRecords[i]]&31 == 0 { // Cn
				continue
			}
			end := uint32(0x110000)
			if i+1 < len(runStarts) {
				end = runStarts[i+1]
			}
			for c := start; c < end; c++ {
				n := runenames.Name(rune(c))
				if n != "" && n[0] != '<' {
					byName.m[n] = rune(c)
				}
			}
		}
	})
	r, ok := byName.m[strings.ToUpper(name)]
	if ok && !db.Assigned(r) {
		return 0, false
	}
	return r, ok
}

// lookupAlgorithmic parses the names of CJK unified ideographs and Hangul
// syllables; the code point found may still be unassigned.
func lookupAlgorithmic(name string) (rune, bool) {
	if hex, ok := strings.CutPrefix(name, cjkPrefix); ok {
		if len(hex) != 4 && len(hex) != 5 {
			return 0, false
		}
		v, err := strconv.ParseUint(hex, 16, 32)
		if err != nil || strings.ToUpper(hex) != hex {
			return 0, false
		}
		r := rune(v)
		if !strings.HasPrefix(runenames.Name(r), "<CJK Ideograph") {
			return 0, false
		}
		return r, true
	}
	rest, ok := strings.CutPrefix(name, "HANGUL SYLLABLE ")
	if !ok {
		return 0, false
	}
	l, n1 := longestJamo(rest, jamoLNames)
	if l < 0 {
		return 0, false
	}
	v, n2 := longestJamo(rest[n1:], jamoVNames)
	if v < 0 {
		return 0, false
	}
	t, n3 := longestJamo(rest[n1+n2:], jamoTNames)
	if t < 0 || n1+n2+n3 != len(rest) {
		return 0, false
	}
	return rune(hangulBase + (l*jamoV+v)*jamoT + t), true
}

// longestJamo returns the index and length of the longest name in names
// that s starts with (the empty name counts), or -1.
func longestJamo(s string, names []string) (int, int) {
	best, bestLen := -1, -1
	for i, n := range names {
		if len(n) > bestLen && strings.HasPrefix(s, n) {
			best, bestLen = i, len(n)
		}
	}
	return best, bestLen
}
