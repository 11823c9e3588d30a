# Edge cases of async generators and coroutines: awaitables of an
# unstarted or finished generator, athrow's arguments (checked when the
# awaitable runs), argument errors of the methods, *_suspended.
def step(aw, value=None):
    try:
        r = aw.send(value)
    except StopIteration as e:
        return ("value", e.value)
    except StopAsyncIteration:
        return ("end",)
    except Exception as e:
        return ("raised", type(e).__name__, str(e))
    return ("passed up", r)
async def g():
    yield 1
    yield 2
a = g(); print(step(a.aclose()), step(a.__anext__()))
a = g(); print(step(a.athrow(ValueError("x"))), step(a.__anext__()))
a = g(); print(step(a.__anext__()), step(a.__anext__()), step(a.__anext__()), step(a.__anext__()), step(a.aclose()), step(a.athrow(KeyError)))
a = g(); print(step(a.__anext__()), step(a.aclose()), step(a.__anext__()), step(a.asend(None)))
a = g(); aw = a.athrow(ValueError, ValueError("v"), None); print(step(aw))
a = g(); step(a.__anext__()); aw = a.athrow(ValueError); print(step(aw, 5))
try: g().athrow()
except TypeError as e: print(e)
try: g().asend()
except TypeError as e: print(e)
a = g(); aw = a.__anext__(); print(step(aw, 3))
async def h():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError("in close")
a = h(); step(a.__anext__()); print(step(a.aclose()))
print(g().ag_running, g().ag_frame is None or True)
import gc
async def c(): pass
co = c(); print(co.cr_suspended if hasattr(co, "cr_suspended") else None); co.close()
def gg(): yield
print(hasattr(gg(), "gi_suspended"))
a=g()
try: a.athrow().send(None)
except Exception as e: print(type(e).__name__, e)
try: a.athrow(ValueError, kw=1)
except Exception as e: print(type(e).__name__, e)
try: a.aclose(1)
except Exception as e: print(type(e).__name__, e)
try: a.__anext__(1)
except Exception as e: print(type(e).__name__, e)
try: a.__anext__().send()
except Exception as e: print(type(e).__name__, e)
try: a.__anext__().throw()
except Exception as e: print(type(e).__name__, e)
co=c()
try: co.send()
except Exception as e: print(type(e).__name__, e)
try: co.throw()
except Exception as e: print(type(e).__name__, e)
try: co.close(1)
except Exception as e: print(type(e).__name__, e)
co.close()
