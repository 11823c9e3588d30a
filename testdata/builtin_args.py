# Every builtin function called with wrong argument counts, types and
# unexpected keywords: the TypeError (or result) CPython gives, and
# iter(callable, sentinel).
import builtins
skip = {"input", "breakpoint", "help", "exit", "quit", "copyright", "credits", "license", "open", "print", "__build_class__", "__import__", "exec", "eval", "compile", "globals", "locals", "vars", "dir", "aiter", "anext"}
names = sorted(n for n in dir(builtins) if not n.startswith("_") or n == "__import__")
funcs = [n for n in names if n not in skip and callable(getattr(builtins, n)) and type(getattr(builtins, n)).__name__ == "builtin_function_or_method"]
class O: pass
argsets = [
    ("noargs", (), {}),
    ("many", (1, 2, 3, 4, 5, 6), {}),
    ("obj", (O(),), {}),
    ("none", (None,), {}),
    ("str", ("s",), {}),
    ("float", (1.5,), {}),
    ("obj2", (O(), O()), {}),
    ("int_str", (1, "s"), {}),
    ("kw", (1,), {"bogus": 1}),
    ("kwonly", (), {"bogus": 1}),
    ("list", ([1, 2],), {}),
    ("list_kw_key", ([1, 2],), {"key": 5}),
]
for n in funcs:
    f = getattr(builtins, n)
    for label, a, kw in argsets:
        try:
            r = f(*a, **kw)
            tn = type(r).__name__
            out = "-> " + ("an iterator" if tn.endswith("_iterator") else tn)
        except BaseException as e:
            out = "!! %s: %s" % (type(e).__name__, e)
        print(n, label, out)

import functools
data = iter([1, 2, 3, 0, 5])
it = iter(lambda: next(data), 0)
print(type(it).__name__, list(it), list(it))
def g():
    raise StopIteration
print(list(iter(g, 1)))
n = [0]
def f():
    n[0] += 1
    if n[0] == 3: raise ValueError("boom")
    return n[0]
it = iter(f, 99)
try:
    print(list(it))
except ValueError as e:
    print("err", e, next(it))
print(list(iter(iter([1,2,3]).__next__, 3)))
try: sorted([2,1], bogus=1)
except TypeError as e: print(e)
print(sorted([2,1,3], key=lambda x: -x, reverse=True))
try: sum([b"a"], b"")
except TypeError as e: print(e)
try: sum(1, "x")
except TypeError as e: print(e)
try: round(1.5, bogus=1)
except TypeError as e: print(e)
try: pow(2, bogus=1)
except TypeError as e: print(e)
