#!/usr/bin/env python3
"""An inventory manager used to exercise the ftpy parser.

It is written to touch every statement and expression form the
parser supports, while still reading like an ordinary program.
"""

from __future__ import annotations

import os
import sys as system, collections.abc as cabc
from . import sibling
from ..pkg.mod import (first, second as other,)
from typing import *

__all__ = ["Item", "Inventory", "main"]

MAX_ITEMS: int = 1_000
RATIO = 3.5e-2
MASK = 0xFF_FF | 0o755 ^ 0b1010 & ~0
COMPLEX = 2 + 3j
BIG = 123456789012345678901234567890
NOTHING = None
FLAGS = (True, False, ...)
RAW = r"C:\path\to" + b"bytes".decode() + 'single' "implicit" '''triple'''
ESCAPES = "tab\there\nnewline \x41 \u00e9 \U0001F600 \101 \\ \' \""
counter = 0


def decorator(func):
    """Wrap func, counting calls."""
    def wrapper(*args, **kwargs):
        global counter
        counter += 1
        return func(*args, **kwargs)
    return wrapper


def with_args(prefix="", *, sep=": "):
    def deco(func):
        return func
    return deco


class Item:
    """A stock item."""

    kind: str = "generic"
    count = 0

    def __init__(self, name: str, price: float = 0.0, /, qty: int = 1, *tags: str,
                 note: str | None = None, **extra: object) -> None:
        self.name = name
        self.price, self.qty = price, qty
        self.tags = [*tags]
        self.note = note
        self.extra = {**extra, "created": True}
        Item.count += 1

    def __repr__(self):
        return f"Item({self.name!r}, {self.price:.2f}, qty={self.qty})"

    @property
    def total(self) -> float:
        return self.price * self.qty

    @staticmethod
    @with_args("x", sep="-")
    def parse(line):
        name, _, rest = line.partition(",")
        first, *others = rest.split()
        return Item(name.strip(), float(first or 0), *others)


class Inventory(dict, metaclass=type):
    def __init__(self, items=()):
        super().__init__()
        for item in items:
            self[item.name] = item
        else:
            self.loaded = True

    def cheapest(self, n=1):
        ordered = sorted(self.values(), key=lambda it: (it.price, it.name))
        return ordered[:n] if n > 0 else []

    def report(self):
        lines = []
        width = max((len(name) for name in self), default=0)
        for name, item in sorted(self.items()):
            lines.append(f"{name:<{width}} | {item.total:>10.2f} | {item.qty=}")
        return "\n".join(lines)

    def remove(self, *names):
        for name in names:
            try:
                del self[name]
            except KeyError as err:
                print("missing", name, err, file=system.stderr)
            except (TypeError, ValueError):
                raise
            except Exception as exc:
                raise RuntimeError("bad") from exc
            else:
                continue
            finally:
                pass

    def expensive(self, threshold):
        return {k: v for k, v in self.items() if v.price > threshold if v.qty}

    def tag_set(self):
        return {tag for item in self.values() for tag in item.tags}

    def pairs(self):
        yield from ((a, b) for a in self for b in self if a < b)

    def counts(self):
        total = 0
        while True:
            received = yield total
            if received is None:
                break
            elif received < 0:
                continue
            total += received
        else:
            total = -1
        return total


def matrix_ops(a, b):
    c = a @ b
    c @= b
    d = a[1:2, ::3]
    e = a[..., 0]
    f = a[::-1][0][1:][:2]
    g = [row[:] for row in a]
    h = -2 ** 2, (-2) ** 2, 2 ** -1, 2 ** 3 ** 2
    i = not a == b != c < d <= e > f >= g
    j = a in b, a not in b, a is b, a is not b
    k = a << 1 >> 2 // 3 % 4 / 5 * 6 - 7 + 8
    x = y = z = 0
    x += 1; y -= 1; z *= 2; x /= 3; y //= 4; z %= 5
    x **= 2; y <<= 1; z >>= 1; x &= 1; y |= 2; z ^= 3
    return c, d, e, f, g, h, i, j, k, x, y, z


def control(values):
    if not values:
        return None
    if (n := len(values)) > 10:
        print(f"too many: {n}")
    result = [v if v else -v for v in values]
    assert all(result), "non-zero"
    assert result
    nested = [[i * j for j in range(i)] for i in range(3)]
    gen = sum(x for x in result if x % 2)
    call = dict(a=1, **{"b": 2})
    conditional = 1 if n else 2 if values else 3
    anything = lambda *a, k=1, **kw: (a, k, kw)
    posonly = lambda a, /, b=2: a + b
    empty = lambda: None
    del nested[0], call["a"]
    (a, b), [c, *d] = (1, 2), [3, 4, 5]
    for i, (p, q) in enumerate(zip(a, b)):
        pass
    return result, gen, call, conditional, anything, posonly, empty


def scopes():
    level = 0

    def inner():
        nonlocal level
        level += 1
        return level

    class Local:
        attr = level

    return inner, Local


def contexts(path):
    with open(path) as fh, open(path + ".bak", "w") as out:
        out.write(fh.read())
    with (open(path) as a, open(path) as b,):
        pass
    with (open(path)):
        pass
    with open(path) as (x):
        pass


@decorator
def main(argv=None):
    argv = argv if argv is not None else system.argv[1:]
    inv = Inventory(Item.parse(line) for line in argv)
    print(inv.report(), sep="", end="\n")
    print(*inv.cheapest(2), sep=", ")
    data = {1: "one", 2: "two", **{3: "three"}}
    keys, values = list(data), [*data.values()]
    text = ("multi"
            "line"
            f" {len(keys)}"
            " string")
    total = 0
    for k in keys:
        if k == 2:
            continue
        total += k
        if total > 100:
            break
    return 0 if total else \
        1


if __name__ == "__main__":
    system.exit(main())
