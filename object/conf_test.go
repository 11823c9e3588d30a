// Tests for behaviour found missing by the conformance scripts in
// testdata/: the slice constructor and attributes, and int()/float() of
// bytes.

package object

import (
	"strings"
	"testing"
)

func TestSliceNewAndAttrs(t *testing.T) {
	th := attached(t)
	i := func(v int64) *Object { return NewInt(th, v) }
	for _, c := range []struct {
		args []*Object
		want string
	}{
		{[]*Object{i(3)}, "slice(None, 3, None)"},
		{[]*Object{i(1), i(10)}, "slice(1, 10, None)"},
		{[]*Object{i(1), None, i(-2)}, "slice(1, None, -2)"},
		{nil, "TypeError: slice expected at least 1 argument, got 0"},
		{[]*Object{i(1), i(2), i(3), i(4)}, "TypeError: slice expected at most 3 arguments, got 4"},
	} {
		r, err := SliceType.New(th, SliceType, c.args, nil)
		if got := outcomeOf(th, r, err); got != c.want {
			t.Errorf("slice%v = %s, want %s", c.args, got, c.want)
		}
		decrefAll(th, c.args)
	}

	s := NewSlice(th, nil, nil, i(-1))
	defer th.Decref(s)
	for _, c := range []struct{ name, want string }{{"start", "None"}, {"stop", "None"}, {"step", "-1"}} {
		r, err := GetAttrString(th, s, c.name)
		if got := outcomeOf(th, r, err); got != c.want {
			t.Errorf("slice.%s = %s, want %s", c.name, got, c.want)
		}
	}
	for _, c := range []struct {
		n    *Object
		want string
	}{
		{i(4), "(3, -1, -1)"},
		{i(0), "(-1, -1, -1)"},
		{i(-1), "ValueError: length should not be negative"},
		{NewStr(th, "x"), "TypeError: 'str' object cannot be interpreted as an integer"},
	} {
		if got := outcome(th)(callMethod(th, s, "indices", []*Object{c.n})); got != c.want {
			t.Errorf("slice(None, None, -1).indices(%v) = %s, want %s", c.n, got, c.want)
		}
		th.Decref(c.n)
	}

	// Slices compare like (start, stop, step) and are unhashable.
	// (Small ints are immortal: the bounds need no decrefs.)
	a, b, c3 := NewSlice(th, nil, i(3), nil), NewSlice(th, i(1), i(2), nil), NewSlice(th, i(1), i(3), nil)
	defer th.Decref(a)
	defer th.Decref(b)
	defer th.Decref(c3)
	for _, c := range []struct {
		x, y *Object
		op   CompareOp
		want bool
	}{{a, a, EQ, true}, {a, b, EQ, false}, {b, a, NE, true}, {b, c3, LT, true}} {
		got, err := RichCompareBool(th, c.x, c.y, c.op)
		if err != nil || got != c.want {
			t.Errorf("compare %v %v op %v = %v, %v", c.x, c.y, c.op, got, err)
		}
	}
	_, err := Hash(th, a)
	if got := outcomeOf(th, nil, err); got != "TypeError: unhashable type: 'slice'" {
		t.Errorf("hash(slice) = %s", got)
	}
}

func TestIntFloatOfBytes(t *testing.T) {
	th := attached(t)
	for _, c := range []struct {
		b    string
		want string
	}{
		{"12", "12"},
		{" -7\n", "-7"},
		{"1_000", "1000"},
		{"x", "ValueError: invalid literal for int() with base 10: b'x'"},
		{"\xd9\xa1", "ValueError: invalid literal for int() with base 10: b'\\xd9\\xa1'"},
	} {
		b := NewBytes(th, []byte(c.b))
		if got := outcome(th)(IntOf(th, b)); got != c.want {
			t.Errorf("int(%q) = %s, want %s", c.b, got, c.want)
		}
		th.Decref(b)
	}
	b, base := NewBytes(th, []byte("0xff")), NewInt(th, 0)
	r, err := IntType.New(th, IntType, []*Object{b, base}, nil)
	if got := outcomeOf(th, r, err); got != "255" {
		t.Errorf("int(b'0xff', 0) = %s", got)
	}
	th.Decref(b)
	th.Decref(base)
	for _, c := range []struct {
		b    string
		want string
	}{
		{" 1.5e3 ", "1500.0"},
		{"-inf", "-inf"},
		{"1x", "ValueError: could not convert string to float: b'1x'"},
	} {
		b := NewBytes(th, []byte(c.b))
		if got := outcome(th)(FloatOf(th, b)); got != c.want {
			t.Errorf("float(%q) = %s, want %s", c.b, got, c.want)
		}
		th.Decref(b)
	}
}

func TestBuiltinFunctionAttrs(t *testing.T) {
	th := attached(t)
	attr := func(o *Object, name string) string {
		return outcome(th)(GetAttrString(th, o, name))
	}
	repr := func(o *Object) string {
		s, err := ReprString(th, o)
		if err != nil {
			return outcomeOf(th, nil, err)
		}
		return s
	}
	lenFn := NewBuiltinFunction(th, &MethodDef{Name: "len", Doc: "Return the number of items."}, nil)
	defer th.Decref(&lenFn.Object)
	appendDescr := ListType.Dict.GetStr(Intern("append"))
	l := NewList(th, nil)
	defer th.Decref(l.Obj())
	bound, err := GetAttrString(th, l.Obj(), "append")
	if err != nil {
		t.Fatal(err)
	}
	defer th.Decref(bound)
	addDescr := IntType.Dict.GetStr(Intern("__add__"))
	realDescr := IntType.Dict.GetStr(Intern("real"))
	for _, c := range []struct{ got, want string }{
		{repr(&lenFn.Object), "<built-in function len>"},
		{attr(&lenFn.Object, "__name__"), "'len'"},
		{attr(&lenFn.Object, "__qualname__"), "'len'"},
		{attr(&lenFn.Object, "__doc__"), "'Return the number of items.'"},
		{attr(&lenFn.Object, "__self__"), "None"},
		{repr(appendDescr), "<method 'append' of 'list' objects>"},
		{attr(appendDescr, "__qualname__"), "'list.append'"},
		{attr(bound, "__name__"), "'append'"},
		{attr(bound, "__qualname__"), "'list.append'"},
		{attr(bound, "__self__"), "[]"},
		{repr(addDescr), "<slot wrapper '__add__' of 'int' objects>"},
		{repr(realDescr), "<attribute 'real' of 'int' objects>"},
		{attr(realDescr, "__qualname__"), "'int.real'"},
	} {
		if c.got != c.want {
			t.Errorf("got %s, want %s", c.got, c.want)
		}
	}
	if oc, err := GetAttrString(th, appendDescr, "__objclass__"); err != nil || oc != ListType.Obj() {
		t.Errorf("list.append.__objclass__ = %v, %v", oc, err)
	} else {
		th.Decref(oc)
	}
	if r := repr(bound); !strings.HasPrefix(r, "<built-in method append of list object at 0x") {
		t.Errorf("repr([].append) = %s", r)
	}
}

func TestSlotWrapperMessages(t *testing.T) {
	th := attached(t)
	one, two, three := NewInt(th, 1), NewInt(th, 2), NewInt(th, 3)
	s := NewStr(th, "a")
	defer th.Decref(s)
	call := func(o *Object, name string, args ...*Object) string {
		return outcome(th)(callMethod(th, o, name, args))
	}
	addDescr := IntType.Dict.GetStr(Intern("__add__"))
	boolNew := BoolType.Dict.GetStr(Intern("__new__"))
	for _, c := range []struct{ got, want string }{
		{call(one, "__index__", one), "TypeError: expected 0 arguments, got 1"},
		{call(one, "__add__"), "TypeError: expected 1 argument, got 0"},
		{call(one, "__pow__"), "TypeError:  expected at least 1 argument, got 0"},
		{call(two, "__pow__", three, three), "2"},
		{call(two, "__rpow__", three, NewInt(th, 5)), "4"},
		{call(two, "__pow__", three, None), "8"},
		{outcome(th)(Call(th, addDescr, []*Object{s, one}, nil)), "TypeError: descriptor '__add__' requires a 'int' object but received a 'str'"},
		{outcome(th)(Call(th, addDescr, nil, nil)), "TypeError: descriptor '__add__' of 'int' object needs an argument"},
		{outcome(th)(Call(th, boolNew, []*Object{one}, nil)), "TypeError: bool.__new__(X): X is not a type object (int)"},
		{outcome(th)(Call(th, boolNew, nil, nil)), "TypeError: bool.__new__(): not enough arguments"},
	} {
		if c.got != c.want {
			t.Errorf("got %s, want %s", c.got, c.want)
		}
	}
}

func TestIntToFromBytes(t *testing.T) {
	th := attached(t)
	str := func(s string) *Object { return NewStr(th, s) }
	kw := func(names ...string) *Tuple {
		objs := make([]*Object, len(names))
		for i, n := range names {
			objs[i] = NewStrStatic(n)
		}
		return NewStaticTuple(objs...)
	}
	for _, c := range []struct {
		self int64
		args []*Object
		kw   *Tuple
		want string
	}{
		{1024, []*Object{NewInt(th, 2)}, nil, "b'\\x04\\x00'"},
		{1000, []*Object{NewInt(th, 2), str("little")}, nil, "b'\\xe8\\x03'"},
		{-1, []*Object{NewInt(th, 3), str("little"), True}, kw("signed"), "b'\\xff\\xff\\xff'"},
		{-128, []*Object{NewInt(th, 1), True}, kw("signed"), "b'\\x80'"},
		{128, []*Object{NewInt(th, 1), True}, kw("signed"), "OverflowError: int too big to convert"},
		{256, nil, nil, "OverflowError: int too big to convert"},
		{-1, nil, nil, "OverflowError: can't convert negative int to unsigned"},
		{1, []*Object{NewInt(th, -1)}, nil, "ValueError: length argument must be non-negative"},
		{1, []*Object{NewInt(th, 2), str("mid")}, nil, "ValueError: byteorder must be either 'little' or 'big'"},
	} {
		self := NewInt(th, c.self)
		r, err := intToBytes(th, self, c.args, c.kw)
		if got := outcomeOf(th, r, err); got != c.want {
			t.Errorf("(%d).to_bytes%v = %s, want %s", c.self, c.args, got, c.want)
		}
		th.Decref(self)
		decrefAll(th, c.args)
	}
	for _, c := range []struct {
		args []*Object
		kw   *Tuple
		want string
	}{
		{[]*Object{NewBytes(th, []byte{4, 0})}, nil, "1024"},
		{[]*Object{NewBytes(th, []byte{0xff, 0xff}), str("little"), True}, kw("signed"), "-1"},
		{[]*Object{NewBytes(th, []byte{0x80})}, nil, "128"},
		{[]*Object{NewBytes(th, nil)}, nil, "0"},
		{[]*Object{str("ab")}, nil, "TypeError: cannot convert 'str' object to bytes"},
		{nil, nil, "TypeError: from_bytes() missing required argument 'bytes' (pos 1)"},
	} {
		r, err := intFromBytesMethod(th, IntType.Obj(), c.args, c.kw)
		if got := outcomeOf(th, r, err); got != c.want {
			t.Errorf("int.from_bytes%v = %s, want %s", c.args, got, c.want)
		}
		decrefAll(th, c.args)
	}
}

func TestFloatFromHex(t *testing.T) {
	th := attached(t)
	for _, c := range []struct{ in, want string }{
		{"0x1.8p1", "3.0"},
		{" -0X1P-2 ", "-0.25"},
		{"ff", "255.0"},
		{".8", "0.5"},
		{"-Infinity", "-inf"},
		{"0x1p-1074", "5e-324"},
		{"0x1.fffffffffffff8p1023", "OverflowError: hexadecimal value too large to represent as a float"},
		{"0x1p-99999999999", "0.0"},
		{"0x1_0", "ValueError: invalid hexadecimal floating-point string"},
		{"0x", "ValueError: invalid hexadecimal floating-point string"},
		{"1p", "ValueError: invalid hexadecimal floating-point string"},
	} {
		s := NewStr(th, c.in)
		r, err := floatFromHex(th, FloatType.Obj(), []*Object{s}, nil)
		if got := outcomeOf(th, r, err); got != c.want {
			t.Errorf("float.fromhex(%q) = %s, want %s", c.in, got, c.want)
		}
		th.Decref(s)
	}
}

func TestExceptionTypesListUnicodeErrors(t *testing.T) {
	found := map[*Type]bool{}
	for _, typ := range ExceptionTypes() {
		found[typ] = true
	}
	for _, typ := range []*Type{UnicodeEncodeErrorType, UnicodeDecodeErrorType} {
		if !found[typ] {
			t.Errorf("ExceptionTypes() lacks %s", typ.Name)
		}
	}
}
