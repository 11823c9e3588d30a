# Threads run the same code with different builtins at once: LOAD_GLOBAL's
# cache (shared by all threads, one per instruction) must only serve a
# frame whose builtins it was filled from. Bounded by counts.
import threading


def probe():
    return len(()) + abs(0)


def worker(k, out):
    g = {"__builtins__": {"len": lambda x: k, "abs": lambda x: 0}}
    ok = 0
    for i in range(2000):
        if i % 3 == 0:
            ok += eval(probe.__code__) == 0  # the interpreter's builtins
        else:
            ok += eval(probe.__code__, g) == k
    out[k] = ok


out = {}
ts = [threading.Thread(target=worker, args=(k, out)) for k in range(1, 5)]
for t in ts:
    t.start()
for t in ts:
    t.join()
assert out == {k: 2000 for k in range(1, 5)}, out
