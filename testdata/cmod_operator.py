# _operator, CPython's C module under operator.py: used directly.
import _operator as o

names = sorted(n for n in dir(o) if not n.startswith('__'))
print(names)
print(o.add.__module__, o.itemgetter.__module__, o.add.__name__, type(o.__doc__).__name__)

binary = ['add', 'sub', 'mul', 'truediv', 'floordiv', 'mod', 'pow', 'lshift', 'rshift',
          'and_', 'or_', 'xor', 'eq', 'ne', 'lt', 'le', 'gt', 'ge', 'is_', 'is_not']
for name in binary:
    f = getattr(o, name)
    print(name, f(7, 3), f(True, 2))
for name in ['iadd', 'isub', 'imul', 'itruediv', 'ifloordiv', 'imod', 'ipow', 'ilshift',
             'irshift', 'iand', 'ior', 'ixor']:
    print(name, getattr(o, name)(12, 5))
for name in ['neg', 'pos', 'abs', 'inv', 'invert', 'not_', 'truth', 'index']:
    print(name, getattr(o, name)(-5), getattr(o, name)(True))
l = [1]
print(o.iadd(l, [2]) is l, o.iconcat(l, [3]), l, o.imul(l, 2), o.concat('a', 'b'))
print(o.contains('abc', 'b'), o.countOf([1, 2, 1], 1), o.indexOf('abc', 'c'))
d = {}
print(o.setitem(d, 'k', 1), d, o.getitem(d, 'k'), o.delitem(d, 'k'), d)
print(o.call(max, 1, 5, key=lambda x: -x), o.call(dict, a=1))
print(o.index(2 ** 70), type(o.index(True)).__name__)


class M:
    def __matmul__(self, other):
        return 'matmul'

    def __imatmul__(self, other):
        return 'imatmul'


print(o.matmul(M(), 1), o.imatmul(M(), 1))

# length_hint
print(o.length_hint([1, 2]), o.length_hint(iter([1, 2, 3])), o.length_hint(5), o.length_hint(5, 7))
print(o.length_hint(reversed([1, 2, 3])), o.length_hint(iter(range(10))))


class LenTypeError:
    def __len__(self):
        raise TypeError('x')

    def __length_hint__(self):
        return 4


class HintNotImplemented:
    def __length_hint__(self):
        return NotImplemented


class HintTypeError:
    def __length_hint__(self):
        raise TypeError


print(o.length_hint(LenTypeError()), o.length_hint(HintNotImplemented(), 3), o.length_hint(HintTypeError(), 2))

# _compare_digest
print(o._compare_digest('abc', 'abc'), o._compare_digest('abc', 'abd'), o._compare_digest('a', 'ab'))
print(o._compare_digest(b'abc', b'abc'), o._compare_digest(b'', b''), o._compare_digest(b'x', b''))

# itemgetter, attrgetter, methodcaller
g = o.itemgetter(1)
g2 = o.itemgetter(0, -1, slice(1, 2))
print(g('abc'), g2('abcd'), repr(g), repr(g2), g.__reduce__(), g2.__reduce__()[1])


class A:
    pass


a = A()
a.b = A()
a.b.c = 5
a.x = 1
ag = o.attrgetter('b.c')
ag2 = o.attrgetter('x', 'b.c')
print(ag(a), ag2(a), repr(ag), repr(ag2), ag.__reduce__(), ag2.__reduce__()[1])
mc = o.methodcaller('split', ',')
mk = o.methodcaller('split', sep=',', maxsplit=1)
mz = o.methodcaller('upper')
print(mc('a,b'), mk('a,b,c'), mz('x'), repr(mc), repr(mk), repr(mz))
print(mc.__reduce__(), mz.__reduce__())
r = mk.__reduce__()
print(type(r[0]).__name__, r[0].args, r[0].keywords, r[1], r[0](*r[1])('x,y,z'))
