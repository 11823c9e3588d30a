# async/await: expected errors, with python3's messages.
await x
### "SyntaxError: 'await' outside function"
---
def f():
    await x
### "SyntaxError: 'await' outside async function"
---
class C:
    await x
### "SyntaxError: 'await' outside function"
---
async def f():
    lambda: await x
### "SyntaxError: 'await' outside async function"
---
async def f():
    def g():
        await x
### "SyntaxError: 'await' outside async function"
---
async with x:
    pass
### "SyntaxError: 'async with' outside async function"
---
def f():
    async with x:
        pass
### "SyntaxError: 'async with' outside async function"
---
def f():
    async for x in y:
        pass
### "SyntaxError: 'async for' outside async function"
---
def f():
    return [x async for x in y]
### "SyntaxError: asynchronous comprehension outside of an asynchronous function"
---
[await x for x in y]
### "SyntaxError: asynchronous comprehension outside of an asynchronous function"
---
def f():
    return [[x async for x in y] for z in w]
### "SyntaxError: asynchronous comprehension outside of an asynchronous function"
---
def f():
    [x for x in await y]
### "SyntaxError: 'await' outside async function"
---
async def f():
    yield from x
### "SyntaxError: 'yield from' inside async function"
---
async def f():
    yield 1
    return 2
### "SyntaxError: 'return' with value in async generator"
---
async def f():
    await x = 1
### "SyntaxError: cannot assign to await expression here. Maybe you meant '==' instead of '='\?"
---
async def f():
    del await x
### "SyntaxError: cannot delete await expression"
---
async def f():
    (await x) += 1
### "SyntaxError: 'await expression' is an illegal expression for augmented assignment"
---
async def f():
    await await x
### "SyntaxError: invalid syntax"
---
async x = 1
### "SyntaxError: invalid syntax"
---
async lambda: 1
### "SyntaxError: invalid syntax"
---
async def f():
    await = 1
### "SyntaxError: invalid syntax"
---
f'{await x}'
### "SyntaxError: 'await' outside function"
---
async def f():
    await 1
f().send(None)
### "TypeError: object int can't be used in 'await' expression"
---
async def f():
    async for x in 1:
        pass
f().send(None)
### "TypeError: 'async for' requires an object with __aiter__ method, got int"
---
async def f():
    async with 1:
        pass
f().send(None)
### "TypeError: 'int' object does not support the asynchronous context manager protocol"
---
async def f():
    return 1
c = f()
try:
    c.send(None)
except StopIteration:
    pass
c.send(None)
### "RuntimeError: cannot reuse already awaited coroutine"
---
async def f():
    raise StopIteration
f().send(None)
### "RuntimeError: coroutine raised StopIteration"
---
async def f():
    yield 1
    raise StopAsyncIteration
g = f()
try:
    g.__anext__().send(None)
except StopIteration:
    pass
g.__anext__().send(None)
### "RuntimeError: async generator raised StopAsyncIteration"
---
class Sleep:
    def __await__(self):
        yield
async def f():
    try:
        await Sleep()
    except GeneratorExit:
        await Sleep()
c = f()
c.send(None)
c.close()
### "RuntimeError: coroutine ignored GeneratorExit"
---
async def f():
    try:
        yield 1
    except GeneratorExit:
        yield 2
g = f()
try:
    g.__anext__().send(None)
except StopIteration:
    pass
g.aclose().send(None)
### "RuntimeError: async generator ignored GeneratorExit"
---
class Sleep:
    def __await__(self):
        yield
async def f():
    await Sleep()
    yield 1
g = f()
g.__anext__().send(None)
g.aclose().send(None)
### "RuntimeError: aclose\(\): asynchronous generator is already running"
---
class Sleep:
    def __await__(self):
        yield
async def f():
    await Sleep()
    yield 1
g = f()
g.__anext__().send(None)
g.__anext__().send(None)
### "RuntimeError: anext\(\): asynchronous generator is already running"
---
async def f():
    await c
c = f()
c.send(None)
### "ValueError: coroutine already executing"
---
class Sleep:
    def __await__(self):
        yield
async def inner():
    await Sleep()
async def waiter(co):
    await co
i = inner()
w = waiter(i)
w.send(None)
waiter(i).send(None)
### "RuntimeError: coroutine is being awaited already"
---
async def f():
    pass
iter(f())
### "TypeError: 'coroutine' object is not iterable"
---
aiter(1)
### "TypeError: 'int' object is not an async iterable"
---
anext(1)
### "TypeError: 'int' object is not an async iterator"
---
async def f():
    await (lambda: 1)
f().send(None)
### "TypeError: object function can't be used in 'await' expression"
