package object

import (
	"math"
	"strconv"
	"strings"
	"testing"
)

// TestFloatTable checks float's repr, hex, as_integer_ratio, rounding,
// hashing and float(str) against values generated with CPython 3.11
// (testdata/num_float.jsonl: operation, operand, result).
func TestFloatTable(t *testing.T) {
	th := attached(t)
	rows := readJSONL(t, "testdata/num_float.jsonl")
	if len(rows) < 1000 {
		t.Fatalf("only %d cases", len(rows))
	}
	liveI, liveF, liveT, liveS := liveDelta(IntType), liveDelta(FloatType), liveDelta(TupleType), liveDelta(StrType)
	for _, row := range rows {
		op, in, want := row[0], row[1], row[2]
		var r *Object
		var err error
		if op == "float" {
			s := NewStr(th, in)
			r, err = FloatType.New(th, FloatType, []*Object{s}, nil)
			th.Decref(s)
		} else {
			x := numLit(t, th, in)
			switch {
			case op == "repr":
				r, err = Repr(th, x)
				if err == nil {
					if FloatAsString(FloatValue(x)) != StrValue(r) {
						t.Errorf("FloatAsString(%s) != repr", in)
					}
					// Compare the text itself, unquoted.
					s := StrValue(r)
					th.Decref(r)
					r = NewStrStatic(s)
				}
			case op == "hex":
				r, err = callNumMethod(t, th, x, "hex")
			case op == "ratio":
				r, err = callNumMethod(t, th, x, "as_integer_ratio")
			case op == "is_integer":
				r, err = callNumMethod(t, th, x, "is_integer")
			case op == "trunc" || op == "floor" || op == "ceil":
				r, err = callNumMethod(t, th, x, "__"+op+"__")
			case op == "round":
				r, err = callNumMethod(t, th, x, "__round__")
			case op == "hash" && in == "nan":
				// NaNs hash by identity since 3.10.
				var h int64
				h, err = Hash(th, x)
				if h != int64(uintptr(Pointer(x))>>4) {
					t.Errorf("hash(nan) = %d, not its identity hash", h)
				}
				r, want = None, "None"
			case op == "hash":
				var h int64
				h, err = Hash(th, x)
				r = NewInt(th, h)
			case strings.HasPrefix(op, "round"):
				nd := op[len("round"):]
				r, err = callNumMethod(t, th, x, "__round__", nd)
			default:
				t.Fatalf("unknown op %q", op)
			}
			th.Decref(x)
		}
		got := outcomeOf(th, r, err)
		if op == "repr" && err == nil {
			got = got[1 : len(got)-1]
		}
		if !sameOutcome(got, want) {
			t.Errorf("%s(%q) = %s, want %s", op, in, got, want)
		}
	}
	for name, d := range map[string]func() int64{"int": liveI, "float": liveF, "tuple": liveT, "str": liveS} {
		if n := d(); n != 0 {
			t.Errorf("%s live delta %d", name, n)
		}
	}
}

func TestFloatReprDirect(t *testing.T) {
	for _, c := range []struct {
		v    float64
		want string
	}{
		{0.1, "0.1"}, {1.0 / 3, "0.3333333333333333"}, {1e16, "1e+16"}, {1e15, "1000000000000000.0"},
		{1e-5, "1e-05"}, {1e-4, "0.0001"}, {123456789.0, "123456789.0"}, {1e22, "1e+22"},
		{5e-324, "5e-324"}, {2.5, "2.5"}, {math.Copysign(0, -1), "-0.0"}, {math.NaN(), "nan"},
		{math.Inf(1), "inf"}, {math.Inf(-1), "-inf"}, {1.5e300, "1.5e+300"}, {-1.25e-7, "-1.25e-07"},
		{9007199254740993.0, "9007199254740992.0"}, {1e-310, "1e-310"}, {100.0, "100.0"},
		{12345678901234567.0, "1.2345678901234568e+16"}, {1234567890123456.7, "1234567890123456.8"},
		{math.MaxFloat64, "1.7976931348623157e+308"},
	} {
		if got := FloatAsString(c.v); got != c.want {
			t.Errorf("FloatAsString(%v) = %q, want %q", c.v, got, c.want)
		}
	}
}

func TestFloatNewAndMethods(t *testing.T) {
	th := attached(t)
	liveF, liveI := liveDelta(FloatType), liveDelta(IntType)
	for _, c := range []struct {
		args []string
		kw   []string
		want string
	}{
		{nil, nil, "0.0"},
		{[]string{"3"}, nil, "3.0"},
		{[]string{"True"}, nil, "1.0"},
		{[]string{"10**400"}, nil, "OverflowError: int too large to convert to float"},
		{[]string{"9007199254740993"}, nil, "9007199254740992.0"},
		{[]string{"0x1.8000000000000p+0"}, nil, "1.5"},
		{[]string{"1", "2"}, nil, "TypeError: float expected at most 1 argument, got 2"},
		{[]string{"1"}, []string{"x"}, "TypeError: float() takes no keyword arguments"},
	} {
		r, err := callNew(t, th, FloatType, c.kw, c.args...)
		if got := outcomeOf(th, r, err); got != c.want {
			t.Errorf("float(%v) = %s, want %s", c.args, got, c.want)
		}
	}
	l := NewStaticTuple()
	if got := outcome(th)(FloatOf(th, &l.Object)); got != "TypeError: float() argument must be a string or a real number, not 'tuple'" {
		t.Errorf("float(()) = %s", got)
	}
	if got := outcome(th)(IntOf(th, &l.Object)); got != "TypeError: int() argument must be a string, a bytes-like object or a real number, not 'tuple'" {
		t.Errorf("int(()) = %s", got)
	}
	x := NewFloat(th, -1.5)
	for _, c := range []struct {
		method string
		args   []string
		want   string
	}{
		{"conjugate", nil, "-1.5"},
		{"real", nil, "-1.5"},
		{"imag", nil, "0.0"},
		{"__format__", []string{"'.3f'"}, "'-1.500'"},
		{"__format__", []string{"''"}, "'-1.5'"},
		{"__format__", []string{"'d'"}, "ValueError: Unknown format code 'd' for object of type 'float'"},
		{"__round__", []string{"1", "2"}, "TypeError: __round__ expected at most 1 argument, got 2"},
		{"__round__", []string{"0x1.0000000000000p+0"}, "TypeError: 'float' object cannot be interpreted as an integer"},
		{"__round__", []string{"None"}, "-2"},
		{"hex", []string{"1"}, "TypeError: float.hex() takes no arguments (1 given)"},
	} {
		var r *Object
		var err error
		if c.method == "real" || c.method == "imag" {
			r, err = GetAttrString(th, x, c.method)
		} else {
			r, err = callNumMethod(t, th, x, c.method, c.args...)
		}
		if got := outcomeOf(th, r, err); got != c.want {
			t.Errorf("(-1.5).%s(%v) = %s, want %s", c.method, c.args, got, c.want)
		}
	}
	// Unary operations.
	for _, c := range []struct {
		op   UnaryOp
		want string
	}{{OpNeg, "1.5"}, {OpPos, "-1.5"}} {
		if got := outcome(th)(UnaryOperation(th, x, c.op)); got != c.want {
			t.Errorf("unary %d(-1.5) = %s", c.op, got)
		}
	}
	if got := outcome(th)(UnaryOperation(th, x, OpInvert)); got != "TypeError: bad operand type for unary ~: 'float'" {
		t.Errorf("~(-1.5) = %s", got)
	}
	if got := outcome(th)(FloatType.Number.Abs(th, x)); got != "1.5" {
		t.Errorf("abs(-1.5) = %s", got)
	}
	if got := outcome(th)(IntOf(th, x)); got != "-1" {
		t.Errorf("int(-1.5) = %s", got)
	}
	if b, _ := IsTrue(th, x); !b {
		t.Error("bool(-1.5) is False")
	}
	th.Decref(x)
	z := NewFloat(th, math.Copysign(0, -1))
	if b, _ := IsTrue(th, z); b {
		t.Error("bool(-0.0) is True")
	}
	th.Decref(z)
	if d := liveF(); d != 0 {
		t.Errorf("float live delta %d", d)
	}
	if d := liveI(); d != 0 {
		t.Errorf("int live delta %d", d)
	}
}

func TestNumberParsersExported(t *testing.T) {
	th := attached(t)
	live := liveDelta(IntType)
	for _, c := range []struct {
		s    string
		base int
		want string
	}{
		{"0x_ff", 0, "255"}, {"-0b1_0", 0, "-2"}, {"  42\n", 10, "42"}, {"777", 8, "511"}, {"9", 8, "ValueError: invalid literal for int() with base 8: '9'"},
		{"-9223372036854775808", 10, "-9223372036854775808"}, {"9223372036854775807", 10, "9223372036854775807"},
	} {
		if got := outcome(th)(IntFromString(th, c.s, c.base)); got != c.want {
			t.Errorf("IntFromString(%q, %d) = %s, want %s", c.s, c.base, got, c.want)
		}
	}
	for _, c := range []struct {
		s    string
		want float64
	}{{"1_000.5", 1000.5}, {" -Infinity", math.Inf(-1)}, {"1e999", math.Inf(1)}, {"-0", math.Copysign(0, -1)}} {
		v, err := FloatFromString(th, c.s)
		if err != nil || strconv.FormatFloat(v, 'g', -1, 64) != strconv.FormatFloat(c.want, 'g', -1, 64) || math.Signbit(v) != math.Signbit(c.want) {
			t.Errorf("FloatFromString(%q) = %v, %v", c.s, v, err)
		}
	}
	if d := live(); d != 0 {
		t.Errorf("int live delta %d", d)
	}
}
