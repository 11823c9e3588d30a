# abc: ABC, ABCMeta, abstractmethod, abstract properties.
import abc
from abc import ABC, ABCMeta, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def name(self):
        return "shape"

    def describe(self):
        return "%s with area %s" % (self.name(), self.area())


print(sorted(Shape.__abstractmethods__), type(Shape.__abstractmethods__).__name__)
print(type(Shape) is ABCMeta, type(Shape).__name__, isinstance(Shape, type))
print(ABC.__abstractmethods__)
try:
    Shape()
except TypeError as e:
    print(e)


class Half(Shape):
    def area(self):
        return 1


print(sorted(Half.__abstractmethods__))
try:
    Half()
except TypeError as e:
    print(e)


class Square(Half):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2

    def name(self):
        return "square of " + super().name()


s = Square(3)
print(Square.__abstractmethods__, s.describe(), isinstance(s, Shape), issubclass(Square, ABC))
print(Shape.area.__isabstractmethod__, getattr(Square.area, "__isabstractmethod__", False))


class WithProp(ABC):
    @property
    @abstractmethod
    def value(self):
        ...

    @classmethod
    @abstractmethod
    def make(cls):
        ...

    @staticmethod
    @abstractmethod
    def helper():
        ...


print(sorted(WithProp.__abstractmethods__))
try:
    WithProp()
except TypeError as e:
    print(e)


class Concrete(WithProp):
    @property
    def value(self):
        return 7

    @classmethod
    def make(cls):
        return cls()

    @staticmethod
    def helper():
        return "h"


c = Concrete.make()
print(c.value, c.helper(), Concrete.__abstractmethods__)


class Meta(metaclass=ABCMeta):
    @abstractmethod
    def f(self):
        pass


try:
    Meta()
except TypeError as e:
    print(e)


class NoAbstract(ABC):
    def __init__(self, a, b=2):
        self.total = a + b


print(NoAbstract(1).total, NoAbstract(1, b=5).total)


class TupleABC(tuple, metaclass=ABCMeta):
    pass


print(TupleABC([1, 2]), type(TupleABC((3,))).__name__)


class Later(ABC):
    def run(self):
        return 1


Later.run = abstractmethod(lambda self: 2)
abc.update_abstractmethods(Later)
print(sorted(Later.__abstractmethods__))
try:
    Later()
except TypeError as e:
    print(e)


class OldStyle(ABC):
    @abc.abstractproperty
    def p(self):
        pass


print(sorted(OldStyle.__abstractmethods__))
