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
