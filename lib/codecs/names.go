// This file names characters for the namereplace error handler, as
// unicodedata.name does: from the Unicode 14 database CPython 3.11 uses.

package codecs

import "github.com/ftpy/ftpy/internal/ucd"

// RuneName is the Unicode name of r, or "" for a character without one
// (controls, unassigned code points, surrogates).
func RuneName(r rune) string {
	n, _ := ucd.Current.Name(r)
	return n
}
