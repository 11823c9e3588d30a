"""A small tour of ftpy: functions, generators, classes, comprehensions,
exceptions and f-strings. Run it with:  go run ./cmd/ftpy examples/primes.py
"""


def primes():
    """Yield the primes, forever (an incremental sieve)."""
    composites = {}
    n = 2
    while True:
        if n not in composites:
            yield n
            composites[n * n] = [n]
        else:
            for p in composites.pop(n):
                composites.setdefault(n + p, []).append(p)
        n += 1


class Stats:
    def __init__(self, values):
        self.values = list(values)

    @property
    def mean(self):
        return sum(self.values) / len(self.values)

    def __repr__(self):
        return f"Stats(n={len(self.values)}, mean={self.mean:.2f})"


first = []
for p in primes():
    if p > 100:
        break
    first.append(p)

gaps = [b - a for a, b in zip(first, first[1:])]
print(f"{len(first)} primes below 100, the last is {first[-1]}")
print("largest gap:", max(gaps), "after", first[gaps.index(max(gaps))])
print(Stats(first))
try:
    Stats([]).mean
except ZeroDivisionError as e:
    print("empty stats:", e)
