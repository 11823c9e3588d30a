# _heapq and _bisect, CPython's C modules under heapq.py and bisect.py.
import _heapq as h
import _bisect as b
import random

print(sorted(n for n in dir(h) if not n.startswith('__')))
print(sorted(n for n in dir(b) if not n.startswith('__')))
print(h.heappop.__module__, b.bisect_left.__module__)

rng = random.Random(5)
data = [rng.randrange(100) for _ in range(40)]
heap = list(data)
h.heapify(heap)
print(heap)
h.heappush(heap, -1)
print(h.heappop(heap), h.heappop(heap), h.heapreplace(heap, 50), h.heappushpop(heap, -5), h.heappushpop(heap, 99))
print(heap)
print([h.heappop(heap) for _ in range(5)])

mx = list(data)
h._heapify_max(mx)
print(mx)
print(h._heappop_max(mx), h._heappop_max(mx), h._heapreplace_max(mx, 0), mx[:5])
print(h._heappop_max([7]), h.heappushpop([], 3))
big = [rng.random() for _ in range(3000)]
hb = list(big)
h.heapify(hb)
mb = list(big)
h._heapify_max(mb)
print(hb[:4], mb[:4], hb == sorted(big)[:0] or hb[0] == min(big), mb[0] == max(big))

a = [1, 2, 2, 2, 3, 5]
print(b.bisect_left(a, 2), b.bisect_right(a, 2), b.bisect_left(a, 2, 2), b.bisect_right(a, 2, 0, 3))
print(b.bisect_left(a, 4, hi=None), b.bisect_right(a, 0, lo=0, hi=6))
recs = [('a', 1), ('b', 3), ('c', 5)]
print(b.bisect_left(recs, 3, key=lambda r: r[1]), b.bisect_right(recs, 3, key=lambda r: r[1]))
b.insort_left(a, 2); b.insort_right(a, 4); b.insort_left(a, 0, 0, 1)
print(a)
b.insort_right(recs, ('x', 4), key=lambda r: r[1])
print(recs)
from collections import deque
d = deque([1, 3])
b.insort_left(d, 2)
print(d)
