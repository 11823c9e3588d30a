# Object lifetimes: __del__ runs when the last counted reference goes;
# cycles and deferred objects (functions, classes) are freed by gc.collect.
import gc
import sys

log = []


class Tracked:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        log.append(self.name)


x = Tracked("plain")
del x
assert log == ["plain"], log


def scope():
    t = Tracked("local")


scope()
assert log[-1] == "local", log

a = Tracked("cycle-a")
b = Tracked("cycle-b")
a.other, b.other = b, a
del a, b
assert "cycle-a" not in log
n = gc.collect()
assert n >= 2 and "cycle-a" in log and "cycle-b" in log, (n, log)


# A resurrecting __del__ keeps the object, and runs only once.
saved = []


class Phoenix:
    def __del__(self):
        log.append("phoenix")
        saved.append(self)


p = Phoenix()
del p
assert len(saved) == 1 and log.count("phoenix") == 1
saved.clear()
gc.collect()
assert log.count("phoenix") == 1

# Containers are GC-tracked; ints are not.
assert gc.is_tracked([]) and not gc.is_tracked(1)

# Reference counts are exact for ordinary objects.
obj = object()
base = sys.getrefcount(obj)
holder = [obj, obj]
assert sys.getrefcount(obj) == base + 2
del holder
assert sys.getrefcount(obj) == base

print("lifetimes ok")
