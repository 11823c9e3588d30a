# __import__ as CPython: the top-level package unless a from-list is given
# (it returned os.path's module for "os.path"), from-lists importing
# submodules of a package, level and relative names resolved against
# globals' __package__/__name__; relative imports in packages
# (testdata/ftpyrelpkg): from . import, from .. import, beyond the top.
import sys
sys.dont_write_bytecode = True  # python3 writes no __pycache__ into testdata
def show(label, fn):
    try:
        r = fn()
        print(label, "->", getattr(r, "__name__", r) if r is not None else None)
    except BaseException as e:
        print(label, "!!", type(e).__name__, e)

show("os.path", lambda: __import__("os.path"))
show("os.path fromlist", lambda: __import__("os.path", fromlist=["x"]))
show("os fromlist path", lambda: __import__("os", fromlist=["path"]))
show("os.path fromlist empty", lambda: __import__("os.path", fromlist=[]))
show("os.path fromlist none", lambda: __import__("os.path", None, None, None))
show("collections fromlist abc", lambda: __import__("collections", fromlist=["abc"]))
show("int name", lambda: __import__(5))
show("no args", lambda: __import__())
show("empty", lambda: __import__(""))
show("neg level", lambda: __import__("os", level=-1))
show("level 1 no globals", lambda: __import__("os", level=1))
show("level 1 main globals", lambda: __import__("x", globals(), None, [], 1))
show("missing", lambda: __import__("no_such_module_ftpy"))
show("missing sub", lambda: __import__("os.nosuch"))
show("level bad type", lambda: __import__("os", level="x"))
show("kw name", lambda: __import__(name="os"))
show("pkg", lambda: __import__("ftpyrelpkg"))
import ftpyrelpkg
print(ftpyrelpkg.VALUE, ftpyrelpkg.__package__, [type(p).__name__ for p in ftpyrelpkg.__path__])
print(ftpyrelpkg.sub.__package__, ftpyrelpkg.inner.deep.__package__)
show("pkg fromlist lazy", lambda: __import__("ftpyrelpkg", fromlist=["lazy"]))
print("lazy" in dir(ftpyrelpkg))
show("pkg fromlist missing", lambda: __import__("ftpyrelpkg", fromlist=["nothing_here"]))
show("pkg fromlist star", lambda: __import__("ftpyrelpkg", fromlist=["*"]))
show("pkg.inner.deep", lambda: __import__("ftpyrelpkg.inner.deep"))
show("pkg.inner.deep from", lambda: __import__("ftpyrelpkg.inner.deep", fromlist=["x"]))
show("rel with globals", lambda: __import__("sub", {"__package__": "ftpyrelpkg"}, None, ["VALUE"], 1))
show("rel name globals", lambda: __import__("sub", {"__name__": "ftpyrelpkg.x"}, None, [], 1))
show("rel inner no fromlist", lambda: __import__("inner.deep", {"__package__": "ftpyrelpkg"}, None, [], 1))
show("rel empty name", lambda: __import__("", {"__package__": "ftpyrelpkg.inner"}, None, [], 2))
show("rel beyond", lambda: __import__("x", {"__package__": "ftpyrelpkg"}, None, [], 3))
show("rel pkg not str", lambda: __import__("x", {"__package__": 5}, None, [], 1))
show("rel no name", lambda: __import__("x", {}, None, [], 1))
try:
    from . import something
except ImportError as e:
    print("main rel:", e)
