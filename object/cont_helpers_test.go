// Helpers shared by the container tests: calling types and methods,
// checking raised exceptions, and small test-only object types.

package object

import (
	"math/big"
	"testing"
)

// callType calls typ(*args) through its New and Init slots.
func callType(t *Thread, typ *Type, args []*Object, kwnames *Tuple) (*Object, error) {
	o, err := typ.New(t, typ, args, kwnames)
	if err != nil {
		return nil, err
	}
	if typ.Init != nil && IsInstance(o, typ) {
		if err := typ.Init(t, o, args, kwnames); err != nil {
			t.Decref(o)
			return nil, err
		}
	}
	return o, nil
}

// callMethod calls o.name(*args, **kw), kw given as alternating names
// and values after the positional arguments in kw.
func callMethod(t *Thread, o *Object, name string, args []*Object, kw ...any) (*Object, error) {
	m, err := GetAttrString(t, o, name)
	if err != nil {
		return nil, err
	}
	defer t.Decref(m)
	var kwnames *Tuple
	if len(kw) > 0 {
		var names []*Object
		all := append([]*Object(nil), args...)
		for i := 0; i < len(kw); i += 2 {
			names = append(names, NewStrStatic(kw[i].(string)))
			all = append(all, kw[i+1].(*Object))
		}
		kwnames = NewTupleRefs(t, names...)
		defer t.Decref(&kwnames.Object)
		args = all
	}
	return Call(t, m, args, kwnames)
}

// must returns a function that fails the test on err and returns o:
// must(t)(GetItem(...)).
func must(tb testing.TB) func(o *Object, err error) *Object {
	return func(o *Object, err error) *Object {
		tb.Helper()
		if err != nil {
			tb.Fatalf("unexpected error: %v", err)
		}
		return o
	}
}

// wantErr checks that err is the exception "Type: message" and drops it.
func wantErr(tb testing.TB, t *Thread, err error, want string) {
	tb.Helper()
	if err == nil {
		tb.Fatalf("no error, want %s", want)
	}
	if got := err.Error(); got != want {
		tb.Errorf("error %q, want %q", got, want)
	}
	t.DropError(err)
}

// wantNoResult checks a call raised want, decref'ing a stray result.
func wantRaise(tb testing.TB, t *Thread, o *Object, err error, want string) {
	tb.Helper()
	if o != nil {
		t.Decref(o)
	}
	wantErr(tb, t, err, want)
}

// ints returns new int objects.
func ints(t *Thread, vs ...int64) []*Object {
	out := make([]*Object, len(vs))
	for i, v := range vs {
		out[i] = NewInt(t, v)
	}
	return out
}

// intList returns a new list of ints.
func intList(t *Thread, vs ...int64) *Object { return &NewList(t, ints(t, vs...)).Object }

// intTuple returns a new tuple of ints.
func intTuple(t *Thread, vs ...int64) *Object { return &NewTuple(t, ints(t, vs...)).Object }

// intsOf returns the int64 values of the items an iterable yields.
func intsOf(tb testing.TB, t *Thread, o *Object) []int64 {
	tb.Helper()
	var out []int64
	err := Iterate(t, o, func(x *Object) error {
		if !IsInt(x) {
			tb.Fatalf("item of type %s, want int", x.typ.Name)
		}
		v, _ := AsInt(x).Int64()
		out = append(out, v)
		return nil
	})
	if err != nil {
		tb.Fatalf("iterating: %v", err)
	}
	return out
}

// consume returns a function returning intsOf(o), which drops the
// reference to o: consume(t, th)(GetItem(...)).
func consume(tb testing.TB, t *Thread) func(o *Object, err error) []int64 {
	return func(o *Object, err error) []int64 {
		tb.Helper()
		must(tb)(o, err)
		defer t.Decref(o)
		return intsOf(tb, t, o)
	}
}

func eqInts(a, b []int64) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// reprOf returns repr(o) or fails.
func reprOf(tb testing.TB, t *Thread, o *Object) string {
	tb.Helper()
	s, err := ReprString(t, o)
	if err != nil {
		tb.Fatalf("repr: %v", err)
	}
	return s
}

// needRepr skips a test whose expected output needs the repr of ints or
// strs, implemented elsewhere (int_ops.go, str_ops.go).
func needRepr(tb testing.TB, types ...*Type) {
	for _, typ := range types {
		if typ.Repr == nil {
			tb.Skipf("%s has no repr in this tree", typ.Name)
		}
	}
}

// fnObj is a callable wrapping a Go function that returns a value.
type fnObj struct {
	Object
	fn func(t *Thread, args []*Object) (*Object, error)
}

var fnObjType = NewStaticType(&Type{
	Name: "fnobj",
	Call: func(t *Thread, self *Object, args []*Object, kwnames *Tuple) (*Object, error) {
		return Cast[fnObj](self).fn(t, args)
	},
})

func newFn(t *Thread, fn func(t *Thread, args []*Object) (*Object, error)) *Object {
	f := &fnObj{fn: fn}
	t.Init(&f.Object, fnObjType)
	return &f.Object
}

// ordered is a test object ordered by v; comparing one whose v is
// negative raises ValueError("bad compare"). Equality compares v.
type ordered struct {
	Object
	v   int
	tag int
}

var orderedType = NewStaticType(&Type{
	Name: "ordered",
	Compare: func(t *Thread, a, b *Object, op CompareOp) (*Object, error) {
		if a.typ != b.typ {
			return t.NewRef(NotImplemented), nil
		}
		x, y := Cast[ordered](a), Cast[ordered](b)
		if x.v < 0 || y.v < 0 {
			return nil, t.Errorf(ValueErrorType, "bad compare")
		}
		return NewBool(compareInts(x.v, y.v, op)), nil
	},
	Hash: func(t *Thread, o *Object) (int64, error) { return int64(Cast[ordered](o).v), nil },
})

func newOrdered(t *Thread, v, tag int) *Object {
	o := &ordered{v: v, tag: tag}
	t.Init(&o.Object, orderedType)
	return &o.Object
}

func bigPow2(n uint) *big.Int { return new(big.Int).Lsh(big.NewInt(1), n) }
