# _lsprof.Profiler, cProfile's engine: call counts, recursion counts,
# caller-callee pairs, the labels of built-in functions and methods, and
# cProfile/pstats on top of it. Times vary, so only their types and
# order are printed.
import _lsprof, math, io

def name(c):
    return c if isinstance(c, str) else c.co_name

def show(p):
    for e in sorted(p.getstats(), key=lambda e: name(e.code)):
        calls = e.calls and sorted((name(s.code), s.callcount, s.reccallcount) for s in e.calls)
        print(" ", name(e.code), e.callcount, e.reccallcount, type(e.totaltime).__name__,
              e.totaltime >= e.inlinetime >= 0, calls)

def f(n):
    l = []
    for i in range(n):
        l.append(len(l))
    a = l.append
    a(1)
    math.sqrt(4)
    sorted(l)
    "x".join(["a"])
    return g(n - 1) if n > 0 else 0

def g(n):
    return f(n)

def gen():
    yield 1
    yield len("ab")

p = _lsprof.Profiler()
p.enable()
f(2)
list(gen())
p.disable()
print("default")
show(p)
p.clear()
print("cleared", p.getstats())

p = _lsprof.Profiler(builtins=False)
p.enable()
f(1)
p.disable()
print("builtins=False")
show(p)

p = _lsprof.Profiler(subcalls=False)
p.enable()
f(1)
p.disable()
print("subcalls=False")
show(p)

p = _lsprof.Profiler(lambda: 0)
p.enable()
f(0)
p.disable()
print("zero timer", sorted((name(e.code), e.totaltime, e.inlinetime) for e in p.getstats()))

e = p.getstats()[0]
print(type(e).__name__, type(e).__module__, len(e), type(e).n_fields, _lsprof.profiler_subentry.n_fields)

for bad in [dict(timeunit="x"), dict(subcalls=1.5), dict(nope=1)]:
    try:
        _lsprof.Profiler(**bad)
    except TypeError as ex:
        print("TypeError:", ex)

import cProfile, pstats
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
pr = cProfile.Profile()
pr.runcall(fib, 10)
st = pstats.Stats(pr, stream=io.StringIO())
for func, (cc, nc, tt, ct, callers) in sorted(st.stats.items(), key=lambda kv: kv[0][2]):
    print(func[2], cc, nc, sorted((k[2], v[:2]) for k, v in callers.items()))
with cProfile.Profile() as pr:
    sorted([3, 1, 2])
out = io.StringIO()
pstats.Stats(pr, stream=out).print_stats()
print(sorted(l.split(None, 5)[-1] for l in out.getvalue().splitlines() if "{" in l))
print([l.split()[0:3] for l in out.getvalue().splitlines() if "function calls" in l])
