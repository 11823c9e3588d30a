# The heapq module: same heap layouts as CPython.
import heapq

h = []
for x in [5, 3, 8, 1, 9, 2, 7, 1, 6, 0, 4]:
    heapq.heappush(h, x)
    print(h)
out = []
while h:
    out.append(heapq.heappop(h))
    print(h)
print(out)

data = [9, 8, 7, 6, 5, 4, 3, 2, 1, 0, 11, 10, 5, 5]
heapq.heapify(data)
print(data)
print(heapq.heapreplace(data, 6), data)
print(heapq.heappushpop(data, -1), heapq.heappushpop(data, 7), data)
print(heapq.heappushpop([], 3), heapq.heapify([]), heapq.heappush(data, 3))
print(data)

# Tuples, strings, and stability of equal priorities.
tasks = []
for prio, name in [(2, "write"), (1, "read"), (3, "sleep"), (1, "eat"), (2, "code")]:
    heapq.heappush(tasks, (prio, name))
print([heapq.heappop(tasks) for _ in range(len(tasks))])
words = "the quick brown fox jumps over the lazy dog".split()
heapq.heapify(words)
print(words, [heapq.heappop(words) for _ in range(3)])

class Item:
    def __init__(self, k, tag):
        self.k, self.tag = k, tag
    def __lt__(self, o):
        return self.k < o.k
    def __repr__(self):
        return "%s%s" % (self.k, self.tag)

items = [Item(k, chr(97 + i)) for i, k in enumerate([3, 1, 2, 1, 3, 2, 1])]
heapq.heapify(items)
print(items)
print([heapq.heappop(items) for _ in range(len(items))])

nums = [5, 1, 8, 3, 9, 2, 8, 7, 1]
print(heapq.nlargest(3, nums), heapq.nsmallest(3, nums), heapq.nlargest(1, nums), heapq.nsmallest(0, nums))
print(heapq.nlargest(20, nums), heapq.nsmallest(-2, nums), heapq.nsmallest(4, iter(nums)), heapq.nlargest(2, []))
print(heapq.nlargest(3, words, key=len), heapq.nsmallest(3, "the quick brown fox".split(), key=len))
recs = [("a", 2), ("b", 1), ("c", 2), ("d", 3), ("e", 1)]
print(heapq.nlargest(3, recs, key=lambda r: r[1]), heapq.nsmallest(3, recs, key=lambda r: r[1]))
print(heapq.nsmallest(2, [3, 1, 2], key=None), heapq.nlargest(n=2, iterable=[3, 1, 2]), heapq.nsmallest(True, [3, 1, 2]))
print(heapq.nlargest(2, {"x": 1, "y": 2, "z": 0}), heapq.nsmallest(2, range(10, 0, -1)))

def err(f, *args, **kw):
    try:
        r = f(*args, **kw)
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print("->", r)

err(heapq.heappop, [])
err(heapq.heapreplace, [], 1)
err(heapq.heappush, 1, 2)
err(heapq.heappush, [])
err(heapq.heappop)
err(heapq.heapify, ())
err(heapq.heappop, ())
err(heapq.heapreplace, 1, 2)
err(heapq.heappushpop, 1, 2)
err(heapq.heappush, [1], "a")
err(heapq.nlargest, 2)
err(heapq.nlargest)
err(heapq.nlargest, 1, [1], None, 4)
err(heapq.nlargest, 1, [1], x=4)
err(heapq.nsmallest, 2, [3, 1], 3)
err(heapq.nsmallest, 2, 5)
err(heapq.nsmallest, 2.0, [3, 1, 2])

class Evil:
    def __lt__(self, o):
        del shared[:]
        return True

shared = [1, 2]
err(heapq.heappush, shared, Evil())
shared = [Evil(), Evil(), Evil()]
err(heapq.heapify, shared)
