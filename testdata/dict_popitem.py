# dict.popitem in every state: after copy (whose table's popitem hint was
# left at 0: a Go panic), after deletes, empty, LIFO order.
def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except BaseException as e:
        print(label, "!!", type(e).__name__, e)

d = {"a": 1, "b": 2}
show("copy popitem", lambda: d.copy().popitem())
c = d.copy()
show("copy pop all", lambda: (c.popitem(), c.popitem()))
show("copy empty", lambda: c.popitem())
show("empty", lambda: {}.popitem())
show("dict() copy", lambda: dict(d).popitem())
show("dict(**) ", lambda: dict(**d).popitem())
show("copy of empty", lambda: {}.copy().popitem())
e = {i: i for i in range(20)}
for k in (19, 18, 5, 7):
    del e[k]
show("after deletes", lambda: e.popitem())
f = e.copy()
show("copy after deletes", lambda: [f.popitem() for _ in range(3)])
f[100] = 1
show("insert after pop", lambda: f.popitem())
show("lifo", lambda: [f.popitem() for _ in range(len(f))])
show("then empty", lambda: f.popitem())
g = {1: 1}
g.popitem(); g[2] = 2; g[3] = 3
show("reuse", lambda: (g.popitem(), g.popitem()))
import copy
h = copy.copy({"x": 1, "y": 2})
show("copy.copy", lambda: h.popitem())
h = {"x": 1, "y": 2} | {"z": 3}
show("or", lambda: h.popitem())
h = {"x": 1}
h |= {"z": 3}
show("ior", lambda: h.popitem())
class D(dict): pass
show("subclass copy", lambda: D(a=1, b=2).copy().popitem())
show("fromkeys", lambda: dict.fromkeys("abc").popitem())
big = {i: i for i in range(1000)}
bc = big.copy()
show("big copy", lambda: [bc.popitem() for _ in range(3)])
for i in range(500): del bc[i]
show("big copy after dels", lambda: bc.popitem())
show("popitem args", lambda: {}.popitem(1))
