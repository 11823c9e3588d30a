# Class statements with *bases and **keywords: the metaclass comes from
# the ** mapping, keywords reach __prepare__, __new__ and __init_subclass__.


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, [b.__name__ for b in bases], sorted(kw))
        return {}

    def __new__(mcls, name, bases, ns, **kw):
        print("new", name, sorted(kw))
        return super().__new__(mcls, name, bases, ns)

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)


class Base:
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, sorted(kw.items()))


bases = (Base,)
kw = {"metaclass": Meta, "x": 1}


class A(*bases, **kw):
    pass


print(type(A).__name__, A.__mro__[1].__name__)


class B(**{"metaclass": Meta}):
    pass


print(type(B).__name__, B.__bases__)


class C(Base, *(), y=2, **{"z": 3}):
    pass


class D(*[Base, object]):
    pass


print(D.__bases__)


class E(*bases, **{}):
    pass


print(type(E).__name__)

# Keywords given twice are an error of the call, as for any call.
try:
    class F(Base, x=1, **{"x": 2}):
        pass
except TypeError as e:
    print("TypeError:", e)

# A non-iterable after * and a non-mapping after **.
try:
    class G(*1):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class H(**1):
        pass
except TypeError as e:
    print("TypeError:", e)

# A metaclass that is not a class is called as it is.


def meta_func(name, bases, ns, **kw):
    return (name, bases, sorted(ns), kw)


print(type("X", (), {}).__name__)


class I(**{"metaclass": meta_func, "q": 5}):
    a = 1


print(I[0], I[1], [n for n in I[2] if not n.startswith("__")], I[3])


# __class__ and super() in a class with starred bases.
class J(*bases):
    def who(self):
        return __class__.__name__, super().__class__.__name__


print(J().who())
