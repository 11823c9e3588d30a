# Async generators driven by hand: __anext__/asend/athrow/aclose and
# their awaitables, StopAsyncIteration, values an await inside passes up
# to the loop, error states, aiter/anext, and sys.set_asyncgen_hooks.
import sys


def run(coro):
    """Drive coro to its end, sending None; return its value."""
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


def step(aw, value=None):
    """Send value into an awaitable; say how it ended."""
    try:
        r = aw.send(value)
    except StopIteration as e:
        return ("value", e.value)
    except StopAsyncIteration:
        return ("end",)
    except Exception as e:
        return ("raised", type(e).__name__, str(e))
    return ("passed up", r)


class Suspend:
    def __await__(self):
        sent = yield "suspended"
        return sent


async def counter(n):
    for i in range(n):
        got = yield i
        if got is not None:
            print("  counter got", got)


g = counter(3)
print(type(g).__name__, g.__name__, g.ag_running, g.ag_await, g.ag_code.co_name)
print(g.__aiter__() is g)
print(step(g.__anext__()))
print(step(g.asend("hello")))
print(step(g.__anext__()))
print(step(g.__anext__()))
print(step(g.__anext__()))


# An await inside the generator passes up to the loop before the value.
async def awaiting():
    x = await Suspend()
    yield ("after await", x)
    yield "second"


g = awaiting()
aw = g.__anext__()
print(step(aw))
print(g.ag_running, type(g.ag_await).__name__)
print(step(aw, 42))
print(step(aw))
print(step(g.__anext__()))
print(step(g.__anext__()))


# athrow: handled inside (the next yield is the result) or not.
async def handler():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            yield "handled " + str(e)


g = handler()
print(step(g.__anext__()))
print(step(g.athrow(ValueError("v1"))))
print(step(g.__anext__()))
print(step(g.athrow(KeyError("k"))))
print(step(g.__anext__()))

# aclose: finally blocks run, closing twice is fine.


async def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("  finally")


g = with_finally()
print(step(g.__anext__()))
print(step(g.aclose()))
print(step(g.aclose()))
print(step(g.__anext__()))


# aclose of a generator that yields in finally.
async def stubborn():
    try:
        yield 1
    finally:
        yield 2


g = stubborn()
print(step(g.__anext__()))
print(step(g.aclose()))


# aclose while awaiting in finally passes that await up.
async def slow_close():
    try:
        yield 1
    finally:
        await Suspend()
        print("  cleaned up")


g = slow_close()
print(step(g.__anext__()))
aw = g.aclose()
print(step(aw))
print(step(aw))

# Reusing an awaitable.
g = counter(2)
aw = g.__anext__()
print(step(aw))
print(step(aw))
aw = g.aclose()
print(step(aw))
print(step(aw))


# Running twice at once.
async def slow():
    await Suspend()
    yield 1


g = slow()
aw1 = g.__anext__()
print(step(aw1))
print(g.ag_running)
print(step(g.__anext__()))
print(step(g.aclose()))
print(step(g.athrow(ValueError)))

# Sending non-None into a fresh generator.
g = counter(2)
print(step(g.asend(5)))


# StopAsyncIteration and StopIteration raised inside.
async def raises(exc):
    yield 1
    raise exc


for exc in (StopAsyncIteration, StopIteration):
    g = raises(exc)
    step(g.__anext__())
    print(step(g.__anext__()))


# A return ends the iteration.
async def returns():
    yield 1
    return


g = returns()
print(step(g.__anext__()), step(g.__anext__()), step(g.__anext__()))

# throw() and close() on the awaitables.
g = handler()
aw = g.__anext__()
print(step(aw))
aw = g.__anext__()
try:
    aw.throw(ValueError("via asend.throw"))
except StopIteration as e:
    print("asend.throw ->", e.value)
aw.close()
print(step(aw))


# async for and async comprehensions, with an await in the generator.
async def ticks(n):
    for i in range(n):
        await Suspend()
        yield i * 10


async def consume():
    out = []
    async for v in ticks(3):
        out.append(v)
    else:
        out.append("else")
    comp = [v + 1 async for v in ticks(3) if v]
    dcomp = {v: v // 10 async for v in ticks(2)}
    scomp = {v async for v in ticks(2)}
    gexp = (v * 2 async for v in ticks(3))
    doubled = [x async for x in gexp]
    return out, comp, dcomp, scomp, doubled, type(gexp).__name__


print(run(consume()))


# aiter and anext, with and without a default.
async def use_builtins():
    g = ticks(2)
    it = aiter(g)
    a = await anext(it)
    b = await anext(it)
    c = await anext(it, "default")
    try:
        await anext(it)
    except StopAsyncIteration:
        d = "stopped"
    return a, b, c, d, it is g


print(run(use_builtins()))

# Hooks: firstiter sees each generator on its first iteration; finalizer
# is called for one dropped unfinished.
print(sys.get_asyncgen_hooks()[0], sys.get_asyncgen_hooks()[1])
seen = []
finalized = []
sys.set_asyncgen_hooks(firstiter=lambda ag: seen.append(ag.__name__), finalizer=lambda ag: finalized.append(ag.__name__))
g = counter(5)
print(step(g.__anext__()))
print(step(g.__anext__()))
print(seen)
del g
print(finalized)
first, fin = sys.get_asyncgen_hooks()
print(callable(first), callable(fin))
sys.set_asyncgen_hooks(None, None)
print(sys.get_asyncgen_hooks()[0], sys.get_asyncgen_hooks()[1])
for bad in ({"firstiter": 1}, {"finalizer": "x"}):
    try:
        sys.set_asyncgen_hooks(**bad)
    except TypeError as e:
        print("TypeError:", e)
print(sys.get_coroutine_origin_tracking_depth())
sys.set_coroutine_origin_tracking_depth(3)
print(sys.get_coroutine_origin_tracking_depth())
sys.set_coroutine_origin_tracking_depth(0)
try:
    sys.set_coroutine_origin_tracking_depth(-1)
except ValueError as e:
    print("ValueError:", e)
