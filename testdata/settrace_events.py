# sys.settrace: the events a trace function hears, printed as (event,
# function, line relative to the function's def line) so that the output
# does not depend on where the lines are.
import sys

events = []


def rel(frame):
    return frame.f_lineno - frame.f_code.co_firstlineno


def tracer(frame, event, arg):
    if frame.f_code.co_filename != __file__:
        return None
    if event == "exception":
        arg = arg[0].__name__
    elif event == "return" and not isinstance(arg, (int, str, type(None))):
        arg = type(arg).__name__
    events.append((event, frame.f_code.co_name, rel(frame), arg))
    return tracer


def run(fn, *args):
    events.clear()
    sys.settrace(tracer)
    try:
        fn(*args)
    except Exception as e:
        events.append(("raised", type(e).__name__))
    finally:
        sys.settrace(None)
    print(fn.__name__)
    for e in events:
        if e[1] != "run":
            print("  ", e)


def simple():
    x = 1
    y = 2
    return x + y


def one_line(): return 1


def loops():
    for i in range(2):
        pass
    while i < 3:
        i += 1
    while True:
        i += 1
        if i > 4:
            break
    for j in range(3):
        if j == 1:
            continue
        i = j
    return [k for k in range(2)]


def exceptions():
    try:
        1 / 0
    except ZeroDivisionError:
        pass
    try:
        pass
    finally:
        x = 4
    return x


def inner():
    raise KeyError("k")


def propagates():
    inner()


def caught_from_callee():
    try:
        inner()
    except KeyError:
        return "caught"


def gen():
    x = yield 1
    yield 2


def uses_gen():
    g = gen()
    next(g)
    g.send(5)
    for v in gen():
        pass
    return list(gen())


class CM:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        return False


def with_stmt():
    with CM() as c:
        pass
    return 0


def nested():
    def f(a):
        return a * 2
    return f(3) + f(4)


for fn in (simple, one_line, loops, exceptions, propagates, caught_from_callee, uses_gen,
           with_stmt, nested):
    run(fn)

# gettrace gives back what settrace set.
sys.settrace(tracer)
print(sys.gettrace() is tracer)
sys.settrace(None)
print(sys.gettrace())
