# PEP 585 generic aliases and PEP 604 unions.
def f(x: list[int], y: dict[str, list[int]] | None = None) -> tuple[int, ...]: pass
print(f.__annotations__)
a = list[int]
print(a, type(a).__name__, a.__origin__, a.__args__, a.__parameters__)
print(a([1, 2]), a == list[int], a != list[str], hash(a) == hash(list[int]))
print(dict[str, int], tuple[()], set[bytes], frozenset[int], type[int], tuple[int, ...])
print(int | str, int | None, None | int, int | str | int, (int | str) | float, int | int)
print(isinstance(3, int | str), isinstance(3.0, int | str), isinstance(None, int | None), issubclass(bool, int | str))
print((int | str) == (str | int), type(int | str).__name__, (int | str).__args__)
class C:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"
print(C[int], C["x"])
class L(list): pass
print(L[int])
class D: pass
try:
    D[int]
except TypeError as e:
    print(e)
try:
    int | 3
except TypeError as e:
    print(e)
print(list[list[int]], dict[str, C])
