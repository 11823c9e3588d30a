# Frame objects across threads (ftpy-only: its asserts are the test).
# Workers call recursively and look at their own frames (sys._getframe,
# f_back, f_locals, tracebacks' frames) while publishing frame objects of
# calls still running, and generators' frames; an inspector thread reads
# those other threads' frames (f_lineno, f_locals, f_back, repr, gi_frame)
# while they run and after they return, and sys._current_frames() walks
# every thread's running chain. Bounded by counts and time.
import sys
import threading
import time

WORKERS = 3
ROUNDS = 60
DEADLINE = time.monotonic() + 20

shared = []            # frame objects and generators of the workers
shared_lock = threading.Lock()
stop = threading.Event()
errors = []


def depth_of(frame, name):
    n = 0
    while frame is not None:
        if frame.f_code.co_name == name:
            n += 1
        frame = frame.f_back
    return n


def down(k, tag):
    marker = (tag, k)
    if k == 0:
        me = sys._getframe()
        assert me.f_code.co_name == "down"
        assert me.f_locals["marker"] == (tag, 0), me.f_locals
        assert sys._getframe(1).f_locals["k"] == 1
        assert depth_of(me, "down") == 6, depth_of(me, "down")
        with shared_lock:
            shared.append(me)
            if len(shared) > 50:
                del shared[:25]
        for spin in range(300):    # stay running while the inspector looks
            marker = (tag, 0)
        try:
            raise KeyError(tag)
        except KeyError as e:
            tb = e.__traceback__
            assert tb.tb_frame is me
            assert tb.tb_frame.f_locals["marker"] == marker
        return marker
    return down(k - 1, tag)


def counter(n):
    for i in range(n):
        yield i


def worker(tag):
    try:
        for r in range(ROUNDS):
            if time.monotonic() > DEADLINE:
                break
            assert down(5, tag) == (tag, 0)
            g = counter(300)
            next(g)
            with shared_lock:
                shared.append(g)
            assert g.gi_frame.f_locals["i"] == 0
            for _ in g:            # the inspector reads its frame meanwhile
                pass
            assert g.gi_frame is None
    except BaseException as e:
        errors.append(repr(e))


def inspector():
    seen = 0
    try:
        while not stop.is_set():
            with shared_lock:
                items = list(shared)
            for f in sys._current_frames().values():
                while f is not None:   # every thread's running chain
                    assert isinstance(f.f_lineno, int)
                    f = f.f_back
            for o in items:
                if hasattr(o, "gi_frame"):
                    f = o.gi_frame
                    if f is not None:
                        assert f.f_code.co_name == "counter"
                        f.f_lineno
                        f.f_locals
                    continue
                assert o.f_code.co_name == "down"
                assert o.f_locals["marker"][1] == 0
                assert isinstance(o.f_lineno, int)
                b = o.f_back
                assert b is None or b.f_code.co_name == "down"
                assert repr(o).startswith("<frame at ")
                seen += 1
            time.sleep(0)
    except BaseException as e:
        errors.append("inspector: " + repr(e))
    assert seen >= 0


threads = [threading.Thread(target=worker, args=(i,)) for i in range(WORKERS)]
insp = threading.Thread(target=inspector)
insp.start()
for th in threads:
    th.start()
for th in threads:
    th.join()
stop.set()
insp.join()
assert not errors, errors
# Every published frame returned: each still answers from what it kept.
for o in shared:
    if not hasattr(o, "gi_frame"):
        assert o.f_locals["marker"][1] == 0
        assert o.f_back.f_code.co_name == "down"
print("ok")
