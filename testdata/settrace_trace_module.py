# The trace module, on sys.settrace: line counts (what coverage tools
# record) and the calls it tracks.
import sys
import trace


def g(n):
    total = 0
    for i in range(n):
        if i % 2:
            total += i
    return total


def f():
    try:
        g(5)
        raise ValueError
    except ValueError:
        pass
    return g(3)


tracer = trace.Trace(count=1, trace=0)
tracer.runfunc(f)
res = tracer.results()
first = g.__code__.co_firstlineno
for (filename, line), n in sorted(res.counts.items()):
    if filename == g.__code__.co_filename:
        print(line - first, n)

tracer = trace.Trace(count=0, trace=0, countcallers=1)
tracer.runfunc(f)
# The callees (the callers' class names come from gc.get_referrers).
for callee, n in sorted((callee[2], n) for (caller, callee), n in tracer.results().callers.items()):
    print(callee, n)
print(sys.gettrace())
