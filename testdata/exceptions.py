# try/except/else/finally, raise from, custom exceptions, with.
log = []
try:
    1 / 0
except ZeroDivisionError as e:
    log.append("zde")
else:
    log.append("else")
finally:
    log.append("finally")
assert log == ["zde", "finally"], log


def f():
    try:
        return "try"
    finally:
        log.append("f-finally")


assert f() == "try" and log[-1] == "f-finally"


class MyError(Exception):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code


try:
    raise MyError("bad", 7)
except (KeyError, MyError) as e:
    assert e.code == 7 and str(e) == "bad"

try:
    try:
        {}["missing"]
    except KeyError as e:
        raise ValueError("converted") from e
except ValueError as e:
    assert isinstance(e.__cause__, KeyError)

for i in range(3):
    try:
        if i == 1:
            continue
        if i == 2:
            break
    finally:
        log.append(i)
assert log[-2:] == [1, 2], log


class CM:
    def __enter__(self):
        log.append("enter")
        return self

    def __exit__(self, typ, val, tb):
        log.append("exit:" + (typ.__name__ if typ else "None"))
        return typ is KeyError


with CM() as cm:
    assert isinstance(cm, CM)
with CM():
    raise KeyError("swallowed")
assert log[-4:] == ["enter", "exit:None", "enter", "exit:KeyError"], log

try:
    assert 1 == 2, "message"
except AssertionError as e:
    assert str(e) == "message"


def gen():
    try:
        yield 1
        yield 2
    finally:
        log.append("gen closed")


g = gen()
assert next(g) == 1
g.close()
assert log[-1] == "gen closed"
print("exceptions ok")
