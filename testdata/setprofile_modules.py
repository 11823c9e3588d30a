# The profile module (Python, on sys.setprofile) and cProfile (_lsprof)
# count the same calls as in CPython: each function's call count, not
# its times.
import cProfile
import io
import os
import profile
import pstats


def g(n):
    return sum(range(n))


def f():
    return [g(i) for i in range(5)]


for mod in (profile, cProfile):
    p = mod.Profile()
    p.runcall(f)
    out = io.StringIO()
    stats = pstats.Stats(p, stream=out)
    stats.sort_stats("calls", "name")
    stats.print_stats()
    for line in out.getvalue().splitlines():
        parts = line.split()
        if "function calls" in line:
            print(mod.__name__, " ".join(parts[:3]))
        elif __file__ in line or "sum" in line:
            print(mod.__name__, parts[0], os.path.basename(parts[-1]))
