# obj.attr = v at one site over instances whose dicts and classes change
# (ftpy caches, per site, the class and where the attribute sits in
# instance dicts): every store must do what a fresh lookup would.


class P:
    def __init__(self, x):
        self.x = x


def set_x(objs, v):
    for o in objs:
        try:
            o.x = v
        except AttributeError as e:
            print("AttributeError:", e)


a, b = P(1), P(2)
set_x([a, b], 10)
print(a.x, b.x)

c = P(3)
del c.x
c.y = 0
set_x([c], 20)                      # x re-added at another index
print(c.__dict__)

P.x = property(lambda self: "getter", lambda self, v: print("setter", v))
set_x([a], 30)                      # the data descriptor takes it
print(a.x, a.__dict__)
del P.x
set_x([a], 40)
print(a.x)


def logging_setattr(self, name, value):
    print("__setattr__", name, value)
    object.__setattr__(self, name, value)


P.__setattr__ = logging_setattr      # an override added later
set_x([a, b], 50)
del P.__setattr__
set_x([a, b], 60)
print(a.x, b.x)

a.__dict__ = {"x": "replaced"}
set_x([a], 70)
print(a.__dict__)


class Slots:
    __slots__ = ("x",)


class Frozen:
    __slots__ = ()


s = Slots()
set_x([s, Frozen(), b], 80)
print(s.x, b.x)

for i in range(1000):
    b.x = i
print(b.x)
