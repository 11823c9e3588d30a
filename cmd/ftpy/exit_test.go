package main

import (
	"strings"
	"testing"
)

// TestExitAndStreams checks how programs end, against what python3 does
// for the same source: the exit code, sys.exit's argument forms, atexit,
// sys.excepthook, and sys.stdout/sys.stderr replaced, set to None or
// closed.
func TestExitAndStreams(t *testing.T) {
	for _, c := range []struct {
		src            string
		code           int
		stdout, stderr string // stderr: a substring ("" for empty stderr)
	}{
		{"import sys; sys.exit()", 0, "", ""},
		{"import sys; sys.exit(None)", 0, "", ""},
		{"import sys; sys.exit(3)", 3, "", ""},
		{"import sys; sys.exit(2**70)", -1, "", ""},
		{"import sys; sys.exit(2**32+3)", 3, "", ""},
		{"import sys; sys.exit('bye')", 1, "", "bye\n"},
		{"raise SystemExit(1, 2)", 1, "", "(1, 2)\n"},
		{"import sys; sys.stdout = None; print('hidden'); print('x', file=None)", 0, "", ""},
		{"import sys; sys.stdout.close(); print('x')", 1, "", "ValueError: I/O operation on closed file."},
		{"import sys; sys.stdout = 5; print('x')", 120, "", "Exception ignored in: 5\nAttributeError: 'int' object has no attribute 'flush'"},
		{"import sys; sys.stderr = None; raise ValueError('quiet')", 1, "", ""},
		{"import sys; sys.stdout = None; input('p')", 1, "", "RuntimeError: input(): lost sys.stdout"},
		{"import sys; sys.excepthook = lambda *a: print('hooked', a[0].__name__); raise ValueError", 1, "hooked ValueError\n", ""},
		{"import sys; sys.excepthook = None; raise ValueError('h')", 1, "", "Error in sys.excepthook:\nTypeError: 'NoneType' object is not callable\n\nOriginal exception was:\nTraceback"},
		{"import sys; sys.excepthook(1, 2, 3)", 0, "", "TypeError: print_exception(): Exception expected for value, int found"},
		{"import atexit; atexit.register(print, 'a', 'b', sep='-'); atexit.register(print, 'first'); raise SystemExit(2)", 2, "first\na-b\n", ""},
		{"import atexit; atexit.register(lambda: 1/0); print('main')", 0, "main\n", "Exception ignored in atexit callback: <function <lambda> at"},
		{"import atexit; f = lambda: print('x'); atexit.register(f); atexit.unregister(f)", 0, "", ""},
	} {
		stdout, stderr, code := runScript(t, "<string>", []byte(c.src))
		if code != c.code || stdout != c.stdout || (c.stderr == "" && stderr != "") || !strings.Contains(stderr, c.stderr) {
			t.Errorf("%s:\ngot code %d, stdout %q, stderr %q\nwant code %d, stdout %q, stderr containing %q",
				c.src, code, stdout, stderr, c.code, c.stdout, c.stderr)
		}
	}
}

// TestAtexitConcurrentRegister registers and unregisters atexit calls
// from several threads at once (bounded: 4 threads, 200 calls each); the
// calls left run once each at exit.
func TestAtexitConcurrentRegister(t *testing.T) {
	src := `
import atexit, threading
hits = []
atexit.register(lambda: print(len(hits)))  # registered first, runs last
def worker(k):
    for i in range(200):
        f = lambda k=k, i=i: hits.append((k, i))
        atexit.register(f)
        if i % 2:
            atexit.unregister(f)
ts = [threading.Thread(target=worker, args=(k,)) for k in range(4)]
for th in ts: th.start()
for th in ts: th.join()
print(atexit._ncallbacks())
`
	stdout, stderr, code := runScript(t, "<string>", []byte(src))
	if code != 0 || stdout != "401\n400\n" || stderr != "" {
		t.Fatalf("got code %d, stdout %q, stderr %q", code, stdout, stderr)
	}
}
