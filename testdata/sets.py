# set and frozenset: methods, operators, comparisons.  Sets of strings have
# a hash-seed-dependent order, so they are printed through srt().
def srt(x):
    l = list(x)
    l.sort()
    return l


s = {3, 1, 2}
s.add(4); s.add(1); s.discard(10); s.discard(3); s.remove(2)
print(s, len(s), 1 in s, 3 in s, 5 not in s)
s.update([5, 6], (7,), range(8, 10)); print(s)
print(s.pop() in range(10), len(s))
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b, a.union(b, [10]), a.intersection(b, {4}), a.difference(b, {1}), a.symmetric_difference([5, 6]))
print(a <= b, {3} <= a, {3} < a, a < a, a <= a, a >= {1}, a > {1, 2, 3, 4}, a == {4, 3, 2, 1}, a != b, a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint({9}), a.isdisjoint([4]))
c = set(a); c |= {9}; c &= {1, 2, 9}; c -= {2}; c ^= {1, 7}; print(c)
d = set(range(6)); d.intersection_update([1, 2, 3], range(2, 9)); print(d)
d.difference_update({2}); print(d)
d.symmetric_difference_update([3, 4]); print(d)
d.clear(); print(d, len(d), bool(d), repr(set()), repr(frozenset()))
f = frozenset([1, 2, 2, 3])
print(f, len(f), f | {4}, f & {1}, type(f | {4}).__name__, type({4} | f).__name__, f.union([9]), f.copy() is f, hash(f) == hash(frozenset([3, 2, 1])))
print({f: "frozen key"}[frozenset({1, 2, 3})], f == {1, 2, 3}, {1, 2, 3} == f, frozenset() == set())
print(set(), set("hello") == set("olleh"), len(set("mississippi")), srt(set("mississippi")), srt(frozenset("abc")))
print(set([1, 1.0, True]), {0, False, 0.0}, {(1, 2), (1, 2)}, {None, None}, set(range(5)), set({1: 2, 3: 4}))
print({x % 3 for x in range(10)}, {c for c in "aabbcc"} == {"a", "b", "c"}, srt({w.upper() for w in ["x", "y"]}))
words = {"apple", "banana", "cherry"}
print(srt(words), "apple" in words, srt(words - {"apple"}), srt(words | {"date"}), srt(words & {"cherry", "fig"}))
e = {1, 2}; e2 = e.copy(); e2.add(3); print(e, e2, e.copy() == e)
try:
    {1}.remove(2)
except KeyError as ex:
    print("KeyError", ex)
try:
    set().pop()
except KeyError as ex:
    print("KeyError", ex)
try:
    {[1]}
except TypeError as ex:
    print("TypeError", ex)
print(list({5: 0, 3: 0}), max({1, 5, 3}), min({4, 2}), sum({1, 2, 3}), srt({3, 1, 2}))
nums = set(range(100)); evens = {x for x in nums if x % 2 == 0}; print(len(evens), len(nums - evens), 50 in evens, 51 in evens)
h = {-1, -2, 2**61 - 1, 2**64, 0.5, 1.5}; print(len(h), -1 in h, 2**64 in h, 0.5 in h)
print(set.__name__, frozenset.__name__, type(set()) is set, isinstance(frozenset(), frozenset), {1}.__len__(), {1}.__contains__(1))
print({1, 2} - {2}, {1, 2}.difference(), {1}.union(), frozenset({1}).intersection({1, 2}))
print(set() < {1}, {1} < set(), {1, 2} > {1}, frozenset({1}) <= {1, 2})
g = {1, 2, 3}
for x in list(g):
    if x % 2:
        g.discard(x)
print(g)
n = float("nan"); ns = {n}; print(n in ns, float("nan") in ns, len({n, n}), len({float("nan"), float("nan")}))
assert {1, 2} | {3} == {1, 2, 3}
assert frozenset([1]) in {frozenset([1]): 0}
