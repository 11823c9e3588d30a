package object

import (
	"testing"
)

// TestNumberFormatTable checks format() of ints, bools and floats
// against values generated with CPython 3.11
// (testdata/num_format.jsonl: value, spec, repr of the result or the
// exception).
func TestNumberFormatTable(t *testing.T) {
	th := attached(t)
	rows := readJSONL(t, "testdata/num_format.jsonl")
	if len(rows) < 1000 {
		t.Fatalf("only %d cases", len(rows))
	}
	liveI, liveF, liveS := liveDelta(IntType), liveDelta(FloatType), liveDelta(StrType)
	for _, row := range rows {
		x, spec, want := numLit(t, th, row[0]), row[1], row[2]
		got := outcome(th)(Format(th, x, spec))
		if !sameOutcome(got, want) {
			t.Errorf("format(%s, %q) = %s, want %s", row[0], spec, got, want)
		}
		th.Decref(x)
	}
	for name, d := range map[string]func() int64{"int": liveI, "float": liveF, "str": liveS} {
		if n := d(); n != 0 {
			t.Errorf("%s live delta %d", name, n)
		}
	}
}

func TestParseFormatSpec(t *testing.T) {
	th := attached(t)
	for _, c := range []struct {
		spec string
		want FormatSpec
	}{
		{"", FormatSpec{Fill: ' ', Width: -1, Precision: -1}},
		{"*^+z#010,.3f", FormatSpec{Fill: '*', Align: '^', Sign: '+', NoNegZero: true, Alternate: true, Width: 10, Grouping: ',', Precision: 3, Type: 'f'}},
		{"05", FormatSpec{Fill: '0', ZeroPad: true, Width: 5, Precision: -1}},
		{"€<7_", FormatSpec{Fill: '€', Align: '<', Width: 7, Grouping: '_', Precision: -1}},
		{"=", FormatSpec{Fill: ' ', Align: '=', Width: -1, Precision: -1}},
		{"s", FormatSpec{Fill: ' ', Width: -1, Precision: -1, Type: 's'}},
		{".0", FormatSpec{Fill: ' ', Width: -1, Precision: 0}},
	} {
		got, err := ParseFormatSpec(th, c.spec)
		if err != nil || got != c.want {
			t.Errorf("ParseFormatSpec(%q) = %+v, %v; want %+v", c.spec, got, err, c.want)
		}
	}
	for _, c := range []struct{ spec, want string }{
		{"abc", "ValueError: Invalid format specifier 'abc' for object of type 'str'"},
		{",s", "ValueError: Cannot specify ',' with 's'."},
		{",_", "ValueError: Cannot specify both ',' and '_'."},
		{"_,", "ValueError: Cannot specify both ',' and '_'."},
		{".", "ValueError: Format specifier missing precision"},
		{"99999999999999999999", "ValueError: Too many decimal digits in format string"},
		{", ", "ValueError: Cannot specify ',' with '\\x20'."},
	} {
		_, err := ParseFormatSpec(th, c.spec)
		if got := outcomeOf(th, nil, err); err == nil || got != c.want {
			t.Errorf("ParseFormatSpec(%q) error = %s, want %s", c.spec, got, c.want)
		}
	}
	// Pad: str.__format__'s fill and alignment.
	for _, c := range []struct{ spec, s, want string }{
		{"", "ab", "ab"}, {"5", "ab", "ab   "}, {">5", "ab", "   ab"}, {"^5", "ab", " ab  "},
		{"*^6", "ab", "**ab**"}, {"05", "ab", "ab000"}, {"é>4", "ü", "éééü"}, {"1", "abc", "abc"},
	} {
		fs, err := ParseFormatSpec(th, c.spec)
		if err != nil {
			t.Fatal(err)
		}
		if got := fs.Pad(c.s, '<'); got != c.want {
			t.Errorf("Pad(%q, %q) = %q, want %q", c.spec, c.s, got, c.want)
		}
	}
}
