# _collections.defaultdict, written in Go as CPython writes it in C: its
# methods, repr (recursive factories), |, copy and pickling, subclasses,
# dict.__new__(defaultdict), and the Lib's collections over it.
from collections import defaultdict, Counter, OrderedDict, namedtuple, deque
import pickle, copy
d = defaultdict(list)
d['a'].append(1)
print(d, d['b'], repr(d), type(d).__module__, defaultdict.__mro__)
print(d.default_factory, defaultdict().default_factory, defaultdict(None, a=1))
print(d == {'a': [1], 'b': []}, isinstance(d, dict), hasattr(d, '__dict__'))
try:
    defaultdict()[1]
except KeyError as e:
    print('KeyError', e.args)
try:
    defaultdict()[(1, 2)]
except KeyError as e:
    print('KeyError', e.args)
try:
    defaultdict(3)
except TypeError as e:
    print('TypeError', e)
c = d.copy(); print(type(c).__name__, c, c is not d, c['a'] is d['a'])
print(copy.copy(d), copy.deepcopy(d))
r = d.__reduce__(); print(r[0], r[1], r[2], r[3], list(r[4]))
p = pickle.loads(pickle.dumps(d)); print(p, p.default_factory)
print(pickle.loads(pickle.dumps(defaultdict(None, {1: 2}))))
print(d | {'z': 1}, {'z': 1} | d, type({'z': 1} | d).__name__)
x = defaultdict(int, a=1); x |= {'b': 2}; print(x, type(x).__name__)
print(d.__or__(1), d.__ror__([]))
class S(defaultdict):
    pass
s = S(int); s.attr = 5; s['q'] += 1
print(s, s.__dict__, type(s.copy()).__name__)
class sub(defaultdict):
    def __init__(self):
        self.default_factory = self._factory
    def _factory(self):
        return []
print(repr(sub())[:30].split(' ')[0])
dd = defaultdict(); dd.default_factory = dd.copy
print(repr(dd).startswith('defaultdict(<built-in method copy of defaultdict object at'))
del d.default_factory; print(d.default_factory, d)
print(dict.__new__(defaultdict), defaultdict.__new__(defaultdict))
print(defaultdict[int, str])
z = defaultdict(lambda: 'v'); print(z.get('k'), 'k' in z, z['k'], len(z))
print(sorted(k for k in defaultdict.__dict__ if not k.startswith('__') or k in ('__missing__', '__copy__', '__reduce__')))
def f(): return 1
m = defaultdict(f, {'a': 2}); print(m['a'], m['b'], dict(m), m.default_factory is f)
match defaultdict(int, k=1):
    case {'k': v}: print('matched', v)
print(Counter('hello').most_common(2), OrderedDict(a=1), namedtuple('P', 'x y')(1, 2), deque([1, 2], maxlen=1))
import gc; gc.collect()
a = defaultdict(); a.default_factory = lambda: a; a['self']; del a; print(gc.collect() >= 0)
