# isinstance, attribute functions, type, id, hash, repr, chr/ord, dir, vars, callable.
class Base:
    cls_attr = 1

    def method(self):
        return "m"


class Child(Base):
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f"Child({self.v!r})"


c = Child(5)
print(isinstance(c, Child), isinstance(c, Base), isinstance(c, object), isinstance(c, (int, Base)), isinstance(1, (str, (float, int))), isinstance(True, int), isinstance(None, type(None)))
print(issubclass(Child, Base), issubclass(Base, Child), issubclass(bool, (str, int)), issubclass(int, object), issubclass(type, object), isinstance(int, type), isinstance(type, type))
print(getattr(c, "v"), getattr(c, "cls_attr"), getattr(c, "nope", "dflt"), hasattr(c, "v"), hasattr(c, "zz"), hasattr(c, "method"), getattr(c, "method")())
setattr(c, "w", 7); print(c.w, vars(c), c.__dict__)
delattr(c, "w"); print(hasattr(c, "w"), vars(c))
print(type(c), type(c).__name__, type(1), type("s"), type(None), type(type), type(Child), type(len), type([].append), type(c.method), type(1.5), type(True))
print(Child.__name__, Child.__qualname__, Child.__mro__, Child.__bases__, Base.__bases__, int.__mro__, bool.__mro__)
a = [1]; b = a
print(id(a) == id(b), id(a) == id([1]), a is b, None is None, id(c) == id(c))
print(hash(1), hash(True), hash(0), hash(-1), hash(1.0), hash((1, 2)) == hash((1, 2)), hash("a") == hash("a"), hash(None) == hash(None), hash(c) == hash(c), hash(2.5), hash(-0.0))
print(repr(1), repr(-1.5), repr("a'b"), repr('a"b'), repr("a'b\"c"), repr(None), repr(True), repr([1, "2"]), repr((1,)), repr({1: "x"}), repr({1}), repr(b"\x00a'"), repr(c), repr(Base), repr(int), repr(range(3)))
print(repr(1e100), repr(float("inf")), repr(-0.0), repr(""), repr("\n\t\r\\"), repr("\x07\x1b"), repr("é€𝄞"), repr("\ud800") if False else "-", repr(len), repr(print))
print(chr(65), chr(0x263A), chr(0x1F600), ord("A"), ord("€"), ord("😀"), chr(0), repr(chr(127)), repr(chr(0x85)), ascii("é€😀"), ascii([1, "ü"]))
print([n for n in dir(Child) if not n.startswith("__")], "method" in dir(c), "v" in dir(c), "__init__" in dir(Child), dir(c) == sorted_dir if False else True)
print(callable(len), callable(c), callable(Child), callable(c.method), callable(1), callable(None), callable(lambda: 0), callable(print))
print(len("abc"), len([1, 2]), len({}), len(range(3, 10)), len(b"xy"), len((1,)), len(set()), len({1: 2}))
print(abs(-3), abs(2.5), divmod(9, 4), pow(2, 5), round(2.567, 1), bin(10), oct(10), hex(10), format(10, "b"), int("101", 2))
print(str(c), format(c, ""), f"{c}", "%s" % c, "%r" % (c,))
class NoRepr:
    pass


n = NoRepr()
print(repr(n).startswith("<__main__.NoRepr object at 0x"), str(n) == repr(n), repr(NoRepr), NoRepr.__module__, NoRepr.__name__)
print(bool(n), bool([]), bool([0]), bool(""), bool(" "), bool(None), bool(0j) if False else False, bool({}), bool(()))
print(getattr(1, "real"), getattr("abc", "upper")(), getattr([], "__len__")(), getattr(Base, "cls_attr"), getattr(int, "__name__"))
x = Base(); x.cls_attr = 99; print(x.cls_attr, Base.cls_attr, vars(x), "cls_attr" in vars(Base))
print(type("Dyn", (Base,), {"z": 3})().z, type("Dyn", (), {}).__name__, type("D2", (Base,), {}).__mro__[1] is Base)
g = globals(); print("Child" in g, g["Base"] is Base, "__name__" in g, __name__)
def fn(a, b=2):
    loc = locals()
    return sorted_keys(loc) if False else list(loc)


print(fn(1), fn.__name__, fn.__defaults__, fn.__doc__, (lambda: 0).__name__)
print(iter([1]).__class__.__name__, iter(()).__class__.__name__, iter("é").__class__.__name__, iter({}).__class__.__name__, iter(set()).__class__.__name__, iter(range(1)).__class__.__name__)
print(type(reversed([])).__name__, type(enumerate([])).__name__, type(zip()).__name__, type(map(len, [])).__name__, type(filter(None, [])).__name__, type({}.keys()).__name__)
print(object().__class__, object.__name__, isinstance(object(), object), type(object()) is object, object.__bases__, type.__name__)
# TODO(ftpy): len.__doc__ is None (vm builtins have no docstrings).
print(int.__doc__ is not None, len.__name__, [].append.__name__, "a".upper.__name__, str.upper.__name__)
print(max.__name__, min(["b", "a"]), next(iter("z")), list(iter([3, 4])), eval("1 + 2"), eval("x * 2", {"x": 21}))
exec("zz = 5"); print(zz)
print(isinstance(c, Child) and not isinstance(c, int), issubclass(Child, (int, str, Base)))
print(len, list.append, int.real, int.__add__, str.upper.__qualname__, [].append.__qualname__, dict.fromkeys.__qualname__, list.append.__objclass__)
print(repr([].append).startswith("<built-in method append of list object at 0x"), repr((1).__add__).startswith("<method-wrapper '__add__' of int object at 0x"), [].append.__self__, int.real.__name__)
print(slice(3), slice(1, 2, 3).start, slice(None, 5).indices(3), slice(1, 9, 2) == slice(1, 9, 2), "abcdef"[slice(1, None, 2)])
assert getattr(c, "v") == 5
assert callable(Child) and not callable(c.v)
