from collections import namedtuple
P = namedtuple('Point', 'x y')
Q = namedtuple('Q', ['a', 'b', 'c'], defaults=[2, 3])
for s in ["P()", "P(1)", "P(1,2,3)", "P(1, z=2)", "P(1, x=2)", "P._make([1])", "P(1,2)._replace(z=1)", "P(1,2).__setattr__('x', 3)", "Q()", "namedtuple('1a','x')", "namedtuple('A','x for')", "namedtuple('A','x _y')", "namedtuple('A','x x')", "namedtuple('A',['x',1])", "namedtuple('A','x', defaults=[1,2])", "P(1,2).z", "setattr(P(1,2), 'x', 5)", "Q(1, 2, 3, 4)", "Q(1,2,3,d=4,e=5)", "P(1,2,x=1,y=2)"]:
    try:
        eval(s); print("noerr", s)
    except Exception as e:
        print(s, '=>', type(e).__name__, e)
print(P.x, P.x.__doc__, P.__doc__, Q._field_defaults, P.__module__, P.__qualname__, P.__bases__, P.__match_args__, type(P.x))
print(namedtuple('R', 'a def _x a', rename=True)._fields)
p = P(1, y=2); print(p, p.x, p.y, p[0], len(p), p == (1, 2), p._asdict(), p._replace(x=5), P._make([3, 4]), P._fields, isinstance(p, tuple))
print(Q(1), Q(1, 5), Q(a=0, c=9), repr(P), hash(p) == hash((1, 2)), tuple(p), list(p), p + (3,))
x, y = p; print(x, y, P.__new__.__doc__ if False else '')
class Sub(P):
    def norm(self): return self.x + self.y
print(Sub(3, 4).norm(), Sub(3, 4))
R = namedtuple('R', 'a, b', module='mymod'); print(R.__module__, R(1, 2))
print(namedtuple('E', '')(), namedtuple('E2', [])._fields)
