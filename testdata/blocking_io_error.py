# BlockingIOError: characters_written from an int third argument (args kept
# whole), its getter/setter/deleter; and FileIO on a non-blocking pipe:
# read and write return None instead of waiting (test_io hung there).
e = BlockingIOError(11, "msg", 5)
print(e.args, e.characters_written, e.filename, str(e))
e.characters_written = 7; print(e.characters_written)
del e.characters_written
try: e.characters_written
except AttributeError as x: print("AE", x)
try: del e.characters_written
except AttributeError as x: print("AE", x)
e2 = BlockingIOError(11, "msg")
try: e2.characters_written
except AttributeError as x: print("AE", x)
e3 = BlockingIOError(11, "msg", "file")
print(e3.args, e3.filename, str(e3))
e4 = OSError(11, "msg", 5)
print(type(e4).__name__, e4.args, e4.characters_written, e4.filename)
try: e.characters_written = "x"
except TypeError as x: print("TE", x)
class Sub(BlockingIOError): pass
s = Sub(11, "m", 3)
print(s.args, s.filename)
try: s.characters_written
except AttributeError as x: print("AE", x)

import io, os
r, w = os.pipe()
os.set_blocking(r, False)
os.set_blocking(w, False)
rf = io.FileIO(r, "rb")
wf = io.FileIO(w, "wb")
print("empty read:", rf.read(10), rf.readall())
total = 0
while True:
    n = wf.write(b"x" * 4096)
    if n is None:
        break
    total += n
print("pipe filled:", total > 0)
got = 0
while True:
    b = rf.read(65536)
    if b is None:
        break
    got += len(b)
print("read back all:", got == total)
wf.write(b"tail")
print("readall:", rf.readall())
wf.close()
print("after close:", rf.read(), rf.readall())
rf.close()
