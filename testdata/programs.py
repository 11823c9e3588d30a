class Node:
    def __init__(self, val, children=None):
        self.val = val
        self.children = children or []
    def __iter__(self):
        yield self.val
        for c in self.children:
            yield from c
    def __len__(self):
        return 1 + sum(len(c) for c in self.children)
    def __repr__(self):
        return f"Node({self.val!r}, {len(self.children)} kids)"

tree = Node(1, [Node(2, [Node(4)]), Node(3)])
print(list(tree), len(tree), tree)

class Account:
    _count = 0
    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        Account._count += 1
    @property
    def balance(self):
        return self._balance
    @balance.setter
    def balance(self, v):
        if v < 0:
            raise ValueError("negative balance")
        self._balance = v
    @classmethod
    def count(cls):
        return cls._count
    @staticmethod
    def fmt(x):
        return f"${x:,.2f}"
    def __lt__(self, other):
        return self.balance < other.balance
    def __eq__(self, other):
        return isinstance(other, Account) and self.balance == other.balance

accts = [Account("a", 300), Account("b", 100), Account("c", 200)]
accts[1].balance = 1000
print(Account.count(), [a.owner for a in sorted(accts)], Account.fmt(1234567.891))
try:
    accts[0].balance = -5
except ValueError as e:
    print("error:", e)
print(max(accts).owner, accts[0] == Account("z", 300), accts[0] != accts[1])

def divide(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return float("inf")
    finally:
        print("divide", a, b)
print(divide(1, 2), divide(1, 0))

def stats(xs):
    n = len(xs)
    mean = sum(xs) / n
    var = sum((x - mean) ** 2 for x in xs) / n
    return round(mean, 3), round(var ** 0.5, 3)
print(stats([2, 4, 4, 4, 5, 5, 7, 9]))

words = "the quick brown fox jumps over the lazy dog the end".split()
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
print(top, len(set(words)), {w: len(w) for w in words if len(w) > 4})

matrix = [[i * 3 + j for j in range(3)] for i in range(3)]
transposed = [list(row) for row in zip(*matrix)]
print(matrix, transposed, [sum(r) for r in matrix])
flat = [x for row in matrix for x in row if x % 2]
print(flat, any(x > 7 for x in flat), all(x >= 0 for x in flat))
print(list(map(str, range(3))), list(filter(None, [0, 1, "", "a"])), list(enumerate("ab", 1)))
print(list(reversed([1, 2, 3])), "".join(reversed("abc")), list(zip("ab", range(5))))
s = "  Mixed Case Text  "
print(s.strip().title(), s.strip().swapcase(), s.replace("e", "3").strip(), s.find("Case"))
print("{:>8}|{:<8}|{:^8}|{:08.3f}|{:x}|{:,}".format("r", "l", "c", 3.14159, 255, 1234567))
print("%5.1f%% of %s" % (12.345, "total"), f"{0.5:.0%}", f"{1e-7}", f"{123456789.123:e}")
nums = [5, 3, 8, 1]
nums.sort(reverse=True)
nums.append(0); nums.insert(0, 10); nums.remove(3)
print(nums, nums.index(8), nums.pop(), nums.count(5), nums[::2], nums[-2:])
d = {"b": 2, "a": 1}
d.update(c=3)
print(list(d), list(d.values()), d.pop("b"), d, "a" in d, d.get("zz", -1))
t = (1, 2, 3)
a, *rest = t
print(a, rest, t + (4,), t * 2, t.index(2), t[1:])
print(int("42") + int("0x1f", 16) + int("0b101", 0), float("1.5e3"), str(3.0), repr("it's"))
print(abs(-3), pow(2, 10), pow(2, 10, 1000), round(2.5), round(3.5), round(1.23456, 2))
print(chr(65), ord("a"), hex(255), oct(8), bin(5), bool(""), type(None).__name__)
