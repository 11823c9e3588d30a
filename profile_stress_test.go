package ftpy_test

import (
	"bytes"
	"context"
	"sync"
	"testing"
)

// TestProfilersConcurrent runs one _lsprof profiler per thread while
// another thread reads a running profiler's stats: each thread's counts
// are its own calls, exactly.
func TestProfilersConcurrent(t *testing.T) {
	var out bytes.Buffer
	in := newInterp(t, &out)
	ctx := context.Background()
	src := `
import _lsprof
def leaf(x): return len([x])
def work(n):
    p = _lsprof.Profiler()
    p.enable()
    for i in range(n):
        leaf(i)
    p.disable()
    counts = {e.code if isinstance(e.code, str) else e.code.co_name: e.callcount for e in p.getstats()}
    return counts["leaf"] == n and counts["<built-in method builtins.len>"] == n

shared = _lsprof.Profiler()
def busy(n):
    shared.enable()
    for i in range(n):
        leaf(i)
    shared.disable()
    return True

def peek(n):
    for i in range(n):
        for e in shared.getstats():
            if e.callcount < 0 or e.totaltime < 0:
                return False
    return True
`
	if err := in.Exec(ctx, "<test>", src); err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for _, c := range []struct {
		fn string
		n  int
	}{{"work", 3000}, {"work", 3000}, {"busy", 3000}, {"peek", 300}} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if r, err := in.Call(ctx, c.fn, c.n); err != nil || r != true {
				t.Errorf("%s(%d) = %v, %v", c.fn, c.n, r, err)
			}
		}()
	}
	wg.Wait()
}
