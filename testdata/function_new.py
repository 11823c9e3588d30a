# types.FunctionType(code, globals, name=None, argdefs=None, closure=None)
# builds a function from a code object.
import types

c = (lambda: 1).__code__
print(types.FunctionType(c, {})())
print(types.FunctionType(code=c, globals={})())
f = types.FunctionType(c, {}, "nm")
print(f.__name__, f.__qualname__, f.__module__, f.__defaults__, f.__closure__, f.__globals__)
print(types.FunctionType(c, {"__name__": "zz"}).__module__)
print(types.FunctionType(c, {}, name="q").__name__)
print(types.FunctionType(c, {}, argdefs=(), closure=None).__defaults__)
print(types.FunctionType(c, {}, None, None, ()).__closure__)


def add(a, b=2):
    return a + b + G


g = types.FunctionType(add.__code__, {"G": 100}, None, (5,))
print(g(1), g(1, 1), g.__defaults__)


def mk():
    x = 7

    def inner():
        return x
    return inner


inner = mk()
h = types.FunctionType(inner.__code__, {}, None, None, inner.__closure__)
print(h(), h.__closure__ == inner.__closure__)


class D(dict):
    pass


print(types.FunctionType(c, D())())
tests = [
    lambda: types.FunctionType(1, {}),
    lambda: types.FunctionType(c, 1),
    lambda: types.FunctionType(c, []),
    lambda: types.FunctionType(c, {}, 1),
    lambda: types.FunctionType(c, {}, None, 1),
    lambda: types.FunctionType(c, {}, "x", [1]),
    lambda: types.FunctionType(c, {}, None, None, 1),
    lambda: types.FunctionType(c, {}, None, None, (1,)),
    lambda: types.FunctionType(inner.__code__, {}),
    lambda: types.FunctionType(inner.__code__, {}, closure=None),
    lambda: types.FunctionType(inner.__code__, {}, None, None, (1,)),
    lambda: types.FunctionType(inner.__code__, {}, "nm", None, (1, 2)),
    lambda: types.FunctionType(),
    lambda: types.FunctionType(c),
    lambda: types.FunctionType(c, {}, None, None, None, None),
    lambda: types.FunctionType(c, {}, kwdefaults={}),
]
for t in tests:
    try:
        t()
        print("no error")
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
