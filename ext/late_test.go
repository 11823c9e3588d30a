package ext_test

import (
	"testing"

	"github.com/ftpy/ftpy/ext"
	"github.com/ftpy/ftpy/object"
)

type plain struct{ object.Object }

// A type readied after the interpreter's types were finished (here: after
// other tests created interpreters) works as one readied at init.
func TestLateType(t *testing.T) {
	th := thread(t)
	mustRun(t, th, "pass")
	late := &ext.Type{Name: "late",
		Repr: func(t *ext.Thread, self *object.Object) (string, error) { return "<late>", nil },
		Methods: []ext.Method{{Name: "m", Fn: func(t *ext.Thread, self *object.Object, args []*object.Object, kwnames *object.Tuple) (*object.Object, error) {
			return ext.FromGo(t, len(args))
		}}},
	}
	p := &plain{}
	late.Init(th, &p.Object)
	defer th.Decref(&p.Object)
	if r, err := ext.Repr(th, &p.Object); err != nil || r != "<late>" {
		t.Fatalf("repr %q %v", r, err)
	}
	r, err := ext.CallMethod(th, &p.Object, "m", 1, 2)
	if err != nil {
		t.Fatal(err)
	}
	if n, _ := ext.ToGo[int](th, r); n != 2 {
		t.Fatalf("m: %d", n)
	}
	th.Decref(r)
	if _, err := ext.CallObject(th, late.PyType().Obj()); !ext.IsError(err, ext.TypeError) {
		t.Fatalf("instantiating a type without New: %v", err)
	} else {
		ext.DropError(th, err)
	}
}

// Calling an extension function or callable allocates nothing in the
// wrappers: the borrowed arguments go straight to the Go code.
func TestCallAllocs(t *testing.T) {
	th := thread(t)
	d := mustRun(t, th, "import _exttest as m\nb = m.box(None)\necho = m.echo\n")
	b := d.GetStr(object.Intern("b"))
	echo := d.GetStr(object.Intern("echo"))
	two := []*object.Object{object.None, object.None}
	one := two[:1]
	if n := testing.AllocsPerRun(1000, func() {
		r, err := object.Call(th, b, two, nil)
		if err != nil {
			t.Fatal(err)
		}
		th.Decref(r)
		r, err = object.Call(th, echo, one, nil)
		if err != nil {
			t.Fatal(err)
		}
		th.Decref(r)
	}); n != 0 {
		t.Fatalf("%v allocations per call", n)
	}
}

// A panic leaves the arguments' counts as they were.
func TestPanicCounts(t *testing.T) {
	th := thread(t)
	d := mustRun(t, th, "import _exttest as m\nx = [1]\n")
	x := d.GetStr(object.Intern("x"))
	boom := d.GetStr(object.Intern("m"))
	boom, err := ext.GetAttr(th, boom, "boom")
	if err != nil {
		t.Fatal(err)
	}
	defer th.Decref(boom)
	before := th.RefCount(x)
	for range 10 {
		_, err := ext.Call(th, boom, []*object.Object{x}, nil)
		if !ext.IsError(err, ext.SystemError) {
			t.Fatalf("got %v", err)
		}
		ext.DropError(th, err)
	}
	if after := th.RefCount(x); after != before {
		t.Fatalf("count %d → %d", before, after)
	}
}

// BenchmarkCall measures a call into an extension callable and into an
// extension function through the wrappers (no interpreter loop).
func BenchmarkCall(b *testing.B) {
	th := thread(b)
	d := mustRun(b, th, "import _exttest as m\nb = m.box(None)\necho = m.echo\n")
	bx := d.GetStr(object.Intern("b"))
	echo := d.GetStr(object.Intern("echo"))
	two := []*object.Object{object.None, object.None}
	b.Run("callable", func(b *testing.B) {
		for b.Loop() {
			r, _ := object.Call(th, bx, two, nil)
			th.Decref(r)
		}
	})
	b.Run("func", func(b *testing.B) {
		for b.Loop() {
			r, _ := object.Call(th, echo, two[:1], nil)
			th.Decref(r)
		}
	})
}
