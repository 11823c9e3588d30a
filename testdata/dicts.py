# dict methods, views, ordering and comprehension.
def srt(x):
    l = list(x)
    l.sort()
    return l


d = {"a": 1, "b": 2}
d["c"] = 3; d["a"] = 10
print(d, len(d), d["b"], d.get("z"), d.get("z", 0), d.get("a", 0), "a" in d, 1 in d, "z" not in d)
print(list(d), list(d.keys()), list(d.values()), list(d.items()), d.keys(), d.values(), d.items())
print(d.pop("b"), d.pop("zz", "dflt"), d, d.setdefault("a", 0), d.setdefault("n"), d.setdefault("m", []), d)
print(d.popitem(), d.popitem(), d)
d.update({"x": 1}, y=2); d.update([("z", 3)]); d.update(w=4); print(d)
del d["x"]; print(d)
e = d.copy(); e["new"] = 0; print(d == e, d, e, e is d)
e.clear(); print(e, len(e), bool(e), bool(d))
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0), dict(a=1, b=2), dict([(1, 2), [3, 4]]), dict({"k": "v"}, k2="v2"), dict(zip("ab", range(2))), dict())
# insertion order survives deletion and reinsertion
o = {}
for k in "hello world":
    o[k] = o.get(k, 0) + 1
print(o)
del o["l"]; o["l"] = 0; print(list(o))
# key equality across types
k = {1: "int"}; k[1.0] = "float"; k[True] = "bool"; print(k)
k2 = {0: "a", False: "b", 0.0: "c", "": "d", (): "e", None: "f", (1, 2): "g", frozenset([1]): "h"}; print(k2)
print(k2[frozenset([1])], k2[(1, 2)], k2[None])
# views
dd = {"a": 1, "b": 2, "c": 3}
ks, vs, its = dd.keys(), dd.values(), dd.items()
dd["d"] = 4
print(len(ks), list(vs), ("a", 1) in its, ("a", 2) in its, "d" in ks, 4 in vs)
print(srt(ks & {"a", "z"}), srt(ks | {"z"}), srt(ks - {"a"}), srt(ks ^ {"a", "q"}), its & {("b", 2)}, ks == {"a", "b", "c", "d"}, ks.isdisjoint({"x"}), ks.isdisjoint(["a"]))
print(list(reversed(dd)), list(reversed(dd.keys())), list(reversed(dd.values())), list(reversed(dd.items())))
# comparison
print({1: 2, 3: 4} == {3: 4, 1: 2}, {1: 2} == {1: 3}, {1: 2} != {1: 2}, {} == {}, {1: [1]} == {1: [1]})
# comprehension
print({x: x * x for x in range(5)}, {c: i for i, c in enumerate("abca")}, {k: v for k, v in dd.items() if v % 2})
# merge operators
m1 = {"a": 1, "b": 2}; m2 = {"b": 3, "c": 4}
print(m1 | m2, m2 | m1)
m1 |= m2; print(m1)
m1 |= [("z", 0)]; print(m1)
# nesting and repr
nest = {"l": [1, {"d": (1, 2)}], "s": "q'uote", 1.5: None, -1: True}
print(nest, repr(nest), str(nest))
r = {}; r["self"] = r; print(r)
print({"a": 1}.__len__(), {"a": 1}.__contains__("a"), {"a": 1}.__getitem__("a"), dict.__name__, type({}) is dict)
it = iter({"p": 1, "q": 2}); print(next(it), next(it))
big = {i: str(i) for i in range(1000)}
for i in range(0, 1000, 2):
    del big[i]
print(len(big), big[999], list(big)[:5], sum(big))
cnt = {}
for w in "the quick the lazy the end quick".split():
    cnt[w] = cnt.get(w, 0) + 1
print(cnt, max(cnt, key=cnt.get), [w for w in cnt if cnt[w] > 1])
print(list({3: 0, 1: 0, 2: 0}.items()))
g = {"a": {"b": {"c": 1}}}; g["a"]["b"]["d"] = 2; print(g)
sd = {"x": 1}; print(sd.setdefault("x", 5), sd.get("x"), sd.pop("x"), sd)
assert dict(a=1) == {"a": 1}
x = {**{"a": 1}}
assert x == {"a": 1}
print({**{"a": 1}, "b": 2, **{"a": 3}})
