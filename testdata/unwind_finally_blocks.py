# break, continue and return inline the finally bodies they leave; a
# finally body with blocks of its own (with, for, try) must not overwrite
# the blocks still to unwind. Found by FuzzEval: the second inlining
# (from the except clause) saw a with block instead of the finally and
# failed to compile ("stack underflow").


class CM:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, typ, val, tb):
        print("exit", self.name, typ.__name__ if typ else None)
        return False


def loop_break_then_continue(n):
    i = 0
    while i < n:
        i += 1
        try:
            if i == 3:
                break
            if i % 2:
                raise ValueError(i)
        except ValueError:
            continue
        finally:
            with CM("fin%d" % i):
                print("finally", i)
    return i


print(loop_break_then_continue(5))


def for_finally_loop():
    out = []
    for i in range(4):
        try:
            if i == 1:
                continue
            if i == 2:
                raise KeyError(i)
            if i == 3:
                break
        except KeyError:
            with CM("h"):
                continue
        finally:
            for j in range(2):
                out.append((i, j))
            try:
                out.append("t")
            except Exception:
                pass
    return out


print(for_finally_loop())


def return_through_finally_with(x):
    for i in range(3):
        try:
            if x:
                return "early"
        except ValueError:
            return "handler"
        finally:
            with CM("r"):
                with CM("r2"):
                    print("inner", i)
    return "late"


print(return_through_finally_with(True))
print(return_through_finally_with(False))


def nested_finally():
    while True:
        try:
            try:
                break
            except TypeError:
                continue
            finally:
                with CM("a"):
                    pass
        finally:
            with CM("b"):
                pass
    return "done"


print(nested_finally())
