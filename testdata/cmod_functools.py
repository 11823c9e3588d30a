# _functools, CPython's C module under functools.py: used directly.
import _functools
from _functools import partial, reduce, cmp_to_key, _lru_cache_wrapper
from collections import namedtuple

print(sorted(n for n in dir(_functools) if not n.startswith('__')))
print(partial.__module__, _lru_cache_wrapper.__module__, reduce.__module__)


def f(*args, **kw):
    return args, kw


# partial
p = partial(f, 1, x=2)
print(p(3, y=4), p(x=5), p.func is f, p.args, p.keywords)
print(repr(p).replace(hex(id(f)), 'ID'))
print(repr(partial(f)).replace(hex(id(f)), 'ID'))
pp = partial(p, 9, z=0)
print(pp.func is f, pp.args, pp.keywords, pp())
r = p.__reduce__()
print(r[0].__name__, r[1][0] is f, r[2][0] is f, r[2][1:])
q = partial(f)
q.__setstate__((f, (1, 2), {'k': 3}, {'attr': 4}))
print(q(), q.attr, q.__dict__)
q.__setstate__((f, (), None, None))
print(q(), q.keywords)
print(partial[int])


class Sub(partial):
    pass


s = Sub(f, 1)
print(repr(s).replace(hex(id(f)), 'ID'), type(partial(s, 2)).__name__, partial(s, 2).args, Sub(p, 2).args)
s.a = 1
print(partial(s, 2).args, s.__reduce__()[2][1:])
print(partial(f, a=1)(a=2))
rec = partial(f)
rec.__setstate__((f, (rec,), None, None))
print(repr(rec).replace(hex(id(f)), 'ID'))

# reduce
import operator
print(reduce(operator.add, [1, 2, 3]), reduce(operator.add, [], 7), reduce(operator.add, [1], 7))
print(reduce(lambda a, b: a + [b], 'abc', []))

# cmp_to_key
K = cmp_to_key(lambda a, b: (a > b) - (a < b))
print(sorted([3, 1, 2], key=K), type(K).__name__, type(K(1)).__name__, K(5).obj)
print(K(1) < K(2), K(1) == K(1), K(2) >= K(3))

# _lru_cache_wrapper
CacheInfo = namedtuple('CacheInfo', 'hits misses maxsize currsize')
calls = []


def sq(x, y=0):
    calls.append((x, y))
    return x * x + y


c = _lru_cache_wrapper(sq, 2, False, CacheInfo)
print(c(1), c(2), c(1), c(3), c(2), calls)
print(c.cache_info())
c.cache_clear()
print(c.cache_info())
print(c(1, y=1), c(1, y=1), c(y=1, x=1), c.cache_info())
t = _lru_cache_wrapper(sq, None, True, CacheInfo)
calls.clear()
print(t(1), t(1.0), t(1), calls, t.cache_info())
u = _lru_cache_wrapper(sq, 0, False, CacheInfo)
print(u(2), u(2), u.cache_info())
n = _lru_cache_wrapper(sq, -5, False, CacheInfo)
print(n.cache_info())
print(c.__copy__() is c, c.__deepcopy__({}) is c, c.__dict__)
c.__qualname__ = 'sq'
print(c.__reduce__())


class A:
    m = _lru_cache_wrapper(lambda self, x: (type(self).__name__, x), 8, False, CacheInfo)


print(A().m(3), A.m is A.__dict__['m'])
