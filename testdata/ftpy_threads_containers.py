# Threads share built-in containers: every operation is atomic per object,
# no update is lost, and nothing crashes (free-threaded ftpy; also run
# under -X gil=1 by the CLI tests). ftpy-only: no golden file.
import threading

N = 4
ITER = 1000
shared_list = []
shared_dict = {}
counts = {k: 0 for k in range(7)}  # setdefault below finds them: no resize while others iterate
lock = threading.Lock()
total = 0


class Box:
    pass


box = Box()
box.value = 0.0
start = threading.Barrier(N)


def worker(i):
    global total
    start.wait()
    for j in range(ITER):
        shared_list.append((i, j))
        shared_dict[(i, j)] = j
        counts.setdefault(j % 7, 0)
        box.value = float(j)          # instance dict written by all
        _ = box.value                 # and read by all
        if j % 3 == 0:
            shared_dict.pop((i, j), None)
        if j % 500 == 0:
            _ = repr(shared_list[:3]), len(shared_dict), dict(shared_dict)
            _ = sorted(counts)
        with lock:
            total += 1


threads = [threading.Thread(target=worker, args=(i,)) for i in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()

assert len(shared_list) == N * ITER, len(shared_list)
assert sorted(shared_list) == [(i, j) for i in range(N) for j in range(ITER)]
expected = {(i, j): j for i in range(N) for j in range(ITER) if j % 3 != 0}
assert shared_dict == expected, len(shared_dict)
assert sorted(counts) == list(range(7))
assert total == N * ITER, total
assert type(box.value) is float

# Readers beside a writer that keeps replacing the values they read.
table = {"k": 1.5}
items = [0.5] * 16
stop = False


def writer():
    for j in range(5000):
        table["k"] = float(j)
        items[j % 16] = float(j)
        globals()["g"] = float(j)


def reader(out):
    acc = 0.0
    while not stop:
        acc += table["k"] + items[3] + g
    out.append(acc >= 0)


g = 0.0
results = []
readers = [threading.Thread(target=reader, args=(results,)) for _ in range(2)]
for t in readers:
    t.start()
w = threading.Thread(target=writer)
w.start()
w.join()
stop = True
for t in readers:
    t.join()
assert results == [True, True]

# A closure shared by threads: nonlocal writes beside reads of the cell.
def make_cell():
    value = 0.5

    def write(j):
        nonlocal value
        value = float(j)

    def read():
        return value
    return write, read


write, read = make_cell()


def cell_worker(i):
    acc = 0.0
    for j in range(2000):
        if i % 2:
            write(j)
        else:
            acc += read()
    return acc


cells = [threading.Thread(target=cell_worker, args=(i,)) for i in range(4)]
for t in cells:
    t.start()
for t in cells:
    t.join()
assert type(read()) is float


# One generator pulled by several threads: each value comes out once; a
# thread that finds it running gets "generator already executing".
def numbers():
    for i in range(3000):
        yield i


gen = numbers()
pulled = []


def pull():
    while True:
        try:
            v = next(gen)
        except StopIteration:
            return
        except ValueError as e:
            assert str(e) == "generator already executing", e
            continue
        pulled.append(v)


pullers = [threading.Thread(target=pull) for _ in range(3)]
for t in pullers:
    t.start()
for t in pullers:
    t.join()
assert sorted(pulled) == list(range(3000)), len(pulled)

# The same with for loops, which run the generator inside the loop's
# frame (and, the generator being shared, claim it with a
# compare-and-swap each time).
gen = numbers()
pulled = []


def loop_over():
    while True:
        try:
            for v in gen:
                pulled.append(v)
            return
        except ValueError as e:
            assert str(e) == "generator already executing", e


pullers = [threading.Thread(target=loop_over) for _ in range(3)]
for t in pullers:
    t.start()
for t in pullers:
    t.join()
assert sorted(pulled) == list(range(3000)), len(pulled)


# __slots__ values written and read by several threads, and objects
# getting their first attributes from several threads at once.
class Slotted:
    __slots__ = ("a",)


class Plain:
    pass


slotted = Slotted()
slotted.a = 0.5
fresh = [Plain() for _ in range(200)]
go = threading.Barrier(4)


def slot_worker(i):
    go.wait()
    for j in range(1000):
        if i % 2:
            slotted.a = float(j)
        else:
            assert type(slotted.a) is float
    for k, obj in enumerate(fresh):
        setattr(obj, "t%d" % i, k)


workers = [threading.Thread(target=slot_worker, args=(i,)) for i in range(4)]
for t in workers:
    t.start()
for t in workers:
    t.join()
assert all(sorted(vars(obj)) == ["t0", "t1", "t2", "t3"] for obj in fresh)


# A special method replaced on a class while other threads use it: the
# type's slots change with the world stopped.
class Num:
    def __add__(self, other):
        return 1


def add_one(self, other):
    return 1


def add_two(self, other):
    return 2


def use_add(out):
    n = Num()
    seen = set()
    for _ in range(2000):
        seen.add(n + n)
    out.append(seen <= {1, 2})


def swap_add():
    for j in range(200):
        # Top-level functions: deferred, so a thread still running the
        # one replaced keeps it alive from its stack (a nested function
        # would not be: see the notes on class attributes).
        Num.__add__ = add_two if j % 2 else add_one


results = []
users = [threading.Thread(target=use_add, args=(results,)) for _ in range(2)]
swapper = threading.Thread(target=swap_add)
for t in users + [swapper]:
    t.start()
for t in users + [swapper]:
    t.join()
assert results == [True, True]


# threading.local objects dying (on any thread) while the threads that
# stored attributes in them run and exit: every attribute is released
# exactly once, whichever comes first.
import gc
import weakref

locals_ = [threading.local() for _ in range(20)]
boxes = []
boxes_lock = threading.Lock()
ready = threading.Barrier(5)


def local_worker():
    mine = list(locals_)
    ready.wait()
    for k in range(50):
        for loc in mine:
            b = Box()
            loc.box = b
            with boxes_lock:
                boxes.append(weakref.ref(b))
            assert loc.box is b
        if k == 25:
            mine = mine[::2]   # drop half of this thread's references


workers = [threading.Thread(target=local_worker) for _ in range(4)]
for t in workers:
    t.start()
ready.wait()
del locals_[:]                 # the main thread's references go
for t in workers:
    t.join()
gc.collect()
assert all(r() is None for r in boxes), sum(r() is not None for r in boxes)


# An instance's __dict__ replaced while other threads read its attributes
# (the replacement stops the world: readers use the dict unreferenced).
class Box2:
    pass


box2 = Box2()
box2.x = 0
seen_bad = []


def dict_reader():
    for _ in range(5000):
        v = box2.x
        if not isinstance(v, int):
            seen_bad.append(v)


def dict_replacer():
    for k in range(200):
        box2.__dict__ = {"x": k, "pad": [k]}


workers = [threading.Thread(target=dict_reader) for _ in range(2)]
workers.append(threading.Thread(target=dict_replacer))
for w in workers:
    w.start()
for w in workers:
    w.join()
assert seen_bad == [] and box2.x == 199, (seen_bad[:3], box2.x)
print("ok")
