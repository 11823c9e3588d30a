# except*: expected errors, with python3's messages.
try:
    pass
except* ValueError:
    pass
except TypeError:
    pass
### "line 6\n    except TypeError:\n    \^\^\^\^\^\^\nSyntaxError: cannot have both 'except' and 'except\*' on the same 'try'"
---
try:
    pass
except ValueError:
    pass
except* TypeError:
    pass
### "line 14\n    except\* TypeError:\n    \^\^\^\^\^\^\^\nSyntaxError: cannot have both 'except' and 'except\*' on the same 'try'"
---
try:
    pass
except*:
    pass
### "SyntaxError: expected one or more exception types"
---
try:
    pass
except* ValueError, TypeError:
    pass
### "SyntaxError: multiple exception types must be parenthesized"
---
try:
    pass
except* ValueError
    pass
### "SyntaxError: expected ':'"
---
try:
    pass
except* ValueError:
pass
### "IndentationError: expected an indented block after 'except\*' statement on line 38"
---
for x in []:
    try:
        pass
    except* ValueError:
        break
### "line 46\n    break\n    \^\^\^\^\^\nSyntaxError: 'break', 'continue' and 'return' cannot appear in an except\* block"
---
for x in []:
    try:
        pass
    except* ValueError:
        continue
### "SyntaxError: 'break', 'continue' and 'return' cannot appear in an except\* block"
---
def f():
    try:
        pass
    except* ValueError:
        return 1
### "SyntaxError: 'break', 'continue' and 'return' cannot appear in an except\* block"
---
def f():
    try:
        pass
    except* ValueError:
        for x in y:
            return
### "SyntaxError: 'break', 'continue' and 'return' cannot appear in an except\* block"
---
try:
    pass
except* ValueError:
    break
### "SyntaxError: 'break', 'continue' and 'return' cannot appear in an except\* block"
---
try:
    pass
except* ValueError:
    return
### "SyntaxError: 'return' outside function"
---
try:
    pass
except* ValueError:
    pass
else:
    break
### "SyntaxError: 'break' outside loop"
---
try:
    raise ValueError(1)
except* ExceptionGroup:
    pass
### "TypeError: catching ExceptionGroup with except\* is not allowed. Use except instead."
---
try:
    raise ValueError(1)
except* (ValueError, BaseExceptionGroup):
    pass
### "TypeError: catching ExceptionGroup with except\* is not allowed. Use except instead."
---
try:
    raise ValueError(1)
except* (ExceptionGroup, 42):
    pass
### "TypeError: catching classes that do not inherit from BaseException is not allowed"
---
try:
    raise ValueError(1)
except* int:
    pass
### "TypeError: catching classes that do not inherit from BaseException is not allowed"
---
try:
    raise ExceptionGroup("eg", [ValueError(1)])
except* ValueError():
    pass
### "TypeError: catching classes that do not inherit from BaseException is not allowed"
---
try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
except* ValueError:
    pass
### "  \| ExceptionGroup: eg \(1 sub-exception\)\n  \+-\+---------------- 1 ----------------\n    \| TypeError: 2\n    \+------------------------------------\n$"
---
try:
    raise ValueError
except (ValueError, 42):
    pass
### "TypeError: catching classes that do not inherit from BaseException is not allowed"
---
del ValueError().__cause__
### "TypeError: __cause__ may not be deleted"
---
del ValueError().__context__
### "TypeError: __context__ may not be deleted"
---
ExceptionGroup("eg", [ValueError(1)]).message = "m"
### "AttributeError: readonly attribute"
---
ValueError().add_note(b"x")
### "TypeError: note must be a str, not 'bytes'"
