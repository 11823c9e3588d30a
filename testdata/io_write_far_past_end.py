# A write far past the end of a BytesIO or StringIO: MemoryError when no
# memory can hold it, OverflowError when the size overflows, and seeks
# relative to a position near sys.maxsize: never a Go panic.
import io
import sys


def attempt(f, *args):
    try:
        return f(*args)
    except (MemoryError, OverflowError) as e:
        return "%s %s" % (type(e).__name__, e)


for make, data in ((io.BytesIO, b"xy"), (io.StringIO, "xy")):
    for pos in (sys.maxsize, 2**62, 2**61 - 1, 2**40):
        f = make()
        print(make.__name__, f.seek(pos), attempt(f.write, data), f.tell(), f.getvalue() == data[:0])
    f.seek(3)
    print(f.write(data), repr(f.getvalue()))
    f.seek(sys.maxsize)
    print(repr(f.read()), repr(f.readline()), f.truncate(sys.maxsize), f.seek(0, 1))

f = io.BytesIO(b"abc")
f.seek(sys.maxsize)
print(attempt(f.seek, 1, 1), attempt(f.seek, sys.maxsize, 2), f.seek(-sys.maxsize, 1), f.seek(-10, 2))

f = io.BytesIO()
f.__setstate__((b"abc", sys.maxsize, None))
print(f.tell(), attempt(f.write, b"z"))
f = io.StringIO()
f.__setstate__(("abc", "\n", sys.maxsize, None))
print(f.tell(), attempt(f.write, "z"))
