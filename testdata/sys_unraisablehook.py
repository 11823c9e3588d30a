import sys, gc
print(sys.unraisablehook is sys.__unraisablehook__)
class A:
    def __del__(self):
        raise ValueError("boom")
seen = []
sys.unraisablehook = lambda u: seen.append((u.exc_type.__name__, str(u.exc_value), u.err_msg, type(u.object).__name__, u.exc_traceback is not None, type(u).__name__))
a = A(); del a; gc.collect()
print(seen)
sys.unraisablehook = sys.__unraisablehook__
try:
    sys.__unraisablehook__(1)
except TypeError as e:
    print(e)

# A hook that raises is reported by the default hook; the program goes on.
def bad(u):
    raise RuntimeError("hook failed")
sys.unraisablehook = bad
b = A(); del b; gc.collect()
sys.unraisablehook = sys.__unraisablehook__
print("after")
