# sys.getsizeof and __sizeof__: CPython 3.11's sizes for the built-in
# layouts, the collector's header, and the errors of a bad __sizeof__.
import sys
class A: pass
class S: __slots__=('a','b')
class L(list): pass
print(A().__sizeof__(), sys.getsizeof(A()), S().__sizeof__(), L().__sizeof__(), sys.getsizeof(S()))
for s in ['', 'a', 'abc', 'é', 'é'*3, '€', '€'*3, '😀', '😀'*3]: print(repr(s), s.__sizeof__())
for b in [b'', b'a', b'abc']: print(b.__sizeof__())
for n in [0,1,2**30-1, 2**30, 2**60, -1, True, 2**100]: print(n, n.__sizeof__())
print({i:i for i in range(10)}.__sizeof__(), {1:2}.__sizeof__(), {}.__sizeof__(), set(range(10)).__sizeof__(), set().__sizeof__())
print(sys.getsizeof(1, 5), sys.getsizeof([]), sys.getsizeof(()), sys.getsizeof(1.0), sys.getsizeof(None), sys.getsizeof(range(3)))
class B:
  def __sizeof__(self): return -1
class C:
  def __sizeof__(self): return 'x'
class D:
  def __sizeof__(self): return 2**70
class E:
  def __sizeof__(self): raise TypeError('boom')
for c in (B,C,D,E):
  try: print(sys.getsizeof(c()))
  except Exception as e: print(type(e).__name__, e)
  try: print(sys.getsizeof(c(), 7))
  except Exception as e: print(type(e).__name__, e)
class F:
  def __sizeof__(self): return True
print(sys.getsizeof(F()))
try: sys.getsizeof()
except Exception as e: print(type(e).__name__, e)
try: sys.getsizeof(1,2,3)
except Exception as e: print(type(e).__name__, e)
print(sys.getsizeof(object=1, default=3))
