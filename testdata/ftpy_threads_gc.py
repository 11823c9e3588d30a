# The collector under load (ftpy-only: checks ftpy's own counters). One
# thread collects in a loop while others build cycles, call functions and
# exit holding the last references to objects other threads created. At
# the end nothing leaked: every instance of Node was freed.
import gc
import threading

freed = [0]
made = [0]
count_lock = threading.Lock()


class Node:
    def __init__(self):
        self.other = None
        with count_lock:
            made[0] += 1

    def __del__(self):
        with count_lock:
            freed[0] += 1


def make_cycles(k):
    keep = []
    for i in range(300):
        a, b = Node(), Node()
        a.other, b.other = b, a        # a cycle: only the collector frees it
        if i % 10 == 0:
            keep.append(a)             # handed to the main thread below
        sum(range(i % 7))              # calls beside the allocation
    handoff.extend(keep)               # the last references leave with us


handoff = []
stop = threading.Event()
collections = [0]


def collector():
    while not stop.is_set():
        gc.collect()
        collections[0] += 1


c = threading.Thread(target=collector)
c.start()
workers = [threading.Thread(target=make_cycles, args=(k,)) for k in range(4)]
for t in workers:
    t.start()
for t in workers:
    t.join()
stop.set()
c.join()

# The handed-off nodes outlived their creating threads; drop them now.
assert len(handoff) == 4 * 30, len(handoff)
del handoff[:]
gc.collect()
assert made[0] == 4 * 600, made
assert freed[0] == made[0], (freed[0], made[0])
assert collections[0] >= 1
print("ok")
