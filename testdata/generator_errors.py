# generator: expected errors, with python3's messages.
(_ for _ in ()).throw(RuntimeError("genexpr"))
### "RuntimeError: genexpr"
---
def g():
    yield 1
g().throw(ValueError)
### "ValueError"
---
def g():
    yield 1
g().throw(StopIteration)
### "RuntimeError: generator raised StopIteration"
---
def g():
    try:
        yield 1
    except GeneratorExit:
        yield 2
x = g()
next(x)
x.close()
### "RuntimeError: generator ignored GeneratorExit"
---
def g():
    yield x.send(None)
x = g()
next(x)
### "ValueError: generator already executing"
---
def g():
    yield 1
g().throw(1)
### "TypeError: exceptions must be classes or instances deriving from BaseException, not int"
