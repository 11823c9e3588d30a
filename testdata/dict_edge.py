# dict edge cases compared with CPython: keys() returning a non-iterable,
# pop with a default on an empty dict (no hashing), __missing__,
# views' set operations, mutation during iteration.
def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except BaseException as e:
        print(label, "!!", type(e).__name__, e)

class K:
    def keys(self): return ["x"]
    def __getitem__(self, k): return 5
show("dict(K)", lambda: dict(K()))
class K2:
    def keys(self): return 5
show("dict(K2)", lambda: dict(K2()))
show("update K2", lambda: {}.update(K2()))
show("unhashable pop empty", lambda: {}.pop([], 1))
show("unhashable pop", lambda: {1: 1}.pop([], 1))
show("unhashable pop nodefault", lambda: {}.pop([]))
show("unhashable get", lambda: {}.get([]))
show("unhashable in", lambda: [] in {})
show("view ops", lambda: ({"a": 1}.keys() & {"a"}, sorted({1: 1}.keys() | [2]), {"a": 1}.items() - {("a", 1)}))
show("view bad op", lambda: {"a": 1}.keys() & 1)
class Miss(dict):
    def __missing__(self, k): return k * 2
show("missing", lambda: Miss()[3])
show("missing get", lambda: Miss().get(3))
class MissBad(dict):
    __missing__ = 5
show("missing bad", lambda: MissBad()[3])
d = {"a": 1}
show("change during iter", lambda: [d.__setitem__(k + "x", 1) for k in d])
dd = {1: 1, 2: 2}
def mut():
    for k in dd:
        del dd[k]
show("delete during iter", mut)
show("update bad seq", lambda: {}.update([(1, 2, 3)]))
show("dict([1])", lambda: dict([1]))
show("dict(['ab'])", lambda: dict(["ab"]))
show("fromkeys int", lambda: dict.fromkeys(1))
show("dict |= 1", lambda: exec("x = {}\nx |= 1"))
