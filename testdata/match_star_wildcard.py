# A sequence pattern whose star is "*_" indexes the subject instead of
# iterating it (CPython's test_patma_186): a sequence whose __getitem__
# never raises IndexError must still match, and the skipped items are
# never read.
import collections.abc

class Endless(collections.abc.Sequence):
    def __init__(self):
        self.reads = []
    def __getitem__(self, i):
        self.reads.append(i)
        return i
    def __len__(self):
        return 42

s = Endless()
match s:
    case [x, *_, y]:
        print("first/last", x, y, s.reads)

s = Endless()
match s:
    case [a, b, *_, c, d]:
        print("two each side", a, b, c, d, s.reads)

s = Endless()
match s:
    case [*_, last]:
        print("last only", last, s.reads)

s = Endless()
match s:
    case [*_]:
        print("star only", s.reads)

# Sub-patterns still fail the case when they do not match.
match [1, 2, 3, 4]:
    case [0, *_, 4]:
        print("wrong")
    case [1, *_, 5]:
        print("wrong")
    case [1, *_, (3 | 4) as z]:
        print("matched", z)

# A named star still unpacks.
match [1, 2, 3, 4]:
    case [h, *rest, t]:
        print(h, rest, t)

# Too short: the length check comes first.
match [1]:
    case [p, *_, q]:
        print("wrong")
    case _:
        print("too short")
