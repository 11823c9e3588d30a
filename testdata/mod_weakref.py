# weakref: ref equality and hashing, the weak containers, finalize and
# WeakMethod.
import gc
import weakref


class Obj:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "Obj(%d)" % self.n

    def method(self, x):
        return self.n + x


class Key(Obj):
    def __hash__(self):
        return hash(self.n)

    def __eq__(self, other):
        return isinstance(other, Key) and self.n == other.n


# ref: equality follows the referents while both live, hashing too.
a, b = Key(1), Key(1)
ra, rb = weakref.ref(a), weakref.ref(b)
print("ref eq", ra == rb, ra != rb, hash(ra) == hash(a), hash(ra) == hash(rb))
print("ref in dict", {ra: "x"}[rb])
c = Key(2)
rc = weakref.ref(c)
print("ref ne", ra == rc, ra != rc)
h = hash(rc)
del c
print("dead", rc() is None, rc == rc, rc == ra, hash(rc) == h)
o = Obj(3)
ro = weakref.ref(o)
del o
try:
    hash(ro)
except TypeError as e:
    print("TypeError", e)
print("ref cmp other", ra == 1, ra != "x")
del a, b

# WeakValueDictionary
d = weakref.WeakValueDictionary()
print(type(d).__name__, repr(d).startswith("<WeakValueDictionary at 0x"))
vals = [Obj(i) for i in range(5)]
for i, v in enumerate(vals):
    d["k%d" % i] = v
print("len", len(d), "k1" in d, "zz" in d, d["k2"], d.get("k3"), d.get("zz", "dflt"))
print("keys", sorted(d.keys()), sorted(d), sorted(v.n for v in d.values()))
print("items", sorted((k, v.n) for k, v in d.items()))
print("type keys", type(d.keys()).__name__, type(d.items()).__name__)
del vals[0]
print("after del", len(d), "k0" in d, d.get("k0"), sorted(d))
vals.pop()
print("after pop", len(d), sorted(d))
print("valuerefs", len(d.valuerefs()), all(isinstance(r, weakref.ref) for r in d.valuerefs()))
print("itervaluerefs", sorted(r().n for r in d.itervaluerefs()))
print("pop", d.pop("k1"), d.pop("k1", "gone"), len(d))
extra = Obj(9)
print("setdefault", d.setdefault("k9", extra), d.setdefault("k9", Obj(10)), len(d))
del d["k9"]
print("del", "k9" in d, len(d))
kv = d.popitem()
print("popitem", type(kv).__name__, kv[0] in ("k2", "k3"), len(d))
d2 = d.copy()
print("copy", type(d2).__name__, sorted(d2), sorted(d))
d.update({"u1": extra}, u2=extra)
d.update([("u3", extra)])
print("update", sorted(d))
del extra
print("after shared del", sorted(d))
d.clear()
print("clear", len(d), list(d))
keep = [Obj(i) for i in range(3)]
d3 = weakref.WeakValueDictionary({"a": keep[0]}, b=keep[1])
print("init", sorted(d3), d3 == {"a": keep[0], "b": keep[1]}, d3 != {"a": keep[0]})
d4 = d3 | {"c": keep[2]}
print("or", type(d4).__name__, sorted(d4))
d3 |= {"z": keep[2]}
print("ior", sorted(d3))
r = {"q": keep[0]} | d3
print("ror", type(r).__name__, sorted(r))
# entries vanish while iterating: no crash
tmp = [Obj(i) for i in range(4)]
d5 = weakref.WeakValueDictionary((str(i), o) for i, o in enumerate(tmp))
seen = []
for k in d5:
    seen.append(k)
    tmp.clear()
print("iter while dying", len(seen) >= 1, len(d5))
# same key reassigned: the old value's death must not remove the new entry
v1, v2 = Obj(1), Obj(2)
d6 = weakref.WeakValueDictionary()
d6["x"] = v1
d6["x"] = v2
del v1
print("reassign", len(d6), d6["x"])
# cycles need the collector
class Node:
    pass
n = Node()
n.self = n
d6["cyc"] = n
del n
print("cycle before", "cyc" in d6)
gc.collect()
print("cycle after", "cyc" in d6, len(d6))

# WeakKeyDictionary
wk = weakref.WeakKeyDictionary()
print(type(wk).__name__, repr(wk).startswith("<WeakKeyDictionary at 0x"))
ks = [Key(i) for i in range(4)]
for k in ks:
    wk[k] = k.n * 10
print("len", len(wk), Key(1) in wk, Key(7) in wk, 5 in wk, wk[Key(2)], wk.get(Key(3)), wk.get(Key(8), "dflt"))
print("keys", sorted(k.n for k in wk.keys()), sorted(wk.values()), sorted((k.n, v) for k, v in wk.items()))
del ks[0]
print("after del", len(wk), sorted(k.n for k in wk))
print("keyrefs", len(wk.keyrefs()), all(type(r) is weakref.ref for r in wk.keyrefs()))
print("pop", wk.pop(Key(1)), wk.pop(Key(1), "none"), len(wk))
print("setdefault", wk.setdefault(ks[1], 99), wk.setdefault(Key(50), 5), len(wk))
del wk[ks[1]]
print("del", len(wk), sorted(k.n for k in wk))
kv = wk.popitem()
print("popitem", kv[0].n, kv[1], len(wk))
for k in ks:
    wk[k] = -k.n
wk2 = wk.copy()
print("copy", type(wk2).__name__, sorted((k.n, v) for k, v in wk2.items()))
wk.update({ks[0]: "u"})
wk.update([(ks[1], "v")])
print("update", sorted((k.n, str(v)) for k, v in wk.items()))
print("eq", wk == dict(wk.items()), wk == {})
wk3 = wk | {ks[0]: "or"}
print("or", type(wk3).__name__, wk3[ks[0]])
wk.clear()
print("clear", len(wk))
ks.clear()
print("gone", len(wk2), list(wk2))
# WeakKeyDictionary with a non-weakrefable key
try:
    weakref.WeakKeyDictionary()[1] = 2
except TypeError as e:
    print("TypeError", e)

# WeakSet
items = [Obj(i) for i in range(5)]
ws = weakref.WeakSet(items[:3])
print(type(ws).__name__, len(ws), items[0] in ws, items[4] in ws, 3 in ws)
ws.add(items[3])
ws.add(items[3])
print("add", len(ws), sorted(o.n for o in ws))
ws.discard(items[3])
ws.discard(items[4])
print("discard", len(ws))
ws.remove(items[2])
print("remove", len(ws), sorted(o.n for o in ws))
del items[0]
print("after del", len(ws), sorted(o.n for o in ws))
other = weakref.WeakSet(items[:3])
print("ops", sorted(o.n for o in ws | other), sorted(o.n for o in ws & other),
      sorted(o.n for o in other - ws), sorted(o.n for o in other ^ ws))
print("rel", ws <= other, ws < other, other >= ws, other > ws, ws == other, ws.issubset(items),
      ws.issuperset(items), ws.isdisjoint([items[3]]), ws.isdisjoint(items))
print("method ops", sorted(o.n for o in ws.union(items[3:])), sorted(o.n for o in ws.intersection(items)),
      sorted(o.n for o in other.difference(ws)), sorted(o.n for o in other.symmetric_difference(items)))
w2 = ws.copy()
w2.update(items)
w2.difference_update(items[:1])
print("updates", sorted(o.n for o in w2))
w2.intersection_update(items[1:3])
print("intersection_update", sorted(o.n for o in w2))
w2.symmetric_difference_update(items[2:])
print("sym_update", sorted(o.n for o in w2))
w2 |= [items[0]]
w2 -= [items[3]]
print("inplace", sorted(o.n for o in w2))
w2 &= items[:2]
print("iand", sorted(o.n for o in w2))
w2 ^= items[:3]
print("ixor", sorted(o.n for o in w2))
p = w2.pop()
print("pop", p.n, len(w2))
w2.clear()
print("clear", len(w2), list(w2))
print("repr", repr(weakref.WeakSet()))
tmp = [Obj(i) for i in range(3)]
ws3 = weakref.WeakSet(tmp)
n = 0
for x in ws3:
    n += 1
    tmp.clear()
    del x
print("iter while dying", n >= 1, len(ws3))

# finalize
log = []
def fin(*args, **kw):
    log.append((args, sorted(kw.items())))
    return "result"

o = Obj(1)
f = weakref.finalize(o, fin, 1, 2, k="v")
print("finalize", type(f).__name__, f.alive, f.atexit)
print("peek", f.peek()[0] is o, f.peek()[1] is fin, f.peek()[2:])
print("call", f(), f(), f.alive, log, f.peek(), f.detach())
del o
print("after death", log)
log.clear()
o = Obj(2)
f = weakref.finalize(o, fin, "auto")
del o
print("on death", log, f.alive, f())
log.clear()
o = Obj(3)
f = weakref.finalize(o, fin)
det = f.detach()
print("detach", det[0] is o, det[1] is fin, det[2:], f.alive, f.detach())
del o, det
print("detached death", log)
o = Obj(4)
f = weakref.finalize(o, fin, "x")
f.atexit = False
print("atexit", f.atexit)
del f
print("kept alive by registry", log)
del o
print("ran", log)
log.clear()
o = Obj(5)
f = weakref.finalize(o, fin, "r")
print("repr", repr(f).startswith("<finalize object at 0x"), "; for 'Obj' at 0x" in repr(f))
f()
print("repr dead", repr(f).endswith("; dead>"))
# finalize on a cycle: runs at collection
n = Node()
n.self = n
f = weakref.finalize(n, log.append, "cycle")
del n
print("cycle before", log)
gc.collect()
print("cycle after", log, f.alive)

# WeakMethod
o = Obj(7)
wm = weakref.WeakMethod(o.method)
m = wm()
print("WeakMethod", type(wm).__name__, m(1), m.__self__ is o, m.__func__ is Obj.method)
del m
print("eq", wm == weakref.WeakMethod(o.method), hash(wm) == hash(weakref.WeakMethod(o.method)), wm != weakref.WeakMethod(o.method))
cb = []
wm2 = weakref.WeakMethod(o.method, lambda r: cb.append(r is wm2))
del o
print("dead", wm(), cb, wm == wm, wm == wm2)
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print("TypeError", e)
try:
    weakref.WeakMethod(Obj.method)
except TypeError as e:
    print("TypeError", e)

# ref.__callback__, and the weak containers iterated while keys die
o = Obj(1)
cbf = lambda r: None
r = weakref.ref(o, cbf)
print("__callback__", r.__callback__ is cbf, weakref.ref(o).__callback__)
del o
print("__callback__ dead", r.__callback__)
ks = [Key(i) for i in range(4)]
wk = weakref.WeakKeyDictionary((k, k.n) for k in ks)
n = 0
for k in wk:
    n += 1
    ks.clear()
    del k
print("WeakKeyDictionary iter while dying", n, len(wk))
print("WeakSet eq", weakref.WeakSet() == weakref.WeakSet(), weakref.WeakSet() != weakref.WeakSet(), weakref.WeakSet() == set())
