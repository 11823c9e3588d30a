# async with and async for: the protocol calls in order, exceptions in
# the body reaching __aexit__ (suppressed or not), break/continue/return
# through them, and error paths of __aiter__/__anext__/__aenter__.


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


class Suspend:
    def __await__(self):
        yield "susp"


class Manager:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress

    async def __aenter__(self):
        print("enter", self.name)
        await Suspend()
        return self.name.upper()

    async def __aexit__(self, typ, val, tb):
        await Suspend()
        print("exit", self.name, typ.__name__ if typ else None, val)
        return self.suppress


async def bodies():
    async with Manager("a") as x:
        print("body", x)
    async with Manager("b", suppress=True):
        raise KeyError("swallowed")
    try:
        async with Manager("c"):
            raise ValueError("escapes")
    except ValueError as e:
        print("caught", e)
    async with Manager("d") as d, Manager("e") as e:
        print("two", d, e)
    for i in range(3):
        async with Manager("loop%d" % i):
            if i == 0:
                continue
            if i == 2:
                break
            print("loop body", i)
    return await returns_inside()


async def returns_inside():
    async with Manager("r"):
        return "returned through aexit"


print(run(bodies()))


class Range:
    """An async iterator written by hand."""

    def __init__(self, n):
        self.i, self.n = 0, n

    def __aiter__(self):
        return self

    async def __anext__(self):
        await Suspend()
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i


async def loops():
    out = []
    async for v in Range(3):
        out.append(v)
    async for v in Range(5):
        if v == 2:
            continue
        if v == 4:
            break
        out.append(v * 10)
    else:
        out.append("no else after break")
    async for v in Range(0):
        out.append("never")
    else:
        out.append("else")
    async for a, b in Pairs():
        out.append(a + b)
    return out


class Pairs:
    def __init__(self):
        self.items = [(1, 2), (3, 4)]

    def __aiter__(self):
        return self

    async def __anext__(self):
        if not self.items:
            raise StopAsyncIteration
        return self.items.pop(0)


print(run(loops()))


# An exception from __anext__ other than StopAsyncIteration propagates.
class Broken:
    def __aiter__(self):
        return self

    async def __anext__(self):
        raise OSError("broken iterator")


async def broken():
    try:
        async for v in Broken():
            pass
    except OSError as e:
        return "got " + str(e)


print(run(broken()))


# Return from inside async for.
async def find(n):
    async for v in Range(10):
        if v == n:
            return v * 100


print(run(find(4)))


# __anext__ returning a plain awaitable object (not a coroutine).
class Ready:
    def __init__(self, v):
        self.v = v

    def __await__(self):
        return self

    def __iter__(self):
        return self

    def __next__(self):
        raise StopIteration(self.v)


class ReadyIter:
    def __init__(self):
        self.n = 0

    def __aiter__(self):
        return self

    def __anext__(self):
        self.n += 1
        if self.n > 3:
            raise StopAsyncIteration
        return Ready(self.n)


async def ready():
    return [v async for v in ReadyIter()]


print(run(ready()))

# Protocol errors.


class NoAiter:
    pass


class AiterNoAnext:
    def __aiter__(self):
        return 1


class AnextBad:
    def __aiter__(self):
        return self

    def __anext__(self):
        return 5


class OnlyAenter:
    async def __aenter__(self):
        return self


class SyncAenter:
    def __aenter__(self):
        return 1

    def __aexit__(self, *a):
        return 2


class SyncAexit:
    async def __aenter__(self):
        return 1

    def __aexit__(self, *a):
        return 2


class AwaitNonIter:
    def __await__(self):
        return 1


class AwaitCoro:
    def __await__(self):
        return self.c

    async def c_(self):
        pass


async def try_(label, f):
    try:
        await f()
    except (TypeError, RuntimeError) as e:
        print(label, type(e).__name__ + ":", e, "| cause:", type(e.__cause__).__name__)


async def for_over(o):
    async for _ in o:
        pass


async def with_(o):
    async with o:
        pass


async def await_(o):
    await o


async def errors():
    await try_("for int", lambda: for_over(1))
    await try_("no aiter", lambda: for_over(NoAiter()))
    await try_("aiter no anext", lambda: for_over(AiterNoAnext()))
    await try_("anext bad", lambda: for_over(AnextBad()))
    await try_("with int", lambda: with_(1))
    await try_("only aenter", lambda: with_(OnlyAenter()))
    await try_("sync aenter", lambda: with_(SyncAenter()))
    await try_("sync aexit", lambda: with_(SyncAexit()))
    await try_("await int", lambda: await_(1))
    await try_("await None", lambda: await_(None))
    await try_("await non-iter", lambda: await_(AwaitNonIter()))
    o = AwaitCoro()
    c = o.c_()
    o.c = lambda: c
    await try_("await coro", lambda: await_(o))
    c.close()

    def gen():
        yield

    await try_("await generator", lambda: await_(gen()))


run(errors())
