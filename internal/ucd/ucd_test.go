package ucd

import "testing"

func TestNameLookupRoundTrip(t *testing.T) {
	for _, r := range []rune{'a', 0x20AC, 0x4E00, 0xAC00, 0xD7A3, 0x1F600, 0x2A6DF, 0xF900} {
		n, ok := Current.Name(r)
		if !ok {
			t.Fatalf("Name(%U) missing", r)
		}
		if got, ok := Current.Lookup(n); !ok || got != r {
			t.Errorf("Lookup(%q) = %U, %v; want %U", n, got, ok, r)
		}
	}
	// Unassigned in 14.0.0 but named in runenames' 15.0.0 tables.
	if n, ok := Current.Name(0x1F6DC); ok {
		t.Errorf("Name(U+1F6DC) = %q, want none in 14.0.0", n)
	}
	if _, ok := Current.Lookup("HANGUL SYLLABLE X"); ok {
		t.Error("bad Hangul name found")
	}
}

func TestProps(t *testing.T) {
	p := Current.Props(0x301)
	if p.Category != "Mn" || p.Combining != 230 || p.Bidi != "NSM" {
		t.Errorf("Props(U+0301) = %+v", p)
	}
	if v, ok := Current.Numeric(0xBD); !ok || v != 0.5 {
		t.Errorf("Numeric(U+00BD) = %v, %v", v, ok)
	}
	if d := Current.Decomposition(0xBC); d != "<fraction> 0031 2044 0034" {
		t.Errorf("Decomposition(U+00BC) = %q", d)
	}
	if V320.Assigned(0x221) || !Current.Assigned(0x221) {
		t.Error("U+0221 was assigned in 4.0")
	}
}

// TestConcurrentFirstUse has goroutines race to build the lazy name and
// decomposition tables (run with -race).
func TestConcurrentFirstUse(t *testing.T) {
	done := make(chan bool)
	for g := 0; g < 4; g++ {
		go func() {
			r, ok := Current.Lookup("SNOWMAN")
			d := V320.Decomposition(0xE9)
			done <- ok && r == 0x2603 && d == "0065 0301"
		}()
	}
	for g := 0; g < 4; g++ {
		if !<-done {
			t.Error("concurrent lookup or decomposition failed")
		}
	}
}
