# _socket under threads that run in parallel (no GIL): echo round trips
# on several socket pairs at once, many threads sending on one socket,
# and a close from another thread ending a blocked recv (CPython leaves
# that recv blocked; ftpy wakes it with EBADF, so that a descriptor
# number is never reused under a call still in flight). Bounded in
# count and time; the asserts are the test.
import _socket
import _thread
import time

PAIRS, ROUNDS = 4, 100


def run_threads(fns):
    done = _thread.allocate_lock()
    left = [len(fns)]
    errors = []
    count_lock = _thread.allocate_lock()
    done.acquire()

    def wrap(fn):
        try:
            fn()
        except BaseException as e:
            errors.append(e)
        with count_lock:
            left[0] -= 1
            if left[0] == 0:
                done.release()

    for fn in fns:
        _thread.start_new_thread(wrap, (fn,))
    assert done.acquire(timeout=60), "threads did not finish"
    assert not errors, errors


def recv_exact(s, n):
    buf = b""
    while len(buf) < n:
        d = s.recv(n - len(buf))
        assert d, "early EOF"
        buf += d
    return buf


# Echo round trips on several pairs at once.
def echo_pair(i):
    a, b = _socket.socketpair()
    b.settimeout(30)

    def echo():
        while True:
            d = b.recv(4096)
            if not d:
                break
            b.sendall(d)
        b.close()

    def client():
        for r in range(ROUNDS):
            msg = b"%d:%d:" % (i, r) + b"x" * (r % 50)
            a.sendall(msg)
            assert recv_exact(a, len(msg)) == msg
        a.close()

    return [echo, client]


fns = []
for i in range(PAIRS):
    fns += echo_pair(i)
run_threads(fns)

# Many threads sending on one socket; one reader counts what arrives.
a, b = _socket.socketpair()
SENDERS, CHUNK, TIMES = 4, 1000, 50
total = SENDERS * CHUNK * TIMES
got = []


def sender(k):
    def f():
        for _ in range(TIMES):
            a.sendall(bytes([k]) * CHUNK)
    return f


def reader():
    n = 0
    counts = [0] * SENDERS
    while n < total:
        d = b.recv(65536)
        assert d
        n += len(d)
        for k in range(SENDERS):
            counts[k] += d.count(bytes([k]))
    got.append(counts)


run_threads([sender(k) for k in range(SENDERS)] + [reader])
assert got == [[CHUNK * TIMES] * SENDERS], got
a.close()
b.close()

# A close ends a recv blocked in another thread, with EBADF, and the
# descriptor it held is not reused under it.
for attempt in range(10):
    a, b = _socket.socketpair()
    res = []
    started = _thread.allocate_lock()
    started.acquire()
    finished = _thread.allocate_lock()
    finished.acquire()

    def blocked():
        started.release()
        try:
            res.append(a.recv(10))
        except OSError as e:
            res.append(e.errno)
        finished.release()

    _thread.start_new_thread(blocked, ())
    started.acquire()
    time.sleep(0.01)
    a.close()
    # A new socket may take the closed number; the blocked call must not
    # read what is sent to it.
    c, d = _socket.socketpair()
    d.sendall(b"not yours")
    assert finished.acquire(timeout=10), "recv stayed blocked after close"
    assert res == [9] or res == [b""], res
    assert c.recv(100) == b"not yours"
    for s in (b, c, d):
        s.close()
print("ok")
