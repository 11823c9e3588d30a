# A name missing from a module that is still being imported: CPython's
# message points at a circular import.
import os, sys, tempfile, types

d = tempfile.mkdtemp()
with open(os.path.join(d, "circ_a.py"), "w") as f:
    f.write("import circ_b\nvalue = 1\n")
with open(os.path.join(d, "circ_b.py"), "w") as f:
    f.write("import circ_a\nprint(circ_a.value)\n")
sys.path.insert(0, d)
try:
    import circ_a
except AttributeError as e:
    print("AttributeError:", e)

m = types.ModuleType("plain")
try:
    m.missing
except AttributeError as e:
    print("AttributeError:", e)
del m.__name__
try:
    m.missing
except AttributeError as e:
    print("AttributeError:", e)

class Spec:
    _initializing = True
m = types.ModuleType("halfway")
m.__spec__ = Spec()
try:
    m.missing
except AttributeError as e:
    print("AttributeError:", e)
Spec._initializing = 0
try:
    m.missing
except AttributeError as e:
    print("AttributeError:", e)
