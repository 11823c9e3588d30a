# The checks __bases__ assignment makes, and CPython's messages.
def t(f):
    try:
        f()
        print("ok")
    except Exception as e:
        print(type(e).__name__, e)
class A: pass
class B: pass
class C(A): pass
class D(C): pass
def s(cls, v):
    def f(): cls.__bases__ = v
    return f
t(s(C, [B]))
t(s(C, ()))
t(s(C, (1,)))
t(s(C, (D,)))
t(s(C, (C,)))
t(s(int, (object,)))
def d():
    del C.__bases__
t(d)
class L(list): pass
t(s(L, (dict,)))
t(s(C, (list,)))
t(s(L, (object,)))
class S1: __slots__ = ('a',)
class S2: __slots__ = ('b',)
class S3(S1): pass
t(s(S3, (S2,)))
class S4: __slots__ = ('a','b')
t(s(S3, (S4,)))
t(s(C, (bool,)))
t(s(C, (A, A)))
class X(A, B): pass
t(s(X, (B, A)))
print(X.__mro__)
class Y(X): pass
t(s(A, (B,)))
print(Y.__mro__)
t(s(C, (int, str)))
class E(Exception): pass
t(s(E, (ValueError,)))
print(E.__mro__)
t(s(E, (object,)))
