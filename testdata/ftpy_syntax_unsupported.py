# Source with constructs ftpy does not run yet (async, await, match,
# except*, type parameters) must compile or raise SyntaxError with a
# location, never crash: the language work will make them compile.
srcs = [
    "await " * 1000 + "x",
    "async def f(): await x",
    "async def f():\n    async for x in y:\n        pass",
    "async def f():\n    async with x as y:\n        pass",
    "async def f(): return [x async for x in y]",
    "await x",
    "async with x: pass",
    "match x:\n  case 1: pass",
    "match x:\n  case [1, *r] if r: pass\n  case {'a': b}: pass\n  case C(y=1): pass\n  case _: pass",
    "try:\n  pass\nexcept* E:\n  pass",
    "def f[T](): pass",
    "class C[T]: pass",
    "type X = int",
    "lambda: (await x)",
    "def f():\n    yield from await x",
]
for s in srcs:
    for mode in ("exec", "single"):
        try:
            compile(s, "u.py", mode)
        except SyntaxError as e:
            assert isinstance(e.msg, str) and e.msg, (s, e.msg)
            assert e.filename == "u.py", (s, e.filename)
            assert isinstance(e.lineno, int) and e.lineno >= 1, (s, e.lineno)
            assert str(e).startswith(e.msg), (s, str(e))
for s in ["await x", "match(x)", "x = [await y for y in z]"]:
    try:
        eval(s)
    except (SyntaxError, NameError):
        pass
print("ok")
