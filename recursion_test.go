package ftpy_test

import (
	"bytes"
	"context"
	"errors"
	"runtime/debug"
	"strings"
	"testing"

	"github.com/ftpy/ftpy"
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
import itertools
for make in (lambda it: map(abs, it), zip, lambda it: filter(None, it), enumerate,
             itertools.chain, lambda it: itertools.islice(it, None)):
    raises(lambda: next(nest(make, N, iter([1]))))
raises(lambda: nest(lambda f: types.MethodType(f, 1), N, abs)())
raises(lambda: nest(staticmethod, N, abs)())
# Callables that call one they hold count a level each (object.Call counts
# none): a chain must raise, or succeed where it is flattened.
import functools, operator
def raises_or_ok(f):
    try:
        f()
    except RecursionError:
        pass
class P(functools.partial): pass
def P_with_dict(f):
    # A partial (of any subclass) with instance attributes is not
    # flattened into the partial made from it, as in CPython.
    p = P(f)
    p.attr = 1
    return p
raises_or_ok(lambda: nest(functools.partial, N, abs)(1))
raises_or_ok(lambda: nest(P, N, abs)(1))
raises(lambda: nest(P_with_dict, N, abs)(1))
raises(lambda: nest(lambda f: f.__call__, N, abs)(1))
raises(lambda: nest(functools.lru_cache, N, abs)(1))
raises(lambda: nest(lambda f: functools.lru_cache(None)(f), N, abs)(1))
raises(lambda: nest(lambda f: types.GenericAlias(f, (int,)), N, list)())
raises(lambda: next(nest(lambda x: map(next, iter([x])), N, iter([1]))))
raises(lambda: next(nest(lambda x: filter(next, iter([x])), N, iter([1]))))
raises(lambda: next(nest(lambda x: iter(x.__next__, None), N, iter([1]))))
class Q:
    p = property(operator.attrgetter("p"))
raises(lambda: Q().p)
sys.setrecursionlimit(1000)

for make in (lambda x: [x], lambda x: (x,), lambda x: {1: x}):
    x = nest(make, DROP, None)
    del x
print("done")
`

// TestGoStackBounded runs deepScript with Go's stack limited to 2 MB and
// the bound on native depth lowered to match: without the bound and the
// trash can, each case would overflow the stack and kill the process.
func TestGoStackBounded(t *testing.T) {
	defer debug.SetMaxStack(debug.SetMaxStack(2 << 20))
	const limit = 1000
	defer object.SetGoDepthLimit(object.SetGoDepthLimit(limit))
	var out bytes.Buffer
	in := newInterp(t, &out)
	src := strings.NewReplacer("LIMIT", "1000", "DROP", "12000").Replace(deepScript)
	if err := in.Exec(context.Background(), "<deep>", src); err != nil {
		t.Fatalf("%v\n%s", err, out.String())
	}
	if got := out.String(); got != "done\n" {
		t.Errorf("stdout = %q", got)
	}

	// A traceback of a long chain of exceptions is printed in a loop.
	err := in.Exec(context.Background(), "<chain>", `
e = None
for i in range(10000):
    x = ValueError(i)
    x.__cause__ = e
    e = x
raise e
`)
	var perr *ftpy.Error
	if !errors.As(err, &perr) || perr.Message != "9999" ||
		strings.Count(perr.Traceback, "direct cause") != 9999 {
		t.Errorf("deep chain: %v", err)
	}
}

// TestConvertCycles checks that values containing themselves, on either
// side of the embedding API, are errors rather than endless recursion,
// and that deep nesting meets the recursion limit.
func TestConvertCycles(t *testing.T) {
	var out bytes.Buffer
	in := newInterp(t, &out)
	ctx := context.Background()
	src := `
l = [1]
l.append(l)
d = {}
d["d"] = [d]
t = ([],)
t[0].append(t)
shared = [1]
twice = [shared, shared, (shared,)]
deep = []
for _ in range(3000):
    deep = [deep]
def ident(x):
    return x
`
	if err := in.Exec(ctx, "<cycles>", src); err != nil {
		t.Fatal(err)
	}
	for name, want := range map[string]string{
		"l":    "ValueError: cannot convert a list that contains itself to Go",
		"d":    "ValueError: cannot convert a dict that contains itself to Go",
		"t":    "ValueError: cannot convert a tuple that contains itself to Go",
		"deep": "RecursionError: maximum recursion depth exceeded while converting a Python object to Go",
	} {
		if v, err := in.Get(name); err == nil || err.Error() != want {
			t.Errorf("Get(%s) = %v, %v; want error %q", name, v, err, want)
		}
	}
	// The same object twice, not inside itself, is no cycle.
	if v, err := in.Get("twice"); err != nil {
		t.Errorf("Get(twice) = %v, %v", v, err)
	}

	s := []any{1, nil}
	s[1] = s
	m := map[string]any{}
	m["m"] = []any{m}
	for name, arg := range map[string]any{"slice": s, "map": m} {
		_, err := in.Call(ctx, "ident", arg)
		if err == nil || !strings.HasPrefix(err.Error(), "ValueError: cannot convert a Go ") {
			t.Errorf("Call(ident, %s that contains itself) = %v", name, err)
		}
	}
	var deep any = []any{}
	for range 5000 {
		deep = []any{deep}
	}
	if _, err := in.Call(ctx, "ident", deep); err == nil || !strings.HasPrefix(err.Error(), "RecursionError") {
		t.Errorf("Call(ident, deep slice) = %v", err)
	}
	if err := in.Set("x", []any{s[0], []any{2}}); err != nil {
		t.Errorf("Set of a slice without a cycle: %v", err)
	}
}

// TestNilContext checks that a nil context.Context means Background.
func TestNilContext(t *testing.T) {
	var out bytes.Buffer
	in := newInterp(t, &out)
	//lint:ignore SA1012 the point of the test
	if err := in.Exec(nil, "<nil>", "def f(x):\n    return x + 1\n"); err != nil { //nolint:staticcheck
		t.Fatal(err)
	}
	//lint:ignore SA1012 the point of the test
	if v, err := in.Call(nil, "f", 1); err != nil || v != int64(2) { //nolint:staticcheck
		t.Errorf("Call(nil, f, 1) = %v, %v", v, err)
	}
}
