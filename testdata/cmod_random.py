# _random, CPython's C module under random.py: used directly.
import _random

R = _random.Random
print(R.__module__, R.__name__, sorted(n for n in dir(R) if not n.startswith('_')))
r = R(42)
print(r.random(), r.random(), r.getrandbits(70), r.getrandbits(0), r.getrandbits(5), r.getrandbits(32), r.getrandbits(33), r.getrandbits(64))
s = r.getstate()
print(type(s).__name__, len(s), s[-1], s[:3])
a = [r.random() for _ in range(3)]
r.setstate(s)
print(a == [r.random() for _ in range(3)])
for seed in [0, 1, -5, 2 ** 100, -(2 ** 100), 2 ** 32, 1.5, -1.5, True, (1, 2), 10 ** 50 + 7]:
    r.seed(seed)
    print(repr(seed)[:20], r.random(), r.getrandbits(40))


class IntSub(int):
    def __abs__(self):
        return 99


r.seed(IntSub(7)); x = r.random(); r.seed(7); print(x == r.random())
r.seed(None); print(0 <= r.random() < 1)
r.seed(); print(0 <= r.random() < 1)
print(R().getstate()[-1] == 624, 0 <= R().random() < 1)


class Sub(R):
    def __init__(self, x, y=2):
        self.y = y


s = Sub(3, y=5)
print(s.random(), s.y, Sub(1).y)


class Sub2(R):
    pass


print(Sub2(42).random(), Sub2(42).getstate() == R(42).getstate())
st = list(R(1).getstate())
st[0] = 2 ** 32 + 5
r.setstate(tuple(st))
print(r.getstate()[0], r.random())
big = R(7).getrandbits(1000)
print(big.bit_length() <= 1000, big % 1000003)
