# Two threads write to one file object (open()'s, a TextIOWrapper over a
# BytesIO, a StringIO): every line arrives whole.
import _io, os, threading

path = os.path.join(os.environ.get("TMPDIR", "/tmp"), "ftpy_io_threads_%d" % os.getpid())
N = 2000

def hammer(f, tag):
    for i in range(N):
        f.write("%s%05d\n" % (tag, i))

def run(f):
    ts = [threading.Thread(target=hammer, args=(f, tag)) for tag in "ab"]
    for t in ts:
        t.start()
    for t in ts:
        t.join()

def check(text):
    lines = text.splitlines()
    assert len(lines) == 2 * N, len(lines)
    for tag in "ab":
        mine = [l for l in lines if l[0] == tag]
        assert mine == ["%s%05d" % (tag, i) for i in range(N)], tag

with open(path, "w") as f:
    run(f)
with open(path) as f:
    check(f.read())
os.remove(path)

t = _io.TextIOWrapper(_io.BytesIO())
run(t)
t.flush()
check(t.buffer.getvalue().decode())

s = _io.StringIO()
run(s)
check(s.getvalue())

# A TextIOWrapper over a BufferedWriter over a raw file written in
# Python: the adapters call Python code while the stream's lock is held.
class Sink(_io._RawIOBase):
    def __init__(self):
        self.parts = []
    def writable(self):
        return True
    def write(self, b):
        self.parts.append(bytes(b))
        return len(b)

sink = Sink()
t = _io.TextIOWrapper(_io.BufferedWriter(sink, 64))
run(t)
t.flush()
check(b''.join(sink.parts).decode())
