# types.FunctionType(...): expected errors, with python3's messages.
import types
types.FunctionType((lambda: 1).__code__, {}, None, None, (1,))
### "ValueError: <lambda> requires closure of length 0, not 1"
---
import types
def mk():
    x = 1
    def g():
        return x
    return g
types.FunctionType(mk().__code__, {})
### "TypeError: arg 5 \(closure\) must be tuple"
---
import types
types.FunctionType((lambda: 1).__code__, {}, None, None, 1)
### "TypeError: arg 5 \(closure\) must be None or tuple"
