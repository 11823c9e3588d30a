# Function and method reprs, writable __annotations__, float() via __index__.

def f(a): pass
print(repr(f).split(" at ")[0])
class A:
    def m(self): pass
    def __repr__(self): return "A()"
    class Inner:
        def g(self): pass
print(repr(A.m).split(" at ")[0], A().m)
print(repr(A.Inner.g).split(" at ")[0])
def outer():
    def inner(): pass
    return inner
print(repr(outer()).split(" at ")[0])
f.__annotations__ = {"a": int}
print(f.__annotations__)
f.__annotations__ = None
print(f.__annotations__)
del f.__annotations__
print(f.__annotations__)
try:
    f.__annotations__ = 3
except TypeError as e:
    print(e)
class I:
    def __index__(self): return 7
class Big:
    def __index__(self): return 10**400
class Bad:
    def __index__(self): return "x"
class Fl:
    def __float__(self): return 2.5
class Neither: pass
print(float(I()), float(Fl()))
for v in (Big(), Bad(), Neither()):
    try:
        print(float(v))
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
