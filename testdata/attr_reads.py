# obj.attr at one site over instances whose dicts, classes and class
# attributes change (ftpy caches, per site, the class and where the
# attribute sits in instance dicts): every read must see what a fresh
# lookup would.


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def read_x(objs):
    out = []
    for o in objs:
        try:
            out.append(o.x)
        except AttributeError as e:
            out.append("AttributeError: %s" % e)
    return out


a, b = P(1, 2), P(3, 4)
print(read_x([a, b]))

c = P(5, 6)
del c.x                            # gone from this instance only
c.z = 0
c.x = 7                            # back, at another index of its dict
print(read_x([a, c, b]))
del c.x
print(read_x([c]))


class Q:
    pass


q = Q()
q.y = 1
q.x = "q"                          # another class, x at index 1
print(read_x([q, a]))

P.x = property(lambda self: "property wins")     # a data descriptor
print(read_x([a, b]))
del P.x
print(read_x([a, b]))

P.x = "class attribute"             # the instance dict still wins
print(read_x([a, P.__new__(P)]))
del P.x

a.__dict__ = {"x": "new dict"}
print(read_x([a, b]))


class WithGetattr:
    def __init__(self):
        self.x = "real"

    def __getattr__(self, name):
        return "missing " + name


w = WithGetattr()
print(read_x([w]), w.nothere)
del w.x
print(read_x([w]))


class Slots:
    __slots__ = ("x",)

    def __init__(self):
        self.x = "slot"


print(read_x([Slots(), b]))

total = 0
for i in range(1000):
    total += b.x
print(total)

for bad in (5, [("x", 1)]):
    try:
        b.__dict__ = bad
    except TypeError as e:
        print("TypeError:", e)
del b.__dict__
print(b.__dict__, read_x([b]))
b.x = "again"
print(read_x([b]), b.__dict__)
