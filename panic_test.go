package ftpy_test

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/ftpy/ftpy"
	"github.com/ftpy/ftpy/object"
)

// expectedPanics counts the Go panics tests provoke on purpose, which
// TestMain allows.
var expectedPanics atomic.Int64

// boomDef is a builtin that panics, as a bug in a Go builtin would: it
// is a raw object builtin, not an ext function (which recovers itself),
// so the eval loop's and the thread's recovery are what catch it.
var boomDef = &object.MethodDef{Name: "boom", Fn: func(t *object.Thread, self *object.Object, args []*object.Object, kwnames *object.Tuple) (*object.Object, error) {
	var m map[string]int
	//lint:ignore SA5000 the point: a nil map write, a runtime panic
	m["x"]++
	return object.None, nil
}}

// TestGoPanicBecomesSystemError: a panicking builtin raises SystemError
// naming the panic, wherever it runs (module code, a callback called
// from Go, a generator, a new thread), the counter moves, and the
// interpreter goes on working.
func TestGoPanicBecomesSystemError(t *testing.T) {
	var out bytes.Buffer
	in := newInterp(t, &out)
	ctx := context.Background()
	if err := in.Set("boom", object.NewStaticBuiltin(boomDef)); err != nil {
		t.Fatal(err)
	}
	before := object.RecoveredPanics()
	expect := func(n int64) {
		t.Helper()
		expectedPanics.Add(n)
		if got := object.RecoveredPanics() - before; got != n {
			t.Fatalf("%d panics recovered, want %d", got, n)
		}
		before += n
	}

	// In module code: the whole run unwinds with SystemError.
	err := in.Exec(ctx, "<t1>", "x = [1, 2]\nfor i in range(3):\n    def f(n):\n        return boom() if n == 0 else f(n - 1)\n    f(5)\n")
	var pe *ftpy.Error
	if !errors.As(err, &pe) || pe.Type != "SystemError" || !strings.Contains(pe.Message, "Go panic: assignment to entry in nil map") {
		t.Fatalf("got %v", err)
	}
	expect(1)

	// -X dev attaches the Go stack of the panic.
	object.SetPanicStacks(true)
	err = in.Exec(ctx, "<t1>", "boom()")
	object.SetPanicStacks(false)
	if !errors.As(err, &pe) || !strings.Contains(pe.Message, "Go stack of the panic") || !strings.Contains(pe.Message, "panic_test.go") {
		t.Fatalf("got %v", err)
	}
	expect(1)

	// Under a Go boundary (sorted's key, a generator, a with block),
	// Python code catches it and goes on.
	src := `
def gen():
    yield 1
    boom()
g = gen()
out = []
try:
    sorted([3, 1, 2], key=lambda k: boom())
except SystemError as e:
    out.append("sorted")
try:
    list(g)
except SystemError as e:
    out.append("gen")
out.append(list(g))
try:
    try:
        raise KeyError(1)
    except KeyError:
        sorted([3, 1], key=lambda k: boom())
except SystemError as e:
    import sys
    out.append(sys.exc_info()[0].__name__)
    out.append(type(e.__context__).__name__)
import sys
out.append(sys.exc_info())
print(out)
`
	out.Reset()
	if err := in.Exec(ctx, "<t2>", src); err != nil {
		t.Fatal(err)
	}
	if got, want := out.String(), "['sorted', 'gen', [], 'SystemError', 'KeyError', (None, None, None)]\n"; got != want {
		t.Fatalf("got %q, want %q", got, want)
	}
	expect(3)

	// In a thread's body: reported as unraisable, the process goes on.
	out.Reset()
	err = in.Exec(ctx, "<t3>", `
import _thread, time
_thread.start_new_thread(boom, ())
deadline = time.monotonic() + 10
while _thread._count() and time.monotonic() < deadline:
    time.sleep(0.001)
`)
	if err != nil {
		t.Fatal(err)
	}
	if got := out.String(); !strings.Contains(got, "Exception ignored in thread started by") || !strings.Contains(got, "SystemError: Go panic: assignment to entry in nil map") {
		t.Fatalf("thread's report: %q", got)
	}
	expect(1)

	// Still working: a call, a global, recursion and threads.
	out.Reset()
	err = in.Exec(ctx, "<t4>", `
import threading
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
r = []
ts = [threading.Thread(target=lambda: r.append(fib(15))) for _ in range(3)]
for th in ts: th.start()
for th in ts: th.join()
print(fib(20), x, r)
`)
	if err != nil {
		t.Fatal(err)
	}
	if got := out.String(); got != "6765 [1, 2] [610, 610, 610]\n" {
		t.Fatalf("got %q", got)
	}
	expect(0)
}
