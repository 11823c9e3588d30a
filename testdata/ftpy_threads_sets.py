# Sets shared between threads: four threads add disjoint ranges to one set
# and discard part of them while readers test membership; the result must
# be exactly what the operations imply. ftpy-only (threads really run in
# parallel): no golden file, the asserts are the test.
import threading

N = 4
PER = 3000
s = set()
fs = frozenset(range(0, N * PER, 3))
barrier = threading.Barrier(2 * N + 1)
errors = []


class Key:
    # equality that runs Python code, to exercise the unlocked comparison
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return self.v % 97

    def __eq__(self, other):
        return isinstance(other, Key) and self.v == other.v


def writer(w):
    global s  # for s |= ...: rebinds s to the same set
    try:
        barrier.wait()
        lo, hi = w * PER, (w + 1) * PER
        for i in range(lo, hi):
            s.add(i)
            s.add("k%d" % i)
            if i % 10 == 0:
                s.add(Key(i))
        for i in range(lo, hi, 2):
            s.discard(i)
            s.discard("k%d" % i)
        for i in range(lo, hi, 20):
            s.discard(Key(i))
        s.update(range(hi + 10 * PER, hi + 10 * PER + 10))
        s |= {("t", w)}
    except Exception as e:  # pragma: no cover
        errors.append(repr(e))


def reader(w):
    try:
        barrier.wait()
        seen = 0
        for rnd in range(20):
            for i in range(w * PER, (w + 1) * PER, 7):
                if i in s:
                    seen += 1
                assert (i in fs) == (i % 3 == 0)
            assert hash(fs) == hash(frozenset(fs))
            try:
                for x in s:
                    pass
            except RuntimeError as e:
                assert "changed size during iteration" in str(e), e
            c = s.copy()
            assert len(c) >= 0
    except Exception as e:  # pragma: no cover
        errors.append(repr(e))


threads = [threading.Thread(target=writer, args=(w,)) for w in range(N)]
threads += [threading.Thread(target=reader, args=(w,)) for w in range(N)]
for t in threads:
    t.start()
barrier.wait()
for t in threads:
    t.join()

assert not errors, errors
want = set()
for w in range(N):
    lo, hi = w * PER, (w + 1) * PER
    want.update(i for i in range(lo, hi) if i % 2)
    want.update("k%d" % i for i in range(lo, hi) if i % 2)
    want.update(range(hi + 10 * PER, hi + 10 * PER + 10))
    want.add(("t", w))
keys = [x for x in s if isinstance(x, Key)]
others = {x for x in s if not isinstance(x, Key)}
assert others == want, (len(others), len(want))
assert sorted(k.v for k in keys) == [i for i in range(0, N * PER, 10) if i % 20], len(keys)
assert len(s) == len(want) + len(keys)
for i in range(N * PER):
    assert (i in s) == (i % 2 == 1)
    assert ("k%d" % i in s) == (i % 2 == 1)
