# A special method set on, replaced on or deleted from a class after its
# subclasses exist reaches them (CPython's update_slot), unless they
# define their own.


def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


class A:
    pass


class B(A):
    pass


class C(B):
    pass


class Own(A):
    def __len__(self):
        return 99


A.__len__ = lambda s: 5
attempt("len B", lambda: len(B()))
attempt("len C", lambda: len(C()))
attempt("len Own", lambda: len(Own()))
A.__len__ = lambda s: 6
attempt("len C replaced", lambda: len(C()))
B.__len__ = lambda s: 7
attempt("len C from B", lambda: len(C()))
del B.__len__
attempt("len C after del B", lambda: len(C()))
del A.__len__
attempt("len B deleted", lambda: len(B()))
attempt("len C deleted", lambda: len(C()))
attempt("len Own deleted", lambda: len(Own()))
attempt("bool C deleted", lambda: bool(C()))

# Diamond: D reaches A through B2 and C2.


class B2(A):
    pass


class C2(A):
    pass


class D(C2, B2):
    pass


A.__getitem__ = lambda s, k: ("A", k)
attempt("getitem D", lambda: D()[1])
C2.__getitem__ = lambda s, k: ("C2", k)
attempt("getitem D via C2", lambda: D()[2])
del A.__getitem__
attempt("getitem D after del A", lambda: D()[3])
attempt("getitem B2 after del A", lambda: B2()[3])
del C2.__getitem__
attempt("getitem D gone", lambda: D()[4])

# __iter__ and __next__.
A.__iter__ = lambda s: iter([1, 2, 3])
attempt("iter D", lambda: list(D()))
A.__iter__ = None
attempt("iter None", lambda: list(D()))
del A.__iter__
attempt("iter gone", lambda: list(D()))


class It(A):
    pass


A.__iter__ = lambda s: s
A.__next__ = lambda s: 1 / 0
attempt("next It", lambda: next(iter(It())))
del A.__next__
attempt("next gone", lambda: next(It()))
del A.__iter__

# __eq__ and __hash__: assigning __eq__ later keeps the hash.


class E:
    pass


class F(E):
    pass


E.__eq__ = lambda s, o: True
attempt("eq F", lambda: F() == 3)
attempt("hashable F", lambda: type(hash(F())).__name__)
E.__hash__ = None
attempt("hash None F", lambda: hash(F()))
E.__hash__ = lambda s: 42
attempt("hash F", lambda: hash(F()))
del E.__hash__
attempt("hash F default", lambda: type(hash(F())).__name__)
del E.__eq__
attempt("eq F gone", lambda: F() == 3)
E.__lt__ = lambda s, o: "lt"
attempt("lt F", lambda: F() < 1)
attempt("gt reflected", lambda: 1 > F())
del E.__lt__
attempt("lt gone", lambda: F() < 1)

# __call__, __getattr__, __getattribute__, __setattr__.
E.__call__ = lambda s, *a: ("called", a)
attempt("call F", lambda: F()(1, 2))
del E.__call__
attempt("call gone", lambda: F()(1))
E.__getattr__ = lambda s, n: "ga:" + n
attempt("getattr F", lambda: F().zzz)
del E.__getattr__
attempt("getattr gone", lambda: F().zzz)
E.__getattribute__ = lambda s, n: "gab:" + n
attempt("getattribute F", lambda: F().x)
del E.__getattribute__
attempt("getattribute gone", lambda: F().x)
log = []
E.__setattr__ = lambda s, n, v: log.append((n, v))
f = F()
f.a = 1
attempt("setattr log", lambda: (log, f.__dict__))
del E.__setattr__
f.b = 2
attempt("setattr gone", lambda: (log, f.__dict__))

# Descriptors: __get__, __set__, __delete__.


class Desc:
    pass


class SubDesc(Desc):
    pass


class Holder:
    d = SubDesc()


attempt("plain", lambda: type(Holder().d).__name__)
Desc.__get__ = lambda s, o, t: ("get", t.__name__)
attempt("get", lambda: Holder().d)
h = Holder()
h.__dict__["d"] = "inst"
attempt("non-data", lambda: h.d)
Desc.__set__ = lambda s, o, v: log.append(("set", v))
attempt("data", lambda: h.d)
h.d = 5
attempt("set log", lambda: log[-1])
del Desc.__set__
attempt("non-data again", lambda: h.d)
del Desc.__get__
attempt("plain again", lambda: type(Holder().d).__name__)

# Arithmetic, reflected and in-place.


class N:
    pass


class M(N):
    pass


N.__add__ = lambda s, o: ("add", o)
N.__radd__ = lambda s, o: ("radd", o)
attempt("add", lambda: M() + 1)
attempt("radd", lambda: 1 + M())
del N.__add__
attempt("add gone", lambda: M() + 1)
N.__iadd__ = lambda s, o: ("iadd", o)


def iadd():
    m = M()
    m += 2
    return m


attempt("iadd", iadd)
del N.__iadd__
del N.__radd__
attempt("iadd gone", iadd)
N.__neg__ = lambda s: "neg"
attempt("neg", lambda: -M())
N.__index__ = lambda s: 3
attempt("index", lambda: [0, 1, 2, 3, 4][M()])
attempt("bin", lambda: bin(M()))
del N.__index__
attempt("index gone", lambda: [0][M()])
N.__float__ = lambda s: 2.5
attempt("float", lambda: float(M()))
del N.__float__
attempt("float gone", lambda: float(M()))
N.__int__ = lambda s: 7
attempt("int", lambda: int(M()))
del N.__int__
attempt("int gone", lambda: int(M()))

# __bool__, __repr__, __str__, __contains__, __setitem__/__delitem__.
N.__bool__ = lambda s: False
attempt("bool", lambda: bool(M()))
del N.__bool__
attempt("bool gone", lambda: bool(M()))
N.__repr__ = lambda s: "<an M>"
attempt("repr", lambda: repr(M()))
attempt("str via repr", lambda: str(M()))
N.__str__ = lambda s: "M!"
attempt("str", lambda: str(M()))
del N.__repr__
del N.__str__
attempt("repr gone", lambda: repr(M()).startswith("<__main__.M object"))
N.__contains__ = lambda s, v: v == 1
attempt("contains", lambda: (1 in M(), 2 in M()))
del N.__contains__
attempt("contains gone", lambda: 1 in M())
store = {}
N.__setitem__ = lambda s, k, v: store.__setitem__(k, v)


def setdel():
    m = M()
    m["k"] = 1
    del m["k"]


attempt("setitem no delitem", setdel)
N.__delitem__ = lambda s, k: store.pop(k)
attempt("setitem delitem", lambda: (setdel(), store))
del N.__setitem__
del N.__delitem__
attempt("setitem gone", setdel)

# __init__, __new__ and __del__ on a base.
N.__init__ = lambda s, x: setattr(s, "x", x)
attempt("init", lambda: M(4).x)
del N.__init__
attempt("init gone", lambda: M(4))
N.__new__ = lambda cls, *a: 123
attempt("new", lambda: M(1))
del N.__new__
attempt("new gone", lambda: type(M()).__name__)
N.__del__ = lambda s: print("del ran")
m = M()
del m
del N.__del__
m = M()
del m
print("no del")

# Subclasses of a built-in.


class L(list):
    pass


class LL(L):
    pass


L.__len__ = lambda s: 42
attempt("list len", lambda: len(LL([1])))
del L.__len__
attempt("list len gone", lambda: len(LL([1])))
L.__getitem__ = lambda s, i: "item"
attempt("list item", lambda: LL([1])[0])
del L.__getitem__
attempt("list item gone", lambda: LL([1])[0])

# __subclasses__ follows creation and death.


class Base:
    pass


class S1(Base):
    pass


class S2(Base):
    pass


print([c.__name__ for c in Base.__subclasses__()])
del S1
import gc

gc.collect()
print([c.__name__ for c in Base.__subclasses__()])
attempt("int subclasses", lambda: bool in int.__subclasses__())

# One of a pair defined: the other's absence is an AttributeError.
Desc.__set__ = lambda s, o, v: None


def delete_d():
    del h.d


attempt("delete without __delete__", delete_d)
del Desc.__set__
Desc.__delete__ = lambda s, o: None


def set_d():
    h.d = 1


attempt("set without __set__", set_d)
del Desc.__delete__

# The list keeps creation order through removals and reuse.
import weakref


class Root:
    pass


subs = [type("R%d" % i, (Root,), {}) for i in range(10)]
for i in range(0, 10, 3):
    subs[i] = None
gc.collect()
subs += [type("Q%d" % i, (Root,), {}) for i in range(6)]
print([c.__name__ for c in Root.__subclasses__()])
subs = subs[-2:]
gc.collect()
print([c.__name__ for c in Root.__subclasses__()])


class MetaSub(type):
    pass


class WithMeta(Root, metaclass=MetaSub):
    pass


print([c.__name__ for c in Root.__subclasses__()])
print(weakref.getweakrefcount(Root), weakref.getweakrefcount(WithMeta))
print(MetaSub in type.__subclasses__(type), WithMeta in MetaSub.__subclasses__(WithMeta))
