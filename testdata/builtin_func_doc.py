# Built-in functions' __doc__ (first paragraph) and __text_signature__,
# split from CPython-style doc strings.
import builtins

names = ["abs", "all", "any", "ascii", "bin", "callable", "chr", "compile", "delattr", "dir",
         "divmod", "eval", "exec", "format", "getattr", "globals", "hasattr", "hash", "hex", "id",
         "input", "isinstance", "issubclass", "iter", "len", "locals", "max", "min", "next", "oct",
         "open", "ord", "pow", "print", "repr", "round", "setattr", "sorted", "sum", "vars"]
for n in names:
    f = getattr(builtins, n)
    print(n, f.__text_signature__, repr(f.__doc__.split("\n\n")[0]))
