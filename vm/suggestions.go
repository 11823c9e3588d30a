// This file finds the "Did you mean" hint that CPython 3.11's traceback
// printer adds to an uncaught NameError or AttributeError: the name
// closest to the one that failed, among the object's attributes, or the
// failing frame's locals, globals and builtins. It is computed only when
// the exception is printed, as CPython does, so a failed lookup costs
// nothing more than recording the name (and, for an attribute, the
// object) on the exception.
//
// Closeness is CPython's edit distance over the names' UTF-8 bytes:
// inserting, deleting or replacing a byte costs 2, and replacing a letter
// by the same letter in the other case costs 1. A name is a candidate
// when at most about a third of the bytes involved change; the closest
// wins, the first one listed on a tie. Lists of 750 names or more, and
// names of over 40 bytes (past a common prefix and suffix), are not
// searched, to bound the time printing takes.

package vm

import (
	"github.com/ftpy/ftpy/object"
)

// CPython's bounds and costs (Python/suggestions.c).
const (
	maxSuggestionCandidates = 750
	maxSuggestionLen        = 40
	editMoveCost            = 2
	editCaseCost            = 1
)

// suggestionHint returns what the printer appends to exc's last line:
// ". Did you mean: 'name'?", or "" when there is nothing to suggest. Only
// NameError and AttributeError themselves get one, not their subclasses,
// as in CPython.
func (st *State) suggestionHint(exc *object.Exception) string {
	var s string
	switch exc.Type() {
	case object.AttributeErrorType:
		s = st.attributeSuggestion(exc)
	case object.NameErrorType:
		s = st.nameSuggestion(exc)
	}
	if s == "" {
		return ""
	}
	o := object.NewStr(st.t, s)
	r, err := object.ReprString(st.t, o)
	st.t.Decref(o)
	if err != nil {
		st.t.DropError(err)
		return ""
	}
	return ". Did you mean: " + r + "?"
}

// attributeSuggestion is the attribute of exc.obj closest to exc.name,
// among dir(obj).
func (st *State) attributeSuggestion(exc *object.Exception) string {
	t := st.t
	name, obj := exc.NameAttr(), exc.AttributeErrorObj()
	if name == nil || obj == nil || name.Type() != object.StrType {
		return ""
	}
	t.Incref(name)
	t.Incref(obj)
	defer t.Decref(name)
	defer t.Decref(obj)
	var dir *object.Object
	var err error
	if hasSpecial(obj.Type(), strDir) {
		dir, err = dirSpecial(t, obj)
	} else {
		dir, err = dirOf(t, obj)
	}
	if err != nil {
		t.DropError(err)
		return ""
	}
	defer t.Decref(dir)
	// dir() made the list: no other thread sees it.
	s, _, _ := closestName(object.AsList(dir).PrivateItems(), object.StrValue(name))
	return s
}

// nameSuggestion is the name closest to exc.name among the locals (the
// code's variable names), then the globals, then the builtins of the
// frame the NameError was raised in: the first of the three that has
// one.
func (st *State) nameSuggestion(exc *object.Exception) string {
	t := st.t
	name := exc.NameAttr()
	if name == nil || name.Type() != object.StrType {
		return ""
	}
	entries := exc.TracebackEntries()
	if len(entries) == 0 || entries[0].Frame == nil || entries[0].Frame.Type() != FrameType {
		return ""
	}
	fo := object.Cast[FrameObject](entries[0].Frame)
	if fo.code == nil || fo.globals == nil {
		return ""
	}
	want := object.StrValue(name)
	locals := make([]*object.Object, len(fo.code.LocalNameObjs))
	for i, n := range fo.code.LocalNameObjs {
		locals[i] = n.Obj()
	}
	if s, ok, _ := closestName(locals, want); ok {
		return s
	}
	for _, ns := range []*object.Object{fo.globals.Obj(), fo.builtins} {
		if ns == nil {
			continue
		}
		keys, err := object.SequenceItems(t, ns)
		if err != nil {
			t.DropError(err)
			return ""
		}
		s, ok, bad := closestName(keys, want)
		for _, k := range keys {
			t.Decref(k)
		}
		if ok || bad {
			// A key that is not a str leaves CPython's search with an
			// error, which ends it.
			return s
		}
	}
	return ""
}

// closestName returns the candidate closest to name, and whether there
// is one. A candidate that is not a str ends the search with none, and
// bad.
func closestName(candidates []*object.Object, name string) (best string, found, bad bool) {
	if len(candidates) >= maxSuggestionCandidates {
		return "", false, false
	}
	bestDist := -1
	for _, c := range candidates {
		if !object.IsStr(c) {
			return "", false, true
		}
		item := object.StrValue(c)
		if item == name && isASCII(name) {
			// The name itself (listed, yet its lookup failed: a property
			// that raised). CPython compares the name's code points with
			// the candidate's UTF-8 bytes, so only an ASCII name is
			// skipped; another one suggests itself.
			continue
		}
		// No more than a third of the bytes involved may change, and
		// the candidate must beat the best so far.
		limit := (len(name) + len(item) + 3) * editMoveCost / 6
		if bestDist >= 0 && bestDist-1 < limit {
			limit = bestDist - 1
		}
		if limit < 0 {
			continue
		}
		d := editDistance(name, item, limit)
		if d > limit {
			continue
		}
		if bestDist < 0 || d < bestDist {
			best, bestDist = item, d
		}
	}
	return best, bestDist >= 0, false
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// substitutionCost is the cost of replacing byte a by b: nothing for the
// same byte, editCaseCost for an ASCII letter in the other case.
func substitutionCost(a, b byte) int {
	if a&31 != b&31 {
		return editMoveCost
	}
	if a == b {
		return 0
	}
	if 'A' <= a && a <= 'Z' {
		a += 'a' - 'A'
	}
	if 'A' <= b && b <= 'Z' {
		b += 'a' - 'A'
	}
	if a == b {
		return editCaseCost
	}
	return editMoveCost
}

// editDistance is the weighted Levenshtein distance between a and b's
// bytes, or any value over maxCost once it must exceed maxCost.
func editDistance(a, b string, maxCost int) int {
	for len(a) > 0 && len(b) > 0 && a[0] == b[0] {
		a, b = a[1:], b[1:]
	}
	for len(a) > 0 && len(b) > 0 && a[len(a)-1] == b[len(b)-1] {
		a, b = a[:len(a)-1], b[:len(b)-1]
	}
	if len(a) == 0 || len(b) == 0 {
		return (len(a) + len(b)) * editMoveCost
	}
	if len(a) > maxSuggestionLen || len(b) > maxSuggestionLen {
		return maxCost + 1
	}
	if len(b) < len(a) {
		a, b = b, a // the row runs along the shorter string
	}
	if (len(b)-len(a))*editMoveCost > maxCost {
		return maxCost + 1
	}
	// row[i] is the cost of turning the prefix of b seen so far into
	// a[:i+1]; one row is updated in place, column by column.
	var rowBuf [maxSuggestionLen]int
	row := rowBuf[:len(a)]
	for i := range row {
		row[i] = (i + 1) * editMoveCost
	}
	result := 0
	for j := 0; j < len(b); j++ {
		diag := j * editMoveCost // cost of b[:j] to a[:0]
		result = diag
		rowMin := -1
		for i := 0; i < len(a); i++ {
			sub := diag + substitutionCost(b[j], a[i])
			diag = row[i]
			ins := min(result, diag) + editMoveCost
			result = min(ins, sub)
			row[i] = result
			if rowMin < 0 || result < rowMin {
				rowMin = result
			}
		}
		if rowMin > maxCost {
			return maxCost + 1 // every path already costs too much
		}
	}
	return result
}
