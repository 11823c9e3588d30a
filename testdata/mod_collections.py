# collections: defaultdict.
import collections
from collections import defaultdict
import copy

# defaultdict
d = defaultdict(list)
d['a'].append(1)
d['a'].append(2)
d['b'].append(3)
print(d)
print(d.default_factory, type(d), type(d).__name__, type(d).__module__)
print(isinstance(d, dict), issubclass(defaultdict, dict))
print(repr(defaultdict()), repr(defaultdict(None, {1: 2})))
n = defaultdict(int, {'x': 1}, y=2)
n['z'] += 5
print(n, n['missing'], len(n))
print('q' in n, n.get('q'), len(n))
c = n.copy()
print(type(c).__name__, c, c.default_factory, c is n)
c2 = copy.copy(n)
print(type(c2).__name__, c2 == n)
n.default_factory = lambda: 'dflt'
print(n['new'])
n.default_factory = None
try:
    n['nokey']
except KeyError as e:
    print('KeyError', e)
s = defaultdict(set)
s[1].add(2)
print(s | {3: 4}, {5: 6} | s)
print(type(s | {3: 4}).__name__, type({5: 6} | s).__name__)
dd = defaultdict(lambda: defaultdict(int))
dd['a']['b'] += 1
print(dd['a'])
class MyDD(defaultdict):
    pass
m = MyDD(int)
m[0] += 1
print(m, type(m.copy()).__name__)
