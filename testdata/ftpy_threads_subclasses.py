# Threads create subclasses of a shared base and drop them while another
# sets, replaces and deletes a special method on the base, and another
# lists the base's subclasses. Every class must see the base's method as
# it is at some moment (never a stale or half-made slot), a class with
# its own method keeps it, and every dropped class dies and leaves the
# base's list of subclasses.
import gc
import threading
import weakref

ROUNDS = 400
CREATORS = 3


class Base:
    pass


def len1(self):
    return 1


def len2(self):
    return 2


start = threading.Barrier(CREATORS + 2)
creators_done = threading.Event()
errors = []
refs = []
refs_lock = threading.Lock()


def setter():
    start.wait()
    i = 0
    while not creators_done.is_set():
        k = i % 3
        if k == 0:
            Base.__len__ = len1
        elif k == 1:
            Base.__len__ = len2
        else:
            del Base.__len__
        i += 1


def lister():
    while not creators_done.is_set():
        for c in Base.__subclasses__():
            if not issubclass(c, Base):
                errors.append(("listed", c))


def creator(n):
    start.wait()
    mine = []
    for i in range(ROUNDS):
        class Sub(Base):
            pass

        class SubSub(Sub):
            pass

        class Own(Sub):
            def __len__(self):
                return 7

        for cls in (Sub, SubSub):
            try:
                r = len(cls())
                if r not in (1, 2):
                    errors.append(("len", r))
            except TypeError as e:
                if "has no len()" not in str(e):
                    errors.append(("error", str(e)))
        if len(Own()) != 7:
            errors.append(("own", len(Own())))
        mine += [weakref.ref(Sub), weakref.ref(SubSub), weakref.ref(Own)]
        del Sub, SubSub, Own
    with refs_lock:
        refs.extend(mine)


threads = [threading.Thread(target=creator, args=(n,)) for n in range(CREATORS)]
set_thread = threading.Thread(target=setter)
list_thread = threading.Thread(target=lister)
for t in threads + [set_thread, list_thread]:
    t.start()
start.wait()
for t in threads:
    t.join()
creators_done.set()
set_thread.join()
list_thread.join()

assert errors == [], errors[:5]
gc.collect()
assert len(refs) == 3 * ROUNDS * CREATORS, len(refs)
alive = [r for r in refs if r() is not None]
assert alive == [], len(alive)
assert Base.__subclasses__() == [], Base.__subclasses__()

# The base still works after all this, and so does a new subclass.
Base.__len__ = len2


class Late(Base):
    pass


assert len(Late()) == 2
del Base.__len__
try:
    len(Late())
    raise AssertionError("len after del")
except TypeError:
    pass
assert Base.__subclasses__() == [Late]
print("ok")
