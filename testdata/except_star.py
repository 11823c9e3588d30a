import sys
def show(label, f):
    try:
        f()
    except BaseException as e:
        print(label, repr(e), repr(e.__context__), e.__suppress_context__)
        if isinstance(e, BaseExceptionGroup):
            for x in e.exceptions:
                print("   ", repr(x), repr(x.__context__), repr(x.__cause__))
    else:
        print(label, "no exception")

def f1():
    try:
        raise ValueError(1)
    except* TypeError as e:
        pass
show("nomatch", f1)
def f2():
    try:
        raise ValueError(1)
    except* ValueError:
        raise KeyError(2)
show("new", f2)
def f3():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), OSError(3)])
    except* ValueError:
        raise
    except* TypeError as e:
        raise e.exceptions[0]
show("mixed", f3)
def f4():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), OSError(3)])
    except* ValueError:
        pass
    except* TypeError as e:
        print("handled", repr(e), repr(sys.exc_info()[1]))
show("rest", f4)
def f5():
    try:
        raise ExceptionGroup("eg", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(5)])])
    except* ValueError as e:
        print("got", repr(e))
    except* TypeError as e:
        print("got", repr(e))
    else:
        print("else")
    finally:
        print("finally")
show("nested", f5)
def f6():
    try:
        pass
    except* ValueError:
        pass
    else:
        print("else ran")
    finally:
        print("finally ran")
show("noexc", f6)
def f7():
    try:
        raise ValueError(1)
    except* ExceptionGroup:
        pass
show("eg type", f7)
def f8():
    try:
        raise ValueError(1)
    except* (TypeError, int):
        pass
show("bad type", f8)
def f9():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        raise RuntimeError("x") from e
    except* TypeError:
        raise
show("from", f9)
def f10():
    try:
        raise ExceptionGroup("eg", [KeyboardInterrupt(), TypeError(2)])
    except* TypeError:
        pass
show("base", f10)
def f11():
    for i in range(3):
        try:
            raise ExceptionGroup("eg", [ValueError(i)])
        except* ValueError as e:
            for x in range(5):
                if x == 1: break
                continue
            print("loop", i, repr(e))
show("loop", f11)
def f12():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* (ValueError, TypeError) as e:
        print("tuple", repr(e))
        e = None
    print("e" in dir())
show("tuple", f12)

# A bare raise in a clause re-raises the clause's part: with the rest, it
# comes back in the shape of the original group, keeping its metadata.
def f13():
    try:
        raise ExceptionGroup("eg", [ValueError(1), ExceptionGroup("in", [TypeError(2), OSError(3)])])
    except* TypeError:
        raise
show("reraise shape", f13)

orig = ExceptionGroup("eg", [ValueError(1), TypeError(2)])
try:
    try:
        raise orig
    except* ValueError:
        raise
except ExceptionGroup as e:
    print("same object:", e is orig, e.__traceback__ is orig.__traceback__)
try:
    try:
        raise orig
    except* ValueError:
        pass
except ExceptionGroup as e:
    print("rest keeps tb:", e.__traceback__ is orig.__traceback__, repr(e))

# sys.exc_info() in a clause is the matched part; after the statement
# the handled exception is back to what it was.
try:
    raise KeyError("outer")
except KeyError:
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        print("in clause:", repr(sys.exc_info()[1]))
    print("after:", repr(sys.exc_info()[1]))

# Clauses run in order, each on what the previous ones left.
def f14():
    try:
        raise ExceptionGroup("eg", [ValueError(1), ValueError(2), TypeError(3), KeyError(4)])
    except* LookupError as e:
        print("lookup", repr(e))
    except* ValueError as e:
        print("value", repr(e))
    except* (TypeError, ValueError) as e:
        print("type", repr(e))
show("order", f14)

# Exceptions raised in several clauses are grouped with the re-raised
# ones last.
def f15():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), OSError(3)])
    except* ValueError:
        raise RuntimeError("r1")
    except* TypeError:
        raise
    except* OSError:
        raise RuntimeError("r2")
show("several", f15)

# A group raised in a clause nests; its context is the matched part.
def f16():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError as e:
        raise ExceptionGroup("new", [KeyError(5)])
show("raise group", f16)

# In a generator and with a finally around it.
def gen():
    try:
        yield 1
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        yield repr(e)
    finally:
        yield "fin"
show("gen", lambda: print(list(gen())))

# The name is unbound after the clause, as with except.
def f17():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError as err:
        pass
    try:
        err
    except UnboundLocalError as u:
        print("unbound:", u)
f17()

# Nested try/except* inside a clause.
def f18():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        try:
            raise ExceptionGroup("inner", [KeyError(3), OSError(4)])
        except* KeyError as k:
            print("inner caught", repr(k))
show("nested try", f18)

# Traceback text of a re-raised combination, as the traceback module
# writes it.
import traceback
def raiser():
    raise ExceptionGroup("eg", [ValueError("v"), TypeError("t")])
try:
    try:
        raiser()
    except* ValueError:
        raise KeyError("k")
except BaseException:
    text = traceback.format_exc()
    print(text.replace(__file__, "FILE"))

# The ast module's TryStar node, and compiling it back.
import ast
src = "try:\n    f()\nexcept* (ValueError, TypeError) as e:\n    g(e)\nexcept* OSError:\n    pass\nelse:\n    h()\nfinally:\n    i()\n"
t = compile(src, "<unknown>", "exec", ast.PyCF_ONLY_AST)
print(ast.dump(t, include_attributes=True))
print(ast.unparse(t))
code = compile(t, "<ast>", "exec")
ns = {}
exec(compile(compile("def f():\n    try:\n        raise ExceptionGroup('x', [ValueError(1)])\n    except* ValueError as e:\n        return_ = repr(e)\n    return return_\n", "<a>", "exec", ast.PyCF_ONLY_AST), "<a>", "exec"), ns)
print(ns["f"]())

# A clause after everything matched still checks its type.
def t(second):
    try:
        try:
            raise ExceptionGroup("eg", [ValueError(1)])
        except* ValueError as e:
            print("first", repr(e))
        except* second as e:
            print("second", repr(e))
    except BaseException as x:
        print("raised", repr(x), repr(x.__context__))
    else:
        print("none")
t(TypeError)
t(42)
t(ExceptionGroup)
