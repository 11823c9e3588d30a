# __class__ as a free variable: nonlocal __class__ in a function nested in
# a method, and the cell the class body hands to type.__new__ as
# __classcell__.


class C:
    def read(self):
        def inner():
            nonlocal __class__
            return __class__
        return inner()

    def rebind(self):
        def inner():
            nonlocal __class__
            __class__ = "rebound"
        inner()
        return __class__


print(C().read() is C)
print(C().rebind())
print(C().read())


class D:
    def f(self):
        def g():
            def h():
                nonlocal __class__
                return __class__
            return h()
        return g()


print(D().f() is D, D.f.__code__.co_freevars)

# The namespace holds __classcell__ while the metaclass runs; the class
# does not keep it as an attribute.
seen = {}


class Meta(type):
    def __new__(mcls, name, bases, ns):
        seen[name] = "__classcell__" in ns
        return super().__new__(mcls, name, bases, ns)


class WithCell(metaclass=Meta):
    def f(self):
        return __class__


class WithoutCell(metaclass=Meta):
    def f(self):
        return 1


print(seen, hasattr(WithCell, "__classcell__"))
print(WithCell.f.__closure__[0].cell_contents is WithCell)


# The cell is set by type.__new__, before the metaclass's __new__ returns.
class Early(type):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        print("inside __new__:", cls.f() is cls)
        return cls


class K(metaclass=Early):
    @staticmethod
    def f():
        return __class__


# A namespace passed to type() later fills the cell then.
saved = {}


class Delay(type):
    def __new__(mcls, name, bases, ns):
        saved.update(ns)
        return None


class L(metaclass=Delay):
    @staticmethod
    def f():
        return __class__


print(L)
M = type("M", (), saved)
print(M.f() is M)
