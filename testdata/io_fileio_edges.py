# FileIO and buffered files at their edges: a read of sys.maxsize bytes
# (no Go panic on the allocation), truncate(-1) (refused by the OS, the
# file left whole: it is not "truncate at the position"), descriptors that
# do not fit a C int (never wrapped to a small one), openers returning
# junk.
import io
import os
import sys
import tempfile


def attempt(f, *args, **kw):
    try:
        return f(*args, **kw)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)


fd, path = tempfile.mkstemp()
os.write(fd, b"hello\nworld\n")
os.close(fd)

with open(path, "rb", buffering=0) as f:
    print(attempt(f.read, sys.maxsize))
    print(f.read(5))


class Raw(io.RawIOBase):
    def readable(self):
        return True

    def readinto(self, b):
        return 0


print(attempt(Raw().read, sys.maxsize))

for mode in ("r+b", "r+"):
    with open(path, mode) as f:
        print(mode, attempt(f.truncate, -1))
with io.FileIO(path, "r+") as f:
    print(attempt(f.truncate, -1))
with open(path, "rb") as f:
    print(f.read())
with open(path, "r+b") as f:
    f.read(5)
    print(f.truncate(), f.tell())
with open(path, "rb") as f:
    print(f.read())

for fdnum in (2**32, 2**40, sys.maxsize, 2**70, -1):
    print(fdnum, attempt(open, fdnum, "rb"))
for ret in ("x", 2**40, 2**32 + 1, -3, 1.5):
    print(repr(ret), attempt(io.FileIO, path, "rb", opener=lambda p, fl: ret))
os.unlink(path)

# A buffer size no memory can hold fails at once, as CPython's malloc.
for cls in (io.BufferedReader, io.BufferedWriter):
    print(cls.__name__, attempt(cls, io.BytesIO(), sys.maxsize))
print(attempt(io.BufferedRWPair, io.BytesIO(), io.BytesIO(), sys.maxsize))
print(attempt(io.BufferedReader, io.BytesIO(), 0), attempt(io.BufferedReader, io.BytesIO(), -1))
