# ftpy's object lifetimes (CPython 3.14 free-threaded semantics; CPython
# 3.11 counts differently, so this script has no golden file).
import gc
import sys
import weakref

IMMORTAL = 3 << 30

# Immortal objects report a fixed count and are never freed.
assert sys.getrefcount(None) == IMMORTAL + 1 and sys.getrefcount(5) == IMMORTAL + 1

# Top-level functions and classes are deferred: stack references to them
# are not counted, and only the collector frees them.
def top():
    return 1


class Klass:
    pass


assert sys.getrefcount(top) > 1 << 50 and sys.getrefcount(Klass) > 1 << 50
wf, wk = weakref.ref(top), weakref.ref(Klass)
del top, Klass
assert wf() is not None and wk() is not None, "deferred objects outlive their counted references"
gc.collect()
assert wf() is None and wk() is None, "the collector frees unreachable deferred objects"


# Nested closures are not deferred: freed when the last reference goes.
def make():
    x = 1

    def inner():
        return x

    return inner


f = make()
assert sys.getrefcount(f) < 10
wi = weakref.ref(f)
del f
assert wi() is None

# __del__ runs the moment the last counted reference goes.
log = []


class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        log.append(self.name)


def scope():
    a = D("a")
    b = D("b")
    return "done"


scope()
assert sorted(log) == ["a", "b"], log
x = D("x")
x = None
assert log[-1] == "x"

# A generator releases its locals when it finishes.
def gen():
    d = D("gen-local")
    yield 1
    yield 2


for _ in gen():
    pass
assert log[-1] == "gen-local", log

# Cycles with finalizers: one collection finalizes and frees them.
a, b = D("cycle-a"), D("cycle-b")
a.peer, b.peer = b, a
del a, b
gc.collect()
assert "cycle-a" in log and "cycle-b" in log

# Weak reference callbacks run for reachable weak references only.
calls = []


class W:
    pass


w_obj = W()
keep = weakref.ref(w_obj, lambda r: calls.append("called"))
del w_obj
assert calls == ["called"]
print("ftpy lifetimes ok")
