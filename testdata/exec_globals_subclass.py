# Globals that are a dict subclass: exec/eval's locals default to them,
# so module-level names go through its __getitem__/__setitem__, and
# LOAD_GLOBAL in functions goes through __getitem__ too (CPython 3.11).
class G(dict):
    def __getitem__(self, k):
        if k.startswith("g_"):
            return "G:" + k
        raise KeyError(k)

    def __setitem__(self, k, v):
        print("set", k)
        super().__setitem__(k, v)


print(eval("g_foo", G()))
g = G(y=2)
exec("x = 1\ndef f():\n    return g_bar, len('ab')\nprint(f(), f(), y)\ndel x", g)
print(sorted(k for k in dict.keys(g) if k != "__builtins__"))
exec("def h():\n    return y\n", g)
try:
    dict.__getitem__(g, "h")()
except NameError as e:
    print("NameError", e)
try:
    exec("print(zzz)", G())
except NameError as e:
    print("NameError", e)

# An exact dict: locals are the globals.
g = {}
exec("a = 1\nprint(locals() is globals())", g)
print(sorted(k for k in g if k != "__builtins__"))
