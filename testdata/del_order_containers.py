# The order in which containers drop their items, seen by __del__:
# lists and tuples from the last item to the first (deallocation, clear,
# slice deletion and replacement), strided deletions and assignments in
# slice order, dicts and sets from the first to the last, as CPython does.
import gc
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
    def __hash__(self): return self.n
    def __eq__(self, o): return self is o
    def __repr__(self): return "D%d" % self.n
print("list clear"); l = [D(1), D(2), D(3)]; l.clear()
print("list dealloc"); l = [D(1), D(2), D(3)]; del l
print("list del slice"); l = [D(1), D(2), D(3), D(4)]; del l[1:3]; print("-"); del l
print("list slice assign"); l = [D(1), D(2), D(3), D(4)]; l[0:3] = []; print("-"); del l
print("list *= 0"); l = [D(1), D(2), D(3)]; l *= 0
print("tuple dealloc"); t = (D(1), D(2), D(3)); del t
print("dict clear"); d = {1: D(1), 2: D(2), 3: D(3)}; d.clear()
print("dict dealloc"); d = {1: D(1), 2: D(2), 3: D(3)}; del d
print("dict keys dealloc"); d = {D(1): D(11), D(2): D(12)}; del d
print("set clear"); s = {D(1), D(2), D(3)}; s.clear()
print("set dealloc"); s = {D(1), D(2), D(3)}; del s
print("frozenset dealloc"); s = frozenset([D(1), D(2), D(3)]); del s
print("list init"); l = [D(1), D(2)]; l.__init__([]); print("-")
print("dict popitem"); d = {1: D(1)}; d.popitem()
print("strided del"); l = [D(i) for i in range(6)]; del l[::2]; print("-")
print("strided del neg"); l = [D(i) for i in range(6)]; del l[::-2]; print("-")
print("strided assign"); l = [D(i) for i in range(6)]; l[::2] = [0, 0, 0]; print("-")
print("setitem"); l = [D(0)]; l[0] = 1; print("-")
print("pop"); l = [D(0), D(1)]; l.pop(0); print("-")
print("remove"); l = [D(0), D(1)]; l.remove(l[0]); print("-")
print("extend replace"); l = [D(0), D(1), D(2)]; l[:] = [1]; print("-")
print("end")
