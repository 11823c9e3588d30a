# type.__subclasses__().

class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
print(A.__subclasses__(), B.__subclasses__(), D.__subclasses__())
print(bool in int.__subclasses__(), type(int.__subclasses__()).__name__)
del C, D
import gc
gc.collect()
print(A.__subclasses__())
print(sorted(c.__name__ for c in Exception.__subclasses__() if c.__name__ in ("ValueError", "OSError", "TypeError")))
