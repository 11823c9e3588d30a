# gc.callbacks: called with ("start", info) and ("stop", info) around every
# collection; info has generation, collected and uncollectable.
import gc
import sys

print(type(gc.callbacks).__name__, gc.callbacks)

gc.collect()
events = []


def record(phase, info):
    events.append((phase, sorted(info.items())))


gc.callbacks.append(record)
print(gc.callbacks == [record])


def make_cycles(n):
    for _ in range(n):
        l = []
        l.append(l)
        d = {}
        d["self"] = d


make_cycles(3)
n = gc.collect()
print("collect returned", n)
for e in events:
    print(e)

# The info dict's keys in order, and generation as passed.
seen = []
gc.callbacks.append(lambda phase, info: seen.append((phase, list(info))))
events.clear()
gc.collect(0)
gc.collect(generation=1)
gc.collect(2)
print([e[1][1] for e in events])
for s in seen:
    print(s)
gc.callbacks.pop()

# Nothing to collect. (Functions dropped above may be freed only by a
# collection in ftpy, whose functions are deferred-counted: collect first.)
gc.collect()
events.clear()
print("collect returned", gc.collect())
print(events)

# A nested cycle: a list holding a list that refers back.
gc.collect()
events.clear()
x = [[]]
x[0].append(x)
del x
print("collect returned", gc.collect())
print(events[-1])

# Removing the callback stops the calls.
gc.callbacks.remove(record)
events.clear()
gc.collect()
print(events, gc.callbacks)

# The same info dict is passed to every callback of one phase.
infos = []
gc.callbacks.append(lambda p, i: infos.append(i))
gc.callbacks.append(lambda p, i: infos.append(i))
gc.collect()
print(len(infos), infos[0] is infos[1], infos[2] is infos[3], infos[0] is infos[2])
gc.callbacks.clear()

# A callback that fails is reported as unraisable (on sys.stderr) and the
# others still run.
class Cap:
    def __init__(self):
        self.text = ""

    def write(self, s):
        self.text += s

    def flush(self):
        pass


def bad(phase, info):
    raise ValueError("boom " + phase)


calls = []
gc.callbacks.extend([bad, lambda p, i: calls.append(p)])
cap = Cap()
old = sys.stderr
sys.stderr = cap
try:
    gc.collect()
finally:
    sys.stderr = old
gc.callbacks.clear()
print(calls)
lines = cap.text.splitlines()
print([l.split(" at 0x")[0] for l in lines if l.startswith("Exception ignored")])
print([l for l in lines if l.startswith("ValueError")])

# A callback that collects: the nested gc.collect() returns 0 and calls no
# callbacks.
nested = []


def collector(phase, info):
    nested.append((phase, gc.collect()))


gc.callbacks.append(collector)
gc.collect()
gc.callbacks.clear()
print(nested)

# A callback that appends a callback: the new one is called in the same
# phase too (the list is read by index).
order = []


def adder(phase, info):
    order.append("adder " + phase)
    if phase == "start":
        gc.callbacks.append(lambda p, i: order.append("added " + p))


gc.callbacks.append(adder)
gc.collect()
gc.callbacks.clear()
print(order)

# gc.collect errors.
for args in [(3,), (-1,), ("x",), (1, 2)]:
    try:
        gc.collect(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

# Rebinding the attribute does not replace the collector's list.
saved = gc.callbacks
gc.callbacks = [lambda p, i: print("never")]
gc.collect()
gc.callbacks = saved
print("done")
