# A key function or __lt__ that reads or changes the list being sorted:
# the list looks empty during the sort, and a change made from inside the
# sort is dropped with ValueError (golden from python3).

l = [3, 1, 2]
seen = []


def reads(x):
    seen.append((len(l), list(l), x in l))
    return x


l.sort(key=reads)
print(l, seen)


def appends(x):
    l.append(x * 10)
    return x


l = [3, 1, 2]
try:
    l.sort(key=appends)
except ValueError as e:
    print("ValueError:", e)
print(l)


def clears(x):
    l.clear()
    return x


l = [5, 4]
l.sort(key=clears)  # the list is already empty: nothing changed
print(l)


class Item:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        box.append(self.v)
        return self.v < other.v

    def __repr__(self):
        return "Item(%d)" % self.v


box = [Item(2), Item(1)]
try:
    box.sort()
except ValueError as e:
    print("ValueError:", e)
print(box)


class Reader:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        lens.append(len(rl))
        return self.v < other.v

    def __repr__(self):
        return "Reader(%d)" % self.v


lens = []
rl = [Reader(3), Reader(1), Reader(2)]
rl.sort()
print(rl, set(lens))


def raises(x):
    if x == 2:
        l.append(99)
        raise KeyError(x)
    return x


l = [3, 2, 1]
try:
    l.sort(key=raises)
except KeyError as e:
    print("KeyError:", e)
print(l)


def inner_sort(x):
    l.append(x)
    l.sort()
    return -x


l = [1, 2, 3]
try:
    l.sort(key=inner_sort)
except ValueError as e:
    print("ValueError:", e)
print(l)
print(sorted([3, 1, 2], key=lambda x: -x))

# A key function that waits for a thread appending to the list being
# sorted: the waiting key function lets the append through (ftpy and
# free-threaded CPython release the sort's claim while its holder blocks),
# so the sort ends with ValueError instead of a deadlock.
import threading

l = [3, 1, 2]
started = []


def waits(x):
    if not started:
        started.append(1)
        th = threading.Thread(target=l.append, args=(10,))
        th.start()
        th.join(timeout=30)
        print("appender finished:", not th.is_alive())
    return x


try:
    l.sort(key=waits)
except ValueError as e:
    print("ValueError:", e)
print(l)

l = [3, 1, 2]
ev = threading.Event()


def append_then_set():
    l.append(10)
    ev.set()


def waits_event(x):
    if not ev.is_set():
        threading.Thread(target=append_then_set).start()
        print("event set:", ev.wait(timeout=30))
    return x


try:
    l.sort(key=waits_event)
except ValueError as e:
    print("ValueError:", e)
print(l)
