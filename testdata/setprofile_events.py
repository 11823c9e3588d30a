# sys.setprofile: 'call' and 'return' for Python code, 'c_call',
# 'c_return' and 'c_exception' for built-in functions, printed as (event,
# function, line relative to its def line, what arg names).
import sys

log = []


def describe(arg):
    if arg is None or isinstance(arg, (int, str)):
        return arg
    name = getattr(arg, "__qualname__", None) or type(arg).__name__
    self = getattr(arg, "__self__", None)
    if self is not None and not isinstance(self, type(sys)):
        return type(self).__name__ + "." + name
    return name


def profiler(frame, event, arg):
    log.append((event, frame.f_code.co_name, frame.f_lineno - frame.f_code.co_firstlineno, describe(arg)))


def show(title):
    print(title)
    for e in log:
        print("  ", e)
    log.clear()


def leaf(x):
    return x * 2


def builtins_used():
    n = len([1, 2, 3])
    lst = []
    lst.append(n)
    s = sorted(lst, key=leaf)
    try:
        int("x")
    except ValueError:
        pass
    try:
        abs("x")
    except TypeError:
        pass
    return leaf(n) + abs(-1)


def gen():
    yield 1
    yield 2


def uses_gen():
    return [v for v in gen()]


class C:
    def __init__(self):
        self.v = 1

    def m(self):
        return self.v


def methods():
    c = C()
    return c.m()


def raises():
    raise KeyError(1)


def catches():
    try:
        raises()
    except KeyError:
        return "caught"


for fn in (builtins_used, uses_gen, methods, catches):
    sys.setprofile(profiler)
    fn()
    sys.setprofile(None)
    show(fn.__name__)


# A profile function set inside a function hears that function return.
def sets_inside():
    sys.setprofile(profiler)
    return 1


sets_inside()
sys.setprofile(None)
show("set inside")


# A profile function that raises is unset; its exception propagates.
def bad(frame, event, arg):
    log.append((event, frame.f_code.co_name))
    if event == "call":
        raise RuntimeError("profiler failed")


sys.setprofile(bad)
try:
    leaf(1)
except RuntimeError as e:
    log.append(("caught", str(e)))
log.append(("getprofile", sys.getprofile()))
sys.setprofile(None)
show("raising profiler")

sys.setprofile(profiler)
print(sys.getprofile() is profiler)
sys.setprofile(None)
print(sys.getprofile())
