# Built-in iterators pickle and copy as in CPython 3.11: __reduce__ gives
# iter(sequence) and the position reached (a dict or set iterator: the
# items left), __setstate__ restores a position, and an exhausted
# iterator reduces to iter(empty).
import array
import copy
import pickle


class Seq:
    def __getitem__(self, i):
        if i > 3:
            raise IndexError
        return i * 10


def check(name, make, advance=1):
    it = make()
    for _ in range(advance):
        next(it, None)
    r = it.__reduce__()
    shown = tuple(x if not hasattr(x, "__next__") else type(x).__name__ for x in r)
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        try:
            again = pickle.loads(pickle.dumps(it, proto))
        except Exception as e:
            print(name, "pickle", proto, type(e).__name__, e)
            break
    else:
        print(name, shown[0], len(r), list(again), list(copy.copy(it)))
    list(it)
    r = it.__reduce__()
    print(name, "exhausted", ["iterator" if hasattr(x, "__next__") else x for x in r[1]], r[2:])


check("list", lambda: iter([1, 2, 3]))
check("reversed list", lambda: reversed([1, 2, 3]))
check("tuple", lambda: iter((1, 2, 3)))
check("str", lambda: iter("aé😀b"), 2)
check("bytes", lambda: iter(b"abc"))
check("bytearray", lambda: iter(bytearray(b"abc")))
check("range", lambda: iter(range(1, 10, 2)))
check("long range", lambda: iter(range(2**70, 2**70 + 5)))
check("enumerate", lambda: enumerate("abc", 3))
check("zip", lambda: zip("ab", "cd"))
check("strict zip", lambda: zip("ab", "cd", strict=True))
check("map", lambda: map(str, [1, 2]))
check("filter", lambda: filter(None, [1, 0, 2]))
check("reversed", lambda: reversed("abc"))
check("sequence", lambda: iter(Seq()))
check("dict", lambda: iter({1: 2, 3: 4}))
check("dict values", lambda: iter({1: 2, 3: 4}.values()))
check("dict items", lambda: iter({1: 2, 3: 4}.items()))
check("reversed dict", lambda: reversed({1: 2, 3: 4}))
check("set", lambda: iter({1, 2, 3}))

# __setstate__ clamps the position.
it = iter([1, 2, 3])
it.__setstate__(-5)
print(list(it))
it = iter((1, 2, 3))
it.__setstate__(2)
print(list(it))
it = reversed([1, 2, 3])
it.__setstate__(10)
print(list(it))
it = iter(range(10))
it.__setstate__(7)
print(list(it), it.__length_hint__())
it = iter("héllo")
it.__setstate__(2)
print(list(it))
for bad in ("x", 2**70):
    try:
        iter([1]).__setstate__(bad)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)

print(range(1, 5).__reduce__(), range(2**70).__reduce__())
print(pickle.loads(pickle.dumps(range(-3, 2**65, 7))))
