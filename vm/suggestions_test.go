package vm

import "testing"

// The distances CPython's suggestions use: 2 to insert, delete or
// replace a byte, 1 to change a letter's case. testdata/suggestions.py
// checks the suggestions themselves against CPython.
func TestEditDistance(t *testing.T) {
	for _, c := range []struct {
		a, b string
		max  int
		want int
	}{
		{"blech", "blach", 100, 2},
		{"blech", "Blech", 100, 1},
		{"blech", "BLECH", 100, 5},
		{"a", "b", 100, 2},
		{"ab", "ba", 100, 4},
		{"", "abc", 100, 6},
		{"abc", "abcd", 100, 2},
		{"apend", "append", 100, 2},
		{"same", "same", 0, 0},
		{"é", "e", 100, 4},         // two UTF-8 bytes for one
		{"abcdef", "uvwxyz", 3, 4}, // over the limit: any value above it
		{"a", "abcdefgh", 5, 6},    // lengths alone exceed it
		{"x" + string(make([]byte, 41)) + "x", "y" + string(make([]byte, 41)) + "y", 100, 101}, // over 40 bytes differ: not compared
		{"x" + string(make([]byte, 41)), "y" + string(make([]byte, 41)), 100, 2},               // the common suffix is trimmed first
	} {
		if got := editDistance(c.a, c.b, c.max); got != c.want && !(c.want > c.max && got > c.max) {
			t.Errorf("editDistance(%q, %q, %d) = %d, want %d", c.a, c.b, c.max, got, c.want)
		}
	}
}
