# A global name that is not defined at module level falls back to the
# builtins (ftpy caches that per instruction): defining, deleting and
# changing names must be seen at once, by code already run.
import builtins


def size(x):
    return len(x)


print(size([1, 2, 3]))


def len(x):                      # a global now shadows the builtin
    return "global len"


print(size([1, 2, 3]))
del len                          # the builtin again
print(size([1, 2]))

real_len = builtins.len
builtins.len = lambda x: "patched builtin"
print(size([1]))
builtins.len = real_len
print(size([1]))


def uses_missing():
    return not_defined_anywhere


for _ in range(2):
    try:
        uses_missing()
    except NameError as e:
        print("NameError:", e)
builtins.not_defined_anywhere = "now a builtin"
print(uses_missing())
not_defined_anywhere = "now a global"
print(uses_missing())
del not_defined_anywhere
print(uses_missing())
del builtins.not_defined_anywhere
try:
    uses_missing()
except NameError as e:
    print("NameError:", e)

g = {}
exec("def f():\n    return abs(-3)\n", g)
print(g["f"]())
g["abs"] = lambda v: "exec global abs"
print(g["f"]())


def loop():
    total = 0
    for i in range(1000):
        total += abs(-i) + len("ab")
    return total


print(loop())
