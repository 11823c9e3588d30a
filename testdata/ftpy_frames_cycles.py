# Frames kept by tracebacks form cycles (exception -> traceback -> frame
# -> its locals -> exception) that only the collector frees; it frees them
# (ftpy-only: asserts are the test).
import gc
import sys

freed = [0]


class Token:
    def __del__(self):
        freed[0] += 1


def keeps_its_exception():
    token = Token()
    try:
        raise ValueError("x")
    except ValueError as e:
        err = e            # the frame's locals hold the exception


def keeps_its_frame():
    token = Token()
    me = sys._getframe()   # the frame's locals hold its own frame object


def generator_with_frame():
    token = Token()
    me = sys._getframe()
    yield me


gc.collect()
for _ in range(50):
    keeps_its_exception()
    keeps_its_frame()
    g = generator_with_frame()
    next(g)
    del g                  # suspended: its frame object sits in its slot
gc.collect()
assert freed[0] == 150, freed[0]


# A frame that outlives its call keeps its locals alive until it goes.
def leaves_frame():
    token = Token()
    return sys._getframe()


before = freed[0]
f = leaves_frame()
assert freed[0] == before
assert isinstance(f.f_locals["token"], Token)
del f
gc.collect()
assert freed[0] == before + 1
print("ok")
