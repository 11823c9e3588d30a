# Class attributes replaced by one thread while others read and call
# them. The values are not deferred (nested functions, lists, instances
# of a class counting its own deaths), so a reader holds them only by
# the reference it takes: a lookup that handed out a borrowed value could
# use it after the writer dropped the last reference (the debug mode that
# runs these scripts poisons freed objects).
import threading

deaths = [0]
deaths_lock = threading.Lock()


class Tracked:
    def __init__(self, k):
        self.k = k

    def __call__(self, c):
        return self.k

    def __del__(self):
        with deaths_lock:
            deaths[0] += 1


def make_method(k):
    def m(self):
        return k
    return m


def make_add(k):
    def add(self, other):
        return k
    return add


class C:
    m = make_method(-1)
    items = [-1]
    tracked = Tracked(-1)
    __add__ = make_add(-1)


ROUNDS = 3000
made = [1]
start = threading.Barrier(4)


def writer():
    start.wait()
    for i in range(ROUNDS):
        C.m = make_method(i)
        C.items = [i]
        C.tracked = Tracked(i)
        made[0] += 1
        if i % 100 == 0:
            # Special methods change the type's slots with the world
            # stopped.
            C.__add__ = make_add(i)


def reader(out):
    c = C()
    start.wait()
    bad = 0
    for i in range(ROUNDS):
        if c.m() < -1:            # LOAD_ATTR's method form
            bad += 1
        if C.items[0] < -1:       # a class attribute read on the class
            bad += 1
        if c.items[0] < -1:       # ... and through an instance
            bad += 1
        if c.tracked.k < -1:
            bad += 1
        if getattr(c, "m")() < -1:
            bad += 1
        if (c + c) < -1:          # the __add__ slot calls the class's __add__
            bad += 1
    out.append(bad)


results = []
threads = [threading.Thread(target=writer)]
threads += [threading.Thread(target=reader, args=(results,)) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
assert results == [0, 0, 0], results

# Every Tracked but the one still on the class died exactly once.
assert deaths[0] == made[0] - 1, (deaths[0], made[0])
del C.tracked
assert deaths[0] == made[0], (deaths[0], made[0])
print("ok")
