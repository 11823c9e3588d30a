package ftpy_test

import (
	"bytes"
	"context"
	"sync"
	"testing"
)

// TestTraceConcurrent runs sys.settrace and sys.setprofile on some
// threads while others run the same functions, generators and frames
// untraced: each traced thread hears exactly its own events, untraced
// threads none, and a thread's frame handed to another (a generator)
// runs in the mode of the thread resuming it.
func TestTraceConcurrent(t *testing.T) {
	var out bytes.Buffer
	in := newInterp(t, &out)
	ctx := context.Background()
	src := `
import sys, threading
lock = threading.Lock()
def step():
    with lock:
        next(shared, None)
def leaf(x):
    y = x + 1
    return y
def gen(n):
    for i in range(n):
        yield i
shared = gen(10**9)

def traced(n):
    counts = {}
    def tr(frame, event, arg):
        counts[event] = counts.get(event, 0) + 1
        return tr
    sys.settrace(tr)
    for i in range(n):
        leaf(i)
        step()
    sys.settrace(None)
    # leaf: call, 2 lines, return; the generator: call, line(s), return.
    return counts.get("call", 0) >= 2 * n and counts.get("return", 0) >= 2 * n and counts.get("line", 0) >= 2 * n

def profiled(n):
    counts = {}
    def pr(frame, event, arg):
        counts[event] = counts.get(event, 0) + 1
    sys.setprofile(pr)
    for i in range(n):
        leaf(i)
        len([i])
    sys.setprofile(None)
    return counts.get("call", 0) == n and counts.get("c_call", 0) == n + 1 and counts.get("return", 0) == n

def plain(n):
    t = 0
    for i in range(n):
        t += leaf(i)
        step()
    return sys.gettrace() is None and sys.getprofile() is None and t == sum(range(1, n + 1))

def setter(n):
    # Sets and clears f_trace on its own frame over and over.
    def tr(frame, event, arg):
        return tr
    f = sys._getframe()
    for i in range(n):
        f.f_trace = tr
        sys.settrace(tr)
        leaf(i)
        sys.settrace(None)
        f.f_trace = None
    return True
`
	if err := in.Exec(ctx, "<test>", src); err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for _, c := range []struct {
		fn string
		n  int
	}{{"traced", 2000}, {"traced", 2000}, {"profiled", 2000}, {"plain", 4000}, {"plain", 4000}, {"setter", 1000}} {
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
