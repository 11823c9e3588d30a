# obj.m(...) at one call site over changing classes and instances (ftpy
# caches the method found per call site): every call must see what a
# fresh lookup would.


class A:
    def m(self):
        return "A.m"


class B(A):
    def m(self):
        return "B.m"


class C(A):
    pass


def call_all(objs):
    return [o.m() for o in objs]


objs = [A(), B(), C(), A(), B()]
print(call_all(objs))

a = A()
print(call_all([a]))
a.m = lambda: "instance attribute"      # shadows the class's method
print(call_all([a, A()]))
del a.m
print(call_all([a]))


def replaced(self):
    return "replaced"


A.m = replaced                          # a new method on the class
print(call_all([a, C(), B()]))
del A.m
try:
    a.m()
except AttributeError as e:
    print("AttributeError:", e)


class Dyn:
    def __getattr__(self, name):
        return lambda: "getattr " + name


class Attr:
    def __getattribute__(self, name):
        return lambda: "getattribute " + name


print([Dyn().m(), Attr().m(), Dyn().m()])

lst = []
for i in range(3):
    lst.append(i)                       # a built-in method
print(lst)


class Counter:
    def __init__(self):
        self.n = 0

    def bump(self):
        self.n += 1
        return self.n


c = Counter()
for _ in range(1000):
    c.bump()
print(c.n)


class Prop:
    @property
    def m(self):
        return lambda: "property"


class Static:
    @staticmethod
    def m():
        return "static"

    @classmethod
    def k(cls):
        return cls.__name__


print(call_all([Prop(), Static(), A.__new__(B)]), Static().k())
