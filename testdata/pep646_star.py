# PEP 646 syntax: *args: *Ts annotations and starred items in subscripts,
# compiled as CPython 3.11 does.


class Ts:
    def __iter__(self):
        yield "Unpack[Ts]"


Ts = Ts()


def f(*args: *Ts): pass


print(f.__annotations__)


def g(a: int, *args: *tuple[int, ...], **kw: str) -> None: pass


print(g.__annotations__)


class Echo:
    def __getitem__(self, item):
        return item

    def __setitem__(self, item, value):
        print("set", item, value)

    def __delitem__(self, item):
        print("del", item)


e = Echo()
print(e[*[1, 2]], e[*[1]], e[0, *[1, 2], 3], e[*(), 4], e[*"ab", *"c"])
print(e[1:2, *[3]])
e[*[7], 8] = "v"
del e[*range(3)]
print(tuple[*[int, str]])
print(list[*tuple[int, str]])
star = next(iter(tuple[int, str]))
print(star, star.__unpacked__, tuple[int].__unpacked__, star == tuple[int, str])
print(star.__origin__, star.__args__)
print(dict[*[str, int]])

# Through typing's TypeVarTuple.
from typing import TypeVarTuple, Generic

Shape = TypeVarTuple("Shape")


class Array(Generic[*Shape]):
    pass


def h(*args: *Shape): pass


print(h.__annotations__, Array[int, str], tuple[*Shape])

# The syntax tree, as ast.parse gives it.
import ast

print(ast.dump(ast.parse("def f(*a: *Ts): pass").body[0].args.vararg))
print(ast.dump(ast.parse("x[*a, b]").body[0].value.slice))
print(ast.dump(ast.parse("x[*a]").body[0].value.slice))
