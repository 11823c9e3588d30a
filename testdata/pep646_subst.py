# Substituting into types.GenericAlias with TypeVarTuple parameters and
# starred tuples among the arguments (PEP 646), as CPython 3.11 does.
from typing import TypeVar, TypeVarTuple, Tuple, Generic

T = TypeVar("T")
T2 = TypeVar("T2")
Ts = TypeVarTuple("Ts")


def show(expr):
    try:
        print(expr, "->", eval(expr))
    except TypeError as e:
        print(expr, "-> TypeError:", e)


class C(Generic[T]):
    pass


for expr in [
    "tuple[*Ts][int]", "tuple[*Ts][int, str]", "tuple[*Ts][()]", "tuple[T, *Ts][int]",
    "tuple[T, *Ts][int, str, bytes]", "tuple[*Ts, T][int, str]", "tuple[T, *Ts, T2][int, str]",
    "list[T][*tuple[int]]", "list[T][*tuple[int, str]]", "list[T][*tuple[int, ...]]",
    "dict[T, T2][*tuple[int, str]]", "tuple[list[T], *Ts][int, str]", "tuple[T][int]",
    "list[T][int, str]", "list[T][()]", "dict[T, list[T2]][str, int]",
    "tuple[C, T][int]", "tuple[*Ts].__parameters__", "tuple[*tuple[int, str]].__args__",
    "(*tuple[int],)[0].__typing_unpacked_tuple_args__", "tuple[int].__typing_unpacked_tuple_args__",
    "Tuple[*Ts][int, str]", "list[int][int]",
]:
    show(expr)
