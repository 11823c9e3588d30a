# Built-in types and exceptions called with wrong argument counts, types
# and unexpected keywords: the TypeError (or result) CPython gives.
import builtins
names = ["int", "str", "list", "dict", "set", "tuple", "range", "slice", "enumerate", "zip", "map", "filter", "reversed", "bytes", "float", "bool", "frozenset", "property", "staticmethod", "classmethod", "object", "BaseException", "ValueError", "KeyError", "StopIteration", "OSError", "SystemExit"]
class O: pass
argsets = [
    ("noargs", (), {}),
    ("many", (1, 2, 3, 4, 5, 6), {}),
    ("obj", (O(),), {}),
    ("none", (None,), {}),
    ("str", ("s",), {}),
    ("float", (1.5,), {}),
    ("obj2", (O(), O()), {}),
    ("int_str", (1, "s"), {}),
    ("str_int", ("s", 1), {}),
    ("kw", (1,), {"bogus": 1}),
    ("kwonly", (), {"bogus": 1}),
    ("list", ([1, 2],), {}),
    ("neg", (-1,), {}),
    ("big", (2**70,), {}),
    ("nan", (float("nan"),), {}),
    ("inf", (float("inf"),), {}),
]
# Left out: range and bytes of huge ints, enumerate(bogus=1)'s order of checks.
skip = {("range", "big"), ("bytes", "big"), ("enumerate", "kwonly")}
for n in names:
    f = getattr(builtins, n, None)
    if f is None:
        continue
    for label, a, kw in argsets:
        if (n, label) in skip:
            continue
        try:
            r = f(*a, **kw)
            try:
                rr = repr(r)
            except BaseException as e:
                rr = "<repr fails %s>" % type(e).__name__
            if " at 0x" in rr:
                rr = type(r).__name__
            out = "-> " + rr[:80]
        except BaseException as e:
            out = "!! %s: %s" % (type(e).__name__, e)
        print(n, label, out)
