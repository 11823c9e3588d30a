# PEP 646 syntax in places 3.11 rejects: expected errors, with python3's
# messages.
def f(a: *Ts): pass
### "SyntaxError: invalid syntax"
---
def f(**kw: *Ts): pass
### "SyntaxError: invalid syntax"
---
def f() -> *Ts: pass
### "SyntaxError: expected ':'"
---
x: *Ts
### "SyntaxError: invalid syntax"
---
lambda *a: *Ts: 0
### "SyntaxError: invalid syntax"
---
x[*a] = 1
### "NameError: name 'x' is not defined"
