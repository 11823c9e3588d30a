# Misplaced and unknown future imports: expected errors, with python3's
# messages.
from __future__ import braces
### "SyntaxError: not a chance"
---
x = 1
from __future__ import division
### "SyntaxError: from __future__ imports must occur at the beginning of the file"
---
from __future__ import nope, division
### "SyntaxError: future feature nope is not defined"
---
def f():
    from __future__ import division
### "SyntaxError: from __future__ imports must occur at the beginning of the file"
---
"""doc"""
from __future__ import (division,
    nope)
### "SyntaxError: future feature nope is not defined"
---
from __future__ import *
### "SyntaxError: future feature \* is not defined"
---
import __future__
from __future__ import division
### "SyntaxError: from __future__ imports must occur at the beginning of the file"
---
"""doc"""
"""not doc"""
from __future__ import division
### "SyntaxError: from __future__ imports must occur at the beginning of the file"
---
"""doc"""
from __future__ import annotations, division as d, generator_stop
from __future__ import nested_scopes
x = undefined_name
### "NameError: name 'undefined_name' is not defined"
---
from __future__ import annotations
def f(x: (yield)): pass
### "SyntaxError: 'yield expression' can not be used within an annotation"
---
from __future__ import annotations
def f(x: (y := 1)): pass
### "SyntaxError: 'named expression' can not be used within an annotation"
---
from __future__ import annotations
async def g():
    def f(x: (await y)): pass
### "SyntaxError: 'await expression' can not be used within an annotation"
---
from __future__ import annotations
x: (yield from a)
### "SyntaxError: 'yield expression' can not be used within an annotation"
---
import a; from __future__ import b
### "SyntaxError: from __future__ imports must occur at the beginning of the file"
