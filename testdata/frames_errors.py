# Frames, tracebacks and code objects: expected errors, with python3's messages.
import sys
sys._getframe(1000)
### "ValueError: call stack is not deep enough"
---
import sys
sys._getframe("a")
### "TypeError: 'str' object cannot be interpreted as an integer"
---
import sys
sys._getframe(1, 2)
### "TypeError: _getframe expected at most 1 argument, got 2"
---
import sys
sys._getframe(depth=1)
### "TypeError: sys._getframe\(\) takes no keyword arguments"
---
import sys
sys.settrace()
### "TypeError: sys.settrace\(\) takes exactly one argument \(0 given\)"
---
import sys
sys.setprofile(1, 2)
### "TypeError: sys.setprofile\(\) takes exactly one argument \(2 given\)"
---
import sys
sys._getframe().clear()
### "RuntimeError: cannot clear an executing frame"
---
import sys
sys._getframe().f_lineno = 3
### "ValueError: can't jump from the 'call' trace event of a new frame"
---
try:
    1/0
except ZeroDivisionError as e:
    e.__traceback__.tb_next = 1
### "TypeError: expected traceback object, got 'int'"
---
try:
    1/0
except ZeroDivisionError as e:
    del e.__traceback__.tb_next
### "TypeError: can't delete tb_next attribute"
---
try:
    1/0
except ZeroDivisionError as e:
    tb = e.__traceback__
    tb.tb_next = tb
### "ValueError: traceback loop detected"
---
import types, sys
types.TracebackType(None, 1, 0, 1)
### "TypeError: TracebackType\(\) argument 'tb_frame' must be frame, not int"
---
import types, sys
types.TracebackType(1, sys._getframe(), 0, 1)
### "TypeError: expected traceback object or None, got 'int'"
---
import types, sys
types.TracebackType(None, sys._getframe(), "a", 1)
### "TypeError: 'str' object cannot be interpreted as an integer"
---
import types, sys
types.TracebackType(None, sys._getframe(), 0)
### "TypeError: TracebackType\(\) missing required argument 'tb_lineno' \(pos 4\)"
---
import types, sys
types.TracebackType(None, sys._getframe(), 2**40, 1)
### "OverflowError: Python int too large to convert to C int"
---
def f(): pass
f.__code__.replace(co_bogus=1)
### "TypeError: 'co_bogus' is an invalid keyword argument for replace\(\)"
---
def f(): pass
f.__code__.replace(co_name=1)
### "TypeError: replace\(\) argument 'co_name' must be str, not int"
---
def f(): pass
f.__code__ = 1
### "TypeError: __code__ must be set to a code object"
---
def f(): pass
def o():
    x = 1
    def g(): return x
    return g
f.__code__ = o().__code__
### "ValueError: f\(\) requires a code object with 0 free vars, not 1"
---
def f(*, c=1): pass
f.__kwdefaults__ = 1
### "TypeError: __kwdefaults__ must be set to a dict object"
---
import types
types.CellType().cell_contents
### "ValueError: Cell is empty"
---
import types
types.CellType(1, 2)
### "TypeError: cell expected at most 1 argument, got 2"
---
import types
hash(types.CellType(1))
### "TypeError: unhashable type: 'cell'"
---
import sys
sys._current_frames(1)
### "TypeError: sys._current_frames\(\) takes no arguments \(1 given\)"
