# Generators in every state (not started, suspended, running, finished) under
# send, throw (all argument forms) and close, with yield from delegating to
# generators and to plain iterators; PEP 479.
import sys
def show(label, fn):
    try:
        r = fn()
        print(label, "->", repr(r))
    except BaseException as e:
        print(label, "!!", type(e).__name__, e, "| cause:", type(e.__cause__).__name__ if e.__cause__ else None)

def simple():
    yield 1
    yield 2
    return 3

# not started
for meth in ("send_none", "send_val", "throw", "throw_tv", "throw_tvtb", "close", "next"):
    g = simple()
    def op(g=g, meth=meth):
        if meth == "send_none": return g.send(None)
        if meth == "send_val": return g.send(5)
        if meth == "throw": return g.throw(ValueError)
        if meth == "throw_tv": return g.throw(ValueError, "v")
        if meth == "throw_tvtb": return g.throw(ValueError, ValueError("w"), None)
        if meth == "close": return g.close()
        if meth == "next": return next(g)
    show("unstarted " + meth, op)
    show("  after next", lambda g=g: next(g))

# suspended
for meth in ("send", "throw", "throw_inst", "throw_type_val", "close", "next"):
    g = simple(); next(g)
    def op(g=g, meth=meth):
        if meth == "send": return g.send(7)
        if meth == "throw": return g.throw(KeyError)
        if meth == "throw_inst": return g.throw(KeyError("k"))
        if meth == "throw_type_val": return g.throw(KeyError, 3)
        if meth == "close": return g.close()
        if meth == "next": return next(g)
    show("suspended " + meth, op)
    show("  after next", lambda g=g: next(g))

# finished
for meth in ("send", "throw", "close", "next"):
    g = simple(); list(g)
    def op(g=g, meth=meth):
        if meth == "send": return g.send(None)
        if meth == "throw": return g.throw(KeyError("x"))
        if meth == "close": return g.close()
        if meth == "next": return next(g)
    show("finished " + meth, op)

# running
def selfref():
    yield me.send(None)
me = selfref()
show("running send", lambda: next(me))
def selfthrow():
    yield me2.throw(ValueError)
me2 = selfthrow()
show("running throw", lambda: next(me2))
def selfclose():
    yield me3.close()
me3 = selfclose()
show("running close", lambda: next(me3))
def selfnext():
    yield next(me4)
me4 = selfnext()
show("running next", lambda: next(me4))

# throw bad args
g = simple(); next(g)
show("throw int", lambda: g.throw(1))
show("throw inst+val", lambda: g.throw(ValueError("a"), 1))
show("throw notexc type", lambda: g.throw(int))
show("throw tb bad", lambda: g.throw(ValueError, None, 5))
show("throw noargs", lambda: g.throw())
show("send noargs", lambda: g.send())
show("after bad throws", lambda: next(g))

# close ignoring
def ign():
    try:
        yield 1
    except GeneratorExit:
        yield 2
g = ign(); next(g)
show("close ignored", lambda: g.close())
def ign2():
    try:
        yield 1
    finally:
        return 5
g = ign2(); next(g)
show("close return in finally", lambda: g.close())
def ign3():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError("in close")
g = ign3(); next(g)
show("close raise other", lambda: g.close())

# PEP 479
def si():
    yield 1
    raise StopIteration("boom")
show("pep479", lambda: list(si()))
def si2():
    yield 1
    next(iter([]))
show("pep479 next", lambda: list(si2()))

# yield from generator
def inner():
    try:
        x = yield 1
        print("inner got", x)
        yield 2
    except KeyError as e:
        print("inner caught", repr(e))
        yield 99
    finally:
        print("inner finally")
    return "ret"
def outer():
    r = yield from inner()
    print("outer r", r)
    yield "end"
g = outer()
show("yf next", lambda: next(g))
show("yf send", lambda: g.send("S"))
show("yf throw", lambda: g.throw(KeyError("kk")))
show("yf next2", lambda: next(g))
show("yf next3", lambda: next(g))
g = outer(); next(g)
show("yf close", lambda: g.close())
g = outer(); next(g)
show("yf throw uncaught", lambda: g.throw(ValueError("vv")))

# yield from plain iterator
def outer2():
    r = yield from [1, 2]
    print("r", r)
    yield 3
g = outer2()
show("yfi next", lambda: next(g))
show("yfi send val", lambda: g.send(5))
g = outer2(); next(g)
show("yfi throw", lambda: g.throw(KeyError("z")))
g = outer2(); next(g)
show("yfi close", lambda: g.close())

class It:
    def __iter__(self): return self
    def __next__(self): return 1
    def throw(self, *a):
        print("It.throw", a[0] if len(a) == 1 else a)
        return "thrown"
    def close(self):
        print("It.close")
def outer3():
    yield from It()
g = outer3(); next(g)
show("yf custom throw", lambda: g.throw(KeyError("q")))
show("yf custom close", lambda: g.close())

class It2:
    def __iter__(self): return self
    def __next__(self): return 1
    send = None
def outer4():
    yield from It2()
g = outer4(); next(g)
show("yf send None attr", lambda: g.send(3))

# yield from non-iterable
def outer5():
    yield from 5
show("yf nonit", lambda: next(outer5()))

# generator return value
def rv():
    return 42
    yield
show("return value", lambda: next(rv()))
def rv2():
    yield
    return StopIteration(1)
g = rv2(); next(g)
try:
    next(g)
except StopIteration as e:
    print("rv2", repr(e.value))

# gi attributes
g = simple()
print(g.gi_running, g.__name__, g.__qualname__)

print(g.gi_code.co_name if hasattr(g, "gi_code") else "nocode")
next(g)
print(g.gi_yieldfrom if hasattr(g, "gi_yieldfrom") else "noyf")
list(g)


# throw with traceback
try:
    raise ValueError("tb")
except ValueError as e:
    tb = e.__traceback__
g = simple(); next(g)
show("throw with tb", lambda: g.throw(ValueError, ValueError("x"), tb))
g = simple(); next(g)
show("throw inst value", lambda: g.throw(ValueError("a"), None))

# generator expressions
ge = (x for x in range(3))
show("genexp throw unstarted", lambda: ge.throw(RuntimeError("r")))
show("genexp after", lambda: list(ge))
ge = (x for x in range(3))
next(ge)
show("genexp close", lambda: ge.close())
show("genexp after close", lambda: list(ge))
show("genexp send unstarted", lambda: (x for x in []).send(1))
