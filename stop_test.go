package ftpy_test

import (
	"bytes"
	"context"
	"errors"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/ftpy/ftpy"
	"github.com/ftpy/ftpy/internal/blockingcalls"
)

// stopBound is how long a stopped call may take to return: the stop
// wakes blocking calls at once, so this only absorbs a loaded machine.
const stopBound = 2 * time.Second

// execWithin runs src under a context that ends after d and checks that
// the call returns within stopBound of that, with an error wrapping the
// context's.
func execWithin(t *testing.T, in *ftpy.Interpreter, d time.Duration, src string) *ftpy.Error {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), d)
	defer cancel()
	start := time.Now()
	err := in.Exec(ctx, "<test>", src)
	if took := time.Since(start); took > d+stopBound {
		t.Fatalf("the call returned %v after its deadline", took-d)
	}
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("err = %v, want one wrapping context.DeadlineExceeded", err)
	}
	var pe *ftpy.Error
	if !errors.As(err, &pe) || pe.Type != "TimeoutError" {
		t.Fatalf("err = %#v, want a TimeoutError *ftpy.Error", err)
	}
	return pe
}

// TestStopEndsBlockingCalls checks that a context's deadline ends each
// blocking call promptly.
func TestStopEndsBlockingCalls(t *testing.T) {
	blocking := blockingcalls.Programs()
	blocking["stdin readline"] = "import sys\nsys.stdin.readline()\n"
	for name, src := range blocking {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			r, w := io.Pipe() // a standard input that never has data
			defer w.Close()
			var stderr bytes.Buffer
			in, err := ftpy.New(ftpy.Options{Stdin: r, Stderr: &stderr, Stdout: io.Discard})
			if err != nil {
				t.Fatal(err)
			}
			execWithin(t, in, 100*time.Millisecond, src)
		})
	}
}

// TestStopIsUncatchable checks the hard stop: except clauses never see
// it, finally blocks run once each, __exit__ cannot suppress it, code
// that swallows it gets it again, and the interpreter serves the next
// call.
func TestStopIsUncatchable(t *testing.T) {
	var out bytes.Buffer
	in, err := ftpy.New(ftpy.Options{Stdout: &out})
	if err != nil {
		t.Fatal(err)
	}
	// The Lib's modules are imported first, untimed: importing contextlib
	// and what it needs takes longer than the calls' deadlines under the
	// race detector.
	if err := in.Exec(context.Background(), "<warm-up>", "import contextlib, time"); err != nil {
		t.Fatal(err)
	}
	execWithin(t, in, 100*time.Millisecond, `
import time
seen = 0
def work():
    global seen
    try:
        while True:
            try:
                time.sleep(1)
            except BaseException:
                seen += 1
            except:
                seen += 1
    finally:
        print("finally once")
work()
`)
	execWithin(t, in, 100*time.Millisecond, `
while True:
    try:
        while True:
            pass
    except:
        seen += 1
`)
	execWithin(t, in, 100*time.Millisecond, `
import contextlib, time
class Suppress:
    def __enter__(self): return self
    def __exit__(self, *exc):
        print("exit ran")
        return True
while True:
    with Suppress():
        time.sleep(1)
    with contextlib.suppress(BaseException):
        time.sleep(1)
`)
	execWithin(t, in, 100*time.Millisecond, `
import time
def swallow():
    try:
        time.sleep(10)
    finally:
        return 1
while True:
    swallow()
`)
	execWithin(t, in, 100*time.Millisecond, `
import time
def gen():
    while True:
        try:
            yield time.sleep(1)
        except BaseException:
            seen += 1
for _ in gen():
    pass
`)
	// The interpreter goes on serving calls.
	if err := in.Exec(context.Background(), "<test>", "import time\ntime.sleep(0.01)\nprint('seen', seen)\n"); err != nil {
		t.Fatal(err)
	}
	if got, want := out.String(), "finally once\nexit ran\nseen 0\n"; got != want {
		t.Errorf("output %q, want %q", got, want)
	}
}

// TestStopCancel checks that cancelling a context stops a call the same
// way, with KeyboardInterrupt and context.Canceled; and that a call the
// stop did not reach returns normally.
func TestStopCancel(t *testing.T) {
	in, err := ftpy.New(ftpy.Options{})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(50*time.Millisecond, cancel)
	start := time.Now()
	err = in.Exec(ctx, "<test>", "import time\nwhile True:\n    try:\n        time.sleep(5)\n    except KeyboardInterrupt:\n        pass\n")
	var pe *ftpy.Error
	if !errors.Is(err, context.Canceled) || !errors.As(err, &pe) || pe.Type != "KeyboardInterrupt" {
		t.Fatalf("err = %v, want a KeyboardInterrupt wrapping context.Canceled", err)
	}
	if took := time.Since(start); took > stopBound {
		t.Fatalf("took %v", took)
	}
	if !strings.Contains(pe.Traceback, "line 4, in <module>") {
		t.Errorf("traceback does not show the sleep:\n%s", pe.Traceback)
	}
	ctx2, cancel2 := context.WithTimeout(context.Background(), time.Minute)
	defer cancel2()
	if err := in.Exec(ctx2, "<test>", "x = 1\n"); err != nil {
		t.Fatal(err)
	}
}

// TestStopConcurrentCalls stops some calls while others, on the same
// interpreter, run on: a bounded stress test for -race.
func TestStopConcurrentCalls(t *testing.T) {
	in, err := ftpy.New(ftpy.Options{Stdout: io.Discard})
	if err != nil {
		t.Fatal(err)
	}
	if err := in.Exec(context.Background(), "<test>", `
import threading, time
lock = threading.Lock()
count = 0
def spin(n):
    global count
    for i in range(n):
        with lock:
            count += 1
        try:
            time.sleep(0.0005)
        except BaseException:
            pass
    return n
`); err != nil {
		t.Fatal(err)
	}
	errs := make(chan error, 16)
	for i := range 16 {
		go func() {
			if i%2 == 0 {
				_, err := in.Call(context.Background(), "spin", 50)
				errs <- err
				return
			}
			ctx, cancel := context.WithTimeout(context.Background(), time.Duration(i)*time.Millisecond)
			defer cancel()
			_, err := in.Call(ctx, "spin", 1_000_000)
			if !errors.Is(err, context.DeadlineExceeded) {
				errs <- err
				return
			}
			errs <- nil
		}()
	}
	deadline := time.After(30 * time.Second)
	for range 16 {
		select {
		case err := <-errs:
			if err != nil {
				t.Error(err)
			}
		case <-deadline:
			t.Fatal("calls did not end")
		}
	}
}
