package codecs

import (
	"errors"
	"testing"
)

// A stream decoded in pieces of every size gives what one call gives:
// the incremental decoder holds a sequence cut at a piece's end, and a
// BOM cut there.
func TestIncrementalMatchesWhole(t *testing.T) {
	text := "aé€\U0001F600\n\u4e00z"
	for _, name := range []string{"utf-8", "utf-8-sig", "utf-16", "utf-16-be", "utf-32", "utf-32-be", "latin-1", "cp1252"} {
		c, err := Lookup(name)
		if err != nil {
			t.Fatal(err)
		}
		src := text
		if c == Latin1 || c == CP1252 {
			src = "aé\n€z"
			if c == Latin1 {
				src = "aé\nz"
			}
		}
		b, err := c.Encode(src, "strict")
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		for size := 1; size <= len(b); size++ {
			d := c.NewDecoder("strict")
			var out []byte
			for i := 0; i < len(b); i += size {
				end := min(i+size, len(b))
				if out, err = d.Decode(out, b[i:end], end == len(b)); err != nil {
					t.Fatalf("%s size %d: %v", name, size, err)
				}
			}
			if string(out) != src {
				t.Fatalf("%s size %d: got %q, want %q", name, size, out, src)
			}
		}
	}
}

// An incomplete sequence at the end of the last piece is an error with
// CPython's reason; before the end it is held.
func TestIncrementalTruncated(t *testing.T) {
	d := UTF8.NewDecoder("strict")
	out, err := d.Decode(nil, []byte("a\xe2\x82"), false)
	if err != nil || string(out) != "a" || d.Pending() != 2 {
		t.Fatalf("got %q, %v, pending %d", out, err, d.Pending())
	}
	_, err = d.Decode(nil, nil, true)
	var ce *Error
	if !errors.As(err, &ce) || ce.Error() != "'utf-8' codec can't decode bytes in position 0-1: unexpected end of data" {
		t.Fatalf("final: %v", err)
	}
}

func TestLookupNames(t *testing.T) {
	for name, want := range map[string]*Codec{
		"UTF8": UTF8, "utf_8": UTF8, " utf 8 ": UTF8, "latin1": Latin1, "iso-8859-1": Latin1, "L1": Latin1,
		"cp819": Latin1, "us-ascii": ASCII, "ANSI_X3.4-1968": ASCII, "windows-1252": CP1252,
		"UTF-16LE": UTF16LE, "utf-8-sig": UTF8Sig, "U32": UTF32,
	} {
		if c, err := Lookup(name); err != nil || c != want {
			t.Errorf("Lookup(%q) = %v, %v", name, c, err)
		}
	}
	for _, name := range []string{"utf.8", "u-t-f-8", "", "ucs-2"} {
		if _, err := Lookup(name); err == nil || err.Error() != "unknown encoding: "+name {
			t.Errorf("Lookup(%q): %v", name, err)
		}
	}
}
