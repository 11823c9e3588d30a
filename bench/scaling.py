# Threaded scaling: each workload runs its loop on 1 thread, then on N
# threads each doing the same full loop; speedup = N * t1 / tN. `ftpy bench`
# runs this script in each mode (free-threaded, -X deferred=0, -X gil=1)
# and tabulates it; it also runs on its own, and under python3:
#     ftpy bench/scaling.py [--threads 2,4] [--scale K] [--only call,dicts] [--jsonl]
import json
import math
import sys
import threading
import time

try:
    import _testext   # ftpy's demo extension module (ext/testext)
except ImportError:
    _testext = None


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


def module_attr(n):
    for i in range(n):
        math.sqrt(4.0)


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


def generator(n):
    def gen(k):
        for i in range(k):
            yield i
    for _ in gen(n):
        pass


def local_read(n):
    local.x = 1
    for i in range(n):
        local.x


def compare_constants(n):
    s = "hello"
    t = (1, 2)
    for i in range(n):
        s == "hello"
        t == (1, 2)


def list_ops(n):
    lst = []
    for i in range(n):
        lst.append(i)
        lst.pop()


# One list every thread reads. Its items are immortal (small ints,
# interned strings), so that what is measured is the list, not contention
# on its items' counts.
SHARED = list(range(100))
SHARED_STRS = [sys.intern("item%d" % i) for i in range(100)]


def shared_list(n):
    lst = SHARED
    for _ in range(n // 100):
        for x in lst:
            pass


def shared_list_index(n):
    lst = SHARED_STRS
    for i in range(n):
        lst[i % 100]


WORKLOADS = [call, method, builtin_module, module_attr, instances, closures,
             dicts, floats, generator, local_read, compare_constants, list_ops,
             shared_list, shared_list_index]

if _testext is not None:
    ext_deferred = _testext.make_callable(deferred=True)
    ext_counted = _testext.make_callable(deferred=False)
    ext_immortal = _testext.make_immortal_callable()

    def ext_callable_deferred(n):
        for i in range(n):
            ext_deferred(i, 1)

    def ext_callable_counted(n):
        for i in range(n):
            ext_counted(i, 1)

    def ext_callable_immortal(n):
        for i in range(n):
            ext_immortal(i, 1)

    WORKLOADS += [ext_callable_deferred, ext_callable_counted, ext_callable_immortal]


def timed(fn, threads, n):
    """Returns the wall time and the process CPU time of threads threads
    each running fn(n)."""
    barrier = threading.Barrier(threads + 1)
    spans = []

    def run():
        barrier.wait()
        start = time.perf_counter()
        fn(n)
        spans.append((start, time.perf_counter()))
    ts = [threading.Thread(target=run) for _ in range(threads)]
    for t in ts:
        t.start()
    cpu = time.process_time()
    barrier.wait()
    for t in ts:
        t.join()
    cpu = time.process_time() - cpu
    # The workers time themselves: the main thread may be descheduled
    # between the barrier and reading the clock.
    return max(e for _, e in spans) - min(s for s, _ in spans), cpu


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


def option(name, default):
    if name in sys.argv:
        return sys.argv[sys.argv.index(name) + 1]
    return default


def main():
    threads = [int(x) for x in option("--threads", "2").split(",")]
    n = int(option("--scale", "1000000"))
    only = option("--only", "")
    jsonl = "--jsonl" in sys.argv
    gil = getattr(sys, "_is_gil_enabled", lambda: True)()
    workloads = [w for w in WORKLOADS if not only or w.__name__ in only.split(",")]
    if "--list" in sys.argv:
        for w in workloads:
            print(w.__name__)
        return
    if not jsonl:
        print("%s, %s, %d iterations" % (sys.implementation.name, "GIL" if gil else "free-threaded", n))
        # speedup is N * t1 / tN on the wall clock. cpu/it compares the CPU
        # time an iteration costs with N threads to the cost with one: 1.00
        # means the threads do not slow each other down.
        print("%-22s %7s %10s %10s %8s %8s" % ("workload", "threads", "t1 ns/it", "tN ns/it", "speedup", "cpu/it"))
    for fn in workloads:
        # Warm up with threads too: the first runs otherwise pay for the
        # free lists filling and the start-up's garbage being collected.
        timed(fn, max(threads), n // 4)
        for k in threads:
            t1, c1, tn, cn = measure(fn, k, n)
            if jsonl:
                print(json.dumps({"workload": fn.__name__, "threads": k,
                                  "t1_ns": t1 * 1e9 / n, "tn_ns": tn * 1e9 / n,
                                  "speedup": k * t1 / tn,
                                  "cpu_per_it": cn / (k * c1) if c1 else 0}))
                sys.stdout.flush()
            else:
                print("%-22s %7d %10.1f %10.1f %8.2f %8.2f" % (
                    fn.__name__, k, t1 * 1e9 / n, tn * 1e9 / n, k * t1 / tn, cn / (k * c1) if c1 else 0))


main()
