# Basic statements and expressions.
x = 1
y = x + 2
assert y == 3
a, b = b, a = 1, 2  # assigned left to right: b, a = 1, 2 wins
assert (a, b) == (2, 1)
first, *rest = [1, 2, 3]
assert first == 1 and rest == [2, 3]
*init, last = "abc"
assert init == ["a", "b"] and last == "c"

total = 0
for i in range(10):
    if i % 2 == 0:
        continue
    total += i
else:
    total += 100
assert total == 125, total

n = 0
while True:
    n += 1
    if n > 5:
        break
assert n == 6

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
assert fib(15) == 610

def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c = counter()
c(); c()
assert c() == 3

g = 10
def set_global():
    global g
    g = 20
set_global()
assert g == 20

sq = [i * i for i in range(5) if i != 2]
assert sq == [0, 1, 9, 16]
assert {k: v for k, v in zip("ab", [1, 2])} == {"a": 1, "b": 2}
assert {i % 3 for i in range(10)} == {0, 1, 2}
assert sum(i for i in range(5)) == 10

def kw(a, b=2, *args, c, d=4, **kwargs):
    return a, b, args, c, d, kwargs
assert kw(1, c=3) == (1, 2, (), 3, 4, {})
assert kw(1, 2, 3, c=5, e=6) == (1, 2, (3,), 5, 4, {"e": 6})
assert kw(*[1, 2], **{"c": 3}) == (1, 2, (), 3, 4, {})

f = lambda x, y=1: x * y
assert f(3) == 3 and f(3, 4) == 12
assert (lambda: (yield))  # a generator lambda is a function

if (m := len("hello")) > 3:
    assert m == 5

s = "a" if 0 else "b"
assert s == "b"
assert 1 < 2 < 3 and not (1 < 3 < 2)
assert [1, 2] + [3] == [1, 2, 3] and (1,) * 3 == (1, 1, 1)
assert "x" in "xyz" and 4 not in [1, 2]
assert None is None and 1 is not None

print("basics ok", fib(10), [1, 2.5, "s", None, True], (1,), {"k": [1]})
