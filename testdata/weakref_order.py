# The order of a referent's weak references, as CPython keeps it: the
# shared plain reference, then the shared proxy, then the others newest
# first; callbacks run in that order.
import weakref
class O: pass
class MyRef(weakref.ref): pass
o = O()
names = {}
def cb(name): return lambda wr: print("cb", name)
r1 = MyRef(o); names[id(r1)] = "r1"
r2 = weakref.ref(o); names[id(r2)] = "r2"
p1 = weakref.proxy(o); names[id(p1)] = "p1"
c1 = weakref.ref(o, cb("c1")); names[id(c1)] = "c1"
c2 = weakref.ref(o, cb("c2")); names[id(c2)] = "c2"
c3 = weakref.proxy(o, cb("c3")); names[id(c3)] = "c3"
r3 = MyRef(o); names[id(r3)] = "r3"
print([names[id(w)] for w in weakref.getweakrefs(o)])
print(weakref.proxy(o) is p1, weakref.ref(o) is r2)
del o
