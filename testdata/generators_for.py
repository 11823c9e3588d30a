# Generators iterated by for loops (which run them inside the loop's own
# eval loop in ftpy): values, early exits, exceptions both ways,
# finally blocks, nesting, recursion and the generator's state.
def count(n, log):
    try:
        for i in range(n):
            log.append("yield %d" % i)
            yield i
        log.append("exhausted")
        return "done"
    finally:
        log.append("finally")


log = []
print([x * 10 for x in count(3, log)], log)

log = []
total = 0
for x in count(10, log):
    if x == 2:
        break
    total += x
print(total, log)
g = count(5, log)
for x in g:
    if x == 1:
        break
print(next(g), log[-1])
g.close()
print(log[-1])


def failing(n):
    for i in range(n):
        if i == 3:
            raise ValueError("at %d" % i)
        yield i


seen = []
try:
    for x in failing(10):
        seen.append(x)
except ValueError as e:
    print("caught", e, seen)


def guarded():
    try:
        yield 1
        yield 2
    except KeyError as e:
        yield "handled %s" % e
    yield 3


out = []
g = guarded()
for x in g:
    out.append(x)
    if x == 1:
        out.append(g.throw(KeyError("k")))
print(out)


def body_raises():
    log = []
    def gen():
        try:
            yield 1
            yield 2
        finally:
            log.append("gen finally")
    try:
        for x in gen():
            raise IndexError("in body")
    except IndexError as e:
        log.append(str(e))
    return log


print(body_raises())


def stop_inside():
    yield 1
    raise StopIteration("early")


try:
    for x in stop_inside():
        pass
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__, e.__cause__)


def nested(n):
    for i in range(n):
        for j in inner(i):
            yield (i, j)


def inner(k):
    for j in range(k):
        yield j


print(list(nested(4)))


def walk(n):
    if n:
        for x in walk(n - 1):
            yield x
    yield n


print(sum(walk(300)))
try:
    for x in walk(5000):
        pass
except RecursionError as e:
    print("RecursionError", e)


def running():
    yield g2.gi_running


g2 = running()
for r in g2:
    print("gi_running inside:", r, "after:", g2.gi_running)


def shared():
    for i in range(6):
        yield i


g3 = shared()
pairs = []
for a in g3:
    pairs.append((a, next(g3, None)))
print(pairs)


def returns_value():
    yield 1
    return 42


print([x for x in returns_value()])
it = returns_value()
for x in it:
    pass
print(next(it, "exhausted"))
