package object

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"math"
	"os"
	"strconv"
	"strings"
	"testing"
)

// numLit builds a number from the notation of the generated tables:
// True/False, ints in decimal, "10**400", floats as Python's float.hex()
// or inf/-inf/nan.
func numLit(tb testing.TB, t *Thread, s string) *Object {
	tb.Helper()
	switch s {
	case "True":
		return True
	case "False":
		return False
	case "inf", "-inf", "nan":
		v, _ := strconv.ParseFloat(s, 64)
		return NewFloat(t, v)
	}
	if strings.Contains(s, "**") {
		parts := strings.SplitN(s, "**", 2)
		a, b := numLit(tb, t, parts[0]), numLit(tb, t, parts[1])
		r, err := BinaryOperation(t, a, b, OpPow)
		t.Decref(a)
		t.Decref(b)
		if err != nil {
			tb.Fatalf("%s: %v", s, err)
		}
		return r
	}
	if strings.Contains(s, "p") {
		v, err := strconv.ParseFloat(s, 64)
		if err != nil {
			tb.Fatalf("bad float literal %q: %v", s, err)
		}
		return NewFloat(t, v)
	}
	r, err := IntFromString(t, s, 10)
	if err != nil {
		tb.Fatalf("bad int literal %q: %v", s, err)
	}
	return r
}

// outcome renders a result as the tables do: repr, or "Type: message".
func outcome(t *Thread) func(r *Object, err error) string {
	return func(r *Object, err error) string { return outcomeOf(t, r, err) }
}

func outcomeOf(t *Thread, r *Object, err error) string {
	if err != nil {
		s := err.Error()
		t.DropError(err)
		return s
	}
	var s string
	if IsStr(r) {
		// str's repr belongs to another part.
		s = strReprString(StrValue(r))
		t.Decref(r)
		return s
	}
	if IsTuple(r) {
		// tuple's repr belongs to another part; render it here.
		parts := make([]string, 0, 2)
		for _, it := range AsTuple(r).Items {
			parts = append(parts, outcomeOf(t, t.NewRef(it), nil))
		}
		t.Decref(r)
		if len(parts) == 1 {
			return "(" + parts[0] + ",)"
		}
		return "(" + strings.Join(parts, ", ") + ")"
	}
	s, err = ReprString(t, r)
	t.Decref(r)
	if err != nil {
		s = err.Error()
		t.DropError(err)
	}
	return s
}

// sameOutcome compares against an expected value, which the generator
// abbreviates to "sha:" and a hash prefix when it is long.
func sameOutcome(got, want string) bool {
	if strings.HasPrefix(want, "sha:") {
		h := sha256.Sum256([]byte(got))
		return hex.EncodeToString(h[:])[:16] == want[4:]
	}
	return got == want
}

func readJSONL(tb testing.TB, path string) [][]string {
	tb.Helper()
	f, err := os.Open(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var rows [][]string
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var row []string
		if err := json.Unmarshal(sc.Bytes(), &row); err != nil {
			tb.Fatalf("%s: %v", path, err)
		}
		rows = append(rows, row)
	}
	return rows
}

var binaryOps = map[string]BinaryOp{
	"+": OpAdd, "-": OpSub, "*": OpMul, "/": OpTrueDiv, "//": OpFloorDiv, "%": OpMod,
	"**": OpPow, "<<": OpLShift, ">>": OpRShift, "&": OpAnd, "|": OpOr, "^": OpXor,
}

var compareOps = map[string]CompareOp{"<": LT, "<=": LE, "==": EQ, "!=": NE, ">": GT, ">=": GE}

// divmodOf dispatches divmod(a, b) as binary_op1 does.
func divmodOf(t *Thread, a, b *Object) (*Object, error) {
	for _, typ := range []*Type{a.typ, b.typ} {
		if typ.Number != nil && typ.Number.DivMod != nil {
			r, err := typ.Number.DivMod(t, a, b)
			if err != nil || r != NotImplemented {
				return r, err
			}
		}
	}
	return nil, t.Errorf(TypeErrorType, "unsupported operand type(s) for divmod(): '%s' and '%s'", a.typ.Name, b.typ.Name)
}

// TestNumberBinaryTable checks arithmetic and comparisons of ints,
// floats and bools against values generated with CPython 3.11
// (testdata/num_binary.jsonl: a, op, b, repr of the result or the
// exception).
func TestNumberBinaryTable(t *testing.T) {
	th := attached(t)
	rows := readJSONL(t, "testdata/num_binary.jsonl")
	if len(rows) < 1000 {
		t.Fatalf("only %d cases", len(rows))
	}
	liveI, liveF, liveT := liveDelta(IntType), liveDelta(FloatType), liveDelta(TupleType)
	for _, row := range rows {
		a, op, b, want := numLit(t, th, row[0]), row[1], numLit(t, th, row[2]), row[3]
		var r *Object
		var err error
		switch {
		case op == "divmod":
			r, err = divmodOf(th, a, b)
		case compareOps[op] != 0 || op == "<":
			r, err = RichCompare(th, a, b, compareOps[op])
		default:
			bop, ok := binaryOps[op]
			if !ok {
				t.Fatalf("unknown op %q", op)
			}
			r, err = BinaryOperation(th, a, b, bop)
		}
		got := outcome(th)(r, err)
		if !sameOutcome(got, want) {
			t.Errorf("%s %s %s = %s, want %s", row[0], op, row[2], got, want)
		}
		th.Decref(a)
		th.Decref(b)
	}
	if d := liveI(); d != 0 {
		t.Errorf("int live delta %d", d)
	}
	if d := liveF(); d != 0 {
		t.Errorf("float live delta %d", d)
	}
	if d := liveT(); d != 0 {
		t.Errorf("tuple live delta %d", d)
	}
}

func TestIntRepr(t *testing.T) {
	th := attached(t)
	live := liveDelta(IntType)
	for _, c := range []struct{ in, want string }{
		{"0", "0"}, {"7", "7"}, {"-5", "-5"}, {"257", "257"}, {"-9223372036854775808", "-9223372036854775808"},
		{"9223372036854775808", "9223372036854775808"}, {"-18446744073709551617", "-18446744073709551617"},
		{"True", "True"}, {"False", "False"},
	} {
		x := numLit(t, th, c.in)
		if got := outcome(th)(th.NewRef(x), nil); got != c.want {
			t.Errorf("repr(%s) = %s, want %s", c.in, got, c.want)
		}
		s, err := StrString(th, x)
		if err != nil || s != c.want {
			t.Errorf("str(%s) = %q, %v", c.in, s, err)
		}
		th.Decref(x)
	}
	// The decimal conversion limit.
	big := numLit(t, th, "10**4300")
	if got := outcome(th)(Repr(th, big)); got != "ValueError: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit" {
		t.Errorf("repr(10**4300) = %s", got)
	}
	th.Decref(big)
	big = numLit(t, th, "10**4299")
	if got, _ := ReprString(th, big); len(got) != 4300 {
		t.Errorf("len(repr(10**4299)) = %d", len(got))
	}
	th.Decref(big)
	if d := live(); d != 0 {
		t.Errorf("int live delta %d", d)
	}
}

func TestNumberHash(t *testing.T) {
	th := attached(t)
	live, liveF := liveDelta(IntType), liveDelta(FloatType)
	for _, c := range []struct {
		in   string
		want int64
	}{
		{"True", 1}, {"False", 0}, {"0x1.0000000000000p+0", 1}, {"1", 1}, {"-1", -2},
		{"-0x1.0000000000000p+0", -2}, {"2305843009213693952", 1}, {"2305843009213693951", 0},
		{"-2305843009213693952", -2}, {"9223372036854775808", 4}, {"-9223372036854775808", -4},
		{"0x1.0000000000000p-1", 1152921504606846976}, {"-0x1.0000000000000p-1", -1152921504606846976},
		{"0x1.7e43c8800759cp+996", 1224995262755759164}, {"inf", 314159}, {"-inf", -314159},
		{"0x1.8000000000000p+0", 1152921504606846977}, {"18446744073709551616", 8},
		{"1000000000000000000000000000000", 465258685558744706}, {"-1000000000000000000000000000000", -465258685558744706},
	} {
		x := numLit(t, th, c.in)
		h, err := Hash(th, x)
		if err != nil || h != c.want {
			t.Errorf("hash(%s) = %d, %v; want %d", c.in, h, err, c.want)
		}
		if x.typ.Hash == nil {
			t.Errorf("%s has no Hash slot", x.typ.Name)
		} else if h2, _ := x.typ.Hash(th, x); h2 != c.want {
			t.Errorf("%s.Hash(%s) = %d", x.typ.Name, c.in, h2)
		}
		th.Decref(x)
	}
	if d := live(); d != 0 {
		t.Errorf("int live delta %d", d)
	}
	if d := liveF(); d != 0 {
		t.Errorf("float live delta %d", d)
	}
}

// callNew calls typ's New slot with string arguments parsed by numLit,
// or str arguments when quoted with '.
func callNew(tb testing.TB, t *Thread, typ *Type, kw []string, args ...string) (*Object, error) {
	objs := make([]*Object, len(args))
	for i, a := range args {
		if strings.HasPrefix(a, "'") {
			objs[i] = NewStr(t, a[1:len(a)-1])
		} else {
			objs[i] = numLit(tb, t, a)
		}
	}
	var kwnames *Tuple
	if len(kw) > 0 {
		names := make([]*Object, len(kw))
		for i, k := range kw {
			names[i] = NewStrStatic(k)
		}
		kwnames = NewStaticTuple(names...)
	}
	r, err := typ.New(t, typ, objs, kwnames)
	decrefAll(t, objs)
	return r, err
}

func TestIntNew(t *testing.T) {
	th := attached(t)
	live := liveDelta(IntType)
	liveS := liveDelta(StrType)
	cases := []struct {
		args []string
		kw   []string
		want string
	}{
		{nil, nil, "0"},
		{[]string{"nan"}, nil, "ValueError: cannot convert float NaN to integer"},
		{[]string{"inf"}, nil, "OverflowError: cannot convert float infinity to integer"},
		{[]string{"-inf"}, nil, "OverflowError: cannot convert float infinity to integer"},
		{[]string{"0x1.5af1d78b58c40p+66"}, nil, "100000000000000000000"},
		{[]string{"-0x1.e666666666666p+0"}, nil, "-1"},
		{[]string{"0x1.4000000000000p+1"}, nil, "2"},
		{[]string{"True"}, nil, "1"},
		{[]string{"9223372036854775808"}, nil, "9223372036854775808"},
		{[]string{"'x'"}, nil, "ValueError: invalid literal for int() with base 10: 'x'"},
		{[]string{"' 12 '"}, nil, "12"},
		{[]string{"'1_000'"}, nil, "1000"},
		{[]string{"'_1'"}, nil, "ValueError: invalid literal for int() with base 10: '_1'"},
		{[]string{"'1__0'"}, nil, "ValueError: invalid literal for int() with base 10: '1__0'"},
		{[]string{"'1_'"}, nil, "ValueError: invalid literal for int() with base 10: '1_'"},
		{[]string{"'0x1f'", "16"}, nil, "31"},
		{[]string{"'0x1f'", "0"}, nil, "31"},
		{[]string{"'0x_1f'", "0"}, nil, "31"},
		{[]string{"'010'", "0"}, nil, "ValueError: invalid literal for int() with base 0: '010'"},
		{[]string{"'000'", "0"}, nil, "0"},
		{[]string{"'0_0'", "0"}, nil, "0"},
		{[]string{"'0_7'", "0"}, nil, "ValueError: invalid literal for int() with base 0: '0_7'"},
		{[]string{"'0b101'", "0"}, nil, "5"},
		{[]string{"'0o17'", "0"}, nil, "15"},
		{[]string{"'0O17'", "8"}, nil, "15"},
		{[]string{"'0b1'", "16"}, nil, "177"},
		{[]string{"'0b1'", "2"}, nil, "1"},
		{[]string{"'0x1'", "2"}, nil, "ValueError: invalid literal for int() with base 2: '0x1'"},
		{[]string{"'0x'", "16"}, nil, "ValueError: invalid literal for int() with base 16: '0x'"},
		{[]string{"'0x'", "0"}, nil, "ValueError: invalid literal for int() with base 0: '0x'"},
		{[]string{"'0b'", "0"}, nil, "ValueError: invalid literal for int() with base 0: '0b'"},
		{[]string{"'z'", "36"}, nil, "35"},
		{[]string{"'Zz'", "36"}, nil, "1295"},
		{[]string{"'1'", "37"}, nil, "ValueError: int() base must be >= 2 and <= 36, or 0"},
		{[]string{"'1'", "1"}, nil, "ValueError: int() base must be >= 2 and <= 36, or 0"},
		{[]string{"'1'", "-1"}, nil, "ValueError: int() base must be >= 2 and <= 36, or 0"},
		{[]string{"1", "10"}, nil, "TypeError: int() can't convert non-string with explicit base"},
		{[]string{"''"}, nil, "ValueError: invalid literal for int() with base 10: ''"},
		{[]string{"'  '"}, nil, "ValueError: invalid literal for int() with base 10: '  '"},
		{[]string{"'+'"}, nil, "ValueError: invalid literal for int() with base 10: '+'"},
		{[]string{"'-0'"}, nil, "0"},
		{[]string{"'-9223372036854775808'"}, nil, "-9223372036854775808"},
		{[]string{"'9223372036854775808'"}, nil, "9223372036854775808"},
		{[]string{"'-9223372036854775809'"}, nil, "-9223372036854775809"},
		{[]string{"'18446744073709551616'"}, nil, "18446744073709551616"},
		{[]string{"'123456789012345678901234567890'"}, nil, "123456789012345678901234567890"},
		{[]string{"'ffffffffffffffffffff'", "16"}, nil, "1208925819614629174706175"},
		{[]string{"'12'", "8"}, []string{"base"}, "10"},
		{[]string{"'12'"}, []string{"x"}, "TypeError: 'x' is an invalid keyword argument for int()"},
		{[]string{"10"}, []string{"base"}, "TypeError: int() missing string argument"},
		{[]string{"'1'", "2", "3"}, nil, "TypeError: int() takes at most 2 arguments (3 given)"},
		{[]string{"'\u0661\u0662\u0663'"}, nil, "123"},
		{[]string{"'\u00a012\u2003'"}, nil, "12"},
		{[]string{"'1.5'"}, nil, "ValueError: invalid literal for int() with base 10: '1.5'"},
		{[]string{"'-0x1F'", "16"}, nil, "-31"},
		{[]string{"'  -  1'"}, nil, "ValueError: invalid literal for int() with base 10: '  -  1'"},
		{[]string{"'1 2'"}, nil, "ValueError: invalid literal for int() with base 10: '1 2'"},
		{[]string{"'\t1\n'"}, nil, "1"},
		{[]string{"'1\x00'"}, nil, "ValueError: invalid literal for int() with base 10: '1\\x00'"},
		{[]string{"'" + strings.Repeat("x", 300) + "'"}, nil, "ValueError: invalid literal for int() with base 10: '" + strings.Repeat("x", 199)},
		{[]string{"'" + strings.Repeat("1", 5000) + "'"}, nil, "ValueError: Exceeds the limit (4300 digits) for integer string conversion: value has 5000 digits; use sys.set_int_max_str_digits() to increase the limit"},
		{[]string{"'" + strings.Repeat("1_", 4300) + "1'"}, nil, "ValueError: Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits; use sys.set_int_max_str_digits() to increase the limit"},
		{[]string{"'" + strings.Repeat("1", 4300) + "'"}, nil, "sha:" + shaOf(strings.Repeat("1", 4300))},
		{[]string{"'" + strings.Repeat("f", 5000) + "'", "16"}, nil, "ValueError: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"},
	}
	for _, c := range cases {
		r, err := callNew(t, th, IntType, c.kw, c.args...)
		if err == nil && r.typ != IntType {
			t.Errorf("int(%v) returned a %s", c.args, r.typ.Name)
		}
		if got := outcome(th)(r, err); !sameOutcome(got, c.want) {
			t.Errorf("int(%v, kw=%v) = %s, want %s", c.args, c.kw, got, c.want)
		}
	}
	if d := live(); d != 0 {
		t.Errorf("int live delta %d", d)
	}
	if d := liveS(); d != 0 {
		t.Errorf("str live delta %d", d)
	}
}

func shaOf(s string) string {
	h := sha256.Sum256([]byte(s))
	return hex.EncodeToString(h[:])[:16]
}

// callMethod calls o.name(*args) with numLit arguments ("None" is None).
func callNumMethod(tb testing.TB, t *Thread, o *Object, name string, args ...string) (*Object, error) {
	m, err := GetAttrString(t, o, name)
	if err != nil {
		return nil, err
	}
	defer t.Decref(m)
	objs := make([]*Object, len(args))
	for i, a := range args {
		switch {
		case a == "None":
			objs[i] = None
		case strings.HasPrefix(a, "'"):
			objs[i] = NewStr(t, a[1:len(a)-1])
		default:
			objs[i] = numLit(tb, t, a)
		}
	}
	defer decrefAll(t, objs)
	return Call(t, m, objs, nil)
}

func TestIntMethods(t *testing.T) {
	th := attached(t)
	live, liveT := liveDelta(IntType), liveDelta(TupleType)
	cases := []struct {
		self, method string
		args         []string
		want         string
	}{
		{"5", "bit_length", nil, "3"},
		{"-5", "bit_length", nil, "3"},
		{"0", "bit_length", nil, "0"},
		{"-9223372036854775808", "bit_length", nil, "64"},
		{"1267650600228229401496703205376", "bit_length", nil, "101"},
		{"5", "bit_length", []string{"1"}, "TypeError: int.bit_length() takes no arguments (1 given)"},
		{"-255", "bit_count", nil, "8"},
		{"-1267650600228229401496703205377", "bit_count", nil, "2"},
		{"True", "bit_count", nil, "1"},
		{"5", "conjugate", nil, "5"},
		{"True", "conjugate", nil, "1"},
		{"3", "as_integer_ratio", nil, "(3, 1)"},
		{"True", "as_integer_ratio", nil, "(1, 1)"},
		{"-18446744073709551616", "as_integer_ratio", nil, "(-18446744073709551616, 1)"},
		{"True", "__trunc__", nil, "1"},
		{"True", "__floor__", nil, "1"},
		{"-7", "__ceil__", nil, "-7"},
		{"True", "__round__", nil, "1"},
		{"1234", "__round__", []string{"-2"}, "1200"},
		{"1250", "__round__", []string{"-2"}, "1200"},
		{"1350", "__round__", []string{"-2"}, "1400"},
		{"-1250", "__round__", []string{"-2"}, "-1200"},
		{"-1350", "__round__", []string{"-2"}, "-1400"},
		{"15", "__round__", []string{"-1"}, "20"},
		{"25", "__round__", []string{"-1"}, "20"},
		{"-25", "__round__", []string{"-1"}, "-20"},
		{"1234", "__round__", []string{"2"}, "1234"},
		{"1234", "__round__", []string{"None"}, "1234"},
		{"1234", "__round__", []string{"-4"}, "0"},
		{"5000", "__round__", []string{"-4"}, "0"},
		{"5001", "__round__", []string{"-4"}, "10000"},
		{"15000", "__round__", []string{"-4"}, "20000"},
		{"9223372036854775807", "__round__", []string{"-1"}, "9223372036854775810"},
		{"123", "__round__", []string{"-1000000000000000000000000000000"}, "0"},
		{"123", "__round__", []string{"1000000000000000000000000000000"}, "123"},
		{"123", "__round__", []string{"0x1.0000000000000p+0"}, "TypeError: 'float' object cannot be interpreted as an integer"},
		{"5", "__round__", []string{"1", "2"}, "TypeError: __round__ expected at most 1 argument, got 2"},
		{"255", "__format__", []string{"'#x'"}, "'0xff'"},
		{"True", "__format__", []string{"''"}, "'True'"},
		{"True", "__format__", []string{"'d'"}, "'1'"},
		{"5", "__format__", []string{"1"}, "TypeError: __format__() argument must be str, not int"},
		{"True", "real", nil, "1"},
		{"True", "imag", nil, "0"},
		{"-7", "numerator", nil, "-7"},
		{"-7", "denominator", nil, "1"},
	}
	for _, c := range cases {
		x := numLit(t, th, c.self)
		var r *Object
		var err error
		switch c.method {
		case "real", "imag", "numerator", "denominator":
			r, err = GetAttrString(th, x, c.method)
		default:
			r, err = callNumMethod(t, th, x, c.method, c.args...)
		}
		if got := outcome(th)(r, err); got != c.want {
			t.Errorf("(%s).%s(%v) = %s, want %s", c.self, c.method, c.args, got, c.want)
		}
		th.Decref(x)
	}
	if d := live(); d != 0 {
		t.Errorf("int live delta %d", d)
	}
	if d := liveT(); d != 0 {
		t.Errorf("tuple live delta %d", d)
	}
}

func TestIntUnaryAndConversions(t *testing.T) {
	th := attached(t)
	live, liveF := liveDelta(IntType), liveDelta(FloatType)
	cases := []struct {
		in, op, want string
	}{
		{"5", "-", "-5"}, {"-9223372036854775808", "-", "9223372036854775808"},
		{"9223372036854775808", "-", "-9223372036854775808"}, {"True", "-", "-1"},
		{"True", "+", "1"}, {"True", "~", "-2"}, {"0", "~", "-1"},
		{"18446744073709551616", "~", "-18446744073709551617"}, {"-9223372036854775808", "abs", "9223372036854775808"},
		{"True", "abs", "1"}, {"-3", "abs", "3"}, {"True", "index", "1"}, {"True", "int", "1"},
		{"3", "float", "3.0"}, {"9007199254740993", "float", "9007199254740992.0"},
		{"18014398509481987", "float", "1.8014398509481988e+16"},
		{"9223372036854775808", "float", "9.223372036854776e+18"},
		{"18446744073709551617", "float", "1.8446744073709552e+19"},
		{"10**400", "float", "OverflowError: int too large to convert to float"},
		{"0", "bool", "False"}, {"-1", "bool", "True"}, {"18446744073709551616", "bool", "True"}, {"False", "bool", "False"},
	}
	for _, c := range cases {
		x := numLit(t, th, c.in)
		var r *Object
		var err error
		switch c.op {
		case "-":
			r, err = UnaryOperation(th, x, OpNeg)
		case "+":
			r, err = UnaryOperation(th, x, OpPos)
		case "~":
			r, err = UnaryOperation(th, x, OpInvert)
		case "abs":
			r, err = x.typ.Number.Abs(th, x)
		case "index":
			r, err = x.typ.Number.Index(th, x)
		case "int":
			r, err = IntOf(th, x)
		case "float":
			r, err = FloatOf(th, x)
		case "bool":
			var b bool
			b, err = IsTrue(th, x)
			r = NewBool(b)
		}
		if got := outcome(th)(r, err); got != c.want {
			t.Errorf("%s(%s) = %s, want %s", c.op, c.in, got, c.want)
		}
		th.Decref(x)
	}
	// Ternary pow.
	for _, c := range []struct{ a, b, m, want string }{
		{"2", "-1", "5", "3"}, {"2", "-1", "4", "ValueError: base is not invertible for the given modulus"},
		{"2", "3", "0", "ValueError: pow() 3rd argument cannot be 0"}, {"2", "3", "-5", "-2"},
		{"-2", "3", "5", "2"}, {"3", "200", "1000000007", "136318165"}, {"0", "0", "1", "0"},
		{"12345678901234567890", "98765432109876543210", "1000000000000000000000007", "588094452331407458442935"},
		{"3", "-2", "-7", "-3"}, {"5", "0", "7", "1"},
	} {
		a, b, m := numLit(t, th, c.a), numLit(t, th, c.b), numLit(t, th, c.m)
		got := outcome(th)(IntType.Number.Pow3(th, a, b, m))
		if !sameOutcome(got, c.want) {
			t.Errorf("pow(%s, %s, %s) = %s, want %s", c.a, c.b, c.m, got, c.want)
		}
		decrefAll(th, []*Object{a, b, m})
	}
	f := NewFloat(th, 2)
	if got := outcome(th)(FloatType.Number.Pow3(th, f, SmallInt(3), SmallInt(5))); got != "TypeError: pow() 3rd argument not allowed unless all arguments are integers" {
		t.Errorf("pow(2.0, 3, 5) = %s", got)
	}
	th.Decref(f)
	if d := live(); d != 0 {
		t.Errorf("int live delta %d", d)
	}
	if d := liveF(); d != 0 {
		t.Errorf("float live delta %d", d)
	}
}

func TestBool(t *testing.T) {
	th := attached(t)
	if !IsSubtype(BoolType, IntType) {
		t.Fatal("bool is not a subtype of int")
	}
	for _, c := range []struct {
		args []string
		kw   []string
		want string
	}{
		{nil, nil, "False"}, {[]string{"0"}, nil, "False"}, {[]string{"-0x0.0p+0"}, nil, "False"},
		{[]string{"'x'"}, nil, "True"}, {[]string{"nan"}, nil, "True"},
		{[]string{"1", "2"}, nil, "TypeError: bool expected at most 1 argument, got 2"},
		{[]string{"1"}, []string{"x"}, "TypeError: bool() takes no keyword arguments"},
	} {
		if got := outcome(th)(callNew(t, th, BoolType, c.kw, c.args...)); got != c.want {
			t.Errorf("bool(%v) = %s, want %s", c.args, got, c.want)
		}
	}
	if r, _ := Hash(th, True); r != 1 {
		t.Errorf("hash(True) = %d", r)
	}
	if eq, _ := RichCompareBool(th, True, SmallInt(1), EQ); !eq {
		t.Error("True != 1")
	}
	if s, _ := StrString(th, False); s != "False" {
		t.Errorf("str(False) = %q", s)
	}
}

func TestNumberNotImplemented(t *testing.T) {
	th := attached(t)
	s := NewStr(th, "abc")
	defer th.Decref(s)
	for _, x := range []*Object{SmallInt(3), True} {
		if got := outcome(th)(BinaryOperation(th, x, s, OpSub)); got != "TypeError: unsupported operand type(s) for -: '"+x.typ.Name+"' and 'str'" {
			t.Errorf("%s - 'abc' = %s", x.typ.Name, got)
		}
	}
	f := NewFloat(th, 1.5)
	defer th.Decref(f)
	if got := outcome(th)(BinaryOperation(th, f, s, OpLShift)); got != "TypeError: unsupported operand type(s) for <<: 'float' and 'str'" {
		t.Errorf("1.5 << 'abc' = %s", got)
	}
	if got := outcome(th)(BinaryOperation(th, f, SmallInt(1), OpAnd)); got != "TypeError: unsupported operand type(s) for &: 'float' and 'int'" {
		t.Errorf("1.5 & 1 = %s", got)
	}
	if got := outcome(th)(RichCompare(th, SmallInt(1), s, LT)); got != "TypeError: '<' not supported between instances of 'int' and 'str'" {
		t.Errorf("1 < 'abc' = %s", got)
	}
	if got := outcome(th)(RichCompare(th, f, s, EQ)); got != "False" {
		t.Errorf("1.5 == 'abc' = %s", got)
	}
}

func BenchmarkIntAdd(b *testing.B) {
	th := attached(b)
	x, y := NewInt(th, 1000), NewInt(th, 2345)
	for i := 0; i < b.N; i++ {
		r, _ := BinaryOperation(th, x, y, OpAdd)
		th.Decref(r)
	}
	th.Decref(x)
	th.Decref(y)
}

func BenchmarkFloatMul(b *testing.B) {
	th := attached(b)
	x, y := NewFloat(th, 1.5), NewFloat(th, math.Pi)
	for i := 0; i < b.N; i++ {
		r, _ := BinaryOperation(th, x, y, OpMul)
		th.Decref(r)
	}
	th.Decref(x)
	th.Decref(y)
}
