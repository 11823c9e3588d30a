# ftpy-only: os.sched_setaffinity(0, mask) applies to every OS thread of
# the process (CPython's applies to the calling thread only), since Python
# threads run as goroutines over the Go runtime's threads.
import os
import sys
import threading

if sys.platform.startswith("linux"):

    def cpus(text):
        out = set()
        for part in text.split(","):
            lo, _, hi = part.partition("-")
            out.update(range(int(lo), int(hi or lo) + 1))
        return out

    def task_masks():
        masks = {}
        for tid in os.listdir("/proc/self/task"):
            try:
                with open("/proc/self/task/%s/status" % tid) as f:
                    for line in f:
                        if line.startswith("Cpus_allowed_list:"):
                            masks[tid] = cpus(line.split(":")[1].strip())
            except OSError:
                pass  # the thread exited
        return masks

    mask = os.sched_getaffinity(0)
    one = {max(mask)}
    stop = threading.Event()
    seen = []

    def spin():
        while not stop.is_set():
            seen.append(os.sched_getaffinity(0))
            if len(seen) > 100:
                del seen[:50]

    ts = [threading.Thread(target=spin) for _ in range(4)]
    for t in ts:
        t.start()
    try:
        os.sched_setaffinity(0, one)
        masks = task_masks()
        assert masks and all(m == one for m in masks.values()), masks
        got = []
        t = threading.Thread(target=lambda: got.append(os.sched_getaffinity(0)))
        t.start()
        t.join()
        assert got == [one], got
        assert os.sched_getaffinity(0) == one
    finally:
        os.sched_setaffinity(0, mask)
        stop.set()
        for t in ts:
            t.join()
    masks = task_masks()
    assert all(m == mask for m in masks.values()), masks
    assert os.sched_getaffinity(0) == mask
print("ok")
