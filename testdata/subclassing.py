class D(dict):
    def __missing__(self, k):
        return k * 2
    def total(self):
        return sum(self.values())
d = D(a=1, b=2)
d.extra = "attr"
print(d, d.total(), d.extra, isinstance(d, dict), len(d), d["a"])

class L(list):
    def push(self, x):
        self.append(x)
        return self
l = L([1, 2]).push(3)
print(l, type(l).__name__, l + [4], len(l), l[1:], sum(l))

class P(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self): return self[0]
    @property
    def y(self): return self[1]
p = P(1, 2)
print(p, p.x, p.y, p == (1, 2), type(p).__name__, hash(p) == hash((1, 2)))

class Name(str):
    def shout(self):
        return self.upper() + "!"
n = Name("bob")
print(n, n.shout(), n + "x", len(n), isinstance(n, str), repr(n))

class Money(int):
    def __repr__(self):
        return f"${int(self)}"
m = Money(5)
print(m, repr(m), m + 3, m * 2, isinstance(m, int))

class F(float):
    pass
print(F(1.5) + 1, F("2.5"))

class S(set):
    pass
print(sorted(S([3, 1, 2])), type(S()).__name__)
print(d["zz"])
class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
for ch in "hello":
    c[ch] = c[ch] + 1
print(c)
