# builtins.breakpoint() and sys.breakpointhook: PYTHONBREAKPOINT names the
# hook (module.attr, or a builtin), "0" turns it off, an unimportable one
# is warned about.
import os
import sys
import warnings

print(sys.breakpointhook is sys.__breakpointhook__)


def show(*args, **kw):
    return ("hook", args, sorted(kw.items()))


sys.breakpointhook = show
print(breakpoint(1, 2, a=3))
sys.breakpointhook = sys.__breakpointhook__

for value in ["0", "os.path.join", "len", "nosuchmodule.f", "os.nosuch", "x.", "int"]:
    os.environ["PYTHONBREAKPOINT"] = value
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            result = breakpoint("a", "b")
        except Exception as e:
            result = (type(e).__name__, str(e))
    print(repr(value), result, [(w.category.__name__, str(w.message)) for w in caught])

del sys.breakpointhook
try:
    breakpoint()
except RuntimeError as e:
    print("RuntimeError:", e)
