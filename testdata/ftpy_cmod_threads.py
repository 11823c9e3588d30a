# Threads share the C-level modules' objects: a deque and an lru_cache
# wrapper. Each operation is atomic, no item or call is lost, and nothing
# crashes (free-threaded ftpy). ftpy-only: no golden file.
import threading
import _collections
import _functools

N = 4
ITER = 500
start = threading.Barrier(N)

d = _collections.deque()
bounded = _collections.deque(maxlen=50)
popped = [0] * N


def deque_worker(i):
    start.wait()
    for j in range(ITER):
        d.append((i, j))
        d.appendleft(j)
        bounded.append(j)
        if j % 2:
            d.pop()
            popped[i] += 1
        if j % 50 == 0:
            d.rotate(3)
            _ = repr(bounded), len(d), list(bounded.copy())[:3]
            try:
                for _ in d:
                    pass
            except RuntimeError:
                pass  # mutated by another thread: CPython's error, not a crash


threads = [threading.Thread(target=deque_worker, args=(i,)) for i in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()
assert len(d) == 2 * N * ITER - sum(popped), (len(d), sum(popped))
assert len(bounded) == 50

calls = []
calls_lock = threading.Lock()


def square(x):
    with calls_lock:
        calls.append(x)
    return x * x


from collections import namedtuple
CacheInfo = namedtuple('CacheInfo', 'hits misses maxsize currsize')
cached = _functools._lru_cache_wrapper(square, 16, False, CacheInfo)
unbounded = _functools._lru_cache_wrapper(square, None, False, CacheInfo)
start = threading.Barrier(N)


def cache_worker(i):
    start.wait()
    for j in range(ITER):
        assert cached(j % 40) == (j % 40) ** 2
        assert unbounded(j % 30) == (j % 30) ** 2
        if j % 100 == 0:
            cached.cache_info()


threads = [threading.Thread(target=cache_worker, args=(i,)) for i in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()
info = cached.cache_info()
assert info.hits + info.misses == N * ITER, info
assert info.currsize <= 16, info
u = unbounded.cache_info()
assert u.hits + u.misses == N * ITER and u.currsize == 30, u
# A partial called from threads while one of them swaps its state: each
# call sees one state whole.
p = _functools.partial(lambda a, b: (a, b), 1)
start = threading.Barrier(N)
bad = []


def partial_worker(i):
    start.wait()
    for j in range(ITER):
        if i == 0 and j % 10 == 0:
            k = j % 2
            p.__setstate__((lambda a, b: (a, b), (k,), {}, None))
        a, b = p(j)
        if a not in (0, 1) or b != j:
            bad.append((a, b))


threads = [threading.Thread(target=partial_worker, args=(i,)) for i in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()
assert not bad, bad[:3]
print("ok")
