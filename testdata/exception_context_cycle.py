# Raising while handling an exception whose __context__ chain holds a
# cycle must not loop forever (CPython's test_no_hang_on_context_chain_cycle*).

def cycle_on_itself():
    try:
        raise ValueError(1)
    except ValueError as ex:
        ex.__context__ = ex
        raise TypeError(2)

try:
    cycle_on_itself()
except Exception as e:
    print(type(e).__name__, type(e.__context__).__name__,
          e.__context__.__context__ is e.__context__)

class A(Exception): pass
class B(Exception): pass
class C(Exception): pass
class D(Exception): pass
class E(Exception): pass

# A longer chain whose tail cycles: E -> D -> C -> B -> A -> C.
try:
    try:
        raise A()
    except A as _a:
        a = _a
        try:
            raise B()
        except B as _b:
            b = _b
            try:
                raise C()
            except C as _c:
                c = _c
                a.__context__ = c
                try:
                    raise D()
                except D as _d:
                    d = _d
                    e = E()
                    raise e
except E as got:
    print(got.__context__ is d, d.__context__ is c, c.__context__ is b,
          b.__context__ is a, a.__context__ is c)

# Re-raising an exception already in the chain cuts the chain there.
try:
    try:
        raise A("x")
    except A as first:
        saved = first
        try:
            raise B("y")
        except B:
            raise first
except A as again:
    print(again is saved, type(again.__context__).__name__,
          again.__context__.__context__)
