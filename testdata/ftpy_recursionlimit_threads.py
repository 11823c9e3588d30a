# Threads recurse while another thread changes sys.setrecursionlimit: the
# limit is one value every thread reads at each call, so this is the race
# that go test -race checks (scripts run in process). Bounded by counts.
import sys
import threading

old = sys.getrecursionlimit()


def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)


stop = threading.Event()
results = []  # (completed, recursion errors) per thread
lock = threading.Lock()


def setter(low, high):
    i = 0
    while not stop.is_set():
        sys.setrecursionlimit(low if i % 2 else high)
        i += 1


def recurser(depth, rounds, must_complete):
    done = errors = 0
    for _ in range(rounds):
        try:
            assert deep(depth) == depth
            done += 1
        except RecursionError:
            assert not must_complete
            errors += 1
    with lock:
        results.append((done, errors))


def phase(low, high, depth, must_complete):
    results.clear()
    stop.clear()
    s = threading.Thread(target=setter, args=(low, high))
    s.start()
    ts = [threading.Thread(target=recurser, args=(depth, 100, must_complete)) for _ in range(4)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    stop.set()
    s.join()
    sys.setrecursionlimit(old)
    assert len(results) == 4
    assert all(d + e == 100 for d, e in results), results


# Limits always above the depth: every recursion completes.
phase(300, 1000, 100, True)
# A limit below the depth half the time: each recursion completes or
# raises RecursionError, never anything else.
phase(60, 1000, 100, False)
assert sys.getrecursionlimit() == old
assert deep(500) == 500
