# The eval loop updates an int or float in place when a fast local holds
# its only reference and is about to be replaced (x = x op y, and a
# for loop over a range). None of that may be visible: every other name,
# container, frame or closure that holds the old value keeps it.


def aliases():
    x = 1000.5
    y = x
    x = x * 2.0
    a = 10 ** 6
    b = a
    a = a + 1
    return x, y, a, b


def kept_in_containers():
    t = 1000.0
    n = 5000
    keep = []
    for i in range(3):
        keep.append(t)
        keep.append(n)
        t = t + 1.0
        n = n + 1
    return keep, t, n


def loop_values_escape():
    seen = []
    for i in range(1000, 1004):
        seen.append(i)
    d = {}
    for i in range(2000, 2003):
        d[i] = i * 2
    s = set()
    for i in range(3000, 3003):
        s.add(i)
    return seen, d, sorted(s), i


def swaps():
    p = 1000.0
    q = 2.0
    z, p = p, p * q
    m = 7000
    m, w = m * 3, m
    return z, p, m, w


def small_ints():
    n = 300
    n = n - 100          # 200: the cached small int, never modified
    k = 1000
    k = k - 1000
    return n, k, 200, 0


def overflow_and_errors():
    big = 2 ** 62
    big = big * 4        # beyond int64: a new (big) int
    f = 1000.0
    try:
        f = f / 0.0
    except ZeroDivisionError as e:
        err = str(e)
    return big, f, err


def counters():
    total = 0
    for i in range(100000):
        total = total + i
    acc = 1.0
    for _ in range(1000):
        acc = acc * 1.001
    return total, round(acc, 6)


def gen(start):
    for j in range(start, start + 3):
        yield j


def generators_hold_values():
    gs = [gen(k) for k in range(4000, 4003)]
    firsts = [next(g) for g in gs]
    items = list(gen(5000))
    return firsts, items


def closures_see_their_values():
    fs = []
    for i in range(6000, 6003):
        fs.append(lambda i=i: i)
    v = 8000
    def read():
        return v
    before = read()
    v = v + 1
    return [f() for f in fs], before, read()


def identity_of_replaced():
    x = 123456
    old = x
    x = x + 1
    return old is x, old, x


print(aliases())
print(kept_in_containers())
print(loop_values_escape())
print(swaps())
print(small_ints())
print(overflow_and_errors())
print(counters())
print(generators_hold_values())
print(closures_see_their_values())
print(identity_of_replaced())
