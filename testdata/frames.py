# Frame objects: sys._getframe, f_back chains, f_locals, f_lineno, tracebacks'
# frames and generators' frames.
import sys


def chain(frame):
    names = []
    while frame is not None:
        names.append(frame.f_code.co_name)
        frame = frame.f_back
    return names


def inner():
    return sys._getframe()


def middle():
    return inner()


def outer():
    return middle()


# A frame kept after its call returned still answers.
fr = outer()
print(chain(fr))
print(fr.f_code.co_name, fr.f_lineno, fr.f_back.f_lineno, fr.f_back.f_back.f_lineno)
import builtins
print(fr.f_globals is globals(), fr.f_builtins is builtins.__dict__)
print(fr.f_locals, fr.f_lasti >= 0, fr.f_trace, fr.f_trace_lines, fr.f_trace_opcodes)
print(repr(fr).startswith("<frame at 0x"), repr(fr).endswith(", line 15, code inner>"))
print(type(fr).__name__)


def caller_name():
    return sys._getframe(1).f_code.co_name


def who():
    return caller_name()


print(who(), caller_name())
print(sys._getframe().f_code.co_name, sys._getframe(0).f_lineno)


# f_locals of a running function: a snapshot each read updates.
def locals_demo(a, b=2, *args, **kw):
    c = a + b
    f = sys._getframe()
    first = dict(f.f_locals)
    del c
    d = 4
    second = f.f_locals
    return sorted(first), sorted(second), f.f_locals is second


print(locals_demo(1, 5, 6, k=7))


# Cells and free variables appear with their contents.
def closure_demo(x):
    y = x * 2

    def inner():
        z = x + y
        return sys._getframe().f_locals
    return inner(), sorted(sys._getframe().f_locals)


print(closure_demo(3))

# Module and class frames' f_locals are their namespaces.
print(sys._getframe().f_locals is globals())


class K:
    a = 1
    ns = sys._getframe().f_locals
    ns_has_a = "a" in ns


print(K.ns_has_a, K.ns["a"], K.ns is not globals())


# Tracebacks: tb_frame, tb_lineno, tb_lasti, tb_next, and the frames'
# locals kept after the functions left.
def fail(n):
    local = n * 10
    if n == 0:
        raise ValueError("bottom")
    fail(n - 1)


try:
    fail(2)
except ValueError as e:
    err = e
tb = err.__traceback__
print(tb is err.__traceback__)
while tb is not None:
    f = tb.tb_frame
    print(f.f_code.co_name, tb.tb_lineno, f.f_lineno, tb.tb_lasti >= 0,
          {k: v for k, v in f.f_locals.items() if k in ("n", "local")})
    tb = tb.tb_next
del err


# tb_next can be cut, and what is printed follows it.
def cut():
    try:
        fail(1)
    except ValueError as e:
        e.__traceback__.tb_next = None
        return e


e = cut()
n = 0
tb = e.__traceback__
while tb:
    n += 1
    tb = tb.tb_next
print("frames after cut:", n)

# types.TracebackType builds one from a frame.
import types
here = sys._getframe()
made = types.TracebackType(None, here, 6, 123)
print(made.tb_frame is here, made.tb_lineno, made.tb_lasti, made.tb_next)
made2 = types.TracebackType(tb_next=made, tb_frame=here, tb_lasti=0, tb_lineno=7)
print(made2.tb_next is made)
try:
    raise KeyError("k").with_traceback(made)
except KeyError as k:
    tb = k.__traceback__
    print(tb.tb_lineno, tb.tb_next.tb_lineno)


# Generators: gi_frame while suspended, None when finished.
def gen():
    x = 1
    yield x
    y = 2
    yield y


g = gen()
print(g.gi_frame.f_lineno, g.gi_frame.f_code.co_name, g.gi_running, g.gi_code.co_name, g.gi_suspended)
next(g)
print(g.gi_suspended)
print(g.gi_frame.f_lineno, g.gi_frame.f_locals, g.gi_frame.f_back)
next(g)
print(g.gi_frame.f_lineno, sorted(g.gi_frame.f_locals.items()))
for _ in g:
    pass
print(g.gi_frame, g.gi_suspended)


def self_aware():
    me = yield
    yield me.gi_frame.f_code.co_name, me.gi_running, me.gi_suspended, sys._getframe().f_back.f_code.co_name


s = self_aware()
next(s)
print(s.send(s))


# A generator run by a for loop reports its caller.
def looped():
    yield sys._getframe().f_back.f_code.co_name


def run_loop():
    return [name for name in looped()]


print(run_loop())

# frame.clear(): a running frame refuses, a returned one drops its locals.
try:
    sys._getframe().clear()
except RuntimeError as e:
    print("RuntimeError:", e)


def leaves():
    v = [1, 2]
    return sys._getframe()


done = leaves()
print(done.f_locals)
done.clear()
print(done.f_locals)

# A suspended generator's frame.clear() finishes the generator.
g = gen()
next(g)
g.gi_frame.clear()
print(g.gi_frame, list(g))

# f_trace is stored.
fr = sys._getframe()
fr.f_trace = print
print(fr.f_trace is print)
fr.f_trace = None
fr.f_trace_lines = False
print(fr.f_trace, fr.f_trace_lines)

# sys.settrace / setprofile store the function (ftpy calls neither).
print(sys.gettrace(), sys.getprofile())
def tracer(frame, event, arg):
    return tracer
sys.settrace(tracer)
print(sys.gettrace() is tracer)
sys.settrace(None)
sys.setprofile(tracer)
print(sys.getprofile() is tracer)
sys.setprofile(None)
print(sys.gettrace(), sys.getprofile())


# throw(): into an unstarted generator (the def line) and a suspended one;
# a finished generator's frame has no f_back.
def thrown():
    x = 1
    yield x


for started in (False, True):
    g = thrown()
    if started:
        next(g)
    try:
        g.throw(KeyError("k"))
    except KeyError as e:
        tb = e.__traceback__
        while tb.tb_next:
            tb = tb.tb_next
        f = tb.tb_frame
        print(f.f_code.co_name, tb.tb_lineno, f.f_lineno, f.f_locals, f.f_back, g.gi_frame)


# Deep chains: each returned frame keeps its caller.
def rec(n):
    if n == 0:
        return sys._getframe()
    return rec(n - 1)


f = rec(3)
print(f.f_back.f_back.f_back.f_locals, chain(f))


# sys._current_frames: every thread's innermost frame, by thread id.
import threading
ready = threading.Event()
done = threading.Event()
def worker_body():
    ready.set()
    done.wait()
def worker():
    worker_body()
t = threading.Thread(target=worker)
t.start()
ready.wait()
frames = sys._current_frames()
print(frames[threading.get_ident()] is sys._getframe())
names = []
f = frames[t.ident]
while f is not None:
    names.append(f.f_code.co_name)
    f = f.f_back
print("worker_body" in names, "worker" in names, len(frames))
done.set()
t.join()
print(t.ident in sys._current_frames())
