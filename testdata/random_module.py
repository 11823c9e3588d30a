# random: CPython's exact sequences for seeded generators.
import random

random.seed(42)
print([random.random() for _ in range(3)], random.randint(1, 100), random.choice("abc"))

for s in [0, 1, -1, 12345, 2**32, 2**64 + 7, -(2**100), "hello", "", b"bytes", 3.5, True]:
    random.seed(s)
    print(repr(s), random.random(), random.getrandbits(7), random.randrange(1000))

random.seed(2024)
print([random.getrandbits(k) for k in (0, 1, 31, 32, 33, 64, 65, 100, 200)])
print([random.randrange(10) for _ in range(10)])
print([random.randrange(5, 50) for _ in range(5)])
print([random.randrange(0, 100, 7) for _ in range(5)])
print([random.randrange(100, 0, -3) for _ in range(5)])
print([random.randrange(10**30) for _ in range(3)])
print([random.randrange(-10**20, 10**20, 3) for _ in range(3)])
print([random.randint(-5, 5) for _ in range(10)])
print(random.randint(10**25, 10**26))
print([random.uniform(1, 10) for _ in range(3)], random.uniform(-2.5, 2.5))
print([random.choice([10, 20, 30, 40]) for _ in range(8)], random.choice(range(1000)), random.choice((1,)))

x = list(range(20))
random.shuffle(x)
print(x)
s = list("abcdefg")
random.shuffle(s)
print(s)

print(random.sample(range(100), 10))
print(random.sample(range(10**6), 8))
print(random.sample("abcdefghij", 10))
print(random.sample(["a", "b", "c"], 2))
print(random.sample(["red", "blue"], k=5, counts=[4, 2]))
print(random.sample(range(20), 0))

print(random.choices("abc", k=10))
print(random.choices([1, 2, 3], weights=[10, 1, 1], k=10))
print(random.choices([1, 2, 3], [0.5, 0.25, 0.25], k=6))
print(random.choices("xyz", cum_weights=[1, 2, 10], k=8))
print(random.choices(range(5)))
print(random.choices("ab", k=0), random.choices("ab", k=-3))

print(round(random.gauss(), 9), round(random.gauss(0, 1), 9), round(random.gauss(10, 2), 9))
print(round(random.normalvariate(), 9), round(random.normalvariate(5, 0.1), 9))
print(round(random.expovariate(1.5), 9), round(random.expovariate(0.1), 9))
print(round(random.triangular(), 9), round(random.triangular(0, 10, 2), 9), random.triangular(3, 3, 3))
print(round(random.lognormvariate(0, 1), 6), round(random.paretovariate(2), 6), round(random.weibullvariate(1, 2), 6))
print(random.randbytes(5), random.randbytes(0))

# Independent generators with their own state.
a = random.Random(7)
b = random.Random(7)
print(a.random() == b.random(), a.randint(1, 6), b.randint(1, 6))
print(type(a).__name__, isinstance(a, random.Random), random.Random(99).random())
c = random.Random()
c.seed(7)
d = random.Random("seven")
print(c.random(), d.random())
st = a.getstate()
first = [a.random() for _ in range(3)]
a.setstate(st)
print(first == [a.random() for _ in range(3)], st[0], len(st[1]))
random.seed(5)
g1 = random.gauss()
st = random.getstate()
g2 = random.gauss()
random.setstate(st)
print(random.gauss() == g2, g1 != g2)

# The module-level generator is an instance.
random.seed(1)
v = random.random()
r = random.Random(1)
print(v == r.random(), random.getrandbits(0))
