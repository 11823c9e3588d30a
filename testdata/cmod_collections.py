# _collections, CPython's C module under collections: used directly.
import _collections
from _collections import deque, defaultdict, _count_elements, _tuplegetter

print(sorted(n for n in dir(_collections) if not n.startswith('__') and n != 'OrderedDict'))
print(deque.__module__, defaultdict.__module__, _tuplegetter.__module__)
print(_collections._deque_iterator.__module__, _collections._deque_reverse_iterator.__name__)

# deque basics
d = deque([1, 2, 3])
d.append(4); d.appendleft(0)
print(d, len(d), d[0], d[-1], 3 in d, 9 in d)
print(d.pop(), d.popleft(), d)
d.extend([5, 6]); d.extendleft([-1, -2])
print(d)
d.rotate(2); print(d)
d.rotate(-3); print(d)
d.rotate(); print(d)
d.reverse(); print(d)
print(d.count(1), d.index(2), d.index(2, 1), d.index(1, -4))
d.remove(5); print(d)
d.insert(1, 'x'); d.insert(-1, 'y'); d.insert(100, 'z'); d.insert(-100, 'a'); print(d)
d[1] = 'b'; del d[2]; print(d)
d.clear(); print(d, bool(d))

# maxlen
m = deque(range(5), maxlen=3)
print(m, m.maxlen, deque().maxlen)
m.append(9); print(m)
m.appendleft(8); print(m)
m.extend(range(10, 15)); print(m)
z = deque([1, 2], maxlen=0); z.append(1); print(z)
print(repr(deque(maxlen=2)))

# reversed, iterators
r = reversed(deque('abc'))
print(type(r).__name__, r.__length_hint__(), list(r), r.__length_hint__())
it = iter(deque('abc'))
next(it)
print(it.__length_hint__(), list(it))
it = iter(deque('abcd')); next(it)
t, args = it.__reduce__()
print(t.__name__, args)
print(list(t(*args)), list(_collections._deque_reverse_iterator(deque('abc'), 1)))
dd = deque([1, 2, 3])
it = iter(dd)
next(it)
dd.append(4)
try:
    next(it)
except RuntimeError as e:
    print('RuntimeError', e)
dd = deque([1, 2, 3]); it = iter(dd); next(it); dd[0] = 9; print(list(it))

# copy, reduce, arithmetic
c = deque([1, [2]], maxlen=5)
c2 = c.copy(); c3 = c.__copy__()
print(c2, c3, c2 is c, c2[1] is c[1])
print(deque([1]).__reduce__()[:3], c.__reduce__()[:3], list(c.__reduce__()[3]))
print(deque([1, 2]) + deque([3]), deque([1, 2], maxlen=3) + deque([3, 4]))
print(deque([1, 2]) * 3, 2 * deque('ab'), deque('ab') * 0, deque([1, 2, 3], maxlen=4) * 2)
x = deque([1, 2]); y = x; x *= 2; print(x, y is x)
x += [7]; print(x, y is x)
print(deque([1, 2]) == deque([1, 2]), deque([1]) < deque([2]), deque([1]) == [1])
print(deque[int], deque.__class_getitem__(str))

class D(deque):
    pass
s = D([1, 2], 4)
s.attr = 1
print(repr(s), type(s.copy()).__name__, s.copy().maxlen, s.__reduce__()[:3])
print(type(s + D([3])).__name__)

# recursive repr
rr = deque(); rr.append(rr); print(rr)

# defaultdict
dd = defaultdict(list)
dd['a'].append(1)
print(dd, dd['b'], len(dd), dd.default_factory)
print(defaultdict(), defaultdict(None, {1: 2}), defaultdict(int, a=1))
try:
    defaultdict()['k']
except KeyError as e:
    print('KeyError', e)
c = dd.copy(); print(type(c).__name__, c, c.default_factory is list)
import copy
print(copy.copy(dd), dd.__copy__())
print(dd | {'z': 1}, {'z': 1} | dd, type({'z': 1} | dd).__name__)
dd |= {'q': 2}; print(dd)
r = dd.__reduce__(); print(r[0].__name__, r[1], r[2], r[3], list(r[4]))
print(defaultdict(None).__reduce__()[1])
class DD(defaultdict):
    pass
print(DD(int, {1: 2}), isinstance(DD(), dict))

# _count_elements
cnt = {}
_count_elements(cnt, 'abracadabra'); print(sorted(cnt.items()))
class M(dict):
    def __setitem__(self, k, v):
        print('set', k, v); super().__setitem__(k, v)
_count_elements(M(), 'aab')

# _tuplegetter
g = _tuplegetter(1, 'second')
class P(tuple):
    x = g
p = P((10, 20))
print(p.x, P.x is g, g.__doc__, g.__reduce__())
g.__doc__ = 'changed'; print(g.__doc__)
print(_tuplegetter(0, None).__doc__)
print(repr(__import__("_collections")._tuplegetter(1,"a")))


class Cnt(dict):
    def __missing__(self, key):
        return 0


c = Cnt()
_count_elements(c, ['a', 'b', 'a', 1, 1.0, True])
print(c)


class G(dict):
    def get(self, k, default=None):
        print('get', k)
        return dict.get(self, k, default)


g = G()
_count_elements(g, 'xyx')
print(g)

# edge cases: self-extension, huge rotations, argument errors, mutation while comparing
d = deque([1, 2, 3]); d.extend(d); print(d)
d = deque([1, 2, 3]); d += d; print(d)
d = deque([1, 2, 3]); d.extendleft(d); print(d)
d = deque([1, 2, 3], maxlen=4); d.extendleft([7, 8, 9]); print(d)
d = deque(range(10)); d.rotate(10**15); print(d); d.rotate(-3); print(d)
print(deque([1, 2, 3]).index(2, 2, 1) if False else '', end='')
for f in [lambda: deque(maxlen='a'), lambda: deque(maxlen=2.0), lambda: deque([1]).index(1, 'a'), lambda: deque(1), lambda: deque([1,2,3]).index(3, 0, 2),
          lambda: deque([1], maxlen=2**70), lambda: deque([1, 2]) < deque([1, 3]), lambda: deque([1]) == deque([1.0]), lambda: deque('ab') * -1,
          lambda: deque.__init__(deque([1, 2]), [3]), lambda: (lambda x: (x.__init__([9], 1), x))(deque([1, 2]))[1], lambda: deque([1, 2, 3])[-4],
          lambda: deque([[1]]).count([1]), lambda: len(deque(range(100000), maxlen=5)), lambda: deque([1]) + deque([2], maxlen=1),
          lambda: deque([3,1,2]).__copy__(), lambda: list(reversed(deque(range(5)))), lambda: deque([1, 2]).__bool__ if False else bool(deque())]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
d = deque([1, 2, 3])
class E:
    def __eq__(self, o):
        d.clear(); return False
d.append(E())
try:
    print(d.count(5))
except Exception as e:
    print(type(e).__name__, e)
d = deque([E(), 1])
try:
    print(d.index(1))
except Exception as e:
    print(type(e).__name__, e)
class E:
    def __eq__(self, o):
        d.append(1); return False
for op in ['count', 'index', 'remove', 'contains']:
    d = deque([E(), 5])
    try:
        print(op, d.count(5) if op == 'count' else d.index(5) if op == 'index' else d.remove(5) if op == 'remove' else (5 in d), len(d))
    except Exception as e:
        print(op, type(e).__name__, e)
print(deque([1, 2, 3]).index(3, -2**70, 2**70), deque([1, 2, 3]).index(1, -10))
