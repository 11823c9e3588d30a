package object

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// strLenOf counts code points eight bytes at a time; it must agree with
// utf8's count on valid text of every alignment, and count a lone
// surrogate's three bytes as one.
func TestStrLenOf(t *testing.T) {
	pieces := []string{"a", "é", "€", "\U0001F600", "\x7f", "ab", "\u0800"}
	for n := 0; n < 40; n++ {
		for _, p := range pieces {
			s := strings.Repeat("x", n%9) + strings.Repeat(p, n)
			got, ascii := strLenOf(s)
			if want := utf8.RuneCountInString(s); got != want {
				t.Fatalf("strLenOf(%q) = %d, want %d", s, got, want)
			}
			if want := got == len(s); ascii != want {
				t.Fatalf("strLenOf(%q) ascii = %v", s, ascii)
			}
		}
	}
	sur := "a\xed\xb3\xbfb\xed\xa0\x80" // 'a\udcffb\ud800'
	for k := 0; k < 9; k++ {
		s := strings.Repeat("y", k) + sur
		if n, ascii := strLenOf(s); n != k+4 || ascii {
			t.Fatalf("strLenOf(%q) = %d, %v; want %d, false", s, n, ascii, k+4)
		}
	}
}
