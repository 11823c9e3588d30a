# compile() takes the keyword-only _feature_version that ast.parse passes
# (CPython's test_fstring compiles with it), checks it is an int, and
# refuses a seventh positional argument.
import ast
print(compile("x + 1", "<s>", "eval", _feature_version=-1).co_names)
print(compile("f'{x}'", "<s>", "eval", 0, False, -1, _feature_version=8).co_names)
print(type(ast.parse("f'{a}'", feature_version=(3, 8))).__name__)
for call in (lambda: compile("x", "f", "eval", 0, False, -1, 5),
             lambda: compile("x", "f", "eval", _feature_version="a")):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
