# list methods, slicing, slice assignment, sort and iteration builtins.
a = [3, 1, 4, 1, 5, 9, 2, 6]
a.append(5); a.extend([3, 5]); a.extend(range(2)); a.extend("ab"); a.insert(0, "x"); a.insert(-1, "y"); a.insert(100, "z"); a.insert(-100, "w")
print(a, len(a))
print(a.pop(), a.pop(0), a.pop(-2), a.count(1), a.count(5), a.index(5), a.index(5, 6), a.index(1, 2, 5))
a.remove("b"); a.remove(1)
print(a)
a = a[:8]
a.reverse(); print(a)
b = a.copy(); b.clear(); print(a, b, a.copy() is a, a.copy() == a)
s = [5, 2, 8, 1, 9, 3]
s.sort(); print(s)
s.sort(reverse=True); print(s)
words = ["banana", "Apple", "cherry", "date", "Elder", "fig"]
words.sort(key=len); print(words)
words.sort(key=str.lower); print(words)
words.sort(key=lambda w: (len(w), w), reverse=True); print(words)
pairs = [(1, "b"), (0, "a"), (1, "a"), (0, "b")]
pairs.sort(key=lambda p: p[0]); print(pairs)  # stability
mixed = [3.5, 1, True, 2.25, -1]
mixed.sort(); print(mixed)
# slicing
L = list(range(10))
print(L[2:5], L[::2], L[::-1], L[-3:], L[:-3], L[8:2:-2], L[100:], L[-100:3], L[5:2], L[1:8:3], L[::-4])
L[2:5] = ["a", "b"]; print(L)
L[:0] = [-2, -1]; print(L)
L[len(L):] = [99]; print(L)
L[1:3] = []; print(L)
L[::2] = list("ABCDE"); print(L)
L[::-3] = [0, 0, 0, 0]; print(L)
del L[::2]; print(L)
del L[1]; del L[-1]; print(L)
del L[1:3]; print(L)
L[:] = "xyz"; print(L)
L[1:2] = L; print(L)
M = [1, 2, 3]; M[5:9] = [4]; print(M)
M[-1:1] = [7]; print(M)
# operators
print([1, 2] + [3], [0] * 3, 2 * [1, 2], [1] * 0, [1] * -1, [1, 2] == [1, 2], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9], [] < [0])
c = [1]; c += [2]; c += (3,); c += "ab"; c *= 2; print(c)
print(3 in [1, 2, 3], 4 not in [1, 2, 3], [1, [2]] == [1, [2]], [float("nan")] == [float("nan")])
n = float("nan"); print([n] == [n], n in [n])
# list() and constructors
print(list(), list((1, 2)), list({"a": 1, "b": 2}), list(range(3)), list("hi"), list(x * x for x in range(4)), [x for x in range(10) if x % 3 == 0])
print([[i * j for j in range(3)] for i in range(3)], [(i, c) for i in range(2) for c in "ab"])
# iteration builtins
print(list(reversed([1, 2, 3])), list(enumerate("abc", 1)), list(enumerate([], 5)), list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1], [2], [3])))
print(list(map(str, [1, 2])), list(map(lambda x, y: x + y, [1, 2, 3], [10, 20])), list(filter(None, [0, 1, "", "a", None, [], [0]])), list(filter(lambda x: x > 1, [1, 2, 3])))
print(min([3, 1, 2]), max([3, 1, 2]), min("bca"), max([1, 3], [2]), min([], default="empty"), max([-3, 2, -5], key=abs), min(["bb", "a", "ccc"], key=len), max(1, 2, 3, key=lambda v: -v))
print(sum([1, 2, 3]), sum([1.5, 2]), sum([], 5), sum([[1], [2]], []), any([]), all([]), any([0, "", 1]), all([1, "a", 0]), any(x > 2 for x in [1, 3]), all(x for x in [1, 2]))
# nested and aliasing
m = [[0] * 2] * 2; m[0][0] = 1; print(m)
m = [[0] * 2 for _ in range(2)]; m[0][0] = 1; print(m)
r = [1, 2]; r.append(r); print(r, len(r))
e = []; print(repr(e), str([None, True, 1.0, "s", (1,), {1: 2}]))
it = iter([1, 2, 3]); print(next(it), list(it), list(it))
print([1, 2, 3].__len__(), [1, 2].__contains__(2), [1, 2].__getitem__(-1), list.__name__, type([]) is list)
x = [5, 6, 7]
x[-1] = 70; x[0] += 1; print(x)
ri = reversed(x); print(next(ri), list(ri))
print(list(range(5))[1:-1], [1, 2, 3][::-1][0], [0, 1, 2, 3, 4, 5][-2::-2])
q = [1, 2, 3, 4, 5, 6]
for i in q:
    if i % 2 == 0:
        q.remove(i)
print(q)
assert [1, 2, 3][1:] == [2, 3]
assert sum(range(101)) == 5050
