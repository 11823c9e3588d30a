# Errors CPython's symbol table and compiler report after parsing:
# global/nonlocal misuse, repeated keywords, __debug__ assignments. The
# symbol table's have args (msg,); the compiler's read their text from
# the named file (None here: "s.py" does not exist).
srcs = [
    "def f(x):\n  global x",
    "def f():\n  x\n  global x",
    "def f():\n  x = 1\n  global x",
    "def f():\n  x = 1\n  x\n  global x",
    "def f():\n  def g():\n    x\n    nonlocal x\n  x = 1",
    "def f():\n  x = 1\n  def g():\n    x = 2\n    nonlocal x",
    "def f():\n  global x\n  global x\n  x = 1",
    "def f(x):\n  nonlocal x",
    "def f(*x):\n  if 1:\n    nonlocal x",
    "def g():\n  x = 1\n  def f(x):\n    nonlocal x",
    "def f(x):\n  def g():\n    nonlocal x",
    "class C(x for x in y): pass",
    "class C(f(x for x in y)): pass",
    "print(*a for a in b)",
    "x = {**a for a in b}",
    "x = {1: 2, a.b}",
    "f(a=1, a=2)",
    "f(a=1, b=2, **k, a=3)",
    "f(x, a=1, b=2, a=(1,\n2))",
    "__debug__ = 1",
    "def f(__debug__): pass",
    "f(__debug__=1)",
    "del __debug__",
    "for __debug__ in x: pass",
    "lambda __debug__: 0",
    "def f(*, __debug__): pass",
    "(__debug__ := 1)",
    "x.__debug__ = 1",
    "__debug__ += 1",
    "print(__debug__)",
    "with x as __debug__: pass",
    "class C(__debug__=1): pass",
    "def f(*__debug__): pass",
    "def f():\n  from x import *",
    "from . import *\ndef f(): from x import *",
    "return",
    "def f():\n  nonlocal x",
    "[(yield x) for x in y]",
    "def f():\n" + "".join("  " * (i + 1) + "for x in y:\n" for i in range(21)) + "  " * 22 + "pass\n",
]
for s in srcs:
    try:
        compile(s, "s.py", "exec")
        print(repr(s), "compiled")
    except SyntaxError as e:
        print(repr(s), type(e).__name__, repr(e.msg), e.lineno, e.offset, repr(e.text),
              e.end_lineno, e.end_offset, e.args, str(e))
