# The exception being handled seen from generators (sys.exc_info, bare
# raise, implicit __context__): a generator that yields inside an except
# block keeps its exception to itself (it leaked into its caller), and an
# exception thrown in gets no __context__, as in CPython.
import sys
def g():
    try:
        raise KeyError("in gen")
    except KeyError:
        yield sys.exc_info()[0]
        yield sys.exc_info()[0]
x = g()
print(next(x), sys.exc_info()[0])
print(next(x), sys.exc_info()[0])
def h():
    yield sys.exc_info()[0]
    yield sys.exc_info()[0]
y = h()
try:
    raise ValueError
except ValueError:
    print(next(y), sys.exc_info()[0])
print(next(y), sys.exc_info()[0])
try:
    raise OSError
except OSError:
    pass
print(sys.exc_info()[0])
def k():
    try:
        yield 1
    except Exception:
        yield "handled"
z = k(); next(z)
try:
    raise OSError("outer")
except OSError:
    print(z.throw(ValueError("inner")), sys.exc_info()[0])
print(sys.exc_info()[0])
try:
    1/0
except ZeroDivisionError:
    pass
print(sys.exc_info()[0])
def g():
    yield 1
x = g(); next(x)
try:
    raise OSError("outer")
except OSError:
    try:
        x.throw(ValueError("v"))
    except ValueError as e:
        print("ctx", repr(e.__context__))
        try:
            raise e
        except ValueError as e2:
            print("ctx after raise", repr(e2.__context__))
def h():
    try:
        yield 1
    except KeyError:
        raise TypeError("from handler")
y = h(); next(y)
try:
    y.throw(KeyError("k"))
except TypeError as e:
    print("ctx2", repr(e.__context__))
def c():
    try:
        yield 1
    except GeneratorExit as e:
        print("ge ctx", repr(e.__context__))
        raise
z = c(); next(z)
try:
    raise OSError("o2")
except OSError:
    z.close()
def show(label, fn):
    try:
        r = fn()
        print(label, "->", repr(r) if " at 0x" not in repr(r) else type(r).__name__)
    except BaseException as e:
        print(label, "!!", type(e).__name__, e)
def selfyf():
    yield 1
    yield from g
g = selfyf()
show("yf self first", lambda: next(g))
show("yf self", lambda: next(g))
def fin():
    try:
        yield 1
    finally:
        yield 2
x = fin(); next(x)
show("yield in finally throw", lambda: x.throw(ValueError("v")))
show("after", lambda: next(x))
x = fin(); next(x)
show("yield in finally close", lambda: x.close())
def gr():
    return (yield)
x = gr(); next(x)
show("send return", lambda: x.send(5))
def nested():
    yield from nested2()
def nested2():
    yield from nested3()
def nested3():
    try:
        yield 1
    except ValueError:
        yield "caught deep"
x = nested(); next(x)
show("throw deep", lambda: x.throw(ValueError))
show("close deep", lambda: x.close())
def gen_exc():
    try:
        raise KeyError("a")
    except KeyError:
        yield 1
        raise
x = gen_exc()
show("reraise across yield 1", lambda: next(x))
show("reraise across yield 2", lambda: next(x))
def ctx_gen():
    try:
        yield
    except Exception as e:
        print("inside", type(e).__name__, e.__context__)
        yield "handled"
x = ctx_gen(); next(x)
try:
    raise OSError("outer")
except OSError:
    show("throw with context", lambda: x.throw(ValueError("inner")))
import sys
def exc_info_gen():
    yield sys.exc_info()[0]
    yield sys.exc_info()[0]
x = exc_info_gen()
try:
    raise KeyError
except KeyError:
    show("exc_info in gen 1", lambda: next(x))
show("exc_info in gen 2", lambda: next(x))
def g_return_in_finally():
    try:
        yield 1
    finally:
        return "fin"
x = g_return_in_finally(); next(x)
show("throw into return finally", lambda: x.throw(KeyError))
ge = (i for i in range(3))
show("genexp gi_running", lambda: ge.gi_running)
show("genexp name", lambda: (ge.__name__, ge.__qualname__))
show("genexp throw type tuple arg", lambda: ge.throw(ValueError, (1, 2)))
def lazy():
    yield 1
l = lazy()
show("list of gen twice", lambda: (list(l), list(l)))
import itertools
show("islice gen", lambda: list(itertools.islice((i*i for i in itertools.count()), 5)))
def deleg_iter():
    r = yield from iter([1, 2])
    yield r
show("yf iter return", lambda: list(deleg_iter()))
class BadIter:
    def __iter__(self): return self
    def __next__(self): raise ValueError("bad next")
def deleg_bad():
    yield from BadIter()
show("yf bad next", lambda: list(deleg_bad()))
def deleg_nonit():
    yield from None
show("yf None", lambda: list(deleg_nonit()))
def deleg_gen_return():
    def inner():
        yield 1
        return 5
    r = yield from inner()
    yield r
show("yf gen return", lambda: list(deleg_gen_return()))
x = deleg_gen_return(); next(x)
show("send into yf gen", lambda: x.send("s"))
x = deleg_iter(); next(x)
show("send non-None into yf iter", lambda: x.send("s"))
