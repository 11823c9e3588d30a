class M:
    def __init__(self): self.d = {}
    def __getitem__(self, k):
        print("get", k); return self.d[k]
    def __setitem__(self, k, v):
        print("set", k); self.d[k] = v
    def __delitem__(self, k):
        print("del", k); del self.d[k]
m = M()
exec("x = 1\ny = x + 1\ndel x\nprint(len([y]))", {}, m)
print(m.d)
try: exec("del nope", {}, m)
except Exception as e: print(type(e).__name__, e)
class Bad(M):
    def __delitem__(self, k): raise ValueError("bad")
    def __getitem__(self, k): raise ValueError("bad get")
try: exec("del nope", {}, Bad())
except Exception as e: print(type(e).__name__, e)
try: exec("nope", {}, Bad())
except Exception as e: print(type(e).__name__, e)
print(eval("a + b", {"b": 2}, m) if not m.d.update(a=1) else 0)
class D(dict):
    def __setitem__(self, k, v): print("Dset", k); super().__setitem__(k, v)
    def __getitem__(self, k): print("Dget", k); return super().__getitem__(k)
d = D()
exec("z = 3\nprint(z)", {}, d)
print(d)
print(eval("locals() is L", {"L": m}, m))
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases): return D()
class C(metaclass=Meta):
    a = 1
    b = a + 1
print(C.b)
class Meta2(type):
    @classmethod
    def __prepare__(mcls, name, bases): return M()
    def __new__(mcls, name, bases, ns): return super().__new__(mcls, name, bases, dict(ns.d))
class C2(metaclass=Meta2):
    a = 1
    def f(self): return self.a
print(C2().f())
class Meta3(type):
    @classmethod
    def __prepare__(mcls, name, bases): return M()
try:
    class C3(metaclass=Meta3):
        a = 1
except Exception as e: print(type(e).__name__, e)
# annotations in exec with mapping
exec("q: int = 5", {}, m)
print(m.d.get("__annotations__"))
def outer():
    v = 1
    class K:
        print(v)
    return K
outer()


# A class body's free variable read (LOAD_CLASSDEREF) looks in the
# mapping first.
def outer2():
    v = "cell"

    class K(metaclass=Meta2):
        print(v)
        w = [v for _ in "ab"]
        print(w)
    return K


outer2()


# enum's pattern: a dict subclass from __prepare__ that sees every store.
class Members(dict):
    def __init__(self):
        super().__init__()
        self.order = []

    def __setitem__(self, key, value):
        if not key.startswith("_"):
            if key in self:
                raise TypeError("%r already defined" % key)
            self.order.append(key)
        super().__setitem__(key, value)


class EnumMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Members()

    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls._order = ns.order
        return cls


class Color(metaclass=EnumMeta):
    RED = 1
    GREEN = 2

    def describe(self):
        return __class__.__name__


print(Color._order, Color().describe())
try:
    class Twice(metaclass=EnumMeta):
        A = 1
        A = 2
except TypeError as e:
    print("TypeError:", e)


# import * and annotations into a mapping.
class Quiet(M):
    def __setitem__(self, k, v):
        self.d[k] = v


m2 = Quiet()
exec("from math import *", {}, m2)
print("pi" in m2.d, "sqrt" in m2.d)

# Errors.
try:
    exec("x = 1", {}, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    eval("x", {}, 5)
except TypeError as e:
    print("TypeError:", e)


class BadMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 5


try:
    class Nope(metaclass=BadMeta):
        pass
except TypeError as e:
    print("TypeError:", e)


class NoSet:
    def __getitem__(self, k):
        raise KeyError(k)


try:
    exec("x = 1", {}, NoSet())
except TypeError as e:
    print("TypeError:", e)
print(eval("abs(-2)", {}, NoSet()))


# dir() and vars() in a mapping namespace.
class Keyed(M):
    def keys(self):
        return self.d.keys()


print(eval("sorted(vars().d)", {}, m2)[:2])
k = Keyed()
k.d.update(b=1, a=2)
print(eval("dir()", {}, k))
try:
    eval("dir()", {}, NoSet())
except AttributeError as e:
    print("AttributeError:", e)
