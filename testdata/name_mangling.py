# Private names (__x) in a class body and the functions nested in it are
# mangled to _Class__x: attributes, names, parameters, keyword defaults,
# annotations, imports, globals, nested functions and comprehensions.
import sys


class A:
    __x = 1
    __dunder__ = 2

    def __init__(self, __p=3, *, __k=4):
        self.__y = __p + __k

    def get(self, __y: int = 0) -> int:
        return self.__x, self.__y, __y

    def nested(self):
        def inner():
            return [self.__y for _ in range(2)]
        return inner()

    def __private(self):
        return "private"

    def call(self):
        return self.__private(), getattr(self, "_A__private")()

    def imp(self):
        import sys as __s
        return __s is sys

    def glob(self):
        global __g
        __g = "global"
        return __g

    def lam(self):
        return (lambda __a=1: __a)()


a = A()
print(a.get(5), a.nested(), a.call(), a.imp(), a.glob(), a.lam())
print(sorted(k for k in vars(A) if "x" in k or "private" in k or "dunder" in k))
print(sorted(vars(a)), "_A__g" in globals())
print(A.get.__code__.co_varnames, A.get.__annotations__, A.__init__.__kwdefaults__)
print(A.get.__qualname__, A._A__private.__name__)


class _Under:
    def f(self):
        self.__z = 1
        return sorted(vars(self))


class ___:
    def f(self):
        self.__z = 1
        return sorted(vars(self))


print(_Under().f(), ___().f())


class B(A):
    __x = "B's"

    def both(self):
        return self.__x, self._A__x


print(B().both())


class C:
    def m(self):
        class D:
            def n(self):
                self.__v = 1
                return sorted(vars(self))
        return D().n()


print(C().m())
try:
    class E:
        def f(self):
            return __missing
    E().f()
except NameError as e:
    print("NameError:", e)
try:
    A().__x
except AttributeError as e:
    print("AttributeError:", e)
