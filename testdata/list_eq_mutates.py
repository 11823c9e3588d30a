# list.remove/index/count/in/== whose items' __eq__ changes the list
# being searched: the search goes on over the list as it now is, as
# CPython's does (ftpy releases the list's lock around Python code).
import threading

class E:
    def __init__(self, l, v, act): self.l, self.v, self.act = l, v, act
    def __eq__(self, o):
        self.act(self.l)
        return self.v == o
    def __repr__(self): return "E%d" % self.v
for name, act in [("pop0", lambda l: l.pop(0) if l else None), ("clear", lambda l: l.clear()), ("ins", lambda l: l.insert(0, 9) if len(l) < 8 else None), ("app", lambda l: l.append(7) if len(l) < 8 else None)]:
    l = []
    l.extend([E(l, 1, act), E(l, 2, act), 3, 4])
    try:
        l.remove(2); print(name, "remove", l)
    except ValueError as e: print(name, "remove", e, l)
    l = []; l.extend([E(l, 1, act), E(l, 2, act), 3, 4])
    try: print(name, "index", l.index(2), l)
    except ValueError as e: print(name, "index", e, l)
    l = []; l.extend([E(l, 1, act), E(l, 2, act), 3, 4])
    print(name, "count", l.count(2), l)
    l = []; l.extend([E(l, 1, act), E(l, 2, act), 3, 4])
    print(name, "in", 2 in l, l)
    l = []; l.extend([E(l, 1, act), E(l, 2, act), 3, 4])
    print(name, "eq", l == [0, 2, 3, 4], l)


# __eq__ that waits for another thread to change the same list: the
# search holds no lock while __eq__ runs, so this cannot deadlock.
class J:
    def __eq__(self, o):
        t = threading.Thread(target=lambda: l.append(99))
        t.start()
        t.join()
        return False


l = [J(), 5]
print(5 in l, l.count(5), l.index(5), len(l))
l.remove(5)
print(len(l), l[1:])
m = [J(), 1]
print(l == m, l < m if False else None, len(l), len(m))
print([1, 2] < [1, 3], [1, 2] == [1, 2.0], [float("nan")] == [float("nan")])
x = [float("nan")]
print(x == x, x == list(x), [1, 2, 3] >= [1, 2])
