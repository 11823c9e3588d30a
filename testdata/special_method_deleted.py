# Special methods deleted from a class after it was made (del A.__len__):
# its slots go back to what the bases give (len() dereferenced nil).
def show(label, fn):
    try:
        r = fn()
        print(label, "->", repr(r) if " at 0x" not in repr(r) else type(r).__name__)
    except BaseException as e:
        print(label, "!!", type(e).__name__, e)
names = ["__len__", "__bool__", "__iter__", "__next__", "__getitem__", "__setitem__", "__contains__", "__hash__", "__eq__", "__lt__", "__repr__", "__str__", "__call__", "__add__", "__radd__", "__index__", "__int__", "__float__", "__neg__", "__getattr__", "__getattribute__", "__setattr__", "__get__", "__set__", "__init__", "__new__", "__del__", "__iadd__", "__enter__", "__format__"]
for n in names:
    ns = {}
    exec(f"class A:\n    def {n}(self, *a): return 1\n", ns)
    A = ns["A"]
    delattr(A, n)
    a = A() if n != "__new__" else object.__new__(A)
    ops = {
        "__len__": lambda: len(a), "__bool__": lambda: bool(a), "__iter__": lambda: iter(a), "__next__": lambda: next(a),
        "__getitem__": lambda: a[0], "__setitem__": lambda: a.__class__.__setitem__, "__contains__": lambda: 1 in a,
        "__hash__": lambda: type(hash(a)).__name__, "__eq__": lambda: a == a, "__lt__": lambda: a < a, "__repr__": lambda: repr(a)[:10],
        "__str__": lambda: str(a)[:10], "__call__": lambda: a(), "__add__": lambda: a + 1, "__radd__": lambda: 1 + a,
        "__index__": lambda: [1][a], "__int__": lambda: int(a), "__float__": lambda: float(a), "__neg__": lambda: -a,
        "__getattr__": lambda: a.x, "__getattribute__": lambda: a.__class__.__name__, "__setattr__": lambda: setattr(a, "x", 1),
        "__get__": lambda: a, "__set__": lambda: a, "__init__": lambda: A(), "__new__": lambda: A(), "__del__": lambda: a,
        "__iadd__": lambda: exec("b = a\nb += 1", {"a": a}), "__enter__": lambda: exec("with a: pass", {"a": a}), "__format__": lambda: format(a, "")[:5],
    }
    show("del " + n, ops[n])
class D:
    def __get__(self, o, t): return "got"
    def __set__(self, o, v): print("set", v)
class H:
    d = D()
h = H()
del D.__get__
show("descr del get", lambda: h.d)
del D.__set__
show("descr del set", lambda: setattr(h, "d", 5))
show("descr after", lambda: h.d)
