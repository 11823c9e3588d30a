# Expected errors: each case runs alone and must fail as announced.
1 / 0
### "ZeroDivisionError: division by zero"
---
[][0]
### "IndexError: list index out of range"
---
{}["k"]
### "KeyError: 'k'"
---
undefined_name
### "NameError: name 'undefined_name' is not defined"
---
def f():
    x
    x = 1
f()
### "UnboundLocalError: cannot access local variable 'x' where it is not associated with a value"
---
"a" + 1
### "TypeError: can only concatenate str \(not \"int\"\) to str"
---
None.attr
### "AttributeError: 'NoneType' object has no attribute 'attr'"
---
def f(a, b): pass
f(1)
### "TypeError: f\(\) missing 1 required positional argument: 'b'"
---
a, b = [1, 2, 3]
### "ValueError: too many values to unpack \(expected 2\)"
---
def r(): return r()
r()
### "RecursionError: maximum recursion depth exceeded"
---
raise SystemExit("bye")
### "bye"
---
x = (1,
### "SyntaxError: '\(' was never closed"
---
import no_such_module
### "ModuleNotFoundError: No module named 'no_such_module'"
---
assert False, "boom"
### "AssertionError: boom"
---
class C: pass
C(1)
### "TypeError: C\(\) takes no arguments"
---
2.0 ** 100000
### "OverflowError: \(34, 'Numerical result out of range'\)"
---
int("12x")
### "ValueError: invalid literal for int\(\) with base 10: '12x'"
---
raise RuntimeError("custom runtime")
### "RuntimeError: custom runtime"
---
def g():
    yield next(iter([]))
list(g())
### "RuntimeError: generator raised StopIteration"
---
raise NotImplementedError
### "NotImplementedError"
---
next(iter([]))
### "StopIteration"
---
from sys import nope
### "ImportError: cannot import name 'nope' from 'sys'"
---
open("/definitely/not/here.txt")
### "FileNotFoundError: \[Errno 2\] No such file or directory: '/definitely/not/here.txt'"
---
raise KeyboardInterrupt
### "KeyboardInterrupt"
---
eval("1 +")
### "SyntaxError: invalid syntax"
---
exec("if True:\npass")
### "IndentationError: expected an indented block after 'if' statement on line 1"
---
b"\xff".decode("utf-8")
### "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte"
---
raise MemoryError("out")
### "MemoryError: out"
---
raise OSError("generic os error")
### "OSError: generic os error"
---
raise GeneratorExit
### "GeneratorExit"
---
import sys
sys.setrecursionlimit(50)
def deep(n):
    return deep(n + 1)
deep(0)
### "RecursionError: maximum recursion depth exceeded"
---
class Bad:
    def __repr__(self):
        return 42
repr(Bad())
### "TypeError: __repr__ returned non-string \(type int\)"
---
x = [1, 2, 3]
for i in x:
    x.remove(i) if False else None
{}.popitem()
### "KeyError: 'popitem\(\): dictionary is empty'"
