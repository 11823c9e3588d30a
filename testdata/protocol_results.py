# Protocols through special methods, compared with CPython: __eq__/__ne__
# defaults, __len__/__bool__/__index__/__hash__ results of the wrong type
# or size, iteration fallbacks, reversed, unpacking, * and ** arguments,
# with statements.
def show(label, fn):
    try:
        r = fn()
        rr = repr(r)
        print(label, "->", rr[:100] if " at 0x" not in rr else type(r).__name__)
    except BaseException as e:
        print(label, "!!", type(e).__name__, e)

class E1:
    def __eq__(self, o): return NotImplemented
show("eq NI both", lambda: (E1() == E1(), E1() != E1()))
e = E1()
show("eq NI same", lambda: (e == e, e != e))
class E2:
    def __eq__(self, o): return "yes"
show("eq non-bool", lambda: (E2() == 1, E2() != 1))
class E3:
    def __ne__(self, o): return True
show("ne only", lambda: (E3() == E3(),))
class H1:
    def __eq__(self, o): return True
show("eq no hash", lambda: hash(H1()))
class H2(H1):
    __hash__ = object.__hash__
show("rehash", lambda: type(hash(H2())).__name__)
class B1:
    def __bool__(self): return 1
show("bool int", lambda: bool(B1()))
class B2:
    def __len__(self): return -1
show("len neg", lambda: len(B2()))
show("len neg bool", lambda: bool(B2()))
class B3:
    def __len__(self): return 2**70
show("len huge", lambda: len(B3()))
class B4:
    def __len__(self): return "x"
show("len str", lambda: len(B4()))
class B5:
    def __len__(self): return 1.0
show("len float", lambda: len(B5()))
class B6:
    def __len__(self): return True
show("len bool", lambda: len(B6()))
class IX:
    def __index__(self): return True
class C1:
    def __contains__(self, x): return [1]
show("contains truthy", lambda: (1 in C1(), 1 not in C1()))
class G1:
    def __getitem__(self, i):
        if i < 3: return i
        raise IndexError
show("getitem iter", lambda: list(G1()))
show("getitem in", lambda: (2 in G1(), 5 in G1()))
class G2:
    def __len__(self): return 3
    def __getitem__(self, i): return i * 10
show("reversed len getitem", lambda: list(reversed(G2())))
show("reversed no len", lambda: reversed(G1()))
class I1:
    def __iter__(self): return 5
show("iter non-iter", lambda: iter(I1()))
show("for non-iter", lambda: [x for x in I1()])
class I2:
    def __iter__(self): return self
show("iter self no next", lambda: iter(I2()))
class N1:
    def __next__(self): return 1
show("next on obj with __next__ only", lambda: next(N1()))
show("iter obj with __next__ only", lambda: iter(N1()))
show("next non-iterator", lambda: next([1]))
show("next default", lambda: next(iter([]), "d"))
class S1:
    def __iter__(self): return self
    def __next__(self): raise StopIteration("val")
show("stopiteration value", lambda: list(S1()))
show("unpack short", lambda: exec("a, b = [1]"))
show("unpack long", lambda: exec("a, b = [1, 2, 3]"))
show("unpack star short", lambda: exec("a, b, *c = [1]"))
show("unpack nonit", lambda: exec("a, b = 1"))
show("star nonit", lambda: [*1])
show("dstar nonmapping", lambda: {**1})
show("call star nonit", lambda: print(*1))
show("call dstar nonmapping", lambda: print(**1))
show("call dstar nonstr keys", lambda: print(**{1: 2}))
show("call dup kw", lambda: (lambda **k: k)(**{"a": 1}, a=2))
show("call dup kw2", lambda: dict(**{"a": 1}, **{"a": 2}))
class M1:
    def keys(self): return ["a"]
    def __getitem__(self, k): return 1
show("dstar mapping", lambda: (lambda **k: k)(**M1()))
show("zip strict", lambda: list(zip([1], [1, 2], strict=True)))
show("map none", lambda: list(map(None, [1])))
show("filter none", lambda: list(filter(None, [0, 1])))
show("enumerate start float", lambda: list(enumerate("ab", 1.5)))
class R1:
    def __reversed__(self): return 5
show("reversed returns int", lambda: reversed(R1()))
class F1:
    def __format__(self, spec): return 5
show("format non-str", lambda: format(F1()))
class Rp:
    def __repr__(self): return 5
show("repr non-str", lambda: repr(Rp()))
class St:
    def __str__(self): return b"x"
show("str non-str", lambda: str(St()))
class Hs:
    def __hash__(self): return "x"
show("hash non-int", lambda: hash(Hs()))
class Hb:
    def __hash__(self): return 2**100
show("hash big", lambda: type(hash(Hb())).__name__)
class Cl:
    def __call__(self, x): return x
show("callable", lambda: (Cl()(1), callable(Cl())))
class Ab:
    def __abs__(self): return "abs"
show("abs", lambda: abs(Ab()))
class Neg:
    def __neg__(self): return None
show("neg None", lambda: -Neg())
class Rnd:
    def __round__(self, n=None): return ("r", n)
show("round", lambda: (round(Rnd()), round(Rnd(), 2)))
class Idx:
    def __index__(self): return 7
show("bin idx", lambda: (bin(Idx()), hex(Idx()), oct(Idx()), int(Idx())))
class Fl:
    def __float__(self): return 1.5
show("float idx", lambda: (float(Fl()), int(Fl()) if hasattr(Fl, "__int__") else "no int"))
show("int of float-only", lambda: int(Fl()))
class Tr:
    def __trunc__(self): return 3
show("int trunc", lambda: int(Tr()))
class Ctx:
    def __enter__(self): return "in"
    def __exit__(self, *a): return True
def ctx():
    with Ctx() as v:
        raise ValueError
    return v
show("with suppress", ctx)
class Ctx2:
    def __enter__(self): return self
    def __exit__(self, t, v, tb): return 0
def ctx2():
    with Ctx2():
        raise KeyError("k")
show("with no suppress", ctx2)

class A:
    def m(self, *a): pass
x = 1
for s in ['print(*x)', 'A().m(*x)', 'A.m(*x)', 'int(*x)', 'f=lambda *a: a; f(*x)', 'f=lambda *a: a; f(1, *x)', '[*x]', 'A().m(**x)']:
    try:
        exec(s)
    except TypeError as e:
        print(s, "!!", e)
