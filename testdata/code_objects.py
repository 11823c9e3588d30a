# Code objects' attributes, co_lines/co_positions, replace, equality;
# functions' introspection attributes and cells.
import sys


def f(a, b=1, *args, c, d=2, **kw):
    x = 1

    def g():
        return x + a
    return g


c = f.__code__
print(c.co_argcount, c.co_posonlyargcount, c.co_kwonlyargcount, c.co_nlocals)
print(c.co_varnames, c.co_cellvars, c.co_freevars)
print(hex(c.co_flags), hex(f(1, c=2).__code__.co_flags), f(1, c=2).__code__.co_freevars)
print(c.co_name, c.co_qualname, c.co_firstlineno, c.co_filename == __file__)
print(type(c.co_code), type(c.co_linetable), type(c.co_exceptiontable), type(c.co_stacksize))
print(type(c.co_consts), type(c.co_names), c.co_consts[0], "x" in c.co_varnames)
print(f(1, c=2).__code__.co_qualname, f(1, c=2).__code__.co_names)
print(repr(c).startswith("<code object f at 0x"), repr(c).endswith('line 6>'))
print(c == c, hash(c) == hash(c), c != f(1, c=2).__code__)


# Flags: CO_OPTIMIZED 1, NEWLOCALS 2, VARARGS 4, VARKEYWORDS 8, NESTED 16,
# GENERATOR 32; 3.11 sets no CO_NOFREE (64).
def plain(): pass
def gen(): yield
def pos(a, /, b): pass


print(plain.__code__.co_flags, gen.__code__.co_flags, pos.__code__.co_posonlyargcount)
print(compile("x = 1", "s", "exec").co_flags, compile("x", "s", "eval").co_flags)
print(sys._getframe().f_code.co_name, sys._getframe().f_code.co_flags)

# co_lines: runs that cover co_code, with the lines of the body;
# co_positions: one per instruction, within the function's lines.
lines = list(c.co_lines())
print(lines[0][0], lines[-1][1] == len(c.co_code))
print(all(a[1] == b[0] for a, b in zip(lines, lines[1:])))
print(sorted({l for _, _, l in lines if l is not None and l > c.co_firstlineno}))
pos_ = list(c.co_positions())
print(len(pos_) * 2 == len(c.co_code), all(len(p) == 4 for p in pos_))
print(sorted({p[0] for p in pos_ if p[0] is not None and p[0] > c.co_firstlineno}))

# replace: names, file, first line (which moves every line).
c2 = c.replace(co_name="h", co_qualname="H", co_filename="other.py", co_firstlineno=106)
print(c2.co_name, c2.co_qualname, c2.co_filename, c2.co_firstlineno, c2 == c)
print(sorted({l for _, _, l in c2.co_lines() if l is not None and l > 106}))
print(c.replace() == c, c.replace(co_name="f") == c)
def k(): return "one"
k.__code__ = k.__code__.replace(co_consts=tuple("two" if v == "one" else v for v in k.__code__.co_consts))
print(k())
try:
    c.replace(co_bogus=1)
except TypeError as e:
    print(e)


# Functions' attributes.
def outer():
    x = 5

    def f(a, b=2, *, c=3) -> int:
        return x + a
    return f


fn = outer()
cell = fn.__closure__[0]
print(cell.cell_contents, type(cell).__name__)
cell.cell_contents = 7
print(fn(1))
print(fn.__defaults__, fn.__kwdefaults__, fn.__annotations__, fn.__qualname__, fn.__module__,
      fn.__globals__ is globals(), fn.__name__)
fn.__kwdefaults__ = {"c": 9}
print(fn.__kwdefaults__)
fn.__kwdefaults__ = None
print(fn.__kwdefaults__)
fn.__defaults__ = (4,)
print(fn.__defaults__)


def one(): return 1
def two(): return 2


one.__code__ = two.__code__
print(one(), one.__name__)

CellType = type(cell)
empty = CellType()
try:
    empty.cell_contents
except ValueError as e:
    print("ValueError:", e)
print(CellType(1) == CellType(1), CellType(1) < CellType(2), empty < CellType(1), repr(empty).endswith(": empty>"))
del cell.cell_contents
try:
    fn(1, c=1)
except NameError as e:
    print("NameError:", e)
