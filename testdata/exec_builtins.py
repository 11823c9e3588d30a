# exec and eval honour a __builtins__ in their globals (a dict, a module
# or any mapping), and functions keep the builtins of their globals when
# they were made, as CPython 3.11 does.
import builtins

exec("print(len('ab'))", {"__builtins__": {"len": lambda x: 42, "print": print}})
try:
    exec("len('ab')", {"__builtins__": {}})
except NameError as e:
    print("NameError:", e)
exec("print(len('abc'))", {"__builtins__": builtins})
print(eval("len('ab')", {"__builtins__": {"len": lambda x: 5}}))
print(eval("len", {"__builtins__": {"len": 7}}, {}))

# exec without __builtins__ puts the running builtins dict there.
g = {}
exec("pass", g)
print(g["__builtins__"] is builtins.__dict__)

# A function keeps its builtins; a later change of the globals'
# __builtins__ affects only functions made after it.
g = {"__builtins__": {"len": lambda x: 7, "print": print}}
exec("def f(x): return len(x)", g)
print(g["f"]("abc"), g["f"].__builtins__["len"]("z"))
g["__builtins__"] = {"len": lambda x: 9}
print(g["f"]("abc"))
exec("def h(x): return len(x)", g)
print(g["h"]("abc"), g["f"]("abc"))

# The same code run with different builtins (LOAD_GLOBAL's cache must not
# mix them up), in a loop so the cache is warm.
def uses_len():
    return len(())

ga = {"__builtins__": {"len": lambda x: "a"}}
gb = {"__builtins__": {"len": lambda x: "b"}}
print([eval(uses_len.__code__, g) for _ in range(3) for g in (ga, gb, globals())])
print(uses_len.__builtins__ is builtins.__dict__)

# Any mapping as builtins: looked up with __getitem__, KeyError meaning
# absent.
class Mapping:
    def __getitem__(self, key):
        if key == "missing":
            raise KeyError(key)
        return lambda *a: "mapped " + key

g = {"__builtins__": Mapping()}
exec("x = len('ab')\ndef f(): return abs(1)", g)
print(g["x"], g["f"]())
try:
    exec("missing", g)
except NameError as e:
    print("NameError:", e)

class Raising:
    def __getitem__(self, key):
        raise ValueError("no " + key)

try:
    exec("len", {"__builtins__": Raising()})
except ValueError as e:
    print("ValueError:", e)
try:
    exec("print(1)", {"__builtins__": 5})
except TypeError as e:
    print("TypeError:", e)

# A dict subclass is looked up through its __getitem__ too.
class Loud(dict):
    def __getitem__(self, key):
        return lambda *a: "loud " + key

print(eval("len('x')", {"__builtins__": Loud()}))

# Classes need __build_class__ from the builtins.
try:
    exec("class A: pass", {"__builtins__": {}})
except NameError as e:
    print("NameError:", e)
ns = {"__name__": "m", "__builtins__": {"__build_class__": builtins.__build_class__, "len": lambda x: -1}}
exec("class A:\n    n = len('abc')\n    def m(self): return len('q')\nr = (A.n, A().m())", ns)
print(ns["r"])

# The interpreter's builtins still change for everyone.
builtins.custom_name = "custom"
print(eval("custom_name"))
del builtins.custom_name
try:
    eval("custom_name")
except NameError as e:
    print("NameError:", e)

# MAKE_FUNCTION reads __builtins__ from the globals each time it runs (its
# cache remembers only where the entry sits): one instruction, four values.
g = {'__builtins__': builtins}
exec("def mk():\n  return lambda: len('abc')\n", g)
f1 = g['mk']()
g['__builtins__'] = {'len': lambda x: 99}
f2 = g['mk']()
g['__builtins__'] = builtins.__dict__
f3 = g['mk']()
del g['__builtins__']
f4 = g['mk']()
print(f1(), f2(), f3(), f4(), f3.__builtins__ is builtins.__dict__, type(f4.__builtins__))
