# Times each workload of workloads.py and prints ns per iteration. Runs
# under CPython and ftpy alike:  python3 bench/run.py; ftpy bench/run.py
import sys
import time

sys.path.insert(0, __file__.rsplit("/", 1)[0])
import workloads

N = 1000000
if len(sys.argv) > 1:
    N = int(sys.argv[1])

for fn in workloads.WORKLOADS:
    best = None
    for _ in range(3):
        start = time.perf_counter()
        fn(N)
        elapsed = time.perf_counter() - start
        if best is None or elapsed < best:
            best = elapsed
    print("%-18s %8.1f ns/iter" % (fn.__name__[6:], best * 1e9 / N))
