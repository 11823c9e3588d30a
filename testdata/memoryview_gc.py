# memoryview takes part in cycle collection: an exporter whose dict holds a
# view of itself is freed by gc.collect().
import gc, weakref, array
class A(array.array): pass
a = A('b', [1, 2])
a.view = memoryview(a)
r = weakref.ref(a)
del a
gc.collect()
print(r() is None)
class B(bytearray): pass
b = B(b'xy')
b.view = memoryview(b)
rb = weakref.ref(b.view)
del b
gc.collect()
print(rb() is None)
m = memoryview(b'abc')
print(gc.is_tracked(m), m.tobytes())
