# dict_keys.mapping, dict_values.mapping, dict_items.mapping: a read-only
# mappingproxy of the dict the view looks at.
d = {"a": 1, "b": 2}
for view in (d.keys(), d.values(), d.items()):
    m = view.mapping
    print(type(m).__name__, m, repr(m), len(m), m["a"], "a" in m, list(m))
print(d.keys().mapping == d, d.keys().mapping == {"a": 1}, d.keys().mapping != d)
m = d.items().mapping
d["c"] = 3
print(m, m.get("c"), m.get("z", "none"), list(m.keys()), list(m.values()), list(m.items()))
print(m.copy(), type(m.copy()).__name__, list(reversed(m)))
print(m | {"z": 0}, {"y": 9} | m)
try:
    m["x"] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    del m["a"]
except TypeError as e:
    print("TypeError:", e)
try:
    m.clear()
except AttributeError as e:
    print("AttributeError:", e)
try:
    d.keys().mapping = {}
except AttributeError as e:
    print("AttributeError:", e)
try:
    m["missing"]
except KeyError as e:
    print("KeyError:", e)


class D(dict):
    pass


sub = D(x=1)
print(type(sub.keys().mapping).__name__, sub.values().mapping)
print(type(m)({"q": 1}))
try:
    type(m)([1, 2])
except TypeError as e:
    print("TypeError:", e)
