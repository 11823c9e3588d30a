# Python classes deriving from types defined in Go modules (Type.SubclassDict).

import random, collections
class MyRandom(random.Random):
    def __init__(self, seed, tag):
        super().__init__(seed)
        self.tag = tag
    def random(self):
        return super().random() / 2
r = MyRandom(42, "half")
print(r.tag, r.random(), type(r).__name__, isinstance(r, random.Random))
print(random.Random(42).random() / 2)
class Q(collections.deque):
    def push(self, x):
        self.append(x)
        self.count_pushes = getattr(self, "count_pushes", 0) + 1
q = Q([1, 2], maxlen=3)
q.push(3); q.push(4)
print(q, q.count_pushes, len(q), q.maxlen)
import gc
del q, r
gc.collect()
import itertools
class Evens(itertools.count):
    def __next__(self):
        v = super().__next__()
        return v * 2
e = Evens(1)
e.label = "evens"
print(next(e), next(e), e.label, list(itertools.islice(e, 3)))
import functools
class Tagged(functools.partial):
    def describe(self):
        return f"{self.func.__name__}{self.args}"
def add(a, b): return a + b
p = Tagged(add, 1)
p.note = "n"
print(p(2), p.describe(), p.note, isinstance(p, functools.partial), type(p).__name__)
