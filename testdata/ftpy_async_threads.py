# One coroutine (and one async generator) driven by several threads at
# once: each step runs exactly once; a thread that finds the coroutine
# running gets "coroutine already executing" (the async generator's
# awaitables: "async generator already executing" or "anext(): ... already
# running"), never a shared frame. Bounded by the step counts.
import threading

STEPS = 2000


class Tick:
    def __await__(self):
        yield


async def inner(n, log):
    for i in range(n):
        log.append(i)
        await Tick()
    return n


async def outer(log):
    return await inner(STEPS, log)


log = []
coro = outer(log)
results = []
errors = []


def drive():
    while True:
        try:
            coro.send(None)
        except StopIteration as e:
            results.append(e.value)
            return
        except ValueError as e:
            if str(e) != "coroutine already executing":
                errors.append(repr(e))
                return
        except RuntimeError as e:
            # Another thread finished it first.
            assert str(e) == "cannot reuse already awaited coroutine", e
            return


threads = [threading.Thread(target=drive) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
assert not errors, errors
assert results == [STEPS], results
assert log == list(range(STEPS)), len(log)


# An async generator pulled by several threads through __anext__.
async def numbers(n):
    for i in range(n):
        await Tick()
        yield i


agen = numbers(STEPS)
pulled = []
lock = threading.Lock()
done = threading.Event()


def pull():
    while not done.is_set():
        aw = agen.__anext__()
        while True:
            try:
                aw.send(None)
            except StopIteration as e:
                with lock:
                    pulled.append(e.value)
                break
            except StopAsyncIteration:
                done.set()
                break
            except ValueError as e:
                assert str(e) == "async generator already executing", e
                break
            except RuntimeError as e:
                assert str(e) in ("anext(): asynchronous generator is already running",
                                  "cannot reuse already awaited __anext__()/asend()"), e
                break


threads = [threading.Thread(target=pull) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
assert sorted(pulled) == list(range(STEPS)), len(pulled)
print("ok")
