# types.GenericAlias: parameters, substitution, __mro_entries__, and classes
# derived from it (as the Lib's _collections_abc derives _CallableGenericAlias).
import sys
GA = type(list[int])
class T:
    def __init__(self, n): self.n = n
    def __repr__(self): return "~" + self.n
    def __typing_subst__(self, arg): return arg
A, B = T("A"), T("B")
a = list[A]
print(a.__parameters__, a[int], dict[str, A][int], list[int].__mro_entries__((1,)))
print(dict[A, B].__parameters__, dict[A, list[B]][int, str], list[list[A]][float])
for bad in [lambda: list[int][str], lambda: dict[A, A][int, str], lambda: dict[A, B][int]]:
    try:
        bad()
    except TypeError as e:
        print(e)
print(list[int].__reduce__())
try:
    isinstance([], list[int])
except TypeError as e:
    print(e)
class CGA(GA):
    __slots__ = ()
    def __new__(cls, origin, args):
        return super().__new__(cls, origin, args)
    def __repr__(self):
        return "CGA" + super().__repr__()
c = CGA(list, (A,))
print(c, type(c).__name__, c.__origin__, c.__args__, c.__parameters__, c[int], type(c[int]).__name__)
class L(list[int]):
    pass
print(L.__mro__, L.__orig_bases__ if hasattr(L, '__orig_bases__') else None)
print(list[int] == list[int], list[int] != list[str], hash(list[int]) == hash(list[int]))
