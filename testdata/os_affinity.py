# os.sched_getaffinity / os.sched_setaffinity (Linux): only facts that hold
# on any machine are printed.
import os
import sys

if not sys.platform.startswith("linux"):
    print("skipped")
    raise SystemExit

mask = os.sched_getaffinity(0)
print(type(mask).__name__, len(mask) > 0, mask <= set(range(1024)))
print(all(type(c) is int and c >= 0 for c in mask))
print(os.sched_getaffinity(os.getpid()) == mask)

# Setting the current mask changes nothing; any iterable of ints will do.
print(os.sched_setaffinity(0, mask))
print(os.sched_getaffinity(0) == mask)
os.sched_setaffinity(0, sorted(mask))
os.sched_setaffinity(0, list(mask) + list(mask))
os.sched_setaffinity(0, (c for c in mask))
os.sched_setaffinity(0, frozenset(mask))
# CPU numbers beyond the kernel's mask are ignored.
os.sched_setaffinity(0, list(mask) + [100000])
print(os.sched_getaffinity(0) == mask)

# One CPU, then back.
one = min(mask)
try:
    os.sched_setaffinity(0, {one})
    print(os.sched_getaffinity(0) == {one})
finally:
    os.sched_setaffinity(0, mask)
print(os.sched_getaffinity(0) == mask)


def err(f, *a, **k):
    try:
        f(*a, **k)
    except Exception as e:
        print(type(e).__name__, e, getattr(e, "errno", None))


g, s = os.sched_getaffinity, os.sched_setaffinity
err(g, 99999999)
err(g, -1)
err(g, "x")
err(g, 1.5)
err(g, 2**40)
err(g, -2**40)
err(g, 2**70)
err(g)
err(g, 0, 1)
err(g, pid=0)
err(s, 0, [-1])
err(s, 0, 5)
err(s, 0, None)
err(s, 0, ["a"])
err(s, 0, [1.5])
err(s, 0, [])
err(s, 0, [100000])
err(s, 0, [1000000000])
err(s, 0, [2**31 - 1])
err(s, 0, [2**40])
err(s, 0, [2**70])
err(s, 0, [-2**70])
err(s, 0, [-1, "a"])
err(s, 0, ["a", -1])
err(s, 99999999, [one])
err(s, 99999999, [])
err(s, "x", [one])
err(s, 2**40, [one])
err(s, 0)
err(s)
err(s, 0, [one], 1)
err(s, 0, mask=[one])


class Index:
    def __index__(self):
        return 0


print(g(Index()) == mask)
err(s, 0, [Index()])


def gen():
    yield one
    raise KeyError("k")


err(s, 0, gen())
print(g(0) == mask)
print(g.__name__, s.__name__, repr(g))
