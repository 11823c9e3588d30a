# collections.defaultdict shared by threads: missing keys filled while
# another thread keeps replacing default_factory (each lookup calls one
# whole factory, never a freed one), and concurrent increments through
# __missing__ on distinct keys.
import threading
from collections import defaultdict

d = defaultdict(list)
stop = threading.Event()


def flip():
    i = 0
    while not stop.is_set():
        d.default_factory = (list, int, None, lambda: 'x')[i % 4]
        i += 1


def fill(base):
    for k in range(2000):
        key = (base, k)
        try:
            v = d[key]
        except KeyError:
            continue
        assert v in ([], 0, 'x'), v
        assert repr(d.default_factory) != ''


flipper = threading.Thread(target=flip)
flipper.start()
workers = [threading.Thread(target=fill, args=(b,)) for b in range(4)]
for w in workers:
    w.start()
for w in workers:
    w.join()
stop.set()
flipper.join()
assert all(v in ([], 0, 'x') for v in d.values())

counts = defaultdict(int)


def count(base):
    for k in range(1000):
        counts[base, k % 10] += 1


ts = [threading.Thread(target=count, args=(b,)) for b in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
assert sorted(counts.values()) == [100] * 40, counts
print('ok')
