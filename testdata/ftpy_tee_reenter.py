# A tee whose source is being read by one thread raises RuntimeError in
# a second reader instead of reading the source concurrently (CPython's
# test_tee_concurrent hung: the second reader waited on a source that
# waited on the main thread). Re-entering from the source itself too.
import itertools
import threading

start = threading.Event()
finish = threading.Event()

class Blocking:
    def __iter__(self):
        return self
    def __next__(self):
        start.set()
        finish.wait()
        return 1

a, b = itertools.tee(Blocking())
th = threading.Thread(target=next, args=[a])
th.start()
try:
    start.wait()
    try:
        next(b)
    except RuntimeError as e:
        assert "tee" in str(e), e
    else:
        raise AssertionError("no RuntimeError")
finally:
    finish.set()
    th.join()
# The value the first reader got is buffered for the second.
assert next(b) == 1

# Re-entrant source: next() of the tee from inside the source's __next__.
class Reenter:
    def __iter__(self):
        return self
    def __next__(self):
        return next(t1)

t1, t2 = itertools.tee(Reenter())
try:
    next(t1)
except RuntimeError as e:
    assert str(e) == "cannot re-enter the tee iterator", e
else:
    raise AssertionError("no RuntimeError")

# Ordinary use still works, and an exhausted source stays exhausted.
x, y = itertools.tee(range(3))
assert list(x) == [0, 1, 2] and list(y) == [0, 1, 2]
assert list(x) == []
print("ok")
