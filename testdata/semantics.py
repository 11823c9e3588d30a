# Trickier semantics.
def make_adders():
    return [lambda x, n=n: x + n for n in range(3)]
print([f(10) for f in make_adders()])

x = 1
def read_global():
    return x
def shadow():
    x = 2
    def inner():
        return x
    return inner()
print(read_global(), shadow())

class C:
    x = 5
    y = [x * i for i in range(3)] if False else None
    def m(self):
        return __class__.__name__
print(C().m(), C.y)

def kwonly(*, a, b=2):
    return a + b
print(kwonly(a=1), kwonly(b=5, a=1))
def posonly(a, b, /, c):
    return a, b, c
print(posonly(1, 2, c=3))

class Ctx:
    def __init__(self, name): self.name = name
    def __enter__(self):
        print("enter", self.name); return self
    def __exit__(self, *exc):
        print("exit", self.name, exc[0].__name__ if exc[0] else None); return False
try:
    with Ctx("a") as a, Ctx("b") as b:
        print("body", a.name, b.name)
        raise RuntimeError("inside")
except RuntimeError as e:
    print("after", e)

def gen_with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
for v in gen_with_finally():
    print("v", v)
    break

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
g = fib()
print([next(g) for _ in range(10)])

class Stack(list if False else object):
    def __init__(self): self.items = []
    def push(self, x): self.items.append(x); return self
    def __bool__(self): return bool(self.items)
s = Stack().push(1).push(2)
print(bool(s), s.items, bool(Stack()))

e = None
try:
    try:
        raise ValueError("inner")
    except ValueError:
        raise TypeError("outer")
except TypeError as exc:
    e = exc
print(type(e.__context__).__name__, e.__context__)

vals = {1: "a", 2: "b"}
print({v: k for k, v in vals.items()}, dict(zip("xy", [1, 2])), dict.fromkeys("ab", 0))
print(sorted([("b", 2), ("a", 2), ("c", 1)], key=lambda p: (p[1], p[0])))
print(isinstance(1, (str, int)), issubclass(bool, int), callable(len), hasattr(C, "x"))
print(getattr(C, "nope", "default"), [*range(3), *"ab"], {**{"a": 1}, "b": 2})
big = 2 ** 100
print(big, big // 3, big % 7, -big, big * big > big, str(big)[:10], len(str(big)))
print(10 ** 20 / 3, 7.0 // 2, 7 % -3, -7 % 3, 1e308 * 10, -0.0, 0.1 + 0.2)
print(int(3.99), int(-3.99), float(7), round(-2.5), round(0.125, 2), 3 == 3.0, hash(3) == hash(3.0))
assert_failed = False
try:
    assert 1 > 2, "math is broken"
except AssertionError as err:
    assert_failed = str(err)
print(assert_failed)
del vals[1]
print(vals, len(vals))
i = 0
while i < 10:
    i += 1
    if i % 3: continue
    if i > 7: break
else:
    print("no break")
print("i =", i)
def f():
    y = [1, 2]
    z = y[0] + (y := [5])[0]
    return z, y
def g():
    a = object()
    return a is a, a == a, [a][0] is a
def h(n):
    total = 0.0
    for i in range(n):
        x = i * 0.5
        total = total + x * x - x / 2
    return total
class V:
    def __init__(self, v): self.v = v
    def __add__(self, o): return V(self.v + o.v)
    def __lt__(self, o): return self.v < o.v
def k():
    a, b = V(1), V(2)
    c = a + b
    a = None
    return c.v, b < c, c.v > 2, (lambda q: q.v)(c)
def m():
    s = "abc"
    d = {"k": 1}
    return s[1], d["k"], s.upper(), d.get("k")
print(f(), g(), h(1000), k(), m())
class Node:
    def __init__(self, v, nxt=None):
        self.v, self.nxt = v, nxt
    def walk(self):
        n = self
        while n:
            yield n.v
            n = n.nxt
    def keep(self, other):
        self.other = other
        return other
def build():
    a = Node(1)
    b = Node(2, a)
    r = b.keep(a)
    a = None
    return list(b.walk()), r.v, b.other.v
def closure_args(x, y):
    def inner():
        return x + y
    return inner
def gen_args(p):
    yield p
    yield p
def run():
    f = closure_args(1, 2)
    s = "str"
    g = gen_args(s)
    s = None
    return f(), list(g)
print(build(), run())
