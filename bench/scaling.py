# Threaded scaling: each workload runs its loop on 1 thread, then on N
# threads each doing the same full loop; speedup = N * t1 / tN. Run it
# under ftpy (free-threaded), ftpy -X gil=1, and python3 for comparison:
#     ftpy bench/scaling.py [N] [iterations]
import math
import sys
import threading
import time


def f(x):
    return x


class C:
    def __init__(self, x):
        self.x = x

    def m(self, x):
        return x


local = threading.local()
local.x = 1


def call(n):
    for i in range(n):
        f(i)


def method(n):
    c = C(0)
    for i in range(n):
        c.m(i)


def builtin_module(n):
    fl = 1.5
    for i in range(n):
        math.floor(fl)


def instances(n):
    for i in range(n):
        C(i)


def closures(n):
    for i in range(n):
        def g():
            return i


def dicts(n):
    for i in range(n):
        {"key": "value"}


def floats(n):
    x = 1.000001
    y = 1.0
    for i in range(n):
        y = y * x


def local_read(n):
    local.x = 1
    for i in range(n):
        local.x


WORKLOADS = [call, method, builtin_module, instances, closures, dicts, floats, local_read]


def timed(fn, threads, n):
    """Returns the wall time and the process CPU time of threads threads
    each running fn(n)."""
    barrier = threading.Barrier(threads + 1)

    def run():
        barrier.wait()
        fn(n)
    ts = [threading.Thread(target=run) for _ in range(threads)]
    for t in ts:
        t.start()
    barrier.wait()
    start, cpu = time.perf_counter(), time.process_time()
    for t in ts:
        t.join()
    return time.perf_counter() - start, time.process_time() - cpu


def measure(fn, threads, n, runs=5):
    """Alternates 1-thread and N-thread runs, so that both see the same
    machine, and keeps the best of each: the machine is shared and noisy,
    and the minimum is the closest to the code's own cost."""
    one, many = [], []
    for _ in range(runs):
        one.append(timed(fn, 1, n))
        many.append(timed(fn, threads, n))
    return (min(r[0] for r in one), min(r[1] for r in one),
            min(r[0] for r in many), min(r[1] for r in many))


def main():
    threads = int(sys.argv[1]) if len(sys.argv) > 1 else 2
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 300000
    gil = getattr(sys, "_is_gil_enabled", lambda: True)()
    print("%s, %s, %d threads, %d iterations" % (
        sys.implementation.name, "GIL" if gil else "free-threaded", threads, n))
    # speedup is N * t1 / tN on the wall clock. cpu/it compares the CPU
    # time each iteration costs with N threads to the cost with one: 1.00
    # means the threads do not slow each other down (no contended cache
    # lines), whatever else runs on the machine.
    print("%-16s %10s %10s %8s %8s" % ("workload", "t1 ns/it", "tN ns/it", "speedup", "cpu/it"))
    for fn in WORKLOADS:
        fn(n // 10)  # warm up
        t1, c1, tn, cn = measure(fn, threads, n)
        print("%-16s %10.1f %10.1f %8.2f %8.2f" % (
            fn.__name__, t1 * 1e9 / n, tn * 1e9 / n, threads * t1 / tn, cn / (threads * c1)))


main()
