# _abc, CPython's C module under abc.py: used directly, through an
# ABCMeta built the way abc.py builds it on top of _abc.
import _abc
from _abc import (get_cache_token, _abc_init, _abc_register, _abc_instancecheck,
                  _abc_subclasscheck, _get_dump, _reset_registry, _reset_caches)
import gc

print(sorted(n for n in dir(_abc) if not n.startswith('__')), _abc_init.__module__)


def abstractmethod(f):
    f.__isabstractmethod__ = True
    return f


class ABCMeta(type):
    def __new__(mcls, name, bases, namespace, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        _abc_init(cls)
        return cls

    def register(cls, subclass):
        return _abc_register(cls, subclass)

    def __instancecheck__(cls, instance):
        return _abc_instancecheck(cls, instance)

    def __subclasscheck__(cls, subclass):
        return _abc_subclasscheck(cls, subclass)


class Base(metaclass=ABCMeta):
    @abstractmethod
    def f(self):
        pass

    @abstractmethod
    def g(self):
        pass

    def h(self):
        pass


class Half(Base):
    def f(self):
        return 1


class Full(Half):
    def g(self):
        return 2


print(sorted(Base.__abstractmethods__), sorted(Half.__abstractmethods__), sorted(Full.__abstractmethods__))
print(type(Base._abc_impl).__name__, type(Base.__abstractmethods__).__name__)
print(issubclass(Full, Base), isinstance(Full(), Base), issubclass(int, Base), isinstance(1, Base))


class Virtual:
    pass


tok = get_cache_token()
print(Base.register(Virtual) is Virtual, get_cache_token() == tok + 1)
print(issubclass(Virtual, Base), isinstance(Virtual(), Base), issubclass(Virtual, Half))


class SubVirtual(Virtual):
    pass


print(issubclass(SubVirtual, Base), Base.register(Full) is Full, get_cache_token() == tok + 1)
reg, cache, neg, ver = _get_dump(Base)
print(sorted(r().__name__ for r in reg), sorted(r().__name__ for r in cache), sorted(r().__name__ for r in neg), ver == get_cache_token())
try:
    Half.register(Base)
except RuntimeError as e:
    print('RuntimeError', e)
try:
    Base.register(1)
except TypeError as e:
    print('TypeError', e)


class Hooked(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Hooked:
            return hasattr(C, 'quack')
        return NotImplemented


class Duck:
    quack = 1


print(issubclass(Duck, Hooked), issubclass(int, Hooked), isinstance(Duck(), Hooked))
_reset_caches(Hooked)
print(_get_dump(Hooked)[1:3])
_reset_registry(Base)
print(len(_get_dump(Base)[0]), issubclass(SubVirtual, Base))


class Temp:
    pass


Base.register(Temp)
print(len(_get_dump(Base)[0]))
del Temp
gc.collect()
print(len(_get_dump(Base)[0]))


class Bad(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        return 5


try:
    issubclass(int, Bad)
except AssertionError as e:
    print('AssertionError', e)


class Flags(metaclass=ABCMeta):
    __abc_tpflags__ = 1 << 5


print('__abc_tpflags__' in Flags.__dict__)


class P:
    pass


P._abc_impl = 1
for f in [lambda: _get_dump(P), lambda: _abc_register(Base, 1), lambda: _abc_subclasscheck(Base, 1),
          lambda: _abc_instancecheck(int, 1), lambda: get_cache_token(1)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)


# __abc_tpflags__ and register() give classes the match statement's
# sequence and mapping flags.
class SeqABC(metaclass=ABCMeta):
    __abc_tpflags__ = 1 << 5


class MapABC(metaclass=ABCMeta):
    __abc_tpflags__ = 1 << 6


class MySeq:
    def __len__(self):
        return 2

    def __getitem__(self, i):
        return 'ab'[i]


class SubSeq(MySeq):
    pass


class MyMap:
    def __len__(self):
        return 1

    def get(self, k, d=None):
        return 1 if k == 'k' else d

    def __getitem__(self, k):
        return 1


def kind(o):
    match o:
        case [a, b]:
            return ('seq', a, b)
        case {'k': v}:
            return ('map', v)
        case _:
            return 'other'


print(kind(MySeq()), kind(MyMap()), kind(SubSeq()))
SeqABC.register(MySeq)
MapABC.register(MyMap)
print(kind(MySeq()), kind(MyMap()), kind(SubSeq()), '__abc_tpflags__' in SeqABC.__dict__)
try:
    class Both(metaclass=ABCMeta):
        __abc_tpflags__ = (1 << 5) | (1 << 6)
except TypeError as e:
    print('TypeError', e)
from _collections import deque
print(kind(deque([1, 2])), kind(deque([1])))
