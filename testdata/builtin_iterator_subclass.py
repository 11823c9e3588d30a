# Python classes derived from the built-in iterator types (test_enumerate
# and Lib code such as `class _Reversed(reversed)` need it).


class E(enumerate):
    def __new__(cls, iterable, start=0, tag="e"):
        self = super().__new__(cls, iterable, start)
        self.tag = tag
        return self

    def __next__(self):
        i, x = super().__next__()
        return i, x.upper()


e = E("abc", 5, tag="t")
print(type(e).__name__, e.tag, list(e), isinstance(e, enumerate))


class Z(zip):
    pass


z = Z([1, 2], "xy")
z.note = 1
print(list(z), z.note, Z.__mro__[1].__name__)


class M(map):
    def __iter__(self):
        return self


print(list(M(lambda a: a * 2, [1, 2, 3])))


class F(filter):
    count = 0

    def __next__(self):
        F.count += 1
        return super().__next__()


print(list(F(None, [0, 1, 0, 2])), F.count)


class R(reversed):
    pass


# A sequence with __reversed__ (a list) gives its own iterator, not an R.
r = R((1, 2, 3))
r.seen = True
print(type(r).__name__, r.__length_hint__(), list(r), vars(r), type(R([1])).__name__)

try:
    E()
except TypeError as e:
    print("TypeError:", e)
try:
    Z(1)
except TypeError as e:
    print("TypeError:", e)

# enumerate past int64, and reversed's hint asks the sequence's length.
import sys
e = enumerate("ab", 2**63 - 1)
print(list(e))
print(list(enumerate("abc", -(2**80))))


class WeirdLen:
    called = False

    def __len__(self):
        if not self.called:
            self.called = True
            return 10
        raise ZeroDivisionError

    def __getitem__(self, i):
        return i


import operator
try:
    operator.length_hint(reversed(WeirdLen()))
except ZeroDivisionError:
    print("ZeroDivisionError")
