// Tests of the extension API as an extension uses it: a module registered
// with Register, imported and exercised by Python code in an interpreter,
// and the Go-side helpers called directly with an attached thread.

package ext_test

import (
	"errors"
	"os"
	"reflect"
	"strings"
	"sync"
	"testing"

	"github.com/ftpy/ftpy/compile"
	"github.com/ftpy/ftpy/ext"
	_ "github.com/ftpy/ftpy/lib/gc"
	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/syntax"
	"github.com/ftpy/ftpy/vm"
)

func TestMain(m *testing.M) {
	if err := object.Configure(object.Config{Debug: true}); err != nil {
		panic(err)
	}
	os.Exit(m.Run())
}

func thread(tb testing.TB) *object.Thread {
	th := object.NewThread()
	th.Attach()
	tb.Cleanup(th.Exit)
	return th
}

// box is a GC-capable extension type holding one reference, with a
// constructor, __call__ (returns the held object), __repr__, a method and
// a settable attribute.
type box struct {
	object.Object
	mu    sync.Mutex
	value *object.Object // owned; nil when cleared
}

var (
	boxType   = &ext.Type{Name: "box", Doc: "box(v) holds v", GC: true}
	deallocs  sync.Map // *object.Object → count of Dealloc calls
	boxModule = &ext.Module{
		Name: "_exttest",
		Doc:  "ext tests",
		Funcs: []ext.Func{
			{Name: "echo", Fn: func(t *ext.Thread, args []*object.Object, kwnames *object.Tuple) (*object.Object, error) {
				if err := ext.CheckArgCount(t, "echo", args, kwnames, 1, 1); err != nil {
					return nil, err
				}
				return t.NewRef(args[0]), nil
			}},
			{Name: "kw", Fn: func(t *ext.Thread, args []*object.Object, kwnames *object.Tuple) (*object.Object, error) {
				var names []any
				for i := range ext.NumKeywords(kwnames) {
					names = append(names, ext.KeywordName(kwnames, i))
				}
				return ext.FromGo(t, names)
			}},
			{Name: "boom", Fn: func(t *ext.Thread, args []*object.Object, kwnames *object.Tuple) (*object.Object, error) {
				var xs []int
				_ = xs[len(args)] // a runtime panic: index out of range
				return nil, nil
			}},
			{Name: "fail", Fn: func(t *ext.Thread, args []*object.Object, kwnames *object.Tuple) (*object.Object, error) {
				return nil, ext.Errorf(t, ext.ValueError, "bad value %d", 42)
			}},
			ext.Bind("add", func(a, b int) (int, error) { return a + b, nil }),
			ext.Bind("join", func(t *ext.Thread, parts []string, sep string) string { return strings.Join(parts, sep) }),
			ext.Bind("goerr", func() error { return errors.New("plain Go error") }),
			ext.Bind("scale", func(xs map[string]float64, k float64) map[string]float64 {
				for key := range xs {
					xs[key] *= k
				}
				return xs
			}),
			ext.Bind("obj", func(t *ext.Thread, o *object.Object) *object.Object { return t.NewRef(o) }),
		},
		Types: []*ext.Type{boxType},
		Init: func(t *ext.Thread, m *ext.ModuleObject) error {
			m.AddInt(t, "I", 7)
			m.AddFloat(t, "F", 2.5)
			m.AddStr(t, "S", "text")
			m.AddBool(t, "B", true)
			m.AddNone(t, "N")
			return m.Add(t, "L", []any{1, "two", ext.Tuple{3.0, nil}})
		},
	}
)

func init() {
	boxType.New = func(t *ext.Thread, args []*object.Object, kwnames *object.Tuple) (*object.Object, error) {
		var v *object.Object
		if err := ext.ParseArgs(t, "box", args, kwnames, []string{"value"}, 1, &v); err != nil {
			return nil, err
		}
		return newBox(t, v), nil
	}
	boxType.Call = func(t *ext.Thread, self *object.Object, args []*object.Object, kwnames *object.Tuple) (*object.Object, error) {
		if len(args) == 2 {
			return ext.FromGo(t, 0) // the call-path test's trivial body
		}
		b := ext.As[box](self)
		b.mu.Lock()
		defer b.mu.Unlock()
		return ext.FromGo(t, b.value)
	}
	boxType.Repr = func(t *ext.Thread, self *object.Object) (string, error) {
		b := ext.As[box](self)
		b.mu.Lock()
		v := b.value
		b.mu.Unlock()
		if v == nil {
			return "box()", nil
		}
		r, err := ext.Repr(t, v)
		return "box(" + r + ")", err
	}
	boxType.Methods = []ext.Method{{Name: "panic", Fn: func(t *ext.Thread, self *object.Object, args []*object.Object, kwnames *object.Tuple) (*object.Object, error) {
		panic(errors.New("method panicked"))
	}}}
	boxType.Attrs = []ext.Attr{{Name: "value",
		Get: func(t *ext.Thread, self *object.Object) (*object.Object, error) {
			b := ext.As[box](self)
			b.mu.Lock()
			defer b.mu.Unlock()
			return ext.FromGo(t, b.value)
		},
		Set: func(t *ext.Thread, self, v *object.Object) error {
			if v == nil {
				return ext.Errorf(t, ext.TypeError, "cannot delete value")
			}
			b := ext.As[box](self)
			t.Incref(v)
			b.mu.Lock()
			old := b.value
			b.value = v
			b.mu.Unlock()
			if old != nil {
				t.Decref(old)
			}
			return nil
		}}}
	boxType.Traverse = func(self *object.Object, visit func(*object.Object)) {
		b := ext.As[box](self)
		b.mu.Lock()
		v := b.value
		b.mu.Unlock()
		if v != nil {
			visit(v)
		}
	}
	boxType.Clear = func(t *ext.Thread, self *object.Object) {
		b := ext.As[box](self)
		b.mu.Lock()
		v := b.value
		b.value = nil
		b.mu.Unlock()
		if v != nil {
			t.Decref(v)
		}
	}
	boxType.Dealloc = func(t *ext.Thread, self *object.Object) {
		n, _ := deallocs.LoadOrStore(self, new(int))
		*n.(*int)++
		boxType.Clear(t, self)
	}
	ext.Register(boxModule)
}

func newBox(t *ext.Thread, v *object.Object) *object.Object {
	b := &box{value: t.NewRef(v)}
	boxType.Init(t, &b.Object)
	return &b.Object
}

// interp runs src as a module in a new interpreter and returns the
// module's globals.
func interp(tb testing.TB, th *object.Thread, src string) (*vm.State, *object.Dict, error) {
	tb.Helper()
	in := vm.NewInterp(th)
	st := in.Attach(th)
	mod, err := syntax.ParseFile("test.py", []byte(src))
	if err != nil {
		tb.Fatal(err)
	}
	code, err := compile.File(th, "test.py", mod, compile.ExecMode)
	if err != nil {
		tb.Fatal(err)
	}
	m := st.NewModule("__main__")
	tb.Cleanup(func() { th.Decref(m.Obj()) })
	r, err := st.RunCode(code, m.Dict, nil)
	if err == nil {
		th.Decref(r)
	}
	return st, m.Dict, err
}

func mustRun(tb testing.TB, th *object.Thread, src string) *object.Dict {
	tb.Helper()
	_, d, err := interp(tb, th, src)
	if err != nil {
		tb.Fatal(strings.TrimSpace(err.Error()))
	}
	return d
}

func TestModuleFromPython(t *testing.T) {
	th := thread(t)
	mustRun(t, th, `
import _exttest as m
assert m.__doc__ == "ext tests"
assert (m.I, m.F, m.S, m.B, m.N) == (7, 2.5, "text", True, None), (m.I, m.F, m.S, m.B, m.N)
assert m.L == [1, "two", (3.0, None)], m.L
x = object()
assert m.echo(x) is x
assert m.kw(1, a=2, b=3) == ["a", "b"]
try:
    m.echo()
except TypeError as e:
    assert "echo() takes exactly one argument (0 given)" in str(e), e
else:
    raise AssertionError
try:
    m.fail()
except ValueError as e:
    assert str(e) == "bad value 42"
try:
    m.boom()
except SystemError as e:
    assert "index out of range" in str(e), e
else:
    raise AssertionError("no SystemError")
`)
}

func TestBindFromPython(t *testing.T) {
	th := thread(t)
	mustRun(t, th, `
import _exttest as m
assert m.add(2, 3) == 5
assert m.add(True, 1) == 2
assert m.join(["a", "b"], "-") == "a-b"
assert m.join(("a", "b"), "") == "ab"
assert m.scale({"x": 1, "y": 2.5}, 2) == {"x": 2.0, "y": 5.0}
o = object()
assert m.obj(o) is o
def err(f, *args, **kw):
    try:
        f(*args, **kw)
    except Exception as e:
        return type(e).__name__ + ": " + str(e)
    raise AssertionError("no error")
assert err(m.add, 1, 2, 3) == "TypeError: add() takes 2 positional arguments but 3 were given", err(m.add, 1, 2, 3)
assert err(m.add, 1) == "TypeError: add() takes 2 positional arguments but 1 was given"
assert err(m.add, 1, b=2) == "TypeError: add() takes no keyword arguments"
assert err(m.add, "1", 2) == "TypeError: add() argument 1 must be int, not str"
assert err(m.add, 1, 2.5) == "TypeError: add() argument 2 must be int, not float"
assert err(m.join, "ab", "") == "TypeError: join() argument 1 must be list, not str"
assert err(m.join, [1], "") == "TypeError: join() argument 1 must be str, not int", err(m.join, [1], "")
assert err(m.add, 2**70, 1).startswith("OverflowError"), err(m.add, 2**70, 1)
assert err(m.goerr) == "RuntimeError: plain Go error"
`)
}

func TestTypeFromPython(t *testing.T) {
	th := thread(t)
	mustRun(t, th, `
import _exttest as m
b = m.box([1, 2])
assert type(b) is m.box and type(b).__name__ == "box"
assert repr(b) == "box([1, 2])", repr(b)
assert b() == [1, 2]
assert b.value is b()
b.value = "new"
assert b.value == "new" and repr(b) == "box('new')"
try:
    del b.value
except TypeError as e:
    assert str(e) == "cannot delete value"
try:
    b.panic()
except SystemError as e:
    assert str(e) == "Go panic: method panicked", e
try:
    m.box()
except TypeError:
    pass
else:
    raise AssertionError
# a cycle through a box is collected
import gc
l = []
c = m.box(l)
l.append(c)
del l, c
gc.collect()
`)
}

// Calling an extension callable from the eval loop, or with object.Call,
// changes neither its reference count nor its type's.
func TestCallDoesNotCount(t *testing.T) {
	th := thread(t)
	st, d, err := interp(t, th, `
import _exttest as m
b = m.box(None)
def run(n):
    f = b
    for i in range(n):
        f(1, 2)
`)
	_ = st
	if err != nil {
		t.Fatal(err)
	}
	b := d.GetStr(object.Intern("b"))
	typ := boxType.PyType().Obj()
	before, typBefore := th.RefCount(b), th.RefCount(typ)
	if _, err := ext.CallObject(th, d.GetStr(object.Intern("run")), 1000); err != nil {
		t.Fatal(err)
	}
	args := []*object.Object{object.None, object.None}
	for range 1000 {
		r, err := object.Call(th, b, args, nil)
		if err != nil {
			t.Fatal(err)
		}
		th.Decref(r)
	}
	if after, typAfter := th.RefCount(b), th.RefCount(typ); after != before || typAfter != typBefore {
		t.Fatalf("counts changed: callable %d → %d, type %d → %d", before, after, typBefore, typAfter)
	}
}

func TestConvertFromGo(t *testing.T) {
	th := thread(t)
	cases := []struct {
		v    any
		repr string
	}{
		{nil, "None"}, {true, "True"}, {int64(-5), "-5"}, {uint8(200), "200"}, {3, "3"},
		{1.5, "1.5"}, {float32(0.5), "0.5"}, {"hé", "'hé'"}, {[]byte("ab"), "b'ab'"},
		{[]int{1, 2}, "[1, 2]"}, {[]any{1, "x", nil}, "[1, 'x', None]"},
		{ext.Tuple{1, ext.Tuple{}}, "(1, ())"}, {map[string]any{"k": []string{"v"}}, "{'k': ['v']}"},
		{(*int)(nil), "None"}, {[2]bool{true, false}, "[True, False]"},
	}
	for _, c := range cases {
		o, err := ext.FromGo(th, c.v)
		if err != nil {
			t.Fatalf("%#v: %v", c.v, err)
		}
		r, err := ext.Repr(th, o)
		if err != nil || r != c.repr {
			t.Errorf("%#v: got %s (%v), want %s", c.v, r, err, c.repr)
		}
		th.Decref(o)
	}
	for _, v := range []any{struct{}{}, map[int]int{1: 1}, uint64(1 << 63), make(chan int)} {
		o, err := ext.FromGo(th, v)
		if err == nil {
			th.Decref(o)
			t.Errorf("%#v: no error", v)
			continue
		}
		if !ext.IsError(err, ext.TypeError) && !ext.IsError(err, ext.OverflowError) {
			t.Errorf("%#v: %v", v, err)
		}
		ext.DropError(th, err)
	}
}

func roundTrip[T any](t *testing.T, th *object.Thread, v T) {
	t.Helper()
	o, err := ext.FromGo(th, v)
	if err != nil {
		t.Fatal(err)
	}
	defer th.Decref(o)
	got, err := ext.ToGo[T](th, o)
	if err != nil {
		t.Fatalf("%#v: %v", v, err)
	}
	if !reflect.DeepEqual(got, v) {
		t.Errorf("got %#v, want %#v", got, v)
	}
}

func TestConvertToGo(t *testing.T) {
	th := thread(t)
	roundTrip(t, th, int64(1<<40))
	roundTrip(t, th, int8(-3))
	roundTrip(t, th, uint16(65535))
	roundTrip(t, th, 2.25)
	roundTrip(t, th, "s")
	roundTrip(t, th, "caf\xc3\xa9 \xff\xfe") // not UTF-8: lone surrogates and back
	roundTrip(t, th, map[string]string{"k\xff": "v\x80"})
	roundTrip(t, th, []byte{0, 1})
	roundTrip(t, th, true)
	roundTrip(t, th, []string{"a", "b"})
	roundTrip(t, th, ext.Tuple{int64(1), "x", nil})
	roundTrip(t, th, map[string]int{"a": 1})
	roundTrip(t, th, map[string]any{"l": []any{int64(1), 2.5, false}, "t": ext.Tuple{}, "b": []byte("x"), "d": map[string]any{}})
	// float accepts int; any follows the Python type
	three := object.NewInt(th, 3)
	defer th.Decref(three)
	if f, err := ext.ToGo[float64](th, three); err != nil || f != 3 {
		t.Errorf("float64 from int: %v %v", f, err)
	}
	if a, err := ext.ToGo[any](th, three); err != nil || a != int64(3) {
		t.Errorf("any from int: %#v %v", a, err)
	}
	if o, err := ext.ToGo[*object.Object](th, three); err != nil || o != three {
		t.Errorf("*Object: %v %v", o, err)
	}

	errCases := []struct {
		o    *object.Object
		f    func(*object.Object) error
		want string
	}{
		{object.NewStr(th, "x"), func(o *object.Object) error { _, err := ext.ToGo[int](th, o); return err }, "TypeError: expected int, not str"},
		{object.NewFloat(th, 1), func(o *object.Object) error { _, err := ext.ToGo[int64](th, o); return err }, "TypeError: expected int, not float"},
		{object.NewInt(th, 1), func(o *object.Object) error { _, err := ext.ToGo[string](th, o); return err }, "TypeError: expected str, not int"},
		{object.NewInt(th, 1), func(o *object.Object) error { _, err := ext.ToGo[bool](th, o); return err }, "TypeError: expected bool, not int"},
		{object.NewInt(th, 300), func(o *object.Object) error { _, err := ext.ToGo[int8](th, o); return err }, "OverflowError: Python int too large to convert to Go int8"},
		{object.NewInt(th, -1), func(o *object.Object) error { _, err := ext.ToGo[uint](th, o); return err }, "OverflowError: can't convert negative int to unsigned"},
		{object.NewStr(th, "x"), func(o *object.Object) error { _, err := ext.ToGo[[]byte](th, o); return err }, "TypeError: expected bytes, not str"},
		{object.NewStr(th, "a\xed\xa0\x80"), func(o *object.Object) error { _, err := ext.ToGo[string](th, o); return err }, "UnicodeEncodeError: 'utf-8' codec can't encode character '\\ud800' in position 1: surrogates not allowed"},
		{object.NewStr(th, "x"), func(o *object.Object) error { _, err := ext.ToGo[map[string]int](th, o); return err }, "TypeError: expected dict, not str"},
		{object.NewDict(th).Obj(), func(o *object.Object) error { _, err := ext.ToGo[chan int](th, o); return err }, "TypeError: cannot convert a Python value to Go type chan int"},
		{object.NewList(th, []*object.Object{object.NewStr(th, "a")}).Obj(), func(o *object.Object) error { _, err := ext.ToGo[[]int](th, o); return err }, "TypeError: expected int, not str"},
	}
	for _, c := range errCases {
		err := c.f(c.o)
		if err == nil {
			t.Errorf("%s: no error", c.want)
		} else {
			e := th.AsException(err)
			got := e.Type().Name + ": " + strings.TrimSpace(err.Error())
			if !strings.Contains(got, c.want) {
				t.Errorf("got %q, want %q", got, c.want)
			}
			th.DropError(err)
		}
		th.Decref(c.o)
	}
}

func TestRef(t *testing.T) {
	th := thread(t)
	l := object.NewList(th, nil).Obj()
	before := th.RefCount(l)
	r := ext.NewRef(th, l)
	if r.Get() != l || th.RefCount(l) != before+1 {
		t.Fatalf("NewRef: count %d, want %d", th.RefCount(l), before+1)
	}
	n := r.New(th)
	th.Decref(n)
	// Close from another thread, twice: released exactly once.
	var wg sync.WaitGroup
	for range 2 {
		wg.Go(func() {
			t2 := object.NewThread()
			t2.Attach()
			defer t2.Exit()
			r.Close(t2)
		})
	}
	wg.Wait()
	r.Close(th)
	if r.Get() != nil {
		t.Fatal("Get after Close")
	}
	th.Decref(l)
	th.Collect()
	if !l.IsFreed() {
		t.Fatal("not freed")
	}
}

func TestBoxFromGo(t *testing.T) {
	th := thread(t)
	v := object.NewStr(th, "held")
	b := newBox(th, v)
	th.Decref(v)
	if !boxType.Check(b) {
		t.Fatal("Check")
	}
	r, err := ext.CallObject(th, b)
	if err != nil || r != v {
		t.Fatalf("call: %v %v", r, err)
	}
	th.Decref(r)
	m, err := ext.CallMethod(th, b, "panic")
	if err == nil || !ext.IsError(err, ext.SystemError) {
		t.Fatalf("panic method: %v %v", m, err)
	}
	ext.DropError(th, err)
	th.Decref(b)
	th.Collect()
	if n, ok := deallocs.Load(b); !ok || *n.(*int) != 1 {
		t.Fatalf("dealloc ran %v times", n)
	}
	if !v.IsFreed() {
		t.Fatal("held value not freed")
	}
}
