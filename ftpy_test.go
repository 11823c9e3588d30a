package ftpy_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ftpy/ftpy"
	"github.com/ftpy/ftpy/object"
)

func TestMain(m *testing.M) {
	// Debug mode: freed objects are poisoned, so a use after free panics.
	if err := object.Configure(object.Config{Debug: true}); err != nil {
		panic(err)
	}
	code := m.Run()
	// A recovered Go panic passes for a SystemError: fail on any that a
	// test did not provoke on purpose (panic_test.go).
	if n := object.RecoveredPanics() - expectedPanics.Load(); n != 0 && code == 0 {
		fmt.Fprintf(os.Stderr, "FAIL: %d Go panic(s) recovered as SystemError during the tests\n", n)
		code = 1
	}
	os.Exit(code)
}

func newInterp(t *testing.T, out *bytes.Buffer) *ftpy.Interpreter {
	t.Helper()
	in, err := ftpy.New(ftpy.Options{Stdout: out, Stderr: out})
	if err != nil {
		t.Fatal(err)
	}
	return in
}

func TestExecGetSetCall(t *testing.T) {
	var out bytes.Buffer
	in := newInterp(t, &out)
	ctx := context.Background()
	if err := in.Set("n", 20); err != nil {
		t.Fatal(err)
	}
	err := in.Exec(ctx, "<test>", "def double(x):\n    return [x * 2, 'ok']\nm = n + 1\nprint('hello', m)\n")
	if err != nil {
		t.Fatal(err)
	}
	if got := out.String(); got != "hello 21\n" {
		t.Errorf("stdout = %q", got)
	}
	if v, err := in.Get("m"); err != nil || v != int64(21) {
		t.Errorf("Get(m) = %v, %v", v, err)
	}
	r, err := in.Call(ctx, "double", 4.5)
	if err != nil {
		t.Fatal(err)
	}
	if got := fmt.Sprint(r); got != "[9 ok]" {
		t.Errorf("double(4.5) = %s", got)
	}
}

func TestErrorsArePythonExceptions(t *testing.T) {
	var out bytes.Buffer
	in := newInterp(t, &out)
	ctx := context.Background()
	err := in.Exec(ctx, "<test>", "def f():\n    raise ValueError('bad value')\nf()\n")
	var pe *ftpy.Error
	if !errors.As(err, &pe) || pe.Type != "ValueError" || pe.Message != "bad value" {
		t.Fatalf("err = %#v", err)
	}
	if !strings.Contains(pe.Traceback, `File "<test>", line 2, in f`) {
		t.Errorf("traceback:\n%s", pe.Traceback)
	}
	if err := in.Exec(ctx, "<test>", "x = (\n"); !errors.As(err, &pe) || pe.Type != "SyntaxError" {
		t.Errorf("syntax error: %v", err)
	}
	// SystemExit does not exit the process.
	if err := in.Exec(ctx, "<test>", "import sys\nsys.exit(3)\n"); !errors.As(err, &pe) || pe.Type != "SystemExit" {
		t.Errorf("sys.exit: %v", err)
	}
	if _, err := in.Get("nosuch"); !errors.As(err, &pe) || pe.Type != "NameError" {
		t.Errorf("Get(nosuch): %v", err)
	}
}

// TestContextCancels checks that cancelling or timing out a call stops a
// busy loop with an exception, and that the interpreter stays usable.
func TestContextCancels(t *testing.T) {
	var out bytes.Buffer
	in := newInterp(t, &out)
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	err := in.Exec(ctx, "<test>", "try:\n    while True:\n        pass\nfinally:\n    cleaned = True\n")
	var pe *ftpy.Error
	if !errors.As(err, &pe) || pe.Type != "TimeoutError" {
		t.Fatalf("timeout: %v", err)
	}
	if v, err := in.Get("cleaned"); err != nil || v != true {
		t.Errorf("finally did not run: %v, %v", v, err)
	}
	ctx2, cancel2 := context.WithCancel(context.Background())
	go func() { time.Sleep(20 * time.Millisecond); cancel2() }()
	if err := in.Exec(ctx2, "<test>", "import time\nwhile True:\n    time.sleep(0.001)\n"); !errors.As(err, &pe) || pe.Type != "KeyboardInterrupt" {
		t.Fatalf("cancel: %v", err)
	}
	if err := in.Exec(context.Background(), "<test>", "ok = 1\n"); err != nil {
		t.Fatal(err)
	}
}

// TestGoroutines runs Python on several goroutines at once, each call
// with its own thread state, sharing the interpreter's globals.
func TestGoroutines(t *testing.T) {
	var out bytes.Buffer
	in := newInterp(t, &out)
	ctx := context.Background()
	if err := in.Exec(ctx, "<test>", "import _thread\nlock = _thread.allocate_lock()\ntotal = 0\ndef add(k):\n    global total\n    for i in range(k):\n        with lock:\n            total += 1\n    return k\n"); err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if r, err := in.Call(ctx, "add", 500); err != nil || r != int64(500) {
				t.Errorf("add(500) = %v, %v", r, err)
			}
		}()
	}
	wg.Wait()
	if v, _ := in.Get("total"); v != int64(2000) {
		t.Errorf("total = %v, want 2000", v)
	}
}

func ExampleInterpreter_Call() {
	in, err := ftpy.New(ftpy.Options{})
	if err != nil {
		panic(err)
	}
	ctx := context.Background()
	in.Exec(ctx, "<example>", "def greet(name):\n    return 'hello, ' + name\n")
	r, err := in.Call(ctx, "greet", "gopher")
	fmt.Println(r, err)
	// Output: hello, gopher <nil>
}

func ExampleInterpreter_Exec() {
	in, _ := ftpy.New(ftpy.Options{})
	in.Set("xs", []any{3, 1, 2})
	err := in.Exec(context.Background(), "<example>", "print(sorted(xs))\nraise KeyError('k')\n")
	fmt.Println(err)
	// Output:
	// [1, 2, 3]
	// KeyError: 'k'
}

// TestCallDropsThreadLocals checks that a call's thread-local attributes
// are released when the call (and its thread state) ends, as a thread's
// are when it exits.
func TestCallDropsThreadLocals(t *testing.T) {
	var out bytes.Buffer
	in := newInterp(t, &out)
	ctx := context.Background()
	err := in.Exec(ctx, "<test>", "import threading, weakref\nloc = threading.local()\nclass Box: pass\ndef stash():\n    b = Box()\n    loc.box = b\n    return weakref.ref(b)\n")
	if err != nil {
		t.Fatal(err)
	}
	// The call's own thread stores a Box in loc; once the call is over,
	// nothing else holds it.
	if err := in.Exec(ctx, "<test>", "r = stash()\n"); err != nil {
		t.Fatal(err)
	}
	if err := in.Exec(ctx, "<test>", "alive = r() is not None\n"); err != nil {
		t.Fatal(err)
	}
	if v, _ := in.Get("alive"); v != false {
		t.Errorf("the Box a finished call stored in a thread-local is still alive")
	}
}

// TestNoStdlib runs without CPython's Lib: the modules built into the
// binary (CPython's C modules, written in Go) import, the Lib's do not,
// as no Go module stands in for them.
func TestNoStdlib(t *testing.T) {
	var out bytes.Buffer
	in, err := ftpy.New(ftpy.Options{Stdout: &out, Stderr: &out, NoStdlib: true})
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	src := "import posix, _collections\nd = _collections.defaultdict(int)\nd['k'] += 1\nprint(posix.getpid() > 0, d)\n"
	if err := in.Exec(ctx, "<test>", src); err != nil {
		t.Fatal(err)
	}
	if got, want := out.String(), "True defaultdict(<class 'int'>, {'k': 1})\n"; got != want {
		t.Errorf("stdout = %q, want %q", got, want)
	}
	for _, name := range []string{"os", "collections", "json"} {
		err := in.Exec(ctx, "<test>", "import "+name+"\n")
		if err == nil || !strings.Contains(err.Error(), "ModuleNotFoundError: No module named '"+name+"'") {
			t.Errorf("import %s without a Lib: %v, want ModuleNotFoundError", name, err)
		}
	}
}
