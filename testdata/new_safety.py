# X.__new__(Y) refuses a Y whose layout X's __new__ does not build (once a Go crash).
import _io
for f in [lambda: _io._IOBase.__new__(_io.BytesIO), lambda: int.__new__(bool), lambda: list.__new__(dict)]:
    try: f()
    except TypeError as e: print(e)
class X(dict): pass
try: object.__new__(X)
except TypeError as e: print(e)
class L(list): pass
try: object.__new__(L)
except TypeError as e: print(e)
print(type(BaseException.__new__(ValueError)), type(Exception.__new__(KeyError)), type(OSError.__new__(OSError)))
class P:
    def __new__(cls): return object.__new__(cls)
class Q(P): pass
print(type(Q()), type(object.__new__(Q)))
class D(dict):
    def __new__(cls): return dict.__new__(cls)
print(type(D()), type(dict.__new__(X)), type(int.__new__(int, 5)))
class Y(X): pass
try: object.__new__(Y)
except TypeError as e: print(e)
class E(ValueError): pass
print(type(Exception.__new__(E)))
try: object.__new__(E)
except TypeError as e: print(e)
import collections
print(type(object.__new__(collections.OrderedDict) if False else 1))
