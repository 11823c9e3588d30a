# abc: errors, each case alone.
from abc import ABC, abstractmethod
class A(ABC):
    @abstractmethod
    def b(self): pass
    @abstractmethod
    def a(self): pass
A()
### "TypeError: Can't instantiate abstract class A with abstract methods a, b"
---
from abc import ABCMeta, abstractmethod
class P(metaclass=ABCMeta):
    @property
    @abstractmethod
    def x(self): pass
P()
### "TypeError: Can't instantiate abstract class P with abstract method x"
---
from abc import ABC
class N(ABC):
    def __init__(self, a):
        self.a = a
N()
### "TypeError: N.__init__\(\) missing 1 required positional argument: 'a'"
---
from abc import ABC
class N(ABC):
    pass
N(1)
### "TypeError: N\(\) takes no arguments"
---
from abc import ABC, abstractmethod
class A(ABC):
    @abstractmethod
    def f(self): pass
A.f(None)
A.g
### "AttributeError: type object 'A' has no attribute 'g'"
---
from abc import abstractmethod
abstractmethod(1)
### "AttributeError: 'int' object has no attribute '__isabstractmethod__'"
