# collections: defaultdict, OrderedDict and Counter.
import collections
from collections import defaultdict, OrderedDict, Counter
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

# OrderedDict
o = OrderedDict()
print(o, repr(OrderedDict()))
o['x'] = 1
o['y'] = 2
o['z'] = 3
print(o, list(o), list(o.keys()), list(o.values()))
o.move_to_end('x')
print(o)
o.move_to_end('x', last=False)
print(o)
o.move_to_end('z', False)
print(list(o.items()))
print(o.popitem(), o.popitem(last=False), o)
o = OrderedDict([('a', 1), ('b', 2)])
p = OrderedDict([('b', 2), ('a', 1)])
print(o == p, o != p, o == dict(p), dict(p) == o, o == {'a': 1, 'b': 2})
print(o == OrderedDict(a=1, b=2), o != OrderedDict(a=1, b=2))
print(type(o).__name__, type(o).__module__, isinstance(o, dict))
q = o.copy()
q['c'] = 3
print(q, o, type(q).__name__)
print(OrderedDict.fromkeys('abc'), OrderedDict.fromkeys('ab', 0))
print(o | {'z': 0}, {'z': 0} | o)
o |= {'w': 9}
print(o)
print(list(reversed(o)))
o.update([('a', 10)], k=5)
print(o, o.pop('k'), o.setdefault('n', 1), o)
del o['n']
print(o)
r = OrderedDict()
r['k'] = r
print(len(r))
print(r, r.keys(), r.values())
v = OrderedDict(a=1, b=2)
k = v.keys()
print(k, v.values(), v.items(), type(k).__name__, type(v.items()).__name__, type(v.values()).__name__)
print(sorted(k & {'a'}), sorted(k | {'c'}), sorted(k - {'a'}), sorted(k ^ {'a', 'z'}), sorted({'b'} & k))
print(k == {'a', 'b'}, k == ['a', 'b'], k != {'a'}, k <= {'a', 'b', 'c'}, k < {'a', 'b'}, k.isdisjoint({'q'}))
print(v.items() & {('a', 1)}, ('a', 1) in v.items(), 1 in v.values(), 'a' in k, 'z' in k, len(k), len(v.values()))
print(list(reversed(k)), list(reversed(v.values())), list(reversed(v.items())), k.mapping == v, k.mapping['a'])
v['c'] = 3
print(list(k), list(iter(v.items())))
try:
    hash(k)
except TypeError as e:
    print('TypeError', e)
dr = defaultdict(list)
dr['x'] = dr
print(dr)

# Counter
c = Counter('abracadabra')
print(c)
print(c['a'], c['z'], 'z' in c, len(c))
print(c.most_common(), c.most_common(2), c.most_common(0))
print(sorted(c.elements()), c.total())
print(Counter({'x': 3, 'y': 1}), Counter(x=2, y=5), Counter(), Counter(None))
print(Counter(['a', 'b', 'a'], b=4))
c.update('aaz')
print(c)
c.update({'z': 10})
print(c)
c.update(q=1)
print(c)
c.subtract('aaaa')
print(c)
c.subtract({'q': 3}, z=20)
print(c)
del c['not-there']
del c['d']
print(c)
a = Counter(a=3, b=1, c=0, d=-2)
b = Counter(a=1, b=2, e=4)
print(a + b)
print(a - b)
print(a | b)
print(a & b)
print(+a, -a)
x = Counter(a=3, b=1)
x += Counter(b=-1, c=2)
print(x)
x -= Counter(a=1)
print(x)
x |= Counter(a=5, z=1)
print(x)
x &= Counter(a=2, c=7)
print(x)
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) != Counter(a=2))
print(Counter(a=1) <= Counter(a=2), Counter(a=1) < Counter(a=1), Counter(a=3) >= Counter(a=2), Counter(a=3) > Counter(a=3))
print(Counter(a=1) == {'a': 1}, Counter(a=1).__eq__({'a': 1}))
cc = Counter('hello')
k = cc.copy()
k['h'] = 100
print(cc, k, type(k).__name__)
print(type(cc).__name__, type(cc).__module__, isinstance(cc, dict))
print(Counter({'a': 1.5, 'b': 2.5}), Counter({'a': 1, 'b': 'x'}) if False else '')
print(list(Counter('aab').elements()))
print(Counter('zyzx').most_common())
print(sorted(Counter('mississippi').items()))
class MyCounter(Counter):
    pass
mc = MyCounter('aa')
print(mc, type(mc + mc).__name__, type(mc.copy()).__name__)
print(collections.Counter is Counter, collections.deque(Counter('ab')))
