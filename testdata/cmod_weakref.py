# _weakref, CPython's C module under weakref.py: used directly.
import _weakref as w
import gc

print(sorted(n for n in dir(w) if not n.startswith('__')))
print(w.ref is w.ReferenceType, w.ProxyType.__name__, w.CallableProxyType.__module__, w.proxy.__module__)


class A:
    def __init__(self, v):
        self.v = v

    def __len__(self):
        return 3

    def __getitem__(self, i):
        return i * 2

    def __add__(self, other):
        return 'add ' + repr(other)

    def __radd__(self, other):
        return 'radd ' + repr(other)

    def __call__(self, *args):
        return ('called', args)

    def __iter__(self):
        return iter([1, 2])

    def __eq__(self, other):
        return isinstance(other, A) and other.v == self.v

    __hash__ = object.__hash__

    def __lt__(self, other):
        return self.v < other.v

    def __bool__(self):
        return False

    def __str__(self):
        return 'A-str'

    def __neg__(self):
        return -self.v

    def __index__(self):
        return self.v


class B:
    pass


a = A(5)
p = w.proxy(a)
print(type(p).__name__, type(w.proxy(B())).__name__, w.proxy(a) is p)
print(p.v, len(p), p[4], p + 1, 1 + p, p(1, 2), list(p), str(p), bool(p), -p, [10, 20, 30, 40, 50, 60][p])
p.v = 7
print(a.v, p == A(7), p < A(9), A(1) < p, 3 in p, isinstance(p, w.ref), p.__class__.__name__)
del p.v
print(hasattr(a, 'v'))
a.v = 5
calls = []
b = B()
pb = w.proxy(b, lambda pr: calls.append(type(pr).__name__))
r1 = w.ref(b)
r2 = w.ref(b, lambda r: calls.append('ref'))
print(w.getweakrefcount(b), len(w.getweakrefs(b)), w.ref(b) is r1, w.proxy(b, None) is w.proxy(b))
del b
gc.collect()
print(sorted(calls), r1(), r2.__callback__)
try:
    pb.anything
except ReferenceError as e:
    print('ReferenceError', e)
print(repr(pb).startswith('<weakproxy at 0x'), repr(pb).split(' to ')[1].split(' at ')[0])
print(repr(w.proxy(a)).split(' to ')[1].split(' at ')[0])
try:
    hash(w.proxy(a))
except TypeError as e:
    print('TypeError', e)

c = B()
d = {'live': w.ref(c), 'dead': w.ref(B()), 'other': 1}
gc.collect()
w._remove_dead_weakref(d, 'live')
w._remove_dead_weakref(d, 'dead')
w._remove_dead_weakref(d, 'missing')
print(sorted(d))

