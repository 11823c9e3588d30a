# functools.total_ordering
import functools
from functools import total_ordering


@total_ordering
class ByLt:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v
    def __lt__(self, other):
        if not isinstance(other, ByLt):
            return NotImplemented
        return self.v < other.v


@total_ordering
class ByLe:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v
    def __le__(self, other):
        return self.v <= other.v


@total_ordering
class ByGt:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v
    def __gt__(self, other):
        return self.v > other.v


@total_ordering
class ByGe:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v
    def __ge__(self, other):
        return self.v >= other.v


for cls in (ByLt, ByLe, ByGt, ByGe):
    a, b, c = cls(1), cls(2), cls(1)
    print(cls.__name__, a < b, a <= b, a > b, a >= b, b < a, b <= a, b > a, b >= a)
    print(' ', a < c, a <= c, a > c, a >= c)
    print(' ', [x.v for x in sorted([cls(3), cls(1), cls(2)])], max(cls(5), cls(9)).v)
    print(' ', sorted(n for n in ('__lt__', '__le__', '__gt__', '__ge__') if n in cls.__dict__))
    print(' ', [getattr(cls, n).__name__ for n in ('__lt__', '__le__', '__gt__', '__ge__')])


@total_ordering
class Both:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v
    def __gt__(self, other):
        return self.v > other.v
    def __le__(self, other):
        return 'le-defined'


print(Both(1) <= Both(2), Both(3) >= Both(2), Both(1) < Both(2))
print(total_ordering(ByLt) is ByLt)
print(ByLt(1).__gt__(5), ByLt(1).__le__(5), ByLt(1).__ge__(5))
try:
    ByLt(1) > 5
except TypeError as e:
    print('TypeError', e)


class Base:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v


@total_ordering
class Derived(Base):
    pass


print(Derived(1) <= Derived(1), Derived(2) > Derived(1), '__ge__' in Derived.__dict__)
print(functools.total_ordering.__name__)
