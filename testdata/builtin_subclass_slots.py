# An empty __slots__ on a subclass of a built-in type removes the attribute dict.

class P(tuple):
    __slots__ = ()
p = P((1, 2))
try:
    p.x = 1
except AttributeError as e:
    print(e)
print(hasattr(p, "__dict__"), p)
class Q(P): pass
q = Q((3,))
q.y = 2
print(q.y, q.__dict__)
class L(list):
    __slots__ = ()
l = L([1])
try:
    l.z = 1
except AttributeError as e:
    print(e)
from collections import namedtuple
Pt = namedtuple("Pt", "x y")
pt = Pt(1, 2)
print(hasattr(pt, "__dict__"))
try:
    pt.z = 3
except AttributeError as e:
    print(e)
