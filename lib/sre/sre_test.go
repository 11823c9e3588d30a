package sre_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
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
	if n := object.RecoveredPanics(); n != 0 && code == 0 {
		fmt.Fprintf(os.Stderr, "FAIL: %d Go panic(s) recovered as SystemError\n", n)
		code = 1
	}
	os.Exit(code)
}

// patterns compiled by CPython 3.11's re._compiler (code lists for
// _sre.compile), so that the tests need no re package.
const patterns = `
import _sre
EMAIL = _sre.compile(r'(\w+)@(\w+)\.com', 32, [14, 4, 0, 7, 4294967295, 17, 0, 24, 9, 1, 4294967295, 13, 4, 8, 14, 0, 1, 17, 1, 16, 64, 17, 2, 24, 9, 1, 4294967295, 13, 4, 8, 14, 0, 1, 17, 3, 16, 46, 16, 99, 16, 111, 16, 109, 1], 2, {}, (None, None, None))
EXPONENTIAL = _sre.compile(r'(x+x+)+y', 32, [14, 4, 0, 3, 4294967295, 23, 21, 1, 4294967295, 17, 0, 24, 6, 1, 4294967295, 16, 120, 1, 24, 6, 1, 4294967295, 16, 120, 1, 17, 1, 18, 16, 121, 1], 1, {}, (None, None))
DIGITS = _sre.compile(r'\d+', 32, [14, 4, 0, 1, 4294967295, 24, 9, 1, 4294967295, 13, 4, 8, 10, 0, 1, 1], 0, {}, ())
AB = _sre.compile(r'(a|b)*', 32, [14, 4, 0, 0, 4294967295, 23, 13, 0, 4294967295, 17, 0, 13, 5, 22, 97, 98, 0, 17, 1, 18, 1], 1, {}, (None, None))
`

func newInterp(t *testing.T) (*ftpy.Interpreter, *bytes.Buffer) {
	t.Helper()
	var out bytes.Buffer
	in, err := ftpy.New(ftpy.Options{Stdout: &out, Stderr: &out})
	if err != nil {
		t.Fatal(err)
	}
	if err := in.Exec(context.Background(), "<patterns>", patterns); err != nil {
		t.Fatal(err)
	}
	return in, &out
}

// Threads share one pattern (patterns are immutable) and one scanner
// (which serialises its calls): each thread's results are those of a
// lone thread, and the scanner hands each match out exactly once.
func TestConcurrentMatching(t *testing.T) {
	in, out := newInterp(t)
	const src = `
import threading
text = ' '.join('user%d@host%d.com %d' % (i, i, i * 7) for i in range(200))
want_pairs = [('user%d' % i, 'host%d' % i) for i in range(200)]
want_sub = EMAIL.sub(lambda m: m.group(2), text)
shared = DIGITS.scanner(text)
taken = []
errors = []

def work(k):
    try:
        for i in range(30):
            assert EMAIL.findall(text) == want_pairs
            assert EMAIL.sub(lambda m: m.group(2), text) == want_sub
            m = EMAIL.search(text, i * 20)
            assert m is not None and m.start() >= i * 20 and m.group(2).startswith('host')
            assert AB.match('ab' * (100 + k)).span() == (0, 200 + 2 * k)
            m = shared.search()
            if m is not None:
                taken.append(m.span())
    except Exception as e:
        errors.append(repr(e))

threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
for th in threads:
    th.start()
for th in threads:
    th.join()
while (m := shared.search()) is not None:
    taken.append(m.span())
assert not errors, errors
want = [m.span() for m in DIGITS.finditer(text)]
assert sorted(taken) == want, (len(taken), len(want))
print('ok', len(taken))
`
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	if err := in.Exec(ctx, "<concurrent>", src); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if got := out.String(); got != "ok 600\n" {
		t.Fatalf("output %q", got)
	}
}

// A match that would run for ages stops at the interpreter's stop
// request: the engine polls its thread every few thousand steps.
func TestLongMatchStops(t *testing.T) {
	in, out := newInterp(t)
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	start := time.Now()
	err := in.Exec(ctx, "<exponential>", "EXPONENTIAL.match('x' * 60)\n")
	if err == nil {
		t.Fatalf("the match ended: %s", out)
	}
	if !errors.Is(err, context.DeadlineExceeded) && time.Since(start) > 20*time.Second {
		t.Fatalf("stopped late (%v): %v", time.Since(start), err)
	}
	if time.Since(start) > 20*time.Second {
		t.Fatalf("stopped after %v", time.Since(start))
	}
}

// A long subject needs as many contexts as characters: they live on the
// heap, so Go's stack does not overflow.
func TestLongSubject(t *testing.T) {
	in, out := newInterp(t)
	err := in.Exec(context.Background(), "<long>", "m = AB.match('ab' * 300000)\nprint(m.span(), m.groups())\n")
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if got := out.String(); got != "(0, 600000) ('b',)\n" {
		t.Fatalf("output %q", got)
	}
}
