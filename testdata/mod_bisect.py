# The bisect module.
import bisect

a = [1, 2, 2, 2, 3, 5, 8]
for x in (0, 1, 2, 3, 4, 8, 9):
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
print(bisect.bisect_left(a, 2, 2), bisect.bisect_left(a, 2, lo=4), bisect.bisect_right(a, 2, 0, 2), bisect.bisect_right(a, 2, hi=3))
print(bisect.bisect_left(a, 2, 0, None), bisect.bisect_left(a, 2, hi=-5), bisect.bisect_left(a, 2, 10), bisect.bisect_left([], 1))
print(bisect.bisect is bisect.bisect_right, bisect.insort is bisect.insort_right, bisect.bisect)
print(bisect.bisect_left("acegi", "d"), bisect.bisect_right((1, 3, 5), 3), bisect.bisect_left(range(0, 100, 5), 42))

l = []
for x in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(l, x)
print(l)
bisect.insort_left(l, 5)
bisect.insort_right(l, 0)
bisect.insort(l, 100, 0, len(l))
print(l)

# key= works on the key space for bisect and applies key(x) for insort.
recs = [("a", 1), ("b", 3), ("c", 5)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]), bisect.bisect_right(recs, 3, key=lambda r: r[1]))
bisect.insort(recs, ("x", 3), key=lambda r: r[1])
bisect.insort_left(recs, ("y", 3), key=lambda r: r[1])
print(recs)
print(bisect.bisect(recs, 4, key=None if False else (lambda r: r[1])), bisect.bisect_left([3, 2, 1], -2, key=lambda v: -v))

# Stable insertion of equal keys
class K:
    def __init__(self, k, tag):
        self.k, self.tag = k, tag
    def __lt__(self, o):
        return self.k < o.k
    def __repr__(self):
        return "%s%s" % (self.k, self.tag)

ks = []
for i, k in enumerate([2, 1, 2, 1, 2]):
    bisect.insort_right(ks, K(k, "r%d" % i))
    bisect.insort_left(ks, K(k, "l%d" % i))
print(ks)

class Seq:
    def __init__(self, items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]
    def insert(self, i, x):
        print("insert", i, x)
        self.items.insert(i, x)

s = Seq([10, 20, 30])
print(bisect.bisect(s, 25))
bisect.insort(s, 15)
print(s.items)

class L(list):
    def insert(self, i, x):
        print("L.insert", i, x)
        super().insert(i, x)

sub = L([1, 3])
bisect.insort(sub, 2)
print(sub)

def err(f, *args, **kw):
    try:
        r = f(*args, **kw)
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print("->", r)

err(bisect.bisect, [1], 2, -1)
err(bisect.bisect)
err(bisect.bisect, [1])
err(bisect.bisect, 1, 2)
err(bisect.bisect, [1], 2, "a")
err(bisect.bisect, [1, 2, 3], 2, hi=10)
err(bisect.insort, (1,), 2)
err(bisect.bisect, [1], 2, 0, 1, lambda x: x)
err(bisect.bisect_left, [1, 2, 3], "a")
err(bisect.bisect_left, [1, 2], 1, foo=1)
err(bisect.insort_left, [1, 2], 1, key=5)
