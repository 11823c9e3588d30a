# The match statement: every pattern kind, guards, bindings, fall-through.
import collections

class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

class Vec(Point):
    pass

def describe(v):
    match v:
        case None:
            return "none"
        case True:
            return "true"
        case 0 | 0.0:
            return "zero"
        case -1:
            return "minus one"
        case 1+2j:
            return "complex"
        case "hello" | b"bytes":
            return "greeting " + repr(v)
        case int(n) if n > 100:
            return f"big int {n}"
        case int() | float() as num:
            return f"number {num!r}"
        case str(s):
            return f"str {s}"
        case []:
            return "empty sequence"
        case [x]:
            return f"one item {x!r}"
        case [1, 2, *rest]:
            return f"starts 1 2 then {rest}"
        case (a, b, *_, z) if a == b:
            return f"pair {a} ... {z}"
        case [[a, b], c]:
            return f"nested {a} {b} {c}"
        case {"action": "go", "dir": d, **others}:
            return f"go {d} {others}"
        case {"k": [_, *mid, _]}:
            return f"k mid {mid}"
        case {}:
            return "some mapping"
        case Point(0, 0):
            return "origin"
        case Vec(x=0, y=yy):
            return f"vec on y axis {yy}"
        case Point(x, y=0):
            return f"on x axis {x}"
        case Point(x=px) as p:
            return f"point {px} {type(p).__name__}"
        case _:
            return "other " + type(v).__name__

for v in [None, True, False, 0, 0.0, -1, 1+2j, "hello", b"bytes", 500, 7, 2.5, "text",
          [], (), [9], (1, 2), [1, 2, 3, 4], (5, 5, 6, 7), [3, 3], [[1, 2], 3],
          {"action": "go", "dir": "north", "speed": 3}, {"k": [1, 2, 3, 4]}, {"z": 1},
          collections.OrderedDict(a=1), Point(0, 0), Vec(0, 4), Point(3, 0), Point(3, 4),
          Vec(1, 1), range(1), range(3), object(), "", b""]:
    text = repr(v) if type(v).__repr__ is not object.__repr__ else type(v).__name__
    print(text, "->", describe(v))

# Names bound by the winning case; the subject is evaluated once.
calls = []
def subject():
    calls.append(1)
    return (1, 2)
match subject():
    case (a, b):
        print("bound", a, b)
print("calls", len(calls))

# A match inside a loop with break and continue; match as a name.
match = [1, 2]
for item in [1, 2, 3, 4]:
    match item:
        case 2:
            continue
        case 4:
            break
    print("item", item)
print(match)

# Mapping subclasses and __match_args__ through inheritance.
class MyDict(dict):
    pass
match MyDict(a=1):
    case {"a": v}:
        print("mydict", v)

# A class pattern on built-in types binds the subject itself.
for v in [3, "s", (1,), [2], {1: 2}, {3}, frozenset({4}), 1.5, True]:
    match v:
        case bool(b):
            print("bool", b)
        case int(i):
            print("int", i)
        case str(s) | bytes(s):
            print("str", s)
        case tuple(t) | list(t):
            print("seq", t)
        case dict(d) | set(d) | frozenset(d):
            print("coll", d)
        case float(f):
            print("float", f)

# Guards see the bindings, and a failed guard goes on to the next case.
def classify(p):
    match p:
        case (x, y) if x == y:
            return "diagonal"
        case (x, y) if x == -y:
            return "anti"
        case (x, _):
            return f"x={x}"
print(classify((2, 2)), classify((2, -2)), classify((5, 1)))

# Irrefutable last case and nested or-patterns with bindings.
def nested(v):
    match v:
        case [("a" | "b") as ch, (1 | 2) as n]:
            return ch * n
        case other:
            return f"other {other!r}"
print(nested(["a", 2]), nested(["b", 1]), nested(["c", 1]))

# Dotted value patterns compare with ==.
class Color:
    RED = "red"
    GREEN = "green"
for c in ["red", "green", "blue"]:
    match c:
        case Color.RED:
            print("is red")
        case Color.GREEN:
            print("is green")
        case _:
            print("no color")

# Star captures are lists; mapping rest is a fresh dict.
match (1, 2, 3):
    case (first, *others):
        print(first, others, type(others).__name__)
match {"a": 1, "b": 2}:
    case {"a": 1, **rest}:
        print(rest, type(rest).__name__)

# Strings are not sequences for a match.
match "ab":
    case [a, b]:
        print("sequence")
    case _:
        print("not a sequence")

# In a class body, a generator and a closure.
class K:
    match [1, 2]:
        case [a, b]:
            total = a + b
print(K.a, K.total)
def gen(items):
    for it in items:
        match it:
            case {"v": v}:
                yield v
            case [x, *_]:
                yield from gen([x])
            case x:
                yield ("raw", x)
print(list(gen([{"v": 1}, [{"v": 2}, 3], 4])))
def outer(v):
    match v:
        case [n]:
            return lambda: n
print(outer([7])())
match 1, 2:
    case a, b:
        print(a, b)
