# Comparing deques of objects that are not immortal (once freed the
# items twice: a Go panic in CPython's test_deque).
from collections import deque
import sys
s = [x / 3 for x in range(1, 4)]
before = sys.getrefcount(s[0])
d = deque(s, 3)
e = d.copy()
for _ in range(3):
    print(d == e, d != e, d < e, d <= deque(s[:2]), e > deque())
print(sys.getrefcount(s[0]) - before, [round(x, 3) for x in s])
del d, e
print(sys.getrefcount(s[0]) - before)
