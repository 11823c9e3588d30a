# Weak references to instances of built-in types that CPython makes
# weakly referenceable (deque, locks, partial, GenericAlias, bound and
# built-in methods, lru_cache wrappers, Struct, thread-local):
# the reference resolves while the object lives, and dies with it,
# running its callback.
import _thread
import collections
import functools
import gc
import struct
import weakref


def f():
    pass


class C:
    def m(self):
        pass


makers = [
    ("deque", lambda: collections.deque([1, 2])),
    ("lock", _thread.allocate_lock),
    ("RLock", _thread.RLock),
    ("partial", lambda: functools.partial(print, 1)),
    ("GenericAlias", lambda: list[int]),
    ("method", lambda: C().m),
    ("builtin method", lambda: [].append),
    ("lru_cache", lambda: functools.lru_cache(f)),
    ("Struct", lambda: struct.Struct("<i")),
    ("local", _thread._local),
]
for name, make in makers:
    died = []
    o = make()
    r = weakref.ref(o, lambda wr, name=name: died.append(name))
    alive = r() is o
    del o
    gc.collect()
    print(name, alive, r() is None, died == [name], weakref.getweakrefcount(r) == 0)

# A weak reference to a module-level built-in function, or to a code
# object, resolves (ftpy's code objects are immortal, so theirs never
# dies).
r = weakref.ref(len)
print(r() is len)
c = compile("x = 1", "<s>", "exec")
print(weakref.ref(c)() is c)

# A dead weak reference stays dead when its referent's type is mutable.
class D(collections.deque):
    pass

d = D()
p = weakref.proxy(d)
d.append(1)
print(len(p), p[0])
del d
try:
    len(p)
except ReferenceError as e:
    print("ReferenceError", e)
