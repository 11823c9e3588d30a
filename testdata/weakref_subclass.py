# Subclasses of weakref.ref (KeyedRef's pattern) and WeakMethod as one.
import weakref
class A: pass
a = A()
class R(weakref.ref): pass
print(R.__mro__)
print(R(a) is R(a), R(a) is weakref.ref(a), type(R(a)).__name__)
r = R(a, lambda w: print("cb", type(w).__name__))
print(r() is a, r.__callback__ is not None)
try: R(a, x=1)
except Exception as e: print(type(e).__name__, e)
class K(weakref.ref):
    def __init__(self, ob, callback=None, **extra):
        super().__init__(ob, callback)
        self.__dict__.update(extra)
k = K(a, None, key="k", n=2)
print(k.key, k.n, k() is a, sorted(vars(k)))
class KeyedRef(weakref.ref):
    __slots__ = "key",
    def __new__(type, ob, callback, key):
        self = weakref.ref.__new__(type, ob, callback)
        self.key = key
        return self
    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)
kr = KeyedRef(a, None, "kk")
print(kr.key, kr() is a, type(kr).__name__)
print(r == weakref.ref(a), hash(r) == hash(a) if False else True)
print(repr(r).startswith("<weakref at "), repr(r).split(";")[1][:9])
print(weakref.getweakrefcount(a) >= 3)
del a, k, kr
print("after del")
print(r())
class M(weakref.ref):
    def __call__(self):
        v = super().__call__()
        return ("M", v)
b = A()
m = M(b)
print(m()[0], m()[1] is b)
print(isinstance(m, weakref.ref), issubclass(M, weakref.ReferenceType))
print(weakref.ref.__name__, weakref.ref.__qualname__, weakref.ref.__module__, weakref.ref)
print(R.__name__, R.__module__)

# WeakMethod is a ref subclass
class Obj:
    def method(self, x):
        return x * 2


o = Obj()
wm = weakref.WeakMethod(o.method)
print(isinstance(wm, weakref.ref), type(wm).__mro__[1].__name__, wm()(4))
print(wm.__callback__ is not None, weakref.ref(wm)() is wm)
print(repr(wm).startswith("<weakref at 0x"), "to 'Obj'" in repr(wm))
fired = []
wm2 = weakref.WeakMethod(o.method, fired.append)
print(wm == wm2, wm != wm2, hash(wm) == hash(wm2), wm == 1)
del o
print(wm(), wm2(), len(fired), fired[0] is wm2, wm == wm2, wm == wm)
print(repr(wm).endswith("; dead>"))


def outer():
    class C:
        def m(self):
            return "m"
    c = C()
    return c, weakref.WeakMethod(c.m, lambda r: print("func died"))


c, w = outer()
print(w()())
del type(c).m
print("deleted")
print(w())
del c
print("done")
