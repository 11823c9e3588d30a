# abc: register() and __subclasshook__ through the isinstance/issubclass hooks.

import abc
class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
print(Sq(3).area(), isinstance(Sq(2), Shape), issubclass(Sq, Shape))
try:
    Shape()
except TypeError as e:
    print(e)
class Duck:
    def area(self): return 1
print(isinstance(Duck(), Shape))
Shape.register(Duck)
print(isinstance(Duck(), Shape), issubclass(Duck, Shape), issubclass(int, Shape))
@Shape.register
class Tri: pass
print(issubclass(Tri, Shape), Tri.__name__)
class Sized(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized:
            return any("__len__" in B.__dict__ for B in C.__mro__)
        return NotImplemented
print(isinstance([], Sized), isinstance(3, Sized), issubclass(dict, Sized))
try:
    Shape.register(3)
except TypeError as e:
    print(e)
try:
    Sq.register(Shape)
except RuntimeError as e:
    print(e)
class M(metaclass=abc.ABCMeta):
    pass
print(isinstance(M(), M), type(M).__name__)
