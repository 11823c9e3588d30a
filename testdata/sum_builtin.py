# sum(): the int64 running total, and every way out of it.
print(sum([1,2.5,3]), sum([2**62,2**62,2**62]), sum([], 5), sum([[1],[2]], []))
print(sum(range(10**6)), sum([True, True, 3]), sum([1, 2, 3], 10), sum((x for x in [1, -5, 2**63])), sum([-2**63, -1]))
print(sum([1, 2], 0.5), sum([0.1] * 10), sum([1, (2**64)], -3))
class N:
    def __radd__(self, o): return "radd %r" % (o,)
print(sum([1, 2, N()]))
try: sum([1, "a"])
except TypeError as e: print("TypeError:", e)
try: sum(5)
except TypeError as e: print("TypeError:", e)
def gen():
    yield 1
    raise ValueError("boom")
try: sum(gen())
except ValueError as e: print("ValueError:", e)
