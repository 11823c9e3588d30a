package codecs

import (
	"strings"
	"testing"
)

// TestFSRoundTrip checks that every byte string of the OS comes back
// from FSDecode then FSEncode as it was, and that FSDecode gives str text.
func TestFSRoundTrip(t *testing.T) {
	var all []byte
	for i := 0; i < 256; i++ {
		all = append(all, byte(i))
	}
	for _, b := range []string{"", "plain", "caf\xc3\xa9", "\xff.txt", "\xed\xa0\x80", "\xc3", "a\xe9b", string(all), "\xf4\x90\x80\x80"} {
		s := FSDecode(b)
		if !ValidText(s) {
			t.Errorf("FSDecode(%q) = %q, not str text", b, s)
		}
		back, err := FSEncode(s)
		if err != nil || back != b {
			t.Errorf("FSEncode(FSDecode(%q)) = %q, %v", b, back, err)
		}
	}
	if got := FSDecode("\xff"); got != "\xed\xb3\xbf" {
		t.Errorf("FSDecode(\\xff) = %q, want U+DCFF", got)
	}
}

// TestFSEncodeSurrogate checks that a lone surrogate that escapes no
// byte is refused, as python3's os.fsencode('\ud800') is.
func TestFSEncodeSurrogate(t *testing.T) {
	_, err := FSEncode("x" + string(AppendRune(nil, 0xD800)))
	e, ok := err.(*Error)
	if !ok || !e.Encode || e.Start != 1 || e.End != 2 || !strings.Contains(e.Reason, "surrogates not allowed") {
		t.Errorf("FSEncode of U+D800: %#v", err)
	}
}

func TestValidText(t *testing.T) {
	for s, want := range map[string]bool{"": true, "abc": true, "caf\xc3\xa9": true, "\xed\xa0\x80": true, "\xed\xb3\xbf": true,
		"\xff": false, "a\xc3": false, "\xc0\x80": false, "\xed\xa0": false, "\x80": false} {
		if got := ValidText(s); got != want {
			t.Errorf("ValidText(%q) = %v, want %v", s, got, want)
		}
	}
}
