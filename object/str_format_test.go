// Hand-written tests for str.format, % formatting and __format__ with
// objects of test types (attributes, mappings, numbers with __index__,
// __int__ and __float__ slots), and for reference counting around them.

package object

import "testing"

// stAttrObj answers every attribute with "<name>!" and every item with
// "[key]".
type stAttrObj struct{ Object }

var stAttrType = NewStaticType(&Type{
	Name: "attrobj",
	GetAttr: func(t *Thread, o *Object, name *Str) (*Object, error) {
		if name.s == "missing" {
			return nil, t.attributeError(o, name, true)
		}
		return NewStr(t, name.s+"!"), nil
	},
	GetItem: func(t *Thread, o, key *Object) (*Object, error) {
		if IsInt(key) {
			return NewStr(t, "[#"+AsInt(key).String()+"]"), nil
		}
		if IsStr(key) && StrValue(key) == "nokey" {
			return nil, t.NewException(KeyErrorType, t.NewRef(key))
		}
		k, err := StrString(t, key)
		if err != nil {
			return nil, err
		}
		return NewStr(t, "["+k+"]"), nil
	},
	Repr: func(t *Thread, o *Object) (*Object, error) { return NewStr(t, "<attrobj é>"), nil },
})

// stNum is a number-like test object with __index__, __int__ and
// __float__ slots, depending on its kind.
type stNum struct {
	Object
	v int64
}

var stIndexType = NewStaticType(&Type{Name: "idx", Number: &NumberMethods{
	Index: func(t *Thread, a *Object) (*Object, error) { return NewInt(t, Cast[stNum](a).v), nil },
}})

var stIntOnlyType = NewStaticType(&Type{Name: "intonly", Number: &NumberMethods{
	Int: func(t *Thread, a *Object) (*Object, error) { return NewInt(t, Cast[stNum](a).v), nil },
}})

var stFloatOnlyType = NewStaticType(&Type{Name: "floatonly", Number: &NumberMethods{
	Float: func(t *Thread, a *Object) (*Object, error) { return NewFloat(t, float64(Cast[stNum](a).v)+0.5), nil },
}})

func stNewNum(t *Thread, typ *Type, v int64) *Object {
	n := &stNum{v: v}
	t.Init(&n.Object, typ)
	return &n.Object
}

func init() {
	ReadyType(stAttrType, nil, nil)
	ReadyType(stIndexType, nil, nil)
	ReadyType(stIntOnlyType, nil, nil)
	ReadyType(stFloatOnlyType, nil, nil)
}

func TestStrFormatObjects(t *testing.T) {
	th := attached(t)
	before := stLive()
	obj := &stAttrObj{}
	th.Init(&obj.Object, stAttrType)
	idx := stNewNum(th, stIndexType, 7)
	intOnly := stNewNum(th, stIntOnlyType, 42)
	fl := stNewNum(th, stFloatOnlyType, 2)
	cases := []stCase{
		{recv: "{0.name}", op: "format", args: []any{&obj.Object}, want: "'name!'"},
		{recv: "{0.a.b}", op: "format", args: []any{&obj.Object}, want: "AttributeError: 'str' object has no attribute 'b'"},
		{recv: "{x.attr:>8}", op: "format", args: []any{&obj.Object}, kw: []any{"x", &obj.Object}, want: "'   attr!'"},
		{recv: "{0[key]}", op: "format", args: []any{&obj.Object}, want: "'[key]'"},
		{recv: "{0[12]}", op: "format", args: []any{&obj.Object}, want: "'[#12]'"},
		{recv: "{0[a].missing}", op: "format", args: []any{&obj.Object}, want: "AttributeError: 'str' object has no attribute 'missing'"},
		{recv: "{0.missing}", op: "format", args: []any{&obj.Object}, want: "AttributeError: 'attrobj' object has no attribute 'missing'"},
		{recv: "{0[nokey]}", op: "format", args: []any{&obj.Object}, want: "KeyError: 'nokey'"},
		{recv: "{0!r}|{0!a}|{0!s}", op: "format", args: []any{&obj.Object}, want: "'<attrobj é>|<attrobj \\\\xe9>|<attrobj é>'"},
		{recv: "{0!r:^14}", op: "format", args: []any{&obj.Object}, want: "' <attrobj é>  '"},
		{recv: "{0:x}", op: "format", args: []any{&obj.Object}, want: "TypeError: unsupported format string passed to attrobj.__format__"},
		{recv: "{x}", op: "format_map", args: []any{&obj.Object}, want: "'[x]'"},
		{recv: "{nokey}", op: "format_map", args: []any{&obj.Object}, want: "KeyError: 'nokey'"},
		{recv: "%(x)s %(y)r", op: "%", args: []any{&obj.Object}, want: "\"[x] '[y]'\""},
		{recv: "%s", op: "%", args: []any{&obj.Object}, want: "'<attrobj é>'"},
		{recv: "%(nokey)s", op: "%", args: []any{&obj.Object}, want: "KeyError: 'nokey'"},
		{recv: "%d|%x|%o|%c|%5.1f", op: "%", args: []any{stTuple{idx, idx, idx, idx, idx}}, want: "'7|7|7|\\x07|  7.0'"},
		{recv: "%d", op: "%", args: []any{intOnly}, want: "'42'"},
		{recv: "%x", op: "%", args: []any{intOnly}, want: "TypeError: %x format: an integer is required, not intonly"},
		{recv: "%.2f|%e|%g", op: "%", args: []any{stTuple{fl, fl, fl}}, want: "'2.50|2.500000e+00|2.5'"},
		{recv: "%d", op: "%", args: []any{fl}, want: "TypeError: %d format: a real number is required, not floatonly"},
		{recv: "abc", op: "*", args: []any{idx}, want: "'abcabcabcabcabcabcabc'"},
		{recv: "abcdefghij", op: "[]", args: []any{idx}, want: "'h'"},
		{recv: "abcdefghij", op: "[]", args: []any{stSlice{nil, nil, idx}}, want: "'ah'"},
		{recv: "abc", op: "*", args: []any{intOnly}, want: "TypeError: can't multiply sequence by non-int of type 'intonly'"},
		{recv: []byte("ab"), op: "*", args: []any{idx}, want: "b'ababababababab'"},
		{recv: []byte("abcdefghij"), op: "[]", args: []any{idx}, want: "104"},
		{recv: "", op: "str()", args: []any{&obj.Object}, want: "'<attrobj é>'"},
		{recv: []byte(""), op: "bytes()", args: []any{idx}, want: "b'\\x00\\x00\\x00\\x00\\x00\\x00\\x00'"},
		{recv: []byte(""), op: "bytes()", args: []any{&obj.Object}, want: "TypeError: 'str' object cannot be interpreted as an integer"},
		{recv: "x", op: "center", args: []any{idx, "-"}, want: "'---x---'"},
	}
	stRunTableWith(t, th, cases)
	for _, o := range []*Object{&obj.Object, idx, intOnly, fl} {
		th.Decref(o)
	}
	stCheckLive(t, before, "objects")
}

// stRunTableWith runs cases on an existing thread.
func stRunTableWith(t *testing.T, th *Thread, cases []stCase) {
	t.Helper()
	for _, c := range cases {
		b := stLive()
		got := stRun(th, c)
		if got != c.want {
			t.Errorf("%s = %s, want %s", stCaseName(c), got, c.want)
		}
		stCheckLive(t, b, stCaseName(c))
	}
}

func TestStrFormatThroughGenericFormat(t *testing.T) {
	th := attached(t)
	live := liveDelta(StrType)
	s := NewStr(th, "héllo")
	for _, tc := range []struct{ spec, want string }{
		{"<10", "héllo     "}, {">7", "  héllo"}, {"^9", "  héllo  "}, {"*<7.3", "hél****"}, {"", "héllo"},
	} {
		r, err := Format(th, s, tc.spec)
		if err != nil {
			t.Fatalf("format(%q): %v", tc.spec, err)
		}
		if got := StrValue(r); got != tc.want {
			t.Errorf("format(%q) = %q, want %q", tc.spec, got, tc.want)
		}
		th.Decref(r)
	}
	r, err := Format(th, s, "d")
	if err == nil || err.Error() != "ValueError: Unknown format code 'd' for object of type 'str'" {
		t.Errorf("format(s, 'd'): %v", err)
	}
	th.DropError(err)
	if r != nil {
		t.Error("result with error")
	}
	th.Decref(s)
	if d := live(); d != 0 {
		t.Errorf("str live delta %d", d)
	}
}

func TestStrFormatRecursionAndLiterals(t *testing.T) {
	// Literal-only and escaped templates, and a long template with many
	// fields: the output buffer and ascii tracking must stay right.
	th := attached(t)
	cases := []stCase{
		{recv: "{{{{}}}}", op: "format", want: "'{{}}'"},
		{recv: "{}{}{}{}{}{}{}{}{}{}", op: "format", args: []any{"a", "b", "c", "d", "e", "f", "g", "h", "i", "中"}, want: "'abcdefghi中'"},
		{recv: "{:{}}", op: "format", args: []any{"a", "{}"}, want: "ValueError: Invalid format specifier '{}' for object of type 'str'"},
		{recv: "{0:{1}}", op: "format", args: []any{"ab", "^6"}, want: "'  ab  '"},
	}
	stRunTableWith(t, th, cases)
}
