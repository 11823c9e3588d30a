# Class creation: the winning metaclass across all bases, __prepare__, __mro_entries__ and __orig_bases__.
class M(type):
    pass
class A: pass
class B(metaclass=M): pass
class C(A, B): pass
print(type(C).__name__)
class N(type): pass
class D(metaclass=N): pass
try:
    class E(B, D): pass
except TypeError as e:
    print(e)
class Ordered(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, [b.__name__ for b in bases], kw)
        return {"injected": 1}
    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, ns)
class P(metaclass=Ordered, flag=True):
    x = 1
print(P.injected, P.x)
class Alias:
    def __mro_entries__(self, bases):
        return (A,)
class F(Alias(), B): pass
print([c.__name__ for c in F.__mro__], type(F.__orig_bases__[0]).__name__, F.__orig_bases__[1] is B)
print("__orig_bases__" in C.__dict__)
from typing import List, Generic, TypeVar
T = TypeVar("T")
class Box(Generic[T]):
    pass
class MyList(List[int]):
    pass
print(Box.__mro__[-1].__name__, issubclass(MyList, list), MyList([1, 2]))
B2 = type("B2", (), {})
print(B2.__module__, B2)
class BigHash:
    def __hash__(self): return 2**62
class MinusOne:
    def __hash__(self): return -1
class Huge:
    def __hash__(self): return 2**70
print(hash(BigHash()), hash(MinusOne()), hash(Huge()) == hash(2**70))
