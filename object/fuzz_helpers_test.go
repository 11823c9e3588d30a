// Helpers of the fuzz targets of this package: a reader that draws
// values and choices from the fuzz input, a palette of Python values,
// and the checks that a call's exception is one CPython could raise.

package object

import (
	"math"
	"strings"
	"testing"
)

// fuzzInput hands out the bytes of a fuzz input as choices; once the
// input is used up every choice is 0. noHuge replaces the ints that are
// too large for a size (2**62, -2**63, 10**30) with small ones.
type fuzzInput struct {
	data   []byte
	noHuge bool
}

func (in *fuzzInput) byte() byte {
	if len(in.data) == 0 {
		return 0
	}
	b := in.data[0]
	in.data = in.data[1:]
	return b
}

// chunk takes a length byte and that many bytes (at most max).
func (in *fuzzInput) chunk(max int) string {
	n := int(in.byte()) % (max + 1)
	if n > len(in.data) {
		n = len(in.data)
	}
	s := string(in.data[:n])
	in.data = in.data[n:]
	return s
}

// paletteSize is the number of kinds value draws from.
const paletteSize = 40

// value returns a new reference to a value drawn from the input: small
// and big ints, floats with their special values, strs and bytes of
// several kinds (some cut from the input), containers and None. Strs
// and containers are small; ints up to 2**62 test the size checks.
func (in *fuzzInput) value(t *Thread) *Object {
	k := in.byte() % paletteSize
	switch k {
	case 8, 9, 10, 11:
		if in.noHuge {
			return NewInt(t, int64(k))
		}
	}
	switch k {
	case 0:
		return None // immortal: no reference to take
	case 1:
		return NewBool(true)
	case 2:
		return NewBool(false)
	case 3, 4, 5, 6:
		return NewInt(t, int64(int8(in.byte())))
	case 7:
		return NewInt(t, int64(in.byte())%40)
	case 8:
		v, _ := IntFromString(t, "1"+strings.Repeat("0", 30), 10)
		return v
	case 9:
		v, _ := IntFromString(t, "-123456789012345678901234567890", 10)
		return v
	case 10:
		return NewInt(t, 1<<62)
	case 11:
		return NewInt(t, -1<<63)
	case 12:
		return NewFloat(t, []float64{0, 1.5, -2.25, 1e300, 1e-300, 123456.789, 1e16, 5e-324}[in.byte()%8])
	case 13:
		return NewFloat(t, []float64{math.Copysign(0, -1), math.Inf(1), math.Inf(-1), math.NaN()}[in.byte()%4])
	case 14, 15, 16, 17, 18:
		return NewStr(t, pyText(in.chunk(16)))
	case 19:
		return NewStr(t, []string{"", "a", "abc", "é", "\U0001F600x", "  x  ", "a,b,,c", "\t\n\r", "%s", "{}", "Ab Cd", "ß", "\u0130", "1_000", "\x00"}[in.byte()%15])
	case 20, 21, 22:
		return NewBytes(t, []byte(in.chunk(16)))
	case 23:
		return NewBytes(t, []byte([]string{"", "a", "abc", "\xff\xfe", " x ", "a,b", "%s", "\t\n"}[in.byte()%8]))
	case 24:
		return &NewTuple(t, nil).Object
	case 25:
		return &NewTuple(t, []*Object{NewInt(t, 1), NewStr(t, "x")}).Object
	case 26:
		return &NewList(t, []*Object{NewStr(t, "a"), NewStr(t, "b")}).Object
	case 27:
		d := NewDict(t)
		d.SetStr(t, Intern("a"), SmallInt(1))
		x := NewStr(t, "x")
		d.SetStr(t, Intern("s"), x)
		t.Decref(x)
		return &d.Object
	case 28:
		return &NewTuple(t, []*Object{NewStr(t, "a"), NewStr(t, "b"), NewStr(t, "c")}).Object
	case 29:
		return &NewList(t, []*Object{NewBytes(t, []byte("a")), NewBytes(t, []byte("b"))}).Object
	default:
		return NewInt(t, int64(k-30)) // 0..9: counts, widths, indexes
	}
}

// allowedErrors are the exceptions the fuzzed operations may raise on bad
// arguments; anything else (SystemError above all) is a bug.
var allowedErrors = []*Type{TypeErrorType, ValueErrorType, OverflowErrorType, IndexErrorType,
	LookupErrorType, AttributeErrorType, KeyErrorType, MemoryErrorType}

// checkError fails the test when err is an exception outside
// allowedErrors, then drops it.
func checkError(tb testing.TB, t *Thread, err error, what func() string) {
	tb.Helper()
	defer t.DropError(err)
	for _, typ := range allowedErrors {
		if ErrorMatches(err, typ) {
			return
		}
	}
	tb.Fatalf("%s raised %v", what(), err)
}

// pyText makes fuzz bytes a Go string a str may hold: valid UTF-8 (the
// runtime's strs always are; invalid bytes become U+FFFD).
func pyText(s string) string { return strings.ToValidUTF8(s, "\uFFFD") }

// hasHugeNumber reports whether s holds a run of more than 4 digits: a
// width or precision that large would build a string of that size, which
// is CPython's behaviour too, but no use to fuzzing.
func hasHugeNumber(s string) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		if '0' <= s[i] && s[i] <= '9' {
			run++
			if run > 4 {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}
