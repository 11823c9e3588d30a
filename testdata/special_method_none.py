# Special methods set to None on a class: through their protocol (len(a),
# a + b, iter(a), with, descriptors...) and called explicitly, each fails
# as in CPython (a nil dereference for several before; others ignored the
# None), with the protocols that give None a meaning of its own (__hash__,
# __iter__, __contains__, __reversed__, __class_getitem__, copy's hooks).
def show(label, fn):
    try:
        r = fn()
        print(label, "->", repr(r) if " at 0x" not in repr(r) else type(r).__name__)
    except BaseException as e:
        print(label, "!!", type(e).__name__, e)

class A: pass

def mk(name, base=object):
    return type("A", (base,), {name: None})

import operator, math, copy

cases = {
    "__bool__": [("bool", lambda a: bool(a)), ("not", lambda a: not a), ("if", lambda a: 1 if a else 0), ("call", lambda a: a.__bool__())],
    "__len__": [("len", lambda a: len(a)), ("bool", lambda a: bool(a)), ("call", lambda a: a.__len__())],
    "__contains__": [("in", lambda a: 1 in a), ("call", lambda a: a.__contains__(1))],
    "__iter__": [("iter", lambda a: iter(a)), ("list", lambda a: list(a)), ("for", lambda a: [x for x in a]), ("in", lambda a: 1 in a), ("unpack", lambda a: [*a]), ("call", lambda a: a.__iter__())],
    "__next__": [("next", lambda a: next(a)), ("call", lambda a: a.__next__())],
    "__reversed__": [("reversed", lambda a: reversed(a)), ("call", lambda a: a.__reversed__())],
    "__repr__": [("repr", lambda a: repr(a)), ("str", lambda a: str(a)), ("fmt", lambda a: "%r" % (a,)), ("fstr", lambda a: f"{a!r}"), ("call", lambda a: a.__repr__())],
    "__str__": [("str", lambda a: str(a)), ("print", lambda a: print(a)), ("format", lambda a: format(a)), ("fstr", lambda a: f"{a}"), ("call", lambda a: a.__str__())],
    "__format__": [("format", lambda a: format(a, "")), ("fstr", lambda a: f"{a}"), ("call", lambda a: a.__format__(""))],
    "__getitem__": [("index", lambda a: a[0]), ("iter", lambda a: iter(a)), ("call", lambda a: a.__getitem__(0))],
    "__setitem__": [("store", lambda a: a.__setitem__(0, 1)), ("stmt", lambda a: operator.setitem(a, 0, 1))],
    "__delitem__": [("del", lambda a: operator.delitem(a, 0))],
    "__getattr__": [("attr", lambda a: a.x), ("getattr", lambda a: getattr(a, "x", 5)), ("hasattr", lambda a: hasattr(a, "x"))],
    "__getattribute__": [("attr", lambda a: a.x), ("getattr", lambda a: getattr(a, "x", 5))],
    "__setattr__": [("set", lambda a: setattr(a, "x", 1))],
    "__delattr__": [("del", lambda a: delattr(a, "x"))],
    "__hash__": [("hash", lambda a: hash(a)), ("set", lambda a: {a}), ("dict", lambda a: {a: 1})],
    "__eq__": [("eq", lambda a: a == a), ("eq2", lambda a: a == 1), ("ne", lambda a: a != 1), ("in list", lambda a: a in [a])],
    "__ne__": [("ne", lambda a: a != 1)],
    "__lt__": [("lt", lambda a: a < 1), ("sort", lambda a: sorted([a, a]))],
    "__gt__": [("gt", lambda a: a > 1), ("rgt", lambda a: 1 < a)],
    "__le__": [("le", lambda a: a <= 1)],
    "__ge__": [("ge", lambda a: a >= 1)],
    "__index__": [("index", lambda a: [1][a]), ("opindex", lambda a: operator.index(a)), ("hex", lambda a: hex(a)), ("range", lambda a: range(a))],
    "__int__": [("int", lambda a: int(a))],
    "__float__": [("float", lambda a: float(a)), ("math", lambda a: math.sqrt(a))],
    "__abs__": [("abs", lambda a: abs(a))],
    "__neg__": [("neg", lambda a: -a)],
    "__invert__": [("inv", lambda a: ~a)],
    "__round__": [("round", lambda a: round(a))],
    "__enter__": [("with", lambda a: exec("with a: pass", {"a": a}))],
    "__exit__": [("with", lambda a: exec("with a: pass", {"a": a}))],
    "__call__": [("call", lambda a: a())],
    "__init__": [("init", None)],
    "__new__": [("new", None)],
    "__add__": [("add", lambda a: a + 1), ("radd", lambda a: 1 + a), ("call", lambda a: a.__add__(1))],
    "__radd__": [("radd", lambda a: 1 + a), ("add", lambda a: a + a)],
    "__iadd__": [("iadd", lambda a: operator.iadd(a, 1))],
    "__mul__": [("mul", lambda a: a * 2)],
    "__sub__": [("sub", lambda a: a - 1)],
    "__truediv__": [("div", lambda a: a / 1)],
    "__pow__": [("pow", lambda a: a ** 2), ("pow3", lambda a: pow(a, 2, 3))],
    "__matmul__": [("matmul", lambda a: a @ 1)],
    "__or__": [("or", lambda a: a | 1)],
    "__lshift__": [("lshift", lambda a: a << 1)],
    "__divmod__": [("divmod", lambda a: divmod(a, 1))],
    "__class_getitem__": [("cgi", None)],
    "__dir__": [("dir", lambda a: dir(a))],
    "__copy__": [("copy", lambda a: copy.copy(a))],
    "__deepcopy__": [("deepcopy", lambda a: copy.deepcopy(a))],
    "__reduce_ex__": [("copy", lambda a: copy.copy(a))],
    "__trunc__": [("trunc", lambda a: math.trunc(a))],
    "__floor__": [("floor", lambda a: math.floor(a))],
    "__ceil__": [("ceil", lambda a: math.ceil(a))],
    "__complex__": [("complex", None)],
    "__bytes__": [("bytes", lambda a: bytes(a))],
    "__missing__": [("missing", None)],
    "__instancecheck__": [("isinst", None)],
}

for name, ops in cases.items():
    try:
        cls = mk(name)
    except BaseException as e:
        print(name, "class !!", type(e).__name__, e)
        continue
    if name in ("__init__", "__new__"):
        show(name + " new", lambda: cls())
        continue
    if name == "__class_getitem__":
        show(name, lambda: cls[int])
        continue
    if name == "__missing__":
        D = type("D", (dict,), {"__missing__": None})
        show(name, lambda: D()[1])
        continue
    if name == "__instancecheck__":
        M = type("M", (type,), {"__instancecheck__": None, "__subclasscheck__": None})
        C = M("C", (), {})
        show(name, lambda: isinstance(1, C))
        show("__subclasscheck__", lambda: issubclass(int, C))
        continue
    if name == "__complex__":
        continue
    try:
        a = cls()
    except BaseException as e:
        print(name, "inst !!", type(e).__name__, e)
        continue
    for label, fn in ops:
        show(name + " " + label, lambda: fn(a))

# descriptors set to None
class Dg:
    __get__ = None
class Ds:
    __get__ = lambda self, o, t: 5
    __set__ = None
class Dd:
    __get__ = lambda self, o, t: 5
    __delete__ = None
class H:
    g = Dg()
    s = Ds()
    d = Dd()
h = H()
show("descr __get__ None", lambda: h.g)
show("descr __set__ None", lambda: setattr(h, "s", 1))
show("descr __delete__ None", lambda: delattr(h, "d"))

# __del__ None: silently nothing
class Dl:
    __del__ = None
x = Dl(); del x
print("del ok")

# subclass re-enabling
class B1:
    def __len__(self): return 3
class B2(B1):
    __len__ = None
show("sub none len", lambda: len(B2()))
class B3(B2):
    def __len__(self): return 4
show("subsub len", lambda: len(B3()))

# builtin subclass with None
class LN(list):
    __iter__ = None
show("list sub iter None", lambda: list(LN([1])))
show("list sub in", lambda: 1 in LN([1]))
class LC(list):
    __contains__ = None
show("list sub contains None", lambda: 1 in LC([1]))
class LL(list):
    __len__ = None
show("list sub len None", lambda: len(LL([1])))
class DH(dict):
    __getitem__ = None
show("dict sub getitem None", lambda: DH(a=1)["a"])

# assigned later
class Later:
    def __len__(self): return 2
Later.__len__ = None
show("later len", lambda: len(Later()))
Later.__iter__ = None
show("later iter", lambda: iter(Later()))
