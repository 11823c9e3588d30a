# _symtable's tree and flag words, and the Lib's symtable on top of it.
import _symtable, symtable

SRC = '''
x = 1
def f(a, *b, c=2, **d):
    global g
    def h():
        nonlocal a
        return a
    return [i for i in b]
class C:
    y: int = 3
    def m(self):
        return __class__
    def n(self, v):
        return {k: v for k, v in v.items()}
import os
from os import path as p
lambda q: q
z = (w for w in range(3))
def outer():
    v = 1
    class Inner:
        v = 2
        def get(self):
            return v
    return Inner
'''

def show(t, ind=""):
    print(ind, t.type, t.name, t.lineno, t.nested, t.symbols, t.varnames)
    for c in t.children:
        show(c, ind + "  ")

show(_symtable.symtable(SRC, "f.py", "exec"))
show(_symtable.symtable("x + y", "f.py", "eval"))
show(_symtable.symtable(b"a = b", "f.py", "single"))
for k in sorted(dir(_symtable)):
    if k.isupper():
        print(k, getattr(_symtable, k))

for args in [("x", 1, "exec"), ("x", "f", "bad"), ("x", "f", 3), (1, "f", "exec"), ("x y", "f", "exec"), ("x", "f")]:
    try:
        _symtable.symtable(*args)
    except Exception as e:
        print(type(e).__name__, e)

top = symtable.symtable(SRC, "f.py", "exec")
print(top, top.get_type(), top.get_name(), top.get_lineno(), top.is_nested(), top.has_children())
print(sorted(top.get_identifiers()))
for s in sorted(top.get_symbols(), key=lambda s: s.get_name()):
    print(" ", s, s.is_global(), s.is_local(), s.is_imported(), s.is_assigned(), s.is_namespace())
f = top.lookup("f").get_namespace()
print(f, f.get_parameters(), f.get_locals(), f.get_globals(), f.get_frees(), f.get_nonlocals())
h = f.get_children()[0]
print(h, h.get_frees(), h.get_nonlocals(), h.lookup("a").is_free())
C = top.lookup("C").get_namespace()
print(C, C.get_methods(), C.lookup("y").is_annotated())
m = C.get_children()[0]
print(m.get_frees(), m.lookup("__class__").is_free())
