package ftpy_test

import (
	"bytes"
	"context"
	"runtime/debug"
	"strings"
	"testing"

	"github.com/ftpy/ftpy/object"
)

// deepScript recurses in Go as deeply as the data asks, where CPython 3.11
// overflows its C stack and crashes: each case must raise RecursionError.
// Then it drops chains far deeper than the trash can's depth.
const deepScript = `
import sys, types

def nest(make, n, leaf):
    x = leaf
    for _ in range(n):
        x = make(x)
    return x

def raises(f):
    try:
        f()
    except RecursionError as e:
        return str(e)
    raise AssertionError("no RecursionError")

sys.setrecursionlimit(10**6)
N = 3 * LIMIT
assert raises(lambda: repr(nest(lambda x: [x], N, []))).startswith("maximum recursion depth exceeded")
raises(lambda: nest(lambda x: (x,), N, ()) == nest(lambda x: (x,), N, ()))
raises(lambda: hash(nest(lambda x: (x,), N, ())))
raises(lambda: isinstance(1, nest(lambda x: (x,), N, int)))
class A: pass
A.__call__ = A()
raises(lambda: A()())
def f(n):
    return repr(R()) if n == 0 else f(n - 1)
class R:
    def __repr__(self):
        return f(50)
raises(lambda: repr(R()))
for make in (lambda it: map(abs, it), zip, lambda it: filter(None, it), enumerate):
    raises(lambda: next(nest(make, N, iter([1]))))
raises(lambda: nest(lambda f: types.MethodType(f, 1), N, abs)())
raises(lambda: nest(staticmethod, N, abs)())
sys.setrecursionlimit(1000)

for make in (lambda x: [x], lambda x: (x,), lambda x: {1: x}):
    x = nest(make, DROP, None)
    del x
print("done")
`

// TestGoStackBounded runs deepScript with Go's stack limited to 4 MB and
// the bound on native depth lowered to match: without the bound and the
// trash can, each case would overflow the stack and kill the process.
func TestGoStackBounded(t *testing.T) {
	defer debug.SetMaxStack(debug.SetMaxStack(4 << 20))
	const limit = 2000
	defer object.SetGoDepthLimit(object.SetGoDepthLimit(limit))
	var out bytes.Buffer
	in := newInterp(t, &out)
	src := strings.NewReplacer("LIMIT", "2000", "DROP", "40000").Replace(deepScript)
	if err := in.Exec(context.Background(), "<deep>", src); err != nil {
		t.Fatalf("%v\n%s", err, out.String())
	}
	if got := out.String(); got != "done\n" {
		t.Errorf("stdout = %q", got)
	}
}
