# Threads test membership in one shared frozenset at once, without its
# lock (its table never changes once built), including keys whose __eq__
# is Python code that runs during the probe. Bounded in count and time;
# the asserts are the test.
import _thread


class K:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return self.v % 7  # collisions: probes call __eq__

    def __eq__(self, other):
        return isinstance(other, K) and self.v == other.v


SHARED = frozenset([K(i) for i in range(50)] + list(range(100, 150)))
THREADS, ROUNDS = 4, 300


def check(results, done):
    found = 0
    for r in range(ROUNDS):
        for i in range(0, 60, 7):
            found += K(i) in SHARED
            found += (100 + i) in SHARED
    results.append(found)
    done.release()


results = []
locks = []
for _ in range(THREADS):
    done = _thread.allocate_lock()
    done.acquire()
    locks.append(done)
    _thread.start_new_thread(check, (results, done))
for done in locks:
    assert done.acquire(timeout=60), "thread did not finish"
want = ROUNDS * 2 * len([i for i in range(0, 60, 7) if i < 50])
assert results == [want] * THREADS, (results, want)
print("ok")
