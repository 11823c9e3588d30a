# Subclasses of int, list, str, tuple, bytes and objects with __index__
# wherever an index or count is taken: seq * I(2) on a subclass was a nil
# dereference, [1,2,3][I(1)] overflowed Go's stack (AsInt64 recursed),
# L += L never ended, and *= on a list subclass made a new list.
def show(label, fn):
    try:
        r = fn()
        print(label, "->", repr(r), type(r).__name__)
    except BaseException as e:
        print(label, "!!", type(e).__name__, e)

class L(list): pass
class S(str): pass
class T(tuple): pass
class B(bytes): pass
class I(int): pass
class Ix:
    def __index__(self): return 2
class BadIx:
    def __index__(self): return "x"
class SubIx:
    def __index__(self): return I(1)

for name, v in (("L", L([1])), ("S", S("a")), ("T", T((1,))), ("B", B(b"a"))):
    show(name + "*3", lambda: v * 3)
    show("3*" + name, lambda: 3 * v)
    show(name + "*I", lambda: v * I(2))
    show(name + "*True", lambda: v * True)
    show(name + "*Ix", lambda: v * Ix())
    show(name + "*-1", lambda: v * -1)
    show(name + "*1.5", lambda: v * 1.5)
    show(name + "*BadIx", lambda: v * BadIx())
    show(name + "+" + name, lambda: v + v)
    show(name + ".__mul__", lambda: v.__mul__(2))
    show(name + ".__rmul__", lambda: v.__rmul__(2))
    def im(v=v):
        x = v
        x *= 2
        return x
    show(name + "*=", im)
    def ia(v=v):
        x = v
        x += v
        return x
    show(name + "+=", ia)

for ix in (I(1), True, Ix(), SubIx(), I(-1)):
    r = repr(ix) if not isinstance(ix, (Ix, BadIx, SubIx)) else type(ix).__name__
    show("list[%s]" % r, lambda: [1, 2, 3][ix])
    show("tuple[%s]" % r, lambda: (1, 2, 3)[ix])
    show("str[%s]" % r, lambda: "abc"[ix])
    show("bytes[%s]" % r, lambda: b"abc"[ix])
    show("range(%s)" % r, lambda: range(ix))
    show("range[%s]" % r, lambda: range(5)[ix])
    show("chr(%s)" % r, lambda: chr(ix))
    show("pop(%s)" % r, lambda: [1, 2, 3].pop(ix))
    show("insert(%s)" % r, lambda: [1, 2, 3].insert(ix, 9))
    show("slice[%s:]" % r, lambda: [1, 2, 3][ix:])
    show("hex(%s)" % r, lambda: hex(ix))
    show("bin(%s)" % r, lambda: bin(ix))
    show("oct(%s)" % r, lambda: oct(ix))
    show("int(%s)" % r, lambda: int(ix))
    show("float(%s)" % r, lambda: float(ix))
    show("round(1.5, %s)" % r, lambda: round(1.2345, ix))
    show("bytes(%s)" % r, lambda: bytes(ix) if not isinstance(ix, int) or ix < 100 else "skip")
    show("'x'*%s" % r, lambda: "x" * ix if not isinstance(ix, int) or ix < 100 else "skip")
    show("l.__getitem__(%s)" % r, lambda: [1, 2, 3].__getitem__(ix))
    show("setitem(%s)" % r, lambda: [1, 2, 3].__setitem__(ix, 0))
    show("del(%s)" % r, lambda: [1, 2, 3].__delitem__(ix))
    show("index start(%s)" % r, lambda: [1, 2, 3].index(3, ix))
    show("str.center(%s)" % r, lambda: "a".center(ix) if not isinstance(ix, int) or ix < 100 else "skip")
    show("pow(2, %s, 5)" % r, lambda: pow(2, ix, 5))
    show("%%d fmt %s" % r, lambda: "%d" % ix)
    show("%%x fmt %s" % r, lambda: "%x" % ix)
    show("format(%s, 'd')" % r, lambda: format(ix, "d"))
    show("int.to_bytes(%s)" % r, lambda: (5).to_bytes(ix, "big") if not isinstance(ix, int) or ix < 100 else "skip")
    show("operator.index(%s)" % r, lambda: __import__("operator").index(ix))
    show("islice(%s)" % r, lambda: list(__import__("itertools").islice("abcd", ix)) if not isinstance(ix, int) or ix < 100 else "skip")

class F:
    def __float__(self): return "x"
class N:
    def __int__(self): return "x"
show("float(F)", lambda: float(F()))
show("int(N)", lambda: int(N()))
show("pow(2, Ix, 5)", lambda: pow(2, Ix(), 5))
show("chr(2**40)", lambda: chr(2**40))
show("chr(-2**70)", lambda: chr(-2**70))
show("[1][2**70]", lambda: [1][2**70])
class L2(list): pass
x = L2([1, 2])
x.extend(x)
print(x, type(x).__name__)
x += x
print(x, type(x).__name__)
class S2(set): pass
s = S2({1}); s |= {2}; s &= {2}; s ^= {3}; s -= {3}
print(type(s).__name__, s)
class D2(dict): pass
d = D2(a=1); d |= {"b": 2}
print(type(d).__name__, d)
