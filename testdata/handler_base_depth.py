# An exception handler's region can begin, in code order, with an
# unreachable instruction (the jump over an inlined finally body after a
# raise); its stack depth must come from the reachable part. Found by
# FuzzEval: the with's handler was entered with an empty stack and the
# eval loop panicked (index out of range).


class CM:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, typ, val, tb):
        print("exit", self.name, typ.__name__ if typ else None)
        return self.swallow


try:
    with CM("a"):
        try:
            raise ValueError(1)
        finally:
            pass
except ValueError as e:
    print("caught", repr(e))

with CM("b", swallow=True):
    try:
        raise KeyError("k")
    finally:
        print("finally b")
print("after b")


def f(x):
    for i in range(2):
        with CM("c%d" % i, swallow=True):
            try:
                try:
                    raise TypeError(i)
                finally:
                    print("inner finally", i)
            except IndexError:
                pass
            finally:
                print("outer finally", i)
    with CM("d"):
        try:
            return x
        finally:
            pass


print(f(3))


def g():
    with CM("e", swallow=True):
        try:
            raise RuntimeError
        except RuntimeError:
            raise ZeroDivisionError
        finally:
            print("finally e")
    return "g done"


print(g())


# The cleanup code of an inner handler runs with more on the stack than
# its enclosing region's base: the base must come from where the region
# is set up. (A with inside the exception path of a finally called the
# raised exception as __exit__: "'RuntimeError' object is not callable".)
try:
    try:
        raise RuntimeError(1)
    except StopIteration as e14:
        pass
    finally:
        with CM("h"):
            try:
                undefined_name
            finally:
                print("inner finally h")
except Exception as e:
    print(type(e).__name__, e)


def loop_with_try():
    for i in range(3):
        try:
            if i == 1:
                break
            raise KeyError(i)
        except KeyError:
            with CM("k%d" % i):
                try:
                    raise ValueError(i)
                except ValueError as v:
                    print("value", v)
                finally:
                    print("fin", i)
    return i


print(loop_with_try())
