# A read from a pipe through open() (buffered and text) and FileIO waits
# for data while running Python signal handlers, as CPython retries a
# read after EINTR: the handler writes the rest of the data (CPython's
# test_interrupted_read_retry_* hung), or raises, which ends the read.
import os
import signal

r, w = os.pipe()
def write_more(sig, frame):
    os.write(w, b"bar")
signal.signal(signal.SIGALRM, write_more)

for kw in ({"mode": "rb", "buffering": 0}, {"mode": "rb"}, {"mode": "r", "encoding": "latin1"}):
    f = open(r, closefd=False, **kw)
    os.write(w, b"foo")
    signal.setitimer(signal.ITIMER_REAL, 0.05)
    got = f.read(6)
    assert got in (b"foobar", "foobar") or (kw.get("buffering") == 0 and got == b"foo"), (kw, got)
    if got == b"foo":
        assert f.read(3) == b"bar"
    f.close()

class Stop(Exception):
    pass
def stop(sig, frame):
    raise Stop
signal.signal(signal.SIGALRM, stop)
f = open(r, "rb", closefd=False)
signal.setitimer(signal.ITIMER_REAL, 0.05)
try:
    f.read(1)
except Stop:
    pass
else:
    raise AssertionError("the handler's exception did not end the read")
finally:
    signal.setitimer(signal.ITIMER_REAL, 0)
    signal.signal(signal.SIGALRM, signal.SIG_DFL)
f.close()
os.close(r)
os.close(w)
print("ok")

# Writes: a write to a full pipe waits while handlers run; the second
# alarm's handler starts the reader that drains it.
import select
import threading

N = 1024 * 1024
r, w = os.pipe()
chunks = []
finished = False
def drain():
    while not finished:
        while r in select.select([r], [], [], 0.2)[0]:
            chunks.append(os.read(r, 65536))
reader = threading.Thread(target=drain, daemon=True)
def alarm1(sig, frame):
    signal.signal(signal.SIGALRM, alarm2)
    signal.setitimer(signal.ITIMER_REAL, 0.05)
def alarm2(sig, frame):
    reader.start()
signal.signal(signal.SIGALRM, alarm1)
wio = open(w, "wb", closefd=False)
signal.setitimer(signal.ITIMER_REAL, 0.05)
assert wio.write(b"x" * N) == N
wio.flush()
finished = True
reader.join()
assert sum(map(len, chunks)) == N
signal.signal(signal.SIGALRM, signal.SIG_DFL)
wio.close()
os.close(r)
os.close(w)
print("ok")

# A handler that raises ends a write blocked on a full pipe: FileIO's
# write and os.write (what _pyio writes with) alike.
def interrupt(sig, frame):
    1 / 0
signal.signal(signal.SIGALRM, interrupt)
for write in ("fileio", "os.write"):
    r, w = os.pipe()
    raw = open(w, "wb", buffering=0, closefd=False)
    data = b"xy" * (1024 * 1024)
    signal.setitimer(signal.ITIMER_REAL, 0.05)
    try:
        if write == "fileio":
            raw.write(data)
        else:
            while True:
                os.write(w, data)
    except ZeroDivisionError:
        pass
    else:
        raise AssertionError(write + " was not interrupted")
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
    raw.close()
    os.close(r)
    os.close(w)
signal.signal(signal.SIGALRM, signal.SIG_DFL)
print("ok")
