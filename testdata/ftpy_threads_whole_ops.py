# Whole-container operations on a list, set or dict that other threads
# change at the same time: list.remove/index/count/in/==/sort/copy/slices
# never miss an item that stays in the list, and list(), tuple(), set(),
# frozenset(), dict(), sorted(), .copy() and str.join of a set or dict
# (or a dict view) never raise "changed size during iteration", as in
# free-threaded CPython, which runs them in the container's critical
# section. A for loop over a set that changes still raises (kept below).
# ftpy-only (threads really run in parallel): no golden file.
import threading

CHURNERS = 3
ROUNDS = 4000          # each churner's add/remove rounds
STABLE = list(range(50))
lst = list(STABLE)
FIXED = set(STABLE) - {10, 11}
s = set(STABLE)
d = {k: k for k in STABLE}
strs = {str(k) for k in STABLE}
errors = []
done = threading.Event()


def churn(w):
    # Adds and removes its own keys only; the stable ones are never touched.
    base = 100000 * (w + 1)
    for j in range(ROUNDS):
        x = base + j
        lst.append(x)
        lst.insert(0, x + 50000)
        s.add(x)
        d[x] = x
        strs.add(str(x))
        lst.remove(x)
        lst.remove(x + 50000)
        s.discard(x)
        del d[x]
        strs.discard(str(x))


def check(name, ok):
    if not ok:
        errors.append(name)


def list_reader(r):
    k = 10 + r  # this reader's own stable key
    rounds = 0
    while not done.is_set() or rounds < 20:
        rounds += 1
        try:
            lst.remove(k)          # present: must be found
            lst.append(k)
            check("index", lst.index(k) >= 0)
        except ValueError as e:
            errors.append("remove/index: %s" % e)
        check("count", lst.count(30) == 1)
        check("in", 40 in lst)
        if rounds % 8 == 0:
            # (10 and 11 come and go: the list readers' own keys)
            check("copy", FIXED <= set(lst.copy()))
            check("slice", FIXED <= set(lst[:]))
            check("sorted(list)", FIXED <= set(sorted(lst)))


def container_reader():
    rounds = 0
    while not done.is_set() or rounds < 20:
        rounds += 1
        for name, f in (("list", list), ("tuple", tuple), ("set", set),
                        ("frozenset", frozenset), ("sorted", sorted)):
            try:
                check(name + "(s)", set(STABLE) <= set(f(s)))
                check(name + "(d)", set(STABLE) <= set(f(d)))
                check(name + "(d.keys())", set(STABLE) <= set(f(d.keys())))
                check(name + "(d.values())", set(STABLE) <= set(f(d.values())))
            except RuntimeError as e:
                errors.append("%s: %s" % (name, e))
        try:
            check("s.copy", set(STABLE) <= s.copy())
            check("d.copy", all(d.copy()[k] == k for k in STABLE))
            check("dict(d)", all(dict(d)[k] == k for k in STABLE))
            check("dict(items)", all(dict(d.items())[k] == k for k in STABLE))
            check("list(items)", len(list(d.items())) >= len(STABLE))
            check("set(items)", len(set(d.items())) >= len(STABLE))
            check("join", len(",".join(strs)) >= len(",".join(map(str, STABLE))))
            check("fromkeys(s)", FIXED <= dict.fromkeys(s).keys())
            check("fromkeys(d)", FIXED <= dict.fromkeys(d).keys())
            check("repr", len(repr(s)) > 0 and len(repr(d)) > 0)
        except RuntimeError as e:
            errors.append("copy: %s" % e)


# One more reader compares and sorts two lists that another thread keeps
# changing by the same amounts.
a = list(range(20))
b = list(range(20))


def twin_churn():
    for j in range(ROUNDS):
        a.append(-1)
        b.append(-1)
        a.pop()
        b.pop()


def twin_reader():
    while not done.is_set():
        # Only whole operations: either both have the extra item or not.
        x = a[:20] == b[:20]
        check("==", x)
        check("<=", a[:20] <= b[:20])


# A list sorted (ints: Go compares them, under the list's lock) while
# another thread appends: no append is lost and no sort fails.
sl = list(range(500, 0, -1))


def sl_append():
    for j in range(ROUNDS):
        sl.append(j)


def sl_sort():
    for j in range(60):
        try:
            sl.sort(reverse=j % 2 == 0)
        except ValueError as e:
            errors.append("sort: %s" % e)


# The same with a key function, and with items whose __lt__ is Python
# code: the sort claims the list (Python code runs), and appends wait for
# it, as they wait for CPython's critical section.
kl = list(range(500, 0, -1))


class Lt:
    __slots__ = ("v",)

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return self.v < other.v


ol = [Lt(v) for v in range(300, 0, -1)]


kl_appended = []
kl_sorted = threading.Event()


def kl_append():
    # Appends for as long as the sorts go on, and counts its appends.
    j = 0
    while not kl_sorted.is_set() or j < 100:
        kl.append(j)
        if j % 4 == 0:
            ol.append(Lt(j))
        j += 1
    kl_appended.append(j)


def kl_sort():
    for j in range(30):
        try:
            kl.sort(key=lambda x: -x if j % 2 else x)
            ol.sort(reverse=j % 2 == 0)
        except ValueError as e:
            errors.append("sort with key: %s" % e)
    kl_sorted.set()


threads = [threading.Thread(target=churn, args=(w,)) for w in range(CHURNERS)]
threads += [threading.Thread(target=sl_append), threading.Thread(target=sl_sort)]
threads += [threading.Thread(target=kl_append), threading.Thread(target=kl_sort)]
threads.append(threading.Thread(target=twin_churn))
readers = [threading.Thread(target=list_reader, args=(r,)) for r in range(2)]
readers.append(threading.Thread(target=container_reader))
readers.append(threading.Thread(target=twin_reader))
for t in threads + readers:
    t.start()
for t in threads:
    t.join()
done.set()
for t in readers:
    t.join()

assert errors == [], (len(errors), sorted(set(errors))[:10])
assert sorted(lst) == STABLE, len(lst)
assert s == set(STABLE) and d == {k: k for k in STABLE}
assert a == b == list(range(20))
assert sorted(sl) == sorted(list(range(500, 0, -1)) + list(range(ROUNDS))), len(sl)
n = kl_appended[0]
assert sorted(kl) == sorted(list(range(500, 0, -1)) + list(range(n))), (len(kl), n)
assert sorted(x.v for x in ol) == sorted(list(range(300, 0, -1)) + list(range(0, n, 4))), (len(ol), n)

# An explicit for loop over a set it changes still raises, as CPython does.
t = {1, 2, 3}
try:
    for x in t:
        t.add(x + 10)
except RuntimeError as e:
    assert str(e) == "Set changed size during iteration", e
else:
    raise AssertionError("no error")
print("ok")
