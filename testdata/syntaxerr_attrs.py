# SyntaxError attributes (msg, filename, lineno, offset, text,
# end_lineno, end_offset, args) for many kinds of syntax errors raised by
# compile(), exec(), eval() and import, and SyntaxError made by hand.

srcs = [
    'x = (1,',
    'x = [1, 2',
    'x = {1:',
    'f(1, 2',
    'x = (1,\ny = 2',
    'x = (1]',
    'x = 1)',
    ']',
    'a b',
    'a b c',
    'x = 1 +',
    'é = 1 +',
    "print 'x'",
    'f(a b)',
    '[a b]',
    'x = 1 2',
    '  x = 1',
    'if 1:\nx',
    'if 1:\n  x\n y',
    'if 1:\n\tx\n        y',
    'def f():\nreturn',
    'for x in y:\npass',
    'class C:\n',
    'try:\n  x\n',
    "x = 'abc",
    "x = '''abc",
    'x = "é',
    "f'{'",
    "f'{}'",
    "f'{x!z}'",
    "f'{x:{y:{z}}}'",
    "f'}'",
    '1 = 2',
    'f() = 1',
    'x + 1 = 2',
    '(a, 1) = 2',
    'del f()',
    'del 1',
    '[x for x in y] = 1',
    'a.b += 1 = 2',
    'x += 1, 2 = 3',
    'None = 1',
    'True = 1',
    'def f(None): pass',
    'f(x=1, 2)',
    'f(**x, *y)',
    'f(x for x in y, 1)',
    'lambda x=1, y: 0',
    'def f(x=1, y): pass',
    'def f(*): pass',
    'def f(*, **k): pass',
    'x = yield = 1',
    'nonlocal x',
    'def f():\n  nonlocal x',
    'def f(x):\n  global x',
    'def f():\n  x = 1\n  global x',
    'def f(a, a): pass',
    'return',
    'break',
    'continue',
    'yield 1',
    '[(yield x) for x in y]',
    '*a = 1',
    '*a, *b = c',
    'print(*a for a in b)',
    'x = *a',
    'try:\n  pass\nexcept:\n  pass\nexcept ValueError:\n  pass',
    'if x = 1: pass',
    'while x = 1: pass',
    'x = 1 if y',
    'a = 1 if b else',
    'import',
    'from x import',
    'from x import (a, b',
    'from . import *\ndef f(): from x import *',
    'def f():\n  from x import *',
    'x = 0777',
    'x = 1_',
    'x = 1__0',
    'x = 0b2',
    'x = 0x',
    'x = 1e',
    'x = 5j j',
    'x = $',
    'x = a ? b',
    'x = `a`',
    "x = 'a' 'b' c",
    'if x:\n  pass\n else:\n  pass',
    'else:\n  pass',
    'def f(:\n  pass',
    'class C(:\n  pass',
    'x = [i for i in]',
    'x = {a: b for a in}',
    'x = {**a for a in b}',
    'x = [*a for a in b]',
    'f(a=1, a=2)',
    'f(a for a in b, c for c in d)',
    'x.1',
    'x = a.',
    'x = .a',
    'assert',
    'raise from x',
    'with open(x) as 1: pass',
    'for 1 in x: pass',
    'import a.b as c.d',
    'x = 1\n  y = 2',
    'def f():\n\tif 1:\n        pass',
    'x = (\n1,\n2',
    'x = [\n1\n2\n]',
    "x = b'é'",
    "x = u'a' b'c'",
    'except* E: pass',
    'f(a, b for b in c)',
    'x = not',
    'x = 1 not in',
    'x = a if b else c if',
    'def f(x, /, y, /): pass',
    'def f(/, x): pass',
    'lambda: (yield)',
    'x = (a := 1, b := 2)',
    '(a.b := 1)',
    'def f(**k, a): pass',
    'class C(x for x in y): pass',
    'x = {1: 2, 3}',
    'x = {1, 2: 3}',
    'print(1, 2,, 3)',
    'a[1:2:3:4]',
    'x = 1 if 2 else 3 else 4',
    'for x in range(10):\n  pass\nelse:\n  pass\nelse:\n  pass',
    'global x, x\nx = 1',
    '__debug__ = 1',
    'def f(__debug__): pass',
    'f(__debug__=1)',
    'x = 1 = 2',
    'a, b += 1',
    '(a, b) += 1',
    '[a] += 1',
    'x = [1, 2 3]',
    'x = {1 2}',
    'f(1 2)',
    'x = (1 2)',
    'if True\n  pass',
    'while x\n  pass',
    'def f()\n  pass',
    'class C\n  pass',
    'for x in y\n  pass',
    'with x\n  pass',
    'try\n  pass',
    'elif x: pass',
    'x = 1\ny = 2 3',
    'import a as',
    "'abc' = 1",
    "f'{a}' = 1",
    "x = f'{a!}'",
    "x = f'{a:}' f'{'",
    "x = f'{\\n}'",
    "x = f'{#}'",
    "x = f'{)}'",
]


def show(e):
    print(type(e).__name__, repr(e.msg), e.filename, e.lineno, e.offset, repr(e.text),
          e.end_lineno, e.end_offset, e.print_file_and_line, len(e.args), str(e))


for s in srcs:
    try:
        compile(s, "s.py", "exec")
        print(repr(s), "compiled")
    except SyntaxError as e:
        print(repr(s), end=" ")
        show(e)

# Non-ASCII lines: offsets count characters.
for s in ["é = (1,", "x = 'é' + (", "é = 1 +", "x = 'ü' 'é' y", "f('€', x=1, 2)", "ñ = 1 = 2"]:
    try:
        compile(s, "u.py", "exec")
    except SyntaxError as e:
        show(e)

for s in ["(1,", "a b", "x = 1", "1 +\n", "é + (", "a b\n", "1 +", "", "   ", "\n", "# c", "é +", "x if y", "lambda:"]:
    try:
        eval(s)
    except SyntaxError as e:
        show(e)
for s in ["x = ", "def f(:", "if 1:\nx"]:
    try:
        exec(s)
    except SyntaxError as e:
        show(e)

for args in [(), ("m",), ("m", ("f", 1, 2, "t\n", 1, 3)), ("m", ("f", 1, 2, "t")), ("m", 1),
             ("m", ("f", 1, 2, "t"), 3), ("m", ("f",)), ("m", ("f", 1, 2, "t", 5, 6, 7)),
             ("m", ("f", 1, 2, "t", 5)), ("m", ["f", 1, 2, "t"]), ("m", "abcd"), (1, ("f", "x", None, b"t")),
             ("m", None)]:
    try:
        show(SyntaxError(*args))
    except TypeError as x:
        print("TypeError", x)
try:
    SyntaxError("m", x=1)
except TypeError as x:
    print("TypeError", x)

e = SyntaxError("m", ("dir/f.py", 3, 2, "t"))
print(str(e))
e.filename = 5
print(str(e))
e.lineno = "x"
print(str(e))
e.msg = 7
print(str(e))
e.filename = "a/b"
print(str(e))
del e.msg
print(e.msg, e.args)
e = IndentationError("m", ("dir/f.py", 3, 2, "t"))
print(repr(e), e.lineno, str(e))
e = TabError("m", ("f", 3, 2, "t", 3, 4))
show(e)


class S(SyntaxError):
    pass


e = S("m", ("f", 1, 1, "t"))
print(e.lineno, str(e), e.__dict__)
print(SyntaxError("a", "b", "c").args, str(SyntaxError("a", "b", "c")))
print(SyntaxError("m").__dict__)
print(str(SyntaxError()))
e = SyntaxError("m", ("f", 1, 2, "t\n", 1, 3))
e.msg = "new"
e.lineno = 5
show(e)
