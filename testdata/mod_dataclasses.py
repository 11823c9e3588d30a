import dataclasses
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, MISSING, FrozenInstanceError


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
print(p)
print(Point(5))
print(Point(y=3, x=4))
print(p == Point(1, 2), p == Point(1, 3), p != Point(2, 2))
print(p == (1, 2))
print(Point.__eq__(p, (1, 2)))
print(Point.__hash__ is None)
print([f.name for f in fields(p)], [f.name for f in fields(Point)])
print(fields(Point)[1].default, fields(Point)[0].default is MISSING)
print(asdict(p), astuple(p))
print(replace(p, y=10), p)
print(is_dataclass(p), is_dataclass(Point), is_dataclass(1), is_dataclass(int))
print(Point.__match_args__)
print(Point.y)
print('x' in Point.__dict__)


@dataclass()
class Empty:
    pass


print(Empty(), Empty() == Empty(), fields(Empty))


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    tags: list = field(default_factory=list, compare=False, repr=False)


a, b = Version(1, 2), Version(1, 3, ['x'])
print(a, b)
print(a < b, a <= b, a > b, a >= b, a == Version(1, 2, ['q']))
print(sorted([Version(3), Version(1, 5), Version(1, 0)]))
a.tags.append('t')
print(a.tags, Version(0).tags)
try:
    a < (1, 2)
except TypeError as e:
    print('TypeError', e)


@dataclass(frozen=True)
class Frozen:
    name: str
    value: float = 1.5


fr = Frozen('a')
print(fr, hash(fr) == hash(Frozen('a', 1.5)), Frozen.__hash__(fr) == hash(('a', 1.5)))
try:
    fr.name = 'b'
except FrozenInstanceError as e:
    print(type(e).__name__, e, isinstance(e, AttributeError))
try:
    del fr.value
except AttributeError as e:
    print(type(e).__name__, e)
try:
    fr.other = 1
except FrozenInstanceError as e:
    print(e)
print({fr: 1}[Frozen('a', 1.5)])
print(replace(fr, value=2.0))


@dataclass(eq=False)
class NoEq:
    x: int


n = NoEq(1)
print(n == NoEq(1), n == n, NoEq.__hash__ is object.__hash__)


@dataclass
class WithHash:
    x: int

    def __hash__(self):
        return 42


print(hash(WithHash(1)))


@dataclass(unsafe_hash=True)
class Unsafe:
    x: int
    y: int = field(default=0, hash=False)


print(hash(Unsafe(3, 4)) == hash(Unsafe(3, 5)), Unsafe.__hash__(Unsafe(3, 4)) == hash((3,)))


@dataclass
class Post:
    a: int
    b: int = field(init=False)
    c: list = field(default_factory=lambda: [1])
    d: int = field(default=7, init=False, repr=False)

    def __post_init__(self):
        self.b = self.a * 2


po = Post(3)
print(po, po.d, po.c is not Post(3).c)
print(asdict(po))
try:
    replace(po, b=1)
except ValueError as e:
    print('ValueError', e)
print(replace(po, a=5))


@dataclass
class Base:
    x: int
    y: int = 1


@dataclass
class Derived(Base):
    z: int = 2
    x: int = 10


print(Derived(), Derived(1, 2, 3), [f.name for f in fields(Derived)])


class Plain(Base):
    pass


print(Plain(4), is_dataclass(Plain))


@dataclass
class Custom:
    x: int

    def __repr__(self):
        return 'custom'

    def __eq__(self, other):
        return True


print(Custom(1), Custom(1) == 5, Custom.__hash__)


@dataclass
class Outer:
    p: Point
    ps: list
    m: dict
    t: tuple


o = Outer(Point(1, 2), [Point(3, 4), 5], {'k': Point(6, 7)}, (Point(8, 9),))
print(o)
d = asdict(o)
print(d)
print(type(d['p']).__name__, type(d['t']).__name__)
print(astuple(o))
print(asdict(p, dict_factory=list))
lst = [1, [2]]
o2 = Outer(p, lst, {}, ())
d2 = asdict(o2)
print(d2['ps'] is lst, d2['ps'][1] is lst[1])


class Container:
    @dataclass
    class Inner:
        v: int


print(Container.Inner(1), Container.Inner.__qualname__)
print(Container.Inner.__init__.__qualname__, Container.Inner.__repr__.__qualname__)


@dataclass
class Node:
    val: int
    nxt: object = None


nd = Node(1)
nd.nxt = nd
print(nd)


import typing


@dataclass
class ClassVarUser:
    x: int
    count: typing.ClassVar[int] = 0


print(ClassVarUser(1), [f.name for f in fields(ClassVarUser)], ClassVarUser.count)

f = field(default=3)
print(f.default, f.init, f.repr, f.compare, f.hash)
print(fields(Point)[0].type is int)
print(dataclasses.fields(Version)[2].default_factory is list)
print(Point(1, [2]) == Point(1, [2]))

from dataclasses import InitVar, KW_ONLY


@dataclass
class KW:
    a: int
    b: int = field(kw_only=True)
    c: int = 3


print(KW(1, 2, b=5), KW(a=1, b=2), KW.__match_args__)


@dataclass(kw_only=True)
class AllKW:
    x: int = 0
    y: int


print(AllKW(y=1), AllKW(x=2, y=3), AllKW.__match_args__)


@dataclass
class Marker:
    a: int
    _: KW_ONLY
    b: int = 1
    c: int


print(Marker(0, c=5), [f.name for f in fields(Marker)])


@dataclass
class IV:
    a: int
    scale: InitVar[int] = 2
    b: int = field(init=False)

    def __post_init__(self, scale):
        self.b = self.a * scale


iv = IV(3)
print(iv, IV(3, 10), [f.name for f in fields(IV)], asdict(iv))
print(replace(iv, a=4, scale=5))
print(InitVar[int], IV.scale)


@dataclass(kw_only=True)
class KB:
    x: int


@dataclass
class KD(KB):
    y: int


print(KD(1, x=2))
try:
    replace(iv, a=1)
except ValueError as e:
    print(e)
try:
    @dataclass
    class Two:
        _: KW_ONLY
        y: KW_ONLY
except TypeError as e:
    print(e)
try:
    KW(1, 2, 3)
except TypeError as e:
    print(e)


@dataclass
class IV2:
    a: int
    s: InitVar[int]

    def __post_init__(self, s):
        self.t = s


try:
    replace(IV2(1, 2), a=3)
except ValueError as e:
    print(e)
print(replace(IV2(1, 2), s=4).t)


from dataclasses import make_dataclass
P = make_dataclass('P', ['a', ('b', int), ('c', list, field(default_factory=list))], order=True)
p = P(1, 2)
print(p, P(1, 2) < P(1, 3), [f.type for f in fields(P)], asdict(p))
Q = make_dataclass('Q', [('x', int, 5)], bases=(P,), namespace={'total': lambda self: self.a + self.x}, frozen=False)
print(Q(1, 2), Q(1, 2, [3], 4).total(), Q.__name__, Q.__qualname__)
for bad in (['a', 'a'], ['class'], ['1x'], [('a', int, 1, 2)]):
    try:
        make_dataclass('Bad', bad)
    except TypeError as e:
        print(e)



import weakref


@dataclass(slots=True)
class S:
    x: int
    y: int = 2
    z: list = field(default_factory=list)


s = S(1)
print(s, S.__slots__, hasattr(s, '__dict__'), asdict(s), replace(s, y=5))
try:
    s.w = 1
except AttributeError as e:
    print('AttributeError', e)
print(S(3).y, S.__init__.__qualname__, S.__match_args__)


@dataclass(slots=True, frozen=True)
class FS:
    a: int


fs = FS(1)
print(fs, hash(fs) == hash(FS(1)), fs.__getstate__())
try:
    fs.a = 2
except AttributeError as e:
    print(type(e).__name__, e)


@dataclass(slots=True, weakref_slot=True)
class W:
    a: int


w = W(1)
r = weakref.ref(w)
print(r() is w, W.__slots__)


@dataclass(match_args=False)
class NM:
    a: int


print('__match_args__' in NM.__dict__)
for kw in ({'weakref_slot': True},):
    try:
        dataclass(**kw)(type('T', (), {}))
    except TypeError as e:
        print(e)
try:
    @dataclass(slots=True)
    class Has:
        __slots__ = ('a',)
        a: int
except TypeError as e:
    print(e)




class Desc:
    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name)

    def __get__(self, obj, owner=None):
        return 9 if obj is None else obj.__dict__.get('_d', 9)

    def __set__(self, obj, value):
        obj.__dict__['_d'] = value


@dataclass
class UsesDesc:
    d: int = field(default=Desc())


print(type(UsesDesc().d).__name__, UsesDesc(4), UsesDesc.d)
