# A tracked object (a container, an instance) that a thread other than
# its owner loads from a module's globals becomes deferred: later loads
# from every thread are uncounted, so they do not contend on its count.
# It is then freed by the collector once the module drops it, not at the
# last decref. Strings and other untracked values stay counted. Bounded
# in count and time; the asserts are the test.
import _thread
import gc
import sys
import weakref


class D(dict):
    pass


born, died = [], []  # list.append is atomic: __del__ may run on any thread


class Box:
    def __init__(self):
        born.append(1)

    def __del__(self):
        died.append(1)


SHARED = D(k=1)
BOX = Box()
NAME = "x" * 3
HUGE = 1 << 40


def run(fn, *args):
    done = _thread.allocate_lock()
    done.acquire()
    errors = []

    def body():
        try:
            fn(*args)
        except BaseException as e:
            errors.append(e)
        done.release()

    _thread.start_new_thread(body, ())
    assert done.acquire(timeout=60), "thread did not finish"
    assert not errors, errors


def reader(n, out):
    s = 0
    for i in range(n):
        s += SHARED["k"]
        BOX
        NAME
    out.append(s)


out = []
run(reader, 1000, out)
assert out == [1000], out
assert sys.getrefcount(SHARED) > HUGE, sys.getrefcount(SHARED)
assert sys.getrefcount(BOX) > HUGE, sys.getrefcount(BOX)
assert sys.getrefcount(NAME) < 100, sys.getrefcount(NAME)

# Read as a module's attribute from another thread: the same.
THIS = sys.modules[__name__]
TABLE = D(k=2)


def attr_reader(n, out):
    s = 0
    for i in range(n):
        s += THIS.TABLE["k"]
    out.append(s)


out = []
run(attr_reader, 1000, out)
assert out == [2000], out
assert sys.getrefcount(TABLE) > HUGE, sys.getrefcount(TABLE)

# Dropped by the module, they die at the next collection.
w = weakref.ref(SHARED)
SHARED = None
BOX = None
gc.collect()
assert w() is None
assert len(born) == len(died), (len(born), len(died))

# One thread rebinds a global while another loads it: each box the
# reader saw is deferred, and the collections free them all.
G = Box()


def rebind(n):
    global G
    for i in range(n):
        G = Box()


def load(n, stop):
    while not stop:
        G


stop = []
done = _thread.allocate_lock()
done.acquire()


def load_then_signal():
    load(0, stop)
    done.release()


_thread.start_new_thread(load_then_signal, ())
run(rebind, 20000)
stop.append(True)
assert done.acquire(timeout=60)
G = None
gc.collect()
assert len(born) == len(died), (len(born), len(died))
print("ok")
