# The _testext demo extension (ext/testext), written with the public Go
# extension API: runtime-model.md (i)'s unstable-API semantics seen from
# Python, the extension's callable type, a function bound by reflection and
# the panic → SystemError path. Runs free-threaded and with -X gil=1
# (cmd/ftpy/testdata/cli/testext.txtar); ftpy-only, so no golden file.
import gc
import sys
import threading
import weakref

import _testext as T

GIL = sys._is_gil_enabled()
ON = 0 if GIL else 1  # what a successful enable_deferred returns


class C:
    pass


# (i) 1: a str is not GC-capable → 0; a list → 1 free-threaded (0 with the
# GIL) and still works; a second call → 0.
assert T.enable_deferred("s") == 0
lst = []
assert T.enable_deferred(lst) == ON
lst.append(1)
lst.extend([2, 3])
assert lst == [1, 2, 3]
assert T.enable_deferred(lst) == 0

# (i) 2: four threads race to enable while the main thread appends: each
# result is 0 or 1 and exactly one is 1 (none with the GIL).
for _ in range(20):
    target = []
    results = []
    start = threading.Barrier(5)

    # target goes in as an argument: a thread's LOAD_GLOBAL of a list
    # another thread owns would defer it first (dict_globals.go).
    def race(target):
        start.wait()
        results.append(T.enable_deferred(target))

    ts = [threading.Thread(target=race, args=(target,)) for _ in range(4)]
    for t in ts:
        t.start()
    start.wait()
    for i in range(100):
        target.append(i)
    for t in ts:
        t.join()
    assert all(r in (0, 1) for r in results), results
    assert sum(results) == ON, results
    assert len(target) == 100

# (i) 3: dropping the last counted reference to a deferred object leaves
# its weakref alive; gc.collect() frees it and its finalizer runs once.
finalized = []


class Fin:
    def __del__(self):
        finalized.append(1)


f = Fin()
assert T.enable_deferred(f) == ON
w = weakref.ref(f)
del f
if GIL:
    assert w() is None and finalized == [1], "with the GIL counts are exact"
else:
    assert w() is not None, "a deferred object outlives its counted references"
    gc.collect()
    assert w() is None and finalized == [1], finalized
gc.collect()
assert finalized == [1]


# (i) 4: a deferred object held only by a running frame survives
# gc.collect(); a deferred object in a dead cycle dies in one collection.
def hold():
    x = C()
    T.enable_deferred(x)
    wx = weakref.ref(x)
    gc.collect()
    assert wx() is x
    return wx


assert hold()() is None or not GIL
gc.collect()
a, b = C(), C()
a.other, b.other = b, a
T.enable_deferred(a)
wa = weakref.ref(a)
del a, b
gc.collect()
assert wa() is None

# (i) 5: an untracked GC object → 0.
for candidate in ({}, (1, 2), {"a": 1}):
    if not gc.is_tracked(candidate):
        assert T.enable_deferred(candidate) == 0

# (i) 6: is_immortal.
for v in (True, False, None, 0, ()):
    assert T.is_immortal(v), v
for i in range(-5, 256):
    assert T.is_immortal(i), i
assert not T.is_immortal(object())
assert not T.is_immortal([object()])
for i in range(300, 400):
    assert not T.is_immortal(i), i

# (i) 7: is_uniquely_referenced.
assert T.is_uniquely_referenced(object())
assert T.is_uniquely_referenced([])
assert not T.is_uniquely_referenced(())
assert not T.is_uniquely_referenced(42)

# (i) 9: TryIncRef from another thread: 1 on a live object after
# EnableTryIncRef, 1 on an immortal; counts stay exact.
live = C()
assert T.enable_try_incref(live) is None
before = sys.getrefcount(live)
got = []
t = threading.Thread(target=lambda x: got.extend([T.try_incref(x), T.try_incref(None)]), args=(live,))
t.start()
t.join()
assert got == [True, True], got
assert sys.getrefcount(live) == before

# set_immortal: only for an object the caller holds the only reference to.
assert T.set_immortal(C()) == 1
shared = C()
keep = shared
assert T.set_immortal(shared) == 0 and not T.is_immortal(shared)

# The callable type: not a function type; calling adds two numbers.
for deferred in (True, False):
    f = T.make_callable(deferred=deferred)
    assert type(f).__name__ == "callable" and type(f) is T.callable
    assert f(1, 2) == 3 and f(1.5, 2) == 3.5 and f("a", "b") == "ab"
    assert T.enable_deferred(f) == (0 if deferred else ON)
f = T.make_callable()
assert T.enable_deferred(f) == 0, "make_callable() defers by default"
assert repr(f) == "<_testext.callable #0>", repr(f)
f.id = 7
assert f.id == 7 and repr(f) == "<_testext.callable #7>"
try:
    f(1)
except TypeError as e:
    assert "takes 2 positional arguments" in str(e), e
else:
    raise AssertionError("no TypeError")
imm = T.make_immortal_callable()
assert T.is_immortal(imm) and imm(2, 3) == 5
assert T.callable()(4, 5) == 9
assert (T.API, T.VERSION) == ("ext", 1)

# The function bound by reflection.
assert T.add_ints(2, 3) == 5


def error(f, *args, **kw):
    try:
        f(*args, **kw)
    except Exception as e:
        return type(e).__name__ + ": " + str(e)
    raise AssertionError("no error")


assert error(T.add_ints, 1, 2, 3) == "TypeError: add_ints() takes 2 positional arguments but 3 were given"
assert error(T.add_ints, 1) == "TypeError: add_ints() takes 2 positional arguments but 1 was given"
assert error(T.add_ints, "1", 2) == "TypeError: add_ints() argument 1 must be int, not str"
assert error(T.add_ints, 1, None) == "TypeError: add_ints() argument 2 must be int, not NoneType"
assert error(T.add_ints, a=1, b=2) == "TypeError: add_ints() takes no keyword arguments"

# A Go panic is a SystemError, and the interpreter goes on.
# ftpy-test: go panics expected (the test harness allows them here).
assert error(T.panic) == "SystemError: Go panic: _testext.panic() was called"
assert error(T.panic) == "SystemError: Go panic: _testext.panic() was called"

# Four threads call one deferred callable and get exact results.
g = T.make_callable(deferred=True)
sums = [0] * 4


def worker(k):
    s = 0
    for i in range(2000):
        s += g(i, k)
    sums[k] = s


ts = [threading.Thread(target=worker, args=(k,)) for k in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
assert sums == [sum(range(2000)) + 2000 * k for k in range(4)], sums

# The callable type opts into weak references (ext.Type.Weakrefable), as
# nanobind's nb_func is weakly referenceable: weakref.ref works, its
# callback runs once when the callable dies (by refcount, or in a
# collection for a deferred one), and a WeakValueDictionary forgets it.
died = []
f = T.make_callable(deferred=False)
r = weakref.ref(f, died.append)
assert r() is f
del f
assert r() is None and died == [r], died
f = T.make_callable(deferred=True)
r = weakref.ref(f, died.append)
del f
gc.collect()
assert r() is None and len(died) == 2
im = T.make_immortal_callable()
assert weakref.ref(im)() is im
wvd = weakref.WeakValueDictionary()
wvd["k"] = T.make_callable(deferred=False)
assert len(wvd) == 0

# Threads make callables with weak references and hand them to one
# dropper thread: every callback runs exactly once.
import queue
handoff = queue.Queue()
wrs = []
lock = threading.Lock()


def maker():
    for i in range(200):
        c = T.make_callable(deferred=i % 2 == 0)
        w = weakref.ref(c, died.append)
        with lock:
            wrs.append(w)
        handoff.put(c)
        del c


def dropper():
    for _ in range(600):
        handoff.get()


died.clear()
ts = [threading.Thread(target=maker) for _ in range(3)] + [threading.Thread(target=dropper)]
for t in ts:
    t.start()
for t in ts:
    t.join()
gc.collect()
assert len(died) == 600 and all(w() is None for w in wrs), len(died)

print("ok")
