# A weak reference's callback runs while its referent is being freed;
# a collection started from the callback (here by gc.collect(); in a
# program, by any allocation or by another thread) must not take the
# dying object, whose count is zero, for unreachable garbage: it would
# be freed a second time. gc.collect() finds nothing, as in CPython.
import gc
import weakref


class V:
    pass


found = []


def cb(wr):
    found.append((wr() is None, gc.collect()))


gc.collect()
refs = []
for i in range(5):
    v = V()
    refs.append(weakref.ref(v, cb))
    del v
print(found)
