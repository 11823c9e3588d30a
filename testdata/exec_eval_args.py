# exec/eval/compile: code objects with free or cell variables (a Go panic
# before), closure=, argument and namespace checks, null bytes, bytes source.
def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except BaseException as e:
        print(label, "!!", type(e).__name__, e)

def f():
    x = 1
    def g(): return x
    return g
code = f().__code__
show("exec free", lambda: exec(code, {}))
show("eval free", lambda: eval(code, {}))
show("exec globals int", lambda: exec("1", 5))
show("eval globals int", lambda: eval("1", 5))
show("exec globals list", lambda: exec("1", []))
show("exec locals int", lambda: exec("1", {}, 5))
show("eval locals int", lambda: eval("1", {}, 5))
show("exec null", lambda: exec("x = 1\0"))
show("eval null", lambda: eval("1\0"))
show("exec bytes", lambda: exec(b"y = 2"))
show("eval bytes", lambda: eval(b"1 + 2"))
show("exec int", lambda: exec(5))
show("eval int", lambda: eval(5))
show("exec none", lambda: exec(None))
show("exec noargs", lambda: exec())
show("eval noargs", lambda: eval())
show("exec kw", lambda: exec("1", globals={}))
show("eval too many", lambda: eval("1", {}, {}, 4))
g = {}
exec("z = 3", g)
import builtins
show("eval ws", lambda: eval("  1"))
show("eval stmt", lambda: eval("x = 1"))
show("exec returns", lambda: exec("1"))
show("eval dict locals", lambda: eval("a + b", {"a": 1}, {"b": 2}))
class M:
    def __getitem__(self, k):
        if k == "q": return 7
        raise KeyError(k)
show("compile bad mode", lambda: compile("1", "f", "bad"))
show("compile int", lambda: compile(1, "f", "exec"))
show("compile bytes", lambda: eval(compile(b"1+1", "f", "eval")))
show("compile null", lambda: compile("1\0", "f", "exec"))
show("exec compiled eval", lambda: exec(compile("1", "f", "eval")))
def h():
    y = 2
    def k(): return y
    return k()
show("exec cellvars", lambda: exec(h.__code__, {}))
def gen():
    yield 1
show("exec gen code", lambda: exec(gen.__code__, {}))
cell = (lambda: code).__closure__
import types
def mk():
    q = 5
    def r(): print("q is", q)
    return r
rc = mk()
show("exec closure", lambda: exec(rc.__code__, {"print": print}, closure=rc.__closure__))
show("exec closure wrong len", lambda: exec(rc.__code__, {}, closure=()))
show("exec closure not cells", lambda: exec(rc.__code__, {}, closure=(1,)))
show("exec closure on plain", lambda: exec(compile("1", "f", "exec"), {}, closure=rc.__closure__))
def args(a, b=1):
    return a
show("exec fn with args", lambda: exec(args.__code__, {}))
