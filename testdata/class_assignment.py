# Assignment to __class__.
class A:
    def who(self): return "A"
class B:
    def who(self): return "B"
a = A()
a.x = 1
a.__class__ = B
print(type(a).__name__, a.who(), a.x, isinstance(a, B), isinstance(a, A))
a.__class__ = A
print(a.who())
class S1:
    __slots__ = ("p",)
class S2(S1):
    __slots__ = ()
class S3(S1):
    __slots__ = ()
s = S2()
s.p = 5
s.__class__ = S3
print(type(s).__name__, s.p)
class L(list): pass
class M(list):
    def total(self): return sum(self)
l = L([1, 2, 3])
l.__class__ = M
print(l.total(), l)
class E(Exception): pass
class F(ValueError): pass
class E2(Exception): pass
e = E("boom")
e.__class__ = E2
print(repr(e), isinstance(e, E2))
try:
    e.__class__ = F
except TypeError as err:
    print(err)
class P:
    __slots__ = ("u", "v")
class Q:
    __slots__ = ("u", "v")
class R:
    __slots__ = ("v", "u")
p = P()
p.u = 1
p.__class__ = Q
print(type(p).__name__, p.u)
try:
    p.__class__ = R
except TypeError as err:
    print(err)
class WithDict(S1): pass
w = WithDict()
try:
    w.__class__ = S2
except TypeError as err:
    print(err)
for target, value in [(a, int), (a, S1), (s, A), (a, 3), (l, A), (1, A)]:
    try:
        target.__class__ = value
    except TypeError as err:
        print(err)
try:
    del a.__class__
except TypeError as err:
    print(err)
import gc
class Meta(type): pass
class K(metaclass=Meta): pass
class K2(metaclass=Meta): pass
k = K()
k.__class__ = K2
del k
gc.collect()
print("ok")
