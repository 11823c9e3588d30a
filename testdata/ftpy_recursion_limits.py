# ftpy-specific bounds on recursion: each thread counts its own depth,
# nested tuples deeper than the recursion limit still hash (as in
# CPython), and dropping or collecting chains deeper than the trash can's
# depth works. ftpy_test.go's TestGoStackBounded checks, with a lowered
# bound and a small Go stack, what CPython crashes on.
import functools
import gc
import threading


def nest(make, n, leaf):
    x = leaf
    for _ in range(n):
        x = make(x)
    return x


assert nest(functools.partial, 10, abs)(-3) == 3
assert hash(nest(lambda x: (x,), 5000, ())) is not None

# Dropping and collecting chains deeper than the trash can's depth.
for make in (lambda x: [x], lambda x: (x,), lambda x: {1: x}, lambda x: frozenset([x])):
    x = nest(make, 3000, None)
    del x
head = []
x = head
for _ in range(3000):
    x.append([])
    x = x[0]
x.append(head)  # one long cycle
del head, x
assert gc.collect() >= 3000


# The depth is per thread: two threads each recursing close to the limit
# do not add up.
def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)


results = []
barrier = threading.Barrier(2)


def worker():
    barrier.wait()
    for _ in range(5):
        results.append(deep(800))


threads = [threading.Thread(target=worker) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
assert results == [800] * 10, results
print("ok")
