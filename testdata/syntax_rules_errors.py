# SyntaxError messages of CPython 3.11's invalid_* grammar rules:
# parameters, call arguments, dict displays, comprehension targets, as
# patterns, for targets, missing colons.
def foo(a=1,/*,b,c):
  pass
### "SyntaxError: expected comma between / and \*"
---
def foo(a,d=,c):
 pass
### "SyntaxError: expected default value expression"
---
def foo(a,d: int=,c):
 pass
### "SyntaxError: expected default value expression"
---
lambda a=1,/*,b,c: None
### "SyntaxError: expected comma between / and \*"
---
lambda a,d=,c: None
### "SyntaxError: expected default value expression"
---
f(lambda x: x[0] = 3)
### "SyntaxError: expression cannot contain assignment, perhaps you meant \"==\"\?"
---
f(a or b=1)
### "SyntaxError: expression cannot contain assignment, perhaps you meant \"==\"\?"
---
f(True=1)
### "SyntaxError: cannot assign to True"
---
f(None=1)
### "SyntaxError: cannot assign to None"
---
f(x.y=1)
### "SyntaxError: expression cannot contain assignment, perhaps you meant \"==\"\?"
---
f(a, b+1=2)
### "SyntaxError: expression cannot contain assignment, perhaps you meant \"==\"\?"
---
f(**a, *b)
### "SyntaxError: iterable argument unpacking follows keyword argument unpacking"
---
f(a=1, a=2)
### "SyntaxError: keyword argument repeated: a"
---
def f(x, (y, z), w):
 pass
### "SyntaxError: Function parameters cannot be parenthesized"
---
def f((x, y, z, w)):
 pass
### "SyntaxError: Function parameters cannot be parenthesized"
---
def f(x, (y, z, w)):
 pass
### "SyntaxError: Function parameters cannot be parenthesized"
---
lambda x, (y, z), w: None
### "SyntaxError: Lambda expression parameters cannot be parenthesized"
---
lambda (x, y, z, w): None
### "SyntaxError: Lambda expression parameters cannot be parenthesized"
---
def f(a, (b)):
 pass
### "SyntaxError: Function parameters cannot be parenthesized"
---
{1:2, 3:4, 5:}
### "SyntaxError: expression expected after dictionary key and ':'"
---
{1: *12+1, 23: 1}
### "SyntaxError: cannot use a starred expression in a dictionary value"
---
{1:}
### "SyntaxError: expression expected after dictionary key and ':'"
---
{1: *12+1}
### "SyntaxError: cannot use a starred expression in a dictionary value"
---
{1: 23, 1: *12+1}
### "SyntaxError: cannot use a starred expression in a dictionary value"
---
[x,y for x,y in range(100)]
### "SyntaxError: did you forget parentheses around the comprehension target\?"
---
{x,y for x,y in range(100)}
### "SyntaxError: did you forget parentheses around the comprehension target\?"
---
[x, y, z for x in a]
### "SyntaxError: did you forget parentheses around the comprehension target\?"
---
(x,y for x in a)
### "SyntaxError: invalid syntax"
---
match x:
  case 42 as 1+2+4:
    ...
### "SyntaxError: invalid pattern target"
---
match x:
  case 42 as _:
    ...
### "SyntaxError: cannot use '_' as a target"
---
match x:
  case 42 as a.b:
    ...
### "SyntaxError: invalid syntax"
---
for i < (): pass
### "SyntaxError: invalid syntax"
---
for x in range(10)
  pass
### "SyntaxError: expected ':'"
---
while x
  pass
### "SyntaxError: expected ':'"
---
with a as b
### "SyntaxError: expected ':'"
---
with (a as b)
  pass
### "SyntaxError: expected ':'"
---
class C
  pass
### "SyntaxError: expected ':'"
---
def f()
  pass
### "SyntaxError: expected ':'"
---
if x
  pass
### "SyntaxError: expected ':'"
---
elif x
 pass
### "SyntaxError: invalid syntax"
---
if True:
    print("Hello"

if 2:
   print(123))
### "SyntaxError: invalid syntax"
---
match x
  case list():
    pass
### "SyntaxError: expected ':'"
---
for a, b < c in x: pass
### "SyntaxError: invalid syntax"
---
for f() in x: pass
### "SyntaxError: cannot assign to function call"
---
for a < b in x: pass
### "SyntaxError: invalid syntax"
---
for 1 in x: pass
### "SyntaxError: cannot assign to literal"
---
for (a, f()) in x: pass
### "SyntaxError: cannot assign to function call"
---
for [a, 1] in x: pass
### "SyntaxError: cannot assign to literal"
---
def f():
 global x
 nonlocal x
### "SyntaxError: name 'x' is nonlocal and global"
---
class A:
 def f(self):
  nonlocal __x
### "SyntaxError: no binding for nonlocal '_A__x' found"
---
f(a=1 for x in y)
### "SyntaxError: invalid syntax\. Maybe you meant '==' or ':=' instead of '='\?"
---
[x, for x in y]
### "SyntaxError: did you forget parentheses around the comprehension target\?"
