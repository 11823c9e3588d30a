# object.__reduce_ex__ (the default reduction copy and pickle use) must
# not leak its result's parts: each deepcopy of an instance used to keep
# the (cls,) argument tuple and the instance's __dict__ alive forever,
# which grew the heap of CPython's test_weakref until its collector
# thread starved the main one.
import copy
import gc
import sys

class K:
    def __init__(self, c):
        self.c = c

class S:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = 1

class L(list):
    pass

class D(dict):
    pass

def leftovers():
    gc.collect()
    return sum(1 for o in gc.get_objects()
               if type(o) is tuple and len(o) == 1 and o[0] in (K, S, L, D))

ks = [K(i) for i in range(50)]
before = leftovers()
for proto in (2, 4):
    for k in ks:
        r = k.__reduce_ex__(proto)
        assert r[1] == (K,) and r[2] is k.__dict__
        del r
copy.deepcopy(ks)
copy.deepcopy([S(), L([1, 2]), D(a=1)])
assert leftovers() == before, (leftovers(), before)

# The instance dict is referenced once more only while the result lives.
k = K(1)
d = k.__dict__
n = sys.getrefcount(d)
r = k.__reduce_ex__(2)
assert sys.getrefcount(d) == n + 1
del r
assert sys.getrefcount(d) == n, (sys.getrefcount(d), n)
print("ok")
