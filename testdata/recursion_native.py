# Go recursion on behalf of Python is bounded: special methods that call
# themselves through slots, and repr, comparison, hashing, copying and
# isinstance of deeply nested data raise RecursionError (with CPython
# 3.11's message where it is deterministic), never a crash.
import copy
import sys


def check(name, f, full=True):
    try:
        r = f()
        print(name, "ok", r)
    except RecursionError as e:
        print(name, "RecursionError", e if full else "")


def nest(make, n, leaf):
    x = leaf
    for _ in range(n):
        x = make(x)
    return x


# Special methods.
class Call:
    pass


Call.__call__ = Call()
check("call slot", lambda: Call()(), True)


class Repr:
    def __repr__(self):
        return repr(self)


check("__repr__", lambda: repr(Repr()), False)


class Str:
    def __str__(self):
        return str(self)


check("__str__", lambda: str(Str()), False)


class Eq:
    def __eq__(self, o):
        return self == o


check("__eq__", lambda: Eq() == Eq(), False)


class Hash:
    def __hash__(self):
        return hash(self)


check("__hash__", lambda: hash(Hash()), False)


class GetAttr:
    def __getattr__(self, n):
        return getattr(self, n)


check("__getattr__", lambda: GetAttr().x, False)


class Index:
    def __index__(self):
        return [1][self]


check("__index__", lambda: [1][Index()], False)


class Iter:
    def __iter__(self):
        return iter(self)


check("__iter__", lambda: iter(Iter()), False)


class Len:
    def __len__(self):
        return len(self)


check("__len__", lambda: len(Len()), False)


class Bool:
    def __bool__(self):
        return bool(self)


check("__bool__", lambda: bool(Bool()), False)


class Get:
    def __get__(self, o, t):
        return o.x


class HasGet:
    x = Get()


check("__get__", lambda: HasGet().x, False)


class Meta(type):
    def __instancecheck__(cls, o):
        return isinstance(o, cls)

    def __subclasscheck__(cls, o):
        return issubclass(o, cls)


class WithMeta(metaclass=Meta):
    pass


check("__instancecheck__", lambda: isinstance(1, WithMeta), False)
check("__subclasscheck__", lambda: issubclass(int, WithMeta), False)


class Init:
    def __init__(self):
        Init()


check("__init__", lambda: Init(), False)


class New:
    def __new__(cls):
        return New()


check("__new__", lambda: New(), False)

# Nested containers.
N = 1200
for kind, make, leaf in [
    ("list", lambda x: [x], []),
    ("tuple", lambda x: (x,), ()),
    ("dict", lambda x: {1: x}, {}),
]:
    a = nest(make, N, leaf)
    b = nest(make, N, leaf)
    check(kind + " repr", lambda: len(repr(a)))
    check(kind + " str", lambda: len(str(a)))
    check(kind + " ==", lambda: a == b)
    check(kind + " <", lambda: a < b if kind != "dict" else a == b)
    check(kind + " in", lambda: a in [b])
    check(kind + " deepcopy", lambda: copy.deepcopy(a) is not None, False)
    del a, b

a = nest(lambda x: [x], N, [])
b = nest(lambda x: [x], N, [])
check("sorted", lambda: sorted([a, b]))
check("list.index", lambda: [a].index(b))
del a, b
s = nest(lambda x: frozenset([x]), N, frozenset())
check("frozenset hash", lambda: hash(s) is not None)
check("frozenset repr", lambda: len(repr(s)))
del s
check("tuple hash", lambda: hash(nest(lambda x: (x,), 1200, ())) is not None)
check("isinstance", lambda: isinstance(1, nest(lambda x: (x,), N, int)))
check("issubclass", lambda: issubclass(int, nest(lambda x: (x,), N, int)))
check("isinstance shallow", lambda: isinstance(1, nest(lambda x: (x,), 100, int)))

# Self-references still print as [...] and {...}.
l = [1]
l.append(l)
d = {}
d[1] = d
d[2] = [d, l]
print(repr(l), repr(d))
