# sys.setrecursionlimit's checks, as CPython 3.11's.
import sys

old = sys.getrecursionlimit()
for v in [0, -1, "a", 1.5, 2**31, None]:
    try:
        sys.setrecursionlimit(v)
        print(v, "set")
    except Exception as e:
        print(repr(v), type(e).__name__, e)


class Index:
    def __index__(self):
        return 5000


sys.setrecursionlimit(Index())
print(sys.getrecursionlimit())
sys.setrecursionlimit(old)


def down(n):
    if n == 0:
        # The call to setrecursionlimit counts as one level: at 51 levels
        # of down below the module, the depth is 53.
        for v in [30, 53, 54]:
            try:
                sys.setrecursionlimit(v)
                print(v, "set", sys.getrecursionlimit())
            except RecursionError as e:
                print(v, "RecursionError", e)
        sys.setrecursionlimit(old)
        return
    down(n - 1)


down(50)
print(sys.getrecursionlimit() == old)


# A lower limit takes effect at once.
def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)


sys.setrecursionlimit(200)
try:
    deep(300)
except RecursionError as e:
    print("RecursionError", e)
print(deep(150))
sys.setrecursionlimit(old)
print(deep(500))
