# isinstance/issubclass consult __instancecheck__/__subclasscheck__; classes can be renamed.
class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == 42
    def __subclasscheck__(cls, sub):
        return sub is int
class Any42(metaclass=Meta): pass
print(isinstance(42, Any42), isinstance(41, Any42), isinstance(42, (str, Any42)))
print(issubclass(int, Any42), issubclass(str, Any42), issubclass(int, (str, Any42)))
class Plain(metaclass=Meta): pass
print(isinstance(Plain(), Plain))
class Sub(type): pass
class K(metaclass=Sub): pass
print(isinstance(K(), K), issubclass(K, object), isinstance(3, K))
class Checker:
    def __instancecheck__(self, obj):
        return isinstance(obj, str)
    def __subclasscheck__(self, sub):
        return True
print(isinstance("s", Checker()), isinstance(1, Checker()), issubclass(1, Checker()))
for f in [lambda: isinstance(1, 2), lambda: issubclass(1, int), lambda: issubclass(int, 2), lambda: isinstance(1, (int, 2))]:
    try:
        print(f())
    except TypeError as e:
        print(e)
class A: pass
for n, v in [("__name__", 3), ("__qualname__", 3), ("__module__", 3)]:
    try:
        setattr(A, n, v); print(n, getattr(A, n))
    except TypeError as e:
        print(e)
for n in ["__name__", "__module__", "__qualname__"]:
    try:
        setattr(int, n, "x")
    except TypeError as e:
        print(e)
    try:
        delattr(A, n)
    except TypeError as e:
        print(e)
A.__name__ = "B"; A.__module__ = "m"; A.__qualname__ = "Q.B"
print(A, A.__name__, A.__qualname__, repr(A()).split(" at")[0])
class C:
    class D: pass
print(repr(C.D()).split(" at")[0], C.D)
class Doc: pass
class Doc2:
    "doc 2"
print(Doc.__doc__, Doc().__doc__, Doc2().__doc__, "__doc__" in Doc.__dict__)
Doc.__doc__ = "set later"
print(Doc.__doc__, Doc().__doc__)
try:
    int.__doc__ = "x"
except TypeError as e:
    print(e)
class L(list): pass
class D(dict): pass
class T(tuple): pass
class E:
    def __eq__(self, o): return True
class F(E): pass
for c in (L, D, T, E, F):
    try:
        hash(c()); print(c.__name__, "hashable")
    except TypeError as e:
        print(e)
print(list.__hash__, dict.__hash__, set.__hash__, tuple.__hash__ is None)
