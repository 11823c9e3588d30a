# Classes without conversion methods: CPython's errors for unary operators, int(), indexing; bound methods forward attributes to their function.

import operator
class E: pass
class T:
    def __trunc__(self): return 4
class X:
    def __index__(self): return 2
for f in [lambda: -E(), lambda: +E(), lambda: ~E(), lambda: abs(E()), lambda: int(E()), lambda: [1][E()], lambda: operator.index(E()), lambda: "ab"[E()], lambda: range(E()), lambda: hex(E()), lambda: int(X()), lambda: [1,2,3][X()], lambda: "abc" * E(), lambda: bin(X())]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
class A:
    def f(self):
        "doc of f"
A.f.attr = 5
a = A()
print(a.f.__name__, a.f.__doc__, a.f.__qualname__, a.f.attr)
try: a.f.nope
except AttributeError as e: print(e)
