# Coroutines driven by hand (send/throw/close) and by a tiny event loop:
# await chains, return values through StopIteration.value, exceptions
# thrown in, __await__ objects, generator-based coroutines and the
# coroutine object's attributes.
def run(coro):
    """Drive coro to its end, sending None; return its value."""
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def add(a, b):
    return a + b


async def chain(n):
    total = 0
    for i in range(n):
        total = await add(total, i)
    return total


print("chain", run(chain(10)))


class Suspend:
    """An awaitable that suspends once, passing tag up to the loop."""

    def __init__(self, tag):
        self.tag = tag

    def __await__(self):
        sent = yield self.tag
        return ("resumed", self.tag, sent)


async def two_steps():
    a = await Suspend("first")
    b = await Suspend("second")
    return [a, b]


c = two_steps()
print(type(c).__name__, c.__name__, c.__qualname__)
print(c.cr_running, c.cr_await, c.cr_origin, c.cr_code.co_name)
print(c.send(None))
print(type(c.cr_await).__name__)
print(c.send(1))
try:
    c.send(2)
except StopIteration as e:
    print("returned", e.value)
print(c.cr_await)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    c.throw(ValueError)
except RuntimeError as e:
    print("RuntimeError:", e)
c.close()

# Sending a value into an unstarted coroutine.
c = two_steps()
try:
    c.send(1)
except TypeError as e:
    print("TypeError:", e)
c.close()


# Exceptions thrown in reach the innermost await and can be handled.
async def catcher():
    try:
        await Suspend("wait")
    except KeyError as e:
        return "caught " + repr(e)


c = catcher()
print(c.send(None))
try:
    c.throw(KeyError("k"))
except StopIteration as e:
    print(e.value)


async def inner_catcher():
    try:
        await Suspend("deep")
    except ValueError:
        return "inner handled"


async def outer():
    r = await inner_catcher()
    return "outer got " + r


c = outer()
print(c.send(None))
try:
    c.throw(ValueError("v"))
except StopIteration as e:
    print(e.value)

# An exception not handled propagates out of send/throw.
c = outer()
c.send(None)
try:
    c.throw(TypeError("t"))
except TypeError as e:
    print("propagated", e)


# close() raises GeneratorExit at the await; a coroutine that awaits
# again after it is an error.
async def stubborn():
    try:
        await Suspend(1)
    except GeneratorExit:
        await Suspend(2)


c = stubborn()
c.send(None)
try:
    c.close()
except RuntimeError as e:
    print("RuntimeError:", e)


async def cleanup():
    try:
        await Suspend(1)
    finally:
        print("finally ran")


c = cleanup()
c.send(None)
c.close()
print("closed")


# StopIteration raised inside a coroutine becomes RuntimeError.
async def bad_stop():
    raise StopIteration


try:
    run(bad_stop())
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)


# __await__ via coroutine_wrapper.
async def seven():
    await Suspend("x")
    return 7


w = seven().__await__()
print(type(w).__name__, iter(w) is w)
print(next(w))
try:
    next(w)
except StopIteration as e:
    print("wrapper returned", e.value)


# Awaiting a coroutine twice.
async def waiter(co):
    return await co


inner = seven()
c1 = waiter(inner)
c1.send(None)
try:
    run(waiter(inner))
except RuntimeError as e:
    print("RuntimeError:", e)
c1.close()


# Generator-based coroutines are awaitable: types.coroutine marks the
# generator function's code CO_ITERABLE_COROUTINE, as done here.
def sleep0():
    yield "sleep0"


sleep0.__code__ = sleep0.__code__.replace(co_flags=sleep0.__code__.co_flags | 0x100)


print(bool(sleep0.__code__.co_flags & 0x100))


async def uses_sleep():
    await sleep0()
    await sleep0()
    return "slept"


c = uses_sleep()
print(c.send(None), c.send(None))
try:
    c.send(None)
except StopIteration as e:
    print(e.value)

# Flags of the code objects.
print(hex(add.__code__.co_flags & 0x3a0))


async def agen():
    yield 1


print(hex(agen.__code__.co_flags & 0x3a0))

# A tiny round-robin event loop over several coroutines.


class Sleep:
    def __await__(self):
        yield


async def worker(name, n, log):
    for i in range(n):
        log.append((name, i))
        await Sleep()
    return name * n


def loop(*coros):
    results = {}
    ready = list(coros)
    while ready:
        c = ready.pop(0)
        try:
            c.send(None)
        except StopIteration as e:
            results[c.__name__ + str(len(results))] = e.value
        else:
            ready.append(c)
    return results


log = []
print(loop(worker("a", 2, log), worker("b", 3, log)))
print(log)

# Repr shape, and the types as Lib/types.py finds them.
c = add(1, 2)
print(repr(c).startswith("<coroutine object add at 0x"))
print(type(c).__name__, type(c).__module__)
c.close()
a = agen()
print(type(a).__name__, repr(a).startswith("<async_generator object agen at 0x"))
print(type(a.__anext__()).__name__, type(a.aclose()).__name__)


# yield from a coroutine: only in a generator marked as a coroutine.
async def three():
    return 3


def plain():
    yield from three()


try:
    list(plain())
except TypeError as e:
    print(e)


def marked():
    r = yield from three()
    return r


marked.__code__ = marked.__code__.replace(co_flags=marked.__code__.co_flags | 0x100)
x = marked()
try:
    x.send(None)
except StopIteration as e:
    print("ok", e.value)
