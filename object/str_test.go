// Tests for str and bytes. The bulk of the cases are in the generated
// table str_cases_test.go (expected values from CPython 3.11); this file
// holds the harness that runs them and hand-written tests.

package object

import (
	"math/big"
	"strconv"
	"strings"
	"testing"
)

// stCase is one table case: an operation on recv with args; want is
// Python's repr of the result, or "ExcType: message".
type stCase struct {
	recv any
	op   string
	args []any
	kw   []any // name, value pairs
	want string
	dep  string // a feature of another type the case needs (stDepAvailable)
}

// stDepAvailable reports whether a feature provided by another part of
// the runtime is present, so that cases needing it can run.
func stDepAvailable(dep string) bool {
	switch dep {
	case "":
		return true
	case "int-str":
		return IntType.Repr != nil && IntType.Lookup(Intern("__format__")) != nil
	case "list-getitem":
		return ListType.GetItem != nil
	case "list-repr":
		return ListType.Repr != nil
	case "tuple-repr":
		return TupleType.Repr != nil
	case "list-iter":
		return ListType.Iter != nil || ListType.GetItem != nil
	case "tuple-iter":
		return TupleType.Iter != nil || TupleType.GetItem != nil
	}
	panic("unknown dep " + dep)
}

type (
	stTuple []any
	stList  []any
	stDict  []any // key, value pairs
	stSlice [3]any
	stBig   string
)

// stObj converts a Go test value to a new reference.
func stObj(t *Thread, v any) *Object {
	switch x := v.(type) {
	case nil:
		return None
	case bool:
		return NewBool(x)
	case int:
		return NewInt(t, int64(x))
	case int64:
		return NewInt(t, x)
	case stBig:
		b, ok := new(big.Int).SetString(string(x), 10)
		if !ok {
			panic("bad stBig " + string(x))
		}
		return NewIntBig(t, b)
	case float64:
		return NewFloat(t, x)
	case string:
		return NewStr(t, x)
	case []byte:
		return NewBytes(t, x)
	case stTuple:
		items := make([]*Object, len(x))
		for i, it := range x {
			items[i] = stObj(t, it)
		}
		return &NewTuple(t, items).Object
	case stList:
		items := make([]*Object, len(x))
		for i, it := range x {
			items[i] = stObj(t, it)
		}
		return &NewList(t, items).Object
	case stDict:
		d := NewDict(t)
		for i := 0; i < len(x); i += 2 {
			k, val := stObj(t, x[i]), stObj(t, x[i+1])
			if err := d.SetItem(t, k, val); err != nil {
				panic(err)
			}
			t.Decref(k)
			t.Decref(val)
		}
		return &d.Object
	case stSlice:
		a, b, c := stObj(t, x[0]), stObj(t, x[1]), stObj(t, x[2])
		s := NewSlice(t, a, b, c)
		t.Decref(a)
		t.Decref(b)
		t.Decref(c)
		return s
	case *Object:
		return t.NewRef(x)
	}
	panic("stObj: unsupported value")
}

// stShow renders o as Python's repr would, for the types the tests
// produce (int and container reprs may not exist in this package yet).
func stShow(t *Thread, o *Object) string {
	switch {
	case o == None:
		return "None"
	case o == True:
		return "True"
	case o == False:
		return "False"
	case IsStr(o):
		return strReprString(StrValue(o))
	case IsBytes(o):
		return bytesReprString(bytesOf(o))
	case IsInt(o):
		return AsInt(o).String()
	case IsFloat(o):
		s := strconv.FormatFloat(FloatValue(o), 'g', -1, 64)
		if !strings.ContainsAny(s, ".eIN") {
			s += ".0"
		}
		return s
	case IsList(o) || IsTuple(o):
		var items []*Object
		open, close := "[", "]"
		if IsList(o) {
			items = AsList(o).PrivateItems()
		} else {
			items = AsTuple(o).Items
			open, close = "(", ")"
			if len(items) == 1 {
				close = ",)"
			}
		}
		parts := make([]string, len(items))
		for i, it := range items {
			parts[i] = stShow(t, it)
		}
		return open + strings.Join(parts, ", ") + close
	case IsDict(o):
		var parts []string
		d := AsDict(o)
		for pos := 0; ; {
			var k, v *Object
			var ok bool
			pos, k, v, ok = d.Next(pos)
			if !ok {
				break
			}
			parts = append(parts, stShow(t, k)+": "+stShow(t, v))
		}
		return "{" + strings.Join(parts, ", ") + "}"
	}
	return "<" + o.typ.Name + ">"
}

// stCallDescr calls a static or class method found in typ's dict.
func stCallDescr(t *Thread, typ *Type, name string, args []*Object, kwnames *Tuple) (*Object, error) {
	d := typ.Lookup(Intern(name))
	f, err := d.typ.DescrGet(t, d, nil, typ)
	if err != nil {
		return nil, err
	}
	defer t.Decref(f)
	return Call(t, f, args, kwnames)
}

// stRun performs a case's operation and returns the rendered result.
func stRun(t *Thread, c stCase) string {
	recv := stObj(t, c.recv)
	defer t.Decref(recv)
	var args []*Object
	for _, a := range c.args {
		args = append(args, stObj(t, a))
	}
	var kwnames *Tuple
	if len(c.kw) > 0 {
		var names []*Object
		for i := 0; i < len(c.kw); i += 2 {
			names = append(names, NewStr(t, c.kw[i].(string)))
			args = append(args, stObj(t, c.kw[i+1]))
		}
		kwnames = NewTuple(t, names)
		defer t.Decref(&kwnames.Object)
	}
	defer decrefAll(t, args)
	var r *Object
	var err error
	switch c.op {
	case "%":
		r, err = BinaryOperation(t, recv, args[0], OpMod)
	case "+":
		r, err = BinaryOperation(t, recv, args[0], OpAdd)
	case "*":
		r, err = BinaryOperation(t, recv, args[0], OpMul)
	case "r*":
		r, err = BinaryOperation(t, args[0], recv, OpMul)
	case "[]":
		r, err = GetItem(t, recv, args[0])
	case "in":
		var ok bool
		if ok, err = Contains(t, recv, args[0]); err == nil {
			r = NewBool(ok)
		}
	case "repr":
		r, err = Repr(t, recv)
	case "ascii":
		r, err = ASCIIRepr(t, recv)
	case "len":
		var n int
		if n, err = Len(t, recv); err == nil {
			r = NewInt(t, int64(n))
		}
	case "list":
		var items []*Object
		err = Iterate(t, recv, func(x *Object) error {
			items = append(items, t.NewRef(x))
			return nil
		})
		if err == nil {
			r = &NewList(t, items).Object
		}
	case "cmp":
		var items []*Object
		for _, op := range []CompareOp{LT, LE, EQ, NE, GT, GE} {
			x, e := RichCompare(t, recv, args[0], op)
			if e != nil {
				err = e
				break
			}
			items = append(items, x)
		}
		if err == nil {
			r = &NewTuple(t, items).Object
		} else {
			decrefAll(t, items)
		}
	case "format()":
		r, err = Format(t, recv, StrValue(args[0]))
	case "str()":
		r, err = StrType.New(t, StrType, args, kwnames)
	case "bytes()":
		r, err = BytesType.New(t, BytesType, args, kwnames)
	case "bytes.fromhex":
		r, err = stCallDescr(t, BytesType, "fromhex", args, kwnames)
	case "str.maketrans":
		r, err = stCallDescr(t, StrType, "maketrans", args, kwnames)
	default:
		var m *Object
		if m, err = GetAttrString(t, recv, c.op); err == nil {
			r, err = Call(t, m, args, kwnames)
			t.Decref(m)
		}
	}
	if err != nil {
		msg := err.Error()
		t.DropError(err)
		return msg
	}
	s := stShow(t, r)
	t.Decref(r)
	return s
}

// stWatched are the types whose live counts every case must restore.
var stWatched = []*Type{StrType, BytesType, ListType, TupleType, DictType, IntType, FloatType,
	StrIterType, BytesIterType, BuiltinFunctionType, SliceType, TypeErrorType, ValueErrorType,
	KeyErrorType, IndexErrorType, UnicodeEncodeErrorType, UnicodeDecodeErrorType, LookupErrorType,
	OverflowErrorType, AttributeErrorType}

func stLive() []int64 {
	out := make([]int64, len(stWatched))
	for i, typ := range stWatched {
		out[i] = typ.Live()
	}
	return out
}

func stCheckLive(tb testing.TB, before []int64, what string) {
	tb.Helper()
	for i, typ := range stWatched {
		if d := typ.Live() - before[i]; d != 0 {
			tb.Errorf("%s: %s live count changed by %d", what, typ.Name, d)
		}
	}
}

func stCaseName(c stCase) string {
	var parts []string
	for _, a := range c.args {
		parts = append(parts, stGoShow(a))
	}
	for i := 0; i < len(c.kw); i += 2 {
		parts = append(parts, c.kw[i].(string)+"="+stGoShow(c.kw[i+1]))
	}
	return stGoShow(c.recv) + " " + c.op + " (" + strings.Join(parts, ", ") + ")"
}

func stGoShow(v any) string {
	switch x := v.(type) {
	case string:
		return strconv.Quote(x)
	case []byte:
		return "b" + strconv.Quote(string(x))
	}
	return strings.TrimPrefix(strings.TrimPrefix(strconv.Quote(stAnyString(v)), "\""), "")
}

func stAnyString(v any) string {
	switch x := v.(type) {
	case nil:
		return "None"
	case int64:
		return strconv.FormatInt(x, 10)
	case float64:
		return strconv.FormatFloat(x, 'g', -1, 64)
	case bool:
		if x {
			return "True"
		}
		return "False"
	case stBig:
		return string(x)
	case stTuple, stList, stDict, stSlice:
		return "<container>"
	}
	return "?"
}

func stRunTable(t *testing.T, cases []stCase) {
	th := attached(t)
	before := stLive()
	skipped := 0
	for _, c := range cases {
		if !stDepAvailable(c.dep) {
			skipped++
			continue
		}
		b := stLive()
		got := stRun(th, c)
		if got != c.want {
			t.Errorf("%s = %s, want %s", stCaseName(c), got, c.want)
		}
		stCheckLive(t, b, stCaseName(c))
	}
	stCheckLive(t, before, "table")
	if skipped > 0 {
		t.Logf("%d of %d cases skipped: they need features of other types", skipped, len(cases))
	}
}

func TestStrGenerated(t *testing.T) {
	var cases []stCase
	for _, c := range stGenerated {
		if _, ok := c.recv.(string); ok {
			cases = append(cases, c)
		}
	}
	if len(cases) < 1000 {
		t.Fatalf("only %d str cases", len(cases))
	}
	stRunTable(t, cases)
}

func TestBytesGenerated(t *testing.T) {
	var cases []stCase
	for _, c := range stGenerated {
		if _, ok := c.recv.([]byte); ok {
			cases = append(cases, c)
		}
	}
	if len(cases) < 200 {
		t.Fatalf("only %d bytes cases", len(cases))
	}
	stRunTable(t, cases)
}
