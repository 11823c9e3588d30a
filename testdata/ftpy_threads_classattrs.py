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

# Instance attributes read and written through the per-site caches while
# another thread keeps putting a property with the same name on the
# class and taking it away (each change moves the type epoch).
class Obj:
    def __init__(self):
        self.v = 0


objs = [Obj() for _ in range(4)]
prop = property(lambda self: -1)
toggles = threading.Barrier(3)


def toggler():
    toggles.wait()
    for i in range(300):
        Obj.v = prop
        del Obj.v


def touch(out):
    toggles.wait()
    bad = 0
    for i in range(3000):
        o = objs[i % 4]
        v = o.v
        if v != -1 and not (isinstance(v, int) and v >= 0):
            bad += 1
        try:
            o.v = i            # fails while the property (no setter) is there
        except AttributeError:
            pass
    out.append(bad)


found = []
ts = [threading.Thread(target=toggler)] + [threading.Thread(target=touch, args=(found,)) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
assert found == [0, 0], found
assert all(isinstance(o.v, int) and o.v >= 0 for o in objs)

# A builtin called by name while another thread keeps shadowing it with a
# global and removing the global (LOAD_GLOBAL caches that the name is not
# a global, while the globals gain no key).
def size(x):
    return len(x)


def fake_len(x):
    return -1


flips = threading.Barrier(3)


def flipper():
    flips.wait()
    for _ in range(300):
        globals()["len"] = fake_len
        del globals()["len"]


def caller(out):
    flips.wait()
    bad = 0
    for _ in range(3000):
        if size([1, 2, 3]) not in (3, -1):
            bad += 1
    out.append(bad)


calls = []
ts = [threading.Thread(target=flipper)] + [threading.Thread(target=caller, args=(calls,)) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
assert calls == [0, 0] and size([1]) == 1, calls

# Every Tracked but the one still on the class died exactly once.
assert deaths[0] == made[0] - 1, (deaths[0], made[0])
del C.tracked
assert deaths[0] == made[0], (deaths[0], made[0])
print("ok")
