# Assigning a class's __bases__: lookups, special methods, subclasses,
# failures that leave the class as it was.
class A:
    x = "A.x"
    def who(self): return "A"
    def __repr__(self): return "<A-ish>"
    def __len__(self): return 1
class B:
    x = "B.x"
    def who(self): return "B"
    def __len__(self): return 2
    def __eq__(self, other): return True
    __hash__ = object.__hash__
class C(A):
    def who(self): return "C>" + super().who()
class D(C): pass

c, d = C(), D()
print(c.x, c.who(), repr(c), len(c), d.x, d.who(), len(d))
for _ in range(3):
    c.x  # warm the attribute cache
C.__bases__ = (B,)
print(C.__bases__, C.__base__, C.__mro__)
print(D.__mro__)
print(c.x, c.who(), len(c), d.x, d.who(), len(d), c == 5, d == 7)
print(repr(c).startswith("<__main__.C object"), isinstance(c, A), isinstance(d, B), issubclass(D, A))
print(A.__subclasses__(), B.__subclasses__())

# Two bases, then back to one
C.__bases__ = (A, B)
print(C.__mro__, c.x, len(c), c == 5)
C.__bases__ = (A,)
print(C.__mro__, c == c, c == 5)

# An MRO conflict below the class leaves everything as it was.
class P: pass
class Q: pass
class R(P, Q): pass
class S(Q): pass
class T(R, S): pass
print(T.__mro__)
try:
    S.__bases__ = (Q, P)  # T would need Q before P and P before Q
except TypeError as e:
    print("TypeError:", e)
try:
    Q.__bases__ = (P,)
except TypeError as e:
    print("TypeError:", e)
print(S.__bases__, S.__mro__, T.__mro__, P.__subclasses__(), Q.__subclasses__())

# Exceptions within one layout
class E(Exception): pass
E.__bases__ = (KeyError,)
try:
    raise E("k")
except LookupError as e:
    print("caught", type(e).__name__, E.__mro__)

# A namedtuple, as typing.NamedTuple does it
from collections import namedtuple
class G:
    __slots__ = ()
    def g(self): return "g"
N = namedtuple("N", "a b")
N.__bases__ = (tuple, G)
n = N(1, 2)
print(N.__mro__, n, n.a, n.g(), len(n))

import typing
class NT(typing.NamedTuple):
    a: int
    b: str = "x"
print(NT(1), NT.__mro__, NT.__bases__)
class GNT(typing.NamedTuple, typing.Generic[typing.T]):
    a: int
print(GNT.__mro__)

import tomllib
print(tomllib.loads('a = 1\n[t]\nb = "c"\n'))

# The MRO error names the classes that block each other
class K1: pass
class K2(K1): pass
try:
    class K3(K1, K2): pass
except TypeError as e:
    print("TypeError:", e)
class Z1: pass
class Z2: pass
class ZA(Z1, Z2): pass
class ZB(Z2, Z1): pass
try:
    class ZC(ZA, ZB): pass
except TypeError as e:
    print("TypeError:", e)
