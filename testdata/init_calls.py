# Creating instances: C(args) enters a Python __init__ directly (ftpy
# runs it inline). Every case CPython distinguishes must come out the
# same: results, errors, and when instances are freed.


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __del__(self):
        print("del Point", self.x, self.y)


p = Point(1, 2)
print(p.x, p.y)
Point(3, 4)          # dropped at once
del p


class ReturnsValue:
    def __init__(self):
        return 42


try:
    ReturnsValue()
except TypeError as e:
    print("TypeError:", e)


import weakref
refs = []


class Raises:
    def __init__(self, v):
        refs.append(weakref.ref(self))
        raise ValueError("bad %d" % v)


try:
    Raises(7)
except ValueError as e:
    print("ValueError:", e)
print("alive after the handler:", refs[0]() is not None)


class Defaults:
    def __init__(self, a, b=2, *rest, c=3, **kw):
        self.t = (a, b, rest, c, kw)


print(Defaults(1).t, Defaults(1, 5, 6, c=7, d=8).t)


class Strict:
    def __init__(self, x):
        self.x = x


for args in [(), (1, 2)]:
    try:
        Strict(*args)
    except TypeError as e:
        print("TypeError:", e)
print(Strict(x=9).x)


class Rebinds:
    def __init__(self, v):
        self.v = v
        self = None


print(Rebinds(5).v)


class WithNew:
    def __new__(cls, v):
        print("new", v)
        return super().__new__(cls)

    def __init__(self, v):
        self.v = v


print(WithNew(3).v)


class MyList(list):
    def __init__(self, n):
        super().__init__(range(n))


print(MyList(3))


class Swapped:
    def __init__(self, v):
        self.v = v


def make_init(k):
    def __init__(self, v):
        self.v = v * k
    return __init__


Swapped.__init__ = make_init(10)
print(Swapped(2).v)
Swapped.__init__ = make_init(100)
print(Swapped(2).v)


class Recursive:
    def __init__(self, n):
        self.child = Recursive(n - 1) if n else None


r = Recursive(50)
depth = 0
while r.child is not None:
    r, depth = r.child, depth + 1
print("depth", depth)
try:
    Recursive(100000)
except RecursionError as e:
    print("RecursionError")


class Gen:
    def __init__(self):
        yield 1


try:
    Gen()
except TypeError as e:
    print("TypeError:", e)


class Counter:
    count = 0

    def __init__(self):
        Counter.count += 1


for _ in range(1000):
    Counter()
print(Counter.count)
