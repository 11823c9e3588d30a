# sys.displayhook shows expression statements' values in "single" mode
# and can be replaced; the default keeps the value in builtins._.
import sys, builtins
print(sys.displayhook is sys.__displayhook__)
exec(compile("1 + 1", "<s>", "single"))
print(builtins._)
exec(compile("None", "<s>", "single"))
print(builtins._)
seen = []
sys.displayhook = seen.append
exec(compile("'x' * 3", "<s>", "single"))
exec(compile("None", "<s>", "single"))
sys.displayhook = sys.__displayhook__
print(seen)
sys.__displayhook__([1, 2])
print(builtins._)
del sys.displayhook
try:
    exec(compile("5", "<s>", "single"))
except RuntimeError as e:
    print(e)
sys.displayhook = sys.__displayhook__
try:
    sys.displayhook()
except TypeError as e:
    print(e)
