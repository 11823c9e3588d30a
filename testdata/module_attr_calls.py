# m.f(...) and m.x at one call site while the module's attributes change
# (ftpy caches, per site, where the attribute sits in the module's dict).
import math
import types


def root(v):
    return math.sqrt(v)


print(root(16.0))
real = math.sqrt
math.sqrt = lambda v: "patched %s" % v
print(root(16.0))
del math.sqrt
try:
    root(16.0)
except AttributeError as e:
    print("AttributeError:", e)
math.sqrt = real
print(root(25.0))

m = types.ModuleType("dyn")
m.value = 1


def read(mod):
    return mod.value


print(read(m))
m.other = 2                          # the dict grows; value stays put
m.value = 3
print(read(m))
del m.value


def fallback(name):
    return "module __getattr__ " + name


m.__getattr__ = fallback
print(read(m))


class Holder:
    pass


h = Holder()
h.f = lambda: "instance callable"
print(h.f())
h.f = len
print(h.f([1, 2]))
