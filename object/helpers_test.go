// Test object types and helpers shared by the package's tests: a
// GC-capable container, a plain (non-GC) object, and a Go-function
// callable, all defined the way an extension would define them.

package object

import (
	"os"
	"sync"
	"testing"
)

func TestMain(m *testing.M) {
	if err := Configure(Config{Debug: true}); err != nil {
		panic(err)
	}
	os.Exit(m.Run())
}

// box is a GC-capable container holding references to other objects.
type box struct {
	Object
	mu       sync.Mutex // guards items against concurrent appends in tests
	items    []*Object
	finalize func(t *Thread, b *box)
}

var boxType = NewStaticType(&Type{
	Name:     "box",
	Flags:    FlagGC | FlagWeakrefable,
	Dealloc:  func(t *Thread, o *Object) { boxClear(t, o) },
	Traverse: boxTraverse,
	Clear:    boxClear,
	Finalize: func(t *Thread, o *Object) {
		if b := Cast[box](o); b.finalize != nil {
			b.finalize(t, b)
		}
	},
})

// boxDelType is box with a legacy tp_del.
var boxDelType = NewStaticType(&Type{
	Name:     "boxdel",
	Flags:    FlagGC,
	Dealloc:  func(t *Thread, o *Object) { boxClear(t, o) },
	Traverse: boxTraverse,
	Clear:    boxClear,
	Del:      func(t *Thread, o *Object) {},
})

func boxTraverse(o *Object, visit Visitor) {
	b := Cast[box](o)
	b.mu.Lock()
	items := b.items
	b.mu.Unlock()
	for _, it := range items {
		visit(it)
	}
}

func boxClear(t *Thread, o *Object) {
	b := Cast[box](o)
	b.mu.Lock()
	items := b.items
	b.items = nil
	b.mu.Unlock()
	for _, it := range items {
		t.Decref(it)
	}
}

// newBox returns a new tracked box holding new references to items.
func newBox(t *Thread, items ...*Object) *box {
	b := &box{}
	t.Init(&b.Object, boxType)
	for _, it := range items {
		b.items = append(b.items, t.NewRef(it))
	}
	t.Track(&b.Object)
	return b
}

// add stores a new reference to o in b.
func (b *box) add(t *Thread, o *Object) {
	t.Incref(o)
	b.mu.Lock()
	b.items = append(b.items, o)
	b.mu.Unlock()
}

func (b *box) obj() *Object { return &b.Object }

// plain is an object of a type without GC support (like str or int).
type plain struct {
	Object
	value int
}

var plainType = NewStaticType(&Type{Name: "plain", Flags: FlagWeakrefable})

func newPlain(t *Thread, v int) *Object {
	p := &plain{value: v}
	t.Init(&p.Object, plainType)
	return &p.Object
}

// gofunc is a callable wrapping a Go function.
type gofunc struct {
	Object
	fn func(t *Thread, args []*Object)
}

var gofuncType = NewStaticType(&Type{
	Name: "gofunc",
	Call: func(t *Thread, self *Object, args []*Object, kwnames *Tuple) (*Object, error) {
		Cast[gofunc](self).fn(t, args)
		return nil, nil
	},
})

func newGofunc(t *Thread, fn func(t *Thread, args []*Object)) *Object {
	f := &gofunc{fn: fn}
	t.Init(&f.Object, gofuncType)
	return &f.Object
}

// attached returns a new attached thread that exits when the test ends.
func attached(tb testing.TB) *Thread {
	th := NewThread()
	th.Attach()
	tb.Cleanup(func() {
		if !th.exited {
			if !th.Attached() {
				th.Attach()
			}
			th.Exit()
		}
	})
	return th
}

// withConfig runs f under cfg, restoring the debug configuration after.
// No thread may exist when it is called.
func withConfig(tb testing.TB, cfg Config, f func()) {
	tb.Helper()
	cfg.Debug = true
	if err := Configure(cfg); err != nil {
		tb.Fatal(err)
	}
	defer func() {
		if err := Configure(Config{Debug: true}); err != nil {
			tb.Fatal(err)
		}
	}()
	f()
}

// onOther runs f on a new goroutine with its own attached thread, which
// exits afterwards, and waits for it with t detached.
func onOther(t *Thread, f func(u *Thread)) {
	done := make(chan struct{})
	go func() {
		u := NewThread()
		u.Attach()
		f(u)
		u.Exit()
		close(done)
	}()
	t.Detach()
	<-done
	t.Attach()
}

// liveDelta records the live count of typ and reports its change later.
func liveDelta(typ *Type) func() int64 {
	start := typ.Live()
	return func() int64 { return typ.Live() - start }
}
