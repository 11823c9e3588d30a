# super objects: __thisclass__, __self__, __self_class__, unbound super(type)
# and its binding as a class attribute, argument errors.
try: super(int,int,int)
except TypeError as e: print(e)
try: super(1, int)
except TypeError as e: print(e)
try: super(1)
except TypeError as e: print(e)
s=super(int); print(s, s.__self__, s.__self_class__, s.__thisclass__)
print(super(int, None))
s = super(int, 3); print(s, s.__self__, s.__self_class__, s.__thisclass__)
class A:
  def f(self): return super()
  def g(self): return 'A.g'
class B(A):
  def g(self): return 'B.g'
print(A().f())
s = super(A, A); print(s, s.__self__, s.__self_class__, s.__thisclass__)
s = B().f(); print(s.__self_class__, s.__thisclass__)
class C(B):
  sup = super(B)
print(C().sup.g(), C().sup.__self__.__class__.__name__, C.sup)
try: s.x = 1
except AttributeError as e: print(e)
