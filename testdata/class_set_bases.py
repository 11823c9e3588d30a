class A:
    def f(self): return "A"
    def __repr__(self): return "A()"
class B(A): pass
class C:
    def f(self): return "C"
class D(B): pass
b = B()
print(b.f(), repr(b), B.__bases__)
B.__bases__ = (C,)
print(B.__bases__, B.__mro__, D.__mro__)
print(b.f(), D().f(), repr(b)[:10], isinstance(b, A), isinstance(b, C), issubclass(D, C))
print(A.__subclasses__(), C.__subclasses__())
for v in [[A], (), (1,), (B,), (D,), (int,)]:
    try: B.__bases__ = v
    except TypeError as e: print(e)
try: del B.__bases__
except TypeError as e: print(e)
try: int.__bases__ = (object,)
except TypeError as e: print(e)
class E(Exception): pass
try: E.__bases__ = (A,)
except TypeError as e: print(e)
class X: pass
class Y: pass
class Z(X, Y): pass
try: Z.__bases__ = (X, X)
except TypeError as e: print(type(e).__name__)
from typing import NamedTuple
class P(NamedTuple):
    x: int
    y: int = 0
print(P(1), P.__bases__, P._fields)
