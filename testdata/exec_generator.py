# exec and eval of a generator function's code: CPython calls the code as
# a function of no arguments, so eval returns a generator whose body has
# not run, and exec returns None.
ran = []


def gen():
    ran.append("body")
    yield 1
    yield 2


g = eval(gen.__code__)
print(type(g).__name__, g.__name__, ran)
print(list(g), ran)
print(exec(gen.__code__), ran)


def outer():
    x = 10

    def inner():
        yield x
        yield x + 1
    return inner


inner = outer()
print(exec(inner.__code__, {}, None, closure=inner.__closure__))
try:
    eval(inner.__code__)
except TypeError as e:
    print("TypeError", e)

ns = {}
exec("def h():\n    yield len('abc')\n", ns)
print(list(eval(ns["h"].__code__, {"__builtins__": {"len": lambda s: 99}})))
