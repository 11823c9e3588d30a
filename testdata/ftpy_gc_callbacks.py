# Automatic collections call gc.callbacks too, on the collecting thread,
# with generation 2 (ftpy has one generation). ftpy-only: CPython's
# automatic collections report the generation they collect.
import gc
import threading

events = []


def record(phase, info):
    events.append((phase, info["generation"], threading.get_ident()))


gc.collect()
gc.set_threshold(100)
gc.callbacks.append(record)
# The collector also waits until the young objects are a quarter of the
# survivors of the last collection, which depends on what ran before in
# this process: allocate until a collection came, with a generous bound.
for _ in range(400000):
    l = []
    l.append(l)
    if len(events) >= 2:
        break
gc.callbacks.remove(record)
gc.set_threshold(2000)
assert events, "no automatic collection ran"
assert len(events) % 2 == 0, events
for i in range(0, len(events), 2):
    assert events[i][:2] == ("start", 2), events[i]
    assert events[i + 1][:2] == ("stop", 2), events[i + 1]
assert {e[2] for e in events} == {threading.get_ident()}


# Callbacks on several threads' collections.
def work():
    for _ in range(2000):
        l = []
        l.append(l)
        gc.collect() if _ % 500 == 0 else None


seen = []
lock = threading.Lock()


def rec2(phase, info):
    with lock:
        seen.append(phase)


gc.callbacks.append(rec2)
ts = [threading.Thread(target=work) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
gc.callbacks.remove(rec2)
assert seen.count("start") == seen.count("stop") > 0, seen
print("ok")
