# The order in which a collection runs the finalizers of garbage cycles:
# CPython 3.11 runs them in its object list's order, the order objects were
# tracked (recycled objects count as new), and so does ftpy (track stamps,
# object.go), here on one thread.
import gc
gc.disable()
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
keep = []
def ring(tag, n):
    nodes = [D("%s%d" % (tag, i)) for i in range(n)]
    for a, b in zip(nodes, nodes[1:] + nodes[:1]):
        a.next = b
    keep.append(nodes)  # built in one go, dropped later
print("ring"); ring("r", 4); keep.clear(); print(gc.collect() > 0)
print("self"); a = D("s"); a.me = a; del a; print(gc.collect() > 0)
print("pair via list"); a = D("p1"); b = D("p2"); a.l = [b]; b.l = [a]; del a, b; print(gc.collect() > 0)
print("star"); hub = D("hub"); hub.spokes = [D("x%d" % i) for i in range(3)]
for s in hub.spokes: s.hub = hub
del hub, s; print(gc.collect() > 0)
print("reverse made"); a = D("late"); b = D("early_ref"); b.x = a; a.x = b; del a, b; print(gc.collect() > 0)
print("dict cycle"); d = {"a": D("da"), "b": D("db")}; d["self"] = d; del d; print(gc.collect() > 0)
print("end")
print("interleaved cycles")
a1 = D("a1"); b1 = D("b1"); a2 = D("a2"); b2 = D("b2")
a1.o = a2; a2.o = a1; b1.o = b2; b2.o = b1
del a1, a2, b1, b2; print(gc.collect() > 0)
print("old then young")
old = D("old"); old.me = old
gc.collect()
young = D("young"); young.me = young; young.old = old
del old, young; print(gc.collect() > 0)
print("nested")
class N(D):
    def __init__(self, n, k):
        super().__init__(n)
        self.kids = [D("%s.%d" % (n, i)) for i in range(k)]
        self.kids.append(self)
root = N("root", 3); del root; print(gc.collect() > 0)
print("recycled in reverse")
objs = [D("t%d" % i) for i in range(4)]
for o in objs: o.me = o
del o
objs.reverse(); objs.clear(); print(gc.collect() > 0)
print("end2")
