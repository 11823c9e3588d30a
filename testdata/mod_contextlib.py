# contextlib: contextmanager, suppress, closing, nullcontext, ExitStack.
from contextlib import contextmanager, suppress, closing, nullcontext, ExitStack
import contextlib

log = []


@contextmanager
def tag(name):
    log.append("enter " + name)
    try:
        yield name.upper()
    except KeyError as e:
        log.append("handled " + repr(e))
    finally:
        log.append("exit " + name)


with tag("a") as v:
    log.append("body " + v)
print(log)
log.clear()

with tag("b"):
    raise KeyError("k")
print(log)
log.clear()

try:
    with tag("c"):
        raise ValueError("boom")
except ValueError as e:
    print("propagated", e)
print(log)
log.clear()


@contextmanager
def noyield():
    if False:
        yield


try:
    with noyield():
        pass
except RuntimeError as e:
    print("RuntimeError", e)


@contextmanager
def twice():
    yield 1
    yield 2


try:
    with twice():
        pass
except RuntimeError as e:
    print("RuntimeError", e)



@contextmanager
def keeps_going():
    try:
        yield 1
    except ValueError:
        yield 2


try:
    with keeps_going():
        raise ValueError("x")
except RuntimeError as e:
    print("RuntimeError", e)


@contextmanager
def plain():
    yield


# A StopIteration raised in the body must propagate, not be swallowed.
try:
    with plain():
        raise StopIteration("stop")
except StopIteration as e:
    print("StopIteration propagated", e)


@contextmanager
def reraiser():
    try:
        yield
    except ZeroDivisionError:
        raise


try:
    with reraiser():
        1 / 0
except ZeroDivisionError as e:
    print("reraised", type(e).__name__)


@contextmanager
def converter():
    try:
        yield
    except ZeroDivisionError as e:
        raise ArithmeticError("converted") from e


try:
    with converter():
        1 / 0
except ArithmeticError as e:
    print("converted", e, type(e.__cause__).__name__)


# As a decorator: recreated for each call.
@tag("deco")
def decorated(x):
    log.append("call %d" % x)
    return x * 2


print(decorated(1), decorated(2))
print(log)
log.clear()
print(tag.__name__, decorated.__name__)

# suppress
with suppress(KeyError, IndexError):
    [][1]
print("suppressed")
with suppress():
    pass
try:
    with suppress(KeyError):
        raise ValueError("not suppressed")
except ValueError as e:
    print("escaped", e)
with suppress(LookupError):
    {}["x"]
print("subclass suppressed")


class Thing:
    def __init__(self):
        self.closed = False

    def close(self):
        self.closed = True


t = Thing()
with closing(t) as c:
    print(c is t, t.closed)
print(t.closed)
t = Thing()
try:
    with closing(t):
        raise ValueError
except ValueError:
    pass
print(t.closed)

with nullcontext() as n:
    print(n)
with nullcontext(42) as n:
    print(n)

# ExitStack
out = []
with ExitStack() as stack:
    stack.callback(out.append, 1)
    stack.callback(out.append, 2)
    v = stack.enter_context(tag("es"))
    out.append(v)
print(out, log)
log.clear()


class CM:
    def __init__(self, name, swallow=False):
        self.name, self.swallow = name, swallow

    def __enter__(self):
        out.append("enter " + self.name)
        return self

    def __exit__(self, t, v, tb):
        out.append("exit %s %s" % (self.name, t.__name__ if t else None))
        return self.swallow


out = []
with ExitStack() as stack:
    stack.enter_context(CM("x"))
    stack.enter_context(CM("y", swallow=True))
    stack.enter_context(CM("z"))
    raise KeyError
print(out)

out = []
stack = ExitStack()
stack.push(lambda *e: out.append("pushed %r" % (e[0],)))
stack.push(CM("p"))
stack.close()
print(out)

out = []
with ExitStack() as stack:
    stack.callback(out.append, "later")
    keep = stack.pop_all()
print(out)
keep.close()
print(out)

out = []
try:
    with ExitStack() as stack:
        stack.callback(out.append, "cb")

        def bad(*exc):
            raise ValueError("inner")
        stack.push(bad)
        raise KeyError("outer")
except ValueError as e:
    print("ValueError", e, type(e.__context__).__name__, out)

print(isinstance(nullcontext(), contextlib.AbstractContextManager))
print(callable(stack.callback(print)))
