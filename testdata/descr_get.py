# __get__, __set__ and __delete__ of functions and built-in descriptors.
class A:
    def m(self):
        return 1

    @property
    def p(self):
        return "p"


a = A()
print(A.m.__get__(a, A)(), A.m.__get__(a)())
print(A.m.__get__(None, A) is A.m)
print(type(A.m.__get__(a, A)).__name__)
print(A.m.__get__(a, A).__self__ is a)

sm = staticmethod(len)
print(sm.__get__(1)([1, 2]), sm.__get__(None, A)("abc"))
cm = classmethod(lambda c: c)
print(cm.__get__(1)(), cm.__get__(None, int)(), cm.__get__(a, A)())
print(A.__dict__["p"].__get__(a, A), A.__dict__["p"].__get__(None, A) is A.__dict__["p"])

p2 = property(lambda s: 42, lambda s, v: print("set", v), lambda s: print("del"))
print(p2.__get__(a))
p2.__set__(a, 5)
p2.__delete__(a)


class S:
    __slots__ = ("x",)


s = S()
S.x.__set__(s, 7)
print(S.x.__get__(s, S), s.x)
S.x.__delete__(s)
print(hasattr(s, "x"))
print(int.real.__get__(5, int), str.upper.__get__("ab")())
print(hasattr(type(a.m), "__get__"), hasattr(A.m, "__get__"), hasattr(sm, "__set__"))
print(hasattr(A.__dict__["p"], "__set__"), hasattr(A.__dict__["p"], "__delete__"))


class D:
    def __get__(self, obj, owner=None):
        return ("D", obj, owner)


class B:
    d = D()


print(B.d[1:], B().d[2])
print(D().__get__(3))
