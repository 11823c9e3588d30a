# Import failures as CPython reports them: a circular from-import names the
# partially initialized module, a module whose code raised is not left in
# sys.modules, ImportError's name and path (also as keyword arguments).
import sys
sys.dont_write_bytecode = True  # python3 writes no __pycache__ into testdata
try:
    import ftpyrelpkg.circ_a
except ImportError as e:
    print(type(e).__name__, str(e).rsplit(" (", 1)[0], e.name)
for _ in range(2):
    try:
        import ftpyrelpkg.bad
    except ValueError as e:
        print("err", e, "ftpyrelpkg.bad" in sys.modules)
try:
    from ftpyrelpkg import no_such_name_here
except ImportError as e:
    print(type(e).__name__, str(e).rsplit(" (", 1)[0], e.name)
try:
    import nosuchmodule_ftpy
except ImportError as e:
    print(type(e).__name__, e, e.name, e.path)
e = ImportError("m", name="n", path="p")
print(e.name, e.path, e.args)
e = ImportError("m")
print(e.name, e.path)
e.name = "z"
print(e.name)
try:
    ImportError("m", bogus=1)
except TypeError as x:
    print(x)
print(ModuleNotFoundError("a", name="b").name)
try:
    ValueError("x", bogus=1)
except TypeError as x:
    print(x)
