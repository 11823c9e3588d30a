# contextlib: errors, each case alone.
from contextlib import ExitStack
with ExitStack() as s:
    s.enter_context(42)
### "TypeError: 'builtins.int' object does not support the context manager protocol"
---
from contextlib import contextmanager
@contextmanager
def g():
    return
    yield
with g():
    pass
### "RuntimeError: generator didn't yield"
---
from contextlib import contextmanager
@contextmanager
def g():
    yield
    yield
with g():
    pass
### "RuntimeError: generator didn't stop"
---
from contextlib import contextmanager
@contextmanager
def g():
    try:
        yield
    except KeyError:
        yield
with g():
    raise KeyError
### "RuntimeError: generator didn't stop after throw\(\)"
---
from contextlib import suppress
with suppress(KeyError):
    raise ValueError("v")
### "ValueError: v"
---
from contextlib import closing
with closing(1):
    pass
### "AttributeError: 'int' object has no attribute 'close'"
