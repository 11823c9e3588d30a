def deco(tag):
    def wrap(fn):
        def inner(*a, **k):
            return f"{tag}:{fn(*a, **k)}"
        inner.__name__ = fn.__name__
        return inner
    return wrap

@deco("x")
def hello(name, punct="!"):
    return "hello " + name + punct
print(hello("bob"), hello("amy", punct="?"), hello.__name__)

def counter():
    n = 0
    def bump(k=1):
        nonlocal n
        n += k
        return n
    return bump
c = counter(); c(); c(5); print(c())

def f():
    try:
        return "try"
    finally:
        return "finally"
print(f())

def g():
    x = yield 1
    print("got", x)
    try:
        yield 2
    except ValueError as e:
        print("caught", e)
        yield 3
    return "done"
gen = g()
print(next(gen), gen.send("sent"), gen.throw(ValueError("boom")))
try:
    next(gen)
except StopIteration as e:
    print("stop", e.value)

def sub():
    yield 1
    yield 2
    return "ret"
def outer():
    r = yield from sub()
    yield r
print(list(outer()))

class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["added"] = kw.get("flag", "none")
        return super().__new__(mcls, name, bases, ns)
class WithMeta(metaclass=Meta, flag="yes"):
    pass
print(WithMeta.added, type(WithMeta).__name__)

class Base:
    registry = []
    def __init_subclass__(cls, **kw):
        super().__init_subclass__()
        Base.registry.append(cls.__name__)
class A(Base): pass
class B(A): pass
print(Base.registry)

class Named:
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, typ=None):
        return "descr:" + self.name
class H:
    attr = Named()
print(H().attr, H.attr)

class Lazy:
    def __getattr__(self, name):
        return name.upper()
print(Lazy().foo)

class Seq:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq())

fns = [lambda i=i: i for i in range(3)]
print([fn() for fn in fns])
print([y for x in range(5) if (y := x * x) > 4])
w = 10; p = 3
print(f"{w:>{p+2}}|{w!r:^6}|{'nested ' + f'{w*2}'}")
print(sorted({"b": 2, "a": 1}.items(), key=lambda kv: kv[1], reverse=True))
print(*[1, 2], sep="-", end="!\n")
a, (b, c), *d = 1, (2, 3), 4, 5
print(a, b, c, d)
print(1 < 2 < 3 > 2, 1 < 3 < 2)
x = [1, 2, 3, 4, 5, 6]
x[1:5:2] = ["a", "b"]
del x[::3]
print(x)
print({1, 2} | {3}, {1, 2} & {2}, divmod(-7, 2), -7 // 2, -7 % 2, 2 ** -1, 10 / 4)
print(max([3, 1, 2], key=lambda v: -v), min("bca"), sum([0.1] * 10))
s = "Hello, World"
print(s[::-1], s.split(", "), s.lower().count("l"), "%s=%d" % ("k", 5))
class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
    def __repr__(self): return f"P({self.x}, {self.y})"
    def __eq__(self, o): return (self.x, self.y) == (o.x, o.y)
    def __hash__(self): return hash((self.x, self.y))
print({P(1, 2), P(1, 2)}, P(1, 2) == P(1, 2))
try:
    raise KeyError("k") from None
except KeyError as e:
    print(repr(e), e.__cause__, e.__suppress_context__)
import sys
print(type(sys.maxsize), isinstance(True, int), bool([]), bool([0]))
